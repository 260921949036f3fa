"""Side by side: llama-cpp-python's OpenAI-compatible server directly, and lmsdk serve --engine openai in front of it.

Each round streams the same greedy chat completion both ways, alternating, and the medians of time to
first token and tokens/s are printed. Usage: python scripts/bench_upstream.py [--rounds 9] [--tokens 64]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time

import httpx

import lmsdk
from lmsdk.server import EmbeddedServer
from lmsdk.server.model_files import default_model_path

PROMPT = "Write a long story about a dragon."
READY_TIMEOUT_SEC = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_upstream(port: int) -> subprocess.Popen[bytes]:
    # One thread and one request at a time, as in tests/server/test_upstream_engine.py.
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(default_model_path()),
         "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1", "--n_threads_batch", "1",
         "--n_ctx", "2048", "--interrupt_requests", "False", "--verbose", "False"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + READY_TIMEOUT_SEC
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1).is_success:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("llama_cpp.server did not start")


def direct(client: httpx.Client, url: str, tokens: int) -> tuple[float, float, int]:
    body = {
        "messages": [{"role": "user", "content": PROMPT}],
        "max_tokens": tokens,
        "temperature": 0,
        "stream": True,
    }
    started = time.perf_counter()
    first: float | None = None
    count = 0
    with client.stream("POST", url + "/chat/completions", json=body) as response:
        for line in response.iter_lines():
            if not line.startswith("data:") or line.endswith("[DONE]"):
                continue
            choices = json.loads(line[5:])["choices"]
            if choices and choices[0]["delta"].get("content"):
                count += 1
                first = first or time.perf_counter()
    end = time.perf_counter()
    assert first is not None
    return first - started, (count - 1) / (end - first), count


def front(model: lmsdk.LLM, tokens: int) -> tuple[float, float, int]:
    started = time.perf_counter()
    first: float | None = None
    stream = model.respond_stream(PROMPT, config={"maxTokens": tokens, "temperature": 0})
    for _ in stream:
        first = first or time.perf_counter()
    count = stream.result().stats.predicted_tokens_count or 0
    end = time.perf_counter()
    assert first is not None
    return first - started, (count - 1) / (end - first), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--tokens", type=int, default=64)
    args = parser.parse_args()
    port = free_port()
    upstream = start_upstream(port)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        with (
            EmbeddedServer(engine="openai", upstream=url) as server,
            httpx.Client(timeout=120) as http,
            lmsdk.Client(server.api_host) as client,
        ):
            model = client.llm.model("smollm2-135m-instruct")
            direct(http, url, args.tokens)  # warm-up: prompt cache, connections
            front(model, args.tokens)
            results: dict[str, list[tuple[float, float, int]]] = {"upstream": [], "front": []}
            for _ in range(args.rounds):
                results["upstream"].append(direct(http, url, args.tokens))
                results["front"].append(front(model, args.tokens))
        for name, rows in results.items():
            ttft = statistics.median(row[0] for row in rows) * 1000
            rate = statistics.median(row[1] for row in rows)
            print(f"{name:8s} first token {ttft:6.1f} ms  tokens/s {rate:5.1f}  "
                  f"tokens {sorted({row[2] for row in rows})}")  # fmt: skip
    finally:
        upstream.kill()


if __name__ == "__main__":
    main()
