#!/usr/bin/env python3
"""Measure the latency the recording proxy adds per frame.

Three processes, as in real use: `lmsdk serve` (no model needed), `lmsdk wire record` in front of
it, and this script as the client. It times keepAlive -> keepAliveAck round trips on authenticated
sockets, straight to the server and through the proxy, interleaved so that load changes on the
machine hit both alike. A round trip crosses the proxy twice, so the latency added per frame is
half the difference of the medians. For scale, the same is measured through a bare asyncio TCP
relay in its own process (no parsing, no recording): the floor for any relay written in Python.

Usage: python scripts/bench_wire_proxy.py [--round-trips N]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from websockets.asyncio.client import connect

AUTH = {"authVersion": 1, "clientIdentifier": "bench", "clientPasskey": "bench"}
KEEP_ALIVE = '{"type":"keepAlive"}'
WARM_UP = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server() -> Iterator[str]:
    host = f"127.0.0.1:{free_port()}"
    command = [
        sys.executable,
        "-m",
        "lmsdk.cli",
        "serve",
        "--no-preload",
        "--port",
        host.split(":")[1],
    ]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as child:
        try:
            for _ in range(600):
                with contextlib.suppress(OSError):
                    urllib.request.urlopen(f"http://{host}/lmstudio-greeting", timeout=1).close()
                    break
                time.sleep(0.1)
            yield host
        finally:
            child.send_signal(signal.SIGINT)
            child.wait(timeout=30)


@contextlib.contextmanager
def proxy(upstream: str, out: Path | None) -> Iterator[str]:
    """The recording proxy (or, without out, the bare relay) in its own process."""
    if out is None:
        command = [sys.executable, __file__, "--bare-relay", upstream]
    else:
        command = [sys.executable, "-m", "lmsdk.cli", "wire", "record", "--listen", "0"]
        command += ["--upstream", upstream, "--out", str(out)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        banner = child.stdout.readline()
        try:
            yield banner.split("ws://", 1)[1].split(" ", 1)[0]
        finally:
            child.send_signal(signal.SIGINT)
            child.wait(timeout=30)


async def bare_relay(upstream: str) -> None:
    """Copy bytes between each client and the upstream, nothing else."""
    host, port = upstream.rsplit(":", 1)

    async def pump(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
        while data := await source.read(256 * 1024):
            target.write(data)
            await target.drain()
        target.close()

    async def handle(client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter) -> None:
        upstream_in, upstream_out = await asyncio.open_connection(host, int(port))
        await asyncio.gather(
            pump(client_in, upstream_out), pump(upstream_in, client_out), return_exceptions=True
        )

    relay = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(f"relaying ws://127.0.0.1:{relay.sockets[0].getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


async def round_trips(host: str, count: int) -> list[float]:
    """Seconds per keepAlive round trip on one socket (after a warm-up)."""
    async with connect(f"ws://{host}/llm", proxy=None, compression=None) as ws:
        await ws.send(json.dumps(AUTH))
        await ws.recv()
        times: list[float] = []
        for i in range(count + WARM_UP):
            started = time.perf_counter()
            await ws.send(KEEP_ALIVE)
            await ws.recv()
            if i >= WARM_UP:
                times.append(time.perf_counter() - started)
        return times


def describe(name: str, times: list[float]) -> str:
    q = statistics.quantiles(times, n=100)
    return f"{name:<8} median {statistics.median(times) * 1e6:7.1f} us   p90 {q[89] * 1e6:7.1f} us"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round-trips", type=int, default=6000)
    parser.add_argument("--bare-relay", metavar="UPSTREAM", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_relay:
        asyncio.run(bare_relay(args.bare_relay))
        return
    rounds = 6
    times: dict[str, list[float]] = {"direct": [], "bare": [], "proxied": []}
    with tempfile.TemporaryDirectory() as folder, server() as upstream:
        capture = Path(folder) / "bench.jsonl"
        with proxy(upstream, capture) as listen, proxy(upstream, None) as relay:
            for _ in range(rounds):
                for name, host in (("direct", upstream), ("bare", relay), ("proxied", listen)):
                    times[name] += asyncio.run(round_trips(host, args.round_trips // rounds))
        recorded = sum(1 for _ in capture.open())
    for name, measured in times.items():
        print(describe(name, measured))
    direct = statistics.median(times["direct"])
    bare = (statistics.median(times["bare"]) - direct) / 2
    added = (statistics.median(times["proxied"]) - direct) / 2
    print(f"bare TCP relay adds {bare * 1e6:.1f} us per frame (median)")
    print(
        f"recording proxy adds {added * 1e6:.1f} us per frame (median); {recorded} frames recorded"
    )


if __name__ == "__main__":
    main()
