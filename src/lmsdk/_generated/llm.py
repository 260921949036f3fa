# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `llm` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET, Unset
from lmsdk._generated.chat import ChatHistoryData
from lmsdk._generated.common import ModelSpecifier, SerializedError
from lmsdk._generated.config import KvConfig, KvConfigStack
from lmsdk._generated.model_info import LlmInfo, LlmInstanceInfo, ModelInstanceInfo
from lmsdk._generated.tools import LlmTool, ToolCallRequest

__all__ = [
    "CompleteRawTextCreationParameter",
    "GetOrLoadCreationParameter",
    "GetOrLoadAlreadyLoadedPacket",
    "GetOrLoadStartLoadingPacket",
    "GetOrLoadUnloadingOtherJitModelPacket",
    "GetOrLoadLoadProgressPacket",
    "GetOrLoadLoadSuccessPacket",
    "GetOrLoadCancelPacket",
    "LoadModelCreationParameter",
    "LoadModelResolvedPacket",
    "LoadModelProgressPacket",
    "LoadModelSuccessPacket",
    "LoadModelCancelPacket",
    "PredictCreationParameter",
    "PredictFragmentPacket",
    "PredictPromptProcessingProgressPacket",
    "PredictToolCallGenerationStartPacket",
    "PredictToolCallGenerationNameReceivedPacket",
    "PredictToolCallGenerationArgumentFragmentGeneratedPacket",
    "PredictToolCallGenerationEndPacket",
    "PredictToolCallGenerationFailedPacket",
    "PredictSuccessPacket",
    "PredictCancelPacket",
    "LlmReasoningType",
    "LlmPredictionFragment",
    "LlmTokenCandidate",
    "LlmPredictionToken",
    "LlmPromptProcessingDetails",
    "LlmPredictionStopReason",
    "LlmPredictionStats",
    "GetModelInfoParameter",
    "UnloadModelParameter",
    "CountTokensParameter",
    "CountTokensResult",
    "TokenizeParameter",
    "TokenizeResult",
    "LlmApplyPromptTemplateOpts",
    "ApplyPromptTemplateParameter",
    "ApplyPromptTemplateResult",
    "GetLoadConfigParameter",
    "GetBasePredictionConfigParameter",
    "ModelInstanceProcessingStatus",
    "GetInstanceProcessingStateParameter",
    "InstanceProcessingState",
    "EstimateModelUsageParameter",
    "ModelMemoryEstimateConfidence",
    "ModelMemoryEstimate",
    "ModelUsageEstimate",
    "CompleteRawTextToClientPacket",
    "GetOrLoadToClientPacket",
    "GetOrLoadToServerPacket",
    "LoadModelToClientPacket",
    "LoadModelToServerPacket",
    "PredictToClientPacket",
    "PredictToServerPacket",
]


@attrs.frozen(kw_only=True)
class CompleteRawTextCreationParameter:
    """Starts a raw text completion."""

    model_specifier: ModelSpecifier
    """The loaded model to complete with."""
    raw_prompt: str
    """The text to continue, exactly as the model should see it."""
    prediction_config_stack: KvConfigStack
    """Prediction settings."""
    fuzzy_preset_identifier: str | None = None
    """Name of a preset to apply, matched loosely."""
    ignore_server_session_config: bool | None = None
    """Whether to leave out the server's session-wide settings."""


@attrs.frozen(kw_only=True)
class GetOrLoadCreationParameter:
    """Gets a loaded instance matching an identifier, loading the model if needed."""

    identifier: str
    """Model key, model path or instance identifier."""
    load_ttl_ms: int | None = None
    """Idle time in milliseconds after which an instance loaded by this call is unloaded."""
    load_config_stack: KvConfigStack
    """Load settings used if a load happens."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device to load on, or null for local (newer servers only)."""


@attrs.frozen(kw_only=True)
class GetOrLoadAlreadyLoadedPacket:
    """A matching instance was already loaded."""

    type: Literal["alreadyLoaded"] = "alreadyLoaded"
    info: LlmInstanceInfo
    """The existing instance."""


@attrs.frozen(kw_only=True)
class GetOrLoadStartLoadingPacket:
    """No instance matched, so the model is being loaded."""

    type: Literal["startLoading"] = "startLoading"
    identifier: str
    """Identifier the new instance will get."""
    info: LlmInfo
    """The model being loaded."""


@attrs.frozen(kw_only=True)
class GetOrLoadUnloadingOtherJitModelPacket:
    """Another just-in-time loaded model is being unloaded to make room."""

    type: Literal["unloadingOtherJITModel"] = "unloadingOtherJITModel"
    info: ModelInstanceInfo
    """The instance being unloaded."""


@attrs.frozen(kw_only=True)
class GetOrLoadLoadProgressPacket:
    """Progress of the load."""

    type: Literal["loadProgress"] = "loadProgress"
    progress: float
    """Fraction loaded."""


@attrs.frozen(kw_only=True)
class GetOrLoadLoadSuccessPacket:
    """The model finished loading."""

    type: Literal["loadSuccess"] = "loadSuccess"
    info: LlmInstanceInfo
    """The new instance."""


@attrs.frozen(kw_only=True)
class GetOrLoadCancelPacket:
    """Asks the server to abandon the load."""

    type: Literal["cancel"] = "cancel"


@attrs.frozen(kw_only=True)
class LoadModelCreationParameter:
    """Loads a new instance of a model."""

    model_key: str
    """Key of the model to load."""
    identifier: str | None = None
    """Identifier to give the new instance."""
    ttl_ms: int | None = None
    """Idle time in milliseconds after which the instance is unloaded."""
    load_config_stack: KvConfigStack
    """Load settings."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device to load on, or null for local (newer servers only)."""


@attrs.frozen(kw_only=True)
class LoadModelResolvedPacket:
    """The model key was resolved to a downloaded model."""

    type: Literal["resolved"] = "resolved"
    info: LlmInfo
    """The model that will be loaded."""
    ambiguous: list[str] | None = None
    """Other models the key could also have meant."""


@attrs.frozen(kw_only=True)
class LoadModelProgressPacket:
    """Progress of the load."""

    type: Literal["progress"] = "progress"
    progress: float
    """Fraction loaded."""


@attrs.frozen(kw_only=True)
class LoadModelSuccessPacket:
    """The model finished loading."""

    type: Literal["success"] = "success"
    info: LlmInstanceInfo
    """The new instance."""


@attrs.frozen(kw_only=True)
class LoadModelCancelPacket:
    """Asks the server to abandon the load."""

    type: Literal["cancel"] = "cancel"


@attrs.frozen(kw_only=True)
class PredictCreationParameter:
    """Starts a prediction."""

    model_specifier: ModelSpecifier
    """The loaded model to predict with."""
    history: ChatHistoryData
    """The conversation to respond to."""
    prediction_config_stack: KvConfigStack
    """Prediction settings."""
    fuzzy_preset_identifier: str | None = None
    """Name of a preset to apply, matched loosely."""
    ignore_server_session_config: bool | None = None
    """Whether to skip the server's session-level config (internal flag)."""


@attrs.frozen(kw_only=True)
class PredictFragmentPacket:
    """A newly generated piece of text."""

    type: Literal["fragment"] = "fragment"
    fragment: LlmPredictionFragment
    """The generated text."""
    logprobs: Any = UNSET
    """Per-token log-probabilities sent by older servers."""


@attrs.frozen(kw_only=True)
class PredictPromptProcessingProgressPacket:
    """Progress of reading the prompt before generation starts."""

    type: Literal["promptProcessingProgress"] = "promptProcessingProgress"
    progress: float
    """Fraction of the prompt processed."""
    details: LlmPromptProcessingDetails | None = None
    """Token counts behind the progress. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""


@attrs.frozen(kw_only=True)
class PredictToolCallGenerationStartPacket:
    """The model started writing a tool call."""

    type: Literal["toolCallGenerationStart"] = "toolCallGenerationStart"
    tool_call_id: str | None = None
    """Id of the tool call being generated."""


@attrs.frozen(kw_only=True)
class PredictToolCallGenerationNameReceivedPacket:
    """The name of the tool being called is known."""

    type: Literal["toolCallGenerationNameReceived"] = "toolCallGenerationNameReceived"
    name: str
    """Name of the tool."""


@attrs.frozen(kw_only=True)
class PredictToolCallGenerationArgumentFragmentGeneratedPacket:
    """A raw chunk of the tool call's argument text."""

    type: Literal["toolCallGenerationArgumentFragmentGenerated"] = (
        "toolCallGenerationArgumentFragmentGenerated"
    )
    content: str
    """The argument text chunk."""


@attrs.frozen(kw_only=True)
class PredictToolCallGenerationEndPacket:
    """A tool call was generated completely."""

    type: Literal["toolCallGenerationEnd"] = "toolCallGenerationEnd"
    tool_call_request: ToolCallRequest
    """The parsed tool call."""
    raw_content: str | None = None
    """The tool call text as the model wrote it."""


@attrs.frozen(kw_only=True)
class PredictToolCallGenerationFailedPacket:
    """A tool call could not be parsed."""

    type: Literal["toolCallGenerationFailed"] = "toolCallGenerationFailed"
    error: SerializedError
    """Why parsing failed."""
    raw_content: str | None = None
    """The tool call text as the model wrote it."""


@attrs.frozen(kw_only=True)
class PredictSuccessPacket:
    """The prediction finished; the server closes the channel next."""

    type: Literal["success"] = "success"
    stats: LlmPredictionStats
    """Statistics of the prediction."""
    model_info: LlmInstanceInfo
    """The instance that made the prediction."""
    load_model_config: KvConfig
    """Effective load settings of that instance."""
    prediction_config: KvConfig
    """Effective, merged prediction settings."""


@attrs.frozen(kw_only=True)
class PredictCancelPacket:
    """Asks the server to stop the prediction early."""

    type: Literal["cancel"] = "cancel"


LlmReasoningType: TypeAlias = Literal["none", "reasoning", "reasoningStartTag", "reasoningEndTag"]
"""Whether a fragment is reasoning, a reasoning delimiter, or ordinary output."""


@attrs.frozen(kw_only=True)
class LlmPredictionFragment:
    """A chunk of generated text."""

    content: str
    """The generated text."""
    tokens_count: int
    """Approximate number of tokens in this chunk."""
    contains_drafted: bool
    """Whether the chunk includes tokens from a speculative-decoding draft model."""
    reasoning_type: LlmReasoningType
    """Which part of the output the chunk belongs to."""
    is_structural: bool | None = None
    """Whether the chunk is scaffolding (such as a reasoning tag) rather than content. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    tokens: list[LlmPredictionToken] | None = None
    """The tokens of the chunk with their log-probabilities, when the prediction asked for them (protocol 2.0.0; replaces the packet's logprobs)."""


@attrs.frozen(kw_only=True)
class LlmTokenCandidate:
    """A token the model could have chosen instead, with its log-probability."""

    text: str
    """The token's text."""
    id: int
    """The token id."""
    log_prob: float
    """Natural log of its probability."""


@attrs.frozen(kw_only=True)
class LlmPredictionToken:
    """One generated token (protocol 2.0.0)."""

    text: str
    """The token's text."""
    id: int
    """The token id."""
    log_prob: float | None = None
    """Natural log of its probability."""
    candidates: list[LlmTokenCandidate] | None = None
    """The most likely alternatives."""


@attrs.frozen(kw_only=True)
class LlmPromptProcessingDetails:
    """Token counts behind a prompt-processing progress report."""

    cached_token_count: int
    """Prompt tokens reused from the cache."""
    total_prompt_token_count: int
    """Tokens in the whole prompt."""
    processed_prompt_token_count: int
    """Prompt tokens processed so far."""
    unprocessed_prompt_token_count: int
    """Prompt tokens still to process."""


LlmPredictionStopReason: TypeAlias = Literal[
    "userStopped",
    "modelUnloaded",
    "failed",
    "eosFound",
    "stopStringFound",
    "toolCalls",
    "maxPredictedTokensReached",
    "contextLengthReached",
]
"""Why a prediction ended."""


@attrs.frozen(kw_only=True)
class LlmPredictionStats:
    """Timing and token statistics of a finished prediction."""

    stop_reason: LlmPredictionStopReason
    """Why the prediction ended."""
    stop_string: str | None = None
    """The stop string that ended the prediction (newer servers only)."""
    tokens_per_second: float | None = None
    """Average generation speed."""
    num_gpu_layers: float | None = None
    """Number of model layers run on the GPU."""
    time_to_first_token_sec: float | None = None
    """Seconds until the first token was generated."""
    total_time_sec: float | None = None
    """Seconds the whole prediction took (newer servers only)."""
    prompt_tokens_count: int | None = None
    """Tokens in the prompt."""
    predicted_tokens_count: int | None = None
    """Tokens generated."""
    total_tokens_count: int | None = None
    """Prompt plus generated tokens."""
    used_draft_model_key: str | None = None
    """Model key of the draft model, if speculative decoding was used."""
    total_draft_tokens_count: int | None = None
    """Tokens produced by the draft model."""
    accepted_draft_tokens_count: int | None = None
    """Draft tokens the main model accepted."""
    rejected_draft_tokens_count: int | None = None
    """Draft tokens the main model rejected."""
    ignored_draft_tokens_count: int | None = None
    """Draft tokens never checked by the main model."""


@attrs.frozen(kw_only=True)
class GetModelInfoParameter:
    """Looks up a loaded LLM instance."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    throw_if_not_found: bool
    """Whether a miss is an error rather than an absent result."""


@attrs.frozen(kw_only=True)
class UnloadModelParameter:
    """Unloads a loaded LLM instance."""

    identifier: str
    """Identifier of the instance to unload."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device the instance runs on, or null for local (newer servers only)."""


@attrs.frozen(kw_only=True)
class CountTokensParameter:
    """Counts the tokens a text becomes under a model's tokenizer."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    input_string: str
    """The text to count."""


@attrs.frozen(kw_only=True)
class CountTokensResult:
    """Token count of a text."""

    token_count: int
    """Number of tokens."""


@attrs.frozen(kw_only=True)
class TokenizeParameter:
    """Turns a text into token ids with a model's tokenizer."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    input_string: str
    """The text to tokenize."""


@attrs.frozen(kw_only=True)
class TokenizeResult:
    """Token ids of a text."""

    tokens: list[float]
    """The token ids in order."""


@attrs.frozen(kw_only=True)
class LlmApplyPromptTemplateOpts:
    """Options for rendering a prompt template."""

    omit_bos_token: bool | None = None
    """Whether to leave out the beginning-of-sequence token."""
    omit_eos_token: bool | None = None
    """Whether to leave out the end-of-sequence token."""
    tool_definitions: list[LlmTool] | None = None
    """Tools to describe in the rendered prompt."""


@attrs.frozen(kw_only=True)
class ApplyPromptTemplateParameter:
    """Renders a chat history into prompt text with a model's template."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    history: ChatHistoryData
    """The conversation to render."""
    prediction_config_stack: KvConfigStack
    """Prediction settings that affect formatting."""
    opts: LlmApplyPromptTemplateOpts
    """Rendering options."""


@attrs.frozen(kw_only=True)
class ApplyPromptTemplateResult:
    """A rendered prompt."""

    formatted: str
    """The prompt text."""


@attrs.frozen(kw_only=True)
class GetLoadConfigParameter:
    """Asks for the load settings of a loaded instance."""

    specifier: ModelSpecifier
    """The loaded model to use."""


@attrs.frozen(kw_only=True)
class GetBasePredictionConfigParameter:
    """Asks for the prediction settings a loaded instance starts from, before any request's own layers."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    ignore_server_session_config: bool | None = None
    """Whether to leave out the server's session-wide settings."""


ModelInstanceProcessingStatus: TypeAlias = Literal[
    "idle", "processingPrompt", "generating", "computingEmbedding"
]
"""What a loaded instance is busy with."""


@attrs.frozen(kw_only=True)
class GetInstanceProcessingStateParameter:
    """Asks what a loaded instance is doing."""

    specifier: ModelSpecifier
    """The loaded model to use."""
    throw_if_not_found: bool
    """Whether a miss is an error rather than an absent result."""


@attrs.frozen(kw_only=True)
class InstanceProcessingState:
    """What a loaded instance is doing and how many requests wait for it."""

    status: ModelInstanceProcessingStatus
    """The instance's current work."""
    queued: int
    """Requests for the instance, including the one it is working on (as lmstudio-js documents it); 0 when idle."""


@attrs.frozen(kw_only=True)
class EstimateModelUsageParameter:
    """Asks how much memory loading a downloaded model with some load settings would take."""

    model_key: str
    """Key of the downloaded model."""
    load_config_stack: KvConfigStack
    """The load settings (the context length matters most)."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device to load on, or null for this machine."""


ModelMemoryEstimateConfidence: TypeAlias = Literal["high", "low"]
"""How far an estimate can be trusted: high when the server measured what it reports, low for a rule-of-thumb estimate."""


@attrs.frozen(kw_only=True)
class ModelMemoryEstimate:
    """Estimated memory a model instance would take, in bytes."""

    confidence: ModelMemoryEstimateConfidence
    """How far the figures can be trusted."""
    model_vram_bytes: float
    """Weights placed in GPU memory."""
    context_vram_bytes: float
    """Context (K/V cache and buffers) placed in GPU memory."""
    total_vram_bytes: float
    """All GPU memory."""
    model_bytes: float
    """Weights in total."""
    context_bytes: float
    """Context in total."""
    total_bytes: float
    """Everything in total."""


@attrs.frozen(kw_only=True)
class ModelUsageEstimate:
    """Estimated resource use of loading a model."""

    memory: ModelMemoryEstimate
    """Estimated memory."""
    passes_guardrails: bool
    """Whether the server's memory guardrails would let the load go ahead."""


CompleteRawTextToClientPacket: TypeAlias = (
    PredictFragmentPacket | PredictPromptProcessingProgressPacket | PredictSuccessPacket
)
"""A packet the server sends during a raw text completion. Tagged by `type`."""


GetOrLoadToClientPacket: TypeAlias = (
    GetOrLoadAlreadyLoadedPacket
    | GetOrLoadStartLoadingPacket
    | GetOrLoadUnloadingOtherJitModelPacket
    | GetOrLoadLoadProgressPacket
    | GetOrLoadLoadSuccessPacket
)
"""A packet the server sends on a getOrLoad channel. Tagged by `type`."""


GetOrLoadToServerPacket: TypeAlias = GetOrLoadCancelPacket
"""A packet the client may send on a getOrLoad channel. Tagged by `type`."""


LoadModelToClientPacket: TypeAlias = (
    LoadModelResolvedPacket | LoadModelProgressPacket | LoadModelSuccessPacket
)
"""A packet the server sends on a loadModel channel. Tagged by `type`."""


LoadModelToServerPacket: TypeAlias = LoadModelCancelPacket
"""A packet the client may send on a loadModel channel. Tagged by `type`."""


PredictToClientPacket: TypeAlias = (
    PredictFragmentPacket
    | PredictPromptProcessingProgressPacket
    | PredictToolCallGenerationStartPacket
    | PredictToolCallGenerationNameReceivedPacket
    | PredictToolCallGenerationArgumentFragmentGeneratedPacket
    | PredictToolCallGenerationEndPacket
    | PredictToolCallGenerationFailedPacket
    | PredictSuccessPacket
)
"""A packet the server sends during a prediction. Tagged by `type`."""


PredictToServerPacket: TypeAlias = PredictCancelPacket
"""A packet the client may send during a prediction. Tagged by `type`."""
