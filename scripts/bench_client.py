#!/usr/bin/env python3
"""A client process of scripts/bench.py: streams predictions on command and reports its own cost.

Each client runs in a process of its own, so `time.process_time()` (every thread of this process) is
the client's CPU alone; the server runs in another process (scripts/bench_server.py).

Protocol on stdin/stdout, one line each: the worker connects, streams one short warm-up prediction and
prints `READY`; then every `run` line streams one prediction and prints one JSON line
{"fragments", "tokens", "chars", "wall", "cpu", "t0", "t1", "ttft"} (times in seconds; t0/t1 on the
system-wide monotonic clock, so the parent can line up concurrent clients); `quit` (or EOF) exits.

Usage: python scripts/bench_client.py --kind lmsdk-sync --host 127.0.0.1:PORT --model replay-0
Kinds: lmsdk-sync, lmsdk-async, official-sync (official-async cannot run against the embedded server:
lmstudio's AsyncClient also opens the /files namespace, which the server does not serve).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any

PROMPT = "Tell me about foxes."
WARMUP = {"maxTokens": 500}
KINDS = ("lmsdk-sync", "lmsdk-async", "official-sync", "official-async")


def _report(n: int, tokens: int, chars: int, t0: float, c0: float, first: float | None) -> None:
    t1, c1 = time.monotonic(), time.process_time()
    out = {
        "fragments": n,
        "tokens": tokens,
        "chars": chars,
        "wall": t1 - t0,
        "cpu": c1 - c0,
        "t0": t0,
        "t1": t1,
        "ttft": None if first is None else first - t0,
    }
    print(json.dumps(out), flush=True)


def _commands() -> Any:
    print("READY", flush=True)
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "quit":
            return
        if cmd == "run":
            yield cmd


def run_sync(kind: str, host: str, model_id: str, config: dict[str, Any]) -> None:
    if kind == "lmsdk-sync":
        import lmsdk as sdk
    else:
        import lmstudio as sdk  # type: ignore[no-redef]
    with sdk.Client(host) as client:
        model = client.llm.model(model_id)

        def once(cfg: dict[str, Any] | None) -> None:
            c0, t0 = time.process_time(), time.monotonic()
            n = tokens = 0
            first = None
            stream = model.respond_stream(PROMPT, config=cfg)
            for fragment in stream:
                if first is None:
                    first = time.monotonic()
                n += 1
                tokens += fragment.tokens_count
            result = stream.result()
            if cfg is not WARMUP:
                _report(n, tokens, len(result.content), t0, c0, first)

        once(WARMUP)
        for _ in _commands():
            once(config or None)


async def run_async(kind: str, host: str, model_id: str, config: dict[str, Any]) -> None:
    if kind == "lmsdk-async":
        import lmsdk as sdk
    else:
        import lmstudio as sdk  # type: ignore[no-redef]
    async with sdk.AsyncClient(host) as client:
        model = await client.llm.model(model_id)

        async def once(cfg: dict[str, Any] | None) -> None:
            c0, t0 = time.process_time(), time.monotonic()
            n = tokens = 0
            first = None
            stream = await model.respond_stream(PROMPT, config=cfg)
            async for fragment in stream:
                if first is None:
                    first = time.monotonic()
                n += 1
                tokens += fragment.tokens_count
            result = await stream.result()
            if cfg is not WARMUP:
                _report(n, tokens, len(result.content), t0, c0, first)

        await once(WARMUP)
        commands = _commands()
        while await asyncio.to_thread(next, commands, None) is not None:
            await once(config or None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=KINDS, required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--model", default="replay-0")
    parser.add_argument("--max-tokens", type=int, help="stop each stream after this many tokens")
    args = parser.parse_args()
    config = {} if args.max_tokens is None else {"maxTokens": args.max_tokens}
    if args.kind.endswith("-async"):
        asyncio.run(run_async(args.kind, args.host, args.model, config))
    else:
        run_sync(args.kind, args.host, args.model, config)


if __name__ == "__main__":
    main()
