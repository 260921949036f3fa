#!/usr/bin/env python3
"""An end-to-end worker of scripts/bench.py: one text completion with the real model, on command.

Paths (--path), all with the same prompt, seed and sampling settings:

* `raw`: llama_cpp.Llama.create_completion(stream=True) called directly;
* `engine`: the server's LlamaEngine.generate called directly (no server);
* `lmsdk`: lmsdk's sync client, `model.complete_stream()` through the server (scripts/bench_server.py
  --engine llama, loaded with the same seed, context length and threads);
* `official`: the official `lmstudio` client, `model.complete_stream()` through the same server.

Protocol: after loading (and one short warm-up generation) the worker prints `READY`; each
`run <i>` line generates from prompt i and prints one JSON line {"ttft", "tokens", "decode_s",
"total_s", "text"}: ttft from the call to the first text, decode_s from the first text to the last;
`quit` (or EOF) exits. Each round uses a new prompt, and before each timed generation an untimed
one-token generation of an unrelated prompt clears the KV cache, so no path finds its prompt cached
(lmsdk and the official client share the server's cache).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

MAX_TOKENS = 128
SEED = 42
SAMPLING: dict[str, Any] = {
    "temperature": 0.7,
    "top_k": 40,
    "top_p": 0.95,
    "min_p": 0.05,
    "repeat_penalty": 1.1,
}
CONTEXT_LENGTH = 4096
PATHS = ("raw", "engine", "lmsdk", "official")
FLUSH_PROMPT = "Warm up: one, two, three,"


def prompt(i: int) -> str:
    """Prompt of round i (a new first line each round, so nothing is cached)."""
    return f"Story number {i}.\nOnce upon a time, in a small village by the sea, there lived"


def client_config() -> dict[str, Any]:
    """The same settings as a prediction config (the server's instance is loaded with SEED)."""
    return {
        "temperature": SAMPLING["temperature"],
        "topKSampling": SAMPLING["top_k"],
        "topPSampling": SAMPLING["top_p"],
        "minPSampling": SAMPLING["min_p"],
        "repeatPenalty": SAMPLING["repeat_penalty"],
        "maxTokens": MAX_TOKENS,
    }


def texts_raw(threads: int, batch_threads: int) -> Any:
    import llama_cpp

    from lmsdk.server.model_files import default_model_path

    llm = llama_cpp.Llama(
        model_path=str(default_model_path()),
        n_ctx=CONTEXT_LENGTH,
        n_batch=512,
        n_threads=threads,
        n_threads_batch=batch_threads,
        verbose=False,
    )

    def generate(text: str, max_tokens: int) -> Iterator[tuple[str, int]]:
        for chunk in llm.create_completion(
            text, max_tokens=max_tokens, seed=SEED, stream=True, **SAMPLING
        ):
            piece = chunk["choices"][0]["text"]  # type: ignore[index]
            if piece:
                yield piece, 1

    return generate


def texts_engine(threads: int) -> Any:
    from lmsdk.server.engine import GenerationParams, Piece
    from lmsdk.server.llama_engine import LlamaEngine

    engine = LlamaEngine(context_length=CONTEXT_LENGTH, n_threads=threads)

    def generate(text: str, max_tokens: int) -> Iterator[tuple[str, int]]:
        params = GenerationParams(max_tokens=max_tokens, seed=SEED, **SAMPLING)
        for event in engine.generate(text, params, threading.Event()):
            if isinstance(event, Piece):
                yield event.text, event.tokens

    return generate


def texts_client(kind: str, host: str, model_id: str) -> Any:
    if kind == "lmsdk":
        import lmsdk as sdk
    else:
        import lmstudio as sdk  # type: ignore[no-redef]
    client = sdk.Client(host)
    model = client.llm.model(model_id)

    def generate(text: str, max_tokens: int) -> Iterator[tuple[str, int]]:
        config = {**client_config(), "maxTokens": max_tokens}
        stream = model.complete_stream(text, config=config)
        for fragment in stream:
            yield fragment.content, fragment.tokens_count
        stream.result()

    return generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", choices=PATHS, required=True)
    parser.add_argument("--host", help="server host:port (lmsdk, official)")
    parser.add_argument("--model", default="bench-llama")
    parser.add_argument("--threads", type=int, help="llama.cpp threads (default: as the server)")
    parser.add_argument(
        "--batch-threads",
        type=int,
        help="raw: llama.cpp threads for the prompt (default: --threads, as LlamaEngine reads it)",
    )
    parser.add_argument("--max-tokens", type=int, default=MAX_TOKENS)
    args = parser.parse_args()
    from lmsdk.server.embedded import default_threads

    threads = args.threads or default_threads()
    if args.path == "raw":
        generate = texts_raw(threads, args.batch_threads or threads)
    elif args.path == "engine":
        generate = texts_engine(threads)
    else:
        generate = texts_client(args.path, args.host, args.model)
    for _ in generate(FLUSH_PROMPT, 8):
        pass
    print("READY", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        for _ in generate(FLUSH_PROMPT, 1):
            pass
        t0 = time.perf_counter()
        first = last = t0
        tokens = first_tokens = 0
        parts: list[str] = []
        for piece, count in generate(prompt(int(words[1])), args.max_tokens):
            last = time.perf_counter()
            if not parts:
                first, first_tokens = last, count
            parts.append(piece)
            tokens += count
        out = {
            "ttft": first - t0,
            "tokens": tokens,
            "decode_tokens": tokens - first_tokens,
            "decode_s": last - first,
            "total_s": last - t0,
            "text": "".join(parts),
        }
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
