"""Marking a model's thinking as reasoning fragments, as LM Studio does.

Models that think write ``<think>...</think>`` before their answer; when the
chat template already opens the block (the rendered prompt ends with
``<think>``, as Qwen3's and DeepSeek-R1's templates do), the generation
starts inside it. The splitter cuts the streamed text into segments typed
with the protocol's ``reasoningType``: ``reasoningStartTag`` and
``reasoningEndTag`` for the tags themselves, ``reasoning`` between them and
``none`` outside. A tag may arrive split across pieces, so a trailing partial
tag is held back until the next piece (or the end) decides it. A prediction's
``reasoningParsing`` setting (``llm.prediction.reasoning.parsing``) names other
markers, or turns the split off.
"""

from __future__ import annotations

from typing import Any, Final, Literal, TypeAlias

__all__ = [
    "END_TAG",
    "REASONING_PARSING",
    "START_TAG",
    "ReasoningSplitter",
    "Segment",
    "splitter_for",
    "starts_in_reasoning",
]

REASONING_PARSING: Final = "llm.prediction.reasoning.parsing"

START_TAG: Final = "<think>"
END_TAG: Final = "</think>"

ReasoningType: TypeAlias = Literal["none", "reasoning", "reasoningStartTag", "reasoningEndTag"]
Segment: TypeAlias = tuple[str, ReasoningType]


def starts_in_reasoning(prompt: str, start: str = START_TAG, end: str = END_TAG) -> bool:
    """Whether the chat template left the think block open for the model to fill."""
    tail = prompt.rstrip()
    return tail.endswith(start) and end not in tail[tail.rfind(start) :]


def splitter_for(parsing: Any, prompt: object) -> ReasoningSplitter:
    """The splitter for one prediction: its reasoningParsing setting and its rendered prompt.

    A malformed setting is ignored (the defaults apply), as an unknown config value would be.
    """
    start, end, enabled = START_TAG, END_TAG, True
    if isinstance(parsing, dict):
        enabled = parsing.get("enabled") is not False
        if isinstance(parsing.get("startString"), str) and parsing["startString"]:
            start = parsing["startString"]
        if isinstance(parsing.get("endString"), str) and parsing["endString"]:
            end = parsing["endString"]
    inside = enabled and isinstance(prompt, str) and starts_in_reasoning(prompt, start, end)
    return ReasoningSplitter(in_reasoning=inside, start=start, end=end, enabled=enabled)


class ReasoningSplitter:
    """Splits streamed text into reasoning-typed segments."""

    def __init__(
        self,
        *,
        in_reasoning: bool = False,
        start: str = START_TAG,
        end: str = END_TAG,
        enabled: bool = True,
    ) -> None:
        """Start outside (or inside) a reasoning block delimited by start and end."""
        self.in_reasoning = in_reasoning
        self.start = start
        self.end = end
        self.enabled = enabled
        self._held = ""

    def feed(self, text: str) -> list[Segment]:
        """Segments of ``text`` (plus what was held back) that are decided; may be empty."""
        if not self.enabled:
            return [(text, "none")] if text else []
        buffer = self._held + text
        self._held = ""
        segments: list[Segment] = []
        while buffer:
            tag = self.end if self.in_reasoning else self.start
            kind: ReasoningType = "reasoning" if self.in_reasoning else "none"
            found = buffer.find(tag)
            if found >= 0:
                if found:
                    segments.append((buffer[:found], kind))
                segments.append(
                    (tag, "reasoningEndTag" if self.in_reasoning else "reasoningStartTag")
                )
                self.in_reasoning = not self.in_reasoning
                buffer = buffer[found + len(tag) :]
                continue
            keep = _partial_tag_length(buffer, tag)
            if len(buffer) > keep:
                segments.append((buffer[: len(buffer) - keep], kind))
            self._held = buffer[len(buffer) - keep :]
            break
        return segments

    def finish(self) -> list[Segment]:
        """What is still held back, as text of the current kind (the stream has ended)."""
        held, self._held = self._held, ""
        return [(held, "reasoning" if self.in_reasoning else "none")] if held else []


def _partial_tag_length(text: str, tag: str) -> int:
    """Length of the longest end of ``text`` that starts ``tag`` (a tag cut by the piece's end)."""
    for length in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-length:]):
            return length
    return 0
