"""Streaming text assembly and stop conditions shared by every engine.

Engines produce raw token bytes one token at a time. Two problems sit between
those bytes and the text a client may see, and both are solved here, once, as
pure logic with no I/O so that every engine behaves identically:

* A token can end in the middle of a multi-byte UTF-8 character. The bytes are
  decoded incrementally and an incomplete trailing sequence is held until the
  next token completes it, so every released string consists of whole
  characters.
* Text after (and including) a stop string must never be released. Because a
  stop string can straddle tokens, any suffix of the pending text that is a
  prefix of some stop string is held back until later text settles whether it
  becomes a stop string.

Stop semantics: generation stops at the stop-string occurrence that is
*completed first* (smallest end index in the full text). Among occurrences
ending at the same index the one starting earliest (the longest) wins. This is
the only definition a streaming matcher can honour independently of how the
text is chunked: once an occurrence is complete, waiting for a longer stop
string that might start earlier would delay the stop.
"""

from __future__ import annotations

import codecs
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from lmsdk.server.engine import Finished, GenerationParams, Piece, StopReason

__all__ = [
    "GenerationClock",
    "PieceAssembler",
    "Release",
    "StopStringMatcher",
    "TokenSource",
    "Utf8StreamDecoder",
    "stream_tokens",
    "truncate_at_stop",
]


class Utf8StreamDecoder:
    """Incremental UTF-8 decoder that only ever returns whole characters.

    Invalid bytes become U+FFFD rather than raising: a model can emit byte
    tokens that never form valid UTF-8 and generation must not crash on them.
    """

    def __init__(self) -> None:
        """Create a decoder with an empty byte buffer."""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        """Decode ``data``, keeping an incomplete trailing sequence buffered.

        Args:
            data: The next chunk of bytes (typically one token's bytes).

        Returns:
            The newly completed characters (possibly empty).
        """
        return self._decoder.decode(data, final=False)

    def flush(self) -> str:
        """Finish decoding; a dangling incomplete sequence becomes U+FFFD.

        Returns:
            Any characters still buffered.
        """
        return self._decoder.decode(b"", final=True)


@dataclass(frozen=True, slots=True)
class Release:
    """Result of feeding text to a :class:`StopStringMatcher`.

    Attributes:
        text: Text that is now safe to emit.
        stop_string: The stop string that was found, or ``None``. When set,
            ``text`` is everything up to (excluding) the stop string and the
            generation must stop.
    """

    text: str
    stop_string: str | None = None


def truncate_at_stop(text: str, stop_strings: Sequence[str]) -> Release:
    """Reference (non-streaming) stop-string semantics for a complete text.

    Args:
        text: The full text.
        stop_strings: Stop strings; empty strings are ignored.

    Returns:
        The text before the first-completed stop string (see module doc) and
        that stop string, or the whole text and ``None``.
    """
    best: tuple[int, int, str] | None = None
    for stop in stop_strings:
        if not stop:
            continue
        start = text.find(stop)
        if start < 0:
            continue
        key = (start + len(stop), start, stop)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None:
        return Release(text)
    return Release(text[: best[1]], best[2])


class StopStringMatcher:
    """Streaming stop-string detector with hold-back of ambiguous suffixes."""

    def __init__(self, stop_strings: Sequence[str]) -> None:
        """Prepare the matcher.

        Args:
            stop_strings: Stop strings. Empty strings are ignored because they
                would match before any text and make generation useless.
        """
        self._stops: tuple[str, ...] = tuple(dict.fromkeys(s for s in stop_strings if s))
        # Every proper prefix of every stop string: the hold-back test is then
        # one set lookup per candidate suffix length instead of a scan.
        self._prefixes: frozenset[str] = frozenset(
            s[:i] for s in self._stops for i in range(1, len(s))
        )
        self._max_hold = max((len(s) - 1 for s in self._stops), default=0)
        self._pending = ""
        self._stopped = False

    @property
    def pending(self) -> str:
        """Text currently held back because it may start a stop string."""
        return self._pending

    def feed(self, text: str) -> Release:
        """Add text and release whatever can no longer be part of a stop string.

        Args:
            text: Newly decoded text.

        Returns:
            The releasable text, plus the stop string if one completed. After a
            stop string was found, further calls raise ``RuntimeError``.

        Raises:
            RuntimeError: If called after a stop string was already found.
        """
        if self._stopped:
            raise RuntimeError("feed() called after a stop string was found")
        if not self._stops:
            return Release(text)
        buffer = self._pending + text
        found = truncate_at_stop(buffer, self._stops)
        if found.stop_string is not None:
            # Everything before the occurrence is clean: any earlier-completing
            # occurrence would have been reported by a previous feed().
            self._stopped = True
            self._pending = ""
            return found
        hold = self._held_suffix_length(buffer)
        self._pending = buffer[len(buffer) - hold :]
        return Release(buffer[: len(buffer) - hold])

    def flush(self) -> str:
        """Release held-back text when generation ends for another reason.

        Returns:
            The held-back text (which contains no stop string).
        """
        out, self._pending = self._pending, ""
        return out

    def _held_suffix_length(self, buffer: str) -> int:
        # Longest suffix that is a proper prefix of some stop string; longest
        # first so the whole possibly-starting stop string is retained.
        for length in range(min(self._max_hold, len(buffer)), 0, -1):
            if buffer[-length:] in self._prefixes:
                return length
        return 0


class PieceAssembler:
    """Turns per-token bytes into emit-safe text pieces with token counts.

    Combines :class:`Utf8StreamDecoder` and :class:`StopStringMatcher` and
    tracks how many tokens contributed to text not yet emitted, so that each
    emitted piece can say how many tokens it accounts for.
    """

    def __init__(self, stop_strings: Sequence[str]) -> None:
        """Create an assembler.

        Args:
            stop_strings: Stop strings (see :class:`StopStringMatcher`).
        """
        self._decoder = Utf8StreamDecoder()
        self._matcher = StopStringMatcher(stop_strings)
        self._unreported_tokens = 0
        self.stop_string: str | None = None

    def feed(self, token_bytes: bytes) -> tuple[str, int]:
        """Feed one token's bytes.

        Args:
            token_bytes: The detokenized bytes of exactly one token.

        Returns:
            ``(text, tokens)``: text that may be emitted now (possibly empty)
            and the number of tokens it accounts for (0 when ``text`` is
            empty). Once :attr:`stop_string` is set, the caller must stop.
        """
        self._unreported_tokens += 1
        release = self._matcher.feed(self._decoder.feed(token_bytes))
        if release.stop_string is not None:
            self.stop_string = release.stop_string
        return self._take(release.text)

    def finish(self) -> tuple[str, int]:
        """Flush buffered bytes and held-back text at the end of generation.

        Returns:
            ``(text, tokens)`` as for :meth:`feed`. Does nothing after a stop
            string was found, because nothing after it may be emitted.
        """
        if self.stop_string is not None:
            return "", 0
        release = self._matcher.feed(self._decoder.flush())
        if release.stop_string is not None:
            self.stop_string = release.stop_string
            return self._take(release.text)
        return self._take(release.text + self._matcher.flush())

    def _take(self, text: str) -> tuple[str, int]:
        if not text:
            return "", 0
        tokens, self._unreported_tokens = self._unreported_tokens, 0
        return text, tokens


TokenSource: TypeAlias = Generator[bytes | None, None, None]
"""Per-token bytes from an engine's sampler; ``None`` stands for an EOG token."""


@dataclass(slots=True)
class GenerationClock:
    """Timestamps of one generation and the stats derived from them.

    Every engine reports stats through this class so that the definitions in
    :class:`Finished` hold for all of them.
    """

    started: float = field(default_factory=time.perf_counter)
    prompt_done: float | None = None
    first_token: float | None = None
    first_piece: float | None = None

    def finished(
        self,
        reason: StopReason,
        stop_string: str | None,
        prompt_tokens: int,
        predicted_tokens: int,
    ) -> Finished:
        """Stop the clock and build the final event.

        Args:
            reason: Why generation ended.
            stop_string: The stop string found, if any.
            prompt_tokens: Number of prompt tokens.
            predicted_tokens: Number of tokens sampled.

        Returns:
            The :class:`Finished` event.
        """
        end = time.perf_counter()
        prompt_done = self.prompt_done if self.prompt_done is not None else end
        first_output = self.first_piece or self.first_token or end
        predicting = end - prompt_done
        return Finished(
            stop_reason=reason,
            stop_string=stop_string if reason == "stopStringFound" else None,
            prompt_tokens=prompt_tokens,
            predicted_tokens=predicted_tokens,
            time_to_first_token_sec=first_output - self.started,
            tokens_per_second=(
                predicted_tokens / predicting if predicted_tokens and predicting > 0 else 0.0
            ),
            total_time_sec=end - self.started,
        )


def stream_tokens(
    source: TokenSource,
    *,
    params: GenerationParams,
    cancel: threading.Event,
    prompt_tokens: int,
    context_length: int,
    clock: GenerationClock,
) -> Iterator[Piece | Finished]:
    """Turn sampled tokens into pieces and a final event, enforcing every limit.

    Shared by all engines so stop reasons, token counts and text are produced
    identically. Before each token is requested the limits are checked in this
    order: ``max_tokens``, context length, ``cancel``. Because a token is only
    requested after checking ``cancel``, cancellation stops within one token.
    ``source`` is closed when this generator ends.

    Args:
        source: The engine's sampler (see :data:`TokenSource`).
        params: Generation parameters (``max_tokens``, ``stop_strings``).
        cancel: Stops generation with ``"userStopped"`` when set.
        prompt_tokens: Number of prompt tokens, for the context limit.
        context_length: Context window size.
        clock: The generation's clock; ``prompt_done`` should be set.

    Yields:
        :class:`Piece` events, then exactly one :class:`Finished`.
    """
    assembler = PieceAssembler(params.stop_strings)
    predicted = 0
    reason: StopReason
    try:
        while True:
            if params.max_tokens is not None and predicted >= params.max_tokens:
                reason = "maxPredictedTokensReached"
                break
            if prompt_tokens + predicted >= context_length:
                # The last sampled token has no position left to be evaluated
                # at, so nothing further can be predicted.
                reason = "contextLengthReached"
                break
            if cancel.is_set():
                reason = "userStopped"
                break
            try:
                token_bytes = next(source)
            except StopIteration:
                # A finite source (the replay engine) ending is its EOS.
                reason = "eosFound"
                break
            predicted += 1
            if clock.first_token is None:
                clock.first_token = time.perf_counter()
            if token_bytes is None:
                reason = "eosFound"
                break
            text, count = assembler.feed(token_bytes)
            if text:
                if clock.first_piece is None:
                    clock.first_piece = time.perf_counter()
                yield Piece(text, count)
            if assembler.stop_string is not None:
                reason = "stopStringFound"
                break
    finally:
        source.close()
    text, count = assembler.finish()
    if text:
        if clock.first_piece is None:
            clock.first_piece = time.perf_counter()
        yield Piece(text, count)
    yield clock.finished(reason, assembler.stop_string, prompt_tokens, predicted)
