# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `config` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET
from lmsdk._generated.tools import LlmToolUseSetting

__all__ = [
    "EmbeddingLoadModelConfig",
    "KvConfigField",
    "KvConfig",
    "KvConfigLayerName",
    "KvConfigStackLayer",
    "KvConfigStack",
    "LlmLoadModelConfig",
    "GpuSetting",
    "LlmSplitStrategy",
    "GpuSplitStrategy",
    "GpuSplitConfig",
    "LlamaCacheQuantizationType",
    "LlmLoadPromptTemplate",
    "LlmPredictionConfig",
    "LlmContextOverflowPolicy",
    "LlmStructuredPredictionType",
    "LlmStructuredPredictionSetting",
    "LlmReasoningParsing",
    "LlmPromptTemplateType",
    "LlmManualPromptTemplate",
    "LlmJinjaPromptTemplate",
    "LlmPromptTemplate",
    "LlmToolChoiceMode",
    "LlmToolChoice",
    "LlmToolNaming",
    "GpuOffloadRatio",
]


@attrs.frozen(kw_only=True)
class EmbeddingLoadModelConfig:
    """Settings used when an embedding model is loaded; each field is sent as a KV field in the apiOverride layer."""

    context_length: int | None = None
    """Context window size in tokens."""
    gpu: GpuSetting | None = None
    """How much of the model goes to the GPU and how it is split across GPUs."""
    rope_frequency_base: float | None = None
    """RoPE base frequency (unset: the model's own)."""
    rope_frequency_scale: float | None = None
    """RoPE frequency scale factor (unset: the model's own)."""
    keep_model_in_memory: bool | None = None
    """Whether to keep the model in system memory even when offloaded to the GPU."""
    try_mmap: bool | None = None
    """Whether to memory-map the model file."""


@attrs.frozen(kw_only=True)
class KvConfigField:
    """One setting: a dotted KV key and its value."""

    key: str
    """Dotted config key such as llm.prediction.temperature."""
    value: Any = UNSET
    """The setting's value, encoded as the key requires."""


@attrs.frozen(kw_only=True)
class KvConfig:
    """A set of settings."""

    fields: list[KvConfigField]
    """The settings, at most one per key."""


KvConfigLayerName: TypeAlias = Literal[
    "currentlyEditing",
    "currentlyLoaded",
    "apiOverride",
    "conversationSpecific",
    "conversationGlobal",
    "preset",
    "serverSession",
    "httpServerRequestOverride",
    "completeModeFormatting",
    "instance",
    "userModelDefault",
    "virtualModel",
    "modelDefault",
    "hardware",
]
"""Source of one layer of a config stack."""


@attrs.frozen(kw_only=True)
class KvConfigStackLayer:
    """One named layer of a config stack."""

    layer_name: KvConfigLayerName
    """Where this layer comes from; SDK clients use apiOverride."""
    config: KvConfig
    """The layer's settings."""


@attrs.frozen(kw_only=True)
class KvConfigStack:
    """Config layers that are merged in order, later layers winning."""

    layers: list[KvConfigStackLayer]
    """The layers, lowest priority first."""


@attrs.frozen(kw_only=True)
class LlmLoadModelConfig:
    """Settings used when a model is loaded; each field is sent as a KV field in the apiOverride layer."""

    context_length: int | None = None
    """Context window size in tokens."""
    gpu: GpuSetting | None = None
    """How much of the model goes to the GPU and how it is split across GPUs."""
    gpu_strict_vram_cap: bool | None = None
    """Whether to refuse to spill past dedicated GPU memory."""
    offload_kv_cache_to_gpu: bool | None = None
    """Whether the KV cache is kept in GPU memory."""
    seed: int | Literal[False] | None = None
    """Random seed, or false for a random one."""
    rope_frequency_base: float | Literal[False] | None = None
    """RoPE base frequency, or false for the model default."""
    rope_frequency_scale: float | Literal[False] | None = None
    """RoPE frequency scale factor, or false for the model default."""
    eval_batch_size: int | None = None
    """Tokens processed per evaluation batch."""
    flash_attention: bool | None = None
    """Whether to use flash attention."""
    keep_model_in_memory: bool | None = None
    """Whether to keep the model resident in system memory."""
    use_fp16_for_kv_cache: bool | None = None
    """Whether the KV cache is stored in half precision."""
    try_mmap: bool | None = None
    """Whether to memory-map the model file if possible."""
    num_experts: int | None = None
    """Number of experts to activate in a mixture-of-experts model."""
    llama_k_cache_quantization_type: LlamaCacheQuantizationType | Literal[False] | None = None
    """Quantization of the K cache, or false for the default."""
    llama_v_cache_quantization_type: LlamaCacheQuantizationType | Literal[False] | None = None
    """Quantization of the V cache, or false for the default."""
    max_parallel_predictions: int | None = None
    """Most predictions the instance runs at once (newer servers only)."""
    physical_batch_size: int | None = None
    """Tokens per physical batch on the device (newer servers only)."""
    use_unified_kv_cache: bool | None = None
    """Whether parallel predictions share one KV cache (newer servers only)."""
    try_direct_io: bool | None = None
    """Whether to read the model file with direct I/O if possible (newer servers only)."""
    auto_fit: bool | None = None
    """Whether the llama.cpp engine fits the context length and GPU offload to the machine by itself (protocol 2.0.0; 2.0.0 sends false whenever a manual context length or GPU setting is given)."""
    auto_fit_min_context_length: int | None = None
    """Smallest context length automatic fitting may choose (protocol 2.0.0)."""
    context_checkpoints: int | None = None
    """Context checkpoints kept per llama.cpp slot; 0 disables them (protocol 2.0.0)."""
    reasoning_budget_message: str | None = None
    """Text inserted when a reasoning budget runs out (protocol 2.0.0)."""
    speculative_draft_model: str | None = None
    """Model key of a draft model for load-time speculative decoding (protocol 2.0.0)."""
    speculative_draft_mtp: bool | None = None
    """Whether to draft with the model's bundled multi-token prediction heads (protocol 2.0.0)."""
    speculative_draft_simple: bool | None = None
    """Whether to draft with a separate draft model (protocol 2.0.0)."""
    speculative_draft_max_tokens: int | None = None
    """Most draft tokens per step (protocol 2.0.0)."""
    speculative_draft_min_tokens: int | None = None
    """Shortest draft worth verifying (protocol 2.0.0)."""
    speculative_draft_min_continue_probability: float | None = None
    """Drafting continues while the token probability is at least this (protocol 2.0.0)."""
    mlx_disk_cache: bool | None = None
    """Whether the MLX engine caches prompts on disk (protocol 2.0.0)."""
    prompt_template: LlmLoadPromptTemplate | None = None
    """A jinja prompt template that replaces the model's own for every prediction on the instance (protocol 2.0.0)."""


@attrs.frozen(kw_only=True)
class GpuSetting:
    """GPU offload and multi-GPU split settings."""

    ratio: GpuOffloadRatio | None = None
    """Share of the model offloaded to the GPU."""
    main_gpu: int | None = None
    """Index of the GPU to prefer."""
    split_strategy: LlmSplitStrategy | None = None
    """How layers are spread over several GPUs."""
    disabled_gpus: list[int] | None = None
    """Indices of GPUs not to use."""


LlmSplitStrategy: TypeAlias = Literal["evenly", "favorMainGpu"]
"""User-facing strategy for splitting a model over GPUs."""


GpuSplitStrategy: TypeAlias = Literal["evenly", "priorityOrder", "custom", "tensor"]
"""Wire-level strategy inside load.gpuSplitConfig (tensor: protocol 2.0.0)."""


@attrs.frozen(kw_only=True)
class GpuSplitConfig:
    """The KV value of load.gpuSplitConfig that a GpuSetting is encoded into."""

    strategy: GpuSplitStrategy
    """How layers are spread over GPUs."""
    disabled_gpus: list[int]
    """Indices of GPUs not to use."""
    priority: list[int]
    """GPU indices in order of preference."""
    custom_ratio: list[float]
    """Per-GPU shares for the custom strategy."""


LlamaCacheQuantizationType: TypeAlias = Literal[
    "f32", "f16", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1"
]
"""Storage type for llama.cpp K/V cache entries."""


@attrs.frozen(kw_only=True)
class LlmLoadPromptTemplate:
    """A load-time prompt template (always jinja)."""

    type: Literal["jinja"] = "jinja"
    jinja_prompt_template: LlmJinjaPromptTemplate
    """The template."""


@attrs.frozen(kw_only=True)
class LlmPredictionConfig:
    """Settings for one prediction; each field is sent as a KV field in the apiOverride layer."""

    temperature: float | None = None
    """Sampling temperature; higher is more random."""
    max_tokens: int | Literal[False] | None = None
    """Most tokens to generate, or false for no limit."""
    stop_strings: list[str] | None = None
    """Strings that end the prediction when generated."""
    tool_call_stop_strings: list[str] | None = None
    """Strings that end the prediction with stop reason toolCalls."""
    context_overflow_policy: LlmContextOverflowPolicy | None = None
    """What to do when the conversation outgrows the context window."""
    structured: LlmStructuredPredictionSetting | None = None
    """Constrains the output to a JSON schema or grammar."""
    raw_tools: LlmToolUseSetting | None = None
    """Tools offered to the model."""
    tool_choice: LlmToolChoice | None = None
    """Whether the model may, must or must not call tools (newer servers only)."""
    tool_naming: LlmToolNaming | None = None
    """How tool names are rewritten before the model sees them (newer servers only)."""
    top_k_sampling: float | None = None
    """Only sample from the K most likely tokens."""
    top_p_sampling: float | Literal[False] | None = None
    """Nucleus sampling probability mass, or false to disable."""
    min_p_sampling: float | Literal[False] | None = None
    """Minimum token probability to be considered, or false to disable."""
    repeat_penalty: float | Literal[False] | None = None
    """Penalty for repeating tokens (1 means none), or false to disable."""
    presence_penalty: float | Literal[False] | None = None
    """Penalty for tokens that already appeared (-2 to 2, the range llama.cpp and OpenAI take), or false to disable (newer servers only)."""
    xtc_probability: float | Literal[False] | None = None
    """Chance per token of applying XTC sampling, or false to disable (newer servers only)."""
    xtc_threshold: float | Literal[False] | None = None
    """Lower probability threshold for XTC sampling, or false to disable (newer servers only)."""
    log_probs: int | Literal[False] | None = None
    """How many top log-probabilities to report per token, or false for none (newer servers only)."""
    cpu_threads: int | None = None
    """CPU threads used for inference."""
    enable_thinking: bool | None = None
    """Whether reasoning models should think before answering (newer servers only)."""
    reasoning_budget: int | Literal[False] | None = None
    """Most tokens to spend on reasoning, or false for no limit (newer servers only)."""
    reasoning_parsing: LlmReasoningParsing | None = None
    """How reasoning sections are recognised in the output."""
    prompt_template: LlmPromptTemplate | None = None
    """Overrides how the history is formatted into a prompt."""
    draft_model: str | None = None
    """Model key of the draft model for speculative decoding; empty string turns it off."""
    speculative_decoding_num_draft_tokens_exact: int | None = None
    """Exact number of tokens to draft per step."""
    speculative_decoding_min_draft_length_to_consider: int | None = None
    """Fewest drafted tokens worth checking with the main model."""
    speculative_decoding_min_continue_drafting_probability: float | None = None
    """Stop drafting when the draft model's confidence falls below this."""
    user_max_image_dimension_pixels: int | Literal[False] | None = None
    """Longest image side, in pixels, after resizing, or false for no cap (newer servers only)."""
    ignore_model_preferred_max_image_dimension: bool | None = None
    """Whether to ignore the model's own preferred image size cap (newer servers only)."""


LlmContextOverflowPolicy: TypeAlias = Literal["stopAtLimit", "truncateMiddle", "rollingWindow"]
"""What happens when the conversation no longer fits in the context window."""


LlmStructuredPredictionType: TypeAlias = Literal["none", "json", "gbnf"]
"""Kind of output constraint."""


@attrs.frozen(kw_only=True)
class LlmStructuredPredictionSetting:
    """Constraint on the shape of the generated text."""

    type: LlmStructuredPredictionType
    """Which kind of constraint to apply."""
    json_schema: Any = UNSET
    """JSON Schema the output must follow when type is json."""
    gbnf_grammar: str | None = None
    """GBNF grammar the output must follow when type is gbnf."""


@attrs.frozen(kw_only=True)
class LlmReasoningParsing:
    """Markers that delimit reasoning sections in the model output."""

    enabled: bool
    """Whether reasoning sections are separated out."""
    start_string: str
    """Text that opens a reasoning section."""
    end_string: str
    """Text that closes a reasoning section."""


LlmPromptTemplateType: TypeAlias = Literal["manual", "jinja"]
"""Which template style a prompt template uses."""


@attrs.frozen(kw_only=True)
class LlmManualPromptTemplate:
    """Fixed strings wrapped around each message to build the prompt."""

    before_system: str
    """Inserted before a system message."""
    after_system: str
    """Inserted after a system message."""
    before_user: str
    """Inserted before a user message."""
    after_user: str
    """Inserted after a user message."""
    before_assistant: str
    """Inserted before an assistant message."""
    after_assistant: str
    """Inserted after an assistant message."""


@attrs.frozen(kw_only=True)
class LlmJinjaPromptTemplate:
    """A Jinja template that renders the whole prompt."""

    template: str
    """The Jinja template source."""


@attrs.frozen(kw_only=True)
class LlmPromptTemplate:
    """How the chat history is turned into the model's prompt text."""

    type: LlmPromptTemplateType
    """Which of the two template fields is used."""
    manual_prompt_template: LlmManualPromptTemplate | None = None
    """The template when type is manual."""
    jinja_prompt_template: LlmJinjaPromptTemplate | None = None
    """The template when type is jinja."""
    stop_strings: list[str]
    """Extra stop strings that belong with this template."""


LlmToolChoiceMode: TypeAlias = Literal["none", "auto", "required"]
"""Whether tool calls are forbidden, optional or required."""


@attrs.frozen(kw_only=True)
class LlmToolChoice:
    """Policy for whether the model calls tools."""

    type: Literal["generic"] = "generic"
    mode: LlmToolChoiceMode
    """The policy."""


LlmToolNaming: TypeAlias = Literal["passThrough", "removeSpecial", "snakeCase", "camelCase"]
"""How tool names are rewritten before they are shown to the model."""


GpuOffloadRatio: TypeAlias = float | Literal["max", "off"]
"""Fraction of layers offloaded to the GPU, or max/off."""
