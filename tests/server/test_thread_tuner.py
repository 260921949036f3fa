"""ThreadTuner: the batched engine's choice of threads for decodes of several tokens."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lmsdk.server.thread_tuner import ThreadTuner


def run(tuner: ThreadTuner, cost: dict[int, float], decodes: int, tokens: int = 8) -> list[int]:
    """Decode `decodes` times with per-token seconds `cost[threads]`; the counts chosen."""
    chosen = []
    for _ in range(decodes):
        threads = tuner.choose(tokens)
        chosen.append(threads)
        tuner.record(tokens, threads, cost[threads] * tokens)
    return chosen


def test_it_measures_every_count_then_keeps_to_the_fastest_trying_the_other_now_and_then() -> None:
    tuner = ThreadTuner((1, 2), explore_every=8)
    chosen = run(tuner, {1: 0.008, 2: 0.004}, 100)
    assert chosen[:2] == [1, 2]
    # After the first two, one in every nine decodes tries the slower count.
    assert 10 <= chosen.count(1) <= 12
    assert chosen[-9:].count(2) == 8


def test_it_follows_the_load_when_the_faster_count_becomes_the_slower() -> None:
    tuner = ThreadTuner((1, 2), explore_every=8)
    run(tuner, {1: 0.008, 2: 0.004}, 50)  # an idle machine: two threads win
    busy = run(tuner, {1: 0.008, 2: 0.022}, 50)  # another process took a core
    assert busy[-20:].count(1) >= 18
    idle = run(tuner, {1: 0.008, 2: 0.004}, 50)  # and left again
    assert idle[-20:].count(2) >= 18


def test_sizes_are_tuned_apart() -> None:
    tuner = ThreadTuner((1, 2), explore_every=8)
    for _ in range(40):
        for tokens, cost in ((2, {1: 0.010, 2: 0.012}), (64, {1: 0.010, 2: 0.005})):
            threads = tuner.choose(tokens)
            tuner.record(tokens, threads, cost[threads] * tokens)
    assert tuner.choose(2) == 1  # where a second thread does not pay
    assert tuner.choose(64) == 2


def test_one_candidate_is_always_chosen_and_duplicates_collapse() -> None:
    assert ThreadTuner((3,)).choose(64) == 3
    assert ThreadTuner((2, 2)).candidates == (2,)


@pytest.mark.parametrize(("candidates", "every"), [((), 8), ((0, 2), 8), ((1, 2), 0)])
def test_bad_settings_are_refused(candidates: tuple[int, ...], every: int) -> None:
    with pytest.raises(ValueError, match="must be >= 1"):
        ThreadTuner(candidates, explore_every=every)


@given(
    st.lists(st.integers(1, 8), min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(1, 512), st.floats(0, 10)), max_size=60),
)
def test_it_always_chooses_a_candidate(
    candidates: list[int], decodes: list[tuple[int, float]]
) -> None:
    tuner = ThreadTuner(candidates)
    for tokens, seconds in decodes:
        threads = tuner.choose(tokens)
        assert threads in candidates
        tuner.record(tokens, threads, seconds)
