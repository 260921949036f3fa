# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Config dictionaries: a `TypedDict` per config class and per object a config field holds.

Keys are the camelCase names the documentation writes (`{"temperature": 0.6, "maxTokens": 50}`), with
their value types, so a type checker flags a misspelt key or a wrong value. Every public signature that
takes a config accepts the dict or the typed config class; a nested object may be given either way too.
"""

from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from lmsdk._generated.config import (
    GpuOffloadRatio,
    GpuSetting,
    LlamaCacheQuantizationType,
    LlmContextOverflowPolicy,
    LlmJinjaPromptTemplate,
    LlmLoadPromptTemplate,
    LlmManualPromptTemplate,
    LlmPromptTemplate,
    LlmPromptTemplateType,
    LlmReasoningParsing,
    LlmSplitStrategy,
    LlmStructuredPredictionSetting,
    LlmStructuredPredictionType,
    LlmToolChoice,
    LlmToolChoiceMode,
    LlmToolNaming,
)
from lmsdk._generated.tools import (
    LlmTool,
    LlmToolFunction,
    LlmToolParameters,
    LlmToolUseSettingNone,
    LlmToolUseSettingToolArray,
)

__all__ = [
    "EmbeddingLoadModelConfigDict",
    "LlmLoadModelConfigDict",
    "GpuSettingDict",
    "LlmLoadPromptTemplateDict",
    "LlmPredictionConfigDict",
    "LlmStructuredPredictionSettingDict",
    "LlmReasoningParsingDict",
    "LlmManualPromptTemplateDict",
    "LlmJinjaPromptTemplateDict",
    "LlmPromptTemplateDict",
    "LlmToolChoiceDict",
    "LlmToolParametersDict",
    "LlmToolFunctionDict",
    "LlmToolDict",
    "LlmToolUseSettingNoneDict",
    "LlmToolUseSettingToolArrayDict",
]


class EmbeddingLoadModelConfigDict(TypedDict, total=False):
    """Settings used when an embedding model is loaded; each field is sent as a KV field in the apiOverride layer."""

    contextLength: int
    """Context window size in tokens."""
    gpu: GpuSetting | GpuSettingDict
    """How much of the model goes to the GPU and how it is split across GPUs."""
    ropeFrequencyBase: float
    """RoPE base frequency (unset: the model's own)."""
    ropeFrequencyScale: float
    """RoPE frequency scale factor (unset: the model's own)."""
    keepModelInMemory: bool
    """Whether to keep the model in system memory even when offloaded to the GPU."""
    tryMmap: bool
    """Whether to memory-map the model file."""


class LlmLoadModelConfigDict(TypedDict, total=False):
    """Settings used when a model is loaded; each field is sent as a KV field in the apiOverride layer."""

    contextLength: int
    """Context window size in tokens."""
    gpu: GpuSetting | GpuSettingDict
    """How much of the model goes to the GPU and how it is split across GPUs."""
    gpuStrictVramCap: bool
    """Whether to refuse to spill past dedicated GPU memory."""
    offloadKVCacheToGpu: bool
    """Whether the KV cache is kept in GPU memory."""
    seed: int | Literal[False]
    """Random seed, or false for a random one."""
    ropeFrequencyBase: float | Literal[False]
    """RoPE base frequency, or false for the model default."""
    ropeFrequencyScale: float | Literal[False]
    """RoPE frequency scale factor, or false for the model default."""
    evalBatchSize: int
    """Tokens processed per evaluation batch."""
    flashAttention: bool
    """Whether to use flash attention."""
    keepModelInMemory: bool
    """Whether to keep the model resident in system memory."""
    useFp16ForKVCache: bool
    """Whether the KV cache is stored in half precision."""
    tryMmap: bool
    """Whether to memory-map the model file if possible."""
    numExperts: int
    """Number of experts to activate in a mixture-of-experts model."""
    llamaKCacheQuantizationType: LlamaCacheQuantizationType | Literal[False]
    """Quantization of the K cache, or false for the default."""
    llamaVCacheQuantizationType: LlamaCacheQuantizationType | Literal[False]
    """Quantization of the V cache, or false for the default."""
    maxParallelPredictions: int
    """Most predictions the instance runs at once (newer servers only)."""
    physicalBatchSize: int
    """Tokens per physical batch on the device (newer servers only)."""
    useUnifiedKvCache: bool
    """Whether parallel predictions share one KV cache (newer servers only)."""
    tryDirectIO: bool
    """Whether to read the model file with direct I/O if possible (newer servers only)."""
    autoFit: bool
    """Whether the llama.cpp engine fits the context length and GPU offload to the machine by itself (protocol 2.0.0; 2.0.0 sends false whenever a manual context length or GPU setting is given)."""
    autoFitMinContextLength: int
    """Smallest context length automatic fitting may choose (protocol 2.0.0)."""
    contextCheckpoints: int
    """Context checkpoints kept per llama.cpp slot; 0 disables them (protocol 2.0.0)."""
    reasoningBudgetMessage: str
    """Text inserted when a reasoning budget runs out (protocol 2.0.0)."""
    speculativeDraftModel: str
    """Model key of a draft model for load-time speculative decoding (protocol 2.0.0)."""
    speculativeDraftMtp: bool
    """Whether to draft with the model's bundled multi-token prediction heads (protocol 2.0.0)."""
    speculativeDraftSimple: bool
    """Whether to draft with a separate draft model (protocol 2.0.0)."""
    speculativeDraftMaxTokens: int
    """Most draft tokens per step (protocol 2.0.0)."""
    speculativeDraftMinTokens: int
    """Shortest draft worth verifying (protocol 2.0.0)."""
    speculativeDraftMinContinueProbability: float
    """Drafting continues while the token probability is at least this (protocol 2.0.0)."""
    mlxDiskCache: bool
    """Whether the MLX engine caches prompts on disk (protocol 2.0.0)."""
    promptTemplate: LlmLoadPromptTemplate | LlmLoadPromptTemplateDict
    """A jinja prompt template that replaces the model's own for every prediction on the instance (protocol 2.0.0)."""


class GpuSettingDict(TypedDict, total=False):
    """GPU offload and multi-GPU split settings."""

    ratio: GpuOffloadRatio
    """Share of the model offloaded to the GPU."""
    mainGpu: int
    """Index of the GPU to prefer."""
    splitStrategy: LlmSplitStrategy
    """How layers are spread over several GPUs."""
    disabledGpus: list[int]
    """Indices of GPUs not to use."""


class LlmLoadPromptTemplateDict(TypedDict, total=False):
    """A load-time prompt template (always jinja)."""

    type: Required[Literal["jinja"]]
    jinjaPromptTemplate: Required[LlmJinjaPromptTemplate | LlmJinjaPromptTemplateDict]
    """The template."""


class LlmPredictionConfigDict(TypedDict, total=False):
    """Settings for one prediction; each field is sent as a KV field in the apiOverride layer."""

    temperature: float
    """Sampling temperature; higher is more random."""
    maxTokens: int | Literal[False]
    """Most tokens to generate, or false for no limit."""
    stopStrings: list[str]
    """Strings that end the prediction when generated."""
    toolCallStopStrings: list[str]
    """Strings that end the prediction with stop reason toolCalls."""
    contextOverflowPolicy: LlmContextOverflowPolicy
    """What to do when the conversation outgrows the context window."""
    structured: LlmStructuredPredictionSetting | LlmStructuredPredictionSettingDict
    """Constrains the output to a JSON schema or grammar."""
    rawTools: (
        LlmToolUseSettingNone
        | LlmToolUseSettingNoneDict
        | LlmToolUseSettingToolArray
        | LlmToolUseSettingToolArrayDict
    )
    """Tools offered to the model."""
    toolChoice: LlmToolChoice | LlmToolChoiceDict
    """Whether the model may, must or must not call tools (newer servers only)."""
    toolNaming: LlmToolNaming
    """How tool names are rewritten before the model sees them (newer servers only)."""
    topKSampling: float
    """Only sample from the K most likely tokens."""
    topPSampling: float | Literal[False]
    """Nucleus sampling probability mass, or false to disable."""
    minPSampling: float | Literal[False]
    """Minimum token probability to be considered, or false to disable."""
    repeatPenalty: float | Literal[False]
    """Penalty for repeating tokens (1 means none), or false to disable."""
    presencePenalty: float | Literal[False]
    """Penalty for tokens that already appeared (-2 to 2, the range llama.cpp and OpenAI take), or false to disable (newer servers only)."""
    xtcProbability: float | Literal[False]
    """Chance per token of applying XTC sampling, or false to disable (newer servers only)."""
    xtcThreshold: float | Literal[False]
    """Lower probability threshold for XTC sampling, or false to disable (newer servers only)."""
    logProbs: int | Literal[False]
    """How many top log-probabilities to report per token, or false for none (newer servers only)."""
    cpuThreads: int
    """CPU threads used for inference."""
    enableThinking: bool
    """Whether reasoning models should think before answering (newer servers only)."""
    reasoningBudget: int | Literal[False]
    """Most tokens to spend on reasoning, or false for no limit (newer servers only)."""
    reasoningParsing: LlmReasoningParsing | LlmReasoningParsingDict
    """How reasoning sections are recognised in the output."""
    promptTemplate: LlmPromptTemplate | LlmPromptTemplateDict
    """Overrides how the history is formatted into a prompt."""
    draftModel: str
    """Model key of the draft model for speculative decoding; empty string turns it off."""
    speculativeDecodingNumDraftTokensExact: int
    """Exact number of tokens to draft per step."""
    speculativeDecodingMinDraftLengthToConsider: int
    """Fewest drafted tokens worth checking with the main model."""
    speculativeDecodingMinContinueDraftingProbability: float
    """Stop drafting when the draft model's confidence falls below this."""
    userMaxImageDimensionPixels: int | Literal[False]
    """Longest image side, in pixels, after resizing, or false for no cap (newer servers only)."""
    ignoreModelPreferredMaxImageDimension: bool
    """Whether to ignore the model's own preferred image size cap (newer servers only)."""


class LlmStructuredPredictionSettingDict(TypedDict, total=False):
    """Constraint on the shape of the generated text."""

    type: Required[LlmStructuredPredictionType]
    """Which kind of constraint to apply."""
    jsonSchema: Any
    """JSON Schema the output must follow when type is json."""
    gbnfGrammar: str
    """GBNF grammar the output must follow when type is gbnf."""


class LlmReasoningParsingDict(TypedDict, total=False):
    """Markers that delimit reasoning sections in the model output."""

    enabled: Required[bool]
    """Whether reasoning sections are separated out."""
    startString: Required[str]
    """Text that opens a reasoning section."""
    endString: Required[str]
    """Text that closes a reasoning section."""


class LlmManualPromptTemplateDict(TypedDict, total=False):
    """Fixed strings wrapped around each message to build the prompt."""

    beforeSystem: Required[str]
    """Inserted before a system message."""
    afterSystem: Required[str]
    """Inserted after a system message."""
    beforeUser: Required[str]
    """Inserted before a user message."""
    afterUser: Required[str]
    """Inserted after a user message."""
    beforeAssistant: Required[str]
    """Inserted before an assistant message."""
    afterAssistant: Required[str]
    """Inserted after an assistant message."""


class LlmJinjaPromptTemplateDict(TypedDict, total=False):
    """A Jinja template that renders the whole prompt."""

    template: Required[str]
    """The Jinja template source."""


class LlmPromptTemplateDict(TypedDict, total=False):
    """How the chat history is turned into the model's prompt text."""

    type: Required[LlmPromptTemplateType]
    """Which of the two template fields is used."""
    manualPromptTemplate: LlmManualPromptTemplate | LlmManualPromptTemplateDict
    """The template when type is manual."""
    jinjaPromptTemplate: LlmJinjaPromptTemplate | LlmJinjaPromptTemplateDict
    """The template when type is jinja."""
    stopStrings: Required[list[str]]
    """Extra stop strings that belong with this template."""


class LlmToolChoiceDict(TypedDict, total=False):
    """Policy for whether the model calls tools."""

    type: Required[Literal["generic"]]
    mode: Required[LlmToolChoiceMode]
    """The policy."""


# Some keys are not Python identifiers, so this one is spelt as a call.
LlmToolParametersDict = TypedDict(
    "LlmToolParametersDict",
    {
        "type": Required[Literal["object"]],
        "properties": Required[dict[str, Any]],
        "required": list[str],
        "additionalProperties": bool,
        "$defs": dict[str, Any],
    },
    total=False,
)
"""JSON Schema of a function tool's arguments object."""


class LlmToolFunctionDict(TypedDict, total=False):
    """Name, documentation and argument schema of a function tool."""

    name: Required[str]
    """Name the model uses to call the tool."""
    description: str
    """What the tool does, shown to the model."""
    parameters: LlmToolParameters | LlmToolParametersDict
    """Schema of the arguments."""


class LlmToolDict(TypedDict, total=False):
    """A tool the model may call."""

    type: Required[Literal["function"]]
    function: Required[LlmToolFunction | LlmToolFunctionDict]
    """The function being offered."""


class LlmToolUseSettingNoneDict(TypedDict, total=False):
    """Offer no tools."""

    type: Required[Literal["none"]]


class LlmToolUseSettingToolArrayDict(TypedDict, total=False):
    """Offer a list of tools."""

    type: Required[Literal["toolArray"]]
    tools: list[LlmTool | LlmToolDict]
    """The tools to offer."""
    force: bool
    """Whether the model must call a tool (dropped by newer servers)."""
