#!/usr/bin/env python3
"""The server process of scripts/bench.py: an EmbeddedServer in a process of its own.

`--engine replay` serves the benchmark engine (ReplayEngine: a fixed token sequence, no model cost)
with one fragment per token (coalesce_fragments=False), so every stream has exactly --fragments
fragments; --instances loads that many replay instances (`replay-0`, `replay-1`, ...), so that
concurrent clients each stream from their own and really run at once. `--engine llama` serves the
real default model (SmolLM2-135M) as `lmsdk serve` would (continuous batching, --parallel slots),
loaded with --seed; `--engine llama-serial` the same with LlamaEngine, one prediction at a time.

Prints `READY <host:port>` on stdout once serving, then serves until stdin closes.

Usage: python scripts/bench_server.py --engine replay --fragments 20000 --instances 8
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from lmsdk.server.catalog import ModelEntry
from lmsdk.server.embedded import EmbeddedServer, llama_engine_factory
from lmsdk.server.engine import Engine
from lmsdk.server.engines import batched_engine_factory
from lmsdk.server.kv import LoadSettings
from lmsdk.server.model_files import DEFAULT_MODEL_KEY
from lmsdk.server.replay_engine import ReplayEngine

REPLAY_CONTEXT = 10_000_000
"""Context length of the replay instances: room for any --fragments."""


async def serve(args: argparse.Namespace) -> None:
    if args.engine == "replay":

        def factory(entry: ModelEntry, context_length: int) -> Engine:
            return ReplayEngine(
                piece_count=args.fragments, model_key=entry.key, context_length=REPLAY_CONTEXT
            )

        server = EmbeddedServer(
            engine_factory=factory, preload=False, coalesce_fragments=args.coalesce
        )
    elif args.engine == "llama":

        def factory(entry: ModelEntry, context_length: int) -> Engine:
            return batched_engine_factory(entry, context_length, args.threads, args.parallel)

        server = EmbeddedServer(engine_factory=factory, preload=False)
    else:

        def factory(entry: ModelEntry, context_length: int) -> Engine:
            return llama_engine_factory(entry, context_length, threads=args.threads)

        server = EmbeddedServer(engine_factory=factory, preload=False)
    async with server:
        registry = server.registry
        assert registry is not None
        entry = registry.find_entry(DEFAULT_MODEL_KEY)
        if args.engine == "replay":
            for i in range(args.instances):
                await registry.load(entry, LoadSettings(seed=args.seed), identifier=f"replay-{i}")
        else:
            settings = LoadSettings(context_length=args.context_length, seed=args.seed)
            await registry.load(entry, settings, identifier="bench-llama")
        print("READY", server.api_host, flush=True)
        # Serve until the parent closes our stdin (or dies).
        await asyncio.to_thread(sys.stdin.read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", choices=("replay", "llama", "llama-serial"), default="replay")
    parser.add_argument("--fragments", type=int, default=20_000, help="tokens per replay")
    parser.add_argument("--instances", type=int, default=1, help="replay instances to load")
    parser.add_argument("--coalesce", action="store_true", help="coalesce queued tokens")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--context-length", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--parallel", type=int, default=8, help="slots of --engine llama")
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
