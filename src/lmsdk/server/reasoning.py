"""Marking a model's thinking as reasoning fragments, as LM Studio does.

Models that think write ``<think>...</think>`` before their answer; when the
chat template already opens the block (the rendered prompt ends with
``<think>``, as Qwen3's and DeepSeek-R1's templates do), the generation
starts inside it. The splitter cuts the streamed text into segments typed
with the protocol's ``reasoningType``: ``reasoningStartTag`` and
``reasoningEndTag`` for the tags themselves, ``reasoning`` between them and
``none`` outside. A tag may arrive split across pieces, so a trailing partial
tag is held back until the next piece (or the end) decides it.
"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

__all__ = ["END_TAG", "START_TAG", "ReasoningSplitter", "Segment", "starts_in_reasoning"]

START_TAG: Final = "<think>"
END_TAG: Final = "</think>"

ReasoningType: TypeAlias = Literal["none", "reasoning", "reasoningStartTag", "reasoningEndTag"]
Segment: TypeAlias = tuple[str, ReasoningType]


def starts_in_reasoning(prompt: str) -> bool:
    """Whether the chat template left the think block open for the model to fill."""
    tail = prompt.rstrip()
    return tail.endswith(START_TAG) and END_TAG not in tail[tail.rfind(START_TAG) :]


class ReasoningSplitter:
    """Splits streamed text into reasoning-typed segments."""

    def __init__(self, *, in_reasoning: bool = False) -> None:
        self.in_reasoning = in_reasoning
        self._held = ""

    def feed(self, text: str) -> list[Segment]:
        """Segments of ``text`` (plus what was held back) that are decided; may be empty."""
        buffer = self._held + text
        self._held = ""
        segments: list[Segment] = []
        while buffer:
            tag = END_TAG if self.in_reasoning else START_TAG
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
