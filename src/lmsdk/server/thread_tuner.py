"""How many threads a decode of several tokens should use, chosen by measuring.

On an idle 2-core machine a batch of 8 tokens decodes in 33 ms on two threads
and 62 ms on one; with one other busy process on the machine it takes 176 ms on
two and 63 ms on one, because llama.cpp's threads meet at a barrier after every
operation and wait there whenever the scheduler has taken one of them off its
core. Neither count is right everywhere, and the load changes while a server
runs, so :class:`ThreadTuner` keeps a moving average of the time per token for
the count in use and the latest time of each other count, uses the fastest, and
tries the others now and then. A try that happens to look fast is corrected by
the next decodes, which all measure it.
Decodes are grouped by size (powers of two), as a token costs less in a larger
batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["ThreadTuner"]

EXPLORE_EVERY = 32
"""Decodes of one size between tries of a count that is not the fastest."""

_WEIGHT = 0.25
"""Weight of a new measurement in the moving average."""


@dataclass(slots=True)
class _SizeClass:
    cost: dict[int, float] = field(default_factory=dict)  # threads -> seconds per token
    since_explore: int = 0
    explored: int = 0  # index into the candidates of the last count tried


class ThreadTuner:
    """Chooses among ``candidates`` thread counts for decodes of more than one token."""

    def __init__(self, candidates: Sequence[int], *, explore_every: int = EXPLORE_EVERY) -> None:
        """Tune over ``candidates`` (at least one count, each >= 1).

        Raises:
            ValueError: If ``candidates`` is empty or holds a count below 1.
        """
        if not candidates or min(candidates) < 1:
            raise ValueError(f"thread counts must be >= 1 and at least one, got {candidates!r}")
        if explore_every < 1:
            raise ValueError(f"explore_every must be >= 1, got {explore_every}")
        self.candidates = tuple(dict.fromkeys(candidates))
        self._explore_every = explore_every
        self._classes: dict[int, _SizeClass] = {}

    def choose(self, tokens: int) -> int:
        """The thread count for a decode of ``tokens`` tokens."""
        if len(self.candidates) == 1:
            return self.candidates[0]
        size = self._class(tokens)
        for threads in self.candidates:
            if threads not in size.cost:
                return threads
        if size.since_explore >= self._explore_every:
            best = self._best(size)
            others = [t for t in self.candidates if t != best]
            size.explored = (size.explored + 1) % len(others)
            return others[size.explored]
        return self._best(size)

    def record(self, tokens: int, threads: int, seconds: float) -> None:
        """Account a decode of ``tokens`` tokens on ``threads`` threads that took ``seconds``."""
        if len(self.candidates) == 1 or tokens < 1:
            return
        size = self._class(tokens)
        per_token = seconds / tokens
        previous = size.cost.get(threads)
        if previous is None or threads != self._best(size):
            # A count tried now and then: its old figure is stale, the load may have changed.
            size.cost[threads] = per_token
        else:
            size.cost[threads] = previous + _WEIGHT * (per_token - previous)
        if threads == self._best(size):
            size.since_explore += 1
        else:
            size.since_explore = 0

    def _class(self, tokens: int) -> _SizeClass:
        return self._classes.setdefault(tokens.bit_length(), _SizeClass())

    def _best(self, size: _SizeClass) -> int:
        measured = [t for t in self.candidates if t in size.cost]
        if not measured:
            return self.candidates[0]
        return min(measured, key=lambda t: size.cost[t])
