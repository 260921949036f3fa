"""Splitting a document into overlapping chunks for retrieval (LM Studio's ``recursive-v1``).

The text is cut at the coarsest boundary that makes pieces small enough
(paragraphs, then lines, then sentences, then words, then characters), and
the pieces are packed greedily into chunks of at most ``chunk_size`` tokens,
each chunk starting with up to ``overlap`` tokens from the end of the one
before. Sizes are counted in the embedding model's tokens, so every chunk
fits its context window. Chunks keep their character offsets, from which the
citations' line numbers come.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs

__all__ = ["Chunk", "line_span", "split_recursive"]

_SEPARATORS: Final = ("\n\n", "\n", ". ", " ")


@attrs.frozen
class Chunk:
    """A piece of a document: ``text == document[start:end]``."""

    text: str
    start: int
    end: int


def split_recursive(
    text: str, chunk_size: int, overlap: int, count_tokens: Callable[[str], int]
) -> list[Chunk]:
    """Chunks of ``text`` of at most ``chunk_size`` tokens, overlapping by up to ``overlap``.

    Raises:
        ValueError: If ``chunk_size`` < 1 or ``overlap`` is not in ``[0, chunk_size)``.
    """
    if chunk_size < 1:
        raise ValueError(f"chunkSize must be >= 1, got {chunk_size}")
    if not 0 <= overlap < chunk_size:
        raise ValueError(f"chunkOverlap must be in [0, chunkSize), got {overlap}")
    pieces = _pieces(text, 0, len(text), chunk_size, count_tokens, _SEPARATORS)
    counted = [(start, end, count_tokens(text[start:end])) for start, end in pieces]
    chunks: list[Chunk] = []
    i = 0
    while i < len(counted):
        j, size = i, 0
        while j < len(counted) and (j == i or size + counted[j][2] <= chunk_size):
            size += counted[j][2]
            j += 1
        start, end = counted[i][0], counted[j - 1][1]
        if text[start:end].strip():
            chunks.append(Chunk(text[start:end], start, end))
        if j >= len(counted):
            break
        # Step back over trailing pieces that fit in the overlap, but always move forward.
        back, kept = j, 0
        while back - 1 > i and kept + counted[back - 1][2] <= overlap:
            back -= 1
            kept += counted[back][2]
        i = back
    return chunks


def _pieces(
    text: str,
    start: int,
    end: int,
    limit: int,
    count_tokens: Callable[[str], int],
    separators: tuple[str, ...],
) -> list[tuple[int, int]]:
    if end <= start:
        return []
    if count_tokens(text[start:end]) <= limit:
        return [(start, end)]
    for index, separator in enumerate(separators):
        cuts = _cuts(text, start, end, separator)
        if len(cuts) > 1:
            result: list[tuple[int, int]] = []
            for a, b in cuts:
                result.extend(_pieces(text, a, b, limit, count_tokens, separators[index + 1 :]))
            return result
    # No separator left: halve by characters until pieces fit.
    middle = (start + end) // 2
    if middle == start:
        return [(start, end)]
    return _pieces(text, start, middle, limit, count_tokens, ()) + _pieces(
        text, middle, end, limit, count_tokens, ()
    )


def _cuts(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """``[start, end)`` split after each separator (kept with the piece before it)."""
    cuts: list[tuple[int, int]] = []
    position = start
    while True:
        found = text.find(separator, position, end)
        if found < 0:
            break
        cut = found + len(separator)
        if cut >= end:
            break
        cuts.append((position, cut))
        position = cut
    cuts.append((position, end))
    return cuts


def line_span(text: str, chunk: Chunk) -> tuple[int, int]:
    """The first and last line (1-based) of ``text`` that a chunk covers."""
    first = text.count("\n", 0, chunk.start) + 1
    last = first + text.count("\n", chunk.start, max(chunk.start, chunk.end - 1))
    return first, last
