#!/usr/bin/env python3
"""A worker of scripts/bench.py's `batched` section: concurrent streams through the batched engine.

Runs the lmsdk async client against `scripts/bench_server.py --engine llama` and answers
each command line with one JSON line (times in seconds, t0/t1 on this process's monotonic clock):

* `streams N R`: N greedy completions of --max-tokens at once, stream k from prompt R*100+k;
  {"streams": [{"ttft", "tokens", "t0", "t1", "text"}, ...]}.
* `alone I`: the completion of prompt I with nothing else running; {"streams": [{...}]}.
* `loaded N R`: N-1 long streams; once every one has its first fragment, PROBES short requests
  (bench_e2e's prompts, as the raw llama.cpp path gets them) run one after another while they
  stream; {"ttft": the median time to first fragment}. One request's figure depends on how much of
  the decode step in flight it has to wait for, so one alone is noise.
* `idle R`: those short requests with nothing else running; {"ttft": the median}.
* `ceiling N`: llama.cpp alone, in this process (no server): one decode of N sequences' next
  tokens against one decode of one token, interleaved; {"one_ms", "batch_ms"} (medians). Their
  ratio bounds what batching can gain on this machine now: reading a prompt or a batch is compute
  bound on a CPU, so N tokens cost nearly N times one when the cores are busy.
* `flush`: one short request per slot at once, each from a prompt that shares no first token with
  any other prompt, so that no slot still caches a prefix of the next timed prompt.

Every timed prompt starts with a token of its own, so nothing timed finds its prompt cached.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from typing import Any

from bench_e2e import prompt as e2e_prompt

import lmsdk

WORDS = (
    "Apples", "Bridges", "Castles", "Dragons", "Engines", "Forests", "Gardens", "Harbors",
    "Islands", "Jungles", "Kettles", "Lanterns", "Meadows", "Needles", "Oceans", "Puzzles",
)  # fmt: skip
PROBES = 5
"""Short requests timed per `loaded` or `idle` command."""
FLUSH = ("Zebra", "Yacht", "Xylophone", "Walrus", "Violin", "Umbrella", "Tulip", "Saddle")


def story(i: int) -> str:
    """A prompt whose first word differs from its neighbours' (no shared cached prefix)."""
    return f"{WORDS[i % len(WORDS)]} {i}. Once upon a time, in a small village by the sea, there"


async def one(model: Any, prompt: str, max_tokens: int) -> dict[str, Any]:
    config = {"temperature": 0.0, "maxTokens": max_tokens}
    t0 = time.monotonic()
    first: float | None = None
    tokens = 0
    parts: list[str] = []
    stream = await model.complete_stream(prompt, config=config)
    async for fragment in stream:
        if first is None:
            first = time.monotonic()
        tokens += fragment.tokens_count
        parts.append(fragment.content)
    await stream.result()
    t1 = time.monotonic()
    return {
        "ttft": (first or t1) - t0,
        "tokens": tokens,
        "t0": t0,
        "t1": t1,
        "text": "".join(parts),
    }


def probes(r: int, *, loaded: bool) -> range:
    """bench_e2e prompt numbers of round r's probes (new ones each time: nothing cached)."""
    start = 1000 + 2000 * loaded + r * PROBES
    return range(start, start + PROBES)


async def loaded(model: Any, n: int, r: int, max_tokens: int) -> dict[str, Any]:
    started: list[asyncio.Event] = [asyncio.Event() for _ in range(n - 1)]

    async def background(k: int) -> None:
        stream = await model.complete_stream(
            story(r * 100 + k), config={"temperature": 0.0, "maxTokens": max_tokens}
        )
        async for _ in stream:
            started[k].set()
        started[k].set()
        await stream.result()

    tasks = [asyncio.create_task(background(k)) for k in range(n - 1)]
    await asyncio.wait_for(asyncio.gather(*(e.wait() for e in started)), 300)
    ttfts = [(await one(model, e2e_prompt(p), 8))["ttft"] for p in probes(r, loaded=True)]
    await asyncio.wait_for(asyncio.gather(*tasks), 600)
    return {"ttft": statistics.median(ttfts)}


def ceiling(n: int, rounds: int = 15) -> dict[str, float]:
    from lmsdk.server.engine import available_cpus, default_threads
    from lmsdk.server.llama_batch import BatchContext
    from lmsdk.server.llama_engine import default_model_path

    llama = BatchContext(
        default_model_path(),
        context_length=512,
        slots=n,
        n_threads=default_threads(),
        batch_threads=(default_threads(), available_cpus()),  # as the batched engine decodes
        n_batch=64,
    )
    try:
        prompt = llama.tokenize(e2e_prompt(0).encode(), add_bos=True)
        for seq in range(n):
            llama.decode([(t, i, seq, False) for i, t in enumerate(prompt)])
        position = len(prompt)
        one: list[float] = []
        batch: list[float] = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            failed = llama.decode([(prompt[0], position, 0, True)])
            t1 = time.perf_counter()
            failed |= llama.decode(
                [(prompt[0], position + (seq == 0), seq, True) for seq in range(n)]
            )
            t2 = time.perf_counter()
            if failed:
                raise RuntimeError("llama_decode failed")
            one.append(t1 - t0)
            batch.append(t2 - t1)
            for seq in range(n):
                llama.forget(seq, position)
        return {"one_ms": statistics.median(one) * 1e3, "batch_ms": statistics.median(batch) * 1e3}
    finally:
        llama.close()


async def main_async(args: argparse.Namespace) -> None:
    async with lmsdk.AsyncClient(args.host) as client:
        model = await client.llm.model(args.model)
        await one(model, "Warm up: one, two, three,", 8)
        print("READY", flush=True)
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            words = line.split()
            if not words or words[0] == "quit":
                return
            if words[0] == "streams":
                n, r = int(words[1]), int(words[2])
                runs = await asyncio.gather(
                    *(one(model, story(r * 100 + k), args.max_tokens) for k in range(n))
                )
                out: dict[str, Any] = {"streams": runs}
            elif words[0] == "alone":
                out = {"streams": [await one(model, story(int(words[1])), args.max_tokens)]}
            elif words[0] == "loaded":
                out = await loaded(model, int(words[1]), int(words[2]), args.max_tokens)
            elif words[0] == "idle":
                r = int(words[1])
                ttfts = [
                    (await one(model, e2e_prompt(p), 8))["ttft"] for p in probes(r, loaded=False)
                ]
                out = {"ttft": statistics.median(ttfts)}
            elif words[0] == "ceiling":
                out = await asyncio.to_thread(ceiling, int(words[1]))
            elif words[0] == "flush":
                await asyncio.gather(*(one(model, f"{w} one two", 1) for w in FLUSH))
                out = {}
            else:
                out = {"error": f"unknown command {words[0]!r}"}
            print(json.dumps(out), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--model", default="bench-llama")
    parser.add_argument("--max-tokens", type=int, default=128)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
