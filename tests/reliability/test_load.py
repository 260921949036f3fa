"""Load: 32 clients at once against one server, every answer on its own channel, memory flat.

The heavy runs use `lmsdk serve --engine replay` (the benchmark engine: canned text at no model cost,
through the same server, protocol and stop logic) in a subprocess, so the server's RSS is its own.
Replayed text is fixed, so every stream asks for its own number of tokens, and each client sends a
prompt of its own length: a packet on the wrong channel would show in the content, the token counts or
the prompt size. A smaller run with the real model checks that concurrent answers equal solo answers.
The memory test runs 100 predictions per engine; the 500-prediction soak is scripts/soak.py.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

import lmsdk as lms
from lmsdk.server.replay_engine import DEFAULT_REPLAY_PIECES
from tests.reliability.helpers import MODEL_KEY, ServeProcess

CLIENTS = 32
PER_CLIENT = 4
MiB = 1024 * 1024


def replayed(tokens: int) -> str:
    """What the replay engine says in `tokens` tokens."""
    pieces = DEFAULT_REPLAY_PIECES
    return "".join(pieces[i % len(pieces)] for i in range(tokens))


def peak_rss(pid: int) -> int:
    """The process's peak resident set size (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc/PID/status")


def test_32_clients_at_once_each_get_exactly_their_own_answers(
    replay_process: ServeProcess,
) -> None:
    host = replay_process.api_host
    start = threading.Barrier(CLIENTS, timeout=60)

    def client_run(n: int) -> list[tuple[int, int]]:
        """Client n: PER_CLIENT streams open at once on its socket, each of a unique length."""
        prompt = f"Client {n} says:" + " hello" * n
        seen = []
        with lms.Client(host, timeout=60) as client:
            model = client.llm.model(MODEL_KEY)
            start.wait()
            lengths = [1 + n + CLIENTS * k for k in range(PER_CLIENT)]  # unique over all streams
            streams = [model.respond_stream(prompt, config={"maxTokens": t}) for t in lengths]
            # Read the last-opened first: its reads file the others' packets under their channels.
            for tokens, stream in reversed(list(zip(lengths, streams, strict=True))):
                fragments = list(stream)
                result = stream.result()
                assert "".join(f.content for f in fragments) == result.content == replayed(tokens)
                assert sum(f.tokens_count for f in fragments) == tokens
                assert result.fragments_count == len(fragments)
                assert result.stats.predicted_tokens_count == tokens
                assert result.stats.stop_reason == "maxPredictedTokensReached"
                assert result.stats.prompt_tokens_count is not None
                seen.append((result.stats.prompt_tokens_count, n))
        return seen

    with ThreadPoolExecutor(CLIENTS) as pool:
        runs = list(pool.map(client_run, range(CLIENTS), timeout=120))
    assert sum(len(r) for r in runs) == CLIENTS * PER_CLIENT
    prompt_sizes = []
    for n, run in enumerate(runs):
        assert len(set(run)) == 1, f"client {n} saw different prompts: {run}"
        prompt_sizes.append(run[0][0])
    # Longer prompts for later clients: every answer was computed from its own client's prompt.
    assert prompt_sizes == sorted(prompt_sizes) and len(set(prompt_sizes)) == CLIENTS


def test_concurrent_real_model_answers_equal_solo_answers(api_host: str) -> None:
    prompts = [f"Client {n} says:" for n in range(8)]
    config = {"maxTokens": 6, "temperature": 0}
    with lms.Client(api_host, timeout=60) as client:
        model = client.llm.model(MODEL_KEY)
        solo = [model.complete(p, config=config).content for p in prompts]

    def ask(prompt: str) -> str:
        with lms.Client(api_host, timeout=60) as own:
            stream = own.llm.model(MODEL_KEY).complete_stream(prompt, config=config)
            joined = "".join(f.content for f in stream)
            assert joined == stream.result().content
            return joined

    with ThreadPoolExecutor(len(prompts)) as pool:
        together = list(pool.map(ask, prompts, timeout=120))
    assert together == solo
    assert len(set(solo)) > 1, "the prompts should give distinguishable answers"


@pytest.mark.parametrize(
    ("engine", "max_tokens", "bound_mib"),
    [("replay", 50, 24), ("llama", 8, 64)],
    ids=["replay engine", "real model"],
)
def test_server_memory_stays_flat_over_100_predictions(
    engine: str, max_tokens: int, bound_mib: int, request: pytest.FixtureRequest
) -> None:
    if engine == "replay":
        server_process: ServeProcess = request.getfixturevalue("replay_process")
    else:
        server_process = request.getfixturevalue("llama_process")
    host = server_process.api_host
    server = psutil.Process(server_process.pid)

    def batch(count: int, clients: int = 8) -> None:
        def run(n: int) -> int:
            done = 0
            with lms.Client(host, timeout=60) as client:  # connections come and go as well
                model = client.llm.model(MODEL_KEY)
                for i in range(n, count, clients):
                    stream = model.respond_stream(
                        f"Prediction {i}: say something.", config={"maxTokens": max_tokens}
                    )
                    joined = "".join(f.content for f in stream)
                    result = stream.result()
                    assert joined == result.content
                    if engine == "replay":
                        assert result.content == replayed(max_tokens)
                    assert 0 < (result.stats.predicted_tokens_count or 0) <= max_tokens
                    done += 1
            return done

        with ThreadPoolExecutor(clients) as pool:
            assert sum(pool.map(run, range(clients), timeout=180)) == count

    batch(48)  # warm up: imports, caches, allocator arenas, the model's buffers
    rss_start, peak_start = server.memory_info().rss, peak_rss(server.pid)
    started = time.perf_counter()
    batch(100)
    elapsed = time.perf_counter() - started
    rss_end, peak_end = server.memory_info().rss, peak_rss(server.pid)
    print(
        f"\n{engine}: 100 predictions in {elapsed:.2f}s; server RSS {rss_start / MiB:.1f} -> "
        f"{rss_end / MiB:.1f} MiB, peak {peak_start / MiB:.1f} -> {peak_end / MiB:.1f} MiB"
    )
    assert rss_end - rss_start < bound_mib * MiB
    assert peak_end - peak_start < bound_mib * MiB
