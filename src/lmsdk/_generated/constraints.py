# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""The value constraints schema/ states (minimum, maximum, lengths, item counts), per class field.

The client checks configs against this table before sending them, the server checks the configs it
reads, and the wire validator checks every frame, so that each range is stated once: in schema/.
(Types, required keys and enum values are the converter's job; this table holds only what a type
cannot say.)
"""

from __future__ import annotations

from typing import Any, Final

import attrs


@attrs.frozen(kw_only=True)
class Bounds:
    """The constraints of one field; each applies only to its kind of value, as in JSON Schema."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: Bounds | None = None
    """The bounds of every element of an array."""

    def problem(self, value: Any) -> str | None:
        """Why value breaks these bounds, or None when it keeps them (or is of another kind)."""
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            if (
                (self.minimum is not None and value < self.minimum)
                or (self.exclusive_minimum is not None and value <= self.exclusive_minimum)
                or (self.maximum is not None and value > self.maximum)
                or (self.exclusive_maximum is not None and value >= self.exclusive_maximum)
            ):
                return f"must be {self._span()}, found {value!r}"
            return None
        if isinstance(value, str):
            return _count("characters", len(value), self.min_length, self.max_length)
        if isinstance(value, list | tuple):
            found = _count("items", len(value), self.min_items, self.max_items)
            if found is None and self.items is not None:
                for i, item in enumerate(value):
                    inner = self.items.problem(item)
                    if inner is not None:
                        return f"item {i} {inner}"
            return found
        return None

    def _span(self) -> str:
        parts = [
            f"{op} {_num(bound)}"
            for op, bound in (
                (">=", self.minimum),
                (">", self.exclusive_minimum),
                ("<=", self.maximum),
                ("<", self.exclusive_maximum),
            )
            if bound is not None
        ]
        return " and ".join(parts)


def _num(bound: float) -> str:
    return repr(int(bound)) if float(bound).is_integer() else repr(bound)


def _count(what: str, n: int, low: int | None, high: int | None) -> str | None:
    if (low is not None and n < low) or (high is not None and n > high):
        span = (
            f"at least {low}"
            if high is None
            else (f"at most {high}" if low is None else f"{low} to {high}")
        )
        return f"must have {span} {what}, found {n}"
    return None


@attrs.frozen
class BoundedField:
    """One field that carries constraints."""

    py_name: str
    wire_name: str
    bounds: Bounds


CONSTRAINTS: Final[dict[str, tuple[BoundedField, ...]]] = {
    "ModelQuery": (
        BoundedField("identifier", "identifier", Bounds(min_length=1, max_length=1024)),
        BoundedField("path", "path", Bounds(min_length=1, max_length=1024)),
    ),
    "EmbeddingLoadModelConfig": (
        BoundedField("context_length", "contextLength", Bounds(minimum=1)),
        BoundedField("rope_frequency_base", "ropeFrequencyBase", Bounds(minimum=0)),
        BoundedField("rope_frequency_scale", "ropeFrequencyScale", Bounds(minimum=0)),
    ),
    "LlmLoadModelConfig": (
        BoundedField("context_length", "contextLength", Bounds(minimum=1)),
        BoundedField("seed", "seed", Bounds(minimum=-1)),
        BoundedField("rope_frequency_base", "ropeFrequencyBase", Bounds(minimum=0)),
        BoundedField("rope_frequency_scale", "ropeFrequencyScale", Bounds(minimum=0)),
        BoundedField("eval_batch_size", "evalBatchSize", Bounds(minimum=1)),
        BoundedField("num_experts", "numExperts", Bounds(minimum=0)),
        BoundedField(
            "max_parallel_predictions", "maxParallelPredictions", Bounds(minimum=1, maximum=1023)
        ),
        BoundedField("physical_batch_size", "physicalBatchSize", Bounds(minimum=1)),
        BoundedField("auto_fit_min_context_length", "autoFitMinContextLength", Bounds(minimum=0)),
        BoundedField("context_checkpoints", "contextCheckpoints", Bounds(minimum=0)),
        BoundedField(
            "speculative_draft_max_tokens", "speculativeDraftMaxTokens", Bounds(minimum=0)
        ),
        BoundedField(
            "speculative_draft_min_tokens", "speculativeDraftMinTokens", Bounds(minimum=0)
        ),
        BoundedField(
            "speculative_draft_min_continue_probability",
            "speculativeDraftMinContinueProbability",
            Bounds(minimum=0, maximum=1),
        ),
    ),
    "GpuSplitConfig": (
        BoundedField("disabled_gpus", "disabledGpus", Bounds(items=Bounds(minimum=0))),
        BoundedField("priority", "priority", Bounds(items=Bounds(minimum=0))),
        BoundedField("custom_ratio", "customRatio", Bounds(items=Bounds(minimum=0))),
    ),
    "LlmPredictionConfig": (
        BoundedField("temperature", "temperature", Bounds(minimum=0)),
        BoundedField("max_tokens", "maxTokens", Bounds(minimum=1)),
        BoundedField("stop_strings", "stopStrings", Bounds(items=Bounds(min_length=1))),
        BoundedField(
            "tool_call_stop_strings", "toolCallStopStrings", Bounds(items=Bounds(min_length=1))
        ),
        BoundedField("top_k_sampling", "topKSampling", Bounds(minimum=-1, maximum=500)),
        BoundedField("top_p_sampling", "topPSampling", Bounds(minimum=0, maximum=1)),
        BoundedField("min_p_sampling", "minPSampling", Bounds(minimum=0, maximum=1)),
        BoundedField("repeat_penalty", "repeatPenalty", Bounds(minimum=-1)),
        BoundedField("presence_penalty", "presencePenalty", Bounds(minimum=-2, maximum=2)),
        BoundedField("xtc_probability", "xtcProbability", Bounds(minimum=0, maximum=1)),
        BoundedField("xtc_threshold", "xtcThreshold", Bounds(minimum=0, maximum=1)),
        BoundedField("log_probs", "logProbs", Bounds(minimum=0, maximum=100)),
        BoundedField("cpu_threads", "cpuThreads", Bounds(minimum=1)),
        BoundedField("reasoning_budget", "reasoningBudget", Bounds(minimum=0)),
        BoundedField(
            "speculative_decoding_num_draft_tokens_exact",
            "speculativeDecodingNumDraftTokensExact",
            Bounds(minimum=1),
        ),
        BoundedField(
            "speculative_decoding_min_draft_length_to_consider",
            "speculativeDecodingMinDraftLengthToConsider",
            Bounds(minimum=0),
        ),
        BoundedField(
            "speculative_decoding_min_continue_drafting_probability",
            "speculativeDecodingMinContinueDraftingProbability",
            Bounds(minimum=0, maximum=1),
        ),
        BoundedField(
            "user_max_image_dimension_pixels", "userMaxImageDimensionPixels", Bounds(minimum=1)
        ),
    ),
    "EmbeddingGetOrLoadLoadProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "EmbeddingLoadModelCreationParameter": (BoundedField("ttl_ms", "ttlMs", Bounds(minimum=1)),),
    "EmbeddingLoadModelProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "UploadFileBase64Result": (BoundedField("size_bytes", "sizeBytes", Bounds(minimum=0)),),
    "ParseDocumentProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "RetrieveFileProcessListPacket": (
        BoundedField("indices", "indices", Bounds(items=Bounds(minimum=0))),
    ),
    "RetrieveFileProcessingStartPacket": (BoundedField("index", "index", Bounds(minimum=0)),),
    "RetrieveFileProcessingEndPacket": (BoundedField("index", "index", Bounds(minimum=0)),),
    "RetrieveFileProcessingStepStartPacket": (BoundedField("index", "index", Bounds(minimum=0)),),
    "RetrieveFileProcessingStepProgressPacket": (
        BoundedField("index", "index", Bounds(minimum=0)),
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "RetrieveFileProcessingStepEndPacket": (BoundedField("index", "index", Bounds(minimum=0)),),
    "InternalRetrievalResultEntry": (
        BoundedField("source_index", "sourceIndex", Bounds(minimum=0)),
        BoundedField("page_number", "pageNumber", Bounds(min_items=2, max_items=2)),
        BoundedField("line_number", "lineNumber", Bounds(min_items=2, max_items=2)),
    ),
    "GetOrLoadCreationParameter": (BoundedField("load_ttl_ms", "loadTtlMs", Bounds(minimum=1)),),
    "GetOrLoadLoadProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "LoadModelCreationParameter": (BoundedField("ttl_ms", "ttlMs", Bounds(minimum=1)),),
    "LoadModelProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "PredictPromptProcessingProgressPacket": (
        BoundedField("progress", "progress", Bounds(minimum=0, maximum=1)),
    ),
    "InstanceProcessingState": (BoundedField("queued", "queued", Bounds(minimum=0)),),
    "SearchRuntimeExtensionsParameter": (
        BoundedField("channel_override", "channelOverride", Bounds(min_length=1, max_length=30)),
    ),
    "StartHttpServerParameter": (BoundedField("port", "port", Bounds(minimum=1, maximum=65535)),),
    "AuthPacket": (
        BoundedField("client_identifier", "clientIdentifier", Bounds(max_length=256)),
        BoundedField("client_passkey", "clientPasskey", Bounds(max_length=256)),
    ),
}
"""Class name -> its fields that carry constraints, in schema order (classes without any are absent)."""

KV_BOUNDS: Final[dict[str, tuple[str, str]]] = {
    "embedding.load.contextLength": ("EmbeddingLoadModelConfig", "contextLength"),
    "embedding.load.llama.ropeFrequencyBase": ("EmbeddingLoadModelConfig", "ropeFrequencyBase"),
    "embedding.load.llama.ropeFrequencyScale": ("EmbeddingLoadModelConfig", "ropeFrequencyScale"),
    "llm.load.contextLength": ("LlmLoadModelConfig", "contextLength"),
    "llm.load.seed": ("LlmLoadModelConfig", "seed"),
    "llm.load.llama.ropeFrequencyBase": ("LlmLoadModelConfig", "ropeFrequencyBase"),
    "llm.load.llama.ropeFrequencyScale": ("LlmLoadModelConfig", "ropeFrequencyScale"),
    "llm.load.llama.evalBatchSize": ("LlmLoadModelConfig", "evalBatchSize"),
    "llm.load.numExperts": ("LlmLoadModelConfig", "numExperts"),
    "llm.load.numParallelSessions": ("LlmLoadModelConfig", "maxParallelPredictions"),
    "llm.load.llama.physicalBatchSize": ("LlmLoadModelConfig", "physicalBatchSize"),
    "llm.load.autoFitMinContextLength": ("LlmLoadModelConfig", "autoFitMinContextLength"),
    "llm.load.llama.contextCheckpoints": ("LlmLoadModelConfig", "contextCheckpoints"),
    "llm.load.llama.speculativeDecoding.draftMaxTokens": (
        "LlmLoadModelConfig",
        "speculativeDraftMaxTokens",
    ),
    "llm.load.llama.speculativeDecoding.draftMinTokens": (
        "LlmLoadModelConfig",
        "speculativeDraftMinTokens",
    ),
    "llm.load.llama.speculativeDecoding.draftMinContinueProbability": (
        "LlmLoadModelConfig",
        "speculativeDraftMinContinueProbability",
    ),
    "llm.prediction.temperature": ("LlmPredictionConfig", "temperature"),
    "llm.prediction.maxPredictedTokens": ("LlmPredictionConfig", "maxTokens"),
    "llm.prediction.stopStrings": ("LlmPredictionConfig", "stopStrings"),
    "llm.prediction.toolCallStopStrings": ("LlmPredictionConfig", "toolCallStopStrings"),
    "llm.prediction.topKSampling": ("LlmPredictionConfig", "topKSampling"),
    "llm.prediction.topPSampling": ("LlmPredictionConfig", "topPSampling"),
    "llm.prediction.minPSampling": ("LlmPredictionConfig", "minPSampling"),
    "llm.prediction.repeatPenalty": ("LlmPredictionConfig", "repeatPenalty"),
    "llm.prediction.llama.presencePenalty": ("LlmPredictionConfig", "presencePenalty"),
    "llm.prediction.llama.xtcProbability": ("LlmPredictionConfig", "xtcProbability"),
    "llm.prediction.llama.xtcThreshold": ("LlmPredictionConfig", "xtcThreshold"),
    "llm.prediction.logProbs": ("LlmPredictionConfig", "logProbs"),
    "llm.prediction.llama.cpuThreads": ("LlmPredictionConfig", "cpuThreads"),
    "llm.prediction.reasoning.budgetTokens": ("LlmPredictionConfig", "reasoningBudget"),
    "llm.prediction.speculativeDecoding.numDraftTokensExact": (
        "LlmPredictionConfig",
        "speculativeDecodingNumDraftTokensExact",
    ),
    "llm.prediction.speculativeDecoding.minDraftLengthToConsider": (
        "LlmPredictionConfig",
        "speculativeDecodingMinDraftLengthToConsider",
    ),
    "llm.prediction.speculativeDecoding.minContinueDraftingProbability": (
        "LlmPredictionConfig",
        "speculativeDecodingMinContinueDraftingProbability",
    ),
    "llm.prediction.vision.userMaxImageDimensionPixels": (
        "LlmPredictionConfig",
        "userMaxImageDimensionPixels",
    ),
}
"""KV config key -> (config class name, wire name) of a constrained config field, to check KV values."""
