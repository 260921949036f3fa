"""The recording proxy: HTTP probes and WebSocket frames pass unaltered, and what it records is right."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed, InvalidStatus

from lmsdk.wire.proxy import RecordingProxy, parse_address
from lmsdk.wire.validate import validate_files
from tests.wire.sessions import Captures
from tests.wire.typed import read

# Texts a re-encoding relay would change: spacing, key order, escapes, number spellings, non-ASCII.
ODD_TEXTS = [
    '{"type":"keepAlive"}',
    '{ "type" : "keepAlive" ,\n\t"b": 1.0e0, "a": -0.0, "n": 1E400 }',
    '{"s": "\\u00e9\\ud83d\\ude00 é 😀 \\"quoted\\" \\/ slash", "z": null}',
    "not json at all",
    "",
    '{"big": "' + "x" * 2_000_000 + '"}',
]


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read(), reply.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


@pytest.mark.parametrize("path", ["/lmstudio-greeting", "/lms-status", "/no-such-page"])
def test_http_probes_pass_through(wire_upstream: str, tmp_path: Path, path: str) -> None:
    with RecordingProxy(wire_upstream, tmp_path / "c.jsonl") as proxy:
        assert _get(f"http://{proxy.listen_host}{path}") == _get(f"http://{wire_upstream}{path}")
    assert (tmp_path / "c.jsonl").read_text() == ""  # HTTP is not part of the capture


def test_upstream_refusal_of_a_websocket_path_passes_through(
    wire_upstream: str, tmp_path: Path
) -> None:
    async def status(host: str) -> int:
        with pytest.raises(InvalidStatus) as refused:
            async with connect(f"ws://{host}/no-such-namespace", proxy=None):
                pass
        return refused.value.response.status_code

    with RecordingProxy(wire_upstream, tmp_path / "c.jsonl") as proxy:
        assert asyncio.run(status(proxy.listen_host)) == asyncio.run(status(wire_upstream)) == 404


def test_unreachable_upstream_is_a_502(tmp_path: Path) -> None:
    with RecordingProxy("127.0.0.1:1", tmp_path / "c.jsonl") as proxy:
        assert _get(f"http://{proxy.listen_host}/lmstudio-greeting")[0] == 502


class EchoUpstream:
    """A raw upstream that records each message exactly as received and echoes it back."""

    def __init__(self) -> None:
        self.received: list[str | bytes] = []
        self.close_seen: tuple[int | None, str | None] = (None, None)

    async def handler(self, connection: ServerConnection) -> None:
        try:
            async for message in connection:
                self.received.append(message)
                if message == "close-please":
                    await connection.close(4001, "upstream says bye")
                    return
                await connection.send(message)
        except ConnectionClosed:
            pass
        self.close_seen = (connection.close_code, connection.close_reason)


@pytest.fixture
async def echo() -> AsyncIterator[tuple[EchoUpstream, str]]:
    upstream = EchoUpstream()
    async with serve(upstream.handler, "127.0.0.1", 0, compression=None, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield upstream, f"127.0.0.1:{port}"


async def test_frames_pass_unaltered_both_ways(
    echo: tuple[EchoUpstream, str], tmp_path: Path
) -> None:
    upstream, host = echo
    out = tmp_path / "c.jsonl"
    async with RecordingProxy(host, out) as proxy:
        async with connect(f"ws://{proxy.listen_host}/llm", proxy=None, max_size=None) as ws:
            echoed: list[Any] = []
            for text in [*ODD_TEXTS, b"\x00\xffbinary"]:
                await ws.send(text)
                echoed.append(await ws.recv())
            await ws.send("close-please")
            with pytest.raises(ConnectionClosed):
                await ws.recv()
            closed = (ws.close_code, ws.close_reason)
    sent = [*ODD_TEXTS, b"\x00\xffbinary"]
    assert upstream.received == [*sent, "close-please"]
    assert echoed == sent
    assert all(type(a) is type(b) for a, b in zip(echoed, sent, strict=True))
    assert closed == (4001, "upstream says bye")
    records = read(out)
    assert [r["from"] for r in records] == ["client", "server"] * len(sent) + ["client"]
    assert records[0]["frame"] == {"type": "keepAlive"}
    assert records[2 * 3]["frame"] == "not json at all"
    assert records[2 * 6]["frame"].startswith("<binary frame, 8 bytes")
    assert {r["namespace"] for r in records} == {"llm"}


async def test_client_close_code_reaches_upstream(
    echo: tuple[EchoUpstream, str], tmp_path: Path
) -> None:
    upstream, host = echo
    async with RecordingProxy(host, tmp_path / "c.jsonl") as proxy:
        async with connect(f"ws://{proxy.listen_host}/system", proxy=None) as ws:
            await ws.send("hello")
            await ws.recv()
            await ws.close(4002, "client says bye")
        for _ in range(100):
            if upstream.close_seen[0] is not None:
                break
            await asyncio.sleep(0.01)
    assert upstream.close_seen == (4002, "client says bye")


def _by_connection(records: list[dict[str, Any]]) -> list[tuple[str, list[Any], list[Any]]]:
    """(namespace, client frames, server frames) per connection, in order of first appearance."""
    conns: dict[str, tuple[str, list[Any], list[Any]]] = {}
    for r in records:
        entry = conns.setdefault(r["conn"], (r["namespace"], [], []))
        entry[1 if r["from"] == "client" else 2].append(r["frame"])
    return list(conns.values())


def test_proxy_records_what_the_client_sent_and_received(captures: Captures) -> None:
    seen_by_proxy = _by_connection(read(captures.lmsdk_proxy))
    seen_by_client = _by_connection(read(captures.lmsdk_client))
    assert [ns for ns, _, _ in seen_by_proxy] == ["llm", "system"]
    assert seen_by_proxy == seen_by_client


@pytest.mark.parametrize("which", ["official", "lmsdk_proxy", "lmsdk_client"])
def test_real_sessions_validate_clean(captures: Captures, which: str) -> None:
    report = validate_files([getattr(captures, which)], strict=True)
    assert report.problems == [], report.render_text()
    assert report.endpoints["llm/predict"] > 0 and report.endpoints["llm/loadModel"] > 0
    passkeys = [
        r["frame"]["clientPasskey"]
        for r in read(getattr(captures, which))
        if "clientPasskey" in r["frame"]
    ]
    assert passkeys and set(passkeys) == {"<redacted>"}


async def test_keep_secrets_records_the_passkey(wire_upstream: str, tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    auth = {"authVersion": 1, "clientIdentifier": "wire-test", "clientPasskey": "s3cret"}
    async with RecordingProxy(wire_upstream, out, keep_secrets=True) as proxy:
        async with connect(f"ws://{proxy.listen_host}/llm", proxy=None) as ws:
            await ws.send(json.dumps(auth))
            assert json.loads(await ws.recv()) == {"success": True}
    assert read(out)[0]["frame"] == auth


@pytest.mark.parametrize("text", ["127.0.0.1:80", "localhost:1", "[::1]:1234", ":41343", "41343"])
def test_parse_address(text: str) -> None:
    host, port = parse_address(text)
    assert host in ("127.0.0.1", "localhost", "::1") and port == int(text.rsplit(":", 1)[-1])


@pytest.mark.parametrize("text", ["", "host:", "host:port", "1:99999"])
def test_parse_address_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_address(text)


def test_record_command_runs_until_interrupted(wire_upstream: str, tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl"
    command = [sys.executable, "-m", "lmsdk.cli", "wire", "record", "--listen", "0"]
    command += ["--upstream", wire_upstream, "--out", str(out)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ}
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        banner = child.stdout.readline()
        assert banner.startswith("recording ws://127.0.0.1:"), banner + child.stderr.read()
        listen = banner.split("ws://", 1)[1].split(" ", 1)[0]

        async def session() -> None:
            async with connect(f"ws://{listen}/llm", proxy=None) as ws:
                await ws.send(
                    json.dumps({"authVersion": 1, "clientIdentifier": "a", "clientPasskey": "b"})
                )
                await ws.recv()
                await ws.send('{"type":"keepAlive"}')
                assert json.loads(await ws.recv()) == {"type": "keepAliveAck"}

        asyncio.run(session())
        child.send_signal(signal.SIGINT)
        assert child.wait(timeout=30) == 0
        assert "recorded 4 frames on 1 connections" in child.stderr.read()
    report = validate_files([out], strict=True)
    assert report.ok and report.problems == [] and report.frames == 4


def test_record_command_rejects_bad_addresses(tmp_path: Path) -> None:
    from lmsdk.cli import main

    assert main(["wire", "record", "--upstream", "nowhere", "--out", str(tmp_path / "x")]) == 2


def test_record_command_reports_an_address_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lmsdk.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(
            [
                "wire",
                "record",
                "--listen",
                str(port),
                "--upstream",
                "1",
                "--out",
                str(tmp_path / "x"),
            ]
        )
    assert code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_record_command_reports_an_unwritable_capture(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lmsdk.cli import main

    out = tmp_path / "no-such-folder" / "x.jsonl"
    assert main(["wire", "record", "--upstream", "1", "--out", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
