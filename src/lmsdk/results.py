"""Prediction fragments and results, and the pure fold from predict packets to a result.

Both front ends call `PredictionFolder`, so the rules (what joins into content, when `parsed` is JSON,
how progress is reported) exist once. The result's content is the fragments joined in order: nothing
streamed is ever lost from the final text, and nothing appears there that was not streamed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs

from lmsdk._generated.config import LlmLoadModelConfig, LlmPredictionConfig
from lmsdk._generated.llm import (
    LlmPredictionFragment,
    LlmPredictionStats,
    PredictFragmentPacket,
    PredictPromptProcessingProgressPacket,
    PredictSuccessPacket,
    PredictToolCallGenerationEndPacket,
    PredictToolCallGenerationFailedPacket,
)
from lmsdk._generated.model_info import LlmInstanceInfo
from lmsdk._generated.tools import ToolCallRequest
from lmsdk.config import config_from_kv

__all__ = ["ActResult", "PredictionFragment", "PredictionResult", "PredictionRoundResult"]


@attrs.frozen(kw_only=True)
class PredictionFragment:
    """One streamed piece of a prediction; `str(fragment)` is its text."""

    content: str
    tokens_count: int
    reasoning_type: str = "none"
    contains_drafted: bool = False
    is_structural: bool = False

    def __str__(self) -> str:
        return self.content

    @classmethod
    def from_wire(cls, fragment: LlmPredictionFragment) -> PredictionFragment:
        """Convert the generated wire model."""
        return cls(
            content=fragment.content,
            tokens_count=fragment.tokens_count,
            reasoning_type=fragment.reasoning_type,
            contains_drafted=fragment.contains_drafted,
            is_structural=bool(fragment.is_structural),
        )


@attrs.frozen(kw_only=True)
class PredictionResult:
    """The outcome of respond()/complete(): content, parsed structure, stats and model info.

    `str(result)` is the content (or pretty JSON of `parsed` for structured results).
    """

    content: str
    parsed: str | dict[str, Any]
    structured: bool
    stats: LlmPredictionStats
    model_info: LlmInstanceInfo
    prediction_config: LlmPredictionConfig
    load_config: LlmLoadModelConfig
    fragments_count: int = 0
    tool_calls: tuple[ToolCallRequest, ...] = ()
    """The tool calls the model made (stop reason `toolCalls`), in order; not run."""
    failed_tool_calls: tuple[str, ...] = ()
    """Why each tool call the model started could not be used (malformed or cut off)."""
    reasoning_content: str = ""
    """The model's thinking (fragments typed `reasoning`, e.g. inside <think> tags)."""
    non_reasoning_content: str = ""
    """The answer without the thinking and its tags (fragments typed `none`); `content` has both."""

    def __str__(self) -> str:
        if self.structured:
            return json.dumps(self.parsed, indent=2, ensure_ascii=False)
        return self.content


@attrs.frozen(kw_only=True)
class PredictionRoundResult(PredictionResult):
    """The result of one prediction round of `act()`."""

    round_index: int
    """The round that produced it, from 0."""

    @classmethod
    def from_result(cls, result: PredictionResult, round_index: int) -> PredictionRoundResult:
        """The same result, tagged with its round."""
        return cls(round_index=round_index, **attrs.asdict(result, recurse=False))


@attrs.frozen(kw_only=True)
class ActResult:
    """Summary of an `act()` call; the rounds themselves are reported through its callbacks."""

    rounds: int
    """How many prediction rounds ran."""
    total_time_seconds: float
    """Wall time of the whole call, tools included."""


ProgressCallback = Callable[[float], Any]
FragmentCallback = Callable[[PredictionFragment], Any]


class PredictionFolder:
    """Fold predict packets into fragments, progress reports and finally a PredictionResult."""

    def __init__(
        self,
        *,
        structured: bool,
        on_progress: ProgressCallback | None = None,
        on_first_token: Callable[[], Any] | None = None,
        on_fragment: FragmentCallback | None = None,
    ) -> None:
        self._structured = structured
        self._on_progress = on_progress
        self._on_first_token = on_first_token
        self._on_fragment = on_fragment
        self._parts: list[str] = []
        # As lmstudio-js: structural fragments (the think tags) are in neither part.
        self._reasoning: list[str] = []
        self._non_reasoning: list[str] = []
        self._tool_calls: list[ToolCallRequest] = []
        self._failed_tool_calls: list[str] = []
        self._progress = -1.0
        self.cancelled = False
        self.result: PredictionResult | None = None

    @property
    def content(self) -> str:
        """Everything streamed so far."""
        return "".join(self._parts)

    def _report(self, progress: float) -> None:
        # Report 0.0 first and then only rising values, as the official SDK does.
        if self._on_progress is not None and progress > self._progress:
            if self._progress < 0 and progress > 0:
                self._on_progress(0.0)
            self._progress = progress
            self._on_progress(progress)
        self._progress = max(self._progress, progress)

    def feed(self, packet: Any) -> PredictionFragment | None:
        """Take one toClient packet; returns the fragment it carried, if any."""
        if isinstance(packet, PredictFragmentPacket):
            if self.cancelled:
                return None  # fragments in flight after a cancel are not part of the answer
            if not self._parts:
                self._report(1.0)
                if self._on_first_token is not None:
                    self._on_first_token()
            fragment = PredictionFragment.from_wire(packet.fragment)
            self._parts.append(fragment.content)
            if not fragment.is_structural and fragment.reasoning_type == "reasoning":
                self._reasoning.append(fragment.content)
            elif not fragment.is_structural and fragment.reasoning_type == "none":
                self._non_reasoning.append(fragment.content)
            if self._on_fragment is not None:
                self._on_fragment(fragment)
            return fragment
        if isinstance(packet, PredictPromptProcessingProgressPacket):
            self._report(float(packet.progress))
        elif isinstance(packet, PredictToolCallGenerationEndPacket):
            self._tool_calls.append(packet.tool_call_request)
        elif isinstance(packet, PredictToolCallGenerationFailedPacket):
            error = packet.error
            reason = error.root_title or error.title or error.cause or "unknown error"
            raw = f" (the model wrote {packet.raw_content!r})" if packet.raw_content else ""
            self._failed_tool_calls.append(f"{reason}{raw}")
        elif isinstance(packet, PredictSuccessPacket):
            self.result = self._finish(packet)
        return None

    def _finish(self, packet: PredictSuccessPacket) -> PredictionResult:
        content = self.content
        parsed: str | dict[str, Any] = content
        if self._structured and packet.stats.stop_reason != "userStopped":
            try:
                candidate = json.loads(content)
            except ValueError:
                candidate = None
            if isinstance(candidate, dict):
                parsed = candidate
        return PredictionResult(
            content=content,
            parsed=parsed,
            structured=parsed is not content,
            stats=packet.stats,
            model_info=packet.model_info,
            prediction_config=config_from_kv(packet.prediction_config.fields, LlmPredictionConfig),
            load_config=config_from_kv(packet.load_model_config.fields, LlmLoadModelConfig),
            fragments_count=len(self._parts),
            tool_calls=tuple(self._tool_calls),
            failed_tool_calls=tuple(self._failed_tool_calls),
            reasoning_content="".join(self._reasoning),
            non_reasoning_content="".join(self._non_reasoning),
        )
