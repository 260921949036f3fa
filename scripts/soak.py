"""Soak test: many clients, hundreds of predictions against one `lmsdk serve`, memory watched.

Starts `python -m lmsdk.cli serve --port 0 --engine ENGINE` as a subprocess (loopback), warms it up,
then runs PREDICTIONS streamed predictions from CLIENTS threads, each with its own lms.Client (which
it replaces every RECONNECT predictions, so connections come and go too). Every prediction is checked:
its fragments join exactly to its result, with the token count it asked for (replay) or at most that.
Prints predictions/s, p50/p95 latency and time to first token, and the server's RSS (current and
peak, VmHWM) at the start and the end, sampled along the way. Exit code 1 on any failed prediction
or if the server's RSS grew by more than --max-growth-mib.

    .venv/bin/python scripts/soak.py                       # the real model, 500 predictions
    .venv/bin/python scripts/soak.py --engine replay       # server and protocol overhead only
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import psutil  # noqa: E402

import lmsdk as lms  # noqa: E402
from lmsdk.server.replay_engine import DEFAULT_REPLAY_PIECES  # noqa: E402

MODEL_KEY = "smollm2-135m-instruct"
MiB = 1024 * 1024


def start_server(engine: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "lmsdk.cli", "serve", "--port", "0", "--engine", engine],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "LM_API_TOKEN": ""},
        cwd=ROOT,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        match = re.search(r"listening on ws://(\S+)", line)
        if match:
            return process, match.group(1)
        if not line and process.poll() is not None:
            break
    process.kill()
    raise SystemExit("soak: lmsdk serve did not start")


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Soak:
    def __init__(self, host: str, args: argparse.Namespace) -> None:
        self.host = host
        self.args = args
        self.lock = threading.Lock()
        self.next_index = 0
        self.latencies: list[float] = []
        self.first_tokens: list[float] = []
        self.failures: list[str] = []

    def take(self, limit: int) -> int | None:
        with self.lock:
            if self.next_index >= limit:
                return None
            self.next_index += 1
            return self.next_index - 1

    def one(self, model: lms.LLM, index: int) -> None:
        tokens = self.args.max_tokens
        asked = time.perf_counter()
        first = None
        stream = model.respond_stream(
            f"Prediction {index}: say something short.", config={"maxTokens": tokens}
        )
        pieces = []
        for piece in stream:
            if first is None:
                first = time.perf_counter() - asked
            pieces.append(piece.content)
        result = stream.result()
        latency = time.perf_counter() - asked
        count = result.stats.predicted_tokens_count or 0
        problems = []
        if "".join(pieces) != result.content:
            problems.append("fragments do not join to the result")
        if self.args.engine == "replay":
            expected = "".join(
                DEFAULT_REPLAY_PIECES[i % len(DEFAULT_REPLAY_PIECES)] for i in range(tokens)
            )
            if result.content != expected or count != tokens:
                problems.append(f"replayed {count} tokens {result.content!r}")
        elif not 0 < count <= tokens:
            problems.append(f"{count} tokens predicted for maxTokens {tokens}")
        with self.lock:
            self.latencies.append(latency)
            self.first_tokens.append(first if first is not None else latency)
            self.failures.extend(f"prediction {index}: {p}" for p in problems)

    def worker(self, limit: int) -> None:
        while True:
            try:
                with lms.Client(self.host, timeout=120) as client:
                    model = client.llm.model(MODEL_KEY)
                    for _ in range(self.args.reconnect):
                        index = self.take(limit)
                        if index is None:
                            return
                        self.one(model, index)
            except lms.LMStudioError as exc:
                with self.lock:
                    self.failures.append(f"{type(exc).__name__}: {exc}")
                return

    def run(self, count: int) -> float:
        self.next_index = 0
        self.latencies, self.first_tokens = [], []
        threads = [
            threading.Thread(target=self.worker, args=(count,), daemon=True)
            for _ in range(self.args.clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("llama", "llama-serial", "replay"), default="llama")
    parser.add_argument("--predictions", type=int, default=500)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--max-tokens", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=64)
    parser.add_argument("--reconnect", type=int, default=25, help="predictions per client object")
    parser.add_argument("--max-growth-mib", type=float, default=64.0)
    args = parser.parse_args()

    process, host = start_server(args.engine)
    server = psutil.Process(process.pid)
    samples: list[tuple[int, int]] = []  # (predictions done, server RSS)
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            samples.append((len(soak.latencies), server.memory_info().rss))

    try:
        soak = Soak(host, args)
        soak.run(args.warmup)
        rss_start, peak_start = server.memory_info().rss, peak_rss(process.pid)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        elapsed = soak.run(args.predictions)
        stop.set()
        sampler.join()
        rss_end, peak_end = server.memory_info().rss, peak_rss(process.pid)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()

    done = len(soak.latencies)
    print(f"lmsdk soak: engine={args.engine} server={host} clients={args.clients}")
    print(
        f"  predictions      {done} of {args.predictions} (after {args.warmup} warm-up), ", end=""
    )
    print(f"maxTokens {args.max_tokens}, a new Client every {args.reconnect}")
    print(f"  throughput       {done / elapsed:.1f} predictions/s ({elapsed:.1f} s)")
    if done:
        print(
            f"  latency          p50 {percentile(soak.latencies, 0.5) * 1000:.0f} ms, "
            f"p95 {percentile(soak.latencies, 0.95) * 1000:.0f} ms, "
            f"max {max(soak.latencies) * 1000:.0f} ms"
        )
        print(
            f"  first token      p50 {percentile(soak.first_tokens, 0.5) * 1000:.0f} ms, "
            f"p95 {percentile(soak.first_tokens, 0.95) * 1000:.0f} ms"
        )
    print(
        f"  server RSS       start {rss_start / MiB:.1f} MiB, end {rss_end / MiB:.1f} MiB", end=""
    )
    if samples:
        rss = [r for _, r in samples]
        print(f" (sampled {min(rss) / MiB:.1f}..{max(rss) / MiB:.1f} MiB)")
        marks = []
        step = max(100, -(-done // 1000) * 100)  # at most ten marks
        for mark in range(step, done + 1, step):
            at = next((r for d, r in samples if d >= mark), rss_end)
            marks.append(f"{mark}: {at / MiB:.1f}")
        print(f"  RSS by progress  {', '.join(marks)} MiB")
    else:
        print()
    print(f"  server peak RSS  start {peak_start / MiB:.1f} MiB, end {peak_end / MiB:.1f} MiB")
    growth = (rss_end - rss_start) / MiB
    failed = bool(soak.failures) or done != args.predictions or growth > args.max_growth_mib
    for failure in soak.failures[:10]:
        print(f"  FAILED {failure}")
    print(f"  result           {'FAIL' if failed else 'ok'} (RSS growth {growth:+.1f} MiB)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
