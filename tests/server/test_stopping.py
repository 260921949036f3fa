"""Property and unit tests of the shared stop-string / UTF-8 logic."""

from __future__ import annotations

import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from lmsdk.server.engine import Finished, GenerationParams, Piece
from lmsdk.server.stopping import (
    GenerationClock,
    PieceAssembler,
    StopStringMatcher,
    TokenSource,
    Utf8StreamDecoder,
    stream_tokens,
    truncate_at_stop,
)

# A small alphabet makes stop strings actually occur in random texts; the
# multi-byte letters exercise UTF-8 splitting.
ALPHABET = "ab\n é€😀"
texts = st.text(alphabet=ALPHABET, max_size=60)
stops = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), max_size=4)


def split_at(data: str | bytes, cuts: list[int]) -> list[str | bytes]:
    """Split ``data`` at the given (unsorted, possibly repeated) offsets."""
    points = sorted({c % (len(data) + 1) for c in cuts})
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def reference(text: str, stop_strings: list[str]) -> str:
    """Text truncated at the first-completed stop string occurrence (naive)."""
    for end in range(len(text) + 1):
        # Longest stop ending here wins: it starts earliest.
        for stop in sorted((s for s in stop_strings if s), key=len, reverse=True):
            if text[:end].endswith(stop):
                return text[: end - len(stop)]
    return text


@given(texts, stops, st.lists(st.integers(min_value=0), max_size=20))
def test_matcher_output_is_text_truncated_at_first_stop(
    text: str, stop_strings: list[str], cuts: list[int]
) -> None:
    matcher = StopStringMatcher(stop_strings)
    out: list[str] = []
    found: str | None = None
    for chunk in split_at(text, cuts):
        assert isinstance(chunk, str)
        release = matcher.feed(chunk)
        out.append(release.text)
        if release.stop_string is not None:
            found = release.stop_string
            break
    if found is None:
        out.append(matcher.flush())
    expected = reference(text, stop_strings)
    assert "".join(out) == expected
    assert truncate_at_stop(text, stop_strings).text == expected
    assert (found is not None) == any(s in text for s in stop_strings if s)
    if found is not None:
        assert found in stop_strings
        assert text.startswith(expected + found)


@given(texts, stops, st.lists(st.integers(min_value=0), max_size=20))
def test_emitted_text_never_contains_a_stop_string(
    text: str, stop_strings: list[str], cuts: list[int]
) -> None:
    matcher = StopStringMatcher(stop_strings)
    emitted = ""
    for chunk in split_at(text, cuts):
        assert isinstance(chunk, str)
        release = matcher.feed(chunk)
        emitted += release.text
        # Held-back text is never longer than the longest stop string allows.
        assert len(matcher.pending) < max((len(s) for s in stop_strings), default=1)
        assert not any(s in emitted for s in stop_strings)
        if release.stop_string is not None:
            break


@given(texts, stops, st.lists(st.integers(min_value=0), max_size=30))
def test_assembler_on_split_bytes_yields_whole_characters(
    text: str, stop_strings: list[str], cuts: list[int]
) -> None:
    data = text.encode("utf-8")
    assembler = PieceAssembler(stop_strings)
    pieces: list[str] = []
    token_total = 0
    chunks = split_at(data, cuts)
    for chunk in chunks:
        assert isinstance(chunk, bytes)
        piece, tokens = assembler.feed(chunk)
        if piece:
            pieces.append(piece)
            token_total += tokens
        if assembler.stop_string is not None:
            break
    piece, tokens = assembler.finish()
    if piece:
        pieces.append(piece)
        token_total += tokens
    assert "".join(pieces) == reference(text, stop_strings)
    assert "\ufffd" not in "".join(pieces)  # never a split character
    assert token_total <= len(chunks)


def test_utf8_decoder_buffers_split_multibyte_characters() -> None:
    decoder = Utf8StreamDecoder()
    euro = "€".encode()  # 3 bytes
    emoji = "😀".encode()  # 4 bytes
    assert decoder.feed(euro[:1]) == ""
    assert decoder.feed(euro[1:2]) == ""
    assert decoder.feed(euro[2:] + emoji[:2]) == "€"
    assert decoder.feed(emoji[2:] + b"x") == "😀x"
    assert decoder.flush() == ""


def test_utf8_decoder_replaces_invalid_and_dangling_bytes() -> None:
    decoder = Utf8StreamDecoder()
    assert decoder.feed(b"a\xff") == "a\ufffd"
    assert decoder.feed("é".encode()[:1]) == ""
    assert decoder.flush() == "\ufffd"


def test_assembler_counts_held_back_tokens_in_the_releasing_piece() -> None:
    assembler = PieceAssembler(["STOP"])
    assert assembler.feed(b"Hello") == ("Hello", 1)
    assert assembler.feed(b" S") == (" ", 1)  # "S" held back
    assert assembler.feed(b"T") == ("", 0)
    assert assembler.feed(b"x") == ("STx", 2)
    assert assembler.feed(b" ST") == (" ", 1)
    assert assembler.feed(b"OP!") == ("", 0)
    assert assembler.stop_string == "STOP"
    assert assembler.finish() == ("", 0)


def test_empty_stop_strings_are_ignored() -> None:
    matcher = StopStringMatcher(["", "z"])
    assert matcher.feed("abc").text == "abc"


def _source(chunks: list[bytes | None]) -> TokenSource:
    yield from chunks


def _run(chunks: list[bytes | None], **kwargs: object) -> list[Piece | Finished]:
    params = GenerationParams(**kwargs)  # type: ignore[arg-type]
    clock = GenerationClock()
    clock.prompt_done = clock.started
    return list(
        stream_tokens(
            _source(chunks),
            params=params,
            cancel=threading.Event(),
            prompt_tokens=3,
            context_length=10,
            clock=clock,
        )
    )


def test_stream_tokens_stop_reasons() -> None:
    events = _run([b"a", b"b", None, b"c"])
    final = events[-1]
    assert isinstance(final, Finished)
    assert (final.stop_reason, final.predicted_tokens) == ("eosFound", 3)
    assert "".join(e.text for e in events if isinstance(e, Piece)) == "ab"

    final = _run([b"x"] * 20, max_tokens=4)[-1]
    assert isinstance(final, Finished)
    assert (final.stop_reason, final.predicted_tokens) == ("maxPredictedTokensReached", 4)

    final = _run([b"x"] * 20)[-1]
    assert isinstance(final, Finished)
    assert (final.stop_reason, final.predicted_tokens) == ("contextLengthReached", 7)

    events = _run([b"he", b"llo ", b"wor", b"ld"], stop_strings=("o w",))
    final = events[-1]
    assert isinstance(final, Finished)
    assert (final.stop_reason, final.stop_string) == ("stopStringFound", "o w")
    assert "".join(e.text for e in events if isinstance(e, Piece)) == "hell"

    final = _run([b"a"], max_tokens=0)[-1]
    assert isinstance(final, Finished)
    assert (final.stop_reason, final.predicted_tokens) == ("maxPredictedTokensReached", 0)


@settings(max_examples=50)
@given(st.integers(min_value=0, max_value=30))
def test_stream_tokens_cancel_stops_within_one_token(cancel_after: int) -> None:
    cancel = threading.Event()
    produced = 0

    def source() -> TokenSource:
        nonlocal produced
        while True:
            produced += 1
            if produced > cancel_after:
                cancel.set()
            yield b"t"

    clock = GenerationClock()
    events = list(
        stream_tokens(
            source(),
            params=GenerationParams(),
            cancel=cancel,
            prompt_tokens=1,
            context_length=1000,
            clock=clock,
        )
    )
    final = events[-1]
    assert isinstance(final, Finished)
    assert final.stop_reason == "userStopped"
    assert final.predicted_tokens == cancel_after + 1
