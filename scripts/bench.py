#!/usr/bin/env python3
"""Benchmark lmsdk against the official `lmstudio` client and against llama.cpp called directly.

Everything runs in one go and ends in one table; within a row both sides are measured in the same
run, interleaved round by round, and each figure is the median over the rounds:

* streaming: one client consumes a stream of --fragments fragments from the replay benchmark engine
  (no model cost, one fragment per token). Every client is a process of its own (its CPU time is its
  own), the server is another (scripts/bench_server.py, scripts/bench_client.py);
* concurrency: 8 client processes stream at once, each from its own replay instance;
* end to end: the real model (SmolLM2-135M), tokens/s and time to first token, through lmsdk + the
  server against LlamaEngine and llama_cpp called directly, and through the official client
  (scripts/bench_e2e.py);
* batched: the default engine, continuous batching (`--engine llama`, --clients slots): tokens/s of --clients
  greedy streams at once against each alone, time to first token of a request while the others
  stream against idle, idle time to first token against llama_cpp called directly, and whether each
  stream's text equals the same request alone (scripts/bench_batched.py);
* message cost: encode/decode of one message (scripts/bench_messages.py);
* import time: fresh `python -c "import lmsdk"` against `python -c "import lmstudio"`.

Usage: scripts/bench [--quick] [--only streaming,concurrency,e2e,batched,messages,imports]
       [--json FILE]
       scripts/bench --compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

SCRIPTS = Path(__file__).resolve().parent
PY = sys.executable
SECTIONS = ("streaming", "concurrency", "e2e", "batched", "messages", "imports")
STREAM_KINDS = ("lmsdk-sync", "lmsdk-async", "official-sync")
E2E_PATHS = ("raw", "engine", "lmsdk", "official")


class Worker:
    """A helper process that prints READY, then answers each command line with one JSON line."""

    def __init__(self, args: Sequence[str], name: str) -> None:
        self.name = name
        self._err: IO[str] = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [PY, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            bufsize=1,
            cwd=SCRIPTS.parent,
        )

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self._err.seek(0)
            raise RuntimeError(f"{self.name} exited:\n{self._err.read()[-3000:]}")
        return line.strip()

    def ready(self) -> str:
        """Wait for the READY line; returns what follows READY."""
        line = self._line()
        if not line.startswith("READY"):
            raise RuntimeError(f"{self.name}: expected READY, got {line!r}")
        return line[len("READY") :].strip()

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def result(self) -> dict[str, Any]:
        return dict(json.loads(self._line()))

    def ask(self, command: str) -> dict[str, Any]:
        self.send(command)
        return self.result()

    def close(self) -> None:
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._err.close()


def start_server(*args: str) -> tuple[Worker, str]:
    server = Worker([str(SCRIPTS / "bench_server.py"), *args], "bench_server")
    return server, server.ready()


def rotated(items: Sequence[str], r: int) -> list[str]:
    """The items in a different order each round, so no side always goes first."""
    k = r % len(items)
    return [*items[k:], *items[:k]]


def med(values: Sequence[float]) -> float:
    return statistics.median(values)


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- sections ----------------------------------------------------------------------------------------


def bench_streaming(args: argparse.Namespace) -> dict[str, Any]:
    server, host = start_server("--engine", "replay", "--fragments", str(args.fragments))
    workers: dict[str, Worker] = {}
    try:
        for kind in STREAM_KINDS:
            workers[kind] = Worker(
                [str(SCRIPTS / "bench_client.py"), "--kind", kind, "--host", host], kind
            )
        for w in workers.values():
            w.ready()
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in STREAM_KINDS}
        for r in range(args.runs):
            for kind in rotated(STREAM_KINDS, r):
                server_cpu = process_cpu(server.proc.pid)
                out = workers[kind].ask("run")
                if server_cpu is not None:
                    out["server_cpu"] = (process_cpu(server.proc.pid) or 0.0) - server_cpu
                if out["fragments"] != args.fragments:
                    raise RuntimeError(f"{kind} got {out['fragments']} fragments")
                runs[kind].append(out)
                log(
                    f"  streaming round {r + 1}/{args.runs} {kind}: "
                    f"{out['fragments'] / out['wall']:,.0f} fragments/s, "
                    f"{out['cpu'] / out['fragments'] * 1e6:.1f} us CPU/fragment"
                )
    finally:
        for w in workers.values():
            w.close()
        server.close()
    return {
        kind: {
            "fragments_per_s": med([o["fragments"] / o["wall"] for o in outs]),
            "cpu_us_per_fragment": med([o["cpu"] / o["fragments"] * 1e6 for o in outs]),
            "server_cpu_us_per_fragment": med(
                [o.get("server_cpu", math.nan) / o["fragments"] * 1e6 for o in outs]
            ),
            "runs": outs,
        }
        for kind, outs in runs.items()
    }


def process_cpu(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench_concurrency(args: argparse.Namespace) -> dict[str, Any]:
    n = args.clients
    server, host = start_server(
        "--engine", "replay", "--fragments", str(args.fragments), "--instances", str(n)
    )
    results: dict[str, list[dict[str, Any]]] = {kind: [] for kind in STREAM_KINDS}
    try:
        for r in range(args.concurrency_runs):
            for kind in rotated(STREAM_KINDS, r):
                clients = [
                    Worker(
                        [
                            str(SCRIPTS / "bench_client.py"),
                            "--kind",
                            kind,
                            "--host",
                            host,
                            "--model",
                            f"replay-{i}",
                            "--max-tokens",
                            str(args.concurrent_fragments),
                        ],
                        f"{kind}#{i}",
                    )
                    for i in range(n)
                ]
                try:
                    for c in clients:
                        c.ready()
                    for c in clients:
                        c.send("run")
                    outs = [c.result() for c in clients]
                finally:
                    for c in clients:
                        c.close()
                frags = sum(o["fragments"] for o in outs)
                wall = max(o["t1"] for o in outs) - min(o["t0"] for o in outs)
                total = frags / wall
                slowest = min(o["fragments"] / o["wall"] for o in outs)
                run = {
                    "total_fragments_per_s": total,
                    "slowest_share": slowest / total,
                    "cpu_us_per_fragment": sum(o["cpu"] for o in outs) / frags * 1e6,
                    "clients": outs,
                }
                results[kind].append(run)
                log(
                    f"  concurrency round {r + 1}/{args.concurrency_runs} {kind}: "
                    f"{total:,.0f} fragments/s in all, slowest client "
                    f"{run['slowest_share']:.1%} of that"
                )
    finally:
        server.close()
    return {
        kind: {
            "total_fragments_per_s": med([x["total_fragments_per_s"] for x in runs]),
            "slowest_share": med([x["slowest_share"] for x in runs]),
            "cpu_us_per_fragment": med([x["cpu_us_per_fragment"] for x in runs]),
            "runs": runs,
        }
        for kind, runs in results.items()
    }


def bench_e2e(args: argparse.Namespace) -> dict[str, Any]:
    server, host = start_server("--engine", "llama-serial")  # as the `engine` path runs
    workers: dict[str, Worker] = {}
    runs: dict[str, list[dict[str, Any]]] = {p: [] for p in E2E_PATHS}
    try:
        for path in E2E_PATHS:
            workers[path] = Worker(
                [str(SCRIPTS / "bench_e2e.py"), "--path", path, "--host", host], path
            )
            workers[path].ready()  # one at a time: model loads do not overlap
        for r in range(args.e2e_runs):
            for path in rotated(E2E_PATHS, r):
                out = workers[path].ask(f"run {r}")
                runs[path].append(out)
                log(
                    f"  e2e round {r + 1}/{args.e2e_runs} {path}: "
                    f"{out['decode_tokens'] / out['decode_s']:.1f} tokens/s, "
                    f"TTFT {out['ttft'] * 1e3:.1f} ms, {out['tokens']} tokens"
                )
    finally:
        for w in workers.values():
            w.close()
        server.close()

    def same(paths: Sequence[str]) -> str:
        rounds = range(args.e2e_runs)
        alike = sum(len({runs[p][r]["text"] for p in paths}) == 1 for r in rounds)
        return f"{alike}/{len(rounds)}"

    summary: dict[str, Any] = {
        p: {
            "tokens_per_s": med([o["decode_tokens"] / o["decode_s"] for o in outs]),
            "ttft_ms": med([o["ttft"] * 1e3 for o in outs]),
            "tokens": med([o["tokens"] for o in outs]),
            "runs": [{k: v for k, v in o.items() if k != "text"} for o in outs],
        }
        for p, outs in runs.items()
    }
    # Paired per round: the difference within a round cancels what the load did to both.
    for p in ("lmsdk", "official"):
        for ref in ("raw", "engine"):
            summary[p][f"tps_ratio_vs_{ref}"] = med(
                [
                    (a["decode_tokens"] / a["decode_s"]) / (b["decode_tokens"] / b["decode_s"])
                    for a, b in zip(runs[p], runs[ref], strict=True)
                ]
            )
            summary[p][f"ttft_added_ms_vs_{ref}"] = med(
                [(a["ttft"] - b["ttft"]) * 1e3 for a, b in zip(runs[p], runs[ref], strict=True)]
            )
    # LlamaEngine decodes the last prompt token on its own; create_completion decodes the prompt
    # in one batch, which can change the logits slightly, so raw may sample a different text.
    summary["same_text"] = same(("engine", "lmsdk", "official"))
    summary["same_text_raw"] = same(E2E_PATHS)
    return summary


def bench_batched(args: argparse.Namespace) -> dict[str, Any]:
    from bench_batched import probes  # the same prompts as the batched worker's idle probes

    from lmsdk.server.engine import available_cpus

    n = args.clients
    server, host = start_server(
        "--engine", "llama", "--parallel", str(n), "--context-length", "2048"
    )
    workers: list[Worker] = []
    rounds: list[dict[str, Any]] = []
    try:
        # The prompt on every CPU, as the batched engine reads it on an idle machine.
        raw = Worker(
            [
                str(SCRIPTS / "bench_e2e.py"),
                "--path",
                "raw",
                "--max-tokens",
                "8",
                "--batch-threads",
                str(available_cpus()),
            ],
            "raw",
        )
        workers.append(raw)
        raw.ready()
        ours = Worker(
            [
                str(SCRIPTS / "bench_batched.py"),
                "--host",
                host,
                "--max-tokens",
                str(args.batched_tokens),
            ],
            "batched",
        )
        workers.append(ours)
        ours.ready()
        for r in range(args.batched_runs):
            # Before each timed phase no slot holds a prefix of its prompts (see bench_batched).
            ours.ask("flush")
            alone = [ours.ask(f"alone {r * 100 + k}")["streams"][0] for k in range(n)]
            ours.ask("flush")
            together = ours.ask(f"streams {n} {r}")["streams"]
            ours.ask("flush")
            idle = ours.ask(f"idle {r}")["ttft"]
            direct = med([raw.ask(f"run {p}")["ttft"] for p in probes(r, loaded=False)])
            ours.ask("flush")
            loaded = ours.ask(f"loaded {n} {r}")["ttft"]
            bound = ours.ask(f"ceiling {n}")
            wall = max(s["t1"] for s in together) - min(s["t0"] for s in together)
            run = {
                "one_stream_tokens_per_s": med([s["tokens"] / (s["t1"] - s["t0"]) for s in alone]),
                "all_streams_tokens_per_s": sum(s["tokens"] for s in together) / wall,
                "same_text": sum(
                    a["text"] == b["text"] for a, b in zip(alone, together, strict=True)
                ),
                "idle_ttft_ms": idle * 1e3,
                "raw_ttft_ms": direct * 1e3,
                "loaded_ttft_ms": loaded * 1e3,
                "ceiling": n * bound["one_ms"] / bound["batch_ms"],
            }
            rounds.append(run)
            log(
                f"  batched round {r + 1}/{args.batched_runs}: "
                f"{run['all_streams_tokens_per_s']:.1f} tokens/s with {n} streams, "
                f"{run['one_stream_tokens_per_s']:.1f} alone; TTFT idle {idle * 1e3:.1f} ms, "
                f"loaded {loaded * 1e3:.1f} ms, llama_cpp direct {direct * 1e3:.1f} ms; "
                f"{run['same_text']}/{n} texts equal alone; llama.cpp alone decodes {n} "
                f"sequences' tokens {run['ceiling']:.2f}x as fast as one"
            )
    finally:
        for w in workers:
            w.close()
        server.close()
    keys = ("one_stream_tokens_per_s", "all_streams_tokens_per_s", "idle_ttft_ms", "raw_ttft_ms")
    summary: dict[str, Any] = {k: med([x[k] for x in rounds]) for k in keys}
    summary["loaded_ttft_ms"] = med([x["loaded_ttft_ms"] for x in rounds])
    # Paired per round: the load on the machine moves both sides of a round alike.
    summary["speedup"] = med(
        [x["all_streams_tokens_per_s"] / x["one_stream_tokens_per_s"] for x in rounds]
    )
    summary["loaded_ttft_ratio"] = med([x["loaded_ttft_ms"] / x["idle_ttft_ms"] for x in rounds])
    summary["ttft_added_ms_vs_raw"] = med([x["idle_ttft_ms"] - x["raw_ttft_ms"] for x in rounds])
    summary["same_text"] = f"{sum(x['same_text'] for x in rounds)}/{n * len(rounds)}"
    summary["ceiling"] = med([x["ceiling"] for x in rounds])
    summary["streams"] = n
    summary["runs"] = rounds
    return summary


def bench_messages(args: argparse.Namespace) -> dict[str, Any]:
    out = subprocess.run(
        [PY, str(SCRIPTS / "bench_messages.py"), "--repeats", str(args.message_repeats)],
        capture_output=True,
        text=True,
        check=True,
        cwd=SCRIPTS.parent,
    )
    return dict(json.loads(out.stdout))


_PYCACHE = tempfile.TemporaryDirectory(prefix="lmsdk-bench-pycache-")
# Every import measurement runs with one bytecode cache for both packages, warmed first: lmsdk from a
# source tree (editable install) otherwise has no .pyc where PYTHONDONTWRITEBYTECODE is set, while
# lmstudio's came with its wheel, and compiling would be most of what is measured.
_IMPORT_ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPYCACHEPREFIX": _PYCACHE.name,
}


def _wall(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([PY, "-c", code], check=True, env=_IMPORT_ENV)
    return time.perf_counter() - started


def _importtime(module: str) -> tuple[float, list[tuple[int, str]]]:
    """Cumulative import time of module per `-X importtime` (ms), and the slowest modules."""
    out = subprocess.run(
        [PY, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env=_IMPORT_ENV,
    ).stderr
    rows: list[tuple[int, int, str]] = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative, name = line[len("import time:") :].split("|")
        rows.append((int(self_us), int(cumulative), name.strip()))
    total = next(c for _, c, name in rows if name == module)
    top = sorted(((c, name) for _, c, name in rows if name != module), reverse=True)
    return total / 1e3, top[:5]


def bench_imports(args: argparse.Namespace) -> dict[str, Any]:
    codes = {
        "python": "pass",
        "lmsdk": "import lmsdk",
        "lmstudio": "import lmstudio",
        "lmsdk.Client": "import lmsdk; lmsdk.Client",
        "lmsdk.AsyncClient": "import lmsdk; lmsdk.AsyncClient",
    }
    walls: dict[str, list[float]] = {k: [] for k in codes}
    for _ in range(2):  # warm the file cache
        for code in codes.values():
            _wall(code)
    for r in range(args.import_runs):
        for name in rotated(list(codes), r):
            walls[name].append(_wall(codes[name]) * 1e3)
    importtime = {m: [_importtime(m) for _ in range(5)] for m in ("lmsdk", "lmstudio")}
    return {
        "wall_ms": {k: med(v) for k, v in walls.items()},
        "importtime_ms": {m: med([t for t, _ in runs]) for m, runs in importtime.items()},
        "importtime_top": {m: runs[0][1] for m, runs in importtime.items()},
        "runs": walls,
    }


# -- the table ---------------------------------------------------------------------------------------


def table(results: dict[str, Any]) -> list[list[str]]:
    rows: list[list[str]] = []

    def row(name: str, ours: str, ref: str, ratio: str, goal: str, met: bool | None) -> None:
        rows.append([name, ours, ref, ratio, goal, "" if met is None else ("yes" if met else "NO")])

    s = results.get("streaming")
    if s:
        off = s["official-sync"]
        for kind, label in (("lmsdk-sync", "sync"), ("lmsdk-async", "async")):
            ours = s[kind]
            ratio = ours["fragments_per_s"] / off["fragments_per_s"]
            row(
                f"Streaming, {label} client: fragments/s",
                f"{ours['fragments_per_s']:,.0f}",
                f"official {off['fragments_per_s']:,.0f}",
                f"{ratio:.2f}x",
                ">= 2x",
                ratio >= 2,
            )
            ratio = off["cpu_us_per_fragment"] / ours["cpu_us_per_fragment"]
            row(
                f"Streaming, {label} client: client CPU us/fragment",
                f"{ours['cpu_us_per_fragment']:.1f}",
                f"official {off['cpu_us_per_fragment']:.1f}",
                f"{ratio:.2f}x less",
                "",
                None,
            )
        if not math.isnan(s["lmsdk-sync"]["server_cpu_us_per_fragment"]):
            row(
                "Streaming: server process CPU us/fragment (serving lmsdk sync)",
                f"{s['lmsdk-sync']['server_cpu_us_per_fragment']:.1f}",
                f"serving official {off['server_cpu_us_per_fragment']:.1f}",
                "",
                "",
                None,
            )
    c = results.get("concurrency")
    if c:
        off = c["official-sync"]
        for kind, label in (("lmsdk-sync", "sync"), ("lmsdk-async", "async")):
            ours = c[kind]
            row(
                f"8 concurrent {label} clients: total fragments/s",
                f"{ours['total_fragments_per_s']:,.0f}",
                f"official {off['total_fragments_per_s']:,.0f}",
                f"{ours['total_fragments_per_s'] / off['total_fragments_per_s']:.2f}x",
                "",
                None,
            )
            row(
                f"8 concurrent {label} clients: slowest client's share",
                f"{ours['slowest_share']:.1%}",
                f"official {off['slowest_share']:.1%}",
                "",
                "fair: 12.5%",
                None,
            )
    e = results.get("e2e")
    if e:
        for who in ("lmsdk", "official"):
            for ref, ref_name in (("raw", "llama_cpp direct"), ("engine", "LlamaEngine direct")):
                ratio = e[who][f"tps_ratio_vs_{ref}"]
                row(
                    f"End to end via {who} client + server: tokens/s",
                    f"{e[who]['tokens_per_s']:.1f}",
                    f"{ref_name} {e[ref]['tokens_per_s']:.1f}",
                    f"{ratio:.1%}",
                    ">= 95%" if who == "lmsdk" else "",
                    ratio >= 0.95 if who == "lmsdk" else None,
                )
            for ref, ref_name in (("raw", "llama_cpp direct"), ("engine", "LlamaEngine direct")):
                added = e[who][f"ttft_added_ms_vs_{ref}"]
                row(
                    f"End to end via {who} client + server: time to first token ms",
                    f"{e[who]['ttft_ms']:.1f}",
                    f"{ref_name} {e[ref]['ttft_ms']:.1f}",
                    f"{added:+.1f} ms",
                    "< +10 ms" if who == "lmsdk" else "",
                    added < 10 if who == "lmsdk" else None,
                )
    b = results.get("batched")
    if b:
        n = b["streams"]
        row(
            f"Batched engine, {n} streams at once: tokens/s in all",
            f"{b['all_streams_tokens_per_s']:.1f}",
            f"one stream {b['one_stream_tokens_per_s']:.1f}",
            f"{b['speedup']:.2f}x",
            ">= 2.5x",
            b["speedup"] >= 2.5,
        )
        row(
            f"llama.cpp alone: tokens/s decoding {n} sequences at once vs one",
            f"{b['ceiling']:.2f}x",
            "",
            "",
            "(the bound on the row above)",
            None,
        )
        row(
            f"Batched engine: TTFT while {n - 1} others stream, ms",
            f"{b['loaded_ttft_ms']:.1f}",
            f"idle {b['idle_ttft_ms']:.1f}",
            f"{b['loaded_ttft_ratio']:.2f}x",
            "< 1.5x",
            b["loaded_ttft_ratio"] < 1.5,
        )
        row(
            "Batched engine: idle TTFT via lmsdk client + server, ms",
            f"{b['idle_ttft_ms']:.1f}",
            f"llama_cpp direct {b['raw_ttft_ms']:.1f}",
            f"{b['ttft_added_ms_vs_raw']:+.1f} ms",
            "< +10 ms",
            b["ttft_added_ms_vs_raw"] < 10,
        )
        row(
            f"Batched engine: greedy text of each of {n} streams equals it alone",
            b["same_text"],
            "",
            "",
            "all",
            b["same_text"].split("/")[0] == b["same_text"].split("/")[1],
        )
    m = results.get("messages")
    if m:
        for name, ops in m.items():
            for op in ("encode", "decode"):
                ours, theirs = ops[op]["lmsdk"], ops[op]["official"]
                row(
                    f"Message {op}: {name} ({ops['bytes']['lmsdk']} B), us",
                    f"{ours:.1f}",
                    f"official {theirs:.1f}",
                    f"{theirs / ours:.2f}x",
                    "<= official",
                    ours <= theirs,
                )
    i = results.get("imports")
    if i:
        w = i["wall_ms"]
        row(
            "Import: python -c 'import lmsdk', ms",
            f"{w['lmsdk']:.0f}",
            f"lmstudio {w['lmstudio']:.0f}",
            f"{w['lmsdk'] / w['lmstudio']:.2f}",
            "<= 0.5",
            w["lmsdk"] <= 0.5 * w["lmstudio"],
        )
        row(
            "Import: python -c pass (interpreter start alone), ms",
            f"{w['python']:.0f}",
            "",
            "",
            "",
            None,
        )
        t = i["importtime_ms"]
        row(
            "Import: -X importtime cumulative, ms",
            f"{t['lmsdk']:.1f}",
            f"lmstudio {t['lmstudio']:.1f}",
            f"{t['lmsdk'] / t['lmstudio']:.2f}",
            "",
            None,
        )
        row(
            "Import + first use: 'import lmsdk; lmsdk.Client', ms",
            f"{w['lmsdk.Client']:.0f}",
            f"lmstudio {w['lmstudio']:.0f}",
            f"{w['lmsdk.Client'] / w['lmstudio']:.2f}",
            "",
            None,
        )
        row(
            "Import + first use: 'import lmsdk; lmsdk.AsyncClient', ms",
            f"{w['lmsdk.AsyncClient']:.0f}",
            f"lmstudio {w['lmstudio']:.0f}",
            f"{w['lmsdk.AsyncClient'] / w['lmstudio']:.2f}",
            "",
            None,
        )
    return rows


def markdown(rows: list[list[str]]) -> str:
    return markdown_rows(["Benchmark", "lmsdk", "Reference", "Ratio", "Goal", "Met"], rows)


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    """A markdown table of lmsdk's figures in two --json result files."""
    rows: list[list[str]] = []

    def add(
        name: str,
        path: tuple[str, ...],
        unit: str,
        lower_is_better: bool = False,
        scale: float = 1.0,
        changes: bool = True,
    ) -> None:
        def get(doc: dict[str, Any]) -> float | None:
            node: Any = doc
            for key in path:
                if not isinstance(node, dict) or key not in node:
                    return None
                node = node[key]
            return float(node)

        b, a = get(before), get(after)
        if a is None or b is None:
            return
        b, a = b * scale, a * scale
        change = (b / a if lower_is_better else a / b) if changes else None
        spec = ",.0f" if max(abs(a), abs(b)) >= 1000 else ".1f"
        rows.append(
            [
                name,
                f"{b:{spec}} {unit}".strip(),
                f"{a:{spec}} {unit}".strip(),
                "" if change is None else f"{change:.2f}x",
            ]
        )

    for kind in ("lmsdk-sync", "lmsdk-async"):
        add(f"Streaming {kind}: fragments/s", ("streaming", kind, "fragments_per_s"), "")
        add(
            f"Streaming {kind}: client CPU/fragment",
            ("streaming", kind, "cpu_us_per_fragment"),
            "us",
            True,
        )
    add(
        "Streaming: server CPU/fragment (serving lmsdk sync)",
        ("streaming", "lmsdk-sync", "server_cpu_us_per_fragment"),
        "us",
        True,
    )
    for kind in ("lmsdk-sync", "lmsdk-async"):
        add(
            f"8 concurrent {kind} clients: fragments/s",
            ("concurrency", kind, "total_fragments_per_s"),
            "",
        )
    # The model's own speed moves with the machine's load; what lmsdk adds is the paired comparison.
    add(
        "End to end lmsdk: tokens/s, % of LlamaEngine direct",
        ("e2e", "lmsdk", "tps_ratio_vs_engine"),
        "%",
        scale=100,
        changes=False,
    )
    add(
        "End to end lmsdk: TTFT added to LlamaEngine direct",
        ("e2e", "lmsdk", "ttft_added_ms_vs_engine"),
        "ms",
        changes=False,
    )
    for message in ("predict creationParameter", "fragment packet", "success packet"):
        for op in ("encode", "decode"):
            add(f"{message} {op}", ("messages", message, op, "lmsdk"), "us", True)
    add("import lmsdk", ("imports", "wall_ms", "lmsdk"), "ms", True)
    add("import lmsdk; lmsdk.Client", ("imports", "wall_ms", "lmsdk.Client"), "ms", True)
    return markdown_rows(["lmsdk", "Before", "After", "Change"], rows)


def markdown_rows(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
        for r in [head, ["-" * w for w in widths], *rows]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("BEFORE", "AFTER"),
        help="print lmsdk's figures from two --json files side by side, and run nothing",
    )
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke test)")
    parser.add_argument("--runs", type=int, default=5, help="streaming rounds")
    parser.add_argument("--fragments", type=int, default=20_000, help="fragments per stream")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--concurrency-runs", type=int, default=5)
    parser.add_argument("--concurrent-fragments", type=int, default=5_000, help="per client")
    parser.add_argument("--e2e-runs", type=int, default=7)
    parser.add_argument("--batched-runs", type=int, default=3)
    parser.add_argument("--batched-tokens", type=int, default=128, help="tokens per stream")
    parser.add_argument("--message-repeats", type=int, default=15)
    parser.add_argument("--import-runs", type=int, default=10)
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    args = parser.parse_args()
    if args.compare:
        print(compare(*(json.loads(p.read_text()) for p in args.compare)))
        return 0
    if args.quick:
        args.runs, args.concurrency_runs, args.e2e_runs, args.batched_runs = 2, 1, 2, 1
        args.message_repeats, args.import_runs = 5, 4
    sections = [s for s in args.only.split(",") if s]
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    runners: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
        "streaming": bench_streaming,
        "concurrency": bench_concurrency,
        "e2e": bench_e2e,
        "batched": bench_batched,
        "messages": bench_messages,
        "imports": bench_imports,
    }
    load_before = os.getloadavg()
    started = time.monotonic()
    results: dict[str, Any] = {}
    for name in sections:
        log(f"{name}...")
        results[name] = runners[name](args)
    load_after = os.getloadavg()
    results["meta"] = {
        "load_before": load_before,
        "load_after": load_after,
        "seconds": time.monotonic() - started,
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "args": {k: str(v) for k, v in vars(args).items()},
    }
    print(markdown(table(results)))
    print(
        f"\nLoad average (1/5/15 min): {load_before[0]:.2f}/{load_before[1]:.2f}/"
        f"{load_before[2]:.2f} before, {load_after[0]:.2f}/{load_after[1]:.2f}/"
        f"{load_after[2]:.2f} after; {os.cpu_count()} CPUs; "
        f"{results['meta']['seconds']:.0f} s."
    )
    e = results.get("e2e")
    if e is not None:
        print(
            f"End to end: identical text from LlamaEngine, lmsdk and official in {e['same_text']} "
            f"rounds; also from llama_cpp direct in {e['same_text_raw']} (it decodes the prompt "
            "in one batch, LlamaEngine decodes the last prompt token alone)."
        )
    if "imports" in results:
        for module, top in results["imports"]["importtime_top"].items():
            listed = ", ".join(f"{name} {us / 1e3:.1f}" for us, name in top)
            print(f"Slowest imports under {module} (cumulative ms): {listed}")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
