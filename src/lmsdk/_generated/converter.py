# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Converters for every generated model: explicit camelCase renames, tagged unions, checked scalars.

Two flavours exist. The tolerant one (`TOLERANT`) is what clients and servers decode with: unknown keys are
ignored and unknown enum values pass through as plain strings, because newer peers send more. The strict
one (`STRICT`) rejects both; the wire validator uses it. In both, a wrong JSON type is an error: cattrs
would otherwise coerce "5" into 5 and hide a protocol bug.

`structure` and `unstructure` (and `TOLERANT`, which is a cattrs converter with them installed as its
hooks) run specialised functions generated for each class below: straight-line code, tagged unions
dispatched by a dict lookup on the tag, no per-field dispatch. They decode exactly as the generic
tolerant hooks of `make_converter` would. `TOLERANT` and `STRICT` are cattrs converters built on first
use (module `__getattr__`), so importing the SDK does not import cattrs.
"""

from __future__ import annotations

import threading
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from lmsdk._generated import converter_runtime as _runtime
from lmsdk._generated.base import UNSET, UnknownTagError
from lmsdk._generated.chat import (
    AssistantMessagePart,
    ChatHistoryData,
    ChatMessageAssistant,
    ChatMessageData,
    ChatMessagePartFile,
    ChatMessagePartText,
    ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    ChatRole,
    FileType,
    TextOrFileMessagePart,
)
from lmsdk._generated.common import (
    ErrorDisplayData,
    ErrorDisplayDataDomainMismatch,
    ErrorDisplayDataEngineDoesNotSupportFeature,
    ErrorDisplayDataIdentifierNotFound,
    ErrorDisplayDataMissingRuntimeExtension,
    ErrorDisplayDataNoModelMatchingQuery,
    ErrorDisplayDataPathNotFound,
    ErrorDisplayDataPresetNotFound,
    ErrorDisplayDataSpecificModelUnloaded,
    ModelDomainType,
    ModelQuery,
    ModelSpecifier,
    ModelSpecifierInstanceReference,
    ModelSpecifierQuery,
    PresetSample,
    SerializedError,
)
from lmsdk._generated.config import (
    EmbeddingLoadModelConfig,
    GpuOffloadRatio,
    GpuSetting,
    GpuSplitConfig,
    GpuSplitStrategy,
    KvConfig,
    KvConfigField,
    KvConfigLayerName,
    KvConfigStack,
    KvConfigStackLayer,
    LlamaCacheQuantizationType,
    LlmContextOverflowPolicy,
    LlmJinjaPromptTemplate,
    LlmLoadModelConfig,
    LlmLoadPromptTemplate,
    LlmManualPromptTemplate,
    LlmPredictionConfig,
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
from lmsdk._generated.converter_runtime import NO_TAG as _NO_TAG
from lmsdk._generated.converter_runtime import PRIMITIVES as _PRIMITIVES
from lmsdk._generated.converter_runtime import Tables, unstructure_any
from lmsdk._generated.converter_runtime import new as _new
from lmsdk._generated.converter_runtime import type_name as _type_name
from lmsdk._generated.converter_runtime import wrong as _wrong
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadAlreadyLoadedPacket,
    EmbeddingGetOrLoadLoadProgressPacket,
    EmbeddingGetOrLoadLoadSuccessPacket,
    EmbeddingGetOrLoadStartLoadingPacket,
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelProgressPacket,
    EmbeddingLoadModelResolvedPacket,
    EmbeddingLoadModelSuccessPacket,
    EmbeddingLoadModelToClientPacket,
    EmbedStringParameter,
    EmbedStringResult,
)
from lmsdk._generated.files import (
    DocumentParsingLibraryIdentifier,
    DocumentParsingOpts,
    GetDocumentParsingLibraryParameter,
    InternalRetrievalResult,
    InternalRetrievalResultEntry,
    ParseDocumentCancelPacket,
    ParseDocumentCreationParameter,
    ParseDocumentParserLoadedPacket,
    ParseDocumentProgressPacket,
    ParseDocumentResultPacket,
    ParseDocumentToClientPacket,
    ParseDocumentToServerPacket,
    RetrievalFileProcessingStep,
    RetrieveCreationParameter,
    RetrieveFileProcessingEndPacket,
    RetrieveFileProcessingStartPacket,
    RetrieveFileProcessingStepEndPacket,
    RetrieveFileProcessingStepProgressPacket,
    RetrieveFileProcessingStepStartPacket,
    RetrieveFileProcessListPacket,
    RetrieveResultPacket,
    RetrieveSearchingEndPacket,
    RetrieveSearchingStartPacket,
    RetrieveStopPacket,
    RetrieveToClientPacket,
    RetrieveToServerPacket,
    UploadFileBase64Parameter,
    UploadFileBase64Result,
)
from lmsdk._generated.llm import (
    ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult,
    CompleteRawTextCreationParameter,
    CompleteRawTextToClientPacket,
    CountTokensParameter,
    CountTokensResult,
    EstimateModelUsageParameter,
    GetBasePredictionConfigParameter,
    GetInstanceProcessingStateParameter,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    GetOrLoadAlreadyLoadedPacket,
    GetOrLoadCancelPacket,
    GetOrLoadCreationParameter,
    GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket,
    GetOrLoadStartLoadingPacket,
    GetOrLoadToClientPacket,
    GetOrLoadToServerPacket,
    GetOrLoadUnloadingOtherJitModelPacket,
    InstanceProcessingState,
    LlmApplyPromptTemplateOpts,
    LlmPredictionFragment,
    LlmPredictionStats,
    LlmPredictionStopReason,
    LlmPredictionToken,
    LlmPromptProcessingDetails,
    LlmReasoningType,
    LlmTokenCandidate,
    LoadModelCancelPacket,
    LoadModelCreationParameter,
    LoadModelProgressPacket,
    LoadModelResolvedPacket,
    LoadModelSuccessPacket,
    LoadModelToClientPacket,
    LoadModelToServerPacket,
    ModelInstanceProcessingStatus,
    ModelMemoryEstimate,
    ModelMemoryEstimateConfidence,
    ModelUsageEstimate,
    PredictCancelPacket,
    PredictCreationParameter,
    PredictFragmentPacket,
    PredictPromptProcessingProgressPacket,
    PredictSuccessPacket,
    PredictToClientPacket,
    PredictToolCallGenerationArgumentFragmentGeneratedPacket,
    PredictToolCallGenerationEndPacket,
    PredictToolCallGenerationFailedPacket,
    PredictToolCallGenerationNameReceivedPacket,
    PredictToolCallGenerationStartPacket,
    PredictToServerPacket,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import (
    EmbeddingModelInfo,
    EmbeddingModelInstanceInfo,
    LlmInfo,
    LlmInstanceInfo,
    ModelCompatibilityType,
    ModelInfo,
    ModelInstanceInfo,
    ModelQuantization,
)
from lmsdk._generated.runtime import (
    CpuArchitecture,
    CpuInfo,
    CpuInstructionSetExtension,
    CpuSurveyResult,
    DownloadRuntimeExtensionCancelPacket,
    DownloadRuntimeExtensionCreationParameter,
    DownloadRuntimeExtensionProgressPacket,
    DownloadRuntimeExtensionStartFinalizingPacket,
    DownloadRuntimeExtensionSuccessPacket,
    DownloadRuntimeExtensionToClientPacket,
    DownloadRuntimeExtensionToServerPacket,
    EngineCompatibility,
    EngineCompatibilityStatus,
    EngineHardwareSurvey,
    EngineSelections,
    GpuDetectionPlatform,
    GpuInfo,
    GpuIntegrationType,
    GpuSurveyResult,
    HardwareSurvey,
    MemoryInfo,
    ModelFormatName,
    RuntimeCpuTarget,
    RuntimeDownloadProgress,
    RuntimeEngineInfo,
    RuntimeEngineSpecifier,
    RuntimeExtension,
    RuntimeExtensionEngine,
    RuntimeExtensionFramework,
    RuntimeGpuTarget,
    SearchRuntimeExtensionsParameter,
    SearchRuntimeExtensionsResult,
    SelectEngineParameter,
    SurveyHardwareAll,
    SurveyHardwareCustom,
    SurveyHardwareParameter,
    SurveyHardwareResult,
    SurveyHardwareSelected,
    SurveyHardwareStatus,
    SurveyResult,
    SurveyResultCode,
    VisibleDevicesConfig,
)
from lmsdk._generated.system import (
    ListDownloadedModelVariantsParameter,
    NotifyParameter,
    StartHttpServerParameter,
    SystemInfoResult,
    SystemVersionResult,
)
from lmsdk._generated.tools import (
    LlmTool,
    LlmToolFunction,
    LlmToolParameters,
    LlmToolUseSetting,
    LlmToolUseSettingNone,
    LlmToolUseSettingToolArray,
    ToolCallRequest,
)
from lmsdk._generated.transport import (
    AuthPacket,
    AuthResult,
    ChannelClose,
    ChannelCreate,
    ChannelError,
    ClientChannelAck,
    ClientChannelSend,
    ClientMessage,
    ClientWritableSignalUpdate,
    CommunicationWarning,
    KeepAlive,
    KeepAliveAck,
    RpcCall,
    RpcError,
    RpcResult,
    ServerChannelAck,
    ServerChannelSend,
    ServerMessage,
    ServerWritableSignalUpdate,
    SignalError,
    SignalSubscribe,
    SignalUnsubscribe,
    SignalUpdate,
    WritableSignalError,
    WritableSignalSubscribe,
    WritableSignalUnsubscribe,
)
from lmsdk._generated.wire import CaptureOrigin, CaptureRecord

if TYPE_CHECKING:
    import cattrs

    TOLERANT: cattrs.Converter
    """Decodes what a peer sends: unknown keys are ignored and new enum values kept as strings."""

    STRICT: cattrs.Converter
    """Rejects unknown keys and enum values and reports every problem with its path."""

T = TypeVar("T")

RENAMES: Final[dict[type, dict[str, str]]] = {
    ChatHistoryData: {"messages": "messages"},
    ChatMessageSystem: {"role": "role", "content": "content"},
    ChatMessageUser: {"role": "role", "content": "content"},
    ChatMessageAssistant: {"role": "role", "content": "content"},
    ChatMessageTool: {"role": "role", "content": "content"},
    ChatMessagePartText: {"type": "type", "text": "text"},
    ChatMessagePartFile: {
        "type": "type",
        "name": "name",
        "identifier": "identifier",
        "size_bytes": "sizeBytes",
        "file_type": "fileType",
    },
    ChatMessagePartToolCallRequest: {"type": "type", "tool_call_request": "toolCallRequest"},
    ChatMessagePartToolCallResult: {
        "type": "type",
        "content": "content",
        "tool_call_id": "toolCallId",
        "name": "name",
    },
    SerializedError: {
        "title": "title",
        "root_title": "rootTitle",
        "cause": "cause",
        "suggestion": "suggestion",
        "error_data": "errorData",
        "display_data": "displayData",
        "stack": "stack",
    },
    ErrorDisplayDataSpecificModelUnloaded: {"code": "code"},
    ErrorDisplayDataNoModelMatchingQuery: {
        "code": "code",
        "query": "query",
        "loaded_models_sample": "loadedModelsSample",
        "total_loaded_models": "totalLoadedModels",
    },
    ErrorDisplayDataPathNotFound: {
        "code": "code",
        "path": "path",
        "available_paths_sample": "availablePathsSample",
        "total_models": "totalModels",
    },
    ErrorDisplayDataIdentifierNotFound: {
        "code": "code",
        "identifier": "identifier",
        "loaded_models_sample": "loadedModelsSample",
        "total_loaded_models": "totalLoadedModels",
    },
    ErrorDisplayDataDomainMismatch: {
        "code": "code",
        "path": "path",
        "actual_domain": "actualDomain",
        "expected_domain": "expectedDomain",
    },
    ErrorDisplayDataEngineDoesNotSupportFeature: {
        "code": "code",
        "feature": "feature",
        "engine_name": "engineName",
        "engine_type": "engineType",
        "installed_version": "installedVersion",
        "supported_version": "supportedVersion",
    },
    ErrorDisplayDataMissingRuntimeExtension: {"code": "code"},
    ErrorDisplayDataPresetNotFound: {
        "code": "code",
        "specified_fuzzy_preset_identifier": "specifiedFuzzyPresetIdentifier",
        "available_presets_sample": "availablePresetsSample",
        "total_available_presets": "totalAvailablePresets",
    },
    PresetSample: {"identifier": "identifier", "name": "name"},
    ModelQuery: {
        "domain": "domain",
        "identifier": "identifier",
        "path": "path",
        "vision": "vision",
        "device_identifier": "deviceIdentifier",
    },
    ModelSpecifierQuery: {"type": "type", "query": "query"},
    ModelSpecifierInstanceReference: {"type": "type", "instance_reference": "instanceReference"},
    EmbeddingLoadModelConfig: {
        "context_length": "contextLength",
        "gpu": "gpu",
        "rope_frequency_base": "ropeFrequencyBase",
        "rope_frequency_scale": "ropeFrequencyScale",
        "keep_model_in_memory": "keepModelInMemory",
        "try_mmap": "tryMmap",
    },
    KvConfigField: {"key": "key", "value": "value"},
    KvConfig: {"fields": "fields"},
    KvConfigStackLayer: {"layer_name": "layerName", "config": "config"},
    KvConfigStack: {"layers": "layers"},
    LlmLoadModelConfig: {
        "context_length": "contextLength",
        "gpu": "gpu",
        "gpu_strict_vram_cap": "gpuStrictVramCap",
        "offload_kv_cache_to_gpu": "offloadKVCacheToGpu",
        "seed": "seed",
        "rope_frequency_base": "ropeFrequencyBase",
        "rope_frequency_scale": "ropeFrequencyScale",
        "eval_batch_size": "evalBatchSize",
        "flash_attention": "flashAttention",
        "keep_model_in_memory": "keepModelInMemory",
        "use_fp16_for_kv_cache": "useFp16ForKVCache",
        "try_mmap": "tryMmap",
        "num_experts": "numExperts",
        "llama_k_cache_quantization_type": "llamaKCacheQuantizationType",
        "llama_v_cache_quantization_type": "llamaVCacheQuantizationType",
        "max_parallel_predictions": "maxParallelPredictions",
        "physical_batch_size": "physicalBatchSize",
        "use_unified_kv_cache": "useUnifiedKvCache",
        "try_direct_io": "tryDirectIO",
        "auto_fit": "autoFit",
        "auto_fit_min_context_length": "autoFitMinContextLength",
        "context_checkpoints": "contextCheckpoints",
        "reasoning_budget_message": "reasoningBudgetMessage",
        "speculative_draft_model": "speculativeDraftModel",
        "speculative_draft_mtp": "speculativeDraftMtp",
        "speculative_draft_simple": "speculativeDraftSimple",
        "speculative_draft_max_tokens": "speculativeDraftMaxTokens",
        "speculative_draft_min_tokens": "speculativeDraftMinTokens",
        "speculative_draft_min_continue_probability": "speculativeDraftMinContinueProbability",
        "mlx_disk_cache": "mlxDiskCache",
        "prompt_template": "promptTemplate",
    },
    GpuSetting: {
        "ratio": "ratio",
        "main_gpu": "mainGpu",
        "split_strategy": "splitStrategy",
        "disabled_gpus": "disabledGpus",
    },
    GpuSplitConfig: {
        "strategy": "strategy",
        "disabled_gpus": "disabledGpus",
        "priority": "priority",
        "custom_ratio": "customRatio",
    },
    LlmLoadPromptTemplate: {"type": "type", "jinja_prompt_template": "jinjaPromptTemplate"},
    LlmPredictionConfig: {
        "temperature": "temperature",
        "max_tokens": "maxTokens",
        "stop_strings": "stopStrings",
        "tool_call_stop_strings": "toolCallStopStrings",
        "context_overflow_policy": "contextOverflowPolicy",
        "structured": "structured",
        "raw_tools": "rawTools",
        "tool_choice": "toolChoice",
        "tool_naming": "toolNaming",
        "top_k_sampling": "topKSampling",
        "top_p_sampling": "topPSampling",
        "min_p_sampling": "minPSampling",
        "repeat_penalty": "repeatPenalty",
        "presence_penalty": "presencePenalty",
        "xtc_probability": "xtcProbability",
        "xtc_threshold": "xtcThreshold",
        "log_probs": "logProbs",
        "cpu_threads": "cpuThreads",
        "enable_thinking": "enableThinking",
        "reasoning_budget": "reasoningBudget",
        "reasoning_parsing": "reasoningParsing",
        "prompt_template": "promptTemplate",
        "draft_model": "draftModel",
        "speculative_decoding_num_draft_tokens_exact": "speculativeDecodingNumDraftTokensExact",
        "speculative_decoding_min_draft_length_to_consider": "speculativeDecodingMinDraftLengthToConsider",
        "speculative_decoding_min_continue_drafting_probability": "speculativeDecodingMinContinueDraftingProbability",
        "user_max_image_dimension_pixels": "userMaxImageDimensionPixels",
        "ignore_model_preferred_max_image_dimension": "ignoreModelPreferredMaxImageDimension",
    },
    LlmStructuredPredictionSetting: {
        "type": "type",
        "json_schema": "jsonSchema",
        "gbnf_grammar": "gbnfGrammar",
    },
    LlmReasoningParsing: {
        "enabled": "enabled",
        "start_string": "startString",
        "end_string": "endString",
    },
    LlmManualPromptTemplate: {
        "before_system": "beforeSystem",
        "after_system": "afterSystem",
        "before_user": "beforeUser",
        "after_user": "afterUser",
        "before_assistant": "beforeAssistant",
        "after_assistant": "afterAssistant",
    },
    LlmJinjaPromptTemplate: {"template": "template"},
    LlmPromptTemplate: {
        "type": "type",
        "manual_prompt_template": "manualPromptTemplate",
        "jinja_prompt_template": "jinjaPromptTemplate",
        "stop_strings": "stopStrings",
    },
    LlmToolChoice: {"type": "type", "mode": "mode"},
    EmbeddingGetOrLoadAlreadyLoadedPacket: {"type": "type", "info": "info"},
    EmbeddingGetOrLoadStartLoadingPacket: {
        "type": "type",
        "identifier": "identifier",
        "info": "info",
    },
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket: {"type": "type", "info": "info"},
    EmbeddingGetOrLoadLoadProgressPacket: {"type": "type", "progress": "progress"},
    EmbeddingGetOrLoadLoadSuccessPacket: {"type": "type", "info": "info"},
    EmbeddingLoadModelCreationParameter: {
        "model_key": "modelKey",
        "identifier": "identifier",
        "ttl_ms": "ttlMs",
        "load_config_stack": "loadConfigStack",
    },
    EmbeddingLoadModelResolvedPacket: {"type": "type", "info": "info", "ambiguous": "ambiguous"},
    EmbeddingLoadModelProgressPacket: {"type": "type", "progress": "progress"},
    EmbeddingLoadModelSuccessPacket: {"type": "type", "info": "info"},
    EmbedStringParameter: {"model_specifier": "modelSpecifier", "input_string": "inputString"},
    EmbedStringResult: {"embedding": "embedding"},
    UploadFileBase64Parameter: {"name": "name", "content_base64": "contentBase64"},
    UploadFileBase64Result: {
        "identifier": "identifier",
        "file_type": "fileType",
        "size_bytes": "sizeBytes",
    },
    DocumentParsingLibraryIdentifier: {"library": "library", "version": "version"},
    DocumentParsingOpts: {"parser_id": "parserId"},
    GetDocumentParsingLibraryParameter: {"file_identifier": "fileIdentifier"},
    ParseDocumentCreationParameter: {
        "file_identifier": "fileIdentifier",
        "parse_opts": "parseOpts",
    },
    ParseDocumentParserLoadedPacket: {"type": "type", "parser": "parser"},
    ParseDocumentProgressPacket: {"type": "type", "progress": "progress"},
    ParseDocumentResultPacket: {"type": "type", "content": "content", "parser": "parser"},
    ParseDocumentCancelPacket: {"type": "type"},
    RetrieveCreationParameter: {
        "query": "query",
        "file_identifiers": "fileIdentifiers",
        "config": "config",
    },
    RetrieveFileProcessListPacket: {"type": "type", "indices": "indices"},
    RetrieveFileProcessingStartPacket: {"type": "type", "index": "index"},
    RetrieveFileProcessingEndPacket: {"type": "type", "index": "index"},
    RetrieveFileProcessingStepStartPacket: {"type": "type", "index": "index", "step": "step"},
    RetrieveFileProcessingStepProgressPacket: {
        "type": "type",
        "index": "index",
        "step": "step",
        "progress": "progress",
    },
    RetrieveFileProcessingStepEndPacket: {"type": "type", "index": "index", "step": "step"},
    RetrieveSearchingStartPacket: {"type": "type"},
    RetrieveSearchingEndPacket: {"type": "type"},
    RetrieveResultPacket: {"type": "type", "result": "result"},
    InternalRetrievalResult: {"entries": "entries"},
    InternalRetrievalResultEntry: {
        "content": "content",
        "score": "score",
        "source_index": "sourceIndex",
        "page_number": "pageNumber",
        "line_number": "lineNumber",
    },
    RetrieveStopPacket: {"type": "type"},
    CompleteRawTextCreationParameter: {
        "model_specifier": "modelSpecifier",
        "raw_prompt": "rawPrompt",
        "prediction_config_stack": "predictionConfigStack",
        "fuzzy_preset_identifier": "fuzzyPresetIdentifier",
        "ignore_server_session_config": "ignoreServerSessionConfig",
    },
    GetOrLoadCreationParameter: {
        "identifier": "identifier",
        "load_ttl_ms": "loadTtlMs",
        "load_config_stack": "loadConfigStack",
        "device_identifier": "deviceIdentifier",
    },
    GetOrLoadAlreadyLoadedPacket: {"type": "type", "info": "info"},
    GetOrLoadStartLoadingPacket: {"type": "type", "identifier": "identifier", "info": "info"},
    GetOrLoadUnloadingOtherJitModelPacket: {"type": "type", "info": "info"},
    GetOrLoadLoadProgressPacket: {"type": "type", "progress": "progress"},
    GetOrLoadLoadSuccessPacket: {"type": "type", "info": "info"},
    GetOrLoadCancelPacket: {"type": "type"},
    LoadModelCreationParameter: {
        "model_key": "modelKey",
        "identifier": "identifier",
        "ttl_ms": "ttlMs",
        "load_config_stack": "loadConfigStack",
        "device_identifier": "deviceIdentifier",
    },
    LoadModelResolvedPacket: {"type": "type", "info": "info", "ambiguous": "ambiguous"},
    LoadModelProgressPacket: {"type": "type", "progress": "progress"},
    LoadModelSuccessPacket: {"type": "type", "info": "info"},
    LoadModelCancelPacket: {"type": "type"},
    PredictCreationParameter: {
        "model_specifier": "modelSpecifier",
        "history": "history",
        "prediction_config_stack": "predictionConfigStack",
        "fuzzy_preset_identifier": "fuzzyPresetIdentifier",
        "ignore_server_session_config": "ignoreServerSessionConfig",
    },
    PredictFragmentPacket: {"type": "type", "fragment": "fragment", "logprobs": "logprobs"},
    PredictPromptProcessingProgressPacket: {
        "type": "type",
        "progress": "progress",
        "details": "details",
    },
    PredictToolCallGenerationStartPacket: {"type": "type", "tool_call_id": "toolCallId"},
    PredictToolCallGenerationNameReceivedPacket: {"type": "type", "name": "name"},
    PredictToolCallGenerationArgumentFragmentGeneratedPacket: {
        "type": "type",
        "content": "content",
    },
    PredictToolCallGenerationEndPacket: {
        "type": "type",
        "tool_call_request": "toolCallRequest",
        "raw_content": "rawContent",
    },
    PredictToolCallGenerationFailedPacket: {
        "type": "type",
        "error": "error",
        "raw_content": "rawContent",
    },
    PredictSuccessPacket: {
        "type": "type",
        "stats": "stats",
        "model_info": "modelInfo",
        "load_model_config": "loadModelConfig",
        "prediction_config": "predictionConfig",
    },
    PredictCancelPacket: {"type": "type"},
    LlmPredictionFragment: {
        "content": "content",
        "tokens_count": "tokensCount",
        "contains_drafted": "containsDrafted",
        "reasoning_type": "reasoningType",
        "is_structural": "isStructural",
        "tokens": "tokens",
    },
    LlmTokenCandidate: {"text": "text", "id": "id", "log_prob": "logProb"},
    LlmPredictionToken: {
        "text": "text",
        "id": "id",
        "log_prob": "logProb",
        "candidates": "candidates",
    },
    LlmPromptProcessingDetails: {
        "cached_token_count": "cachedTokenCount",
        "total_prompt_token_count": "totalPromptTokenCount",
        "processed_prompt_token_count": "processedPromptTokenCount",
        "unprocessed_prompt_token_count": "unprocessedPromptTokenCount",
    },
    LlmPredictionStats: {
        "stop_reason": "stopReason",
        "stop_string": "stopString",
        "tokens_per_second": "tokensPerSecond",
        "num_gpu_layers": "numGpuLayers",
        "time_to_first_token_sec": "timeToFirstTokenSec",
        "total_time_sec": "totalTimeSec",
        "prompt_tokens_count": "promptTokensCount",
        "predicted_tokens_count": "predictedTokensCount",
        "total_tokens_count": "totalTokensCount",
        "used_draft_model_key": "usedDraftModelKey",
        "total_draft_tokens_count": "totalDraftTokensCount",
        "accepted_draft_tokens_count": "acceptedDraftTokensCount",
        "rejected_draft_tokens_count": "rejectedDraftTokensCount",
        "ignored_draft_tokens_count": "ignoredDraftTokensCount",
    },
    GetModelInfoParameter: {"specifier": "specifier", "throw_if_not_found": "throwIfNotFound"},
    UnloadModelParameter: {"identifier": "identifier", "device_identifier": "deviceIdentifier"},
    CountTokensParameter: {"specifier": "specifier", "input_string": "inputString"},
    CountTokensResult: {"token_count": "tokenCount"},
    TokenizeParameter: {"specifier": "specifier", "input_string": "inputString"},
    TokenizeResult: {"tokens": "tokens"},
    LlmApplyPromptTemplateOpts: {
        "omit_bos_token": "omitBosToken",
        "omit_eos_token": "omitEosToken",
        "tool_definitions": "toolDefinitions",
    },
    ApplyPromptTemplateParameter: {
        "specifier": "specifier",
        "history": "history",
        "prediction_config_stack": "predictionConfigStack",
        "opts": "opts",
    },
    ApplyPromptTemplateResult: {"formatted": "formatted"},
    GetLoadConfigParameter: {"specifier": "specifier"},
    GetBasePredictionConfigParameter: {
        "specifier": "specifier",
        "ignore_server_session_config": "ignoreServerSessionConfig",
    },
    GetInstanceProcessingStateParameter: {
        "specifier": "specifier",
        "throw_if_not_found": "throwIfNotFound",
    },
    InstanceProcessingState: {"status": "status", "queued": "queued"},
    EstimateModelUsageParameter: {
        "model_key": "modelKey",
        "load_config_stack": "loadConfigStack",
        "device_identifier": "deviceIdentifier",
    },
    ModelMemoryEstimate: {
        "confidence": "confidence",
        "model_vram_bytes": "modelVramBytes",
        "context_vram_bytes": "contextVramBytes",
        "total_vram_bytes": "totalVramBytes",
        "model_bytes": "modelBytes",
        "context_bytes": "contextBytes",
        "total_bytes": "totalBytes",
    },
    ModelUsageEstimate: {"memory": "memory", "passes_guardrails": "passesGuardrails"},
    ModelQuantization: {"name": "name", "bits": "bits"},
    LlmInfo: {
        "type": "type",
        "model_key": "modelKey",
        "format": "format",
        "display_name": "displayName",
        "path": "path",
        "size_bytes": "sizeBytes",
        "params_string": "paramsString",
        "architecture": "architecture",
        "publisher": "publisher",
        "indexed_model_identifier": "indexedModelIdentifier",
        "device_identifier": "deviceIdentifier",
        "quantization": "quantization",
        "variants": "variants",
        "selected_variant": "selectedVariant",
        "vision": "vision",
        "trained_for_tool_use": "trainedForToolUse",
        "max_context_length": "maxContextLength",
    },
    LlmInstanceInfo: {
        "type": "type",
        "model_key": "modelKey",
        "format": "format",
        "display_name": "displayName",
        "path": "path",
        "size_bytes": "sizeBytes",
        "params_string": "paramsString",
        "architecture": "architecture",
        "publisher": "publisher",
        "indexed_model_identifier": "indexedModelIdentifier",
        "device_identifier": "deviceIdentifier",
        "quantization": "quantization",
        "variants": "variants",
        "selected_variant": "selectedVariant",
        "vision": "vision",
        "trained_for_tool_use": "trainedForToolUse",
        "max_context_length": "maxContextLength",
        "identifier": "identifier",
        "instance_reference": "instanceReference",
        "context_length": "contextLength",
        "ttl_ms": "ttlMs",
        "last_used_time": "lastUsedTime",
    },
    EmbeddingModelInfo: {
        "type": "type",
        "model_key": "modelKey",
        "format": "format",
        "display_name": "displayName",
        "path": "path",
        "size_bytes": "sizeBytes",
        "params_string": "paramsString",
        "architecture": "architecture",
        "publisher": "publisher",
        "indexed_model_identifier": "indexedModelIdentifier",
        "device_identifier": "deviceIdentifier",
        "quantization": "quantization",
        "variants": "variants",
        "selected_variant": "selectedVariant",
        "max_context_length": "maxContextLength",
    },
    EmbeddingModelInstanceInfo: {
        "type": "type",
        "model_key": "modelKey",
        "format": "format",
        "display_name": "displayName",
        "path": "path",
        "size_bytes": "sizeBytes",
        "params_string": "paramsString",
        "architecture": "architecture",
        "publisher": "publisher",
        "indexed_model_identifier": "indexedModelIdentifier",
        "device_identifier": "deviceIdentifier",
        "quantization": "quantization",
        "variants": "variants",
        "selected_variant": "selectedVariant",
        "max_context_length": "maxContextLength",
        "identifier": "identifier",
        "instance_reference": "instanceReference",
        "context_length": "contextLength",
        "ttl_ms": "ttlMs",
        "last_used_time": "lastUsedTime",
    },
    RuntimeEngineSpecifier: {"name": "name", "version": "version"},
    RuntimeCpuTarget: {
        "architecture": "architecture",
        "instruction_set_extensions": "instructionSetExtensions",
    },
    RuntimeGpuTarget: {"framework": "framework", "make": "make"},
    RuntimeEngineInfo: {
        "name": "name",
        "version": "version",
        "engine": "engine",
        "platform": "platform",
        "cpu": "cpu",
        "gpu": "gpu",
        "supported_model_format_names": "supportedModelFormatNames",
    },
    EngineSelections: {"json": "json", "meta": "meta"},
    SelectEngineParameter: {"engine": "engine", "model_format_name": "modelFormatName"},
    SurveyHardwareSelected: {"type": "type"},
    SurveyHardwareAll: {"type": "type"},
    SurveyHardwareCustom: {"type": "type", "engines": "engines"},
    EngineCompatibility: {"status": "status", "message": "message"},
    SurveyResult: {"code": "code", "message": "message"},
    CpuInfo: {
        "name": "name",
        "architecture": "architecture",
        "supported_instruction_set_extensions": "supportedInstructionSetExtensions",
    },
    CpuSurveyResult: {"result": "result", "cpu_info": "cpuInfo"},
    GpuInfo: {
        "name": "name",
        "device_id": "deviceId",
        "total_memory_capacity_bytes": "totalMemoryCapacityBytes",
        "dedicated_memory_capacity_bytes": "dedicatedMemoryCapacityBytes",
        "integration_type": "integrationType",
        "detection_platform": "detectionPlatform",
        "detection_platform_version": "detectionPlatformVersion",
        "other_info": "otherInfo",
    },
    GpuSurveyResult: {"result": "result", "gpu_info": "gpuInfo"},
    HardwareSurvey: {
        "cpu_survey_result": "cpuSurveyResult",
        "gpu_survey_result": "gpuSurveyResult",
    },
    MemoryInfo: {
        "ram_capacity": "ramCapacity",
        "vram_capacity": "vramCapacity",
        "total_memory": "totalMemory",
    },
    VisibleDevicesConfig: {"visible_devices": "visibleDevices", "changes_order": "changesOrder"},
    EngineHardwareSurvey: {
        "name": "name",
        "version": "version",
        "engine": "engine",
        "platform": "platform",
        "compatibility": "compatibility",
        "supported_model_format_names": "supportedModelFormatNames",
        "hardware_survey": "hardwareSurvey",
        "memory_info": "memoryInfo",
        "visible_devices_config": "visibleDevicesConfig",
    },
    SurveyHardwareResult: {"status": "status", "engines": "engines"},
    SearchRuntimeExtensionsParameter: {
        "query": "query",
        "include_incompatible": "includeIncompatible",
        "channel_override": "channelOverride",
    },
    RuntimeExtensionEngine: {
        "type": "type",
        "name": "name",
        "version": "version",
        "package": "package",
        "platform": "platform",
        "cpu": "cpu",
        "gpu": "gpu",
        "local_versions": "localVersions",
        "supported_model_format_names": "supportedModelFormatNames",
    },
    RuntimeExtensionFramework: {
        "type": "type",
        "name": "name",
        "version": "version",
        "package": "package",
        "platform": "platform",
        "cpu": "cpu",
        "gpu": "gpu",
        "local_versions": "localVersions",
    },
    SearchRuntimeExtensionsResult: {"extensions": "extensions"},
    DownloadRuntimeExtensionCreationParameter: {
        "name": "name",
        "version": "version",
        "update_selections": "updateSelections",
    },
    RuntimeDownloadProgress: {
        "downloaded_bytes": "downloadedBytes",
        "total_bytes": "totalBytes",
        "speed_bytes_per_second": "speedBytesPerSecond",
    },
    DownloadRuntimeExtensionProgressPacket: {"type": "type", "update": "update"},
    DownloadRuntimeExtensionStartFinalizingPacket: {"type": "type"},
    DownloadRuntimeExtensionSuccessPacket: {"type": "type"},
    DownloadRuntimeExtensionCancelPacket: {"type": "type"},
    NotifyParameter: {
        "title": "title",
        "description": "description",
        "no_auto_dismiss": "noAutoDismiss",
    },
    SystemVersionResult: {"version": "version", "build": "build"},
    SystemInfoResult: {"pid": "pid", "is_daemon": "isDaemon", "version": "version"},
    ListDownloadedModelVariantsParameter: {"model_key": "modelKey"},
    StartHttpServerParameter: {
        "port": "port",
        "cors": "cors",
        "network_interface": "networkInterface",
    },
    ToolCallRequest: {"type": "type", "id": "id", "name": "name", "arguments": "arguments"},
    LlmToolParameters: {
        "type": "type",
        "properties": "properties",
        "required": "required",
        "additional_properties": "additionalProperties",
        "defs": "$defs",
    },
    LlmToolFunction: {"name": "name", "description": "description", "parameters": "parameters"},
    LlmTool: {"type": "type", "function": "function"},
    LlmToolUseSettingNone: {"type": "type"},
    LlmToolUseSettingToolArray: {"type": "type", "tools": "tools", "force": "force"},
    AuthPacket: {
        "auth_version": "authVersion",
        "client_identifier": "clientIdentifier",
        "client_passkey": "clientPasskey",
    },
    AuthResult: {"success": "success", "error": "error"},
    ChannelCreate: {
        "type": "type",
        "endpoint": "endpoint",
        "channel_id": "channelId",
        "creation_parameter": "creationParameter",
    },
    ClientChannelSend: {
        "type": "type",
        "channel_id": "channelId",
        "message": "message",
        "ack_id": "ackId",
    },
    ClientChannelAck: {"type": "type", "channel_id": "channelId", "ack_id": "ackId"},
    RpcCall: {
        "type": "type",
        "endpoint": "endpoint",
        "call_id": "callId",
        "parameter": "parameter",
    },
    SignalSubscribe: {
        "type": "type",
        "endpoint": "endpoint",
        "subscribe_id": "subscribeId",
        "creation_parameter": "creationParameter",
    },
    SignalUnsubscribe: {"type": "type", "subscribe_id": "subscribeId"},
    WritableSignalSubscribe: {
        "type": "type",
        "endpoint": "endpoint",
        "subscribe_id": "subscribeId",
        "creation_parameter": "creationParameter",
    },
    WritableSignalUnsubscribe: {"type": "type", "subscribe_id": "subscribeId"},
    ClientWritableSignalUpdate: {
        "type": "type",
        "subscribe_id": "subscribeId",
        "patches": "patches",
        "tags": "tags",
    },
    KeepAlive: {"type": "type"},
    CommunicationWarning: {"type": "type", "warning": "warning", "kind": "kind"},
    ServerChannelSend: {
        "type": "type",
        "channel_id": "channelId",
        "message": "message",
        "ack_id": "ackId",
    },
    ServerChannelAck: {"type": "type", "channel_id": "channelId", "ack_id": "ackId"},
    ChannelClose: {"type": "type", "channel_id": "channelId"},
    ChannelError: {"type": "type", "channel_id": "channelId", "error": "error"},
    RpcResult: {"type": "type", "call_id": "callId", "result": "result"},
    RpcError: {"type": "type", "call_id": "callId", "error": "error"},
    SignalUpdate: {
        "type": "type",
        "subscribe_id": "subscribeId",
        "patches": "patches",
        "tags": "tags",
    },
    SignalError: {"type": "type", "subscribe_id": "subscribeId", "error": "error"},
    ServerWritableSignalUpdate: {
        "type": "type",
        "subscribe_id": "subscribeId",
        "patches": "patches",
        "tags": "tags",
    },
    WritableSignalError: {"type": "type", "subscribe_id": "subscribeId", "error": "error"},
    KeepAliveAck: {"type": "type"},
    CaptureRecord: {
        "ts": "ts",
        "conn": "conn",
        "namespace": "namespace",
        "from_": "from",
        "frame": "frame",
    },
}
"""Attribute name -> wire name, for every field of every model."""

CONST_FIELDS: Final[dict[type, tuple[str, ...]]] = {
    ChatMessageSystem: ("role",),
    ChatMessageUser: ("role",),
    ChatMessageAssistant: ("role",),
    ChatMessageTool: ("role",),
    ChatMessagePartText: ("type",),
    ChatMessagePartFile: ("type",),
    ChatMessagePartToolCallRequest: ("type",),
    ChatMessagePartToolCallResult: ("type",),
    ErrorDisplayDataSpecificModelUnloaded: ("code",),
    ErrorDisplayDataNoModelMatchingQuery: ("code",),
    ErrorDisplayDataPathNotFound: ("code",),
    ErrorDisplayDataIdentifierNotFound: ("code",),
    ErrorDisplayDataDomainMismatch: ("code",),
    ErrorDisplayDataEngineDoesNotSupportFeature: ("code",),
    ErrorDisplayDataMissingRuntimeExtension: ("code",),
    ErrorDisplayDataPresetNotFound: ("code",),
    ModelSpecifierQuery: ("type",),
    ModelSpecifierInstanceReference: ("type",),
    LlmLoadPromptTemplate: ("type",),
    LlmToolChoice: ("type",),
    EmbeddingGetOrLoadAlreadyLoadedPacket: ("type",),
    EmbeddingGetOrLoadStartLoadingPacket: ("type",),
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket: ("type",),
    EmbeddingGetOrLoadLoadProgressPacket: ("type",),
    EmbeddingGetOrLoadLoadSuccessPacket: ("type",),
    EmbeddingLoadModelResolvedPacket: ("type",),
    EmbeddingLoadModelProgressPacket: ("type",),
    EmbeddingLoadModelSuccessPacket: ("type",),
    ParseDocumentParserLoadedPacket: ("type",),
    ParseDocumentProgressPacket: ("type",),
    ParseDocumentResultPacket: ("type",),
    ParseDocumentCancelPacket: ("type",),
    RetrieveFileProcessListPacket: ("type",),
    RetrieveFileProcessingStartPacket: ("type",),
    RetrieveFileProcessingEndPacket: ("type",),
    RetrieveFileProcessingStepStartPacket: ("type",),
    RetrieveFileProcessingStepProgressPacket: ("type",),
    RetrieveFileProcessingStepEndPacket: ("type",),
    RetrieveSearchingStartPacket: ("type",),
    RetrieveSearchingEndPacket: ("type",),
    RetrieveResultPacket: ("type",),
    RetrieveStopPacket: ("type",),
    GetOrLoadAlreadyLoadedPacket: ("type",),
    GetOrLoadStartLoadingPacket: ("type",),
    GetOrLoadUnloadingOtherJitModelPacket: ("type",),
    GetOrLoadLoadProgressPacket: ("type",),
    GetOrLoadLoadSuccessPacket: ("type",),
    GetOrLoadCancelPacket: ("type",),
    LoadModelResolvedPacket: ("type",),
    LoadModelProgressPacket: ("type",),
    LoadModelSuccessPacket: ("type",),
    LoadModelCancelPacket: ("type",),
    PredictFragmentPacket: ("type",),
    PredictPromptProcessingProgressPacket: ("type",),
    PredictToolCallGenerationStartPacket: ("type",),
    PredictToolCallGenerationNameReceivedPacket: ("type",),
    PredictToolCallGenerationArgumentFragmentGeneratedPacket: ("type",),
    PredictToolCallGenerationEndPacket: ("type",),
    PredictToolCallGenerationFailedPacket: ("type",),
    PredictSuccessPacket: ("type",),
    PredictCancelPacket: ("type",),
    LlmInfo: ("type",),
    LlmInstanceInfo: ("type",),
    EmbeddingModelInfo: ("type",),
    EmbeddingModelInstanceInfo: ("type",),
    SurveyHardwareSelected: ("type",),
    SurveyHardwareAll: ("type",),
    SurveyHardwareCustom: ("type",),
    RuntimeExtensionEngine: ("type",),
    RuntimeExtensionFramework: ("type",),
    DownloadRuntimeExtensionProgressPacket: ("type",),
    DownloadRuntimeExtensionStartFinalizingPacket: ("type",),
    DownloadRuntimeExtensionSuccessPacket: ("type",),
    DownloadRuntimeExtensionCancelPacket: ("type",),
    ToolCallRequest: ("type",),
    LlmToolParameters: ("type",),
    LlmTool: ("type",),
    LlmToolUseSettingNone: ("type",),
    LlmToolUseSettingToolArray: ("type",),
    AuthPacket: ("auth_version",),
    ChannelCreate: ("type",),
    ClientChannelSend: ("type",),
    ClientChannelAck: ("type",),
    RpcCall: ("type",),
    SignalSubscribe: ("type",),
    SignalUnsubscribe: ("type",),
    WritableSignalSubscribe: ("type",),
    WritableSignalUnsubscribe: ("type",),
    ClientWritableSignalUpdate: ("type",),
    KeepAlive: ("type",),
    CommunicationWarning: ("type",),
    ServerChannelSend: ("type",),
    ServerChannelAck: ("type",),
    ChannelClose: ("type",),
    ChannelError: ("type",),
    RpcResult: ("type",),
    RpcError: ("type",),
    SignalUpdate: ("type",),
    SignalError: ("type",),
    ServerWritableSignalUpdate: ("type",),
    WritableSignalError: ("type",),
    KeepAliveAck: ("type",),
}
"""Fields fixed to one value (union tags and the like): always written, even though they have a default."""

REQUIRED_CONST_KEYS: Final[dict[type, tuple[str, ...]]] = {
    ChatMessageSystem: ("role",),
    ChatMessageUser: ("role",),
    ChatMessageAssistant: ("role",),
    ChatMessageTool: ("role",),
    ChatMessagePartText: ("type",),
    ChatMessagePartFile: ("type",),
    ChatMessagePartToolCallRequest: ("type",),
    ChatMessagePartToolCallResult: ("type",),
    ErrorDisplayDataSpecificModelUnloaded: ("code",),
    ErrorDisplayDataNoModelMatchingQuery: ("code",),
    ErrorDisplayDataPathNotFound: ("code",),
    ErrorDisplayDataIdentifierNotFound: ("code",),
    ErrorDisplayDataDomainMismatch: ("code",),
    ErrorDisplayDataEngineDoesNotSupportFeature: ("code",),
    ErrorDisplayDataMissingRuntimeExtension: ("code",),
    ErrorDisplayDataPresetNotFound: ("code",),
    ModelSpecifierQuery: ("type",),
    ModelSpecifierInstanceReference: ("type",),
    LlmLoadPromptTemplate: ("type",),
    LlmToolChoice: ("type",),
    EmbeddingGetOrLoadAlreadyLoadedPacket: ("type",),
    EmbeddingGetOrLoadStartLoadingPacket: ("type",),
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket: ("type",),
    EmbeddingGetOrLoadLoadProgressPacket: ("type",),
    EmbeddingGetOrLoadLoadSuccessPacket: ("type",),
    EmbeddingLoadModelResolvedPacket: ("type",),
    EmbeddingLoadModelProgressPacket: ("type",),
    EmbeddingLoadModelSuccessPacket: ("type",),
    ParseDocumentParserLoadedPacket: ("type",),
    ParseDocumentProgressPacket: ("type",),
    ParseDocumentResultPacket: ("type",),
    ParseDocumentCancelPacket: ("type",),
    RetrieveFileProcessListPacket: ("type",),
    RetrieveFileProcessingStartPacket: ("type",),
    RetrieveFileProcessingEndPacket: ("type",),
    RetrieveFileProcessingStepStartPacket: ("type",),
    RetrieveFileProcessingStepProgressPacket: ("type",),
    RetrieveFileProcessingStepEndPacket: ("type",),
    RetrieveSearchingStartPacket: ("type",),
    RetrieveSearchingEndPacket: ("type",),
    RetrieveResultPacket: ("type",),
    RetrieveStopPacket: ("type",),
    GetOrLoadAlreadyLoadedPacket: ("type",),
    GetOrLoadStartLoadingPacket: ("type",),
    GetOrLoadUnloadingOtherJitModelPacket: ("type",),
    GetOrLoadLoadProgressPacket: ("type",),
    GetOrLoadLoadSuccessPacket: ("type",),
    GetOrLoadCancelPacket: ("type",),
    LoadModelResolvedPacket: ("type",),
    LoadModelProgressPacket: ("type",),
    LoadModelSuccessPacket: ("type",),
    LoadModelCancelPacket: ("type",),
    PredictFragmentPacket: ("type",),
    PredictPromptProcessingProgressPacket: ("type",),
    PredictToolCallGenerationStartPacket: ("type",),
    PredictToolCallGenerationNameReceivedPacket: ("type",),
    PredictToolCallGenerationArgumentFragmentGeneratedPacket: ("type",),
    PredictToolCallGenerationEndPacket: ("type",),
    PredictToolCallGenerationFailedPacket: ("type",),
    PredictSuccessPacket: ("type",),
    PredictCancelPacket: ("type",),
    LlmInfo: ("type",),
    LlmInstanceInfo: ("type",),
    EmbeddingModelInfo: ("type",),
    EmbeddingModelInstanceInfo: ("type",),
    SurveyHardwareSelected: ("type",),
    SurveyHardwareAll: ("type",),
    SurveyHardwareCustom: ("type",),
    RuntimeExtensionEngine: ("type",),
    RuntimeExtensionFramework: ("type",),
    DownloadRuntimeExtensionProgressPacket: ("type",),
    DownloadRuntimeExtensionStartFinalizingPacket: ("type",),
    DownloadRuntimeExtensionSuccessPacket: ("type",),
    DownloadRuntimeExtensionCancelPacket: ("type",),
    ToolCallRequest: ("type",),
    LlmToolParameters: ("type",),
    LlmTool: ("type",),
    LlmToolUseSettingNone: ("type",),
    LlmToolUseSettingToolArray: ("type",),
    AuthPacket: ("authVersion",),
    ChannelCreate: ("type",),
    ClientChannelSend: ("type",),
    ClientChannelAck: ("type",),
    RpcCall: ("type",),
    SignalSubscribe: ("type",),
    SignalUnsubscribe: ("type",),
    WritableSignalSubscribe: ("type",),
    WritableSignalUnsubscribe: ("type",),
    ClientWritableSignalUpdate: ("type",),
    KeepAlive: ("type",),
    CommunicationWarning: ("type",),
    ServerChannelSend: ("type",),
    ServerChannelAck: ("type",),
    ChannelClose: ("type",),
    ChannelError: ("type",),
    RpcResult: ("type",),
    RpcError: ("type",),
    SignalUpdate: ("type",),
    SignalError: ("type",),
    ServerWritableSignalUpdate: ("type",),
    WritableSignalError: ("type",),
    KeepAliveAck: ("type",),
}
"""Wire keys of fixed fields the schema requires: STRICT rejects an object without them (the classes
default them, so TOLERANT accepts it)."""

NON_NULLABLE_OPTIONAL: Final[dict[type, tuple[str, ...]]] = {
    ChatMessagePartToolCallResult: (
        "toolCallId",
        "name",
    ),
    SerializedError: (
        "title",
        "rootTitle",
        "cause",
        "suggestion",
        "errorData",
        "displayData",
        "stack",
    ),
    ModelQuery: (
        "domain",
        "identifier",
        "path",
        "vision",
    ),
    EmbeddingLoadModelConfig: (
        "contextLength",
        "gpu",
        "ropeFrequencyBase",
        "ropeFrequencyScale",
        "keepModelInMemory",
        "tryMmap",
    ),
    LlmLoadModelConfig: (
        "contextLength",
        "gpu",
        "gpuStrictVramCap",
        "offloadKVCacheToGpu",
        "seed",
        "ropeFrequencyBase",
        "ropeFrequencyScale",
        "evalBatchSize",
        "flashAttention",
        "keepModelInMemory",
        "useFp16ForKVCache",
        "tryMmap",
        "numExperts",
        "llamaKCacheQuantizationType",
        "llamaVCacheQuantizationType",
        "maxParallelPredictions",
        "physicalBatchSize",
        "useUnifiedKvCache",
        "tryDirectIO",
        "autoFit",
        "autoFitMinContextLength",
        "contextCheckpoints",
        "reasoningBudgetMessage",
        "speculativeDraftModel",
        "speculativeDraftMtp",
        "speculativeDraftSimple",
        "speculativeDraftMaxTokens",
        "speculativeDraftMinTokens",
        "speculativeDraftMinContinueProbability",
        "mlxDiskCache",
        "promptTemplate",
    ),
    GpuSetting: (
        "ratio",
        "mainGpu",
        "splitStrategy",
        "disabledGpus",
    ),
    LlmPredictionConfig: (
        "temperature",
        "maxTokens",
        "stopStrings",
        "toolCallStopStrings",
        "contextOverflowPolicy",
        "structured",
        "rawTools",
        "toolChoice",
        "toolNaming",
        "topKSampling",
        "topPSampling",
        "minPSampling",
        "repeatPenalty",
        "presencePenalty",
        "xtcProbability",
        "xtcThreshold",
        "logProbs",
        "cpuThreads",
        "enableThinking",
        "reasoningBudget",
        "reasoningParsing",
        "promptTemplate",
        "draftModel",
        "speculativeDecodingNumDraftTokensExact",
        "speculativeDecodingMinDraftLengthToConsider",
        "speculativeDecodingMinContinueDraftingProbability",
        "userMaxImageDimensionPixels",
        "ignoreModelPreferredMaxImageDimension",
    ),
    LlmStructuredPredictionSetting: ("gbnfGrammar",),
    LlmPromptTemplate: (
        "manualPromptTemplate",
        "jinjaPromptTemplate",
    ),
    EmbeddingLoadModelCreationParameter: (
        "identifier",
        "ttlMs",
    ),
    EmbeddingLoadModelResolvedPacket: ("ambiguous",),
    DocumentParsingOpts: ("parserId",),
    InternalRetrievalResultEntry: (
        "pageNumber",
        "lineNumber",
    ),
    CompleteRawTextCreationParameter: (
        "fuzzyPresetIdentifier",
        "ignoreServerSessionConfig",
    ),
    GetOrLoadCreationParameter: ("loadTtlMs",),
    LoadModelCreationParameter: (
        "identifier",
        "ttlMs",
    ),
    LoadModelResolvedPacket: ("ambiguous",),
    PredictCreationParameter: (
        "fuzzyPresetIdentifier",
        "ignoreServerSessionConfig",
    ),
    PredictPromptProcessingProgressPacket: ("details",),
    PredictToolCallGenerationStartPacket: ("toolCallId",),
    PredictToolCallGenerationEndPacket: ("rawContent",),
    PredictToolCallGenerationFailedPacket: ("rawContent",),
    LlmPredictionFragment: (
        "isStructural",
        "tokens",
    ),
    LlmPredictionToken: (
        "logProb",
        "candidates",
    ),
    LlmPredictionStats: (
        "stopString",
        "tokensPerSecond",
        "numGpuLayers",
        "timeToFirstTokenSec",
        "totalTimeSec",
        "promptTokensCount",
        "predictedTokensCount",
        "totalTokensCount",
        "usedDraftModelKey",
        "totalDraftTokensCount",
        "acceptedDraftTokensCount",
        "rejectedDraftTokensCount",
        "ignoredDraftTokensCount",
    ),
    LlmApplyPromptTemplateOpts: (
        "omitBosToken",
        "omitEosToken",
        "toolDefinitions",
    ),
    GetBasePredictionConfigParameter: ("ignoreServerSessionConfig",),
    LlmInfo: (
        "paramsString",
        "architecture",
        "publisher",
        "indexedModelIdentifier",
        "quantization",
        "variants",
        "selectedVariant",
    ),
    LlmInstanceInfo: (
        "paramsString",
        "architecture",
        "publisher",
        "indexedModelIdentifier",
        "quantization",
        "variants",
        "selectedVariant",
    ),
    EmbeddingModelInfo: (
        "paramsString",
        "architecture",
        "publisher",
        "indexedModelIdentifier",
        "quantization",
        "variants",
        "selectedVariant",
    ),
    EmbeddingModelInstanceInfo: (
        "paramsString",
        "architecture",
        "publisher",
        "indexedModelIdentifier",
        "quantization",
        "variants",
        "selectedVariant",
    ),
    RuntimeCpuTarget: ("instructionSetExtensions",),
    RuntimeGpuTarget: (
        "framework",
        "make",
    ),
    RuntimeEngineInfo: ("gpu",),
    EngineCompatibility: ("message",),
    CpuInfo: ("name",),
    CpuSurveyResult: ("cpuInfo",),
    EngineHardwareSurvey: ("visibleDevicesConfig",),
    SearchRuntimeExtensionsParameter: ("channelOverride",),
    RuntimeExtensionEngine: ("gpu",),
    RuntimeExtensionFramework: ("gpu",),
    NotifyParameter: (
        "description",
        "noAutoDismiss",
    ),
    StartHttpServerParameter: (
        "port",
        "cors",
        "networkInterface",
    ),
    ToolCallRequest: (
        "id",
        "arguments",
    ),
    LlmToolParameters: (
        "required",
        "additionalProperties",
        "$defs",
    ),
    LlmToolFunction: (
        "description",
        "parameters",
    ),
    LlmToolUseSettingToolArray: (
        "tools",
        "force",
    ),
    AuthResult: ("error",),
    ClientChannelSend: ("ackId",),
    CommunicationWarning: ("kind",),
    ServerChannelSend: ("ackId",),
}
"""Wire keys that may be absent but not null: STRICT rejects null there (TOLERANT reads it as absent)."""

UNIONS: Final[dict[Any, tuple[str, str, dict[Any, type]]]] = {
    ChatMessageData: (
        "ChatMessageData",
        "role",
        {
            "system": ChatMessageSystem,
            "user": ChatMessageUser,
            "assistant": ChatMessageAssistant,
            "tool": ChatMessageTool,
        },
    ),
    TextOrFileMessagePart: (
        "TextOrFileMessagePart",
        "type",
        {"text": ChatMessagePartText, "file": ChatMessagePartFile},
    ),
    AssistantMessagePart: (
        "AssistantMessagePart",
        "type",
        {
            "text": ChatMessagePartText,
            "file": ChatMessagePartFile,
            "toolCallRequest": ChatMessagePartToolCallRequest,
        },
    ),
    ErrorDisplayData: (
        "ErrorDisplayData",
        "code",
        {
            "generic.specificModelUnloaded": ErrorDisplayDataSpecificModelUnloaded,
            "generic.noModelMatchingQuery": ErrorDisplayDataNoModelMatchingQuery,
            "generic.pathNotFound": ErrorDisplayDataPathNotFound,
            "generic.identifierNotFound": ErrorDisplayDataIdentifierNotFound,
            "generic.domainMismatch": ErrorDisplayDataDomainMismatch,
            "generic.engineDoesNotSupportFeature": ErrorDisplayDataEngineDoesNotSupportFeature,
            "generic.missingRuntimeExtension": ErrorDisplayDataMissingRuntimeExtension,
            "generic.presetNotFound": ErrorDisplayDataPresetNotFound,
        },
    ),
    ModelSpecifier: (
        "ModelSpecifier",
        "type",
        {"query": ModelSpecifierQuery, "instanceReference": ModelSpecifierInstanceReference},
    ),
    EmbeddingGetOrLoadToClientPacket: (
        "EmbeddingGetOrLoadToClientPacket",
        "type",
        {
            "alreadyLoaded": EmbeddingGetOrLoadAlreadyLoadedPacket,
            "startLoading": EmbeddingGetOrLoadStartLoadingPacket,
            "unloadingOtherJITModel": EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
            "loadProgress": EmbeddingGetOrLoadLoadProgressPacket,
            "loadSuccess": EmbeddingGetOrLoadLoadSuccessPacket,
        },
    ),
    EmbeddingLoadModelToClientPacket: (
        "EmbeddingLoadModelToClientPacket",
        "type",
        {
            "resolved": EmbeddingLoadModelResolvedPacket,
            "progress": EmbeddingLoadModelProgressPacket,
            "success": EmbeddingLoadModelSuccessPacket,
        },
    ),
    ParseDocumentToClientPacket: (
        "ParseDocumentToClientPacket",
        "type",
        {
            "parserLoaded": ParseDocumentParserLoadedPacket,
            "progress": ParseDocumentProgressPacket,
            "result": ParseDocumentResultPacket,
        },
    ),
    RetrieveToClientPacket: (
        "RetrieveToClientPacket",
        "type",
        {
            "onFileProcessList": RetrieveFileProcessListPacket,
            "onFileProcessingStart": RetrieveFileProcessingStartPacket,
            "onFileProcessingEnd": RetrieveFileProcessingEndPacket,
            "onFileProcessingStepStart": RetrieveFileProcessingStepStartPacket,
            "onFileProcessingStepProgress": RetrieveFileProcessingStepProgressPacket,
            "onFileProcessingStepEnd": RetrieveFileProcessingStepEndPacket,
            "onSearchingStart": RetrieveSearchingStartPacket,
            "onSearchingEnd": RetrieveSearchingEndPacket,
            "result": RetrieveResultPacket,
        },
    ),
    CompleteRawTextToClientPacket: (
        "CompleteRawTextToClientPacket",
        "type",
        {
            "fragment": PredictFragmentPacket,
            "promptProcessingProgress": PredictPromptProcessingProgressPacket,
            "success": PredictSuccessPacket,
        },
    ),
    GetOrLoadToClientPacket: (
        "GetOrLoadToClientPacket",
        "type",
        {
            "alreadyLoaded": GetOrLoadAlreadyLoadedPacket,
            "startLoading": GetOrLoadStartLoadingPacket,
            "unloadingOtherJITModel": GetOrLoadUnloadingOtherJitModelPacket,
            "loadProgress": GetOrLoadLoadProgressPacket,
            "loadSuccess": GetOrLoadLoadSuccessPacket,
        },
    ),
    LoadModelToClientPacket: (
        "LoadModelToClientPacket",
        "type",
        {
            "resolved": LoadModelResolvedPacket,
            "progress": LoadModelProgressPacket,
            "success": LoadModelSuccessPacket,
        },
    ),
    PredictToClientPacket: (
        "PredictToClientPacket",
        "type",
        {
            "fragment": PredictFragmentPacket,
            "promptProcessingProgress": PredictPromptProcessingProgressPacket,
            "toolCallGenerationStart": PredictToolCallGenerationStartPacket,
            "toolCallGenerationNameReceived": PredictToolCallGenerationNameReceivedPacket,
            "toolCallGenerationArgumentFragmentGenerated": PredictToolCallGenerationArgumentFragmentGeneratedPacket,
            "toolCallGenerationEnd": PredictToolCallGenerationEndPacket,
            "toolCallGenerationFailed": PredictToolCallGenerationFailedPacket,
            "success": PredictSuccessPacket,
        },
    ),
    ModelInfo: ("ModelInfo", "type", {"llm": LlmInfo, "embedding": EmbeddingModelInfo}),
    ModelInstanceInfo: (
        "ModelInstanceInfo",
        "type",
        {"llm": LlmInstanceInfo, "embedding": EmbeddingModelInstanceInfo},
    ),
    SurveyHardwareParameter: (
        "SurveyHardwareParameter",
        "type",
        {
            "selected": SurveyHardwareSelected,
            "all": SurveyHardwareAll,
            "custom": SurveyHardwareCustom,
        },
    ),
    RuntimeExtension: (
        "RuntimeExtension",
        "type",
        {"engine": RuntimeExtensionEngine, "framework": RuntimeExtensionFramework},
    ),
    DownloadRuntimeExtensionToClientPacket: (
        "DownloadRuntimeExtensionToClientPacket",
        "type",
        {
            "downloadProgress": DownloadRuntimeExtensionProgressPacket,
            "startFinalizing": DownloadRuntimeExtensionStartFinalizingPacket,
            "success": DownloadRuntimeExtensionSuccessPacket,
        },
    ),
    LlmToolUseSetting: (
        "LlmToolUseSetting",
        "type",
        {"none": LlmToolUseSettingNone, "toolArray": LlmToolUseSettingToolArray},
    ),
    ClientMessage: (
        "ClientMessage",
        "type",
        {
            "channelCreate": ChannelCreate,
            "channelSend": ClientChannelSend,
            "channelAck": ClientChannelAck,
            "rpcCall": RpcCall,
            "signalSubscribe": SignalSubscribe,
            "signalUnsubscribe": SignalUnsubscribe,
            "writableSignalSubscribe": WritableSignalSubscribe,
            "writableSignalUnsubscribe": WritableSignalUnsubscribe,
            "writableSignalUpdate": ClientWritableSignalUpdate,
            "keepAlive": KeepAlive,
            "communicationWarning": CommunicationWarning,
        },
    ),
    ServerMessage: (
        "ServerMessage",
        "type",
        {
            "channelSend": ServerChannelSend,
            "channelAck": ServerChannelAck,
            "channelClose": ChannelClose,
            "channelError": ChannelError,
            "rpcResult": RpcResult,
            "rpcError": RpcError,
            "signalUpdate": SignalUpdate,
            "signalError": SignalError,
            "writableSignalUpdate": ServerWritableSignalUpdate,
            "writableSignalError": WritableSignalError,
            "keepAliveAck": KeepAliveAck,
            "communicationWarning": CommunicationWarning,
        },
    ),
}
"""Union alias -> (name, discriminator wire key, tag value -> member class).

A one-member union is the member class itself at runtime, so it is structured as that class."""

ENUMS: Final[dict[Any, str]] = {
    ChatRole: "ChatRole",
    FileType: "FileType",
    ModelDomainType: "ModelDomainType",
    KvConfigLayerName: "KvConfigLayerName",
    LlmSplitStrategy: "LlmSplitStrategy",
    GpuSplitStrategy: "GpuSplitStrategy",
    LlamaCacheQuantizationType: "LlamaCacheQuantizationType",
    LlmContextOverflowPolicy: "LlmContextOverflowPolicy",
    LlmStructuredPredictionType: "LlmStructuredPredictionType",
    LlmPromptTemplateType: "LlmPromptTemplateType",
    LlmToolChoiceMode: "LlmToolChoiceMode",
    LlmToolNaming: "LlmToolNaming",
    RetrievalFileProcessingStep: "RetrievalFileProcessingStep",
    LlmReasoningType: "LlmReasoningType",
    LlmPredictionStopReason: "LlmPredictionStopReason",
    ModelInstanceProcessingStatus: "ModelInstanceProcessingStatus",
    ModelMemoryEstimateConfidence: "ModelMemoryEstimateConfidence",
    ModelCompatibilityType: "ModelCompatibilityType",
    ModelFormatName: "ModelFormatName",
    EngineCompatibilityStatus: "EngineCompatibilityStatus",
    SurveyResultCode: "SurveyResultCode",
    CpuArchitecture: "CpuArchitecture",
    CpuInstructionSetExtension: "CpuInstructionSetExtension",
    GpuDetectionPlatform: "GpuDetectionPlatform",
    GpuIntegrationType: "GpuIntegrationType",
    SurveyHardwareStatus: "SurveyHardwareStatus",
    CaptureOrigin: "CaptureOrigin",
}
"""Named string enums (Literal aliases), which the tolerant converter lets grow."""

TABLES: Final = Tables(
    renames=RENAMES,
    const_fields=CONST_FIELDS,
    required_const_keys=REQUIRED_CONST_KEYS,
    non_nullable_optional=NON_NULLABLE_OPTIONAL,
    unions=UNIONS,
    enums=ENUMS,
)
"""All of the above, for the schema-independent code in converter_runtime.py."""


def make_converter(*, strict: bool, detailed: bool = False) -> cattrs.Converter:
    """Build a converter for these models (see converter_runtime.make_converter)."""
    return _runtime.make_converter(TABLES, strict=strict, detailed=detailed)


def _accepts(member: Any, value: Any, strict: bool) -> bool:
    """Cheap shape test used to pick the member of an untagged union."""
    return _runtime.accepts(TABLES, member, value, strict)


def attrs_has(cls: Any) -> bool:
    """Whether cls is one of the generated attrs classes."""
    return TABLES.has(cls)


# ---------------------------------------------------------------------------------------------------
# Specialised functions (tolerant decoding, encoding), generated per class


_set_ChatHistoryData_messages: Final = ChatHistoryData.__dict__["messages"].__set__
_set_ChatMessageSystem_role: Final = ChatMessageSystem.__dict__["role"].__set__
_set_ChatMessageSystem_content: Final = ChatMessageSystem.__dict__["content"].__set__
_set_ChatMessageUser_role: Final = ChatMessageUser.__dict__["role"].__set__
_set_ChatMessageUser_content: Final = ChatMessageUser.__dict__["content"].__set__
_set_ChatMessageAssistant_role: Final = ChatMessageAssistant.__dict__["role"].__set__
_set_ChatMessageAssistant_content: Final = ChatMessageAssistant.__dict__["content"].__set__
_set_ChatMessageTool_role: Final = ChatMessageTool.__dict__["role"].__set__
_set_ChatMessageTool_content: Final = ChatMessageTool.__dict__["content"].__set__
_set_ChatMessagePartText_type: Final = ChatMessagePartText.__dict__["type"].__set__
_set_ChatMessagePartText_text: Final = ChatMessagePartText.__dict__["text"].__set__
_set_ChatMessagePartFile_type: Final = ChatMessagePartFile.__dict__["type"].__set__
_set_ChatMessagePartFile_name: Final = ChatMessagePartFile.__dict__["name"].__set__
_set_ChatMessagePartFile_identifier: Final = ChatMessagePartFile.__dict__["identifier"].__set__
_set_ChatMessagePartFile_size_bytes: Final = ChatMessagePartFile.__dict__["size_bytes"].__set__
_set_ChatMessagePartFile_file_type: Final = ChatMessagePartFile.__dict__["file_type"].__set__
_set_ChatMessagePartToolCallRequest_type: Final = ChatMessagePartToolCallRequest.__dict__[
    "type"
].__set__
_set_ChatMessagePartToolCallRequest_tool_call_request: Final = (
    ChatMessagePartToolCallRequest.__dict__["tool_call_request"].__set__
)
_set_ChatMessagePartToolCallResult_type: Final = ChatMessagePartToolCallResult.__dict__[
    "type"
].__set__
_set_ChatMessagePartToolCallResult_content: Final = ChatMessagePartToolCallResult.__dict__[
    "content"
].__set__
_set_ChatMessagePartToolCallResult_tool_call_id: Final = ChatMessagePartToolCallResult.__dict__[
    "tool_call_id"
].__set__
_set_ChatMessagePartToolCallResult_name: Final = ChatMessagePartToolCallResult.__dict__[
    "name"
].__set__
_set_SerializedError_title: Final = SerializedError.__dict__["title"].__set__
_set_SerializedError_root_title: Final = SerializedError.__dict__["root_title"].__set__
_set_SerializedError_cause: Final = SerializedError.__dict__["cause"].__set__
_set_SerializedError_suggestion: Final = SerializedError.__dict__["suggestion"].__set__
_set_SerializedError_error_data: Final = SerializedError.__dict__["error_data"].__set__
_set_SerializedError_display_data: Final = SerializedError.__dict__["display_data"].__set__
_set_SerializedError_stack: Final = SerializedError.__dict__["stack"].__set__
_set_ErrorDisplayDataSpecificModelUnloaded_code: Final = (
    ErrorDisplayDataSpecificModelUnloaded.__dict__["code"].__set__
)
_set_ErrorDisplayDataNoModelMatchingQuery_code: Final = (
    ErrorDisplayDataNoModelMatchingQuery.__dict__["code"].__set__
)
_set_ErrorDisplayDataNoModelMatchingQuery_query: Final = (
    ErrorDisplayDataNoModelMatchingQuery.__dict__["query"].__set__
)
_set_ErrorDisplayDataNoModelMatchingQuery_loaded_models_sample: Final = (
    ErrorDisplayDataNoModelMatchingQuery.__dict__["loaded_models_sample"].__set__
)
_set_ErrorDisplayDataNoModelMatchingQuery_total_loaded_models: Final = (
    ErrorDisplayDataNoModelMatchingQuery.__dict__["total_loaded_models"].__set__
)
_set_ErrorDisplayDataPathNotFound_code: Final = ErrorDisplayDataPathNotFound.__dict__[
    "code"
].__set__
_set_ErrorDisplayDataPathNotFound_path: Final = ErrorDisplayDataPathNotFound.__dict__[
    "path"
].__set__
_set_ErrorDisplayDataPathNotFound_available_paths_sample: Final = (
    ErrorDisplayDataPathNotFound.__dict__["available_paths_sample"].__set__
)
_set_ErrorDisplayDataPathNotFound_total_models: Final = ErrorDisplayDataPathNotFound.__dict__[
    "total_models"
].__set__
_set_ErrorDisplayDataIdentifierNotFound_code: Final = ErrorDisplayDataIdentifierNotFound.__dict__[
    "code"
].__set__
_set_ErrorDisplayDataIdentifierNotFound_identifier: Final = (
    ErrorDisplayDataIdentifierNotFound.__dict__["identifier"].__set__
)
_set_ErrorDisplayDataIdentifierNotFound_loaded_models_sample: Final = (
    ErrorDisplayDataIdentifierNotFound.__dict__["loaded_models_sample"].__set__
)
_set_ErrorDisplayDataIdentifierNotFound_total_loaded_models: Final = (
    ErrorDisplayDataIdentifierNotFound.__dict__["total_loaded_models"].__set__
)
_set_ErrorDisplayDataDomainMismatch_code: Final = ErrorDisplayDataDomainMismatch.__dict__[
    "code"
].__set__
_set_ErrorDisplayDataDomainMismatch_path: Final = ErrorDisplayDataDomainMismatch.__dict__[
    "path"
].__set__
_set_ErrorDisplayDataDomainMismatch_actual_domain: Final = ErrorDisplayDataDomainMismatch.__dict__[
    "actual_domain"
].__set__
_set_ErrorDisplayDataDomainMismatch_expected_domain: Final = (
    ErrorDisplayDataDomainMismatch.__dict__["expected_domain"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_code: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["code"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_feature: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["feature"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_engine_name: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["engine_name"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_engine_type: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["engine_type"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_installed_version: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["installed_version"].__set__
)
_set_ErrorDisplayDataEngineDoesNotSupportFeature_supported_version: Final = (
    ErrorDisplayDataEngineDoesNotSupportFeature.__dict__["supported_version"].__set__
)
_set_ErrorDisplayDataMissingRuntimeExtension_code: Final = (
    ErrorDisplayDataMissingRuntimeExtension.__dict__["code"].__set__
)
_set_ErrorDisplayDataPresetNotFound_code: Final = ErrorDisplayDataPresetNotFound.__dict__[
    "code"
].__set__
_set_ErrorDisplayDataPresetNotFound_specified_fuzzy_preset_identifier: Final = (
    ErrorDisplayDataPresetNotFound.__dict__["specified_fuzzy_preset_identifier"].__set__
)
_set_ErrorDisplayDataPresetNotFound_available_presets_sample: Final = (
    ErrorDisplayDataPresetNotFound.__dict__["available_presets_sample"].__set__
)
_set_ErrorDisplayDataPresetNotFound_total_available_presets: Final = (
    ErrorDisplayDataPresetNotFound.__dict__["total_available_presets"].__set__
)
_set_PresetSample_identifier: Final = PresetSample.__dict__["identifier"].__set__
_set_PresetSample_name: Final = PresetSample.__dict__["name"].__set__
_set_ModelQuery_domain: Final = ModelQuery.__dict__["domain"].__set__
_set_ModelQuery_identifier: Final = ModelQuery.__dict__["identifier"].__set__
_set_ModelQuery_path: Final = ModelQuery.__dict__["path"].__set__
_set_ModelQuery_vision: Final = ModelQuery.__dict__["vision"].__set__
_set_ModelQuery_device_identifier: Final = ModelQuery.__dict__["device_identifier"].__set__
_set_ModelSpecifierQuery_type: Final = ModelSpecifierQuery.__dict__["type"].__set__
_set_ModelSpecifierQuery_query: Final = ModelSpecifierQuery.__dict__["query"].__set__
_set_ModelSpecifierInstanceReference_type: Final = ModelSpecifierInstanceReference.__dict__[
    "type"
].__set__
_set_ModelSpecifierInstanceReference_instance_reference: Final = (
    ModelSpecifierInstanceReference.__dict__["instance_reference"].__set__
)
_set_EmbeddingLoadModelConfig_context_length: Final = EmbeddingLoadModelConfig.__dict__[
    "context_length"
].__set__
_set_EmbeddingLoadModelConfig_gpu: Final = EmbeddingLoadModelConfig.__dict__["gpu"].__set__
_set_EmbeddingLoadModelConfig_rope_frequency_base: Final = EmbeddingLoadModelConfig.__dict__[
    "rope_frequency_base"
].__set__
_set_EmbeddingLoadModelConfig_rope_frequency_scale: Final = EmbeddingLoadModelConfig.__dict__[
    "rope_frequency_scale"
].__set__
_set_EmbeddingLoadModelConfig_keep_model_in_memory: Final = EmbeddingLoadModelConfig.__dict__[
    "keep_model_in_memory"
].__set__
_set_EmbeddingLoadModelConfig_try_mmap: Final = EmbeddingLoadModelConfig.__dict__[
    "try_mmap"
].__set__
_set_KvConfigField_key: Final = KvConfigField.__dict__["key"].__set__
_set_KvConfigField_value: Final = KvConfigField.__dict__["value"].__set__
_set_KvConfig_fields: Final = KvConfig.__dict__["fields"].__set__
_set_KvConfigStackLayer_layer_name: Final = KvConfigStackLayer.__dict__["layer_name"].__set__
_set_KvConfigStackLayer_config: Final = KvConfigStackLayer.__dict__["config"].__set__
_set_KvConfigStack_layers: Final = KvConfigStack.__dict__["layers"].__set__
_set_LlmLoadModelConfig_context_length: Final = LlmLoadModelConfig.__dict__[
    "context_length"
].__set__
_set_LlmLoadModelConfig_gpu: Final = LlmLoadModelConfig.__dict__["gpu"].__set__
_set_LlmLoadModelConfig_gpu_strict_vram_cap: Final = LlmLoadModelConfig.__dict__[
    "gpu_strict_vram_cap"
].__set__
_set_LlmLoadModelConfig_offload_kv_cache_to_gpu: Final = LlmLoadModelConfig.__dict__[
    "offload_kv_cache_to_gpu"
].__set__
_set_LlmLoadModelConfig_seed: Final = LlmLoadModelConfig.__dict__["seed"].__set__
_set_LlmLoadModelConfig_rope_frequency_base: Final = LlmLoadModelConfig.__dict__[
    "rope_frequency_base"
].__set__
_set_LlmLoadModelConfig_rope_frequency_scale: Final = LlmLoadModelConfig.__dict__[
    "rope_frequency_scale"
].__set__
_set_LlmLoadModelConfig_eval_batch_size: Final = LlmLoadModelConfig.__dict__[
    "eval_batch_size"
].__set__
_set_LlmLoadModelConfig_flash_attention: Final = LlmLoadModelConfig.__dict__[
    "flash_attention"
].__set__
_set_LlmLoadModelConfig_keep_model_in_memory: Final = LlmLoadModelConfig.__dict__[
    "keep_model_in_memory"
].__set__
_set_LlmLoadModelConfig_use_fp16_for_kv_cache: Final = LlmLoadModelConfig.__dict__[
    "use_fp16_for_kv_cache"
].__set__
_set_LlmLoadModelConfig_try_mmap: Final = LlmLoadModelConfig.__dict__["try_mmap"].__set__
_set_LlmLoadModelConfig_num_experts: Final = LlmLoadModelConfig.__dict__["num_experts"].__set__
_set_LlmLoadModelConfig_llama_k_cache_quantization_type: Final = LlmLoadModelConfig.__dict__[
    "llama_k_cache_quantization_type"
].__set__
_set_LlmLoadModelConfig_llama_v_cache_quantization_type: Final = LlmLoadModelConfig.__dict__[
    "llama_v_cache_quantization_type"
].__set__
_set_LlmLoadModelConfig_max_parallel_predictions: Final = LlmLoadModelConfig.__dict__[
    "max_parallel_predictions"
].__set__
_set_LlmLoadModelConfig_physical_batch_size: Final = LlmLoadModelConfig.__dict__[
    "physical_batch_size"
].__set__
_set_LlmLoadModelConfig_use_unified_kv_cache: Final = LlmLoadModelConfig.__dict__[
    "use_unified_kv_cache"
].__set__
_set_LlmLoadModelConfig_try_direct_io: Final = LlmLoadModelConfig.__dict__["try_direct_io"].__set__
_set_LlmLoadModelConfig_auto_fit: Final = LlmLoadModelConfig.__dict__["auto_fit"].__set__
_set_LlmLoadModelConfig_auto_fit_min_context_length: Final = LlmLoadModelConfig.__dict__[
    "auto_fit_min_context_length"
].__set__
_set_LlmLoadModelConfig_context_checkpoints: Final = LlmLoadModelConfig.__dict__[
    "context_checkpoints"
].__set__
_set_LlmLoadModelConfig_reasoning_budget_message: Final = LlmLoadModelConfig.__dict__[
    "reasoning_budget_message"
].__set__
_set_LlmLoadModelConfig_speculative_draft_model: Final = LlmLoadModelConfig.__dict__[
    "speculative_draft_model"
].__set__
_set_LlmLoadModelConfig_speculative_draft_mtp: Final = LlmLoadModelConfig.__dict__[
    "speculative_draft_mtp"
].__set__
_set_LlmLoadModelConfig_speculative_draft_simple: Final = LlmLoadModelConfig.__dict__[
    "speculative_draft_simple"
].__set__
_set_LlmLoadModelConfig_speculative_draft_max_tokens: Final = LlmLoadModelConfig.__dict__[
    "speculative_draft_max_tokens"
].__set__
_set_LlmLoadModelConfig_speculative_draft_min_tokens: Final = LlmLoadModelConfig.__dict__[
    "speculative_draft_min_tokens"
].__set__
_set_LlmLoadModelConfig_speculative_draft_min_continue_probability: Final = (
    LlmLoadModelConfig.__dict__["speculative_draft_min_continue_probability"].__set__
)
_set_LlmLoadModelConfig_mlx_disk_cache: Final = LlmLoadModelConfig.__dict__[
    "mlx_disk_cache"
].__set__
_set_LlmLoadModelConfig_prompt_template: Final = LlmLoadModelConfig.__dict__[
    "prompt_template"
].__set__
_set_GpuSetting_ratio: Final = GpuSetting.__dict__["ratio"].__set__
_set_GpuSetting_main_gpu: Final = GpuSetting.__dict__["main_gpu"].__set__
_set_GpuSetting_split_strategy: Final = GpuSetting.__dict__["split_strategy"].__set__
_set_GpuSetting_disabled_gpus: Final = GpuSetting.__dict__["disabled_gpus"].__set__
_set_GpuSplitConfig_strategy: Final = GpuSplitConfig.__dict__["strategy"].__set__
_set_GpuSplitConfig_disabled_gpus: Final = GpuSplitConfig.__dict__["disabled_gpus"].__set__
_set_GpuSplitConfig_priority: Final = GpuSplitConfig.__dict__["priority"].__set__
_set_GpuSplitConfig_custom_ratio: Final = GpuSplitConfig.__dict__["custom_ratio"].__set__
_set_LlmLoadPromptTemplate_type: Final = LlmLoadPromptTemplate.__dict__["type"].__set__
_set_LlmLoadPromptTemplate_jinja_prompt_template: Final = LlmLoadPromptTemplate.__dict__[
    "jinja_prompt_template"
].__set__
_set_LlmPredictionConfig_temperature: Final = LlmPredictionConfig.__dict__["temperature"].__set__
_set_LlmPredictionConfig_max_tokens: Final = LlmPredictionConfig.__dict__["max_tokens"].__set__
_set_LlmPredictionConfig_stop_strings: Final = LlmPredictionConfig.__dict__["stop_strings"].__set__
_set_LlmPredictionConfig_tool_call_stop_strings: Final = LlmPredictionConfig.__dict__[
    "tool_call_stop_strings"
].__set__
_set_LlmPredictionConfig_context_overflow_policy: Final = LlmPredictionConfig.__dict__[
    "context_overflow_policy"
].__set__
_set_LlmPredictionConfig_structured: Final = LlmPredictionConfig.__dict__["structured"].__set__
_set_LlmPredictionConfig_raw_tools: Final = LlmPredictionConfig.__dict__["raw_tools"].__set__
_set_LlmPredictionConfig_tool_choice: Final = LlmPredictionConfig.__dict__["tool_choice"].__set__
_set_LlmPredictionConfig_tool_naming: Final = LlmPredictionConfig.__dict__["tool_naming"].__set__
_set_LlmPredictionConfig_top_k_sampling: Final = LlmPredictionConfig.__dict__[
    "top_k_sampling"
].__set__
_set_LlmPredictionConfig_top_p_sampling: Final = LlmPredictionConfig.__dict__[
    "top_p_sampling"
].__set__
_set_LlmPredictionConfig_min_p_sampling: Final = LlmPredictionConfig.__dict__[
    "min_p_sampling"
].__set__
_set_LlmPredictionConfig_repeat_penalty: Final = LlmPredictionConfig.__dict__[
    "repeat_penalty"
].__set__
_set_LlmPredictionConfig_presence_penalty: Final = LlmPredictionConfig.__dict__[
    "presence_penalty"
].__set__
_set_LlmPredictionConfig_xtc_probability: Final = LlmPredictionConfig.__dict__[
    "xtc_probability"
].__set__
_set_LlmPredictionConfig_xtc_threshold: Final = LlmPredictionConfig.__dict__[
    "xtc_threshold"
].__set__
_set_LlmPredictionConfig_log_probs: Final = LlmPredictionConfig.__dict__["log_probs"].__set__
_set_LlmPredictionConfig_cpu_threads: Final = LlmPredictionConfig.__dict__["cpu_threads"].__set__
_set_LlmPredictionConfig_enable_thinking: Final = LlmPredictionConfig.__dict__[
    "enable_thinking"
].__set__
_set_LlmPredictionConfig_reasoning_budget: Final = LlmPredictionConfig.__dict__[
    "reasoning_budget"
].__set__
_set_LlmPredictionConfig_reasoning_parsing: Final = LlmPredictionConfig.__dict__[
    "reasoning_parsing"
].__set__
_set_LlmPredictionConfig_prompt_template: Final = LlmPredictionConfig.__dict__[
    "prompt_template"
].__set__
_set_LlmPredictionConfig_draft_model: Final = LlmPredictionConfig.__dict__["draft_model"].__set__
_set_LlmPredictionConfig_speculative_decoding_num_draft_tokens_exact: Final = (
    LlmPredictionConfig.__dict__["speculative_decoding_num_draft_tokens_exact"].__set__
)
_set_LlmPredictionConfig_speculative_decoding_min_draft_length_to_consider: Final = (
    LlmPredictionConfig.__dict__["speculative_decoding_min_draft_length_to_consider"].__set__
)
_set_LlmPredictionConfig_speculative_decoding_min_continue_drafting_probability: Final = (
    LlmPredictionConfig.__dict__["speculative_decoding_min_continue_drafting_probability"].__set__
)
_set_LlmPredictionConfig_user_max_image_dimension_pixels: Final = LlmPredictionConfig.__dict__[
    "user_max_image_dimension_pixels"
].__set__
_set_LlmPredictionConfig_ignore_model_preferred_max_image_dimension: Final = (
    LlmPredictionConfig.__dict__["ignore_model_preferred_max_image_dimension"].__set__
)
_set_LlmStructuredPredictionSetting_type: Final = LlmStructuredPredictionSetting.__dict__[
    "type"
].__set__
_set_LlmStructuredPredictionSetting_json_schema: Final = LlmStructuredPredictionSetting.__dict__[
    "json_schema"
].__set__
_set_LlmStructuredPredictionSetting_gbnf_grammar: Final = LlmStructuredPredictionSetting.__dict__[
    "gbnf_grammar"
].__set__
_set_LlmReasoningParsing_enabled: Final = LlmReasoningParsing.__dict__["enabled"].__set__
_set_LlmReasoningParsing_start_string: Final = LlmReasoningParsing.__dict__["start_string"].__set__
_set_LlmReasoningParsing_end_string: Final = LlmReasoningParsing.__dict__["end_string"].__set__
_set_LlmManualPromptTemplate_before_system: Final = LlmManualPromptTemplate.__dict__[
    "before_system"
].__set__
_set_LlmManualPromptTemplate_after_system: Final = LlmManualPromptTemplate.__dict__[
    "after_system"
].__set__
_set_LlmManualPromptTemplate_before_user: Final = LlmManualPromptTemplate.__dict__[
    "before_user"
].__set__
_set_LlmManualPromptTemplate_after_user: Final = LlmManualPromptTemplate.__dict__[
    "after_user"
].__set__
_set_LlmManualPromptTemplate_before_assistant: Final = LlmManualPromptTemplate.__dict__[
    "before_assistant"
].__set__
_set_LlmManualPromptTemplate_after_assistant: Final = LlmManualPromptTemplate.__dict__[
    "after_assistant"
].__set__
_set_LlmJinjaPromptTemplate_template: Final = LlmJinjaPromptTemplate.__dict__["template"].__set__
_set_LlmPromptTemplate_type: Final = LlmPromptTemplate.__dict__["type"].__set__
_set_LlmPromptTemplate_manual_prompt_template: Final = LlmPromptTemplate.__dict__[
    "manual_prompt_template"
].__set__
_set_LlmPromptTemplate_jinja_prompt_template: Final = LlmPromptTemplate.__dict__[
    "jinja_prompt_template"
].__set__
_set_LlmPromptTemplate_stop_strings: Final = LlmPromptTemplate.__dict__["stop_strings"].__set__
_set_LlmToolChoice_type: Final = LlmToolChoice.__dict__["type"].__set__
_set_LlmToolChoice_mode: Final = LlmToolChoice.__dict__["mode"].__set__
_set_EmbeddingGetOrLoadAlreadyLoadedPacket_type: Final = (
    EmbeddingGetOrLoadAlreadyLoadedPacket.__dict__["type"].__set__
)
_set_EmbeddingGetOrLoadAlreadyLoadedPacket_info: Final = (
    EmbeddingGetOrLoadAlreadyLoadedPacket.__dict__["info"].__set__
)
_set_EmbeddingGetOrLoadStartLoadingPacket_type: Final = (
    EmbeddingGetOrLoadStartLoadingPacket.__dict__["type"].__set__
)
_set_EmbeddingGetOrLoadStartLoadingPacket_identifier: Final = (
    EmbeddingGetOrLoadStartLoadingPacket.__dict__["identifier"].__set__
)
_set_EmbeddingGetOrLoadStartLoadingPacket_info: Final = (
    EmbeddingGetOrLoadStartLoadingPacket.__dict__["info"].__set__
)
_set_EmbeddingGetOrLoadUnloadingOtherJitModelPacket_type: Final = (
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket.__dict__["type"].__set__
)
_set_EmbeddingGetOrLoadUnloadingOtherJitModelPacket_info: Final = (
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket.__dict__["info"].__set__
)
_set_EmbeddingGetOrLoadLoadProgressPacket_type: Final = (
    EmbeddingGetOrLoadLoadProgressPacket.__dict__["type"].__set__
)
_set_EmbeddingGetOrLoadLoadProgressPacket_progress: Final = (
    EmbeddingGetOrLoadLoadProgressPacket.__dict__["progress"].__set__
)
_set_EmbeddingGetOrLoadLoadSuccessPacket_type: Final = EmbeddingGetOrLoadLoadSuccessPacket.__dict__[
    "type"
].__set__
_set_EmbeddingGetOrLoadLoadSuccessPacket_info: Final = EmbeddingGetOrLoadLoadSuccessPacket.__dict__[
    "info"
].__set__
_set_EmbeddingLoadModelCreationParameter_model_key: Final = (
    EmbeddingLoadModelCreationParameter.__dict__["model_key"].__set__
)
_set_EmbeddingLoadModelCreationParameter_identifier: Final = (
    EmbeddingLoadModelCreationParameter.__dict__["identifier"].__set__
)
_set_EmbeddingLoadModelCreationParameter_ttl_ms: Final = (
    EmbeddingLoadModelCreationParameter.__dict__["ttl_ms"].__set__
)
_set_EmbeddingLoadModelCreationParameter_load_config_stack: Final = (
    EmbeddingLoadModelCreationParameter.__dict__["load_config_stack"].__set__
)
_set_EmbeddingLoadModelResolvedPacket_type: Final = EmbeddingLoadModelResolvedPacket.__dict__[
    "type"
].__set__
_set_EmbeddingLoadModelResolvedPacket_info: Final = EmbeddingLoadModelResolvedPacket.__dict__[
    "info"
].__set__
_set_EmbeddingLoadModelResolvedPacket_ambiguous: Final = EmbeddingLoadModelResolvedPacket.__dict__[
    "ambiguous"
].__set__
_set_EmbeddingLoadModelProgressPacket_type: Final = EmbeddingLoadModelProgressPacket.__dict__[
    "type"
].__set__
_set_EmbeddingLoadModelProgressPacket_progress: Final = EmbeddingLoadModelProgressPacket.__dict__[
    "progress"
].__set__
_set_EmbeddingLoadModelSuccessPacket_type: Final = EmbeddingLoadModelSuccessPacket.__dict__[
    "type"
].__set__
_set_EmbeddingLoadModelSuccessPacket_info: Final = EmbeddingLoadModelSuccessPacket.__dict__[
    "info"
].__set__
_set_EmbedStringParameter_model_specifier: Final = EmbedStringParameter.__dict__[
    "model_specifier"
].__set__
_set_EmbedStringParameter_input_string: Final = EmbedStringParameter.__dict__[
    "input_string"
].__set__
_set_EmbedStringResult_embedding: Final = EmbedStringResult.__dict__["embedding"].__set__
_set_UploadFileBase64Parameter_name: Final = UploadFileBase64Parameter.__dict__["name"].__set__
_set_UploadFileBase64Parameter_content_base64: Final = UploadFileBase64Parameter.__dict__[
    "content_base64"
].__set__
_set_UploadFileBase64Result_identifier: Final = UploadFileBase64Result.__dict__[
    "identifier"
].__set__
_set_UploadFileBase64Result_file_type: Final = UploadFileBase64Result.__dict__["file_type"].__set__
_set_UploadFileBase64Result_size_bytes: Final = UploadFileBase64Result.__dict__[
    "size_bytes"
].__set__
_set_DocumentParsingLibraryIdentifier_library: Final = DocumentParsingLibraryIdentifier.__dict__[
    "library"
].__set__
_set_DocumentParsingLibraryIdentifier_version: Final = DocumentParsingLibraryIdentifier.__dict__[
    "version"
].__set__
_set_DocumentParsingOpts_parser_id: Final = DocumentParsingOpts.__dict__["parser_id"].__set__
_set_GetDocumentParsingLibraryParameter_file_identifier: Final = (
    GetDocumentParsingLibraryParameter.__dict__["file_identifier"].__set__
)
_set_ParseDocumentCreationParameter_file_identifier: Final = (
    ParseDocumentCreationParameter.__dict__["file_identifier"].__set__
)
_set_ParseDocumentCreationParameter_parse_opts: Final = ParseDocumentCreationParameter.__dict__[
    "parse_opts"
].__set__
_set_ParseDocumentParserLoadedPacket_type: Final = ParseDocumentParserLoadedPacket.__dict__[
    "type"
].__set__
_set_ParseDocumentParserLoadedPacket_parser: Final = ParseDocumentParserLoadedPacket.__dict__[
    "parser"
].__set__
_set_ParseDocumentProgressPacket_type: Final = ParseDocumentProgressPacket.__dict__["type"].__set__
_set_ParseDocumentProgressPacket_progress: Final = ParseDocumentProgressPacket.__dict__[
    "progress"
].__set__
_set_ParseDocumentResultPacket_type: Final = ParseDocumentResultPacket.__dict__["type"].__set__
_set_ParseDocumentResultPacket_content: Final = ParseDocumentResultPacket.__dict__[
    "content"
].__set__
_set_ParseDocumentResultPacket_parser: Final = ParseDocumentResultPacket.__dict__["parser"].__set__
_set_ParseDocumentCancelPacket_type: Final = ParseDocumentCancelPacket.__dict__["type"].__set__
_set_RetrieveCreationParameter_query: Final = RetrieveCreationParameter.__dict__["query"].__set__
_set_RetrieveCreationParameter_file_identifiers: Final = RetrieveCreationParameter.__dict__[
    "file_identifiers"
].__set__
_set_RetrieveCreationParameter_config: Final = RetrieveCreationParameter.__dict__["config"].__set__
_set_RetrieveFileProcessListPacket_type: Final = RetrieveFileProcessListPacket.__dict__[
    "type"
].__set__
_set_RetrieveFileProcessListPacket_indices: Final = RetrieveFileProcessListPacket.__dict__[
    "indices"
].__set__
_set_RetrieveFileProcessingStartPacket_type: Final = RetrieveFileProcessingStartPacket.__dict__[
    "type"
].__set__
_set_RetrieveFileProcessingStartPacket_index: Final = RetrieveFileProcessingStartPacket.__dict__[
    "index"
].__set__
_set_RetrieveFileProcessingEndPacket_type: Final = RetrieveFileProcessingEndPacket.__dict__[
    "type"
].__set__
_set_RetrieveFileProcessingEndPacket_index: Final = RetrieveFileProcessingEndPacket.__dict__[
    "index"
].__set__
_set_RetrieveFileProcessingStepStartPacket_type: Final = (
    RetrieveFileProcessingStepStartPacket.__dict__["type"].__set__
)
_set_RetrieveFileProcessingStepStartPacket_index: Final = (
    RetrieveFileProcessingStepStartPacket.__dict__["index"].__set__
)
_set_RetrieveFileProcessingStepStartPacket_step: Final = (
    RetrieveFileProcessingStepStartPacket.__dict__["step"].__set__
)
_set_RetrieveFileProcessingStepProgressPacket_type: Final = (
    RetrieveFileProcessingStepProgressPacket.__dict__["type"].__set__
)
_set_RetrieveFileProcessingStepProgressPacket_index: Final = (
    RetrieveFileProcessingStepProgressPacket.__dict__["index"].__set__
)
_set_RetrieveFileProcessingStepProgressPacket_step: Final = (
    RetrieveFileProcessingStepProgressPacket.__dict__["step"].__set__
)
_set_RetrieveFileProcessingStepProgressPacket_progress: Final = (
    RetrieveFileProcessingStepProgressPacket.__dict__["progress"].__set__
)
_set_RetrieveFileProcessingStepEndPacket_type: Final = RetrieveFileProcessingStepEndPacket.__dict__[
    "type"
].__set__
_set_RetrieveFileProcessingStepEndPacket_index: Final = (
    RetrieveFileProcessingStepEndPacket.__dict__["index"].__set__
)
_set_RetrieveFileProcessingStepEndPacket_step: Final = RetrieveFileProcessingStepEndPacket.__dict__[
    "step"
].__set__
_set_RetrieveSearchingStartPacket_type: Final = RetrieveSearchingStartPacket.__dict__[
    "type"
].__set__
_set_RetrieveSearchingEndPacket_type: Final = RetrieveSearchingEndPacket.__dict__["type"].__set__
_set_RetrieveResultPacket_type: Final = RetrieveResultPacket.__dict__["type"].__set__
_set_RetrieveResultPacket_result: Final = RetrieveResultPacket.__dict__["result"].__set__
_set_InternalRetrievalResult_entries: Final = InternalRetrievalResult.__dict__["entries"].__set__
_set_InternalRetrievalResultEntry_content: Final = InternalRetrievalResultEntry.__dict__[
    "content"
].__set__
_set_InternalRetrievalResultEntry_score: Final = InternalRetrievalResultEntry.__dict__[
    "score"
].__set__
_set_InternalRetrievalResultEntry_source_index: Final = InternalRetrievalResultEntry.__dict__[
    "source_index"
].__set__
_set_InternalRetrievalResultEntry_page_number: Final = InternalRetrievalResultEntry.__dict__[
    "page_number"
].__set__
_set_InternalRetrievalResultEntry_line_number: Final = InternalRetrievalResultEntry.__dict__[
    "line_number"
].__set__
_set_RetrieveStopPacket_type: Final = RetrieveStopPacket.__dict__["type"].__set__
_set_CompleteRawTextCreationParameter_model_specifier: Final = (
    CompleteRawTextCreationParameter.__dict__["model_specifier"].__set__
)
_set_CompleteRawTextCreationParameter_raw_prompt: Final = CompleteRawTextCreationParameter.__dict__[
    "raw_prompt"
].__set__
_set_CompleteRawTextCreationParameter_prediction_config_stack: Final = (
    CompleteRawTextCreationParameter.__dict__["prediction_config_stack"].__set__
)
_set_CompleteRawTextCreationParameter_fuzzy_preset_identifier: Final = (
    CompleteRawTextCreationParameter.__dict__["fuzzy_preset_identifier"].__set__
)
_set_CompleteRawTextCreationParameter_ignore_server_session_config: Final = (
    CompleteRawTextCreationParameter.__dict__["ignore_server_session_config"].__set__
)
_set_GetOrLoadCreationParameter_identifier: Final = GetOrLoadCreationParameter.__dict__[
    "identifier"
].__set__
_set_GetOrLoadCreationParameter_load_ttl_ms: Final = GetOrLoadCreationParameter.__dict__[
    "load_ttl_ms"
].__set__
_set_GetOrLoadCreationParameter_load_config_stack: Final = GetOrLoadCreationParameter.__dict__[
    "load_config_stack"
].__set__
_set_GetOrLoadCreationParameter_device_identifier: Final = GetOrLoadCreationParameter.__dict__[
    "device_identifier"
].__set__
_set_GetOrLoadAlreadyLoadedPacket_type: Final = GetOrLoadAlreadyLoadedPacket.__dict__[
    "type"
].__set__
_set_GetOrLoadAlreadyLoadedPacket_info: Final = GetOrLoadAlreadyLoadedPacket.__dict__[
    "info"
].__set__
_set_GetOrLoadStartLoadingPacket_type: Final = GetOrLoadStartLoadingPacket.__dict__["type"].__set__
_set_GetOrLoadStartLoadingPacket_identifier: Final = GetOrLoadStartLoadingPacket.__dict__[
    "identifier"
].__set__
_set_GetOrLoadStartLoadingPacket_info: Final = GetOrLoadStartLoadingPacket.__dict__["info"].__set__
_set_GetOrLoadUnloadingOtherJitModelPacket_type: Final = (
    GetOrLoadUnloadingOtherJitModelPacket.__dict__["type"].__set__
)
_set_GetOrLoadUnloadingOtherJitModelPacket_info: Final = (
    GetOrLoadUnloadingOtherJitModelPacket.__dict__["info"].__set__
)
_set_GetOrLoadLoadProgressPacket_type: Final = GetOrLoadLoadProgressPacket.__dict__["type"].__set__
_set_GetOrLoadLoadProgressPacket_progress: Final = GetOrLoadLoadProgressPacket.__dict__[
    "progress"
].__set__
_set_GetOrLoadLoadSuccessPacket_type: Final = GetOrLoadLoadSuccessPacket.__dict__["type"].__set__
_set_GetOrLoadLoadSuccessPacket_info: Final = GetOrLoadLoadSuccessPacket.__dict__["info"].__set__
_set_GetOrLoadCancelPacket_type: Final = GetOrLoadCancelPacket.__dict__["type"].__set__
_set_LoadModelCreationParameter_model_key: Final = LoadModelCreationParameter.__dict__[
    "model_key"
].__set__
_set_LoadModelCreationParameter_identifier: Final = LoadModelCreationParameter.__dict__[
    "identifier"
].__set__
_set_LoadModelCreationParameter_ttl_ms: Final = LoadModelCreationParameter.__dict__[
    "ttl_ms"
].__set__
_set_LoadModelCreationParameter_load_config_stack: Final = LoadModelCreationParameter.__dict__[
    "load_config_stack"
].__set__
_set_LoadModelCreationParameter_device_identifier: Final = LoadModelCreationParameter.__dict__[
    "device_identifier"
].__set__
_set_LoadModelResolvedPacket_type: Final = LoadModelResolvedPacket.__dict__["type"].__set__
_set_LoadModelResolvedPacket_info: Final = LoadModelResolvedPacket.__dict__["info"].__set__
_set_LoadModelResolvedPacket_ambiguous: Final = LoadModelResolvedPacket.__dict__[
    "ambiguous"
].__set__
_set_LoadModelProgressPacket_type: Final = LoadModelProgressPacket.__dict__["type"].__set__
_set_LoadModelProgressPacket_progress: Final = LoadModelProgressPacket.__dict__["progress"].__set__
_set_LoadModelSuccessPacket_type: Final = LoadModelSuccessPacket.__dict__["type"].__set__
_set_LoadModelSuccessPacket_info: Final = LoadModelSuccessPacket.__dict__["info"].__set__
_set_LoadModelCancelPacket_type: Final = LoadModelCancelPacket.__dict__["type"].__set__
_set_PredictCreationParameter_model_specifier: Final = PredictCreationParameter.__dict__[
    "model_specifier"
].__set__
_set_PredictCreationParameter_history: Final = PredictCreationParameter.__dict__["history"].__set__
_set_PredictCreationParameter_prediction_config_stack: Final = PredictCreationParameter.__dict__[
    "prediction_config_stack"
].__set__
_set_PredictCreationParameter_fuzzy_preset_identifier: Final = PredictCreationParameter.__dict__[
    "fuzzy_preset_identifier"
].__set__
_set_PredictCreationParameter_ignore_server_session_config: Final = (
    PredictCreationParameter.__dict__["ignore_server_session_config"].__set__
)
_set_PredictFragmentPacket_type: Final = PredictFragmentPacket.__dict__["type"].__set__
_set_PredictFragmentPacket_fragment: Final = PredictFragmentPacket.__dict__["fragment"].__set__
_set_PredictFragmentPacket_logprobs: Final = PredictFragmentPacket.__dict__["logprobs"].__set__
_set_PredictPromptProcessingProgressPacket_type: Final = (
    PredictPromptProcessingProgressPacket.__dict__["type"].__set__
)
_set_PredictPromptProcessingProgressPacket_progress: Final = (
    PredictPromptProcessingProgressPacket.__dict__["progress"].__set__
)
_set_PredictPromptProcessingProgressPacket_details: Final = (
    PredictPromptProcessingProgressPacket.__dict__["details"].__set__
)
_set_PredictToolCallGenerationStartPacket_type: Final = (
    PredictToolCallGenerationStartPacket.__dict__["type"].__set__
)
_set_PredictToolCallGenerationStartPacket_tool_call_id: Final = (
    PredictToolCallGenerationStartPacket.__dict__["tool_call_id"].__set__
)
_set_PredictToolCallGenerationNameReceivedPacket_type: Final = (
    PredictToolCallGenerationNameReceivedPacket.__dict__["type"].__set__
)
_set_PredictToolCallGenerationNameReceivedPacket_name: Final = (
    PredictToolCallGenerationNameReceivedPacket.__dict__["name"].__set__
)
_set_PredictToolCallGenerationArgumentFragmentGeneratedPacket_type: Final = (
    PredictToolCallGenerationArgumentFragmentGeneratedPacket.__dict__["type"].__set__
)
_set_PredictToolCallGenerationArgumentFragmentGeneratedPacket_content: Final = (
    PredictToolCallGenerationArgumentFragmentGeneratedPacket.__dict__["content"].__set__
)
_set_PredictToolCallGenerationEndPacket_type: Final = PredictToolCallGenerationEndPacket.__dict__[
    "type"
].__set__
_set_PredictToolCallGenerationEndPacket_tool_call_request: Final = (
    PredictToolCallGenerationEndPacket.__dict__["tool_call_request"].__set__
)
_set_PredictToolCallGenerationEndPacket_raw_content: Final = (
    PredictToolCallGenerationEndPacket.__dict__["raw_content"].__set__
)
_set_PredictToolCallGenerationFailedPacket_type: Final = (
    PredictToolCallGenerationFailedPacket.__dict__["type"].__set__
)
_set_PredictToolCallGenerationFailedPacket_error: Final = (
    PredictToolCallGenerationFailedPacket.__dict__["error"].__set__
)
_set_PredictToolCallGenerationFailedPacket_raw_content: Final = (
    PredictToolCallGenerationFailedPacket.__dict__["raw_content"].__set__
)
_set_PredictSuccessPacket_type: Final = PredictSuccessPacket.__dict__["type"].__set__
_set_PredictSuccessPacket_stats: Final = PredictSuccessPacket.__dict__["stats"].__set__
_set_PredictSuccessPacket_model_info: Final = PredictSuccessPacket.__dict__["model_info"].__set__
_set_PredictSuccessPacket_load_model_config: Final = PredictSuccessPacket.__dict__[
    "load_model_config"
].__set__
_set_PredictSuccessPacket_prediction_config: Final = PredictSuccessPacket.__dict__[
    "prediction_config"
].__set__
_set_PredictCancelPacket_type: Final = PredictCancelPacket.__dict__["type"].__set__
_set_LlmPredictionFragment_content: Final = LlmPredictionFragment.__dict__["content"].__set__
_set_LlmPredictionFragment_tokens_count: Final = LlmPredictionFragment.__dict__[
    "tokens_count"
].__set__
_set_LlmPredictionFragment_contains_drafted: Final = LlmPredictionFragment.__dict__[
    "contains_drafted"
].__set__
_set_LlmPredictionFragment_reasoning_type: Final = LlmPredictionFragment.__dict__[
    "reasoning_type"
].__set__
_set_LlmPredictionFragment_is_structural: Final = LlmPredictionFragment.__dict__[
    "is_structural"
].__set__
_set_LlmPredictionFragment_tokens: Final = LlmPredictionFragment.__dict__["tokens"].__set__
_set_LlmTokenCandidate_text: Final = LlmTokenCandidate.__dict__["text"].__set__
_set_LlmTokenCandidate_id: Final = LlmTokenCandidate.__dict__["id"].__set__
_set_LlmTokenCandidate_log_prob: Final = LlmTokenCandidate.__dict__["log_prob"].__set__
_set_LlmPredictionToken_text: Final = LlmPredictionToken.__dict__["text"].__set__
_set_LlmPredictionToken_id: Final = LlmPredictionToken.__dict__["id"].__set__
_set_LlmPredictionToken_log_prob: Final = LlmPredictionToken.__dict__["log_prob"].__set__
_set_LlmPredictionToken_candidates: Final = LlmPredictionToken.__dict__["candidates"].__set__
_set_LlmPromptProcessingDetails_cached_token_count: Final = LlmPromptProcessingDetails.__dict__[
    "cached_token_count"
].__set__
_set_LlmPromptProcessingDetails_total_prompt_token_count: Final = (
    LlmPromptProcessingDetails.__dict__["total_prompt_token_count"].__set__
)
_set_LlmPromptProcessingDetails_processed_prompt_token_count: Final = (
    LlmPromptProcessingDetails.__dict__["processed_prompt_token_count"].__set__
)
_set_LlmPromptProcessingDetails_unprocessed_prompt_token_count: Final = (
    LlmPromptProcessingDetails.__dict__["unprocessed_prompt_token_count"].__set__
)
_set_LlmPredictionStats_stop_reason: Final = LlmPredictionStats.__dict__["stop_reason"].__set__
_set_LlmPredictionStats_stop_string: Final = LlmPredictionStats.__dict__["stop_string"].__set__
_set_LlmPredictionStats_tokens_per_second: Final = LlmPredictionStats.__dict__[
    "tokens_per_second"
].__set__
_set_LlmPredictionStats_num_gpu_layers: Final = LlmPredictionStats.__dict__[
    "num_gpu_layers"
].__set__
_set_LlmPredictionStats_time_to_first_token_sec: Final = LlmPredictionStats.__dict__[
    "time_to_first_token_sec"
].__set__
_set_LlmPredictionStats_total_time_sec: Final = LlmPredictionStats.__dict__[
    "total_time_sec"
].__set__
_set_LlmPredictionStats_prompt_tokens_count: Final = LlmPredictionStats.__dict__[
    "prompt_tokens_count"
].__set__
_set_LlmPredictionStats_predicted_tokens_count: Final = LlmPredictionStats.__dict__[
    "predicted_tokens_count"
].__set__
_set_LlmPredictionStats_total_tokens_count: Final = LlmPredictionStats.__dict__[
    "total_tokens_count"
].__set__
_set_LlmPredictionStats_used_draft_model_key: Final = LlmPredictionStats.__dict__[
    "used_draft_model_key"
].__set__
_set_LlmPredictionStats_total_draft_tokens_count: Final = LlmPredictionStats.__dict__[
    "total_draft_tokens_count"
].__set__
_set_LlmPredictionStats_accepted_draft_tokens_count: Final = LlmPredictionStats.__dict__[
    "accepted_draft_tokens_count"
].__set__
_set_LlmPredictionStats_rejected_draft_tokens_count: Final = LlmPredictionStats.__dict__[
    "rejected_draft_tokens_count"
].__set__
_set_LlmPredictionStats_ignored_draft_tokens_count: Final = LlmPredictionStats.__dict__[
    "ignored_draft_tokens_count"
].__set__
_set_GetModelInfoParameter_specifier: Final = GetModelInfoParameter.__dict__["specifier"].__set__
_set_GetModelInfoParameter_throw_if_not_found: Final = GetModelInfoParameter.__dict__[
    "throw_if_not_found"
].__set__
_set_UnloadModelParameter_identifier: Final = UnloadModelParameter.__dict__["identifier"].__set__
_set_UnloadModelParameter_device_identifier: Final = UnloadModelParameter.__dict__[
    "device_identifier"
].__set__
_set_CountTokensParameter_specifier: Final = CountTokensParameter.__dict__["specifier"].__set__
_set_CountTokensParameter_input_string: Final = CountTokensParameter.__dict__[
    "input_string"
].__set__
_set_CountTokensResult_token_count: Final = CountTokensResult.__dict__["token_count"].__set__
_set_TokenizeParameter_specifier: Final = TokenizeParameter.__dict__["specifier"].__set__
_set_TokenizeParameter_input_string: Final = TokenizeParameter.__dict__["input_string"].__set__
_set_TokenizeResult_tokens: Final = TokenizeResult.__dict__["tokens"].__set__
_set_LlmApplyPromptTemplateOpts_omit_bos_token: Final = LlmApplyPromptTemplateOpts.__dict__[
    "omit_bos_token"
].__set__
_set_LlmApplyPromptTemplateOpts_omit_eos_token: Final = LlmApplyPromptTemplateOpts.__dict__[
    "omit_eos_token"
].__set__
_set_LlmApplyPromptTemplateOpts_tool_definitions: Final = LlmApplyPromptTemplateOpts.__dict__[
    "tool_definitions"
].__set__
_set_ApplyPromptTemplateParameter_specifier: Final = ApplyPromptTemplateParameter.__dict__[
    "specifier"
].__set__
_set_ApplyPromptTemplateParameter_history: Final = ApplyPromptTemplateParameter.__dict__[
    "history"
].__set__
_set_ApplyPromptTemplateParameter_prediction_config_stack: Final = (
    ApplyPromptTemplateParameter.__dict__["prediction_config_stack"].__set__
)
_set_ApplyPromptTemplateParameter_opts: Final = ApplyPromptTemplateParameter.__dict__[
    "opts"
].__set__
_set_ApplyPromptTemplateResult_formatted: Final = ApplyPromptTemplateResult.__dict__[
    "formatted"
].__set__
_set_GetLoadConfigParameter_specifier: Final = GetLoadConfigParameter.__dict__["specifier"].__set__
_set_GetBasePredictionConfigParameter_specifier: Final = GetBasePredictionConfigParameter.__dict__[
    "specifier"
].__set__
_set_GetBasePredictionConfigParameter_ignore_server_session_config: Final = (
    GetBasePredictionConfigParameter.__dict__["ignore_server_session_config"].__set__
)
_set_GetInstanceProcessingStateParameter_specifier: Final = (
    GetInstanceProcessingStateParameter.__dict__["specifier"].__set__
)
_set_GetInstanceProcessingStateParameter_throw_if_not_found: Final = (
    GetInstanceProcessingStateParameter.__dict__["throw_if_not_found"].__set__
)
_set_InstanceProcessingState_status: Final = InstanceProcessingState.__dict__["status"].__set__
_set_InstanceProcessingState_queued: Final = InstanceProcessingState.__dict__["queued"].__set__
_set_EstimateModelUsageParameter_model_key: Final = EstimateModelUsageParameter.__dict__[
    "model_key"
].__set__
_set_EstimateModelUsageParameter_load_config_stack: Final = EstimateModelUsageParameter.__dict__[
    "load_config_stack"
].__set__
_set_EstimateModelUsageParameter_device_identifier: Final = EstimateModelUsageParameter.__dict__[
    "device_identifier"
].__set__
_set_ModelMemoryEstimate_confidence: Final = ModelMemoryEstimate.__dict__["confidence"].__set__
_set_ModelMemoryEstimate_model_vram_bytes: Final = ModelMemoryEstimate.__dict__[
    "model_vram_bytes"
].__set__
_set_ModelMemoryEstimate_context_vram_bytes: Final = ModelMemoryEstimate.__dict__[
    "context_vram_bytes"
].__set__
_set_ModelMemoryEstimate_total_vram_bytes: Final = ModelMemoryEstimate.__dict__[
    "total_vram_bytes"
].__set__
_set_ModelMemoryEstimate_model_bytes: Final = ModelMemoryEstimate.__dict__["model_bytes"].__set__
_set_ModelMemoryEstimate_context_bytes: Final = ModelMemoryEstimate.__dict__[
    "context_bytes"
].__set__
_set_ModelMemoryEstimate_total_bytes: Final = ModelMemoryEstimate.__dict__["total_bytes"].__set__
_set_ModelUsageEstimate_memory: Final = ModelUsageEstimate.__dict__["memory"].__set__
_set_ModelUsageEstimate_passes_guardrails: Final = ModelUsageEstimate.__dict__[
    "passes_guardrails"
].__set__
_set_ModelQuantization_name: Final = ModelQuantization.__dict__["name"].__set__
_set_ModelQuantization_bits: Final = ModelQuantization.__dict__["bits"].__set__
_set_LlmInfo_type: Final = LlmInfo.__dict__["type"].__set__
_set_LlmInfo_model_key: Final = LlmInfo.__dict__["model_key"].__set__
_set_LlmInfo_format: Final = LlmInfo.__dict__["format"].__set__
_set_LlmInfo_display_name: Final = LlmInfo.__dict__["display_name"].__set__
_set_LlmInfo_path: Final = LlmInfo.__dict__["path"].__set__
_set_LlmInfo_size_bytes: Final = LlmInfo.__dict__["size_bytes"].__set__
_set_LlmInfo_params_string: Final = LlmInfo.__dict__["params_string"].__set__
_set_LlmInfo_architecture: Final = LlmInfo.__dict__["architecture"].__set__
_set_LlmInfo_publisher: Final = LlmInfo.__dict__["publisher"].__set__
_set_LlmInfo_indexed_model_identifier: Final = LlmInfo.__dict__["indexed_model_identifier"].__set__
_set_LlmInfo_device_identifier: Final = LlmInfo.__dict__["device_identifier"].__set__
_set_LlmInfo_quantization: Final = LlmInfo.__dict__["quantization"].__set__
_set_LlmInfo_variants: Final = LlmInfo.__dict__["variants"].__set__
_set_LlmInfo_selected_variant: Final = LlmInfo.__dict__["selected_variant"].__set__
_set_LlmInfo_vision: Final = LlmInfo.__dict__["vision"].__set__
_set_LlmInfo_trained_for_tool_use: Final = LlmInfo.__dict__["trained_for_tool_use"].__set__
_set_LlmInfo_max_context_length: Final = LlmInfo.__dict__["max_context_length"].__set__
_set_LlmInstanceInfo_type: Final = LlmInstanceInfo.__dict__["type"].__set__
_set_LlmInstanceInfo_model_key: Final = LlmInstanceInfo.__dict__["model_key"].__set__
_set_LlmInstanceInfo_format: Final = LlmInstanceInfo.__dict__["format"].__set__
_set_LlmInstanceInfo_display_name: Final = LlmInstanceInfo.__dict__["display_name"].__set__
_set_LlmInstanceInfo_path: Final = LlmInstanceInfo.__dict__["path"].__set__
_set_LlmInstanceInfo_size_bytes: Final = LlmInstanceInfo.__dict__["size_bytes"].__set__
_set_LlmInstanceInfo_params_string: Final = LlmInstanceInfo.__dict__["params_string"].__set__
_set_LlmInstanceInfo_architecture: Final = LlmInstanceInfo.__dict__["architecture"].__set__
_set_LlmInstanceInfo_publisher: Final = LlmInstanceInfo.__dict__["publisher"].__set__
_set_LlmInstanceInfo_indexed_model_identifier: Final = LlmInstanceInfo.__dict__[
    "indexed_model_identifier"
].__set__
_set_LlmInstanceInfo_device_identifier: Final = LlmInstanceInfo.__dict__[
    "device_identifier"
].__set__
_set_LlmInstanceInfo_quantization: Final = LlmInstanceInfo.__dict__["quantization"].__set__
_set_LlmInstanceInfo_variants: Final = LlmInstanceInfo.__dict__["variants"].__set__
_set_LlmInstanceInfo_selected_variant: Final = LlmInstanceInfo.__dict__["selected_variant"].__set__
_set_LlmInstanceInfo_vision: Final = LlmInstanceInfo.__dict__["vision"].__set__
_set_LlmInstanceInfo_trained_for_tool_use: Final = LlmInstanceInfo.__dict__[
    "trained_for_tool_use"
].__set__
_set_LlmInstanceInfo_max_context_length: Final = LlmInstanceInfo.__dict__[
    "max_context_length"
].__set__
_set_LlmInstanceInfo_identifier: Final = LlmInstanceInfo.__dict__["identifier"].__set__
_set_LlmInstanceInfo_instance_reference: Final = LlmInstanceInfo.__dict__[
    "instance_reference"
].__set__
_set_LlmInstanceInfo_context_length: Final = LlmInstanceInfo.__dict__["context_length"].__set__
_set_LlmInstanceInfo_ttl_ms: Final = LlmInstanceInfo.__dict__["ttl_ms"].__set__
_set_LlmInstanceInfo_last_used_time: Final = LlmInstanceInfo.__dict__["last_used_time"].__set__
_set_EmbeddingModelInfo_type: Final = EmbeddingModelInfo.__dict__["type"].__set__
_set_EmbeddingModelInfo_model_key: Final = EmbeddingModelInfo.__dict__["model_key"].__set__
_set_EmbeddingModelInfo_format: Final = EmbeddingModelInfo.__dict__["format"].__set__
_set_EmbeddingModelInfo_display_name: Final = EmbeddingModelInfo.__dict__["display_name"].__set__
_set_EmbeddingModelInfo_path: Final = EmbeddingModelInfo.__dict__["path"].__set__
_set_EmbeddingModelInfo_size_bytes: Final = EmbeddingModelInfo.__dict__["size_bytes"].__set__
_set_EmbeddingModelInfo_params_string: Final = EmbeddingModelInfo.__dict__["params_string"].__set__
_set_EmbeddingModelInfo_architecture: Final = EmbeddingModelInfo.__dict__["architecture"].__set__
_set_EmbeddingModelInfo_publisher: Final = EmbeddingModelInfo.__dict__["publisher"].__set__
_set_EmbeddingModelInfo_indexed_model_identifier: Final = EmbeddingModelInfo.__dict__[
    "indexed_model_identifier"
].__set__
_set_EmbeddingModelInfo_device_identifier: Final = EmbeddingModelInfo.__dict__[
    "device_identifier"
].__set__
_set_EmbeddingModelInfo_quantization: Final = EmbeddingModelInfo.__dict__["quantization"].__set__
_set_EmbeddingModelInfo_variants: Final = EmbeddingModelInfo.__dict__["variants"].__set__
_set_EmbeddingModelInfo_selected_variant: Final = EmbeddingModelInfo.__dict__[
    "selected_variant"
].__set__
_set_EmbeddingModelInfo_max_context_length: Final = EmbeddingModelInfo.__dict__[
    "max_context_length"
].__set__
_set_EmbeddingModelInstanceInfo_type: Final = EmbeddingModelInstanceInfo.__dict__["type"].__set__
_set_EmbeddingModelInstanceInfo_model_key: Final = EmbeddingModelInstanceInfo.__dict__[
    "model_key"
].__set__
_set_EmbeddingModelInstanceInfo_format: Final = EmbeddingModelInstanceInfo.__dict__[
    "format"
].__set__
_set_EmbeddingModelInstanceInfo_display_name: Final = EmbeddingModelInstanceInfo.__dict__[
    "display_name"
].__set__
_set_EmbeddingModelInstanceInfo_path: Final = EmbeddingModelInstanceInfo.__dict__["path"].__set__
_set_EmbeddingModelInstanceInfo_size_bytes: Final = EmbeddingModelInstanceInfo.__dict__[
    "size_bytes"
].__set__
_set_EmbeddingModelInstanceInfo_params_string: Final = EmbeddingModelInstanceInfo.__dict__[
    "params_string"
].__set__
_set_EmbeddingModelInstanceInfo_architecture: Final = EmbeddingModelInstanceInfo.__dict__[
    "architecture"
].__set__
_set_EmbeddingModelInstanceInfo_publisher: Final = EmbeddingModelInstanceInfo.__dict__[
    "publisher"
].__set__
_set_EmbeddingModelInstanceInfo_indexed_model_identifier: Final = (
    EmbeddingModelInstanceInfo.__dict__["indexed_model_identifier"].__set__
)
_set_EmbeddingModelInstanceInfo_device_identifier: Final = EmbeddingModelInstanceInfo.__dict__[
    "device_identifier"
].__set__
_set_EmbeddingModelInstanceInfo_quantization: Final = EmbeddingModelInstanceInfo.__dict__[
    "quantization"
].__set__
_set_EmbeddingModelInstanceInfo_variants: Final = EmbeddingModelInstanceInfo.__dict__[
    "variants"
].__set__
_set_EmbeddingModelInstanceInfo_selected_variant: Final = EmbeddingModelInstanceInfo.__dict__[
    "selected_variant"
].__set__
_set_EmbeddingModelInstanceInfo_max_context_length: Final = EmbeddingModelInstanceInfo.__dict__[
    "max_context_length"
].__set__
_set_EmbeddingModelInstanceInfo_identifier: Final = EmbeddingModelInstanceInfo.__dict__[
    "identifier"
].__set__
_set_EmbeddingModelInstanceInfo_instance_reference: Final = EmbeddingModelInstanceInfo.__dict__[
    "instance_reference"
].__set__
_set_EmbeddingModelInstanceInfo_context_length: Final = EmbeddingModelInstanceInfo.__dict__[
    "context_length"
].__set__
_set_EmbeddingModelInstanceInfo_ttl_ms: Final = EmbeddingModelInstanceInfo.__dict__[
    "ttl_ms"
].__set__
_set_EmbeddingModelInstanceInfo_last_used_time: Final = EmbeddingModelInstanceInfo.__dict__[
    "last_used_time"
].__set__
_set_RuntimeEngineSpecifier_name: Final = RuntimeEngineSpecifier.__dict__["name"].__set__
_set_RuntimeEngineSpecifier_version: Final = RuntimeEngineSpecifier.__dict__["version"].__set__
_set_RuntimeCpuTarget_architecture: Final = RuntimeCpuTarget.__dict__["architecture"].__set__
_set_RuntimeCpuTarget_instruction_set_extensions: Final = RuntimeCpuTarget.__dict__[
    "instruction_set_extensions"
].__set__
_set_RuntimeGpuTarget_framework: Final = RuntimeGpuTarget.__dict__["framework"].__set__
_set_RuntimeGpuTarget_make: Final = RuntimeGpuTarget.__dict__["make"].__set__
_set_RuntimeEngineInfo_name: Final = RuntimeEngineInfo.__dict__["name"].__set__
_set_RuntimeEngineInfo_version: Final = RuntimeEngineInfo.__dict__["version"].__set__
_set_RuntimeEngineInfo_engine: Final = RuntimeEngineInfo.__dict__["engine"].__set__
_set_RuntimeEngineInfo_platform: Final = RuntimeEngineInfo.__dict__["platform"].__set__
_set_RuntimeEngineInfo_cpu: Final = RuntimeEngineInfo.__dict__["cpu"].__set__
_set_RuntimeEngineInfo_gpu: Final = RuntimeEngineInfo.__dict__["gpu"].__set__
_set_RuntimeEngineInfo_supported_model_format_names: Final = RuntimeEngineInfo.__dict__[
    "supported_model_format_names"
].__set__
_set_EngineSelections_json: Final = EngineSelections.__dict__["json"].__set__
_set_EngineSelections_meta: Final = EngineSelections.__dict__["meta"].__set__
_set_SelectEngineParameter_engine: Final = SelectEngineParameter.__dict__["engine"].__set__
_set_SelectEngineParameter_model_format_name: Final = SelectEngineParameter.__dict__[
    "model_format_name"
].__set__
_set_SurveyHardwareSelected_type: Final = SurveyHardwareSelected.__dict__["type"].__set__
_set_SurveyHardwareAll_type: Final = SurveyHardwareAll.__dict__["type"].__set__
_set_SurveyHardwareCustom_type: Final = SurveyHardwareCustom.__dict__["type"].__set__
_set_SurveyHardwareCustom_engines: Final = SurveyHardwareCustom.__dict__["engines"].__set__
_set_EngineCompatibility_status: Final = EngineCompatibility.__dict__["status"].__set__
_set_EngineCompatibility_message: Final = EngineCompatibility.__dict__["message"].__set__
_set_SurveyResult_code: Final = SurveyResult.__dict__["code"].__set__
_set_SurveyResult_message: Final = SurveyResult.__dict__["message"].__set__
_set_CpuInfo_name: Final = CpuInfo.__dict__["name"].__set__
_set_CpuInfo_architecture: Final = CpuInfo.__dict__["architecture"].__set__
_set_CpuInfo_supported_instruction_set_extensions: Final = CpuInfo.__dict__[
    "supported_instruction_set_extensions"
].__set__
_set_CpuSurveyResult_result: Final = CpuSurveyResult.__dict__["result"].__set__
_set_CpuSurveyResult_cpu_info: Final = CpuSurveyResult.__dict__["cpu_info"].__set__
_set_GpuInfo_name: Final = GpuInfo.__dict__["name"].__set__
_set_GpuInfo_device_id: Final = GpuInfo.__dict__["device_id"].__set__
_set_GpuInfo_total_memory_capacity_bytes: Final = GpuInfo.__dict__[
    "total_memory_capacity_bytes"
].__set__
_set_GpuInfo_dedicated_memory_capacity_bytes: Final = GpuInfo.__dict__[
    "dedicated_memory_capacity_bytes"
].__set__
_set_GpuInfo_integration_type: Final = GpuInfo.__dict__["integration_type"].__set__
_set_GpuInfo_detection_platform: Final = GpuInfo.__dict__["detection_platform"].__set__
_set_GpuInfo_detection_platform_version: Final = GpuInfo.__dict__[
    "detection_platform_version"
].__set__
_set_GpuInfo_other_info: Final = GpuInfo.__dict__["other_info"].__set__
_set_GpuSurveyResult_result: Final = GpuSurveyResult.__dict__["result"].__set__
_set_GpuSurveyResult_gpu_info: Final = GpuSurveyResult.__dict__["gpu_info"].__set__
_set_HardwareSurvey_cpu_survey_result: Final = HardwareSurvey.__dict__["cpu_survey_result"].__set__
_set_HardwareSurvey_gpu_survey_result: Final = HardwareSurvey.__dict__["gpu_survey_result"].__set__
_set_MemoryInfo_ram_capacity: Final = MemoryInfo.__dict__["ram_capacity"].__set__
_set_MemoryInfo_vram_capacity: Final = MemoryInfo.__dict__["vram_capacity"].__set__
_set_MemoryInfo_total_memory: Final = MemoryInfo.__dict__["total_memory"].__set__
_set_VisibleDevicesConfig_visible_devices: Final = VisibleDevicesConfig.__dict__[
    "visible_devices"
].__set__
_set_VisibleDevicesConfig_changes_order: Final = VisibleDevicesConfig.__dict__[
    "changes_order"
].__set__
_set_EngineHardwareSurvey_name: Final = EngineHardwareSurvey.__dict__["name"].__set__
_set_EngineHardwareSurvey_version: Final = EngineHardwareSurvey.__dict__["version"].__set__
_set_EngineHardwareSurvey_engine: Final = EngineHardwareSurvey.__dict__["engine"].__set__
_set_EngineHardwareSurvey_platform: Final = EngineHardwareSurvey.__dict__["platform"].__set__
_set_EngineHardwareSurvey_compatibility: Final = EngineHardwareSurvey.__dict__[
    "compatibility"
].__set__
_set_EngineHardwareSurvey_supported_model_format_names: Final = EngineHardwareSurvey.__dict__[
    "supported_model_format_names"
].__set__
_set_EngineHardwareSurvey_hardware_survey: Final = EngineHardwareSurvey.__dict__[
    "hardware_survey"
].__set__
_set_EngineHardwareSurvey_memory_info: Final = EngineHardwareSurvey.__dict__["memory_info"].__set__
_set_EngineHardwareSurvey_visible_devices_config: Final = EngineHardwareSurvey.__dict__[
    "visible_devices_config"
].__set__
_set_SurveyHardwareResult_status: Final = SurveyHardwareResult.__dict__["status"].__set__
_set_SurveyHardwareResult_engines: Final = SurveyHardwareResult.__dict__["engines"].__set__
_set_SearchRuntimeExtensionsParameter_query: Final = SearchRuntimeExtensionsParameter.__dict__[
    "query"
].__set__
_set_SearchRuntimeExtensionsParameter_include_incompatible: Final = (
    SearchRuntimeExtensionsParameter.__dict__["include_incompatible"].__set__
)
_set_SearchRuntimeExtensionsParameter_channel_override: Final = (
    SearchRuntimeExtensionsParameter.__dict__["channel_override"].__set__
)
_set_RuntimeExtensionEngine_type: Final = RuntimeExtensionEngine.__dict__["type"].__set__
_set_RuntimeExtensionEngine_name: Final = RuntimeExtensionEngine.__dict__["name"].__set__
_set_RuntimeExtensionEngine_version: Final = RuntimeExtensionEngine.__dict__["version"].__set__
_set_RuntimeExtensionEngine_package: Final = RuntimeExtensionEngine.__dict__["package"].__set__
_set_RuntimeExtensionEngine_platform: Final = RuntimeExtensionEngine.__dict__["platform"].__set__
_set_RuntimeExtensionEngine_cpu: Final = RuntimeExtensionEngine.__dict__["cpu"].__set__
_set_RuntimeExtensionEngine_gpu: Final = RuntimeExtensionEngine.__dict__["gpu"].__set__
_set_RuntimeExtensionEngine_local_versions: Final = RuntimeExtensionEngine.__dict__[
    "local_versions"
].__set__
_set_RuntimeExtensionEngine_supported_model_format_names: Final = RuntimeExtensionEngine.__dict__[
    "supported_model_format_names"
].__set__
_set_RuntimeExtensionFramework_type: Final = RuntimeExtensionFramework.__dict__["type"].__set__
_set_RuntimeExtensionFramework_name: Final = RuntimeExtensionFramework.__dict__["name"].__set__
_set_RuntimeExtensionFramework_version: Final = RuntimeExtensionFramework.__dict__[
    "version"
].__set__
_set_RuntimeExtensionFramework_package: Final = RuntimeExtensionFramework.__dict__[
    "package"
].__set__
_set_RuntimeExtensionFramework_platform: Final = RuntimeExtensionFramework.__dict__[
    "platform"
].__set__
_set_RuntimeExtensionFramework_cpu: Final = RuntimeExtensionFramework.__dict__["cpu"].__set__
_set_RuntimeExtensionFramework_gpu: Final = RuntimeExtensionFramework.__dict__["gpu"].__set__
_set_RuntimeExtensionFramework_local_versions: Final = RuntimeExtensionFramework.__dict__[
    "local_versions"
].__set__
_set_SearchRuntimeExtensionsResult_extensions: Final = SearchRuntimeExtensionsResult.__dict__[
    "extensions"
].__set__
_set_DownloadRuntimeExtensionCreationParameter_name: Final = (
    DownloadRuntimeExtensionCreationParameter.__dict__["name"].__set__
)
_set_DownloadRuntimeExtensionCreationParameter_version: Final = (
    DownloadRuntimeExtensionCreationParameter.__dict__["version"].__set__
)
_set_DownloadRuntimeExtensionCreationParameter_update_selections: Final = (
    DownloadRuntimeExtensionCreationParameter.__dict__["update_selections"].__set__
)
_set_RuntimeDownloadProgress_downloaded_bytes: Final = RuntimeDownloadProgress.__dict__[
    "downloaded_bytes"
].__set__
_set_RuntimeDownloadProgress_total_bytes: Final = RuntimeDownloadProgress.__dict__[
    "total_bytes"
].__set__
_set_RuntimeDownloadProgress_speed_bytes_per_second: Final = RuntimeDownloadProgress.__dict__[
    "speed_bytes_per_second"
].__set__
_set_DownloadRuntimeExtensionProgressPacket_type: Final = (
    DownloadRuntimeExtensionProgressPacket.__dict__["type"].__set__
)
_set_DownloadRuntimeExtensionProgressPacket_update: Final = (
    DownloadRuntimeExtensionProgressPacket.__dict__["update"].__set__
)
_set_DownloadRuntimeExtensionStartFinalizingPacket_type: Final = (
    DownloadRuntimeExtensionStartFinalizingPacket.__dict__["type"].__set__
)
_set_DownloadRuntimeExtensionSuccessPacket_type: Final = (
    DownloadRuntimeExtensionSuccessPacket.__dict__["type"].__set__
)
_set_DownloadRuntimeExtensionCancelPacket_type: Final = (
    DownloadRuntimeExtensionCancelPacket.__dict__["type"].__set__
)
_set_NotifyParameter_title: Final = NotifyParameter.__dict__["title"].__set__
_set_NotifyParameter_description: Final = NotifyParameter.__dict__["description"].__set__
_set_NotifyParameter_no_auto_dismiss: Final = NotifyParameter.__dict__["no_auto_dismiss"].__set__
_set_SystemVersionResult_version: Final = SystemVersionResult.__dict__["version"].__set__
_set_SystemVersionResult_build: Final = SystemVersionResult.__dict__["build"].__set__
_set_SystemInfoResult_pid: Final = SystemInfoResult.__dict__["pid"].__set__
_set_SystemInfoResult_is_daemon: Final = SystemInfoResult.__dict__["is_daemon"].__set__
_set_SystemInfoResult_version: Final = SystemInfoResult.__dict__["version"].__set__
_set_ListDownloadedModelVariantsParameter_model_key: Final = (
    ListDownloadedModelVariantsParameter.__dict__["model_key"].__set__
)
_set_StartHttpServerParameter_port: Final = StartHttpServerParameter.__dict__["port"].__set__
_set_StartHttpServerParameter_cors: Final = StartHttpServerParameter.__dict__["cors"].__set__
_set_StartHttpServerParameter_network_interface: Final = StartHttpServerParameter.__dict__[
    "network_interface"
].__set__
_set_ToolCallRequest_type: Final = ToolCallRequest.__dict__["type"].__set__
_set_ToolCallRequest_id: Final = ToolCallRequest.__dict__["id"].__set__
_set_ToolCallRequest_name: Final = ToolCallRequest.__dict__["name"].__set__
_set_ToolCallRequest_arguments: Final = ToolCallRequest.__dict__["arguments"].__set__
_set_LlmToolParameters_type: Final = LlmToolParameters.__dict__["type"].__set__
_set_LlmToolParameters_properties: Final = LlmToolParameters.__dict__["properties"].__set__
_set_LlmToolParameters_required: Final = LlmToolParameters.__dict__["required"].__set__
_set_LlmToolParameters_additional_properties: Final = LlmToolParameters.__dict__[
    "additional_properties"
].__set__
_set_LlmToolParameters_defs: Final = LlmToolParameters.__dict__["defs"].__set__
_set_LlmToolFunction_name: Final = LlmToolFunction.__dict__["name"].__set__
_set_LlmToolFunction_description: Final = LlmToolFunction.__dict__["description"].__set__
_set_LlmToolFunction_parameters: Final = LlmToolFunction.__dict__["parameters"].__set__
_set_LlmTool_type: Final = LlmTool.__dict__["type"].__set__
_set_LlmTool_function: Final = LlmTool.__dict__["function"].__set__
_set_LlmToolUseSettingNone_type: Final = LlmToolUseSettingNone.__dict__["type"].__set__
_set_LlmToolUseSettingToolArray_type: Final = LlmToolUseSettingToolArray.__dict__["type"].__set__
_set_LlmToolUseSettingToolArray_tools: Final = LlmToolUseSettingToolArray.__dict__["tools"].__set__
_set_LlmToolUseSettingToolArray_force: Final = LlmToolUseSettingToolArray.__dict__["force"].__set__
_set_AuthPacket_auth_version: Final = AuthPacket.__dict__["auth_version"].__set__
_set_AuthPacket_client_identifier: Final = AuthPacket.__dict__["client_identifier"].__set__
_set_AuthPacket_client_passkey: Final = AuthPacket.__dict__["client_passkey"].__set__
_set_AuthResult_success: Final = AuthResult.__dict__["success"].__set__
_set_AuthResult_error: Final = AuthResult.__dict__["error"].__set__
_set_ChannelCreate_type: Final = ChannelCreate.__dict__["type"].__set__
_set_ChannelCreate_endpoint: Final = ChannelCreate.__dict__["endpoint"].__set__
_set_ChannelCreate_channel_id: Final = ChannelCreate.__dict__["channel_id"].__set__
_set_ChannelCreate_creation_parameter: Final = ChannelCreate.__dict__["creation_parameter"].__set__
_set_ClientChannelSend_type: Final = ClientChannelSend.__dict__["type"].__set__
_set_ClientChannelSend_channel_id: Final = ClientChannelSend.__dict__["channel_id"].__set__
_set_ClientChannelSend_message: Final = ClientChannelSend.__dict__["message"].__set__
_set_ClientChannelSend_ack_id: Final = ClientChannelSend.__dict__["ack_id"].__set__
_set_ClientChannelAck_type: Final = ClientChannelAck.__dict__["type"].__set__
_set_ClientChannelAck_channel_id: Final = ClientChannelAck.__dict__["channel_id"].__set__
_set_ClientChannelAck_ack_id: Final = ClientChannelAck.__dict__["ack_id"].__set__
_set_RpcCall_type: Final = RpcCall.__dict__["type"].__set__
_set_RpcCall_endpoint: Final = RpcCall.__dict__["endpoint"].__set__
_set_RpcCall_call_id: Final = RpcCall.__dict__["call_id"].__set__
_set_RpcCall_parameter: Final = RpcCall.__dict__["parameter"].__set__
_set_SignalSubscribe_type: Final = SignalSubscribe.__dict__["type"].__set__
_set_SignalSubscribe_endpoint: Final = SignalSubscribe.__dict__["endpoint"].__set__
_set_SignalSubscribe_subscribe_id: Final = SignalSubscribe.__dict__["subscribe_id"].__set__
_set_SignalSubscribe_creation_parameter: Final = SignalSubscribe.__dict__[
    "creation_parameter"
].__set__
_set_SignalUnsubscribe_type: Final = SignalUnsubscribe.__dict__["type"].__set__
_set_SignalUnsubscribe_subscribe_id: Final = SignalUnsubscribe.__dict__["subscribe_id"].__set__
_set_WritableSignalSubscribe_type: Final = WritableSignalSubscribe.__dict__["type"].__set__
_set_WritableSignalSubscribe_endpoint: Final = WritableSignalSubscribe.__dict__["endpoint"].__set__
_set_WritableSignalSubscribe_subscribe_id: Final = WritableSignalSubscribe.__dict__[
    "subscribe_id"
].__set__
_set_WritableSignalSubscribe_creation_parameter: Final = WritableSignalSubscribe.__dict__[
    "creation_parameter"
].__set__
_set_WritableSignalUnsubscribe_type: Final = WritableSignalUnsubscribe.__dict__["type"].__set__
_set_WritableSignalUnsubscribe_subscribe_id: Final = WritableSignalUnsubscribe.__dict__[
    "subscribe_id"
].__set__
_set_ClientWritableSignalUpdate_type: Final = ClientWritableSignalUpdate.__dict__["type"].__set__
_set_ClientWritableSignalUpdate_subscribe_id: Final = ClientWritableSignalUpdate.__dict__[
    "subscribe_id"
].__set__
_set_ClientWritableSignalUpdate_patches: Final = ClientWritableSignalUpdate.__dict__[
    "patches"
].__set__
_set_ClientWritableSignalUpdate_tags: Final = ClientWritableSignalUpdate.__dict__["tags"].__set__
_set_KeepAlive_type: Final = KeepAlive.__dict__["type"].__set__
_set_CommunicationWarning_type: Final = CommunicationWarning.__dict__["type"].__set__
_set_CommunicationWarning_warning: Final = CommunicationWarning.__dict__["warning"].__set__
_set_CommunicationWarning_kind: Final = CommunicationWarning.__dict__["kind"].__set__
_set_ServerChannelSend_type: Final = ServerChannelSend.__dict__["type"].__set__
_set_ServerChannelSend_channel_id: Final = ServerChannelSend.__dict__["channel_id"].__set__
_set_ServerChannelSend_message: Final = ServerChannelSend.__dict__["message"].__set__
_set_ServerChannelSend_ack_id: Final = ServerChannelSend.__dict__["ack_id"].__set__
_set_ServerChannelAck_type: Final = ServerChannelAck.__dict__["type"].__set__
_set_ServerChannelAck_channel_id: Final = ServerChannelAck.__dict__["channel_id"].__set__
_set_ServerChannelAck_ack_id: Final = ServerChannelAck.__dict__["ack_id"].__set__
_set_ChannelClose_type: Final = ChannelClose.__dict__["type"].__set__
_set_ChannelClose_channel_id: Final = ChannelClose.__dict__["channel_id"].__set__
_set_ChannelError_type: Final = ChannelError.__dict__["type"].__set__
_set_ChannelError_channel_id: Final = ChannelError.__dict__["channel_id"].__set__
_set_ChannelError_error: Final = ChannelError.__dict__["error"].__set__
_set_RpcResult_type: Final = RpcResult.__dict__["type"].__set__
_set_RpcResult_call_id: Final = RpcResult.__dict__["call_id"].__set__
_set_RpcResult_result: Final = RpcResult.__dict__["result"].__set__
_set_RpcError_type: Final = RpcError.__dict__["type"].__set__
_set_RpcError_call_id: Final = RpcError.__dict__["call_id"].__set__
_set_RpcError_error: Final = RpcError.__dict__["error"].__set__
_set_SignalUpdate_type: Final = SignalUpdate.__dict__["type"].__set__
_set_SignalUpdate_subscribe_id: Final = SignalUpdate.__dict__["subscribe_id"].__set__
_set_SignalUpdate_patches: Final = SignalUpdate.__dict__["patches"].__set__
_set_SignalUpdate_tags: Final = SignalUpdate.__dict__["tags"].__set__
_set_SignalError_type: Final = SignalError.__dict__["type"].__set__
_set_SignalError_subscribe_id: Final = SignalError.__dict__["subscribe_id"].__set__
_set_SignalError_error: Final = SignalError.__dict__["error"].__set__
_set_ServerWritableSignalUpdate_type: Final = ServerWritableSignalUpdate.__dict__["type"].__set__
_set_ServerWritableSignalUpdate_subscribe_id: Final = ServerWritableSignalUpdate.__dict__[
    "subscribe_id"
].__set__
_set_ServerWritableSignalUpdate_patches: Final = ServerWritableSignalUpdate.__dict__[
    "patches"
].__set__
_set_ServerWritableSignalUpdate_tags: Final = ServerWritableSignalUpdate.__dict__["tags"].__set__
_set_WritableSignalError_type: Final = WritableSignalError.__dict__["type"].__set__
_set_WritableSignalError_subscribe_id: Final = WritableSignalError.__dict__["subscribe_id"].__set__
_set_WritableSignalError_error: Final = WritableSignalError.__dict__["error"].__set__
_set_KeepAliveAck_type: Final = KeepAliveAck.__dict__["type"].__set__
_set_CaptureRecord_ts: Final = CaptureRecord.__dict__["ts"].__set__
_set_CaptureRecord_conn: Final = CaptureRecord.__dict__["conn"].__set__
_set_CaptureRecord_namespace: Final = CaptureRecord.__dict__["namespace"].__set__
_set_CaptureRecord_from_: Final = CaptureRecord.__dict__["from_"].__set__
_set_CaptureRecord_frame: Final = CaptureRecord.__dict__["frame"].__set__


def _s_ChatHistoryData(v: Any) -> ChatHistoryData:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatHistoryData), found " + _type_name(v))
    f_messages = _s_list_ChatMessageData(v["messages"])
    o = _new(ChatHistoryData)
    _set_ChatHistoryData_messages(o, f_messages)
    return o


def _s_ChatMessageSystem(v: Any) -> ChatMessageSystem:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessageSystem), found " + _type_name(v))
    if "role" in v:
        f_role = v["role"]
        if f_role != "system" or type(f_role) is not str:
            raise ValueError("'role' must be 'system' for ChatMessageSystem, found " + repr(f_role))
    return _t_ChatMessageSystem(v)


def _t_ChatMessageSystem(v: Any) -> ChatMessageSystem:
    f_content = _s_list_TextOrFileMessagePart(v["content"])
    o = _new(ChatMessageSystem)
    _set_ChatMessageSystem_role(o, "system")
    _set_ChatMessageSystem_content(o, f_content)
    return o


def _s_ChatMessageUser(v: Any) -> ChatMessageUser:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessageUser), found " + _type_name(v))
    if "role" in v:
        f_role = v["role"]
        if f_role != "user" or type(f_role) is not str:
            raise ValueError("'role' must be 'user' for ChatMessageUser, found " + repr(f_role))
    return _t_ChatMessageUser(v)


def _t_ChatMessageUser(v: Any) -> ChatMessageUser:
    f_content = _s_list_TextOrFileMessagePart(v["content"])
    o = _new(ChatMessageUser)
    _set_ChatMessageUser_role(o, "user")
    _set_ChatMessageUser_content(o, f_content)
    return o


def _s_ChatMessageAssistant(v: Any) -> ChatMessageAssistant:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessageAssistant), found " + _type_name(v))
    if "role" in v:
        f_role = v["role"]
        if f_role != "assistant" or type(f_role) is not str:
            raise ValueError(
                "'role' must be 'assistant' for ChatMessageAssistant, found " + repr(f_role)
            )
    return _t_ChatMessageAssistant(v)


def _t_ChatMessageAssistant(v: Any) -> ChatMessageAssistant:
    f_content = _s_list_AssistantMessagePart(v["content"])
    o = _new(ChatMessageAssistant)
    _set_ChatMessageAssistant_role(o, "assistant")
    _set_ChatMessageAssistant_content(o, f_content)
    return o


def _s_ChatMessageTool(v: Any) -> ChatMessageTool:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessageTool), found " + _type_name(v))
    if "role" in v:
        f_role = v["role"]
        if f_role != "tool" or type(f_role) is not str:
            raise ValueError("'role' must be 'tool' for ChatMessageTool, found " + repr(f_role))
    return _t_ChatMessageTool(v)


def _t_ChatMessageTool(v: Any) -> ChatMessageTool:
    f_content = _s_list_ChatMessagePartToolCallResult(v["content"])
    o = _new(ChatMessageTool)
    _set_ChatMessageTool_role(o, "tool")
    _set_ChatMessageTool_content(o, f_content)
    return o


def _s_ChatMessagePartText(v: Any) -> ChatMessagePartText:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessagePartText), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "text" or type(f_type) is not str:
            raise ValueError("'type' must be 'text' for ChatMessagePartText, found " + repr(f_type))
    return _t_ChatMessagePartText(v)


def _t_ChatMessagePartText(v: Any) -> ChatMessagePartText:
    f_text = v["text"]
    if type(f_text) is not str:
        raise _wrong(f_text, "a string")
    o = _new(ChatMessagePartText)
    _set_ChatMessagePartText_type(o, "text")
    _set_ChatMessagePartText_text(o, f_text)
    return o


def _s_ChatMessagePartFile(v: Any) -> ChatMessagePartFile:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChatMessagePartFile), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "file" or type(f_type) is not str:
            raise ValueError("'type' must be 'file' for ChatMessagePartFile, found " + repr(f_type))
    return _t_ChatMessagePartFile(v)


def _t_ChatMessagePartFile(v: Any) -> ChatMessagePartFile:
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    f_file_type: FileType = v["fileType"]
    if not isinstance(f_file_type, str):
        raise TypeError("expected a string (FileType), found " + _type_name(f_file_type))
    o = _new(ChatMessagePartFile)
    _set_ChatMessagePartFile_type(o, "file")
    _set_ChatMessagePartFile_name(o, f_name)
    _set_ChatMessagePartFile_identifier(o, f_identifier)
    _set_ChatMessagePartFile_size_bytes(o, f_size_bytes)
    _set_ChatMessagePartFile_file_type(o, f_file_type)
    return o


def _s_ChatMessagePartToolCallRequest(v: Any) -> ChatMessagePartToolCallRequest:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ChatMessagePartToolCallRequest), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallRequest" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallRequest' for ChatMessagePartToolCallRequest, found "
                + repr(f_type)
            )
    return _t_ChatMessagePartToolCallRequest(v)


def _t_ChatMessagePartToolCallRequest(v: Any) -> ChatMessagePartToolCallRequest:
    f_tool_call_request = _s_ToolCallRequest(v["toolCallRequest"])
    o = _new(ChatMessagePartToolCallRequest)
    _set_ChatMessagePartToolCallRequest_type(o, "toolCallRequest")
    _set_ChatMessagePartToolCallRequest_tool_call_request(o, f_tool_call_request)
    return o


def _s_ChatMessagePartToolCallResult(v: Any) -> ChatMessagePartToolCallResult:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ChatMessagePartToolCallResult), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallResult" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallResult' for ChatMessagePartToolCallResult, found "
                + repr(f_type)
            )
    f_content = v["content"]
    if type(f_content) is not str:
        raise _wrong(f_content, "a string")
    f_tool_call_id = v.get("toolCallId", None)
    if f_tool_call_id is not None:
        f_tool_call_id = _s_str_or_None(f_tool_call_id)
    f_name = v.get("name", None)
    if f_name is not None:
        f_name = _s_str_or_None(f_name)
    o = _new(ChatMessagePartToolCallResult)
    _set_ChatMessagePartToolCallResult_type(o, "toolCallResult")
    _set_ChatMessagePartToolCallResult_content(o, f_content)
    _set_ChatMessagePartToolCallResult_tool_call_id(o, f_tool_call_id)
    _set_ChatMessagePartToolCallResult_name(o, f_name)
    return o


def _s_SerializedError(v: Any) -> SerializedError:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SerializedError), found " + _type_name(v))
    f_title = v.get("title", None)
    if f_title is not None:
        f_title = _s_str_or_None(f_title)
    f_root_title = v.get("rootTitle", None)
    if f_root_title is not None:
        f_root_title = _s_str_or_None(f_root_title)
    f_cause = v.get("cause", None)
    if f_cause is not None:
        f_cause = _s_str_or_None(f_cause)
    f_suggestion = v.get("suggestion", None)
    if f_suggestion is not None:
        f_suggestion = _s_str_or_None(f_suggestion)
    f_error_data = v.get("errorData", None)
    if f_error_data is not None:
        f_error_data = _s_dict_any_or_None(f_error_data)
    f_display_data = v.get("displayData", None)
    if f_display_data is not None:
        f_display_data = _s_ErrorDisplayDataSpecificModelUnloaded_or_ErrorD_2(f_display_data)
    f_stack = v.get("stack", None)
    if f_stack is not None:
        f_stack = _s_str_or_None(f_stack)
    o = _new(SerializedError)
    _set_SerializedError_title(o, f_title)
    _set_SerializedError_root_title(o, f_root_title)
    _set_SerializedError_cause(o, f_cause)
    _set_SerializedError_suggestion(o, f_suggestion)
    _set_SerializedError_error_data(o, f_error_data)
    _set_SerializedError_display_data(o, f_display_data)
    _set_SerializedError_stack(o, f_stack)
    return o


def _s_ErrorDisplayDataSpecificModelUnloaded(v: Any) -> ErrorDisplayDataSpecificModelUnloaded:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataSpecificModelUnloaded), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.specificModelUnloaded" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.specificModelUnloaded' for ErrorDisplayDataSpecificModelUnloaded, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataSpecificModelUnloaded(v)


def _t_ErrorDisplayDataSpecificModelUnloaded(v: Any) -> ErrorDisplayDataSpecificModelUnloaded:
    o = _new(ErrorDisplayDataSpecificModelUnloaded)
    _set_ErrorDisplayDataSpecificModelUnloaded_code(o, "generic.specificModelUnloaded")
    return o


def _s_ErrorDisplayDataNoModelMatchingQuery(v: Any) -> ErrorDisplayDataNoModelMatchingQuery:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataNoModelMatchingQuery), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.noModelMatchingQuery" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.noModelMatchingQuery' for ErrorDisplayDataNoModelMatchingQuery, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataNoModelMatchingQuery(v)


def _t_ErrorDisplayDataNoModelMatchingQuery(v: Any) -> ErrorDisplayDataNoModelMatchingQuery:
    f_query = _s_ModelQuery(v["query"])
    f_loaded_models_sample = _s_list_str(v["loadedModelsSample"])
    f_total_loaded_models = v["totalLoadedModels"]
    if type(f_total_loaded_models) is not int:
        raise _wrong(f_total_loaded_models, "an integer")
    o = _new(ErrorDisplayDataNoModelMatchingQuery)
    _set_ErrorDisplayDataNoModelMatchingQuery_code(o, "generic.noModelMatchingQuery")
    _set_ErrorDisplayDataNoModelMatchingQuery_query(o, f_query)
    _set_ErrorDisplayDataNoModelMatchingQuery_loaded_models_sample(o, f_loaded_models_sample)
    _set_ErrorDisplayDataNoModelMatchingQuery_total_loaded_models(o, f_total_loaded_models)
    return o


def _s_ErrorDisplayDataPathNotFound(v: Any) -> ErrorDisplayDataPathNotFound:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ErrorDisplayDataPathNotFound), found " + _type_name(v))
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.pathNotFound" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.pathNotFound' for ErrorDisplayDataPathNotFound, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataPathNotFound(v)


def _t_ErrorDisplayDataPathNotFound(v: Any) -> ErrorDisplayDataPathNotFound:
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_available_paths_sample = _s_list_str(v["availablePathsSample"])
    f_total_models = v["totalModels"]
    if type(f_total_models) is not int:
        raise _wrong(f_total_models, "an integer")
    o = _new(ErrorDisplayDataPathNotFound)
    _set_ErrorDisplayDataPathNotFound_code(o, "generic.pathNotFound")
    _set_ErrorDisplayDataPathNotFound_path(o, f_path)
    _set_ErrorDisplayDataPathNotFound_available_paths_sample(o, f_available_paths_sample)
    _set_ErrorDisplayDataPathNotFound_total_models(o, f_total_models)
    return o


def _s_ErrorDisplayDataIdentifierNotFound(v: Any) -> ErrorDisplayDataIdentifierNotFound:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataIdentifierNotFound), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.identifierNotFound" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.identifierNotFound' for ErrorDisplayDataIdentifierNotFound, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataIdentifierNotFound(v)


def _t_ErrorDisplayDataIdentifierNotFound(v: Any) -> ErrorDisplayDataIdentifierNotFound:
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_loaded_models_sample = _s_list_str(v["loadedModelsSample"])
    f_total_loaded_models = v["totalLoadedModels"]
    if type(f_total_loaded_models) is not int:
        raise _wrong(f_total_loaded_models, "an integer")
    o = _new(ErrorDisplayDataIdentifierNotFound)
    _set_ErrorDisplayDataIdentifierNotFound_code(o, "generic.identifierNotFound")
    _set_ErrorDisplayDataIdentifierNotFound_identifier(o, f_identifier)
    _set_ErrorDisplayDataIdentifierNotFound_loaded_models_sample(o, f_loaded_models_sample)
    _set_ErrorDisplayDataIdentifierNotFound_total_loaded_models(o, f_total_loaded_models)
    return o


def _s_ErrorDisplayDataDomainMismatch(v: Any) -> ErrorDisplayDataDomainMismatch:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataDomainMismatch), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.domainMismatch" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.domainMismatch' for ErrorDisplayDataDomainMismatch, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataDomainMismatch(v)


def _t_ErrorDisplayDataDomainMismatch(v: Any) -> ErrorDisplayDataDomainMismatch:
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_actual_domain: ModelDomainType = v["actualDomain"]
    if not isinstance(f_actual_domain, str):
        raise TypeError("expected a string (ModelDomainType), found " + _type_name(f_actual_domain))
    f_expected_domain: ModelDomainType = v["expectedDomain"]
    if not isinstance(f_expected_domain, str):
        raise TypeError(
            "expected a string (ModelDomainType), found " + _type_name(f_expected_domain)
        )
    o = _new(ErrorDisplayDataDomainMismatch)
    _set_ErrorDisplayDataDomainMismatch_code(o, "generic.domainMismatch")
    _set_ErrorDisplayDataDomainMismatch_path(o, f_path)
    _set_ErrorDisplayDataDomainMismatch_actual_domain(o, f_actual_domain)
    _set_ErrorDisplayDataDomainMismatch_expected_domain(o, f_expected_domain)
    return o


def _s_ErrorDisplayDataEngineDoesNotSupportFeature(
    v: Any,
) -> ErrorDisplayDataEngineDoesNotSupportFeature:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataEngineDoesNotSupportFeature), found "
            + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.engineDoesNotSupportFeature" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.engineDoesNotSupportFeature' for ErrorDisplayDataEngineDoesNotSupportFeature, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataEngineDoesNotSupportFeature(v)


def _t_ErrorDisplayDataEngineDoesNotSupportFeature(
    v: Any,
) -> ErrorDisplayDataEngineDoesNotSupportFeature:
    f_feature = v["feature"]
    if type(f_feature) is not str:
        raise _wrong(f_feature, "a string")
    f_engine_name = v["engineName"]
    if type(f_engine_name) is not str:
        raise _wrong(f_engine_name, "a string")
    f_engine_type = v["engineType"]
    if type(f_engine_type) is not str:
        raise _wrong(f_engine_type, "a string")
    f_installed_version = v["installedVersion"]
    if type(f_installed_version) is not str:
        raise _wrong(f_installed_version, "a string")
    f_supported_version = _s_str_or_None(v["supportedVersion"])
    o = _new(ErrorDisplayDataEngineDoesNotSupportFeature)
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_code(o, "generic.engineDoesNotSupportFeature")
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_feature(o, f_feature)
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_engine_name(o, f_engine_name)
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_engine_type(o, f_engine_type)
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_installed_version(o, f_installed_version)
    _set_ErrorDisplayDataEngineDoesNotSupportFeature_supported_version(o, f_supported_version)
    return o


def _s_ErrorDisplayDataMissingRuntimeExtension(v: Any) -> ErrorDisplayDataMissingRuntimeExtension:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataMissingRuntimeExtension), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.missingRuntimeExtension" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.missingRuntimeExtension' for ErrorDisplayDataMissingRuntimeExtension, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataMissingRuntimeExtension(v)


def _t_ErrorDisplayDataMissingRuntimeExtension(v: Any) -> ErrorDisplayDataMissingRuntimeExtension:
    o = _new(ErrorDisplayDataMissingRuntimeExtension)
    _set_ErrorDisplayDataMissingRuntimeExtension_code(o, "generic.missingRuntimeExtension")
    return o


def _s_ErrorDisplayDataPresetNotFound(v: Any) -> ErrorDisplayDataPresetNotFound:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ErrorDisplayDataPresetNotFound), found " + _type_name(v)
        )
    if "code" in v:
        f_code = v["code"]
        if f_code != "generic.presetNotFound" or type(f_code) is not str:
            raise ValueError(
                "'code' must be 'generic.presetNotFound' for ErrorDisplayDataPresetNotFound, found "
                + repr(f_code)
            )
    return _t_ErrorDisplayDataPresetNotFound(v)


def _t_ErrorDisplayDataPresetNotFound(v: Any) -> ErrorDisplayDataPresetNotFound:
    f_specified_fuzzy_preset_identifier = v["specifiedFuzzyPresetIdentifier"]
    if type(f_specified_fuzzy_preset_identifier) is not str:
        raise _wrong(f_specified_fuzzy_preset_identifier, "a string")
    f_available_presets_sample = _s_list_PresetSample(v["availablePresetsSample"])
    f_total_available_presets = v["totalAvailablePresets"]
    if type(f_total_available_presets) is not int:
        raise _wrong(f_total_available_presets, "an integer")
    o = _new(ErrorDisplayDataPresetNotFound)
    _set_ErrorDisplayDataPresetNotFound_code(o, "generic.presetNotFound")
    _set_ErrorDisplayDataPresetNotFound_specified_fuzzy_preset_identifier(
        o, f_specified_fuzzy_preset_identifier
    )
    _set_ErrorDisplayDataPresetNotFound_available_presets_sample(o, f_available_presets_sample)
    _set_ErrorDisplayDataPresetNotFound_total_available_presets(o, f_total_available_presets)
    return o


def _s_PresetSample(v: Any) -> PresetSample:
    if not isinstance(v, dict):
        raise TypeError("expected an object (PresetSample), found " + _type_name(v))
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    o = _new(PresetSample)
    _set_PresetSample_identifier(o, f_identifier)
    _set_PresetSample_name(o, f_name)
    return o


def _s_ModelQuery(v: Any) -> ModelQuery:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ModelQuery), found " + _type_name(v))
    f_domain = v.get("domain", None)
    if f_domain is not None:
        f_domain = _s_ModelDomainType_or_None(f_domain)
    f_identifier = v.get("identifier", None)
    if f_identifier is not None:
        f_identifier = _s_str_or_None(f_identifier)
    f_path = v.get("path", None)
    if f_path is not None:
        f_path = _s_str_or_None(f_path)
    f_vision = v.get("vision", None)
    if f_vision is not None:
        f_vision = _s_bool_or_None(f_vision)
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    o = _new(ModelQuery)
    _set_ModelQuery_domain(o, f_domain)
    _set_ModelQuery_identifier(o, f_identifier)
    _set_ModelQuery_path(o, f_path)
    _set_ModelQuery_vision(o, f_vision)
    _set_ModelQuery_device_identifier(o, f_device_identifier)
    return o


def _s_ModelSpecifierQuery(v: Any) -> ModelSpecifierQuery:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ModelSpecifierQuery), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "query" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'query' for ModelSpecifierQuery, found " + repr(f_type)
            )
    return _t_ModelSpecifierQuery(v)


def _t_ModelSpecifierQuery(v: Any) -> ModelSpecifierQuery:
    f_query = _s_ModelQuery(v["query"])
    o = _new(ModelSpecifierQuery)
    _set_ModelSpecifierQuery_type(o, "query")
    _set_ModelSpecifierQuery_query(o, f_query)
    return o


def _s_ModelSpecifierInstanceReference(v: Any) -> ModelSpecifierInstanceReference:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ModelSpecifierInstanceReference), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "instanceReference" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'instanceReference' for ModelSpecifierInstanceReference, found "
                + repr(f_type)
            )
    return _t_ModelSpecifierInstanceReference(v)


def _t_ModelSpecifierInstanceReference(v: Any) -> ModelSpecifierInstanceReference:
    f_instance_reference = v["instanceReference"]
    if type(f_instance_reference) is not str:
        raise _wrong(f_instance_reference, "a string")
    o = _new(ModelSpecifierInstanceReference)
    _set_ModelSpecifierInstanceReference_type(o, "instanceReference")
    _set_ModelSpecifierInstanceReference_instance_reference(o, f_instance_reference)
    return o


def _s_EmbeddingLoadModelConfig(v: Any) -> EmbeddingLoadModelConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EmbeddingLoadModelConfig), found " + _type_name(v))
    f_context_length = v.get("contextLength", None)
    if f_context_length is not None:
        f_context_length = _s_int_or_None(f_context_length)
    f_gpu = v.get("gpu", None)
    if f_gpu is not None:
        f_gpu = _s_GpuSetting_or_None(f_gpu)
    f_rope_frequency_base = v.get("ropeFrequencyBase", None)
    if f_rope_frequency_base is not None:
        f_rope_frequency_base = _s_float_or_None(f_rope_frequency_base)
    f_rope_frequency_scale = v.get("ropeFrequencyScale", None)
    if f_rope_frequency_scale is not None:
        f_rope_frequency_scale = _s_float_or_None(f_rope_frequency_scale)
    f_keep_model_in_memory = v.get("keepModelInMemory", None)
    if f_keep_model_in_memory is not None:
        f_keep_model_in_memory = _s_bool_or_None(f_keep_model_in_memory)
    f_try_mmap = v.get("tryMmap", None)
    if f_try_mmap is not None:
        f_try_mmap = _s_bool_or_None(f_try_mmap)
    o = _new(EmbeddingLoadModelConfig)
    _set_EmbeddingLoadModelConfig_context_length(o, f_context_length)
    _set_EmbeddingLoadModelConfig_gpu(o, f_gpu)
    _set_EmbeddingLoadModelConfig_rope_frequency_base(o, f_rope_frequency_base)
    _set_EmbeddingLoadModelConfig_rope_frequency_scale(o, f_rope_frequency_scale)
    _set_EmbeddingLoadModelConfig_keep_model_in_memory(o, f_keep_model_in_memory)
    _set_EmbeddingLoadModelConfig_try_mmap(o, f_try_mmap)
    return o


def _s_KvConfigField(v: Any) -> KvConfigField:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KvConfigField), found " + _type_name(v))
    f_key = v["key"]
    if type(f_key) is not str:
        raise _wrong(f_key, "a string")
    f_value = v.get("value", UNSET)
    o = _new(KvConfigField)
    _set_KvConfigField_key(o, f_key)
    _set_KvConfigField_value(o, f_value)
    return o


def _s_KvConfig(v: Any) -> KvConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KvConfig), found " + _type_name(v))
    f_fields = _s_list_KvConfigField(v["fields"])
    o = _new(KvConfig)
    _set_KvConfig_fields(o, f_fields)
    return o


def _s_KvConfigStackLayer(v: Any) -> KvConfigStackLayer:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KvConfigStackLayer), found " + _type_name(v))
    f_layer_name: KvConfigLayerName = v["layerName"]
    if not isinstance(f_layer_name, str):
        raise TypeError("expected a string (KvConfigLayerName), found " + _type_name(f_layer_name))
    f_config = _s_KvConfig(v["config"])
    o = _new(KvConfigStackLayer)
    _set_KvConfigStackLayer_layer_name(o, f_layer_name)
    _set_KvConfigStackLayer_config(o, f_config)
    return o


def _s_KvConfigStack(v: Any) -> KvConfigStack:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KvConfigStack), found " + _type_name(v))
    f_layers = _s_list_KvConfigStackLayer(v["layers"])
    o = _new(KvConfigStack)
    _set_KvConfigStack_layers(o, f_layers)
    return o


def _s_LlmLoadModelConfig(v: Any) -> LlmLoadModelConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmLoadModelConfig), found " + _type_name(v))
    f_context_length = v.get("contextLength", None)
    if f_context_length is not None:
        f_context_length = _s_int_or_None(f_context_length)
    f_gpu = v.get("gpu", None)
    if f_gpu is not None:
        f_gpu = _s_GpuSetting_or_None(f_gpu)
    f_gpu_strict_vram_cap = v.get("gpuStrictVramCap", None)
    if f_gpu_strict_vram_cap is not None:
        f_gpu_strict_vram_cap = _s_bool_or_None(f_gpu_strict_vram_cap)
    f_offload_kv_cache_to_gpu = v.get("offloadKVCacheToGpu", None)
    if f_offload_kv_cache_to_gpu is not None:
        f_offload_kv_cache_to_gpu = _s_bool_or_None(f_offload_kv_cache_to_gpu)
    f_seed = v.get("seed", None)
    if f_seed is not None:
        f_seed = _s_int_or_lit_False_or_None(f_seed)
    f_rope_frequency_base = v.get("ropeFrequencyBase", None)
    if f_rope_frequency_base is not None:
        f_rope_frequency_base = _s_float_or_lit_False_or_None(f_rope_frequency_base)
    f_rope_frequency_scale = v.get("ropeFrequencyScale", None)
    if f_rope_frequency_scale is not None:
        f_rope_frequency_scale = _s_float_or_lit_False_or_None(f_rope_frequency_scale)
    f_eval_batch_size = v.get("evalBatchSize", None)
    if f_eval_batch_size is not None:
        f_eval_batch_size = _s_int_or_None(f_eval_batch_size)
    f_flash_attention = v.get("flashAttention", None)
    if f_flash_attention is not None:
        f_flash_attention = _s_bool_or_None(f_flash_attention)
    f_keep_model_in_memory = v.get("keepModelInMemory", None)
    if f_keep_model_in_memory is not None:
        f_keep_model_in_memory = _s_bool_or_None(f_keep_model_in_memory)
    f_use_fp16_for_kv_cache = v.get("useFp16ForKVCache", None)
    if f_use_fp16_for_kv_cache is not None:
        f_use_fp16_for_kv_cache = _s_bool_or_None(f_use_fp16_for_kv_cache)
    f_try_mmap = v.get("tryMmap", None)
    if f_try_mmap is not None:
        f_try_mmap = _s_bool_or_None(f_try_mmap)
    f_num_experts = v.get("numExperts", None)
    if f_num_experts is not None:
        f_num_experts = _s_int_or_None(f_num_experts)
    f_llama_k_cache_quantization_type = v.get("llamaKCacheQuantizationType", None)
    if f_llama_k_cache_quantization_type is not None:
        f_llama_k_cache_quantization_type = _s_LlamaCacheQuantizationType_or_lit_False_or_None(
            f_llama_k_cache_quantization_type
        )
    f_llama_v_cache_quantization_type = v.get("llamaVCacheQuantizationType", None)
    if f_llama_v_cache_quantization_type is not None:
        f_llama_v_cache_quantization_type = _s_LlamaCacheQuantizationType_or_lit_False_or_None(
            f_llama_v_cache_quantization_type
        )
    f_max_parallel_predictions = v.get("maxParallelPredictions", None)
    if f_max_parallel_predictions is not None:
        f_max_parallel_predictions = _s_int_or_None(f_max_parallel_predictions)
    f_physical_batch_size = v.get("physicalBatchSize", None)
    if f_physical_batch_size is not None:
        f_physical_batch_size = _s_int_or_None(f_physical_batch_size)
    f_use_unified_kv_cache = v.get("useUnifiedKvCache", None)
    if f_use_unified_kv_cache is not None:
        f_use_unified_kv_cache = _s_bool_or_None(f_use_unified_kv_cache)
    f_try_direct_io = v.get("tryDirectIO", None)
    if f_try_direct_io is not None:
        f_try_direct_io = _s_bool_or_None(f_try_direct_io)
    f_auto_fit = v.get("autoFit", None)
    if f_auto_fit is not None:
        f_auto_fit = _s_bool_or_None(f_auto_fit)
    f_auto_fit_min_context_length = v.get("autoFitMinContextLength", None)
    if f_auto_fit_min_context_length is not None:
        f_auto_fit_min_context_length = _s_int_or_None(f_auto_fit_min_context_length)
    f_context_checkpoints = v.get("contextCheckpoints", None)
    if f_context_checkpoints is not None:
        f_context_checkpoints = _s_int_or_None(f_context_checkpoints)
    f_reasoning_budget_message = v.get("reasoningBudgetMessage", None)
    if f_reasoning_budget_message is not None:
        f_reasoning_budget_message = _s_str_or_None(f_reasoning_budget_message)
    f_speculative_draft_model = v.get("speculativeDraftModel", None)
    if f_speculative_draft_model is not None:
        f_speculative_draft_model = _s_str_or_None(f_speculative_draft_model)
    f_speculative_draft_mtp = v.get("speculativeDraftMtp", None)
    if f_speculative_draft_mtp is not None:
        f_speculative_draft_mtp = _s_bool_or_None(f_speculative_draft_mtp)
    f_speculative_draft_simple = v.get("speculativeDraftSimple", None)
    if f_speculative_draft_simple is not None:
        f_speculative_draft_simple = _s_bool_or_None(f_speculative_draft_simple)
    f_speculative_draft_max_tokens = v.get("speculativeDraftMaxTokens", None)
    if f_speculative_draft_max_tokens is not None:
        f_speculative_draft_max_tokens = _s_int_or_None(f_speculative_draft_max_tokens)
    f_speculative_draft_min_tokens = v.get("speculativeDraftMinTokens", None)
    if f_speculative_draft_min_tokens is not None:
        f_speculative_draft_min_tokens = _s_int_or_None(f_speculative_draft_min_tokens)
    f_speculative_draft_min_continue_probability = v.get(
        "speculativeDraftMinContinueProbability", None
    )
    if f_speculative_draft_min_continue_probability is not None:
        f_speculative_draft_min_continue_probability = _s_float_or_None(
            f_speculative_draft_min_continue_probability
        )
    f_mlx_disk_cache = v.get("mlxDiskCache", None)
    if f_mlx_disk_cache is not None:
        f_mlx_disk_cache = _s_bool_or_None(f_mlx_disk_cache)
    f_prompt_template = v.get("promptTemplate", None)
    if f_prompt_template is not None:
        f_prompt_template = _s_LlmLoadPromptTemplate_or_None(f_prompt_template)
    o = _new(LlmLoadModelConfig)
    _set_LlmLoadModelConfig_context_length(o, f_context_length)
    _set_LlmLoadModelConfig_gpu(o, f_gpu)
    _set_LlmLoadModelConfig_gpu_strict_vram_cap(o, f_gpu_strict_vram_cap)
    _set_LlmLoadModelConfig_offload_kv_cache_to_gpu(o, f_offload_kv_cache_to_gpu)
    _set_LlmLoadModelConfig_seed(o, f_seed)
    _set_LlmLoadModelConfig_rope_frequency_base(o, f_rope_frequency_base)
    _set_LlmLoadModelConfig_rope_frequency_scale(o, f_rope_frequency_scale)
    _set_LlmLoadModelConfig_eval_batch_size(o, f_eval_batch_size)
    _set_LlmLoadModelConfig_flash_attention(o, f_flash_attention)
    _set_LlmLoadModelConfig_keep_model_in_memory(o, f_keep_model_in_memory)
    _set_LlmLoadModelConfig_use_fp16_for_kv_cache(o, f_use_fp16_for_kv_cache)
    _set_LlmLoadModelConfig_try_mmap(o, f_try_mmap)
    _set_LlmLoadModelConfig_num_experts(o, f_num_experts)
    _set_LlmLoadModelConfig_llama_k_cache_quantization_type(o, f_llama_k_cache_quantization_type)
    _set_LlmLoadModelConfig_llama_v_cache_quantization_type(o, f_llama_v_cache_quantization_type)
    _set_LlmLoadModelConfig_max_parallel_predictions(o, f_max_parallel_predictions)
    _set_LlmLoadModelConfig_physical_batch_size(o, f_physical_batch_size)
    _set_LlmLoadModelConfig_use_unified_kv_cache(o, f_use_unified_kv_cache)
    _set_LlmLoadModelConfig_try_direct_io(o, f_try_direct_io)
    _set_LlmLoadModelConfig_auto_fit(o, f_auto_fit)
    _set_LlmLoadModelConfig_auto_fit_min_context_length(o, f_auto_fit_min_context_length)
    _set_LlmLoadModelConfig_context_checkpoints(o, f_context_checkpoints)
    _set_LlmLoadModelConfig_reasoning_budget_message(o, f_reasoning_budget_message)
    _set_LlmLoadModelConfig_speculative_draft_model(o, f_speculative_draft_model)
    _set_LlmLoadModelConfig_speculative_draft_mtp(o, f_speculative_draft_mtp)
    _set_LlmLoadModelConfig_speculative_draft_simple(o, f_speculative_draft_simple)
    _set_LlmLoadModelConfig_speculative_draft_max_tokens(o, f_speculative_draft_max_tokens)
    _set_LlmLoadModelConfig_speculative_draft_min_tokens(o, f_speculative_draft_min_tokens)
    _set_LlmLoadModelConfig_speculative_draft_min_continue_probability(
        o, f_speculative_draft_min_continue_probability
    )
    _set_LlmLoadModelConfig_mlx_disk_cache(o, f_mlx_disk_cache)
    _set_LlmLoadModelConfig_prompt_template(o, f_prompt_template)
    return o


def _s_GpuSetting(v: Any) -> GpuSetting:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GpuSetting), found " + _type_name(v))
    f_ratio = v.get("ratio", None)
    if f_ratio is not None:
        f_ratio = _s_float_or_lit_max_off_or_None(f_ratio)
    f_main_gpu = v.get("mainGpu", None)
    if f_main_gpu is not None:
        f_main_gpu = _s_int_or_None(f_main_gpu)
    f_split_strategy = v.get("splitStrategy", None)
    if f_split_strategy is not None:
        f_split_strategy = _s_LlmSplitStrategy_or_None(f_split_strategy)
    f_disabled_gpus = v.get("disabledGpus", None)
    if f_disabled_gpus is not None:
        f_disabled_gpus = _s_list_int_or_None(f_disabled_gpus)
    o = _new(GpuSetting)
    _set_GpuSetting_ratio(o, f_ratio)
    _set_GpuSetting_main_gpu(o, f_main_gpu)
    _set_GpuSetting_split_strategy(o, f_split_strategy)
    _set_GpuSetting_disabled_gpus(o, f_disabled_gpus)
    return o


def _s_GpuSplitConfig(v: Any) -> GpuSplitConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GpuSplitConfig), found " + _type_name(v))
    f_strategy: GpuSplitStrategy = v["strategy"]
    if not isinstance(f_strategy, str):
        raise TypeError("expected a string (GpuSplitStrategy), found " + _type_name(f_strategy))
    f_disabled_gpus = _s_list_int(v["disabledGpus"])
    f_priority = _s_list_int(v["priority"])
    f_custom_ratio = _s_list_float(v["customRatio"])
    o = _new(GpuSplitConfig)
    _set_GpuSplitConfig_strategy(o, f_strategy)
    _set_GpuSplitConfig_disabled_gpus(o, f_disabled_gpus)
    _set_GpuSplitConfig_priority(o, f_priority)
    _set_GpuSplitConfig_custom_ratio(o, f_custom_ratio)
    return o


def _s_LlmLoadPromptTemplate(v: Any) -> LlmLoadPromptTemplate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmLoadPromptTemplate), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "jinja" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'jinja' for LlmLoadPromptTemplate, found " + repr(f_type)
            )
    f_jinja_prompt_template = _s_LlmJinjaPromptTemplate(v["jinjaPromptTemplate"])
    o = _new(LlmLoadPromptTemplate)
    _set_LlmLoadPromptTemplate_type(o, "jinja")
    _set_LlmLoadPromptTemplate_jinja_prompt_template(o, f_jinja_prompt_template)
    return o


def _s_LlmPredictionConfig(v: Any) -> LlmPredictionConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPredictionConfig), found " + _type_name(v))
    f_temperature = v.get("temperature", None)
    if f_temperature is not None:
        f_temperature = _s_float_or_None(f_temperature)
    f_max_tokens = v.get("maxTokens", None)
    if f_max_tokens is not None:
        f_max_tokens = _s_int_or_lit_False_or_None(f_max_tokens)
    f_stop_strings = v.get("stopStrings", None)
    if f_stop_strings is not None:
        f_stop_strings = _s_list_str_or_None(f_stop_strings)
    f_tool_call_stop_strings = v.get("toolCallStopStrings", None)
    if f_tool_call_stop_strings is not None:
        f_tool_call_stop_strings = _s_list_str_or_None(f_tool_call_stop_strings)
    f_context_overflow_policy = v.get("contextOverflowPolicy", None)
    if f_context_overflow_policy is not None:
        f_context_overflow_policy = _s_LlmContextOverflowPolicy_or_None(f_context_overflow_policy)
    f_structured = v.get("structured", None)
    if f_structured is not None:
        f_structured = _s_LlmStructuredPredictionSetting_or_None(f_structured)
    f_raw_tools = v.get("rawTools", None)
    if f_raw_tools is not None:
        f_raw_tools = _s_LlmToolUseSettingNone_or_LlmToolUseSettingToolA_2(f_raw_tools)
    f_tool_choice = v.get("toolChoice", None)
    if f_tool_choice is not None:
        f_tool_choice = _s_LlmToolChoice_or_None(f_tool_choice)
    f_tool_naming = v.get("toolNaming", None)
    if f_tool_naming is not None:
        f_tool_naming = _s_LlmToolNaming_or_None(f_tool_naming)
    f_top_k_sampling = v.get("topKSampling", None)
    if f_top_k_sampling is not None:
        f_top_k_sampling = _s_float_or_None(f_top_k_sampling)
    f_top_p_sampling = v.get("topPSampling", None)
    if f_top_p_sampling is not None:
        f_top_p_sampling = _s_float_or_lit_False_or_None(f_top_p_sampling)
    f_min_p_sampling = v.get("minPSampling", None)
    if f_min_p_sampling is not None:
        f_min_p_sampling = _s_float_or_lit_False_or_None(f_min_p_sampling)
    f_repeat_penalty = v.get("repeatPenalty", None)
    if f_repeat_penalty is not None:
        f_repeat_penalty = _s_float_or_lit_False_or_None(f_repeat_penalty)
    f_presence_penalty = v.get("presencePenalty", None)
    if f_presence_penalty is not None:
        f_presence_penalty = _s_float_or_lit_False_or_None(f_presence_penalty)
    f_xtc_probability = v.get("xtcProbability", None)
    if f_xtc_probability is not None:
        f_xtc_probability = _s_float_or_lit_False_or_None(f_xtc_probability)
    f_xtc_threshold = v.get("xtcThreshold", None)
    if f_xtc_threshold is not None:
        f_xtc_threshold = _s_float_or_lit_False_or_None(f_xtc_threshold)
    f_log_probs = v.get("logProbs", None)
    if f_log_probs is not None:
        f_log_probs = _s_int_or_lit_False_or_None(f_log_probs)
    f_cpu_threads = v.get("cpuThreads", None)
    if f_cpu_threads is not None:
        f_cpu_threads = _s_int_or_None(f_cpu_threads)
    f_enable_thinking = v.get("enableThinking", None)
    if f_enable_thinking is not None:
        f_enable_thinking = _s_bool_or_None(f_enable_thinking)
    f_reasoning_budget = v.get("reasoningBudget", None)
    if f_reasoning_budget is not None:
        f_reasoning_budget = _s_int_or_lit_False_or_None(f_reasoning_budget)
    f_reasoning_parsing = v.get("reasoningParsing", None)
    if f_reasoning_parsing is not None:
        f_reasoning_parsing = _s_LlmReasoningParsing_or_None(f_reasoning_parsing)
    f_prompt_template = v.get("promptTemplate", None)
    if f_prompt_template is not None:
        f_prompt_template = _s_LlmPromptTemplate_or_None(f_prompt_template)
    f_draft_model = v.get("draftModel", None)
    if f_draft_model is not None:
        f_draft_model = _s_str_or_None(f_draft_model)
    f_speculative_decoding_num_draft_tokens_exact = v.get(
        "speculativeDecodingNumDraftTokensExact", None
    )
    if f_speculative_decoding_num_draft_tokens_exact is not None:
        f_speculative_decoding_num_draft_tokens_exact = _s_int_or_None(
            f_speculative_decoding_num_draft_tokens_exact
        )
    f_speculative_decoding_min_draft_length_to_consider = v.get(
        "speculativeDecodingMinDraftLengthToConsider", None
    )
    if f_speculative_decoding_min_draft_length_to_consider is not None:
        f_speculative_decoding_min_draft_length_to_consider = _s_int_or_None(
            f_speculative_decoding_min_draft_length_to_consider
        )
    f_speculative_decoding_min_continue_drafting_probability = v.get(
        "speculativeDecodingMinContinueDraftingProbability", None
    )
    if f_speculative_decoding_min_continue_drafting_probability is not None:
        f_speculative_decoding_min_continue_drafting_probability = _s_float_or_None(
            f_speculative_decoding_min_continue_drafting_probability
        )
    f_user_max_image_dimension_pixels = v.get("userMaxImageDimensionPixels", None)
    if f_user_max_image_dimension_pixels is not None:
        f_user_max_image_dimension_pixels = _s_int_or_lit_False_or_None(
            f_user_max_image_dimension_pixels
        )
    f_ignore_model_preferred_max_image_dimension = v.get(
        "ignoreModelPreferredMaxImageDimension", None
    )
    if f_ignore_model_preferred_max_image_dimension is not None:
        f_ignore_model_preferred_max_image_dimension = _s_bool_or_None(
            f_ignore_model_preferred_max_image_dimension
        )
    o = _new(LlmPredictionConfig)
    _set_LlmPredictionConfig_temperature(o, f_temperature)
    _set_LlmPredictionConfig_max_tokens(o, f_max_tokens)
    _set_LlmPredictionConfig_stop_strings(o, f_stop_strings)
    _set_LlmPredictionConfig_tool_call_stop_strings(o, f_tool_call_stop_strings)
    _set_LlmPredictionConfig_context_overflow_policy(o, f_context_overflow_policy)
    _set_LlmPredictionConfig_structured(o, f_structured)
    _set_LlmPredictionConfig_raw_tools(o, f_raw_tools)
    _set_LlmPredictionConfig_tool_choice(o, f_tool_choice)
    _set_LlmPredictionConfig_tool_naming(o, f_tool_naming)
    _set_LlmPredictionConfig_top_k_sampling(o, f_top_k_sampling)
    _set_LlmPredictionConfig_top_p_sampling(o, f_top_p_sampling)
    _set_LlmPredictionConfig_min_p_sampling(o, f_min_p_sampling)
    _set_LlmPredictionConfig_repeat_penalty(o, f_repeat_penalty)
    _set_LlmPredictionConfig_presence_penalty(o, f_presence_penalty)
    _set_LlmPredictionConfig_xtc_probability(o, f_xtc_probability)
    _set_LlmPredictionConfig_xtc_threshold(o, f_xtc_threshold)
    _set_LlmPredictionConfig_log_probs(o, f_log_probs)
    _set_LlmPredictionConfig_cpu_threads(o, f_cpu_threads)
    _set_LlmPredictionConfig_enable_thinking(o, f_enable_thinking)
    _set_LlmPredictionConfig_reasoning_budget(o, f_reasoning_budget)
    _set_LlmPredictionConfig_reasoning_parsing(o, f_reasoning_parsing)
    _set_LlmPredictionConfig_prompt_template(o, f_prompt_template)
    _set_LlmPredictionConfig_draft_model(o, f_draft_model)
    _set_LlmPredictionConfig_speculative_decoding_num_draft_tokens_exact(
        o, f_speculative_decoding_num_draft_tokens_exact
    )
    _set_LlmPredictionConfig_speculative_decoding_min_draft_length_to_consider(
        o, f_speculative_decoding_min_draft_length_to_consider
    )
    _set_LlmPredictionConfig_speculative_decoding_min_continue_drafting_probability(
        o, f_speculative_decoding_min_continue_drafting_probability
    )
    _set_LlmPredictionConfig_user_max_image_dimension_pixels(o, f_user_max_image_dimension_pixels)
    _set_LlmPredictionConfig_ignore_model_preferred_max_image_dimension(
        o, f_ignore_model_preferred_max_image_dimension
    )
    return o


def _s_LlmStructuredPredictionSetting(v: Any) -> LlmStructuredPredictionSetting:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (LlmStructuredPredictionSetting), found " + _type_name(v)
        )
    f_type: LlmStructuredPredictionType = v["type"]
    if not isinstance(f_type, str):
        raise TypeError(
            "expected a string (LlmStructuredPredictionType), found " + _type_name(f_type)
        )
    f_json_schema = v.get("jsonSchema", UNSET)
    f_gbnf_grammar = v.get("gbnfGrammar", None)
    if f_gbnf_grammar is not None:
        f_gbnf_grammar = _s_str_or_None(f_gbnf_grammar)
    o = _new(LlmStructuredPredictionSetting)
    _set_LlmStructuredPredictionSetting_type(o, f_type)
    _set_LlmStructuredPredictionSetting_json_schema(o, f_json_schema)
    _set_LlmStructuredPredictionSetting_gbnf_grammar(o, f_gbnf_grammar)
    return o


def _s_LlmReasoningParsing(v: Any) -> LlmReasoningParsing:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmReasoningParsing), found " + _type_name(v))
    f_enabled = v["enabled"]
    if type(f_enabled) is not bool:
        raise _wrong(f_enabled, "a boolean")
    f_start_string = v["startString"]
    if type(f_start_string) is not str:
        raise _wrong(f_start_string, "a string")
    f_end_string = v["endString"]
    if type(f_end_string) is not str:
        raise _wrong(f_end_string, "a string")
    o = _new(LlmReasoningParsing)
    _set_LlmReasoningParsing_enabled(o, f_enabled)
    _set_LlmReasoningParsing_start_string(o, f_start_string)
    _set_LlmReasoningParsing_end_string(o, f_end_string)
    return o


def _s_LlmManualPromptTemplate(v: Any) -> LlmManualPromptTemplate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmManualPromptTemplate), found " + _type_name(v))
    f_before_system = v["beforeSystem"]
    if type(f_before_system) is not str:
        raise _wrong(f_before_system, "a string")
    f_after_system = v["afterSystem"]
    if type(f_after_system) is not str:
        raise _wrong(f_after_system, "a string")
    f_before_user = v["beforeUser"]
    if type(f_before_user) is not str:
        raise _wrong(f_before_user, "a string")
    f_after_user = v["afterUser"]
    if type(f_after_user) is not str:
        raise _wrong(f_after_user, "a string")
    f_before_assistant = v["beforeAssistant"]
    if type(f_before_assistant) is not str:
        raise _wrong(f_before_assistant, "a string")
    f_after_assistant = v["afterAssistant"]
    if type(f_after_assistant) is not str:
        raise _wrong(f_after_assistant, "a string")
    o = _new(LlmManualPromptTemplate)
    _set_LlmManualPromptTemplate_before_system(o, f_before_system)
    _set_LlmManualPromptTemplate_after_system(o, f_after_system)
    _set_LlmManualPromptTemplate_before_user(o, f_before_user)
    _set_LlmManualPromptTemplate_after_user(o, f_after_user)
    _set_LlmManualPromptTemplate_before_assistant(o, f_before_assistant)
    _set_LlmManualPromptTemplate_after_assistant(o, f_after_assistant)
    return o


def _s_LlmJinjaPromptTemplate(v: Any) -> LlmJinjaPromptTemplate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmJinjaPromptTemplate), found " + _type_name(v))
    f_template = v["template"]
    if type(f_template) is not str:
        raise _wrong(f_template, "a string")
    o = _new(LlmJinjaPromptTemplate)
    _set_LlmJinjaPromptTemplate_template(o, f_template)
    return o


def _s_LlmPromptTemplate(v: Any) -> LlmPromptTemplate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPromptTemplate), found " + _type_name(v))
    f_type: LlmPromptTemplateType = v["type"]
    if not isinstance(f_type, str):
        raise TypeError("expected a string (LlmPromptTemplateType), found " + _type_name(f_type))
    f_manual_prompt_template = v.get("manualPromptTemplate", None)
    if f_manual_prompt_template is not None:
        f_manual_prompt_template = _s_LlmManualPromptTemplate_or_None(f_manual_prompt_template)
    f_jinja_prompt_template = v.get("jinjaPromptTemplate", None)
    if f_jinja_prompt_template is not None:
        f_jinja_prompt_template = _s_LlmJinjaPromptTemplate_or_None(f_jinja_prompt_template)
    f_stop_strings = _s_list_str(v["stopStrings"])
    o = _new(LlmPromptTemplate)
    _set_LlmPromptTemplate_type(o, f_type)
    _set_LlmPromptTemplate_manual_prompt_template(o, f_manual_prompt_template)
    _set_LlmPromptTemplate_jinja_prompt_template(o, f_jinja_prompt_template)
    _set_LlmPromptTemplate_stop_strings(o, f_stop_strings)
    return o


def _s_LlmToolChoice(v: Any) -> LlmToolChoice:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmToolChoice), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "generic" or type(f_type) is not str:
            raise ValueError("'type' must be 'generic' for LlmToolChoice, found " + repr(f_type))
    f_mode: LlmToolChoiceMode = v["mode"]
    if not isinstance(f_mode, str):
        raise TypeError("expected a string (LlmToolChoiceMode), found " + _type_name(f_mode))
    o = _new(LlmToolChoice)
    _set_LlmToolChoice_type(o, "generic")
    _set_LlmToolChoice_mode(o, f_mode)
    return o


def _s_EmbeddingGetOrLoadAlreadyLoadedPacket(v: Any) -> EmbeddingGetOrLoadAlreadyLoadedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadAlreadyLoadedPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "alreadyLoaded" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'alreadyLoaded' for EmbeddingGetOrLoadAlreadyLoadedPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingGetOrLoadAlreadyLoadedPacket(v)


def _t_EmbeddingGetOrLoadAlreadyLoadedPacket(v: Any) -> EmbeddingGetOrLoadAlreadyLoadedPacket:
    f_info = _s_EmbeddingModelInstanceInfo(v["info"])
    o = _new(EmbeddingGetOrLoadAlreadyLoadedPacket)
    _set_EmbeddingGetOrLoadAlreadyLoadedPacket_type(o, "alreadyLoaded")
    _set_EmbeddingGetOrLoadAlreadyLoadedPacket_info(o, f_info)
    return o


def _s_EmbeddingGetOrLoadStartLoadingPacket(v: Any) -> EmbeddingGetOrLoadStartLoadingPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadStartLoadingPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "startLoading" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'startLoading' for EmbeddingGetOrLoadStartLoadingPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingGetOrLoadStartLoadingPacket(v)


def _t_EmbeddingGetOrLoadStartLoadingPacket(v: Any) -> EmbeddingGetOrLoadStartLoadingPacket:
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_info = _s_EmbeddingModelInfo(v["info"])
    o = _new(EmbeddingGetOrLoadStartLoadingPacket)
    _set_EmbeddingGetOrLoadStartLoadingPacket_type(o, "startLoading")
    _set_EmbeddingGetOrLoadStartLoadingPacket_identifier(o, f_identifier)
    _set_EmbeddingGetOrLoadStartLoadingPacket_info(o, f_info)
    return o


def _s_EmbeddingGetOrLoadUnloadingOtherJitModelPacket(
    v: Any,
) -> EmbeddingGetOrLoadUnloadingOtherJitModelPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadUnloadingOtherJitModelPacket), found "
            + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "unloadingOtherJITModel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'unloadingOtherJITModel' for EmbeddingGetOrLoadUnloadingOtherJitModelPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingGetOrLoadUnloadingOtherJitModelPacket(v)


def _t_EmbeddingGetOrLoadUnloadingOtherJitModelPacket(
    v: Any,
) -> EmbeddingGetOrLoadUnloadingOtherJitModelPacket:
    f_info = _s_ModelInstanceInfo(v["info"])
    o = _new(EmbeddingGetOrLoadUnloadingOtherJitModelPacket)
    _set_EmbeddingGetOrLoadUnloadingOtherJitModelPacket_type(o, "unloadingOtherJITModel")
    _set_EmbeddingGetOrLoadUnloadingOtherJitModelPacket_info(o, f_info)
    return o


def _s_EmbeddingGetOrLoadLoadProgressPacket(v: Any) -> EmbeddingGetOrLoadLoadProgressPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadLoadProgressPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "loadProgress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'loadProgress' for EmbeddingGetOrLoadLoadProgressPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingGetOrLoadLoadProgressPacket(v)


def _t_EmbeddingGetOrLoadLoadProgressPacket(v: Any) -> EmbeddingGetOrLoadLoadProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(EmbeddingGetOrLoadLoadProgressPacket)
    _set_EmbeddingGetOrLoadLoadProgressPacket_type(o, "loadProgress")
    _set_EmbeddingGetOrLoadLoadProgressPacket_progress(o, f_progress)
    return o


def _s_EmbeddingGetOrLoadLoadSuccessPacket(v: Any) -> EmbeddingGetOrLoadLoadSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadLoadSuccessPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "loadSuccess" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'loadSuccess' for EmbeddingGetOrLoadLoadSuccessPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingGetOrLoadLoadSuccessPacket(v)


def _t_EmbeddingGetOrLoadLoadSuccessPacket(v: Any) -> EmbeddingGetOrLoadLoadSuccessPacket:
    f_info = _s_EmbeddingModelInstanceInfo(v["info"])
    o = _new(EmbeddingGetOrLoadLoadSuccessPacket)
    _set_EmbeddingGetOrLoadLoadSuccessPacket_type(o, "loadSuccess")
    _set_EmbeddingGetOrLoadLoadSuccessPacket_info(o, f_info)
    return o


def _s_EmbeddingLoadModelCreationParameter(v: Any) -> EmbeddingLoadModelCreationParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingLoadModelCreationParameter), found " + _type_name(v)
        )
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_identifier = v.get("identifier", None)
    if f_identifier is not None:
        f_identifier = _s_str_or_None(f_identifier)
    f_ttl_ms = v.get("ttlMs", None)
    if f_ttl_ms is not None:
        f_ttl_ms = _s_int_or_None(f_ttl_ms)
    f_load_config_stack = _s_KvConfigStack(v["loadConfigStack"])
    o = _new(EmbeddingLoadModelCreationParameter)
    _set_EmbeddingLoadModelCreationParameter_model_key(o, f_model_key)
    _set_EmbeddingLoadModelCreationParameter_identifier(o, f_identifier)
    _set_EmbeddingLoadModelCreationParameter_ttl_ms(o, f_ttl_ms)
    _set_EmbeddingLoadModelCreationParameter_load_config_stack(o, f_load_config_stack)
    return o


def _s_EmbeddingLoadModelResolvedPacket(v: Any) -> EmbeddingLoadModelResolvedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingLoadModelResolvedPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "resolved" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'resolved' for EmbeddingLoadModelResolvedPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingLoadModelResolvedPacket(v)


def _t_EmbeddingLoadModelResolvedPacket(v: Any) -> EmbeddingLoadModelResolvedPacket:
    f_info = _s_EmbeddingModelInfo(v["info"])
    f_ambiguous = v.get("ambiguous", None)
    if f_ambiguous is not None:
        f_ambiguous = _s_list_str_or_None(f_ambiguous)
    o = _new(EmbeddingLoadModelResolvedPacket)
    _set_EmbeddingLoadModelResolvedPacket_type(o, "resolved")
    _set_EmbeddingLoadModelResolvedPacket_info(o, f_info)
    _set_EmbeddingLoadModelResolvedPacket_ambiguous(o, f_ambiguous)
    return o


def _s_EmbeddingLoadModelProgressPacket(v: Any) -> EmbeddingLoadModelProgressPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingLoadModelProgressPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "progress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'progress' for EmbeddingLoadModelProgressPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingLoadModelProgressPacket(v)


def _t_EmbeddingLoadModelProgressPacket(v: Any) -> EmbeddingLoadModelProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(EmbeddingLoadModelProgressPacket)
    _set_EmbeddingLoadModelProgressPacket_type(o, "progress")
    _set_EmbeddingLoadModelProgressPacket_progress(o, f_progress)
    return o


def _s_EmbeddingLoadModelSuccessPacket(v: Any) -> EmbeddingLoadModelSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (EmbeddingLoadModelSuccessPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "success" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'success' for EmbeddingLoadModelSuccessPacket, found "
                + repr(f_type)
            )
    return _t_EmbeddingLoadModelSuccessPacket(v)


def _t_EmbeddingLoadModelSuccessPacket(v: Any) -> EmbeddingLoadModelSuccessPacket:
    f_info = _s_EmbeddingModelInstanceInfo(v["info"])
    o = _new(EmbeddingLoadModelSuccessPacket)
    _set_EmbeddingLoadModelSuccessPacket_type(o, "success")
    _set_EmbeddingLoadModelSuccessPacket_info(o, f_info)
    return o


def _s_EmbedStringParameter(v: Any) -> EmbedStringParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EmbedStringParameter), found " + _type_name(v))
    f_model_specifier = _s_ModelSpecifier(v["modelSpecifier"])
    f_input_string = v["inputString"]
    if type(f_input_string) is not str:
        raise _wrong(f_input_string, "a string")
    o = _new(EmbedStringParameter)
    _set_EmbedStringParameter_model_specifier(o, f_model_specifier)
    _set_EmbedStringParameter_input_string(o, f_input_string)
    return o


def _s_EmbedStringResult(v: Any) -> EmbedStringResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EmbedStringResult), found " + _type_name(v))
    f_embedding = _s_list_float(v["embedding"])
    o = _new(EmbedStringResult)
    _set_EmbedStringResult_embedding(o, f_embedding)
    return o


def _s_UploadFileBase64Parameter(v: Any) -> UploadFileBase64Parameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (UploadFileBase64Parameter), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_content_base64 = v["contentBase64"]
    if type(f_content_base64) is not str:
        raise _wrong(f_content_base64, "a string")
    o = _new(UploadFileBase64Parameter)
    _set_UploadFileBase64Parameter_name(o, f_name)
    _set_UploadFileBase64Parameter_content_base64(o, f_content_base64)
    return o


def _s_UploadFileBase64Result(v: Any) -> UploadFileBase64Result:
    if not isinstance(v, dict):
        raise TypeError("expected an object (UploadFileBase64Result), found " + _type_name(v))
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_file_type: FileType = v["fileType"]
    if not isinstance(f_file_type, str):
        raise TypeError("expected a string (FileType), found " + _type_name(f_file_type))
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    o = _new(UploadFileBase64Result)
    _set_UploadFileBase64Result_identifier(o, f_identifier)
    _set_UploadFileBase64Result_file_type(o, f_file_type)
    _set_UploadFileBase64Result_size_bytes(o, f_size_bytes)
    return o


def _s_DocumentParsingLibraryIdentifier(v: Any) -> DocumentParsingLibraryIdentifier:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DocumentParsingLibraryIdentifier), found " + _type_name(v)
        )
    f_library = v["library"]
    if type(f_library) is not str:
        raise _wrong(f_library, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    o = _new(DocumentParsingLibraryIdentifier)
    _set_DocumentParsingLibraryIdentifier_library(o, f_library)
    _set_DocumentParsingLibraryIdentifier_version(o, f_version)
    return o


def _s_DocumentParsingOpts(v: Any) -> DocumentParsingOpts:
    if not isinstance(v, dict):
        raise TypeError("expected an object (DocumentParsingOpts), found " + _type_name(v))
    f_parser_id = v.get("parserId", None)
    if f_parser_id is not None:
        f_parser_id = _s_DocumentParsingLibraryIdentifier_or_None(f_parser_id)
    o = _new(DocumentParsingOpts)
    _set_DocumentParsingOpts_parser_id(o, f_parser_id)
    return o


def _s_GetDocumentParsingLibraryParameter(v: Any) -> GetDocumentParsingLibraryParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (GetDocumentParsingLibraryParameter), found " + _type_name(v)
        )
    f_file_identifier = v["fileIdentifier"]
    if type(f_file_identifier) is not str:
        raise _wrong(f_file_identifier, "a string")
    o = _new(GetDocumentParsingLibraryParameter)
    _set_GetDocumentParsingLibraryParameter_file_identifier(o, f_file_identifier)
    return o


def _s_ParseDocumentCreationParameter(v: Any) -> ParseDocumentCreationParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ParseDocumentCreationParameter), found " + _type_name(v)
        )
    f_file_identifier = v["fileIdentifier"]
    if type(f_file_identifier) is not str:
        raise _wrong(f_file_identifier, "a string")
    f_parse_opts = _s_DocumentParsingOpts(v["parseOpts"])
    o = _new(ParseDocumentCreationParameter)
    _set_ParseDocumentCreationParameter_file_identifier(o, f_file_identifier)
    _set_ParseDocumentCreationParameter_parse_opts(o, f_parse_opts)
    return o


def _s_ParseDocumentParserLoadedPacket(v: Any) -> ParseDocumentParserLoadedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ParseDocumentParserLoadedPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "parserLoaded" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'parserLoaded' for ParseDocumentParserLoadedPacket, found "
                + repr(f_type)
            )
    return _t_ParseDocumentParserLoadedPacket(v)


def _t_ParseDocumentParserLoadedPacket(v: Any) -> ParseDocumentParserLoadedPacket:
    f_parser = _s_DocumentParsingLibraryIdentifier(v["parser"])
    o = _new(ParseDocumentParserLoadedPacket)
    _set_ParseDocumentParserLoadedPacket_type(o, "parserLoaded")
    _set_ParseDocumentParserLoadedPacket_parser(o, f_parser)
    return o


def _s_ParseDocumentProgressPacket(v: Any) -> ParseDocumentProgressPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ParseDocumentProgressPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "progress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'progress' for ParseDocumentProgressPacket, found " + repr(f_type)
            )
    return _t_ParseDocumentProgressPacket(v)


def _t_ParseDocumentProgressPacket(v: Any) -> ParseDocumentProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(ParseDocumentProgressPacket)
    _set_ParseDocumentProgressPacket_type(o, "progress")
    _set_ParseDocumentProgressPacket_progress(o, f_progress)
    return o


def _s_ParseDocumentResultPacket(v: Any) -> ParseDocumentResultPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ParseDocumentResultPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "result" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'result' for ParseDocumentResultPacket, found " + repr(f_type)
            )
    return _t_ParseDocumentResultPacket(v)


def _t_ParseDocumentResultPacket(v: Any) -> ParseDocumentResultPacket:
    f_content = v["content"]
    if type(f_content) is not str:
        raise _wrong(f_content, "a string")
    f_parser = _s_DocumentParsingLibraryIdentifier(v["parser"])
    o = _new(ParseDocumentResultPacket)
    _set_ParseDocumentResultPacket_type(o, "result")
    _set_ParseDocumentResultPacket_content(o, f_content)
    _set_ParseDocumentResultPacket_parser(o, f_parser)
    return o


def _s_ParseDocumentCancelPacket(v: Any) -> ParseDocumentCancelPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ParseDocumentCancelPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "cancel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'cancel' for ParseDocumentCancelPacket, found " + repr(f_type)
            )
    o = _new(ParseDocumentCancelPacket)
    _set_ParseDocumentCancelPacket_type(o, "cancel")
    return o


def _s_RetrieveCreationParameter(v: Any) -> RetrieveCreationParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RetrieveCreationParameter), found " + _type_name(v))
    f_query = v["query"]
    if type(f_query) is not str:
        raise _wrong(f_query, "a string")
    f_file_identifiers = _s_list_str(v["fileIdentifiers"])
    f_config = _s_KvConfig(v["config"])
    o = _new(RetrieveCreationParameter)
    _set_RetrieveCreationParameter_query(o, f_query)
    _set_RetrieveCreationParameter_file_identifiers(o, f_file_identifiers)
    _set_RetrieveCreationParameter_config(o, f_config)
    return o


def _s_RetrieveFileProcessListPacket(v: Any) -> RetrieveFileProcessListPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessListPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessList" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessList' for RetrieveFileProcessListPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessListPacket(v)


def _t_RetrieveFileProcessListPacket(v: Any) -> RetrieveFileProcessListPacket:
    f_indices = _s_list_int(v["indices"])
    o = _new(RetrieveFileProcessListPacket)
    _set_RetrieveFileProcessListPacket_type(o, "onFileProcessList")
    _set_RetrieveFileProcessListPacket_indices(o, f_indices)
    return o


def _s_RetrieveFileProcessingStartPacket(v: Any) -> RetrieveFileProcessingStartPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessingStartPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessingStart" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessingStart' for RetrieveFileProcessingStartPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessingStartPacket(v)


def _t_RetrieveFileProcessingStartPacket(v: Any) -> RetrieveFileProcessingStartPacket:
    f_index = v["index"]
    if type(f_index) is not int:
        raise _wrong(f_index, "an integer")
    o = _new(RetrieveFileProcessingStartPacket)
    _set_RetrieveFileProcessingStartPacket_type(o, "onFileProcessingStart")
    _set_RetrieveFileProcessingStartPacket_index(o, f_index)
    return o


def _s_RetrieveFileProcessingEndPacket(v: Any) -> RetrieveFileProcessingEndPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessingEndPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessingEnd" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessingEnd' for RetrieveFileProcessingEndPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessingEndPacket(v)


def _t_RetrieveFileProcessingEndPacket(v: Any) -> RetrieveFileProcessingEndPacket:
    f_index = v["index"]
    if type(f_index) is not int:
        raise _wrong(f_index, "an integer")
    o = _new(RetrieveFileProcessingEndPacket)
    _set_RetrieveFileProcessingEndPacket_type(o, "onFileProcessingEnd")
    _set_RetrieveFileProcessingEndPacket_index(o, f_index)
    return o


def _s_RetrieveFileProcessingStepStartPacket(v: Any) -> RetrieveFileProcessingStepStartPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessingStepStartPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessingStepStart" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessingStepStart' for RetrieveFileProcessingStepStartPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessingStepStartPacket(v)


def _t_RetrieveFileProcessingStepStartPacket(v: Any) -> RetrieveFileProcessingStepStartPacket:
    f_index = v["index"]
    if type(f_index) is not int:
        raise _wrong(f_index, "an integer")
    f_step: RetrievalFileProcessingStep = v["step"]
    if not isinstance(f_step, str):
        raise TypeError(
            "expected a string (RetrievalFileProcessingStep), found " + _type_name(f_step)
        )
    o = _new(RetrieveFileProcessingStepStartPacket)
    _set_RetrieveFileProcessingStepStartPacket_type(o, "onFileProcessingStepStart")
    _set_RetrieveFileProcessingStepStartPacket_index(o, f_index)
    _set_RetrieveFileProcessingStepStartPacket_step(o, f_step)
    return o


def _s_RetrieveFileProcessingStepProgressPacket(v: Any) -> RetrieveFileProcessingStepProgressPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessingStepProgressPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessingStepProgress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessingStepProgress' for RetrieveFileProcessingStepProgressPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessingStepProgressPacket(v)


def _t_RetrieveFileProcessingStepProgressPacket(v: Any) -> RetrieveFileProcessingStepProgressPacket:
    f_index = v["index"]
    if type(f_index) is not int:
        raise _wrong(f_index, "an integer")
    f_step: RetrievalFileProcessingStep = v["step"]
    if not isinstance(f_step, str):
        raise TypeError(
            "expected a string (RetrievalFileProcessingStep), found " + _type_name(f_step)
        )
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(RetrieveFileProcessingStepProgressPacket)
    _set_RetrieveFileProcessingStepProgressPacket_type(o, "onFileProcessingStepProgress")
    _set_RetrieveFileProcessingStepProgressPacket_index(o, f_index)
    _set_RetrieveFileProcessingStepProgressPacket_step(o, f_step)
    _set_RetrieveFileProcessingStepProgressPacket_progress(o, f_progress)
    return o


def _s_RetrieveFileProcessingStepEndPacket(v: Any) -> RetrieveFileProcessingStepEndPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (RetrieveFileProcessingStepEndPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "onFileProcessingStepEnd" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onFileProcessingStepEnd' for RetrieveFileProcessingStepEndPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveFileProcessingStepEndPacket(v)


def _t_RetrieveFileProcessingStepEndPacket(v: Any) -> RetrieveFileProcessingStepEndPacket:
    f_index = v["index"]
    if type(f_index) is not int:
        raise _wrong(f_index, "an integer")
    f_step: RetrievalFileProcessingStep = v["step"]
    if not isinstance(f_step, str):
        raise TypeError(
            "expected a string (RetrievalFileProcessingStep), found " + _type_name(f_step)
        )
    o = _new(RetrieveFileProcessingStepEndPacket)
    _set_RetrieveFileProcessingStepEndPacket_type(o, "onFileProcessingStepEnd")
    _set_RetrieveFileProcessingStepEndPacket_index(o, f_index)
    _set_RetrieveFileProcessingStepEndPacket_step(o, f_step)
    return o


def _s_RetrieveSearchingStartPacket(v: Any) -> RetrieveSearchingStartPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RetrieveSearchingStartPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "onSearchingStart" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onSearchingStart' for RetrieveSearchingStartPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveSearchingStartPacket(v)


def _t_RetrieveSearchingStartPacket(v: Any) -> RetrieveSearchingStartPacket:
    o = _new(RetrieveSearchingStartPacket)
    _set_RetrieveSearchingStartPacket_type(o, "onSearchingStart")
    return o


def _s_RetrieveSearchingEndPacket(v: Any) -> RetrieveSearchingEndPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RetrieveSearchingEndPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "onSearchingEnd" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'onSearchingEnd' for RetrieveSearchingEndPacket, found "
                + repr(f_type)
            )
    return _t_RetrieveSearchingEndPacket(v)


def _t_RetrieveSearchingEndPacket(v: Any) -> RetrieveSearchingEndPacket:
    o = _new(RetrieveSearchingEndPacket)
    _set_RetrieveSearchingEndPacket_type(o, "onSearchingEnd")
    return o


def _s_RetrieveResultPacket(v: Any) -> RetrieveResultPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RetrieveResultPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "result" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'result' for RetrieveResultPacket, found " + repr(f_type)
            )
    return _t_RetrieveResultPacket(v)


def _t_RetrieveResultPacket(v: Any) -> RetrieveResultPacket:
    f_result = _s_InternalRetrievalResult(v["result"])
    o = _new(RetrieveResultPacket)
    _set_RetrieveResultPacket_type(o, "result")
    _set_RetrieveResultPacket_result(o, f_result)
    return o


def _s_InternalRetrievalResult(v: Any) -> InternalRetrievalResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (InternalRetrievalResult), found " + _type_name(v))
    f_entries = _s_list_InternalRetrievalResultEntry(v["entries"])
    o = _new(InternalRetrievalResult)
    _set_InternalRetrievalResult_entries(o, f_entries)
    return o


def _s_InternalRetrievalResultEntry(v: Any) -> InternalRetrievalResultEntry:
    if not isinstance(v, dict):
        raise TypeError("expected an object (InternalRetrievalResultEntry), found " + _type_name(v))
    f_content = v["content"]
    if type(f_content) is not str:
        raise _wrong(f_content, "a string")
    f_score = v["score"]
    if not isinstance(f_score, (int, float)) or isinstance(f_score, bool):
        raise _wrong(f_score, "a number")
    f_source_index = v["sourceIndex"]
    if type(f_source_index) is not int:
        raise _wrong(f_source_index, "an integer")
    f_page_number = v.get("pageNumber", None)
    if f_page_number is not None:
        f_page_number = _s_int_or_list_int_or_None(f_page_number)
    f_line_number = v.get("lineNumber", None)
    if f_line_number is not None:
        f_line_number = _s_int_or_list_int_or_None(f_line_number)
    o = _new(InternalRetrievalResultEntry)
    _set_InternalRetrievalResultEntry_content(o, f_content)
    _set_InternalRetrievalResultEntry_score(o, f_score)
    _set_InternalRetrievalResultEntry_source_index(o, f_source_index)
    _set_InternalRetrievalResultEntry_page_number(o, f_page_number)
    _set_InternalRetrievalResultEntry_line_number(o, f_line_number)
    return o


def _s_RetrieveStopPacket(v: Any) -> RetrieveStopPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RetrieveStopPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "stop" or type(f_type) is not str:
            raise ValueError("'type' must be 'stop' for RetrieveStopPacket, found " + repr(f_type))
    o = _new(RetrieveStopPacket)
    _set_RetrieveStopPacket_type(o, "stop")
    return o


def _s_CompleteRawTextCreationParameter(v: Any) -> CompleteRawTextCreationParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (CompleteRawTextCreationParameter), found " + _type_name(v)
        )
    f_model_specifier = _s_ModelSpecifier(v["modelSpecifier"])
    f_raw_prompt = v["rawPrompt"]
    if type(f_raw_prompt) is not str:
        raise _wrong(f_raw_prompt, "a string")
    f_prediction_config_stack = _s_KvConfigStack(v["predictionConfigStack"])
    f_fuzzy_preset_identifier = v.get("fuzzyPresetIdentifier", None)
    if f_fuzzy_preset_identifier is not None:
        f_fuzzy_preset_identifier = _s_str_or_None(f_fuzzy_preset_identifier)
    f_ignore_server_session_config = v.get("ignoreServerSessionConfig", None)
    if f_ignore_server_session_config is not None:
        f_ignore_server_session_config = _s_bool_or_None(f_ignore_server_session_config)
    o = _new(CompleteRawTextCreationParameter)
    _set_CompleteRawTextCreationParameter_model_specifier(o, f_model_specifier)
    _set_CompleteRawTextCreationParameter_raw_prompt(o, f_raw_prompt)
    _set_CompleteRawTextCreationParameter_prediction_config_stack(o, f_prediction_config_stack)
    _set_CompleteRawTextCreationParameter_fuzzy_preset_identifier(o, f_fuzzy_preset_identifier)
    _set_CompleteRawTextCreationParameter_ignore_server_session_config(
        o, f_ignore_server_session_config
    )
    return o


def _s_GetOrLoadCreationParameter(v: Any) -> GetOrLoadCreationParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadCreationParameter), found " + _type_name(v))
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_load_ttl_ms = v.get("loadTtlMs", None)
    if f_load_ttl_ms is not None:
        f_load_ttl_ms = _s_int_or_None(f_load_ttl_ms)
    f_load_config_stack = _s_KvConfigStack(v["loadConfigStack"])
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    o = _new(GetOrLoadCreationParameter)
    _set_GetOrLoadCreationParameter_identifier(o, f_identifier)
    _set_GetOrLoadCreationParameter_load_ttl_ms(o, f_load_ttl_ms)
    _set_GetOrLoadCreationParameter_load_config_stack(o, f_load_config_stack)
    _set_GetOrLoadCreationParameter_device_identifier(o, f_device_identifier)
    return o


def _s_GetOrLoadAlreadyLoadedPacket(v: Any) -> GetOrLoadAlreadyLoadedPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadAlreadyLoadedPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "alreadyLoaded" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'alreadyLoaded' for GetOrLoadAlreadyLoadedPacket, found "
                + repr(f_type)
            )
    return _t_GetOrLoadAlreadyLoadedPacket(v)


def _t_GetOrLoadAlreadyLoadedPacket(v: Any) -> GetOrLoadAlreadyLoadedPacket:
    f_info = _s_LlmInstanceInfo(v["info"])
    o = _new(GetOrLoadAlreadyLoadedPacket)
    _set_GetOrLoadAlreadyLoadedPacket_type(o, "alreadyLoaded")
    _set_GetOrLoadAlreadyLoadedPacket_info(o, f_info)
    return o


def _s_GetOrLoadStartLoadingPacket(v: Any) -> GetOrLoadStartLoadingPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadStartLoadingPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "startLoading" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'startLoading' for GetOrLoadStartLoadingPacket, found "
                + repr(f_type)
            )
    return _t_GetOrLoadStartLoadingPacket(v)


def _t_GetOrLoadStartLoadingPacket(v: Any) -> GetOrLoadStartLoadingPacket:
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_info = _s_LlmInfo(v["info"])
    o = _new(GetOrLoadStartLoadingPacket)
    _set_GetOrLoadStartLoadingPacket_type(o, "startLoading")
    _set_GetOrLoadStartLoadingPacket_identifier(o, f_identifier)
    _set_GetOrLoadStartLoadingPacket_info(o, f_info)
    return o


def _s_GetOrLoadUnloadingOtherJitModelPacket(v: Any) -> GetOrLoadUnloadingOtherJitModelPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (GetOrLoadUnloadingOtherJitModelPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "unloadingOtherJITModel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'unloadingOtherJITModel' for GetOrLoadUnloadingOtherJitModelPacket, found "
                + repr(f_type)
            )
    return _t_GetOrLoadUnloadingOtherJitModelPacket(v)


def _t_GetOrLoadUnloadingOtherJitModelPacket(v: Any) -> GetOrLoadUnloadingOtherJitModelPacket:
    f_info = _s_ModelInstanceInfo(v["info"])
    o = _new(GetOrLoadUnloadingOtherJitModelPacket)
    _set_GetOrLoadUnloadingOtherJitModelPacket_type(o, "unloadingOtherJITModel")
    _set_GetOrLoadUnloadingOtherJitModelPacket_info(o, f_info)
    return o


def _s_GetOrLoadLoadProgressPacket(v: Any) -> GetOrLoadLoadProgressPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadLoadProgressPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "loadProgress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'loadProgress' for GetOrLoadLoadProgressPacket, found "
                + repr(f_type)
            )
    return _t_GetOrLoadLoadProgressPacket(v)


def _t_GetOrLoadLoadProgressPacket(v: Any) -> GetOrLoadLoadProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(GetOrLoadLoadProgressPacket)
    _set_GetOrLoadLoadProgressPacket_type(o, "loadProgress")
    _set_GetOrLoadLoadProgressPacket_progress(o, f_progress)
    return o


def _s_GetOrLoadLoadSuccessPacket(v: Any) -> GetOrLoadLoadSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadLoadSuccessPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "loadSuccess" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'loadSuccess' for GetOrLoadLoadSuccessPacket, found " + repr(f_type)
            )
    return _t_GetOrLoadLoadSuccessPacket(v)


def _t_GetOrLoadLoadSuccessPacket(v: Any) -> GetOrLoadLoadSuccessPacket:
    f_info = _s_LlmInstanceInfo(v["info"])
    o = _new(GetOrLoadLoadSuccessPacket)
    _set_GetOrLoadLoadSuccessPacket_type(o, "loadSuccess")
    _set_GetOrLoadLoadSuccessPacket_info(o, f_info)
    return o


def _s_GetOrLoadCancelPacket(v: Any) -> GetOrLoadCancelPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetOrLoadCancelPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "cancel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'cancel' for GetOrLoadCancelPacket, found " + repr(f_type)
            )
    o = _new(GetOrLoadCancelPacket)
    _set_GetOrLoadCancelPacket_type(o, "cancel")
    return o


def _s_LoadModelCreationParameter(v: Any) -> LoadModelCreationParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LoadModelCreationParameter), found " + _type_name(v))
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_identifier = v.get("identifier", None)
    if f_identifier is not None:
        f_identifier = _s_str_or_None(f_identifier)
    f_ttl_ms = v.get("ttlMs", None)
    if f_ttl_ms is not None:
        f_ttl_ms = _s_int_or_None(f_ttl_ms)
    f_load_config_stack = _s_KvConfigStack(v["loadConfigStack"])
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    o = _new(LoadModelCreationParameter)
    _set_LoadModelCreationParameter_model_key(o, f_model_key)
    _set_LoadModelCreationParameter_identifier(o, f_identifier)
    _set_LoadModelCreationParameter_ttl_ms(o, f_ttl_ms)
    _set_LoadModelCreationParameter_load_config_stack(o, f_load_config_stack)
    _set_LoadModelCreationParameter_device_identifier(o, f_device_identifier)
    return o


def _s_LoadModelResolvedPacket(v: Any) -> LoadModelResolvedPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LoadModelResolvedPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "resolved" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'resolved' for LoadModelResolvedPacket, found " + repr(f_type)
            )
    return _t_LoadModelResolvedPacket(v)


def _t_LoadModelResolvedPacket(v: Any) -> LoadModelResolvedPacket:
    f_info = _s_LlmInfo(v["info"])
    f_ambiguous = v.get("ambiguous", None)
    if f_ambiguous is not None:
        f_ambiguous = _s_list_str_or_None(f_ambiguous)
    o = _new(LoadModelResolvedPacket)
    _set_LoadModelResolvedPacket_type(o, "resolved")
    _set_LoadModelResolvedPacket_info(o, f_info)
    _set_LoadModelResolvedPacket_ambiguous(o, f_ambiguous)
    return o


def _s_LoadModelProgressPacket(v: Any) -> LoadModelProgressPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LoadModelProgressPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "progress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'progress' for LoadModelProgressPacket, found " + repr(f_type)
            )
    return _t_LoadModelProgressPacket(v)


def _t_LoadModelProgressPacket(v: Any) -> LoadModelProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    o = _new(LoadModelProgressPacket)
    _set_LoadModelProgressPacket_type(o, "progress")
    _set_LoadModelProgressPacket_progress(o, f_progress)
    return o


def _s_LoadModelSuccessPacket(v: Any) -> LoadModelSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LoadModelSuccessPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "success" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'success' for LoadModelSuccessPacket, found " + repr(f_type)
            )
    return _t_LoadModelSuccessPacket(v)


def _t_LoadModelSuccessPacket(v: Any) -> LoadModelSuccessPacket:
    f_info = _s_LlmInstanceInfo(v["info"])
    o = _new(LoadModelSuccessPacket)
    _set_LoadModelSuccessPacket_type(o, "success")
    _set_LoadModelSuccessPacket_info(o, f_info)
    return o


def _s_LoadModelCancelPacket(v: Any) -> LoadModelCancelPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LoadModelCancelPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "cancel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'cancel' for LoadModelCancelPacket, found " + repr(f_type)
            )
    o = _new(LoadModelCancelPacket)
    _set_LoadModelCancelPacket_type(o, "cancel")
    return o


def _s_PredictCreationParameter(v: Any) -> PredictCreationParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (PredictCreationParameter), found " + _type_name(v))
    f_model_specifier = _s_ModelSpecifier(v["modelSpecifier"])
    f_history = _s_ChatHistoryData(v["history"])
    f_prediction_config_stack = _s_KvConfigStack(v["predictionConfigStack"])
    f_fuzzy_preset_identifier = v.get("fuzzyPresetIdentifier", None)
    if f_fuzzy_preset_identifier is not None:
        f_fuzzy_preset_identifier = _s_str_or_None(f_fuzzy_preset_identifier)
    f_ignore_server_session_config = v.get("ignoreServerSessionConfig", None)
    if f_ignore_server_session_config is not None:
        f_ignore_server_session_config = _s_bool_or_None(f_ignore_server_session_config)
    o = _new(PredictCreationParameter)
    _set_PredictCreationParameter_model_specifier(o, f_model_specifier)
    _set_PredictCreationParameter_history(o, f_history)
    _set_PredictCreationParameter_prediction_config_stack(o, f_prediction_config_stack)
    _set_PredictCreationParameter_fuzzy_preset_identifier(o, f_fuzzy_preset_identifier)
    _set_PredictCreationParameter_ignore_server_session_config(o, f_ignore_server_session_config)
    return o


def _s_PredictFragmentPacket(v: Any) -> PredictFragmentPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (PredictFragmentPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "fragment" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'fragment' for PredictFragmentPacket, found " + repr(f_type)
            )
    return _t_PredictFragmentPacket(v)


def _t_PredictFragmentPacket(v: Any) -> PredictFragmentPacket:
    f_fragment = _s_LlmPredictionFragment(v["fragment"])
    f_logprobs = v.get("logprobs", UNSET)
    o = _new(PredictFragmentPacket)
    _set_PredictFragmentPacket_type(o, "fragment")
    _set_PredictFragmentPacket_fragment(o, f_fragment)
    _set_PredictFragmentPacket_logprobs(o, f_logprobs)
    return o


def _s_PredictPromptProcessingProgressPacket(v: Any) -> PredictPromptProcessingProgressPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictPromptProcessingProgressPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "promptProcessingProgress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'promptProcessingProgress' for PredictPromptProcessingProgressPacket, found "
                + repr(f_type)
            )
    return _t_PredictPromptProcessingProgressPacket(v)


def _t_PredictPromptProcessingProgressPacket(v: Any) -> PredictPromptProcessingProgressPacket:
    f_progress = v["progress"]
    if not isinstance(f_progress, (int, float)) or isinstance(f_progress, bool):
        raise _wrong(f_progress, "a number")
    f_details = v.get("details", None)
    if f_details is not None:
        f_details = _s_LlmPromptProcessingDetails_or_None(f_details)
    o = _new(PredictPromptProcessingProgressPacket)
    _set_PredictPromptProcessingProgressPacket_type(o, "promptProcessingProgress")
    _set_PredictPromptProcessingProgressPacket_progress(o, f_progress)
    _set_PredictPromptProcessingProgressPacket_details(o, f_details)
    return o


def _s_PredictToolCallGenerationStartPacket(v: Any) -> PredictToolCallGenerationStartPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictToolCallGenerationStartPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallGenerationStart" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallGenerationStart' for PredictToolCallGenerationStartPacket, found "
                + repr(f_type)
            )
    return _t_PredictToolCallGenerationStartPacket(v)


def _t_PredictToolCallGenerationStartPacket(v: Any) -> PredictToolCallGenerationStartPacket:
    f_tool_call_id = v.get("toolCallId", None)
    if f_tool_call_id is not None:
        f_tool_call_id = _s_str_or_None(f_tool_call_id)
    o = _new(PredictToolCallGenerationStartPacket)
    _set_PredictToolCallGenerationStartPacket_type(o, "toolCallGenerationStart")
    _set_PredictToolCallGenerationStartPacket_tool_call_id(o, f_tool_call_id)
    return o


def _s_PredictToolCallGenerationNameReceivedPacket(
    v: Any,
) -> PredictToolCallGenerationNameReceivedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictToolCallGenerationNameReceivedPacket), found "
            + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallGenerationNameReceived" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallGenerationNameReceived' for PredictToolCallGenerationNameReceivedPacket, found "
                + repr(f_type)
            )
    return _t_PredictToolCallGenerationNameReceivedPacket(v)


def _t_PredictToolCallGenerationNameReceivedPacket(
    v: Any,
) -> PredictToolCallGenerationNameReceivedPacket:
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    o = _new(PredictToolCallGenerationNameReceivedPacket)
    _set_PredictToolCallGenerationNameReceivedPacket_type(o, "toolCallGenerationNameReceived")
    _set_PredictToolCallGenerationNameReceivedPacket_name(o, f_name)
    return o


def _s_PredictToolCallGenerationArgumentFragmentGeneratedPacket(
    v: Any,
) -> PredictToolCallGenerationArgumentFragmentGeneratedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictToolCallGenerationArgumentFragmentGeneratedPacket), found "
            + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallGenerationArgumentFragmentGenerated" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallGenerationArgumentFragmentGenerated' for PredictToolCallGenerationArgumentFragmentGeneratedPacket, found "
                + repr(f_type)
            )
    return _t_PredictToolCallGenerationArgumentFragmentGeneratedPacket(v)


def _t_PredictToolCallGenerationArgumentFragmentGeneratedPacket(
    v: Any,
) -> PredictToolCallGenerationArgumentFragmentGeneratedPacket:
    f_content = v["content"]
    if type(f_content) is not str:
        raise _wrong(f_content, "a string")
    o = _new(PredictToolCallGenerationArgumentFragmentGeneratedPacket)
    _set_PredictToolCallGenerationArgumentFragmentGeneratedPacket_type(
        o, "toolCallGenerationArgumentFragmentGenerated"
    )
    _set_PredictToolCallGenerationArgumentFragmentGeneratedPacket_content(o, f_content)
    return o


def _s_PredictToolCallGenerationEndPacket(v: Any) -> PredictToolCallGenerationEndPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictToolCallGenerationEndPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallGenerationEnd" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallGenerationEnd' for PredictToolCallGenerationEndPacket, found "
                + repr(f_type)
            )
    return _t_PredictToolCallGenerationEndPacket(v)


def _t_PredictToolCallGenerationEndPacket(v: Any) -> PredictToolCallGenerationEndPacket:
    f_tool_call_request = _s_ToolCallRequest(v["toolCallRequest"])
    f_raw_content = v.get("rawContent", None)
    if f_raw_content is not None:
        f_raw_content = _s_str_or_None(f_raw_content)
    o = _new(PredictToolCallGenerationEndPacket)
    _set_PredictToolCallGenerationEndPacket_type(o, "toolCallGenerationEnd")
    _set_PredictToolCallGenerationEndPacket_tool_call_request(o, f_tool_call_request)
    _set_PredictToolCallGenerationEndPacket_raw_content(o, f_raw_content)
    return o


def _s_PredictToolCallGenerationFailedPacket(v: Any) -> PredictToolCallGenerationFailedPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (PredictToolCallGenerationFailedPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolCallGenerationFailed" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolCallGenerationFailed' for PredictToolCallGenerationFailedPacket, found "
                + repr(f_type)
            )
    return _t_PredictToolCallGenerationFailedPacket(v)


def _t_PredictToolCallGenerationFailedPacket(v: Any) -> PredictToolCallGenerationFailedPacket:
    f_error = _s_SerializedError(v["error"])
    f_raw_content = v.get("rawContent", None)
    if f_raw_content is not None:
        f_raw_content = _s_str_or_None(f_raw_content)
    o = _new(PredictToolCallGenerationFailedPacket)
    _set_PredictToolCallGenerationFailedPacket_type(o, "toolCallGenerationFailed")
    _set_PredictToolCallGenerationFailedPacket_error(o, f_error)
    _set_PredictToolCallGenerationFailedPacket_raw_content(o, f_raw_content)
    return o


def _s_PredictSuccessPacket(v: Any) -> PredictSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (PredictSuccessPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "success" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'success' for PredictSuccessPacket, found " + repr(f_type)
            )
    return _t_PredictSuccessPacket(v)


def _t_PredictSuccessPacket(v: Any) -> PredictSuccessPacket:
    f_stats = _s_LlmPredictionStats(v["stats"])
    f_model_info = _s_LlmInstanceInfo(v["modelInfo"])
    f_load_model_config = _s_KvConfig(v["loadModelConfig"])
    f_prediction_config = _s_KvConfig(v["predictionConfig"])
    o = _new(PredictSuccessPacket)
    _set_PredictSuccessPacket_type(o, "success")
    _set_PredictSuccessPacket_stats(o, f_stats)
    _set_PredictSuccessPacket_model_info(o, f_model_info)
    _set_PredictSuccessPacket_load_model_config(o, f_load_model_config)
    _set_PredictSuccessPacket_prediction_config(o, f_prediction_config)
    return o


def _s_PredictCancelPacket(v: Any) -> PredictCancelPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (PredictCancelPacket), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "cancel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'cancel' for PredictCancelPacket, found " + repr(f_type)
            )
    o = _new(PredictCancelPacket)
    _set_PredictCancelPacket_type(o, "cancel")
    return o


def _s_LlmPredictionFragment(v: Any) -> LlmPredictionFragment:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPredictionFragment), found " + _type_name(v))
    f_content = v["content"]
    if type(f_content) is not str:
        raise _wrong(f_content, "a string")
    f_tokens_count = v["tokensCount"]
    if type(f_tokens_count) is not int:
        raise _wrong(f_tokens_count, "an integer")
    f_contains_drafted = v["containsDrafted"]
    if type(f_contains_drafted) is not bool:
        raise _wrong(f_contains_drafted, "a boolean")
    f_reasoning_type: LlmReasoningType = v["reasoningType"]
    if not isinstance(f_reasoning_type, str):
        raise TypeError(
            "expected a string (LlmReasoningType), found " + _type_name(f_reasoning_type)
        )
    f_is_structural = v.get("isStructural", None)
    if f_is_structural is not None:
        f_is_structural = _s_bool_or_None(f_is_structural)
    f_tokens = v.get("tokens", None)
    if f_tokens is not None:
        f_tokens = _s_list_LlmPredictionToken_or_None(f_tokens)
    o = _new(LlmPredictionFragment)
    _set_LlmPredictionFragment_content(o, f_content)
    _set_LlmPredictionFragment_tokens_count(o, f_tokens_count)
    _set_LlmPredictionFragment_contains_drafted(o, f_contains_drafted)
    _set_LlmPredictionFragment_reasoning_type(o, f_reasoning_type)
    _set_LlmPredictionFragment_is_structural(o, f_is_structural)
    _set_LlmPredictionFragment_tokens(o, f_tokens)
    return o


def _s_LlmTokenCandidate(v: Any) -> LlmTokenCandidate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmTokenCandidate), found " + _type_name(v))
    f_text = v["text"]
    if type(f_text) is not str:
        raise _wrong(f_text, "a string")
    f_id = v["id"]
    if type(f_id) is not int:
        raise _wrong(f_id, "an integer")
    f_log_prob = v["logProb"]
    if not isinstance(f_log_prob, (int, float)) or isinstance(f_log_prob, bool):
        raise _wrong(f_log_prob, "a number")
    o = _new(LlmTokenCandidate)
    _set_LlmTokenCandidate_text(o, f_text)
    _set_LlmTokenCandidate_id(o, f_id)
    _set_LlmTokenCandidate_log_prob(o, f_log_prob)
    return o


def _s_LlmPredictionToken(v: Any) -> LlmPredictionToken:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPredictionToken), found " + _type_name(v))
    f_text = v["text"]
    if type(f_text) is not str:
        raise _wrong(f_text, "a string")
    f_id = v["id"]
    if type(f_id) is not int:
        raise _wrong(f_id, "an integer")
    f_log_prob = v.get("logProb", None)
    if f_log_prob is not None:
        f_log_prob = _s_float_or_None(f_log_prob)
    f_candidates = v.get("candidates", None)
    if f_candidates is not None:
        f_candidates = _s_list_LlmTokenCandidate_or_None(f_candidates)
    o = _new(LlmPredictionToken)
    _set_LlmPredictionToken_text(o, f_text)
    _set_LlmPredictionToken_id(o, f_id)
    _set_LlmPredictionToken_log_prob(o, f_log_prob)
    _set_LlmPredictionToken_candidates(o, f_candidates)
    return o


def _s_LlmPromptProcessingDetails(v: Any) -> LlmPromptProcessingDetails:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPromptProcessingDetails), found " + _type_name(v))
    f_cached_token_count = v["cachedTokenCount"]
    if type(f_cached_token_count) is not int:
        raise _wrong(f_cached_token_count, "an integer")
    f_total_prompt_token_count = v["totalPromptTokenCount"]
    if type(f_total_prompt_token_count) is not int:
        raise _wrong(f_total_prompt_token_count, "an integer")
    f_processed_prompt_token_count = v["processedPromptTokenCount"]
    if type(f_processed_prompt_token_count) is not int:
        raise _wrong(f_processed_prompt_token_count, "an integer")
    f_unprocessed_prompt_token_count = v["unprocessedPromptTokenCount"]
    if type(f_unprocessed_prompt_token_count) is not int:
        raise _wrong(f_unprocessed_prompt_token_count, "an integer")
    o = _new(LlmPromptProcessingDetails)
    _set_LlmPromptProcessingDetails_cached_token_count(o, f_cached_token_count)
    _set_LlmPromptProcessingDetails_total_prompt_token_count(o, f_total_prompt_token_count)
    _set_LlmPromptProcessingDetails_processed_prompt_token_count(o, f_processed_prompt_token_count)
    _set_LlmPromptProcessingDetails_unprocessed_prompt_token_count(
        o, f_unprocessed_prompt_token_count
    )
    return o


def _s_LlmPredictionStats(v: Any) -> LlmPredictionStats:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmPredictionStats), found " + _type_name(v))
    f_stop_reason: LlmPredictionStopReason = v["stopReason"]
    if not isinstance(f_stop_reason, str):
        raise TypeError(
            "expected a string (LlmPredictionStopReason), found " + _type_name(f_stop_reason)
        )
    f_stop_string = v.get("stopString", None)
    if f_stop_string is not None:
        f_stop_string = _s_str_or_None(f_stop_string)
    f_tokens_per_second = v.get("tokensPerSecond", None)
    if f_tokens_per_second is not None:
        f_tokens_per_second = _s_float_or_None(f_tokens_per_second)
    f_num_gpu_layers = v.get("numGpuLayers", None)
    if f_num_gpu_layers is not None:
        f_num_gpu_layers = _s_float_or_None(f_num_gpu_layers)
    f_time_to_first_token_sec = v.get("timeToFirstTokenSec", None)
    if f_time_to_first_token_sec is not None:
        f_time_to_first_token_sec = _s_float_or_None(f_time_to_first_token_sec)
    f_total_time_sec = v.get("totalTimeSec", None)
    if f_total_time_sec is not None:
        f_total_time_sec = _s_float_or_None(f_total_time_sec)
    f_prompt_tokens_count = v.get("promptTokensCount", None)
    if f_prompt_tokens_count is not None:
        f_prompt_tokens_count = _s_int_or_None(f_prompt_tokens_count)
    f_predicted_tokens_count = v.get("predictedTokensCount", None)
    if f_predicted_tokens_count is not None:
        f_predicted_tokens_count = _s_int_or_None(f_predicted_tokens_count)
    f_total_tokens_count = v.get("totalTokensCount", None)
    if f_total_tokens_count is not None:
        f_total_tokens_count = _s_int_or_None(f_total_tokens_count)
    f_used_draft_model_key = v.get("usedDraftModelKey", None)
    if f_used_draft_model_key is not None:
        f_used_draft_model_key = _s_str_or_None(f_used_draft_model_key)
    f_total_draft_tokens_count = v.get("totalDraftTokensCount", None)
    if f_total_draft_tokens_count is not None:
        f_total_draft_tokens_count = _s_int_or_None(f_total_draft_tokens_count)
    f_accepted_draft_tokens_count = v.get("acceptedDraftTokensCount", None)
    if f_accepted_draft_tokens_count is not None:
        f_accepted_draft_tokens_count = _s_int_or_None(f_accepted_draft_tokens_count)
    f_rejected_draft_tokens_count = v.get("rejectedDraftTokensCount", None)
    if f_rejected_draft_tokens_count is not None:
        f_rejected_draft_tokens_count = _s_int_or_None(f_rejected_draft_tokens_count)
    f_ignored_draft_tokens_count = v.get("ignoredDraftTokensCount", None)
    if f_ignored_draft_tokens_count is not None:
        f_ignored_draft_tokens_count = _s_int_or_None(f_ignored_draft_tokens_count)
    o = _new(LlmPredictionStats)
    _set_LlmPredictionStats_stop_reason(o, f_stop_reason)
    _set_LlmPredictionStats_stop_string(o, f_stop_string)
    _set_LlmPredictionStats_tokens_per_second(o, f_tokens_per_second)
    _set_LlmPredictionStats_num_gpu_layers(o, f_num_gpu_layers)
    _set_LlmPredictionStats_time_to_first_token_sec(o, f_time_to_first_token_sec)
    _set_LlmPredictionStats_total_time_sec(o, f_total_time_sec)
    _set_LlmPredictionStats_prompt_tokens_count(o, f_prompt_tokens_count)
    _set_LlmPredictionStats_predicted_tokens_count(o, f_predicted_tokens_count)
    _set_LlmPredictionStats_total_tokens_count(o, f_total_tokens_count)
    _set_LlmPredictionStats_used_draft_model_key(o, f_used_draft_model_key)
    _set_LlmPredictionStats_total_draft_tokens_count(o, f_total_draft_tokens_count)
    _set_LlmPredictionStats_accepted_draft_tokens_count(o, f_accepted_draft_tokens_count)
    _set_LlmPredictionStats_rejected_draft_tokens_count(o, f_rejected_draft_tokens_count)
    _set_LlmPredictionStats_ignored_draft_tokens_count(o, f_ignored_draft_tokens_count)
    return o


def _s_GetModelInfoParameter(v: Any) -> GetModelInfoParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetModelInfoParameter), found " + _type_name(v))
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_throw_if_not_found = v["throwIfNotFound"]
    if type(f_throw_if_not_found) is not bool:
        raise _wrong(f_throw_if_not_found, "a boolean")
    o = _new(GetModelInfoParameter)
    _set_GetModelInfoParameter_specifier(o, f_specifier)
    _set_GetModelInfoParameter_throw_if_not_found(o, f_throw_if_not_found)
    return o


def _s_UnloadModelParameter(v: Any) -> UnloadModelParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (UnloadModelParameter), found " + _type_name(v))
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    o = _new(UnloadModelParameter)
    _set_UnloadModelParameter_identifier(o, f_identifier)
    _set_UnloadModelParameter_device_identifier(o, f_device_identifier)
    return o


def _s_CountTokensParameter(v: Any) -> CountTokensParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CountTokensParameter), found " + _type_name(v))
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_input_string = v["inputString"]
    if type(f_input_string) is not str:
        raise _wrong(f_input_string, "a string")
    o = _new(CountTokensParameter)
    _set_CountTokensParameter_specifier(o, f_specifier)
    _set_CountTokensParameter_input_string(o, f_input_string)
    return o


def _s_CountTokensResult(v: Any) -> CountTokensResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CountTokensResult), found " + _type_name(v))
    f_token_count = v["tokenCount"]
    if type(f_token_count) is not int:
        raise _wrong(f_token_count, "an integer")
    o = _new(CountTokensResult)
    _set_CountTokensResult_token_count(o, f_token_count)
    return o


def _s_TokenizeParameter(v: Any) -> TokenizeParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (TokenizeParameter), found " + _type_name(v))
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_input_string = v["inputString"]
    if type(f_input_string) is not str:
        raise _wrong(f_input_string, "a string")
    o = _new(TokenizeParameter)
    _set_TokenizeParameter_specifier(o, f_specifier)
    _set_TokenizeParameter_input_string(o, f_input_string)
    return o


def _s_TokenizeResult(v: Any) -> TokenizeResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (TokenizeResult), found " + _type_name(v))
    f_tokens = _s_list_float(v["tokens"])
    o = _new(TokenizeResult)
    _set_TokenizeResult_tokens(o, f_tokens)
    return o


def _s_LlmApplyPromptTemplateOpts(v: Any) -> LlmApplyPromptTemplateOpts:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmApplyPromptTemplateOpts), found " + _type_name(v))
    f_omit_bos_token = v.get("omitBosToken", None)
    if f_omit_bos_token is not None:
        f_omit_bos_token = _s_bool_or_None(f_omit_bos_token)
    f_omit_eos_token = v.get("omitEosToken", None)
    if f_omit_eos_token is not None:
        f_omit_eos_token = _s_bool_or_None(f_omit_eos_token)
    f_tool_definitions = v.get("toolDefinitions", None)
    if f_tool_definitions is not None:
        f_tool_definitions = _s_list_LlmTool_or_None(f_tool_definitions)
    o = _new(LlmApplyPromptTemplateOpts)
    _set_LlmApplyPromptTemplateOpts_omit_bos_token(o, f_omit_bos_token)
    _set_LlmApplyPromptTemplateOpts_omit_eos_token(o, f_omit_eos_token)
    _set_LlmApplyPromptTemplateOpts_tool_definitions(o, f_tool_definitions)
    return o


def _s_ApplyPromptTemplateParameter(v: Any) -> ApplyPromptTemplateParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ApplyPromptTemplateParameter), found " + _type_name(v))
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_history = _s_ChatHistoryData(v["history"])
    f_prediction_config_stack = _s_KvConfigStack(v["predictionConfigStack"])
    f_opts = _s_LlmApplyPromptTemplateOpts(v["opts"])
    o = _new(ApplyPromptTemplateParameter)
    _set_ApplyPromptTemplateParameter_specifier(o, f_specifier)
    _set_ApplyPromptTemplateParameter_history(o, f_history)
    _set_ApplyPromptTemplateParameter_prediction_config_stack(o, f_prediction_config_stack)
    _set_ApplyPromptTemplateParameter_opts(o, f_opts)
    return o


def _s_ApplyPromptTemplateResult(v: Any) -> ApplyPromptTemplateResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ApplyPromptTemplateResult), found " + _type_name(v))
    f_formatted = v["formatted"]
    if type(f_formatted) is not str:
        raise _wrong(f_formatted, "a string")
    o = _new(ApplyPromptTemplateResult)
    _set_ApplyPromptTemplateResult_formatted(o, f_formatted)
    return o


def _s_GetLoadConfigParameter(v: Any) -> GetLoadConfigParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GetLoadConfigParameter), found " + _type_name(v))
    f_specifier = _s_ModelSpecifier(v["specifier"])
    o = _new(GetLoadConfigParameter)
    _set_GetLoadConfigParameter_specifier(o, f_specifier)
    return o


def _s_GetBasePredictionConfigParameter(v: Any) -> GetBasePredictionConfigParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (GetBasePredictionConfigParameter), found " + _type_name(v)
        )
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_ignore_server_session_config = v.get("ignoreServerSessionConfig", None)
    if f_ignore_server_session_config is not None:
        f_ignore_server_session_config = _s_bool_or_None(f_ignore_server_session_config)
    o = _new(GetBasePredictionConfigParameter)
    _set_GetBasePredictionConfigParameter_specifier(o, f_specifier)
    _set_GetBasePredictionConfigParameter_ignore_server_session_config(
        o, f_ignore_server_session_config
    )
    return o


def _s_GetInstanceProcessingStateParameter(v: Any) -> GetInstanceProcessingStateParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (GetInstanceProcessingStateParameter), found " + _type_name(v)
        )
    f_specifier = _s_ModelSpecifier(v["specifier"])
    f_throw_if_not_found = v["throwIfNotFound"]
    if type(f_throw_if_not_found) is not bool:
        raise _wrong(f_throw_if_not_found, "a boolean")
    o = _new(GetInstanceProcessingStateParameter)
    _set_GetInstanceProcessingStateParameter_specifier(o, f_specifier)
    _set_GetInstanceProcessingStateParameter_throw_if_not_found(o, f_throw_if_not_found)
    return o


def _s_InstanceProcessingState(v: Any) -> InstanceProcessingState:
    if not isinstance(v, dict):
        raise TypeError("expected an object (InstanceProcessingState), found " + _type_name(v))
    f_status: ModelInstanceProcessingStatus = v["status"]
    if not isinstance(f_status, str):
        raise TypeError(
            "expected a string (ModelInstanceProcessingStatus), found " + _type_name(f_status)
        )
    f_queued = v["queued"]
    if type(f_queued) is not int:
        raise _wrong(f_queued, "an integer")
    o = _new(InstanceProcessingState)
    _set_InstanceProcessingState_status(o, f_status)
    _set_InstanceProcessingState_queued(o, f_queued)
    return o


def _s_EstimateModelUsageParameter(v: Any) -> EstimateModelUsageParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EstimateModelUsageParameter), found " + _type_name(v))
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_load_config_stack = _s_KvConfigStack(v["loadConfigStack"])
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    o = _new(EstimateModelUsageParameter)
    _set_EstimateModelUsageParameter_model_key(o, f_model_key)
    _set_EstimateModelUsageParameter_load_config_stack(o, f_load_config_stack)
    _set_EstimateModelUsageParameter_device_identifier(o, f_device_identifier)
    return o


def _s_ModelMemoryEstimate(v: Any) -> ModelMemoryEstimate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ModelMemoryEstimate), found " + _type_name(v))
    f_confidence: ModelMemoryEstimateConfidence = v["confidence"]
    if not isinstance(f_confidence, str):
        raise TypeError(
            "expected a string (ModelMemoryEstimateConfidence), found " + _type_name(f_confidence)
        )
    f_model_vram_bytes = v["modelVramBytes"]
    if not isinstance(f_model_vram_bytes, (int, float)) or isinstance(f_model_vram_bytes, bool):
        raise _wrong(f_model_vram_bytes, "a number")
    f_context_vram_bytes = v["contextVramBytes"]
    if not isinstance(f_context_vram_bytes, (int, float)) or isinstance(f_context_vram_bytes, bool):
        raise _wrong(f_context_vram_bytes, "a number")
    f_total_vram_bytes = v["totalVramBytes"]
    if not isinstance(f_total_vram_bytes, (int, float)) or isinstance(f_total_vram_bytes, bool):
        raise _wrong(f_total_vram_bytes, "a number")
    f_model_bytes = v["modelBytes"]
    if not isinstance(f_model_bytes, (int, float)) or isinstance(f_model_bytes, bool):
        raise _wrong(f_model_bytes, "a number")
    f_context_bytes = v["contextBytes"]
    if not isinstance(f_context_bytes, (int, float)) or isinstance(f_context_bytes, bool):
        raise _wrong(f_context_bytes, "a number")
    f_total_bytes = v["totalBytes"]
    if not isinstance(f_total_bytes, (int, float)) or isinstance(f_total_bytes, bool):
        raise _wrong(f_total_bytes, "a number")
    o = _new(ModelMemoryEstimate)
    _set_ModelMemoryEstimate_confidence(o, f_confidence)
    _set_ModelMemoryEstimate_model_vram_bytes(o, f_model_vram_bytes)
    _set_ModelMemoryEstimate_context_vram_bytes(o, f_context_vram_bytes)
    _set_ModelMemoryEstimate_total_vram_bytes(o, f_total_vram_bytes)
    _set_ModelMemoryEstimate_model_bytes(o, f_model_bytes)
    _set_ModelMemoryEstimate_context_bytes(o, f_context_bytes)
    _set_ModelMemoryEstimate_total_bytes(o, f_total_bytes)
    return o


def _s_ModelUsageEstimate(v: Any) -> ModelUsageEstimate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ModelUsageEstimate), found " + _type_name(v))
    f_memory = _s_ModelMemoryEstimate(v["memory"])
    f_passes_guardrails = v["passesGuardrails"]
    if type(f_passes_guardrails) is not bool:
        raise _wrong(f_passes_guardrails, "a boolean")
    o = _new(ModelUsageEstimate)
    _set_ModelUsageEstimate_memory(o, f_memory)
    _set_ModelUsageEstimate_passes_guardrails(o, f_passes_guardrails)
    return o


def _s_ModelQuantization(v: Any) -> ModelQuantization:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ModelQuantization), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_bits = v["bits"]
    if type(f_bits) is not int:
        raise _wrong(f_bits, "an integer")
    o = _new(ModelQuantization)
    _set_ModelQuantization_name(o, f_name)
    _set_ModelQuantization_bits(o, f_bits)
    return o


def _s_LlmInfo(v: Any) -> LlmInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmInfo), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "llm" or type(f_type) is not str:
            raise ValueError("'type' must be 'llm' for LlmInfo, found " + repr(f_type))
    return _t_LlmInfo(v)


def _t_LlmInfo(v: Any) -> LlmInfo:
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_format: ModelCompatibilityType = v["format"]
    if not isinstance(f_format, str):
        raise TypeError("expected a string (ModelCompatibilityType), found " + _type_name(f_format))
    f_display_name = v["displayName"]
    if type(f_display_name) is not str:
        raise _wrong(f_display_name, "a string")
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    f_params_string = v.get("paramsString", None)
    if f_params_string is not None:
        f_params_string = _s_str_or_None(f_params_string)
    f_architecture = v.get("architecture", None)
    if f_architecture is not None:
        f_architecture = _s_str_or_None(f_architecture)
    f_publisher = v.get("publisher", None)
    if f_publisher is not None:
        f_publisher = _s_str_or_None(f_publisher)
    f_indexed_model_identifier = v.get("indexedModelIdentifier", None)
    if f_indexed_model_identifier is not None:
        f_indexed_model_identifier = _s_str_or_None(f_indexed_model_identifier)
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    f_quantization = v.get("quantization", None)
    if f_quantization is not None:
        f_quantization = _s_ModelQuantization_or_None(f_quantization)
    f_variants = v.get("variants", None)
    if f_variants is not None:
        f_variants = _s_list_str_or_None(f_variants)
    f_selected_variant = v.get("selectedVariant", None)
    if f_selected_variant is not None:
        f_selected_variant = _s_str_or_None(f_selected_variant)
    f_vision = v["vision"]
    if type(f_vision) is not bool:
        raise _wrong(f_vision, "a boolean")
    f_trained_for_tool_use = v["trainedForToolUse"]
    if type(f_trained_for_tool_use) is not bool:
        raise _wrong(f_trained_for_tool_use, "a boolean")
    f_max_context_length = v["maxContextLength"]
    if type(f_max_context_length) is not int:
        raise _wrong(f_max_context_length, "an integer")
    o = _new(LlmInfo)
    _set_LlmInfo_type(o, "llm")
    _set_LlmInfo_model_key(o, f_model_key)
    _set_LlmInfo_format(o, f_format)
    _set_LlmInfo_display_name(o, f_display_name)
    _set_LlmInfo_path(o, f_path)
    _set_LlmInfo_size_bytes(o, f_size_bytes)
    _set_LlmInfo_params_string(o, f_params_string)
    _set_LlmInfo_architecture(o, f_architecture)
    _set_LlmInfo_publisher(o, f_publisher)
    _set_LlmInfo_indexed_model_identifier(o, f_indexed_model_identifier)
    _set_LlmInfo_device_identifier(o, f_device_identifier)
    _set_LlmInfo_quantization(o, f_quantization)
    _set_LlmInfo_variants(o, f_variants)
    _set_LlmInfo_selected_variant(o, f_selected_variant)
    _set_LlmInfo_vision(o, f_vision)
    _set_LlmInfo_trained_for_tool_use(o, f_trained_for_tool_use)
    _set_LlmInfo_max_context_length(o, f_max_context_length)
    return o


def _s_LlmInstanceInfo(v: Any) -> LlmInstanceInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmInstanceInfo), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "llm" or type(f_type) is not str:
            raise ValueError("'type' must be 'llm' for LlmInstanceInfo, found " + repr(f_type))
    return _t_LlmInstanceInfo(v)


def _t_LlmInstanceInfo(v: Any) -> LlmInstanceInfo:
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_format: ModelCompatibilityType = v["format"]
    if not isinstance(f_format, str):
        raise TypeError("expected a string (ModelCompatibilityType), found " + _type_name(f_format))
    f_display_name = v["displayName"]
    if type(f_display_name) is not str:
        raise _wrong(f_display_name, "a string")
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    f_params_string = v.get("paramsString", None)
    if f_params_string is not None:
        f_params_string = _s_str_or_None(f_params_string)
    f_architecture = v.get("architecture", None)
    if f_architecture is not None:
        f_architecture = _s_str_or_None(f_architecture)
    f_publisher = v.get("publisher", None)
    if f_publisher is not None:
        f_publisher = _s_str_or_None(f_publisher)
    f_indexed_model_identifier = v.get("indexedModelIdentifier", None)
    if f_indexed_model_identifier is not None:
        f_indexed_model_identifier = _s_str_or_None(f_indexed_model_identifier)
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    f_quantization = v.get("quantization", None)
    if f_quantization is not None:
        f_quantization = _s_ModelQuantization_or_None(f_quantization)
    f_variants = v.get("variants", None)
    if f_variants is not None:
        f_variants = _s_list_str_or_None(f_variants)
    f_selected_variant = v.get("selectedVariant", None)
    if f_selected_variant is not None:
        f_selected_variant = _s_str_or_None(f_selected_variant)
    f_vision = v["vision"]
    if type(f_vision) is not bool:
        raise _wrong(f_vision, "a boolean")
    f_trained_for_tool_use = v["trainedForToolUse"]
    if type(f_trained_for_tool_use) is not bool:
        raise _wrong(f_trained_for_tool_use, "a boolean")
    f_max_context_length = v["maxContextLength"]
    if type(f_max_context_length) is not int:
        raise _wrong(f_max_context_length, "an integer")
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_instance_reference = v["instanceReference"]
    if type(f_instance_reference) is not str:
        raise _wrong(f_instance_reference, "a string")
    f_context_length = v["contextLength"]
    if type(f_context_length) is not int:
        raise _wrong(f_context_length, "an integer")
    f_ttl_ms = v.get("ttlMs", UNSET)
    if f_ttl_ms is not UNSET:
        f_ttl_ms = _s_float_or_None_or_unset(f_ttl_ms)
    f_last_used_time = v.get("lastUsedTime", UNSET)
    if f_last_used_time is not UNSET:
        f_last_used_time = _s_float_or_None_or_unset(f_last_used_time)
    o = _new(LlmInstanceInfo)
    _set_LlmInstanceInfo_type(o, "llm")
    _set_LlmInstanceInfo_model_key(o, f_model_key)
    _set_LlmInstanceInfo_format(o, f_format)
    _set_LlmInstanceInfo_display_name(o, f_display_name)
    _set_LlmInstanceInfo_path(o, f_path)
    _set_LlmInstanceInfo_size_bytes(o, f_size_bytes)
    _set_LlmInstanceInfo_params_string(o, f_params_string)
    _set_LlmInstanceInfo_architecture(o, f_architecture)
    _set_LlmInstanceInfo_publisher(o, f_publisher)
    _set_LlmInstanceInfo_indexed_model_identifier(o, f_indexed_model_identifier)
    _set_LlmInstanceInfo_device_identifier(o, f_device_identifier)
    _set_LlmInstanceInfo_quantization(o, f_quantization)
    _set_LlmInstanceInfo_variants(o, f_variants)
    _set_LlmInstanceInfo_selected_variant(o, f_selected_variant)
    _set_LlmInstanceInfo_vision(o, f_vision)
    _set_LlmInstanceInfo_trained_for_tool_use(o, f_trained_for_tool_use)
    _set_LlmInstanceInfo_max_context_length(o, f_max_context_length)
    _set_LlmInstanceInfo_identifier(o, f_identifier)
    _set_LlmInstanceInfo_instance_reference(o, f_instance_reference)
    _set_LlmInstanceInfo_context_length(o, f_context_length)
    _set_LlmInstanceInfo_ttl_ms(o, f_ttl_ms)
    _set_LlmInstanceInfo_last_used_time(o, f_last_used_time)
    return o


def _s_EmbeddingModelInfo(v: Any) -> EmbeddingModelInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EmbeddingModelInfo), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "embedding" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'embedding' for EmbeddingModelInfo, found " + repr(f_type)
            )
    return _t_EmbeddingModelInfo(v)


def _t_EmbeddingModelInfo(v: Any) -> EmbeddingModelInfo:
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_format: ModelCompatibilityType = v["format"]
    if not isinstance(f_format, str):
        raise TypeError("expected a string (ModelCompatibilityType), found " + _type_name(f_format))
    f_display_name = v["displayName"]
    if type(f_display_name) is not str:
        raise _wrong(f_display_name, "a string")
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    f_params_string = v.get("paramsString", None)
    if f_params_string is not None:
        f_params_string = _s_str_or_None(f_params_string)
    f_architecture = v.get("architecture", None)
    if f_architecture is not None:
        f_architecture = _s_str_or_None(f_architecture)
    f_publisher = v.get("publisher", None)
    if f_publisher is not None:
        f_publisher = _s_str_or_None(f_publisher)
    f_indexed_model_identifier = v.get("indexedModelIdentifier", None)
    if f_indexed_model_identifier is not None:
        f_indexed_model_identifier = _s_str_or_None(f_indexed_model_identifier)
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    f_quantization = v.get("quantization", None)
    if f_quantization is not None:
        f_quantization = _s_ModelQuantization_or_None(f_quantization)
    f_variants = v.get("variants", None)
    if f_variants is not None:
        f_variants = _s_list_str_or_None(f_variants)
    f_selected_variant = v.get("selectedVariant", None)
    if f_selected_variant is not None:
        f_selected_variant = _s_str_or_None(f_selected_variant)
    f_max_context_length = v["maxContextLength"]
    if type(f_max_context_length) is not int:
        raise _wrong(f_max_context_length, "an integer")
    o = _new(EmbeddingModelInfo)
    _set_EmbeddingModelInfo_type(o, "embedding")
    _set_EmbeddingModelInfo_model_key(o, f_model_key)
    _set_EmbeddingModelInfo_format(o, f_format)
    _set_EmbeddingModelInfo_display_name(o, f_display_name)
    _set_EmbeddingModelInfo_path(o, f_path)
    _set_EmbeddingModelInfo_size_bytes(o, f_size_bytes)
    _set_EmbeddingModelInfo_params_string(o, f_params_string)
    _set_EmbeddingModelInfo_architecture(o, f_architecture)
    _set_EmbeddingModelInfo_publisher(o, f_publisher)
    _set_EmbeddingModelInfo_indexed_model_identifier(o, f_indexed_model_identifier)
    _set_EmbeddingModelInfo_device_identifier(o, f_device_identifier)
    _set_EmbeddingModelInfo_quantization(o, f_quantization)
    _set_EmbeddingModelInfo_variants(o, f_variants)
    _set_EmbeddingModelInfo_selected_variant(o, f_selected_variant)
    _set_EmbeddingModelInfo_max_context_length(o, f_max_context_length)
    return o


def _s_EmbeddingModelInstanceInfo(v: Any) -> EmbeddingModelInstanceInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EmbeddingModelInstanceInfo), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "embedding" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'embedding' for EmbeddingModelInstanceInfo, found " + repr(f_type)
            )
    return _t_EmbeddingModelInstanceInfo(v)


def _t_EmbeddingModelInstanceInfo(v: Any) -> EmbeddingModelInstanceInfo:
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    f_format: ModelCompatibilityType = v["format"]
    if not isinstance(f_format, str):
        raise TypeError("expected a string (ModelCompatibilityType), found " + _type_name(f_format))
    f_display_name = v["displayName"]
    if type(f_display_name) is not str:
        raise _wrong(f_display_name, "a string")
    f_path = v["path"]
    if type(f_path) is not str:
        raise _wrong(f_path, "a string")
    f_size_bytes = v["sizeBytes"]
    if type(f_size_bytes) is not int:
        raise _wrong(f_size_bytes, "an integer")
    f_params_string = v.get("paramsString", None)
    if f_params_string is not None:
        f_params_string = _s_str_or_None(f_params_string)
    f_architecture = v.get("architecture", None)
    if f_architecture is not None:
        f_architecture = _s_str_or_None(f_architecture)
    f_publisher = v.get("publisher", None)
    if f_publisher is not None:
        f_publisher = _s_str_or_None(f_publisher)
    f_indexed_model_identifier = v.get("indexedModelIdentifier", None)
    if f_indexed_model_identifier is not None:
        f_indexed_model_identifier = _s_str_or_None(f_indexed_model_identifier)
    f_device_identifier = v.get("deviceIdentifier", UNSET)
    if f_device_identifier is not UNSET:
        f_device_identifier = _s_str_or_None_or_unset(f_device_identifier)
    f_quantization = v.get("quantization", None)
    if f_quantization is not None:
        f_quantization = _s_ModelQuantization_or_None(f_quantization)
    f_variants = v.get("variants", None)
    if f_variants is not None:
        f_variants = _s_list_str_or_None(f_variants)
    f_selected_variant = v.get("selectedVariant", None)
    if f_selected_variant is not None:
        f_selected_variant = _s_str_or_None(f_selected_variant)
    f_max_context_length = v["maxContextLength"]
    if type(f_max_context_length) is not int:
        raise _wrong(f_max_context_length, "an integer")
    f_identifier = v["identifier"]
    if type(f_identifier) is not str:
        raise _wrong(f_identifier, "a string")
    f_instance_reference = v["instanceReference"]
    if type(f_instance_reference) is not str:
        raise _wrong(f_instance_reference, "a string")
    f_context_length = v["contextLength"]
    if type(f_context_length) is not int:
        raise _wrong(f_context_length, "an integer")
    f_ttl_ms = v.get("ttlMs", UNSET)
    if f_ttl_ms is not UNSET:
        f_ttl_ms = _s_float_or_None_or_unset(f_ttl_ms)
    f_last_used_time = v.get("lastUsedTime", UNSET)
    if f_last_used_time is not UNSET:
        f_last_used_time = _s_float_or_None_or_unset(f_last_used_time)
    o = _new(EmbeddingModelInstanceInfo)
    _set_EmbeddingModelInstanceInfo_type(o, "embedding")
    _set_EmbeddingModelInstanceInfo_model_key(o, f_model_key)
    _set_EmbeddingModelInstanceInfo_format(o, f_format)
    _set_EmbeddingModelInstanceInfo_display_name(o, f_display_name)
    _set_EmbeddingModelInstanceInfo_path(o, f_path)
    _set_EmbeddingModelInstanceInfo_size_bytes(o, f_size_bytes)
    _set_EmbeddingModelInstanceInfo_params_string(o, f_params_string)
    _set_EmbeddingModelInstanceInfo_architecture(o, f_architecture)
    _set_EmbeddingModelInstanceInfo_publisher(o, f_publisher)
    _set_EmbeddingModelInstanceInfo_indexed_model_identifier(o, f_indexed_model_identifier)
    _set_EmbeddingModelInstanceInfo_device_identifier(o, f_device_identifier)
    _set_EmbeddingModelInstanceInfo_quantization(o, f_quantization)
    _set_EmbeddingModelInstanceInfo_variants(o, f_variants)
    _set_EmbeddingModelInstanceInfo_selected_variant(o, f_selected_variant)
    _set_EmbeddingModelInstanceInfo_max_context_length(o, f_max_context_length)
    _set_EmbeddingModelInstanceInfo_identifier(o, f_identifier)
    _set_EmbeddingModelInstanceInfo_instance_reference(o, f_instance_reference)
    _set_EmbeddingModelInstanceInfo_context_length(o, f_context_length)
    _set_EmbeddingModelInstanceInfo_ttl_ms(o, f_ttl_ms)
    _set_EmbeddingModelInstanceInfo_last_used_time(o, f_last_used_time)
    return o


def _s_RuntimeEngineSpecifier(v: Any) -> RuntimeEngineSpecifier:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeEngineSpecifier), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    o = _new(RuntimeEngineSpecifier)
    _set_RuntimeEngineSpecifier_name(o, f_name)
    _set_RuntimeEngineSpecifier_version(o, f_version)
    return o


def _s_RuntimeCpuTarget(v: Any) -> RuntimeCpuTarget:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeCpuTarget), found " + _type_name(v))
    f_architecture = v["architecture"]
    if type(f_architecture) is not str:
        raise _wrong(f_architecture, "a string")
    f_instruction_set_extensions = v.get("instructionSetExtensions", None)
    if f_instruction_set_extensions is not None:
        f_instruction_set_extensions = _s_list_str_or_None(f_instruction_set_extensions)
    o = _new(RuntimeCpuTarget)
    _set_RuntimeCpuTarget_architecture(o, f_architecture)
    _set_RuntimeCpuTarget_instruction_set_extensions(o, f_instruction_set_extensions)
    return o


def _s_RuntimeGpuTarget(v: Any) -> RuntimeGpuTarget:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeGpuTarget), found " + _type_name(v))
    f_framework = v.get("framework", None)
    if f_framework is not None:
        f_framework = _s_str_or_None(f_framework)
    f_make = v.get("make", None)
    if f_make is not None:
        f_make = _s_str_or_None(f_make)
    o = _new(RuntimeGpuTarget)
    _set_RuntimeGpuTarget_framework(o, f_framework)
    _set_RuntimeGpuTarget_make(o, f_make)
    return o


def _s_RuntimeEngineInfo(v: Any) -> RuntimeEngineInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeEngineInfo), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_engine = v["engine"]
    if type(f_engine) is not str:
        raise _wrong(f_engine, "a string")
    f_platform = v["platform"]
    if type(f_platform) is not str:
        raise _wrong(f_platform, "a string")
    f_cpu = _s_RuntimeCpuTarget(v["cpu"])
    f_gpu = v.get("gpu", None)
    if f_gpu is not None:
        f_gpu = _s_RuntimeGpuTarget_or_None(f_gpu)
    f_supported_model_format_names = _s_list_ModelFormatName(v["supportedModelFormatNames"])
    o = _new(RuntimeEngineInfo)
    _set_RuntimeEngineInfo_name(o, f_name)
    _set_RuntimeEngineInfo_version(o, f_version)
    _set_RuntimeEngineInfo_engine(o, f_engine)
    _set_RuntimeEngineInfo_platform(o, f_platform)
    _set_RuntimeEngineInfo_cpu(o, f_cpu)
    _set_RuntimeEngineInfo_gpu(o, f_gpu)
    _set_RuntimeEngineInfo_supported_model_format_names(o, f_supported_model_format_names)
    return o


def _s_EngineSelections(v: Any) -> EngineSelections:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EngineSelections), found " + _type_name(v))
    f_json = _s_list_list_any(v["json"])
    f_meta = v.get("meta", UNSET)
    o = _new(EngineSelections)
    _set_EngineSelections_json(o, f_json)
    _set_EngineSelections_meta(o, f_meta)
    return o


def _s_SelectEngineParameter(v: Any) -> SelectEngineParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SelectEngineParameter), found " + _type_name(v))
    f_engine = _s_RuntimeEngineSpecifier(v["engine"])
    f_model_format_name: ModelFormatName = v["modelFormatName"]
    if not isinstance(f_model_format_name, str):
        raise TypeError(
            "expected a string (ModelFormatName), found " + _type_name(f_model_format_name)
        )
    o = _new(SelectEngineParameter)
    _set_SelectEngineParameter_engine(o, f_engine)
    _set_SelectEngineParameter_model_format_name(o, f_model_format_name)
    return o


def _s_SurveyHardwareSelected(v: Any) -> SurveyHardwareSelected:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SurveyHardwareSelected), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "selected" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'selected' for SurveyHardwareSelected, found " + repr(f_type)
            )
    return _t_SurveyHardwareSelected(v)


def _t_SurveyHardwareSelected(v: Any) -> SurveyHardwareSelected:
    o = _new(SurveyHardwareSelected)
    _set_SurveyHardwareSelected_type(o, "selected")
    return o


def _s_SurveyHardwareAll(v: Any) -> SurveyHardwareAll:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SurveyHardwareAll), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "all" or type(f_type) is not str:
            raise ValueError("'type' must be 'all' for SurveyHardwareAll, found " + repr(f_type))
    return _t_SurveyHardwareAll(v)


def _t_SurveyHardwareAll(v: Any) -> SurveyHardwareAll:
    o = _new(SurveyHardwareAll)
    _set_SurveyHardwareAll_type(o, "all")
    return o


def _s_SurveyHardwareCustom(v: Any) -> SurveyHardwareCustom:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SurveyHardwareCustom), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "custom" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'custom' for SurveyHardwareCustom, found " + repr(f_type)
            )
    return _t_SurveyHardwareCustom(v)


def _t_SurveyHardwareCustom(v: Any) -> SurveyHardwareCustom:
    f_engines = _s_list_RuntimeEngineSpecifier(v["engines"])
    o = _new(SurveyHardwareCustom)
    _set_SurveyHardwareCustom_type(o, "custom")
    _set_SurveyHardwareCustom_engines(o, f_engines)
    return o


def _s_EngineCompatibility(v: Any) -> EngineCompatibility:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EngineCompatibility), found " + _type_name(v))
    f_status: EngineCompatibilityStatus = v["status"]
    if not isinstance(f_status, str):
        raise TypeError(
            "expected a string (EngineCompatibilityStatus), found " + _type_name(f_status)
        )
    f_message = v.get("message", None)
    if f_message is not None:
        f_message = _s_str_or_None(f_message)
    o = _new(EngineCompatibility)
    _set_EngineCompatibility_status(o, f_status)
    _set_EngineCompatibility_message(o, f_message)
    return o


def _s_SurveyResult(v: Any) -> SurveyResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SurveyResult), found " + _type_name(v))
    f_code: SurveyResultCode = v["code"]
    if not isinstance(f_code, str):
        raise TypeError("expected a string (SurveyResultCode), found " + _type_name(f_code))
    f_message = v["message"]
    if type(f_message) is not str:
        raise _wrong(f_message, "a string")
    o = _new(SurveyResult)
    _set_SurveyResult_code(o, f_code)
    _set_SurveyResult_message(o, f_message)
    return o


def _s_CpuInfo(v: Any) -> CpuInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CpuInfo), found " + _type_name(v))
    f_name = v.get("name", None)
    if f_name is not None:
        f_name = _s_str_or_None(f_name)
    f_architecture: CpuArchitecture = v["architecture"]
    if not isinstance(f_architecture, str):
        raise TypeError("expected a string (CpuArchitecture), found " + _type_name(f_architecture))
    f_supported_instruction_set_extensions = _s_list_CpuInstructionSetExtension(
        v["supportedInstructionSetExtensions"]
    )
    o = _new(CpuInfo)
    _set_CpuInfo_name(o, f_name)
    _set_CpuInfo_architecture(o, f_architecture)
    _set_CpuInfo_supported_instruction_set_extensions(o, f_supported_instruction_set_extensions)
    return o


def _s_CpuSurveyResult(v: Any) -> CpuSurveyResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CpuSurveyResult), found " + _type_name(v))
    f_result = _s_SurveyResult(v["result"])
    f_cpu_info = v.get("cpuInfo", None)
    if f_cpu_info is not None:
        f_cpu_info = _s_CpuInfo_or_None(f_cpu_info)
    o = _new(CpuSurveyResult)
    _set_CpuSurveyResult_result(o, f_result)
    _set_CpuSurveyResult_cpu_info(o, f_cpu_info)
    return o


def _s_GpuInfo(v: Any) -> GpuInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GpuInfo), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_device_id = v["deviceId"]
    if not isinstance(f_device_id, (int, float)) or isinstance(f_device_id, bool):
        raise _wrong(f_device_id, "a number")
    f_total_memory_capacity_bytes = v["totalMemoryCapacityBytes"]
    if not isinstance(f_total_memory_capacity_bytes, (int, float)) or isinstance(
        f_total_memory_capacity_bytes, bool
    ):
        raise _wrong(f_total_memory_capacity_bytes, "a number")
    f_dedicated_memory_capacity_bytes = v["dedicatedMemoryCapacityBytes"]
    if not isinstance(f_dedicated_memory_capacity_bytes, (int, float)) or isinstance(
        f_dedicated_memory_capacity_bytes, bool
    ):
        raise _wrong(f_dedicated_memory_capacity_bytes, "a number")
    f_integration_type: GpuIntegrationType = v["integrationType"]
    if not isinstance(f_integration_type, str):
        raise TypeError(
            "expected a string (GpuIntegrationType), found " + _type_name(f_integration_type)
        )
    f_detection_platform: GpuDetectionPlatform = v["detectionPlatform"]
    if not isinstance(f_detection_platform, str):
        raise TypeError(
            "expected a string (GpuDetectionPlatform), found " + _type_name(f_detection_platform)
        )
    f_detection_platform_version = v["detectionPlatformVersion"]
    if type(f_detection_platform_version) is not str:
        raise _wrong(f_detection_platform_version, "a string")
    f_other_info = _s_dict_str(v["otherInfo"])
    o = _new(GpuInfo)
    _set_GpuInfo_name(o, f_name)
    _set_GpuInfo_device_id(o, f_device_id)
    _set_GpuInfo_total_memory_capacity_bytes(o, f_total_memory_capacity_bytes)
    _set_GpuInfo_dedicated_memory_capacity_bytes(o, f_dedicated_memory_capacity_bytes)
    _set_GpuInfo_integration_type(o, f_integration_type)
    _set_GpuInfo_detection_platform(o, f_detection_platform)
    _set_GpuInfo_detection_platform_version(o, f_detection_platform_version)
    _set_GpuInfo_other_info(o, f_other_info)
    return o


def _s_GpuSurveyResult(v: Any) -> GpuSurveyResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (GpuSurveyResult), found " + _type_name(v))
    f_result = _s_SurveyResult(v["result"])
    f_gpu_info = _s_list_GpuInfo(v["gpuInfo"])
    o = _new(GpuSurveyResult)
    _set_GpuSurveyResult_result(o, f_result)
    _set_GpuSurveyResult_gpu_info(o, f_gpu_info)
    return o


def _s_HardwareSurvey(v: Any) -> HardwareSurvey:
    if not isinstance(v, dict):
        raise TypeError("expected an object (HardwareSurvey), found " + _type_name(v))
    f_cpu_survey_result = _s_CpuSurveyResult(v["cpuSurveyResult"])
    f_gpu_survey_result = _s_GpuSurveyResult(v["gpuSurveyResult"])
    o = _new(HardwareSurvey)
    _set_HardwareSurvey_cpu_survey_result(o, f_cpu_survey_result)
    _set_HardwareSurvey_gpu_survey_result(o, f_gpu_survey_result)
    return o


def _s_MemoryInfo(v: Any) -> MemoryInfo:
    if not isinstance(v, dict):
        raise TypeError("expected an object (MemoryInfo), found " + _type_name(v))
    f_ram_capacity = v["ramCapacity"]
    if not isinstance(f_ram_capacity, (int, float)) or isinstance(f_ram_capacity, bool):
        raise _wrong(f_ram_capacity, "a number")
    f_vram_capacity = v["vramCapacity"]
    if not isinstance(f_vram_capacity, (int, float)) or isinstance(f_vram_capacity, bool):
        raise _wrong(f_vram_capacity, "a number")
    f_total_memory = v["totalMemory"]
    if not isinstance(f_total_memory, (int, float)) or isinstance(f_total_memory, bool):
        raise _wrong(f_total_memory, "a number")
    o = _new(MemoryInfo)
    _set_MemoryInfo_ram_capacity(o, f_ram_capacity)
    _set_MemoryInfo_vram_capacity(o, f_vram_capacity)
    _set_MemoryInfo_total_memory(o, f_total_memory)
    return o


def _s_VisibleDevicesConfig(v: Any) -> VisibleDevicesConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (VisibleDevicesConfig), found " + _type_name(v))
    f_visible_devices = _s_list_float(v["visibleDevices"])
    f_changes_order = v["changesOrder"]
    if type(f_changes_order) is not bool:
        raise _wrong(f_changes_order, "a boolean")
    o = _new(VisibleDevicesConfig)
    _set_VisibleDevicesConfig_visible_devices(o, f_visible_devices)
    _set_VisibleDevicesConfig_changes_order(o, f_changes_order)
    return o


def _s_EngineHardwareSurvey(v: Any) -> EngineHardwareSurvey:
    if not isinstance(v, dict):
        raise TypeError("expected an object (EngineHardwareSurvey), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_engine = v["engine"]
    if type(f_engine) is not str:
        raise _wrong(f_engine, "a string")
    f_platform = v["platform"]
    if type(f_platform) is not str:
        raise _wrong(f_platform, "a string")
    f_compatibility = _s_EngineCompatibility(v["compatibility"])
    f_supported_model_format_names = _s_list_ModelFormatName(v["supportedModelFormatNames"])
    f_hardware_survey = _s_HardwareSurvey(v["hardwareSurvey"])
    f_memory_info = _s_MemoryInfo(v["memoryInfo"])
    f_visible_devices_config = v.get("visibleDevicesConfig", None)
    if f_visible_devices_config is not None:
        f_visible_devices_config = _s_VisibleDevicesConfig_or_None(f_visible_devices_config)
    o = _new(EngineHardwareSurvey)
    _set_EngineHardwareSurvey_name(o, f_name)
    _set_EngineHardwareSurvey_version(o, f_version)
    _set_EngineHardwareSurvey_engine(o, f_engine)
    _set_EngineHardwareSurvey_platform(o, f_platform)
    _set_EngineHardwareSurvey_compatibility(o, f_compatibility)
    _set_EngineHardwareSurvey_supported_model_format_names(o, f_supported_model_format_names)
    _set_EngineHardwareSurvey_hardware_survey(o, f_hardware_survey)
    _set_EngineHardwareSurvey_memory_info(o, f_memory_info)
    _set_EngineHardwareSurvey_visible_devices_config(o, f_visible_devices_config)
    return o


def _s_SurveyHardwareResult(v: Any) -> SurveyHardwareResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SurveyHardwareResult), found " + _type_name(v))
    f_status: SurveyHardwareStatus = v["status"]
    if not isinstance(f_status, str):
        raise TypeError("expected a string (SurveyHardwareStatus), found " + _type_name(f_status))
    f_engines = _s_list_EngineHardwareSurvey(v["engines"])
    o = _new(SurveyHardwareResult)
    _set_SurveyHardwareResult_status(o, f_status)
    _set_SurveyHardwareResult_engines(o, f_engines)
    return o


def _s_SearchRuntimeExtensionsParameter(v: Any) -> SearchRuntimeExtensionsParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (SearchRuntimeExtensionsParameter), found " + _type_name(v)
        )
    f_query = v["query"]
    if type(f_query) is not str:
        raise _wrong(f_query, "a string")
    f_include_incompatible = v["includeIncompatible"]
    if type(f_include_incompatible) is not bool:
        raise _wrong(f_include_incompatible, "a boolean")
    f_channel_override = v.get("channelOverride", None)
    if f_channel_override is not None:
        f_channel_override = _s_str_or_None(f_channel_override)
    o = _new(SearchRuntimeExtensionsParameter)
    _set_SearchRuntimeExtensionsParameter_query(o, f_query)
    _set_SearchRuntimeExtensionsParameter_include_incompatible(o, f_include_incompatible)
    _set_SearchRuntimeExtensionsParameter_channel_override(o, f_channel_override)
    return o


def _s_RuntimeExtensionEngine(v: Any) -> RuntimeExtensionEngine:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeExtensionEngine), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "engine" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'engine' for RuntimeExtensionEngine, found " + repr(f_type)
            )
    return _t_RuntimeExtensionEngine(v)


def _t_RuntimeExtensionEngine(v: Any) -> RuntimeExtensionEngine:
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_package = v["package"]
    if type(f_package) is not str:
        raise _wrong(f_package, "a string")
    f_platform = v["platform"]
    if type(f_platform) is not str:
        raise _wrong(f_platform, "a string")
    f_cpu = _s_RuntimeCpuTarget(v["cpu"])
    f_gpu = v.get("gpu", None)
    if f_gpu is not None:
        f_gpu = _s_RuntimeGpuTarget_or_None(f_gpu)
    f_local_versions = _s_list_str(v["localVersions"])
    f_supported_model_format_names = _s_list_ModelFormatName(v["supportedModelFormatNames"])
    o = _new(RuntimeExtensionEngine)
    _set_RuntimeExtensionEngine_type(o, "engine")
    _set_RuntimeExtensionEngine_name(o, f_name)
    _set_RuntimeExtensionEngine_version(o, f_version)
    _set_RuntimeExtensionEngine_package(o, f_package)
    _set_RuntimeExtensionEngine_platform(o, f_platform)
    _set_RuntimeExtensionEngine_cpu(o, f_cpu)
    _set_RuntimeExtensionEngine_gpu(o, f_gpu)
    _set_RuntimeExtensionEngine_local_versions(o, f_local_versions)
    _set_RuntimeExtensionEngine_supported_model_format_names(o, f_supported_model_format_names)
    return o


def _s_RuntimeExtensionFramework(v: Any) -> RuntimeExtensionFramework:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeExtensionFramework), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "framework" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'framework' for RuntimeExtensionFramework, found " + repr(f_type)
            )
    return _t_RuntimeExtensionFramework(v)


def _t_RuntimeExtensionFramework(v: Any) -> RuntimeExtensionFramework:
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_package = v["package"]
    if type(f_package) is not str:
        raise _wrong(f_package, "a string")
    f_platform = v["platform"]
    if type(f_platform) is not str:
        raise _wrong(f_platform, "a string")
    f_cpu = _s_RuntimeCpuTarget(v["cpu"])
    f_gpu = v.get("gpu", None)
    if f_gpu is not None:
        f_gpu = _s_RuntimeGpuTarget_or_None(f_gpu)
    f_local_versions = _s_list_str(v["localVersions"])
    o = _new(RuntimeExtensionFramework)
    _set_RuntimeExtensionFramework_type(o, "framework")
    _set_RuntimeExtensionFramework_name(o, f_name)
    _set_RuntimeExtensionFramework_version(o, f_version)
    _set_RuntimeExtensionFramework_package(o, f_package)
    _set_RuntimeExtensionFramework_platform(o, f_platform)
    _set_RuntimeExtensionFramework_cpu(o, f_cpu)
    _set_RuntimeExtensionFramework_gpu(o, f_gpu)
    _set_RuntimeExtensionFramework_local_versions(o, f_local_versions)
    return o


def _s_SearchRuntimeExtensionsResult(v: Any) -> SearchRuntimeExtensionsResult:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (SearchRuntimeExtensionsResult), found " + _type_name(v)
        )
    f_extensions = _s_list_RuntimeExtension(v["extensions"])
    o = _new(SearchRuntimeExtensionsResult)
    _set_SearchRuntimeExtensionsResult_extensions(o, f_extensions)
    return o


def _s_DownloadRuntimeExtensionCreationParameter(
    v: Any,
) -> DownloadRuntimeExtensionCreationParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionCreationParameter), found " + _type_name(v)
        )
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_update_selections = v["updateSelections"]
    if type(f_update_selections) is not bool:
        raise _wrong(f_update_selections, "a boolean")
    o = _new(DownloadRuntimeExtensionCreationParameter)
    _set_DownloadRuntimeExtensionCreationParameter_name(o, f_name)
    _set_DownloadRuntimeExtensionCreationParameter_version(o, f_version)
    _set_DownloadRuntimeExtensionCreationParameter_update_selections(o, f_update_selections)
    return o


def _s_RuntimeDownloadProgress(v: Any) -> RuntimeDownloadProgress:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RuntimeDownloadProgress), found " + _type_name(v))
    f_downloaded_bytes = v["downloadedBytes"]
    if type(f_downloaded_bytes) is not int:
        raise _wrong(f_downloaded_bytes, "an integer")
    f_total_bytes = v["totalBytes"]
    if type(f_total_bytes) is not int:
        raise _wrong(f_total_bytes, "an integer")
    f_speed_bytes_per_second = v["speedBytesPerSecond"]
    if not isinstance(f_speed_bytes_per_second, (int, float)) or isinstance(
        f_speed_bytes_per_second, bool
    ):
        raise _wrong(f_speed_bytes_per_second, "a number")
    o = _new(RuntimeDownloadProgress)
    _set_RuntimeDownloadProgress_downloaded_bytes(o, f_downloaded_bytes)
    _set_RuntimeDownloadProgress_total_bytes(o, f_total_bytes)
    _set_RuntimeDownloadProgress_speed_bytes_per_second(o, f_speed_bytes_per_second)
    return o


def _s_DownloadRuntimeExtensionProgressPacket(v: Any) -> DownloadRuntimeExtensionProgressPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionProgressPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "downloadProgress" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'downloadProgress' for DownloadRuntimeExtensionProgressPacket, found "
                + repr(f_type)
            )
    return _t_DownloadRuntimeExtensionProgressPacket(v)


def _t_DownloadRuntimeExtensionProgressPacket(v: Any) -> DownloadRuntimeExtensionProgressPacket:
    f_update = _s_RuntimeDownloadProgress(v["update"])
    o = _new(DownloadRuntimeExtensionProgressPacket)
    _set_DownloadRuntimeExtensionProgressPacket_type(o, "downloadProgress")
    _set_DownloadRuntimeExtensionProgressPacket_update(o, f_update)
    return o


def _s_DownloadRuntimeExtensionStartFinalizingPacket(
    v: Any,
) -> DownloadRuntimeExtensionStartFinalizingPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionStartFinalizingPacket), found "
            + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "startFinalizing" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'startFinalizing' for DownloadRuntimeExtensionStartFinalizingPacket, found "
                + repr(f_type)
            )
    return _t_DownloadRuntimeExtensionStartFinalizingPacket(v)


def _t_DownloadRuntimeExtensionStartFinalizingPacket(
    v: Any,
) -> DownloadRuntimeExtensionStartFinalizingPacket:
    o = _new(DownloadRuntimeExtensionStartFinalizingPacket)
    _set_DownloadRuntimeExtensionStartFinalizingPacket_type(o, "startFinalizing")
    return o


def _s_DownloadRuntimeExtensionSuccessPacket(v: Any) -> DownloadRuntimeExtensionSuccessPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionSuccessPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "success" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'success' for DownloadRuntimeExtensionSuccessPacket, found "
                + repr(f_type)
            )
    return _t_DownloadRuntimeExtensionSuccessPacket(v)


def _t_DownloadRuntimeExtensionSuccessPacket(v: Any) -> DownloadRuntimeExtensionSuccessPacket:
    o = _new(DownloadRuntimeExtensionSuccessPacket)
    _set_DownloadRuntimeExtensionSuccessPacket_type(o, "success")
    return o


def _s_DownloadRuntimeExtensionCancelPacket(v: Any) -> DownloadRuntimeExtensionCancelPacket:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionCancelPacket), found " + _type_name(v)
        )
    if "type" in v:
        f_type = v["type"]
        if f_type != "cancel" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'cancel' for DownloadRuntimeExtensionCancelPacket, found "
                + repr(f_type)
            )
    o = _new(DownloadRuntimeExtensionCancelPacket)
    _set_DownloadRuntimeExtensionCancelPacket_type(o, "cancel")
    return o


def _s_NotifyParameter(v: Any) -> NotifyParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (NotifyParameter), found " + _type_name(v))
    f_title = v["title"]
    if type(f_title) is not str:
        raise _wrong(f_title, "a string")
    f_description = v.get("description", None)
    if f_description is not None:
        f_description = _s_str_or_None(f_description)
    f_no_auto_dismiss = v.get("noAutoDismiss", None)
    if f_no_auto_dismiss is not None:
        f_no_auto_dismiss = _s_bool_or_None(f_no_auto_dismiss)
    o = _new(NotifyParameter)
    _set_NotifyParameter_title(o, f_title)
    _set_NotifyParameter_description(o, f_description)
    _set_NotifyParameter_no_auto_dismiss(o, f_no_auto_dismiss)
    return o


def _s_SystemVersionResult(v: Any) -> SystemVersionResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SystemVersionResult), found " + _type_name(v))
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    f_build = v["build"]
    if not isinstance(f_build, (int, float)) or isinstance(f_build, bool):
        raise _wrong(f_build, "a number")
    o = _new(SystemVersionResult)
    _set_SystemVersionResult_version(o, f_version)
    _set_SystemVersionResult_build(o, f_build)
    return o


def _s_SystemInfoResult(v: Any) -> SystemInfoResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SystemInfoResult), found " + _type_name(v))
    f_pid = v["pid"]
    if type(f_pid) is not int:
        raise _wrong(f_pid, "an integer")
    f_is_daemon = v["isDaemon"]
    if type(f_is_daemon) is not bool:
        raise _wrong(f_is_daemon, "a boolean")
    f_version = v["version"]
    if type(f_version) is not str:
        raise _wrong(f_version, "a string")
    o = _new(SystemInfoResult)
    _set_SystemInfoResult_pid(o, f_pid)
    _set_SystemInfoResult_is_daemon(o, f_is_daemon)
    _set_SystemInfoResult_version(o, f_version)
    return o


def _s_ListDownloadedModelVariantsParameter(v: Any) -> ListDownloadedModelVariantsParameter:
    if not isinstance(v, dict):
        raise TypeError(
            "expected an object (ListDownloadedModelVariantsParameter), found " + _type_name(v)
        )
    f_model_key = v["modelKey"]
    if type(f_model_key) is not str:
        raise _wrong(f_model_key, "a string")
    o = _new(ListDownloadedModelVariantsParameter)
    _set_ListDownloadedModelVariantsParameter_model_key(o, f_model_key)
    return o


def _s_StartHttpServerParameter(v: Any) -> StartHttpServerParameter:
    if not isinstance(v, dict):
        raise TypeError("expected an object (StartHttpServerParameter), found " + _type_name(v))
    f_port = v.get("port", None)
    if f_port is not None:
        f_port = _s_int_or_None(f_port)
    f_cors = v.get("cors", None)
    if f_cors is not None:
        f_cors = _s_bool_or_None(f_cors)
    f_network_interface = v.get("networkInterface", None)
    if f_network_interface is not None:
        f_network_interface = _s_str_or_None(f_network_interface)
    o = _new(StartHttpServerParameter)
    _set_StartHttpServerParameter_port(o, f_port)
    _set_StartHttpServerParameter_cors(o, f_cors)
    _set_StartHttpServerParameter_network_interface(o, f_network_interface)
    return o


def _s_ToolCallRequest(v: Any) -> ToolCallRequest:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ToolCallRequest), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "function" or type(f_type) is not str:
            raise ValueError("'type' must be 'function' for ToolCallRequest, found " + repr(f_type))
    f_id = v.get("id", None)
    if f_id is not None:
        f_id = _s_str_or_None(f_id)
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_arguments = v.get("arguments", None)
    if f_arguments is not None:
        f_arguments = _s_dict_any_or_None(f_arguments)
    o = _new(ToolCallRequest)
    _set_ToolCallRequest_type(o, "function")
    _set_ToolCallRequest_id(o, f_id)
    _set_ToolCallRequest_name(o, f_name)
    _set_ToolCallRequest_arguments(o, f_arguments)
    return o


def _s_LlmToolParameters(v: Any) -> LlmToolParameters:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmToolParameters), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "object" or type(f_type) is not str:
            raise ValueError("'type' must be 'object' for LlmToolParameters, found " + repr(f_type))
    f_properties = _s_dict_any(v["properties"])
    f_required = v.get("required", None)
    if f_required is not None:
        f_required = _s_list_str_or_None(f_required)
    f_additional_properties = v.get("additionalProperties", None)
    if f_additional_properties is not None:
        f_additional_properties = _s_bool_or_None(f_additional_properties)
    f_defs = v.get("$defs", None)
    if f_defs is not None:
        f_defs = _s_dict_any_or_None(f_defs)
    o = _new(LlmToolParameters)
    _set_LlmToolParameters_type(o, "object")
    _set_LlmToolParameters_properties(o, f_properties)
    _set_LlmToolParameters_required(o, f_required)
    _set_LlmToolParameters_additional_properties(o, f_additional_properties)
    _set_LlmToolParameters_defs(o, f_defs)
    return o


def _s_LlmToolFunction(v: Any) -> LlmToolFunction:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmToolFunction), found " + _type_name(v))
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_description = v.get("description", None)
    if f_description is not None:
        f_description = _s_str_or_None(f_description)
    f_parameters = v.get("parameters", None)
    if f_parameters is not None:
        f_parameters = _s_LlmToolParameters_or_None(f_parameters)
    o = _new(LlmToolFunction)
    _set_LlmToolFunction_name(o, f_name)
    _set_LlmToolFunction_description(o, f_description)
    _set_LlmToolFunction_parameters(o, f_parameters)
    return o


def _s_LlmTool(v: Any) -> LlmTool:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmTool), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "function" or type(f_type) is not str:
            raise ValueError("'type' must be 'function' for LlmTool, found " + repr(f_type))
    f_function = _s_LlmToolFunction(v["function"])
    o = _new(LlmTool)
    _set_LlmTool_type(o, "function")
    _set_LlmTool_function(o, f_function)
    return o


def _s_LlmToolUseSettingNone(v: Any) -> LlmToolUseSettingNone:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmToolUseSettingNone), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "none" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'none' for LlmToolUseSettingNone, found " + repr(f_type)
            )
    return _t_LlmToolUseSettingNone(v)


def _t_LlmToolUseSettingNone(v: Any) -> LlmToolUseSettingNone:
    o = _new(LlmToolUseSettingNone)
    _set_LlmToolUseSettingNone_type(o, "none")
    return o


def _s_LlmToolUseSettingToolArray(v: Any) -> LlmToolUseSettingToolArray:
    if not isinstance(v, dict):
        raise TypeError("expected an object (LlmToolUseSettingToolArray), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "toolArray" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'toolArray' for LlmToolUseSettingToolArray, found " + repr(f_type)
            )
    return _t_LlmToolUseSettingToolArray(v)


def _t_LlmToolUseSettingToolArray(v: Any) -> LlmToolUseSettingToolArray:
    f_tools = v.get("tools", None)
    if f_tools is not None:
        f_tools = _s_list_LlmTool_or_None(f_tools)
    f_force = v.get("force", None)
    if f_force is not None:
        f_force = _s_bool_or_None(f_force)
    o = _new(LlmToolUseSettingToolArray)
    _set_LlmToolUseSettingToolArray_type(o, "toolArray")
    _set_LlmToolUseSettingToolArray_tools(o, f_tools)
    _set_LlmToolUseSettingToolArray_force(o, f_force)
    return o


def _s_AuthPacket(v: Any) -> AuthPacket:
    if not isinstance(v, dict):
        raise TypeError("expected an object (AuthPacket), found " + _type_name(v))
    if "authVersion" in v:
        f_auth_version = v["authVersion"]
        if f_auth_version != 1 or type(f_auth_version) is not int:
            raise ValueError(
                "'authVersion' must be 1 for AuthPacket, found " + repr(f_auth_version)
            )
    f_client_identifier = v["clientIdentifier"]
    if type(f_client_identifier) is not str:
        raise _wrong(f_client_identifier, "a string")
    f_client_passkey = v["clientPasskey"]
    if type(f_client_passkey) is not str:
        raise _wrong(f_client_passkey, "a string")
    o = _new(AuthPacket)
    _set_AuthPacket_auth_version(o, 1)
    _set_AuthPacket_client_identifier(o, f_client_identifier)
    _set_AuthPacket_client_passkey(o, f_client_passkey)
    return o


def _s_AuthResult(v: Any) -> AuthResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (AuthResult), found " + _type_name(v))
    f_success = v["success"]
    if type(f_success) is not bool:
        raise _wrong(f_success, "a boolean")
    f_error = v.get("error", None)
    if f_error is not None:
        f_error = _s_str_or_None(f_error)
    o = _new(AuthResult)
    _set_AuthResult_success(o, f_success)
    _set_AuthResult_error(o, f_error)
    return o


def _s_ChannelCreate(v: Any) -> ChannelCreate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChannelCreate), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelCreate" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelCreate' for ChannelCreate, found " + repr(f_type)
            )
    return _t_ChannelCreate(v)


def _t_ChannelCreate(v: Any) -> ChannelCreate:
    f_endpoint = v["endpoint"]
    if type(f_endpoint) is not str:
        raise _wrong(f_endpoint, "a string")
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_creation_parameter = v.get("creationParameter", UNSET)
    o = _new(ChannelCreate)
    _set_ChannelCreate_type(o, "channelCreate")
    _set_ChannelCreate_endpoint(o, f_endpoint)
    _set_ChannelCreate_channel_id(o, f_channel_id)
    _set_ChannelCreate_creation_parameter(o, f_creation_parameter)
    return o


def _s_ClientChannelSend(v: Any) -> ClientChannelSend:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ClientChannelSend), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelSend" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelSend' for ClientChannelSend, found " + repr(f_type)
            )
    return _t_ClientChannelSend(v)


def _t_ClientChannelSend(v: Any) -> ClientChannelSend:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_message = v["message"]
    f_ack_id = v.get("ackId", None)
    if f_ack_id is not None:
        f_ack_id = _s_int_or_None(f_ack_id)
    o = _new(ClientChannelSend)
    _set_ClientChannelSend_type(o, "channelSend")
    _set_ClientChannelSend_channel_id(o, f_channel_id)
    _set_ClientChannelSend_message(o, f_message)
    _set_ClientChannelSend_ack_id(o, f_ack_id)
    return o


def _s_ClientChannelAck(v: Any) -> ClientChannelAck:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ClientChannelAck), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelAck" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelAck' for ClientChannelAck, found " + repr(f_type)
            )
    return _t_ClientChannelAck(v)


def _t_ClientChannelAck(v: Any) -> ClientChannelAck:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_ack_id = v["ackId"]
    if type(f_ack_id) is not int:
        raise _wrong(f_ack_id, "an integer")
    o = _new(ClientChannelAck)
    _set_ClientChannelAck_type(o, "channelAck")
    _set_ClientChannelAck_channel_id(o, f_channel_id)
    _set_ClientChannelAck_ack_id(o, f_ack_id)
    return o


def _s_RpcCall(v: Any) -> RpcCall:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RpcCall), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "rpcCall" or type(f_type) is not str:
            raise ValueError("'type' must be 'rpcCall' for RpcCall, found " + repr(f_type))
    return _t_RpcCall(v)


def _t_RpcCall(v: Any) -> RpcCall:
    f_endpoint = v["endpoint"]
    if type(f_endpoint) is not str:
        raise _wrong(f_endpoint, "a string")
    f_call_id = v["callId"]
    if type(f_call_id) is not int:
        raise _wrong(f_call_id, "an integer")
    f_parameter = v.get("parameter", UNSET)
    o = _new(RpcCall)
    _set_RpcCall_type(o, "rpcCall")
    _set_RpcCall_endpoint(o, f_endpoint)
    _set_RpcCall_call_id(o, f_call_id)
    _set_RpcCall_parameter(o, f_parameter)
    return o


def _s_SignalSubscribe(v: Any) -> SignalSubscribe:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SignalSubscribe), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "signalSubscribe" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'signalSubscribe' for SignalSubscribe, found " + repr(f_type)
            )
    return _t_SignalSubscribe(v)


def _t_SignalSubscribe(v: Any) -> SignalSubscribe:
    f_endpoint = v["endpoint"]
    if type(f_endpoint) is not str:
        raise _wrong(f_endpoint, "a string")
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_creation_parameter = v["creationParameter"]
    o = _new(SignalSubscribe)
    _set_SignalSubscribe_type(o, "signalSubscribe")
    _set_SignalSubscribe_endpoint(o, f_endpoint)
    _set_SignalSubscribe_subscribe_id(o, f_subscribe_id)
    _set_SignalSubscribe_creation_parameter(o, f_creation_parameter)
    return o


def _s_SignalUnsubscribe(v: Any) -> SignalUnsubscribe:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SignalUnsubscribe), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "signalUnsubscribe" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'signalUnsubscribe' for SignalUnsubscribe, found " + repr(f_type)
            )
    return _t_SignalUnsubscribe(v)


def _t_SignalUnsubscribe(v: Any) -> SignalUnsubscribe:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    o = _new(SignalUnsubscribe)
    _set_SignalUnsubscribe_type(o, "signalUnsubscribe")
    _set_SignalUnsubscribe_subscribe_id(o, f_subscribe_id)
    return o


def _s_WritableSignalSubscribe(v: Any) -> WritableSignalSubscribe:
    if not isinstance(v, dict):
        raise TypeError("expected an object (WritableSignalSubscribe), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "writableSignalSubscribe" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'writableSignalSubscribe' for WritableSignalSubscribe, found "
                + repr(f_type)
            )
    return _t_WritableSignalSubscribe(v)


def _t_WritableSignalSubscribe(v: Any) -> WritableSignalSubscribe:
    f_endpoint = v["endpoint"]
    if type(f_endpoint) is not str:
        raise _wrong(f_endpoint, "a string")
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_creation_parameter = v["creationParameter"]
    o = _new(WritableSignalSubscribe)
    _set_WritableSignalSubscribe_type(o, "writableSignalSubscribe")
    _set_WritableSignalSubscribe_endpoint(o, f_endpoint)
    _set_WritableSignalSubscribe_subscribe_id(o, f_subscribe_id)
    _set_WritableSignalSubscribe_creation_parameter(o, f_creation_parameter)
    return o


def _s_WritableSignalUnsubscribe(v: Any) -> WritableSignalUnsubscribe:
    if not isinstance(v, dict):
        raise TypeError("expected an object (WritableSignalUnsubscribe), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "writableSignalUnsubscribe" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'writableSignalUnsubscribe' for WritableSignalUnsubscribe, found "
                + repr(f_type)
            )
    return _t_WritableSignalUnsubscribe(v)


def _t_WritableSignalUnsubscribe(v: Any) -> WritableSignalUnsubscribe:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    o = _new(WritableSignalUnsubscribe)
    _set_WritableSignalUnsubscribe_type(o, "writableSignalUnsubscribe")
    _set_WritableSignalUnsubscribe_subscribe_id(o, f_subscribe_id)
    return o


def _s_ClientWritableSignalUpdate(v: Any) -> ClientWritableSignalUpdate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ClientWritableSignalUpdate), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "writableSignalUpdate" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'writableSignalUpdate' for ClientWritableSignalUpdate, found "
                + repr(f_type)
            )
    return _t_ClientWritableSignalUpdate(v)


def _t_ClientWritableSignalUpdate(v: Any) -> ClientWritableSignalUpdate:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_patches = _s_list_any(v["patches"])
    f_tags = _s_list_str(v["tags"])
    o = _new(ClientWritableSignalUpdate)
    _set_ClientWritableSignalUpdate_type(o, "writableSignalUpdate")
    _set_ClientWritableSignalUpdate_subscribe_id(o, f_subscribe_id)
    _set_ClientWritableSignalUpdate_patches(o, f_patches)
    _set_ClientWritableSignalUpdate_tags(o, f_tags)
    return o


def _s_KeepAlive(v: Any) -> KeepAlive:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KeepAlive), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "keepAlive" or type(f_type) is not str:
            raise ValueError("'type' must be 'keepAlive' for KeepAlive, found " + repr(f_type))
    return _t_KeepAlive(v)


def _t_KeepAlive(v: Any) -> KeepAlive:
    o = _new(KeepAlive)
    _set_KeepAlive_type(o, "keepAlive")
    return o


def _s_CommunicationWarning(v: Any) -> CommunicationWarning:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CommunicationWarning), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "communicationWarning" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'communicationWarning' for CommunicationWarning, found "
                + repr(f_type)
            )
    return _t_CommunicationWarning(v)


def _t_CommunicationWarning(v: Any) -> CommunicationWarning:
    f_warning = v["warning"]
    if type(f_warning) is not str:
        raise _wrong(f_warning, "a string")
    f_kind = v.get("kind", None)
    if f_kind is not None:
        f_kind = _s_str_or_None(f_kind)
    o = _new(CommunicationWarning)
    _set_CommunicationWarning_type(o, "communicationWarning")
    _set_CommunicationWarning_warning(o, f_warning)
    _set_CommunicationWarning_kind(o, f_kind)
    return o


def _s_ServerChannelSend(v: Any) -> ServerChannelSend:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ServerChannelSend), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelSend" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelSend' for ServerChannelSend, found " + repr(f_type)
            )
    return _t_ServerChannelSend(v)


def _t_ServerChannelSend(v: Any) -> ServerChannelSend:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_message = v["message"]
    f_ack_id = v.get("ackId", None)
    if f_ack_id is not None:
        f_ack_id = _s_int_or_None(f_ack_id)
    o = _new(ServerChannelSend)
    _set_ServerChannelSend_type(o, "channelSend")
    _set_ServerChannelSend_channel_id(o, f_channel_id)
    _set_ServerChannelSend_message(o, f_message)
    _set_ServerChannelSend_ack_id(o, f_ack_id)
    return o


def _s_ServerChannelAck(v: Any) -> ServerChannelAck:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ServerChannelAck), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelAck" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelAck' for ServerChannelAck, found " + repr(f_type)
            )
    return _t_ServerChannelAck(v)


def _t_ServerChannelAck(v: Any) -> ServerChannelAck:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_ack_id = v["ackId"]
    if type(f_ack_id) is not int:
        raise _wrong(f_ack_id, "an integer")
    o = _new(ServerChannelAck)
    _set_ServerChannelAck_type(o, "channelAck")
    _set_ServerChannelAck_channel_id(o, f_channel_id)
    _set_ServerChannelAck_ack_id(o, f_ack_id)
    return o


def _s_ChannelClose(v: Any) -> ChannelClose:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChannelClose), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelClose" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelClose' for ChannelClose, found " + repr(f_type)
            )
    return _t_ChannelClose(v)


def _t_ChannelClose(v: Any) -> ChannelClose:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    o = _new(ChannelClose)
    _set_ChannelClose_type(o, "channelClose")
    _set_ChannelClose_channel_id(o, f_channel_id)
    return o


def _s_ChannelError(v: Any) -> ChannelError:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ChannelError), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "channelError" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'channelError' for ChannelError, found " + repr(f_type)
            )
    return _t_ChannelError(v)


def _t_ChannelError(v: Any) -> ChannelError:
    f_channel_id = v["channelId"]
    if type(f_channel_id) is not int:
        raise _wrong(f_channel_id, "an integer")
    f_error = _s_SerializedError(v["error"])
    o = _new(ChannelError)
    _set_ChannelError_type(o, "channelError")
    _set_ChannelError_channel_id(o, f_channel_id)
    _set_ChannelError_error(o, f_error)
    return o


def _s_RpcResult(v: Any) -> RpcResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RpcResult), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "rpcResult" or type(f_type) is not str:
            raise ValueError("'type' must be 'rpcResult' for RpcResult, found " + repr(f_type))
    return _t_RpcResult(v)


def _t_RpcResult(v: Any) -> RpcResult:
    f_call_id = v["callId"]
    if type(f_call_id) is not int:
        raise _wrong(f_call_id, "an integer")
    f_result = v.get("result", UNSET)
    o = _new(RpcResult)
    _set_RpcResult_type(o, "rpcResult")
    _set_RpcResult_call_id(o, f_call_id)
    _set_RpcResult_result(o, f_result)
    return o


def _s_RpcError(v: Any) -> RpcError:
    if not isinstance(v, dict):
        raise TypeError("expected an object (RpcError), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "rpcError" or type(f_type) is not str:
            raise ValueError("'type' must be 'rpcError' for RpcError, found " + repr(f_type))
    return _t_RpcError(v)


def _t_RpcError(v: Any) -> RpcError:
    f_call_id = v["callId"]
    if type(f_call_id) is not int:
        raise _wrong(f_call_id, "an integer")
    f_error = _s_SerializedError(v["error"])
    o = _new(RpcError)
    _set_RpcError_type(o, "rpcError")
    _set_RpcError_call_id(o, f_call_id)
    _set_RpcError_error(o, f_error)
    return o


def _s_SignalUpdate(v: Any) -> SignalUpdate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SignalUpdate), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "signalUpdate" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'signalUpdate' for SignalUpdate, found " + repr(f_type)
            )
    return _t_SignalUpdate(v)


def _t_SignalUpdate(v: Any) -> SignalUpdate:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_patches = _s_list_any(v["patches"])
    f_tags = _s_list_str(v["tags"])
    o = _new(SignalUpdate)
    _set_SignalUpdate_type(o, "signalUpdate")
    _set_SignalUpdate_subscribe_id(o, f_subscribe_id)
    _set_SignalUpdate_patches(o, f_patches)
    _set_SignalUpdate_tags(o, f_tags)
    return o


def _s_SignalError(v: Any) -> SignalError:
    if not isinstance(v, dict):
        raise TypeError("expected an object (SignalError), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "signalError" or type(f_type) is not str:
            raise ValueError("'type' must be 'signalError' for SignalError, found " + repr(f_type))
    return _t_SignalError(v)


def _t_SignalError(v: Any) -> SignalError:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_error = _s_SerializedError(v["error"])
    o = _new(SignalError)
    _set_SignalError_type(o, "signalError")
    _set_SignalError_subscribe_id(o, f_subscribe_id)
    _set_SignalError_error(o, f_error)
    return o


def _s_ServerWritableSignalUpdate(v: Any) -> ServerWritableSignalUpdate:
    if not isinstance(v, dict):
        raise TypeError("expected an object (ServerWritableSignalUpdate), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "writableSignalUpdate" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'writableSignalUpdate' for ServerWritableSignalUpdate, found "
                + repr(f_type)
            )
    return _t_ServerWritableSignalUpdate(v)


def _t_ServerWritableSignalUpdate(v: Any) -> ServerWritableSignalUpdate:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_patches = _s_list_any(v["patches"])
    f_tags = _s_list_str(v["tags"])
    o = _new(ServerWritableSignalUpdate)
    _set_ServerWritableSignalUpdate_type(o, "writableSignalUpdate")
    _set_ServerWritableSignalUpdate_subscribe_id(o, f_subscribe_id)
    _set_ServerWritableSignalUpdate_patches(o, f_patches)
    _set_ServerWritableSignalUpdate_tags(o, f_tags)
    return o


def _s_WritableSignalError(v: Any) -> WritableSignalError:
    if not isinstance(v, dict):
        raise TypeError("expected an object (WritableSignalError), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "writableSignalError" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'writableSignalError' for WritableSignalError, found "
                + repr(f_type)
            )
    return _t_WritableSignalError(v)


def _t_WritableSignalError(v: Any) -> WritableSignalError:
    f_subscribe_id = v["subscribeId"]
    if type(f_subscribe_id) is not int:
        raise _wrong(f_subscribe_id, "an integer")
    f_error = _s_SerializedError(v["error"])
    o = _new(WritableSignalError)
    _set_WritableSignalError_type(o, "writableSignalError")
    _set_WritableSignalError_subscribe_id(o, f_subscribe_id)
    _set_WritableSignalError_error(o, f_error)
    return o


def _s_KeepAliveAck(v: Any) -> KeepAliveAck:
    if not isinstance(v, dict):
        raise TypeError("expected an object (KeepAliveAck), found " + _type_name(v))
    if "type" in v:
        f_type = v["type"]
        if f_type != "keepAliveAck" or type(f_type) is not str:
            raise ValueError(
                "'type' must be 'keepAliveAck' for KeepAliveAck, found " + repr(f_type)
            )
    return _t_KeepAliveAck(v)


def _t_KeepAliveAck(v: Any) -> KeepAliveAck:
    o = _new(KeepAliveAck)
    _set_KeepAliveAck_type(o, "keepAliveAck")
    return o


def _s_CaptureRecord(v: Any) -> CaptureRecord:
    if not isinstance(v, dict):
        raise TypeError("expected an object (CaptureRecord), found " + _type_name(v))
    f_ts = v["ts"]
    if not isinstance(f_ts, (int, float)) or isinstance(f_ts, bool):
        raise _wrong(f_ts, "a number")
    f_conn = v["conn"]
    if type(f_conn) is not str:
        raise _wrong(f_conn, "a string")
    f_namespace = v["namespace"]
    if type(f_namespace) is not str:
        raise _wrong(f_namespace, "a string")
    f_from_: CaptureOrigin = v["from"]
    if not isinstance(f_from_, str):
        raise TypeError("expected a string (CaptureOrigin), found " + _type_name(f_from_))
    f_frame = v["frame"]
    o = _new(CaptureRecord)
    _set_CaptureRecord_ts(o, f_ts)
    _set_CaptureRecord_conn(o, f_conn)
    _set_CaptureRecord_namespace(o, f_namespace)
    _set_CaptureRecord_from_(o, f_from_)
    _set_CaptureRecord_frame(o, f_frame)
    return o


_TAGS_ChatMessageData: Final[dict[Any, Callable[[Any], Any]]] = {
    "system": _t_ChatMessageSystem,
    "user": _t_ChatMessageUser,
    "assistant": _t_ChatMessageAssistant,
    "tool": _t_ChatMessageTool,
}


def _s_ChatMessageData(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ChatMessageData.get(v.get("role", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ChatMessageData), found " + _type_name(v))
    if "role" not in v:
        raise KeyError(
            "ChatMessageData needs the 'role' key (one of ['system', 'user', 'assistant', 'tool'])"
        )
    raise UnknownTagError(
        "ChatMessageData", "role", v["role"], ["system", "user", "assistant", "tool"]
    )


def _s_list_ChatMessageData(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_ChatMessageData(x) for x in v]


_TAGS_TextOrFileMessagePart: Final[dict[Any, Callable[[Any], Any]]] = {
    "text": _t_ChatMessagePartText,
    "file": _t_ChatMessagePartFile,
}


def _s_TextOrFileMessagePart(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_TextOrFileMessagePart.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (TextOrFileMessagePart), found " + _type_name(v))
    if "type" not in v:
        raise KeyError("TextOrFileMessagePart needs the 'type' key (one of ['text', 'file'])")
    raise UnknownTagError("TextOrFileMessagePart", "type", v["type"], ["text", "file"])


def _s_list_TextOrFileMessagePart(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_TextOrFileMessagePart(x) for x in v]


_TAGS_AssistantMessagePart: Final[dict[Any, Callable[[Any], Any]]] = {
    "text": _t_ChatMessagePartText,
    "file": _t_ChatMessagePartFile,
    "toolCallRequest": _t_ChatMessagePartToolCallRequest,
}


def _s_AssistantMessagePart(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_AssistantMessagePart.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (AssistantMessagePart), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "AssistantMessagePart needs the 'type' key (one of ['text', 'file', 'toolCallRequest'])"
        )
    raise UnknownTagError(
        "AssistantMessagePart", "type", v["type"], ["text", "file", "toolCallRequest"]
    )


def _s_list_AssistantMessagePart(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_AssistantMessagePart(x) for x in v]


def _s_list_ChatMessagePartToolCallResult(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_ChatMessagePartToolCallResult(x) for x in v]


def _s_str_or_None(v: Any) -> Any:
    if type(v) is str:
        return v
    if v is None:
        return None
    raise TypeError("expected str | None, found " + _type_name(v))


def _s_dict_any(v: Any) -> Any:
    if not isinstance(v, dict):
        raise TypeError("expected an object, found " + _type_name(v))
    return dict(v)


def _s_dict_any_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_dict_any(v)
    if v is None:
        return None
    raise TypeError("expected dict[str, Any] | None, found " + _type_name(v))


def _s_ErrorDisplayDataSpecificModelUnloaded_or_ErrorD_2(v: Any) -> Any:
    if (
        isinstance(v, dict)
        and v.get("code", "generic.specificModelUnloaded") == "generic.specificModelUnloaded"
    ):
        return _s_ErrorDisplayDataSpecificModelUnloaded(v)
    if (
        isinstance(v, dict)
        and v.get("code", "generic.noModelMatchingQuery") == "generic.noModelMatchingQuery"
    ):
        return _s_ErrorDisplayDataNoModelMatchingQuery(v)
    if isinstance(v, dict) and v.get("code", "generic.pathNotFound") == "generic.pathNotFound":
        return _s_ErrorDisplayDataPathNotFound(v)
    if (
        isinstance(v, dict)
        and v.get("code", "generic.identifierNotFound") == "generic.identifierNotFound"
    ):
        return _s_ErrorDisplayDataIdentifierNotFound(v)
    if isinstance(v, dict) and v.get("code", "generic.domainMismatch") == "generic.domainMismatch":
        return _s_ErrorDisplayDataDomainMismatch(v)
    if (
        isinstance(v, dict)
        and v.get("code", "generic.engineDoesNotSupportFeature")
        == "generic.engineDoesNotSupportFeature"
    ):
        return _s_ErrorDisplayDataEngineDoesNotSupportFeature(v)
    if (
        isinstance(v, dict)
        and v.get("code", "generic.missingRuntimeExtension") == "generic.missingRuntimeExtension"
    ):
        return _s_ErrorDisplayDataMissingRuntimeExtension(v)
    if isinstance(v, dict) and v.get("code", "generic.presetNotFound") == "generic.presetNotFound":
        return _s_ErrorDisplayDataPresetNotFound(v)
    if v is None:
        return None
    raise TypeError(
        "expected ErrorDisplayDataSpecificModelUnloaded | ErrorDisplayDataNoModelMatchingQuery | ErrorDisplayDataPathNotFound | ErrorDisplayDataIdentifierNotFound | ErrorDisplayDataDomainMismatch | ErrorDisplayDataEngineDoesNotSupportFeature | ErrorDisplayDataMissingRuntimeExtension | ErrorDisplayDataPresetNotFound | None, found "
        + _type_name(v)
    )


def _s_list_str(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if type(x) is not str:
            raise _wrong(x, "a string")
    return list(v)


def _s_list_PresetSample(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_PresetSample(x) for x in v]


def _s_ModelDomainType_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if v is None:
        return None
    raise TypeError("expected ModelDomainType | None, found " + _type_name(v))


def _s_bool_or_None(v: Any) -> Any:
    if type(v) is bool:
        return v
    if v is None:
        return None
    raise TypeError("expected bool | None, found " + _type_name(v))


def _s_str_or_None_or_unset(v: Any) -> Any:
    if type(v) is str:
        return v
    if v is None:
        return None
    raise TypeError("expected str | None | Unset, found " + _type_name(v))


def _s_int_or_None(v: Any) -> Any:
    if type(v) is int:
        return v
    if v is None:
        return None
    raise TypeError("expected int | None, found " + _type_name(v))


def _s_GpuSetting_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_GpuSetting(v)
    if v is None:
        return None
    raise TypeError("expected GpuSetting | None, found " + _type_name(v))


def _s_float_or_None(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if v is None:
        return None
    raise TypeError("expected float | None, found " + _type_name(v))


def _s_list_KvConfigField(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_KvConfigField(x) for x in v]


def _s_list_KvConfigStackLayer(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_KvConfigStackLayer(x) for x in v]


def _s_int_or_lit_False_or_None(v: Any) -> Any:
    if type(v) is int:
        return v
    if isinstance(v, (str, int, float, bool)) and v in (False,):
        if v not in (False,) or type(v) not in (bool,):
            raise ValueError("expected one of [False], found " + repr(v))
        return v
    if v is None:
        return None
    raise TypeError("expected int | Literal[False] | None, found " + _type_name(v))


def _s_float_or_lit_False_or_None(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if isinstance(v, (str, int, float, bool)) and v in (False,):
        if v not in (False,) or type(v) not in (bool,):
            raise ValueError("expected one of [False], found " + repr(v))
        return v
    if v is None:
        return None
    raise TypeError("expected float | Literal[False] | None, found " + _type_name(v))


def _s_LlamaCacheQuantizationType_or_lit_False_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if isinstance(v, (str, int, float, bool)) and v in (False,):
        if v not in (False,) or type(v) not in (bool,):
            raise ValueError("expected one of [False], found " + repr(v))
        return v
    if v is None:
        return None
    raise TypeError(
        "expected LlamaCacheQuantizationType | Literal[False] | None, found " + _type_name(v)
    )


def _s_LlmLoadPromptTemplate_or_None(v: Any) -> Any:
    if isinstance(v, dict) and v.get("type", "jinja") == "jinja":
        return _s_LlmLoadPromptTemplate(v)
    if v is None:
        return None
    raise TypeError("expected LlmLoadPromptTemplate | None, found " + _type_name(v))


def _s_float_or_lit_max_off_or_None(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if isinstance(v, (str, int, float, bool)) and v in (
        "max",
        "off",
    ):
        if v not in (
            "max",
            "off",
        ) or type(v) not in (str,):
            raise ValueError("expected one of ['max', 'off'], found " + repr(v))
        return v
    if v is None:
        return None
    raise TypeError('expected float | Literal["max", "off"] | None, found ' + _type_name(v))


def _s_LlmSplitStrategy_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if v is None:
        return None
    raise TypeError("expected LlmSplitStrategy | None, found " + _type_name(v))


def _s_list_int(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if type(x) is not int:
            raise _wrong(x, "an integer")
    return list(v)


def _s_list_int_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_int(v)
    if v is None:
        return None
    raise TypeError("expected list[int] | None, found " + _type_name(v))


def _s_list_float(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if not isinstance(x, (int, float)) or isinstance(x, bool):
            raise _wrong(x, "a number")
    return list(v)


def _s_list_str_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_str(v)
    if v is None:
        return None
    raise TypeError("expected list[str] | None, found " + _type_name(v))


def _s_LlmContextOverflowPolicy_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if v is None:
        return None
    raise TypeError("expected LlmContextOverflowPolicy | None, found " + _type_name(v))


def _s_LlmStructuredPredictionSetting_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmStructuredPredictionSetting(v)
    if v is None:
        return None
    raise TypeError("expected LlmStructuredPredictionSetting | None, found " + _type_name(v))


def _s_LlmToolUseSettingNone_or_LlmToolUseSettingToolA_2(v: Any) -> Any:
    if isinstance(v, dict) and v.get("type", "none") == "none":
        return _s_LlmToolUseSettingNone(v)
    if isinstance(v, dict) and v.get("type", "toolArray") == "toolArray":
        return _s_LlmToolUseSettingToolArray(v)
    if v is None:
        return None
    raise TypeError(
        "expected LlmToolUseSettingNone | LlmToolUseSettingToolArray | None, found " + _type_name(v)
    )


def _s_LlmToolChoice_or_None(v: Any) -> Any:
    if isinstance(v, dict) and v.get("type", "generic") == "generic":
        return _s_LlmToolChoice(v)
    if v is None:
        return None
    raise TypeError("expected LlmToolChoice | None, found " + _type_name(v))


def _s_LlmToolNaming_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if v is None:
        return None
    raise TypeError("expected LlmToolNaming | None, found " + _type_name(v))


def _s_LlmReasoningParsing_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmReasoningParsing(v)
    if v is None:
        return None
    raise TypeError("expected LlmReasoningParsing | None, found " + _type_name(v))


def _s_LlmPromptTemplate_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmPromptTemplate(v)
    if v is None:
        return None
    raise TypeError("expected LlmPromptTemplate | None, found " + _type_name(v))


def _s_LlmManualPromptTemplate_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmManualPromptTemplate(v)
    if v is None:
        return None
    raise TypeError("expected LlmManualPromptTemplate | None, found " + _type_name(v))


def _s_LlmJinjaPromptTemplate_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmJinjaPromptTemplate(v)
    if v is None:
        return None
    raise TypeError("expected LlmJinjaPromptTemplate | None, found " + _type_name(v))


_TAGS_ModelInstanceInfo: Final[dict[Any, Callable[[Any], Any]]] = {
    "llm": _t_LlmInstanceInfo,
    "embedding": _t_EmbeddingModelInstanceInfo,
}


def _s_ModelInstanceInfo(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ModelInstanceInfo.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ModelInstanceInfo), found " + _type_name(v))
    if "type" not in v:
        raise KeyError("ModelInstanceInfo needs the 'type' key (one of ['llm', 'embedding'])")
    raise UnknownTagError("ModelInstanceInfo", "type", v["type"], ["llm", "embedding"])


_TAGS_ModelSpecifier: Final[dict[Any, Callable[[Any], Any]]] = {
    "query": _t_ModelSpecifierQuery,
    "instanceReference": _t_ModelSpecifierInstanceReference,
}


def _s_ModelSpecifier(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ModelSpecifier.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ModelSpecifier), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "ModelSpecifier needs the 'type' key (one of ['query', 'instanceReference'])"
        )
    raise UnknownTagError("ModelSpecifier", "type", v["type"], ["query", "instanceReference"])


def _s_DocumentParsingLibraryIdentifier_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_DocumentParsingLibraryIdentifier(v)
    if v is None:
        return None
    raise TypeError("expected DocumentParsingLibraryIdentifier | None, found " + _type_name(v))


def _s_list_InternalRetrievalResultEntry(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_InternalRetrievalResultEntry(x) for x in v]


def _s_int_or_list_int_or_None(v: Any) -> Any:
    if type(v) is int:
        return v
    if isinstance(v, list):
        return _s_list_int(v)
    if v is None:
        return None
    raise TypeError("expected int | list[int] | None, found " + _type_name(v))


def _s_LlmPromptProcessingDetails_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_LlmPromptProcessingDetails(v)
    if v is None:
        return None
    raise TypeError("expected LlmPromptProcessingDetails | None, found " + _type_name(v))


def _s_list_LlmPredictionToken(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_LlmPredictionToken(x) for x in v]


def _s_list_LlmPredictionToken_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_LlmPredictionToken(v)
    if v is None:
        return None
    raise TypeError("expected list[LlmPredictionToken] | None, found " + _type_name(v))


def _s_list_LlmTokenCandidate(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_LlmTokenCandidate(x) for x in v]


def _s_list_LlmTokenCandidate_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_LlmTokenCandidate(v)
    if v is None:
        return None
    raise TypeError("expected list[LlmTokenCandidate] | None, found " + _type_name(v))


def _s_list_LlmTool(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_LlmTool(x) for x in v]


def _s_list_LlmTool_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_LlmTool(v)
    if v is None:
        return None
    raise TypeError("expected list[LlmTool] | None, found " + _type_name(v))


def _s_ModelQuantization_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_ModelQuantization(v)
    if v is None:
        return None
    raise TypeError("expected ModelQuantization | None, found " + _type_name(v))


def _s_float_or_None_or_unset(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if v is None:
        return None
    raise TypeError("expected float | None | Unset, found " + _type_name(v))


def _s_RuntimeGpuTarget_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_RuntimeGpuTarget(v)
    if v is None:
        return None
    raise TypeError("expected RuntimeGpuTarget | None, found " + _type_name(v))


def _s_list_ModelFormatName(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if not isinstance(x, str):
            raise TypeError("expected a string (ModelFormatName), found " + _type_name(x))
    return list(v)


def _s_list_any(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return list(v)


def _s_list_list_any(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_list_any(x) for x in v]


def _s_list_RuntimeEngineSpecifier(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_RuntimeEngineSpecifier(x) for x in v]


def _s_list_CpuInstructionSetExtension(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if not isinstance(x, str):
            raise TypeError(
                "expected a string (CpuInstructionSetExtension), found " + _type_name(x)
            )
    return list(v)


def _s_CpuInfo_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_CpuInfo(v)
    if v is None:
        return None
    raise TypeError("expected CpuInfo | None, found " + _type_name(v))


def _s_dict_str(v: Any) -> Any:
    if not isinstance(v, dict):
        raise TypeError("expected an object, found " + _type_name(v))
    for x in v.values():
        if type(x) is not str:
            raise _wrong(x, "a string")
    return dict(v)


def _s_list_GpuInfo(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_GpuInfo(x) for x in v]


def _s_VisibleDevicesConfig_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_VisibleDevicesConfig(v)
    if v is None:
        return None
    raise TypeError("expected VisibleDevicesConfig | None, found " + _type_name(v))


def _s_list_EngineHardwareSurvey(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_EngineHardwareSurvey(x) for x in v]


_TAGS_RuntimeExtension: Final[dict[Any, Callable[[Any], Any]]] = {
    "engine": _t_RuntimeExtensionEngine,
    "framework": _t_RuntimeExtensionFramework,
}


def _s_RuntimeExtension(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_RuntimeExtension.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (RuntimeExtension), found " + _type_name(v))
    if "type" not in v:
        raise KeyError("RuntimeExtension needs the 'type' key (one of ['engine', 'framework'])")
    raise UnknownTagError("RuntimeExtension", "type", v["type"], ["engine", "framework"])


def _s_list_RuntimeExtension(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_RuntimeExtension(x) for x in v]


def _s_LlmToolParameters_or_None(v: Any) -> Any:
    if isinstance(v, dict) and v.get("type", "object") == "object":
        return _s_LlmToolParameters(v)
    if v is None:
        return None
    raise TypeError("expected LlmToolParameters | None, found " + _type_name(v))


def _s_ChatRole(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ChatRole), found " + _type_name(v))
    return v


def _s_FileType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (FileType), found " + _type_name(v))
    return v


_TAGS_ErrorDisplayData: Final[dict[Any, Callable[[Any], Any]]] = {
    "generic.specificModelUnloaded": _t_ErrorDisplayDataSpecificModelUnloaded,
    "generic.noModelMatchingQuery": _t_ErrorDisplayDataNoModelMatchingQuery,
    "generic.pathNotFound": _t_ErrorDisplayDataPathNotFound,
    "generic.identifierNotFound": _t_ErrorDisplayDataIdentifierNotFound,
    "generic.domainMismatch": _t_ErrorDisplayDataDomainMismatch,
    "generic.engineDoesNotSupportFeature": _t_ErrorDisplayDataEngineDoesNotSupportFeature,
    "generic.missingRuntimeExtension": _t_ErrorDisplayDataMissingRuntimeExtension,
    "generic.presetNotFound": _t_ErrorDisplayDataPresetNotFound,
}


def _s_ErrorDisplayData(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ErrorDisplayData.get(v.get("code", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ErrorDisplayData), found " + _type_name(v))
    if "code" not in v:
        raise KeyError(
            "ErrorDisplayData needs the 'code' key (one of ['generic.specificModelUnloaded', 'generic.noModelMatchingQuery', 'generic.pathNotFound', 'generic.identifierNotFound', 'generic.domainMismatch', 'generic.engineDoesNotSupportFeature', 'generic.missingRuntimeExtension', 'generic.presetNotFound'])"
        )
    raise UnknownTagError(
        "ErrorDisplayData",
        "code",
        v["code"],
        [
            "generic.specificModelUnloaded",
            "generic.noModelMatchingQuery",
            "generic.pathNotFound",
            "generic.identifierNotFound",
            "generic.domainMismatch",
            "generic.engineDoesNotSupportFeature",
            "generic.missingRuntimeExtension",
            "generic.presetNotFound",
        ],
    )


def _s_ModelDomainType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ModelDomainType), found " + _type_name(v))
    return v


def _s_KvConfigLayerName(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (KvConfigLayerName), found " + _type_name(v))
    return v


def _s_float_or_lit_max_off(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if isinstance(v, (str, int, float, bool)) and v in (
        "max",
        "off",
    ):
        if v not in (
            "max",
            "off",
        ) or type(v) not in (str,):
            raise ValueError("expected one of ['max', 'off'], found " + repr(v))
        return v
    raise TypeError('expected float | Literal["max", "off"], found ' + _type_name(v))


def _s_LlmSplitStrategy(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmSplitStrategy), found " + _type_name(v))
    return v


def _s_GpuSplitStrategy(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (GpuSplitStrategy), found " + _type_name(v))
    return v


def _s_LlamaCacheQuantizationType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlamaCacheQuantizationType), found " + _type_name(v))
    return v


def _s_LlmContextOverflowPolicy(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmContextOverflowPolicy), found " + _type_name(v))
    return v


def _s_LlmStructuredPredictionType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmStructuredPredictionType), found " + _type_name(v))
    return v


def _s_LlmPromptTemplateType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmPromptTemplateType), found " + _type_name(v))
    return v


def _s_LlmToolChoiceMode(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmToolChoiceMode), found " + _type_name(v))
    return v


def _s_LlmToolNaming(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmToolNaming), found " + _type_name(v))
    return v


_TAGS_EmbeddingGetOrLoadToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "alreadyLoaded": _t_EmbeddingGetOrLoadAlreadyLoadedPacket,
    "startLoading": _t_EmbeddingGetOrLoadStartLoadingPacket,
    "unloadingOtherJITModel": _t_EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    "loadProgress": _t_EmbeddingGetOrLoadLoadProgressPacket,
    "loadSuccess": _t_EmbeddingGetOrLoadLoadSuccessPacket,
}


def _s_EmbeddingGetOrLoadToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_EmbeddingGetOrLoadToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError(
            "expected an object (EmbeddingGetOrLoadToClientPacket), found " + _type_name(v)
        )
    if "type" not in v:
        raise KeyError(
            "EmbeddingGetOrLoadToClientPacket needs the 'type' key (one of ['alreadyLoaded', 'startLoading', 'unloadingOtherJITModel', 'loadProgress', 'loadSuccess'])"
        )
    raise UnknownTagError(
        "EmbeddingGetOrLoadToClientPacket",
        "type",
        v["type"],
        ["alreadyLoaded", "startLoading", "unloadingOtherJITModel", "loadProgress", "loadSuccess"],
    )


_TAGS_EmbeddingLoadModelToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "resolved": _t_EmbeddingLoadModelResolvedPacket,
    "progress": _t_EmbeddingLoadModelProgressPacket,
    "success": _t_EmbeddingLoadModelSuccessPacket,
}


def _s_EmbeddingLoadModelToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_EmbeddingLoadModelToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError(
            "expected an object (EmbeddingLoadModelToClientPacket), found " + _type_name(v)
        )
    if "type" not in v:
        raise KeyError(
            "EmbeddingLoadModelToClientPacket needs the 'type' key (one of ['resolved', 'progress', 'success'])"
        )
    raise UnknownTagError(
        "EmbeddingLoadModelToClientPacket", "type", v["type"], ["resolved", "progress", "success"]
    )


_TAGS_ParseDocumentToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "parserLoaded": _t_ParseDocumentParserLoadedPacket,
    "progress": _t_ParseDocumentProgressPacket,
    "result": _t_ParseDocumentResultPacket,
}


def _s_ParseDocumentToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ParseDocumentToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ParseDocumentToClientPacket), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "ParseDocumentToClientPacket needs the 'type' key (one of ['parserLoaded', 'progress', 'result'])"
        )
    raise UnknownTagError(
        "ParseDocumentToClientPacket", "type", v["type"], ["parserLoaded", "progress", "result"]
    )


def _s_RetrievalFileProcessingStep(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (RetrievalFileProcessingStep), found " + _type_name(v))
    return v


_TAGS_RetrieveToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "onFileProcessList": _t_RetrieveFileProcessListPacket,
    "onFileProcessingStart": _t_RetrieveFileProcessingStartPacket,
    "onFileProcessingEnd": _t_RetrieveFileProcessingEndPacket,
    "onFileProcessingStepStart": _t_RetrieveFileProcessingStepStartPacket,
    "onFileProcessingStepProgress": _t_RetrieveFileProcessingStepProgressPacket,
    "onFileProcessingStepEnd": _t_RetrieveFileProcessingStepEndPacket,
    "onSearchingStart": _t_RetrieveSearchingStartPacket,
    "onSearchingEnd": _t_RetrieveSearchingEndPacket,
    "result": _t_RetrieveResultPacket,
}


def _s_RetrieveToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_RetrieveToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (RetrieveToClientPacket), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "RetrieveToClientPacket needs the 'type' key (one of ['onFileProcessList', 'onFileProcessingStart', 'onFileProcessingEnd', 'onFileProcessingStepStart', 'onFileProcessingStepProgress', 'onFileProcessingStepEnd', 'onSearchingStart', 'onSearchingEnd', 'result'])"
        )
    raise UnknownTagError(
        "RetrieveToClientPacket",
        "type",
        v["type"],
        [
            "onFileProcessList",
            "onFileProcessingStart",
            "onFileProcessingEnd",
            "onFileProcessingStepStart",
            "onFileProcessingStepProgress",
            "onFileProcessingStepEnd",
            "onSearchingStart",
            "onSearchingEnd",
            "result",
        ],
    )


_TAGS_CompleteRawTextToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "fragment": _t_PredictFragmentPacket,
    "promptProcessingProgress": _t_PredictPromptProcessingProgressPacket,
    "success": _t_PredictSuccessPacket,
}


def _s_CompleteRawTextToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_CompleteRawTextToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError(
            "expected an object (CompleteRawTextToClientPacket), found " + _type_name(v)
        )
    if "type" not in v:
        raise KeyError(
            "CompleteRawTextToClientPacket needs the 'type' key (one of ['fragment', 'promptProcessingProgress', 'success'])"
        )
    raise UnknownTagError(
        "CompleteRawTextToClientPacket",
        "type",
        v["type"],
        ["fragment", "promptProcessingProgress", "success"],
    )


_TAGS_GetOrLoadToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "alreadyLoaded": _t_GetOrLoadAlreadyLoadedPacket,
    "startLoading": _t_GetOrLoadStartLoadingPacket,
    "unloadingOtherJITModel": _t_GetOrLoadUnloadingOtherJitModelPacket,
    "loadProgress": _t_GetOrLoadLoadProgressPacket,
    "loadSuccess": _t_GetOrLoadLoadSuccessPacket,
}


def _s_GetOrLoadToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_GetOrLoadToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (GetOrLoadToClientPacket), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "GetOrLoadToClientPacket needs the 'type' key (one of ['alreadyLoaded', 'startLoading', 'unloadingOtherJITModel', 'loadProgress', 'loadSuccess'])"
        )
    raise UnknownTagError(
        "GetOrLoadToClientPacket",
        "type",
        v["type"],
        ["alreadyLoaded", "startLoading", "unloadingOtherJITModel", "loadProgress", "loadSuccess"],
    )


_TAGS_LoadModelToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "resolved": _t_LoadModelResolvedPacket,
    "progress": _t_LoadModelProgressPacket,
    "success": _t_LoadModelSuccessPacket,
}


def _s_LoadModelToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_LoadModelToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (LoadModelToClientPacket), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "LoadModelToClientPacket needs the 'type' key (one of ['resolved', 'progress', 'success'])"
        )
    raise UnknownTagError(
        "LoadModelToClientPacket", "type", v["type"], ["resolved", "progress", "success"]
    )


_TAGS_PredictToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "fragment": _t_PredictFragmentPacket,
    "promptProcessingProgress": _t_PredictPromptProcessingProgressPacket,
    "toolCallGenerationStart": _t_PredictToolCallGenerationStartPacket,
    "toolCallGenerationNameReceived": _t_PredictToolCallGenerationNameReceivedPacket,
    "toolCallGenerationArgumentFragmentGenerated": _t_PredictToolCallGenerationArgumentFragmentGeneratedPacket,
    "toolCallGenerationEnd": _t_PredictToolCallGenerationEndPacket,
    "toolCallGenerationFailed": _t_PredictToolCallGenerationFailedPacket,
    "success": _t_PredictSuccessPacket,
}


def _s_PredictToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_PredictToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (PredictToClientPacket), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "PredictToClientPacket needs the 'type' key (one of ['fragment', 'promptProcessingProgress', 'toolCallGenerationStart', 'toolCallGenerationNameReceived', 'toolCallGenerationArgumentFragmentGenerated', 'toolCallGenerationEnd', 'toolCallGenerationFailed', 'success'])"
        )
    raise UnknownTagError(
        "PredictToClientPacket",
        "type",
        v["type"],
        [
            "fragment",
            "promptProcessingProgress",
            "toolCallGenerationStart",
            "toolCallGenerationNameReceived",
            "toolCallGenerationArgumentFragmentGenerated",
            "toolCallGenerationEnd",
            "toolCallGenerationFailed",
            "success",
        ],
    )


def _s_LlmReasoningType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmReasoningType), found " + _type_name(v))
    return v


def _s_LlmPredictionStopReason(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (LlmPredictionStopReason), found " + _type_name(v))
    return v


def _s_ModelInstanceProcessingStatus(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ModelInstanceProcessingStatus), found " + _type_name(v))
    return v


def _s_ModelMemoryEstimateConfidence(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ModelMemoryEstimateConfidence), found " + _type_name(v))
    return v


def _s_ModelCompatibilityType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ModelCompatibilityType), found " + _type_name(v))
    return v


_TAGS_ModelInfo: Final[dict[Any, Callable[[Any], Any]]] = {
    "llm": _t_LlmInfo,
    "embedding": _t_EmbeddingModelInfo,
}


def _s_ModelInfo(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ModelInfo.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ModelInfo), found " + _type_name(v))
    if "type" not in v:
        raise KeyError("ModelInfo needs the 'type' key (one of ['llm', 'embedding'])")
    raise UnknownTagError("ModelInfo", "type", v["type"], ["llm", "embedding"])


def _s_ModelFormatName(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (ModelFormatName), found " + _type_name(v))
    return v


_TAGS_SurveyHardwareParameter: Final[dict[Any, Callable[[Any], Any]]] = {
    "selected": _t_SurveyHardwareSelected,
    "all": _t_SurveyHardwareAll,
    "custom": _t_SurveyHardwareCustom,
}


def _s_SurveyHardwareParameter(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_SurveyHardwareParameter.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (SurveyHardwareParameter), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "SurveyHardwareParameter needs the 'type' key (one of ['selected', 'all', 'custom'])"
        )
    raise UnknownTagError(
        "SurveyHardwareParameter", "type", v["type"], ["selected", "all", "custom"]
    )


def _s_EngineCompatibilityStatus(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (EngineCompatibilityStatus), found " + _type_name(v))
    return v


def _s_SurveyResultCode(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (SurveyResultCode), found " + _type_name(v))
    return v


def _s_CpuArchitecture(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (CpuArchitecture), found " + _type_name(v))
    return v


def _s_CpuInstructionSetExtension(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (CpuInstructionSetExtension), found " + _type_name(v))
    return v


def _s_GpuDetectionPlatform(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (GpuDetectionPlatform), found " + _type_name(v))
    return v


def _s_GpuIntegrationType(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (GpuIntegrationType), found " + _type_name(v))
    return v


def _s_SurveyHardwareStatus(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (SurveyHardwareStatus), found " + _type_name(v))
    return v


_TAGS_DownloadRuntimeExtensionToClientPacket: Final[dict[Any, Callable[[Any], Any]]] = {
    "downloadProgress": _t_DownloadRuntimeExtensionProgressPacket,
    "startFinalizing": _t_DownloadRuntimeExtensionStartFinalizingPacket,
    "success": _t_DownloadRuntimeExtensionSuccessPacket,
}


def _s_DownloadRuntimeExtensionToClientPacket(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_DownloadRuntimeExtensionToClientPacket.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError(
            "expected an object (DownloadRuntimeExtensionToClientPacket), found " + _type_name(v)
        )
    if "type" not in v:
        raise KeyError(
            "DownloadRuntimeExtensionToClientPacket needs the 'type' key (one of ['downloadProgress', 'startFinalizing', 'success'])"
        )
    raise UnknownTagError(
        "DownloadRuntimeExtensionToClientPacket",
        "type",
        v["type"],
        ["downloadProgress", "startFinalizing", "success"],
    )


_TAGS_LlmToolUseSetting: Final[dict[Any, Callable[[Any], Any]]] = {
    "none": _t_LlmToolUseSettingNone,
    "toolArray": _t_LlmToolUseSettingToolArray,
}


def _s_LlmToolUseSetting(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_LlmToolUseSetting.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (LlmToolUseSetting), found " + _type_name(v))
    if "type" not in v:
        raise KeyError("LlmToolUseSetting needs the 'type' key (one of ['none', 'toolArray'])")
    raise UnknownTagError("LlmToolUseSetting", "type", v["type"], ["none", "toolArray"])


_TAGS_ClientMessage: Final[dict[Any, Callable[[Any], Any]]] = {
    "channelCreate": _t_ChannelCreate,
    "channelSend": _t_ClientChannelSend,
    "channelAck": _t_ClientChannelAck,
    "rpcCall": _t_RpcCall,
    "signalSubscribe": _t_SignalSubscribe,
    "signalUnsubscribe": _t_SignalUnsubscribe,
    "writableSignalSubscribe": _t_WritableSignalSubscribe,
    "writableSignalUnsubscribe": _t_WritableSignalUnsubscribe,
    "writableSignalUpdate": _t_ClientWritableSignalUpdate,
    "keepAlive": _t_KeepAlive,
    "communicationWarning": _t_CommunicationWarning,
}


def _s_ClientMessage(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ClientMessage.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ClientMessage), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "ClientMessage needs the 'type' key (one of ['channelCreate', 'channelSend', 'channelAck', 'rpcCall', 'signalSubscribe', 'signalUnsubscribe', 'writableSignalSubscribe', 'writableSignalUnsubscribe', 'writableSignalUpdate', 'keepAlive', 'communicationWarning'])"
        )
    raise UnknownTagError(
        "ClientMessage",
        "type",
        v["type"],
        [
            "channelCreate",
            "channelSend",
            "channelAck",
            "rpcCall",
            "signalSubscribe",
            "signalUnsubscribe",
            "writableSignalSubscribe",
            "writableSignalUnsubscribe",
            "writableSignalUpdate",
            "keepAlive",
            "communicationWarning",
        ],
    )


_TAGS_ServerMessage: Final[dict[Any, Callable[[Any], Any]]] = {
    "channelSend": _t_ServerChannelSend,
    "channelAck": _t_ServerChannelAck,
    "channelClose": _t_ChannelClose,
    "channelError": _t_ChannelError,
    "rpcResult": _t_RpcResult,
    "rpcError": _t_RpcError,
    "signalUpdate": _t_SignalUpdate,
    "signalError": _t_SignalError,
    "writableSignalUpdate": _t_ServerWritableSignalUpdate,
    "writableSignalError": _t_WritableSignalError,
    "keepAliveAck": _t_KeepAliveAck,
    "communicationWarning": _t_CommunicationWarning,
}


def _s_ServerMessage(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_ServerMessage.get(v.get("type", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (ServerMessage), found " + _type_name(v))
    if "type" not in v:
        raise KeyError(
            "ServerMessage needs the 'type' key (one of ['channelSend', 'channelAck', 'channelClose', 'channelError', 'rpcResult', 'rpcError', 'signalUpdate', 'signalError', 'writableSignalUpdate', 'writableSignalError', 'keepAliveAck', 'communicationWarning'])"
        )
    raise UnknownTagError(
        "ServerMessage",
        "type",
        v["type"],
        [
            "channelSend",
            "channelAck",
            "channelClose",
            "channelError",
            "rpcResult",
            "rpcError",
            "signalUpdate",
            "signalError",
            "writableSignalUpdate",
            "writableSignalError",
            "keepAliveAck",
            "communicationWarning",
        ],
    )


def _s_CaptureOrigin(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (CaptureOrigin), found " + _type_name(v))
    return v


def _s_list_EmbeddingModelInstanceInfo(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_EmbeddingModelInstanceInfo(x) for x in v]


def _s_list_LlmInstanceInfo(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_LlmInstanceInfo(x) for x in v]


def _s_list_RuntimeEngineInfo(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_RuntimeEngineInfo(x) for x in v]


def _s_SurveyHardwareSelected_or_SurveyHardwareAll_or__2(v: Any) -> Any:
    if isinstance(v, dict) and v.get("type", "selected") == "selected":
        return _s_SurveyHardwareSelected(v)
    if isinstance(v, dict) and v.get("type", "all") == "all":
        return _s_SurveyHardwareAll(v)
    if isinstance(v, dict) and v.get("type", "custom") == "custom":
        return _s_SurveyHardwareCustom(v)
    if v is None:
        return None
    raise TypeError(
        "expected SurveyHardwareSelected | SurveyHardwareAll | SurveyHardwareCustom | None, found "
        + _type_name(v)
    )


def _s_list_ModelInfo(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_ModelInfo(x) for x in v]


def _u_ChatHistoryData(o: ChatHistoryData) -> dict[str, Any]:
    d: dict[str, Any] = {"messages": [_u_any(x) for x in o.messages]}
    return d


def _u_ChatMessageSystem(o: ChatMessageSystem) -> dict[str, Any]:
    d: dict[str, Any] = {"role": o.role, "content": [_u_any(x) for x in o.content]}
    return d


def _u_ChatMessageUser(o: ChatMessageUser) -> dict[str, Any]:
    d: dict[str, Any] = {"role": o.role, "content": [_u_any(x) for x in o.content]}
    return d


def _u_ChatMessageAssistant(o: ChatMessageAssistant) -> dict[str, Any]:
    d: dict[str, Any] = {"role": o.role, "content": [_u_any(x) for x in o.content]}
    return d


def _u_ChatMessageTool(o: ChatMessageTool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "role": o.role,
        "content": [_u_ChatMessagePartToolCallResult(x) for x in o.content],
    }
    return d


def _u_ChatMessagePartText(o: ChatMessagePartText) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "text": o.text}
    return d


def _u_ChatMessagePartFile(o: ChatMessagePartFile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "name": o.name,
        "identifier": o.identifier,
        "sizeBytes": o.size_bytes,
        "fileType": o.file_type,
    }
    return d


def _u_ChatMessagePartToolCallRequest(o: ChatMessagePartToolCallRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "toolCallRequest": _u_ToolCallRequest(o.tool_call_request)}
    return d


def _u_ChatMessagePartToolCallResult(o: ChatMessagePartToolCallResult) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "content": o.content}
    x_tool_call_id = o.tool_call_id
    if x_tool_call_id is not None:
        d["toolCallId"] = x_tool_call_id
    x_name = o.name
    if x_name is not None:
        d["name"] = x_name
    return d


def _u_SerializedError(o: SerializedError) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_title = o.title
    if x_title is not None:
        d["title"] = x_title
    x_root_title = o.root_title
    if x_root_title is not None:
        d["rootTitle"] = x_root_title
    x_cause = o.cause
    if x_cause is not None:
        d["cause"] = x_cause
    x_suggestion = o.suggestion
    if x_suggestion is not None:
        d["suggestion"] = x_suggestion
    x_error_data = o.error_data
    if x_error_data is not None:
        d["errorData"] = {
            k: x if type(x) in _PRIMITIVES else _u_any(x) for k, x in x_error_data.items()
        }
    x_display_data = o.display_data
    if x_display_data is not None:
        d["displayData"] = _u_any(x_display_data)
    x_stack = o.stack
    if x_stack is not None:
        d["stack"] = x_stack
    return d


def _u_ErrorDisplayDataSpecificModelUnloaded(
    o: ErrorDisplayDataSpecificModelUnloaded,
) -> dict[str, Any]:
    d: dict[str, Any] = {"code": o.code}
    return d


def _u_ErrorDisplayDataNoModelMatchingQuery(
    o: ErrorDisplayDataNoModelMatchingQuery,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "query": _u_ModelQuery(o.query),
        "loadedModelsSample": list(o.loaded_models_sample),
        "totalLoadedModels": o.total_loaded_models,
    }
    return d


def _u_ErrorDisplayDataPathNotFound(o: ErrorDisplayDataPathNotFound) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "path": o.path,
        "availablePathsSample": list(o.available_paths_sample),
        "totalModels": o.total_models,
    }
    return d


def _u_ErrorDisplayDataIdentifierNotFound(o: ErrorDisplayDataIdentifierNotFound) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "identifier": o.identifier,
        "loadedModelsSample": list(o.loaded_models_sample),
        "totalLoadedModels": o.total_loaded_models,
    }
    return d


def _u_ErrorDisplayDataDomainMismatch(o: ErrorDisplayDataDomainMismatch) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "path": o.path,
        "actualDomain": o.actual_domain,
        "expectedDomain": o.expected_domain,
    }
    return d


def _u_ErrorDisplayDataEngineDoesNotSupportFeature(
    o: ErrorDisplayDataEngineDoesNotSupportFeature,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "feature": o.feature,
        "engineName": o.engine_name,
        "engineType": o.engine_type,
        "installedVersion": o.installed_version,
        "supportedVersion": o.supported_version,
    }
    return d


def _u_ErrorDisplayDataMissingRuntimeExtension(
    o: ErrorDisplayDataMissingRuntimeExtension,
) -> dict[str, Any]:
    d: dict[str, Any] = {"code": o.code}
    return d


def _u_ErrorDisplayDataPresetNotFound(o: ErrorDisplayDataPresetNotFound) -> dict[str, Any]:
    d: dict[str, Any] = {
        "code": o.code,
        "specifiedFuzzyPresetIdentifier": o.specified_fuzzy_preset_identifier,
        "availablePresetsSample": [_u_PresetSample(x) for x in o.available_presets_sample],
        "totalAvailablePresets": o.total_available_presets,
    }
    return d


def _u_PresetSample(o: PresetSample) -> dict[str, Any]:
    d: dict[str, Any] = {"identifier": o.identifier, "name": o.name}
    return d


def _u_ModelQuery(o: ModelQuery) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_domain = o.domain
    if x_domain is not None:
        d["domain"] = x_domain
    x_identifier = o.identifier
    if x_identifier is not None:
        d["identifier"] = x_identifier
    x_path = o.path
    if x_path is not None:
        d["path"] = x_path
    x_vision = o.vision
    if x_vision is not None:
        d["vision"] = x_vision
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    return d


def _u_ModelSpecifierQuery(o: ModelSpecifierQuery) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "query": _u_ModelQuery(o.query)}
    return d


def _u_ModelSpecifierInstanceReference(o: ModelSpecifierInstanceReference) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "instanceReference": o.instance_reference}
    return d


def _u_EmbeddingLoadModelConfig(o: EmbeddingLoadModelConfig) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_context_length = o.context_length
    if x_context_length is not None:
        d["contextLength"] = x_context_length
    x_gpu = o.gpu
    if x_gpu is not None:
        d["gpu"] = _u_GpuSetting(x_gpu)
    x_rope_frequency_base = o.rope_frequency_base
    if x_rope_frequency_base is not None:
        d["ropeFrequencyBase"] = x_rope_frequency_base
    x_rope_frequency_scale = o.rope_frequency_scale
    if x_rope_frequency_scale is not None:
        d["ropeFrequencyScale"] = x_rope_frequency_scale
    x_keep_model_in_memory = o.keep_model_in_memory
    if x_keep_model_in_memory is not None:
        d["keepModelInMemory"] = x_keep_model_in_memory
    x_try_mmap = o.try_mmap
    if x_try_mmap is not None:
        d["tryMmap"] = x_try_mmap
    return d


def _u_KvConfigField(o: KvConfigField) -> dict[str, Any]:
    d: dict[str, Any] = {"key": o.key}
    x_value = o.value
    if x_value is not UNSET:
        d["value"] = x_value if type(x_value) in _PRIMITIVES else _u_any(x_value)
    return d


def _u_KvConfig(o: KvConfig) -> dict[str, Any]:
    d: dict[str, Any] = {"fields": [_u_KvConfigField(x) for x in o.fields]}
    return d


def _u_KvConfigStackLayer(o: KvConfigStackLayer) -> dict[str, Any]:
    d: dict[str, Any] = {"layerName": o.layer_name, "config": _u_KvConfig(o.config)}
    return d


def _u_KvConfigStack(o: KvConfigStack) -> dict[str, Any]:
    d: dict[str, Any] = {"layers": [_u_KvConfigStackLayer(x) for x in o.layers]}
    return d


def _u_LlmLoadModelConfig(o: LlmLoadModelConfig) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_context_length = o.context_length
    if x_context_length is not None:
        d["contextLength"] = x_context_length
    x_gpu = o.gpu
    if x_gpu is not None:
        d["gpu"] = _u_GpuSetting(x_gpu)
    x_gpu_strict_vram_cap = o.gpu_strict_vram_cap
    if x_gpu_strict_vram_cap is not None:
        d["gpuStrictVramCap"] = x_gpu_strict_vram_cap
    x_offload_kv_cache_to_gpu = o.offload_kv_cache_to_gpu
    if x_offload_kv_cache_to_gpu is not None:
        d["offloadKVCacheToGpu"] = x_offload_kv_cache_to_gpu
    x_seed = o.seed
    if x_seed is not None:
        d["seed"] = x_seed
    x_rope_frequency_base = o.rope_frequency_base
    if x_rope_frequency_base is not None:
        d["ropeFrequencyBase"] = x_rope_frequency_base
    x_rope_frequency_scale = o.rope_frequency_scale
    if x_rope_frequency_scale is not None:
        d["ropeFrequencyScale"] = x_rope_frequency_scale
    x_eval_batch_size = o.eval_batch_size
    if x_eval_batch_size is not None:
        d["evalBatchSize"] = x_eval_batch_size
    x_flash_attention = o.flash_attention
    if x_flash_attention is not None:
        d["flashAttention"] = x_flash_attention
    x_keep_model_in_memory = o.keep_model_in_memory
    if x_keep_model_in_memory is not None:
        d["keepModelInMemory"] = x_keep_model_in_memory
    x_use_fp16_for_kv_cache = o.use_fp16_for_kv_cache
    if x_use_fp16_for_kv_cache is not None:
        d["useFp16ForKVCache"] = x_use_fp16_for_kv_cache
    x_try_mmap = o.try_mmap
    if x_try_mmap is not None:
        d["tryMmap"] = x_try_mmap
    x_num_experts = o.num_experts
    if x_num_experts is not None:
        d["numExperts"] = x_num_experts
    x_llama_k_cache_quantization_type = o.llama_k_cache_quantization_type
    if x_llama_k_cache_quantization_type is not None:
        d["llamaKCacheQuantizationType"] = x_llama_k_cache_quantization_type
    x_llama_v_cache_quantization_type = o.llama_v_cache_quantization_type
    if x_llama_v_cache_quantization_type is not None:
        d["llamaVCacheQuantizationType"] = x_llama_v_cache_quantization_type
    x_max_parallel_predictions = o.max_parallel_predictions
    if x_max_parallel_predictions is not None:
        d["maxParallelPredictions"] = x_max_parallel_predictions
    x_physical_batch_size = o.physical_batch_size
    if x_physical_batch_size is not None:
        d["physicalBatchSize"] = x_physical_batch_size
    x_use_unified_kv_cache = o.use_unified_kv_cache
    if x_use_unified_kv_cache is not None:
        d["useUnifiedKvCache"] = x_use_unified_kv_cache
    x_try_direct_io = o.try_direct_io
    if x_try_direct_io is not None:
        d["tryDirectIO"] = x_try_direct_io
    x_auto_fit = o.auto_fit
    if x_auto_fit is not None:
        d["autoFit"] = x_auto_fit
    x_auto_fit_min_context_length = o.auto_fit_min_context_length
    if x_auto_fit_min_context_length is not None:
        d["autoFitMinContextLength"] = x_auto_fit_min_context_length
    x_context_checkpoints = o.context_checkpoints
    if x_context_checkpoints is not None:
        d["contextCheckpoints"] = x_context_checkpoints
    x_reasoning_budget_message = o.reasoning_budget_message
    if x_reasoning_budget_message is not None:
        d["reasoningBudgetMessage"] = x_reasoning_budget_message
    x_speculative_draft_model = o.speculative_draft_model
    if x_speculative_draft_model is not None:
        d["speculativeDraftModel"] = x_speculative_draft_model
    x_speculative_draft_mtp = o.speculative_draft_mtp
    if x_speculative_draft_mtp is not None:
        d["speculativeDraftMtp"] = x_speculative_draft_mtp
    x_speculative_draft_simple = o.speculative_draft_simple
    if x_speculative_draft_simple is not None:
        d["speculativeDraftSimple"] = x_speculative_draft_simple
    x_speculative_draft_max_tokens = o.speculative_draft_max_tokens
    if x_speculative_draft_max_tokens is not None:
        d["speculativeDraftMaxTokens"] = x_speculative_draft_max_tokens
    x_speculative_draft_min_tokens = o.speculative_draft_min_tokens
    if x_speculative_draft_min_tokens is not None:
        d["speculativeDraftMinTokens"] = x_speculative_draft_min_tokens
    x_speculative_draft_min_continue_probability = o.speculative_draft_min_continue_probability
    if x_speculative_draft_min_continue_probability is not None:
        d["speculativeDraftMinContinueProbability"] = x_speculative_draft_min_continue_probability
    x_mlx_disk_cache = o.mlx_disk_cache
    if x_mlx_disk_cache is not None:
        d["mlxDiskCache"] = x_mlx_disk_cache
    x_prompt_template = o.prompt_template
    if x_prompt_template is not None:
        d["promptTemplate"] = _u_LlmLoadPromptTemplate(x_prompt_template)
    return d


def _u_GpuSetting(o: GpuSetting) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_ratio = o.ratio
    if x_ratio is not None:
        d["ratio"] = x_ratio
    x_main_gpu = o.main_gpu
    if x_main_gpu is not None:
        d["mainGpu"] = x_main_gpu
    x_split_strategy = o.split_strategy
    if x_split_strategy is not None:
        d["splitStrategy"] = x_split_strategy
    x_disabled_gpus = o.disabled_gpus
    if x_disabled_gpus is not None:
        d["disabledGpus"] = list(x_disabled_gpus)
    return d


def _u_GpuSplitConfig(o: GpuSplitConfig) -> dict[str, Any]:
    d: dict[str, Any] = {
        "strategy": o.strategy,
        "disabledGpus": list(o.disabled_gpus),
        "priority": list(o.priority),
        "customRatio": list(o.custom_ratio),
    }
    return d


def _u_LlmLoadPromptTemplate(o: LlmLoadPromptTemplate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "jinjaPromptTemplate": _u_LlmJinjaPromptTemplate(o.jinja_prompt_template),
    }
    return d


def _u_LlmPredictionConfig(o: LlmPredictionConfig) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_temperature = o.temperature
    if x_temperature is not None:
        d["temperature"] = x_temperature
    x_max_tokens = o.max_tokens
    if x_max_tokens is not None:
        d["maxTokens"] = x_max_tokens
    x_stop_strings = o.stop_strings
    if x_stop_strings is not None:
        d["stopStrings"] = list(x_stop_strings)
    x_tool_call_stop_strings = o.tool_call_stop_strings
    if x_tool_call_stop_strings is not None:
        d["toolCallStopStrings"] = list(x_tool_call_stop_strings)
    x_context_overflow_policy = o.context_overflow_policy
    if x_context_overflow_policy is not None:
        d["contextOverflowPolicy"] = x_context_overflow_policy
    x_structured = o.structured
    if x_structured is not None:
        d["structured"] = _u_LlmStructuredPredictionSetting(x_structured)
    x_raw_tools = o.raw_tools
    if x_raw_tools is not None:
        d["rawTools"] = _u_any(x_raw_tools)
    x_tool_choice = o.tool_choice
    if x_tool_choice is not None:
        d["toolChoice"] = _u_LlmToolChoice(x_tool_choice)
    x_tool_naming = o.tool_naming
    if x_tool_naming is not None:
        d["toolNaming"] = x_tool_naming
    x_top_k_sampling = o.top_k_sampling
    if x_top_k_sampling is not None:
        d["topKSampling"] = x_top_k_sampling
    x_top_p_sampling = o.top_p_sampling
    if x_top_p_sampling is not None:
        d["topPSampling"] = x_top_p_sampling
    x_min_p_sampling = o.min_p_sampling
    if x_min_p_sampling is not None:
        d["minPSampling"] = x_min_p_sampling
    x_repeat_penalty = o.repeat_penalty
    if x_repeat_penalty is not None:
        d["repeatPenalty"] = x_repeat_penalty
    x_presence_penalty = o.presence_penalty
    if x_presence_penalty is not None:
        d["presencePenalty"] = x_presence_penalty
    x_xtc_probability = o.xtc_probability
    if x_xtc_probability is not None:
        d["xtcProbability"] = x_xtc_probability
    x_xtc_threshold = o.xtc_threshold
    if x_xtc_threshold is not None:
        d["xtcThreshold"] = x_xtc_threshold
    x_log_probs = o.log_probs
    if x_log_probs is not None:
        d["logProbs"] = x_log_probs
    x_cpu_threads = o.cpu_threads
    if x_cpu_threads is not None:
        d["cpuThreads"] = x_cpu_threads
    x_enable_thinking = o.enable_thinking
    if x_enable_thinking is not None:
        d["enableThinking"] = x_enable_thinking
    x_reasoning_budget = o.reasoning_budget
    if x_reasoning_budget is not None:
        d["reasoningBudget"] = x_reasoning_budget
    x_reasoning_parsing = o.reasoning_parsing
    if x_reasoning_parsing is not None:
        d["reasoningParsing"] = _u_LlmReasoningParsing(x_reasoning_parsing)
    x_prompt_template = o.prompt_template
    if x_prompt_template is not None:
        d["promptTemplate"] = _u_LlmPromptTemplate(x_prompt_template)
    x_draft_model = o.draft_model
    if x_draft_model is not None:
        d["draftModel"] = x_draft_model
    x_speculative_decoding_num_draft_tokens_exact = o.speculative_decoding_num_draft_tokens_exact
    if x_speculative_decoding_num_draft_tokens_exact is not None:
        d["speculativeDecodingNumDraftTokensExact"] = x_speculative_decoding_num_draft_tokens_exact
    x_speculative_decoding_min_draft_length_to_consider = (
        o.speculative_decoding_min_draft_length_to_consider
    )
    if x_speculative_decoding_min_draft_length_to_consider is not None:
        d["speculativeDecodingMinDraftLengthToConsider"] = (
            x_speculative_decoding_min_draft_length_to_consider
        )
    x_speculative_decoding_min_continue_drafting_probability = (
        o.speculative_decoding_min_continue_drafting_probability
    )
    if x_speculative_decoding_min_continue_drafting_probability is not None:
        d["speculativeDecodingMinContinueDraftingProbability"] = (
            x_speculative_decoding_min_continue_drafting_probability
        )
    x_user_max_image_dimension_pixels = o.user_max_image_dimension_pixels
    if x_user_max_image_dimension_pixels is not None:
        d["userMaxImageDimensionPixels"] = x_user_max_image_dimension_pixels
    x_ignore_model_preferred_max_image_dimension = o.ignore_model_preferred_max_image_dimension
    if x_ignore_model_preferred_max_image_dimension is not None:
        d["ignoreModelPreferredMaxImageDimension"] = x_ignore_model_preferred_max_image_dimension
    return d


def _u_LlmStructuredPredictionSetting(o: LlmStructuredPredictionSetting) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    x_json_schema = o.json_schema
    if x_json_schema is not UNSET:
        d["jsonSchema"] = (
            x_json_schema if type(x_json_schema) in _PRIMITIVES else _u_any(x_json_schema)
        )
    x_gbnf_grammar = o.gbnf_grammar
    if x_gbnf_grammar is not None:
        d["gbnfGrammar"] = x_gbnf_grammar
    return d


def _u_LlmReasoningParsing(o: LlmReasoningParsing) -> dict[str, Any]:
    d: dict[str, Any] = {
        "enabled": o.enabled,
        "startString": o.start_string,
        "endString": o.end_string,
    }
    return d


def _u_LlmManualPromptTemplate(o: LlmManualPromptTemplate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "beforeSystem": o.before_system,
        "afterSystem": o.after_system,
        "beforeUser": o.before_user,
        "afterUser": o.after_user,
        "beforeAssistant": o.before_assistant,
        "afterAssistant": o.after_assistant,
    }
    return d


def _u_LlmJinjaPromptTemplate(o: LlmJinjaPromptTemplate) -> dict[str, Any]:
    d: dict[str, Any] = {"template": o.template}
    return d


def _u_LlmPromptTemplate(o: LlmPromptTemplate) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "stopStrings": list(o.stop_strings)}
    x_manual_prompt_template = o.manual_prompt_template
    if x_manual_prompt_template is not None:
        d["manualPromptTemplate"] = _u_LlmManualPromptTemplate(x_manual_prompt_template)
    x_jinja_prompt_template = o.jinja_prompt_template
    if x_jinja_prompt_template is not None:
        d["jinjaPromptTemplate"] = _u_LlmJinjaPromptTemplate(x_jinja_prompt_template)
    return d


def _u_LlmToolChoice(o: LlmToolChoice) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "mode": o.mode}
    return d


def _u_EmbeddingGetOrLoadAlreadyLoadedPacket(
    o: EmbeddingGetOrLoadAlreadyLoadedPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_EmbeddingModelInstanceInfo(o.info)}
    return d


def _u_EmbeddingGetOrLoadStartLoadingPacket(
    o: EmbeddingGetOrLoadStartLoadingPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "identifier": o.identifier,
        "info": _u_EmbeddingModelInfo(o.info),
    }
    return d


def _u_EmbeddingGetOrLoadUnloadingOtherJitModelPacket(
    o: EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_any(o.info)}
    return d


def _u_EmbeddingGetOrLoadLoadProgressPacket(
    o: EmbeddingGetOrLoadLoadProgressPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    return d


def _u_EmbeddingGetOrLoadLoadSuccessPacket(
    o: EmbeddingGetOrLoadLoadSuccessPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_EmbeddingModelInstanceInfo(o.info)}
    return d


def _u_EmbeddingLoadModelCreationParameter(
    o: EmbeddingLoadModelCreationParameter,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "modelKey": o.model_key,
        "loadConfigStack": _u_KvConfigStack(o.load_config_stack),
    }
    x_identifier = o.identifier
    if x_identifier is not None:
        d["identifier"] = x_identifier
    x_ttl_ms = o.ttl_ms
    if x_ttl_ms is not None:
        d["ttlMs"] = x_ttl_ms
    return d


def _u_EmbeddingLoadModelResolvedPacket(o: EmbeddingLoadModelResolvedPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_EmbeddingModelInfo(o.info)}
    x_ambiguous = o.ambiguous
    if x_ambiguous is not None:
        d["ambiguous"] = list(x_ambiguous)
    return d


def _u_EmbeddingLoadModelProgressPacket(o: EmbeddingLoadModelProgressPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    return d


def _u_EmbeddingLoadModelSuccessPacket(o: EmbeddingLoadModelSuccessPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_EmbeddingModelInstanceInfo(o.info)}
    return d


def _u_EmbedStringParameter(o: EmbedStringParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"modelSpecifier": _u_any(o.model_specifier), "inputString": o.input_string}
    return d


def _u_EmbedStringResult(o: EmbedStringResult) -> dict[str, Any]:
    d: dict[str, Any] = {"embedding": list(o.embedding)}
    return d


def _u_UploadFileBase64Parameter(o: UploadFileBase64Parameter) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name, "contentBase64": o.content_base64}
    return d


def _u_UploadFileBase64Result(o: UploadFileBase64Result) -> dict[str, Any]:
    d: dict[str, Any] = {
        "identifier": o.identifier,
        "fileType": o.file_type,
        "sizeBytes": o.size_bytes,
    }
    return d


def _u_DocumentParsingLibraryIdentifier(o: DocumentParsingLibraryIdentifier) -> dict[str, Any]:
    d: dict[str, Any] = {"library": o.library, "version": o.version}
    return d


def _u_DocumentParsingOpts(o: DocumentParsingOpts) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_parser_id = o.parser_id
    if x_parser_id is not None:
        d["parserId"] = _u_DocumentParsingLibraryIdentifier(x_parser_id)
    return d


def _u_GetDocumentParsingLibraryParameter(o: GetDocumentParsingLibraryParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"fileIdentifier": o.file_identifier}
    return d


def _u_ParseDocumentCreationParameter(o: ParseDocumentCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "fileIdentifier": o.file_identifier,
        "parseOpts": _u_DocumentParsingOpts(o.parse_opts),
    }
    return d


def _u_ParseDocumentParserLoadedPacket(o: ParseDocumentParserLoadedPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "parser": _u_DocumentParsingLibraryIdentifier(o.parser)}
    return d


def _u_ParseDocumentProgressPacket(o: ParseDocumentProgressPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    return d


def _u_ParseDocumentResultPacket(o: ParseDocumentResultPacket) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "content": o.content,
        "parser": _u_DocumentParsingLibraryIdentifier(o.parser),
    }
    return d


def _u_ParseDocumentCancelPacket(o: ParseDocumentCancelPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_RetrieveCreationParameter(o: RetrieveCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "query": o.query,
        "fileIdentifiers": list(o.file_identifiers),
        "config": _u_KvConfig(o.config),
    }
    return d


def _u_RetrieveFileProcessListPacket(o: RetrieveFileProcessListPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "indices": list(o.indices)}
    return d


def _u_RetrieveFileProcessingStartPacket(o: RetrieveFileProcessingStartPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "index": o.index}
    return d


def _u_RetrieveFileProcessingEndPacket(o: RetrieveFileProcessingEndPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "index": o.index}
    return d


def _u_RetrieveFileProcessingStepStartPacket(
    o: RetrieveFileProcessingStepStartPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "index": o.index, "step": o.step}
    return d


def _u_RetrieveFileProcessingStepProgressPacket(
    o: RetrieveFileProcessingStepProgressPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "index": o.index, "step": o.step, "progress": o.progress}
    return d


def _u_RetrieveFileProcessingStepEndPacket(
    o: RetrieveFileProcessingStepEndPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "index": o.index, "step": o.step}
    return d


def _u_RetrieveSearchingStartPacket(o: RetrieveSearchingStartPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_RetrieveSearchingEndPacket(o: RetrieveSearchingEndPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_RetrieveResultPacket(o: RetrieveResultPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "result": _u_InternalRetrievalResult(o.result)}
    return d


def _u_InternalRetrievalResult(o: InternalRetrievalResult) -> dict[str, Any]:
    d: dict[str, Any] = {"entries": [_u_InternalRetrievalResultEntry(x) for x in o.entries]}
    return d


def _u_InternalRetrievalResultEntry(o: InternalRetrievalResultEntry) -> dict[str, Any]:
    d: dict[str, Any] = {"content": o.content, "score": o.score, "sourceIndex": o.source_index}
    x_page_number = o.page_number
    if x_page_number is not None:
        d["pageNumber"] = _u_any(x_page_number)
    x_line_number = o.line_number
    if x_line_number is not None:
        d["lineNumber"] = _u_any(x_line_number)
    return d


def _u_RetrieveStopPacket(o: RetrieveStopPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_CompleteRawTextCreationParameter(o: CompleteRawTextCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "modelSpecifier": _u_any(o.model_specifier),
        "rawPrompt": o.raw_prompt,
        "predictionConfigStack": _u_KvConfigStack(o.prediction_config_stack),
    }
    x_fuzzy_preset_identifier = o.fuzzy_preset_identifier
    if x_fuzzy_preset_identifier is not None:
        d["fuzzyPresetIdentifier"] = x_fuzzy_preset_identifier
    x_ignore_server_session_config = o.ignore_server_session_config
    if x_ignore_server_session_config is not None:
        d["ignoreServerSessionConfig"] = x_ignore_server_session_config
    return d


def _u_GetOrLoadCreationParameter(o: GetOrLoadCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "identifier": o.identifier,
        "loadConfigStack": _u_KvConfigStack(o.load_config_stack),
    }
    x_load_ttl_ms = o.load_ttl_ms
    if x_load_ttl_ms is not None:
        d["loadTtlMs"] = x_load_ttl_ms
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    return d


def _u_GetOrLoadAlreadyLoadedPacket(o: GetOrLoadAlreadyLoadedPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_LlmInstanceInfo(o.info)}
    return d


def _u_GetOrLoadStartLoadingPacket(o: GetOrLoadStartLoadingPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "identifier": o.identifier, "info": _u_LlmInfo(o.info)}
    return d


def _u_GetOrLoadUnloadingOtherJitModelPacket(
    o: GetOrLoadUnloadingOtherJitModelPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_any(o.info)}
    return d


def _u_GetOrLoadLoadProgressPacket(o: GetOrLoadLoadProgressPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    return d


def _u_GetOrLoadLoadSuccessPacket(o: GetOrLoadLoadSuccessPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_LlmInstanceInfo(o.info)}
    return d


def _u_GetOrLoadCancelPacket(o: GetOrLoadCancelPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_LoadModelCreationParameter(o: LoadModelCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "modelKey": o.model_key,
        "loadConfigStack": _u_KvConfigStack(o.load_config_stack),
    }
    x_identifier = o.identifier
    if x_identifier is not None:
        d["identifier"] = x_identifier
    x_ttl_ms = o.ttl_ms
    if x_ttl_ms is not None:
        d["ttlMs"] = x_ttl_ms
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    return d


def _u_LoadModelResolvedPacket(o: LoadModelResolvedPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_LlmInfo(o.info)}
    x_ambiguous = o.ambiguous
    if x_ambiguous is not None:
        d["ambiguous"] = list(x_ambiguous)
    return d


def _u_LoadModelProgressPacket(o: LoadModelProgressPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    return d


def _u_LoadModelSuccessPacket(o: LoadModelSuccessPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "info": _u_LlmInstanceInfo(o.info)}
    return d


def _u_LoadModelCancelPacket(o: LoadModelCancelPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_PredictCreationParameter(o: PredictCreationParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "modelSpecifier": _u_any(o.model_specifier),
        "history": _u_ChatHistoryData(o.history),
        "predictionConfigStack": _u_KvConfigStack(o.prediction_config_stack),
    }
    x_fuzzy_preset_identifier = o.fuzzy_preset_identifier
    if x_fuzzy_preset_identifier is not None:
        d["fuzzyPresetIdentifier"] = x_fuzzy_preset_identifier
    x_ignore_server_session_config = o.ignore_server_session_config
    if x_ignore_server_session_config is not None:
        d["ignoreServerSessionConfig"] = x_ignore_server_session_config
    return d


def _u_PredictFragmentPacket(o: PredictFragmentPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "fragment": _u_LlmPredictionFragment(o.fragment)}
    x_logprobs = o.logprobs
    if x_logprobs is not UNSET:
        d["logprobs"] = x_logprobs if type(x_logprobs) in _PRIMITIVES else _u_any(x_logprobs)
    return d


def _u_PredictPromptProcessingProgressPacket(
    o: PredictPromptProcessingProgressPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "progress": o.progress}
    x_details = o.details
    if x_details is not None:
        d["details"] = _u_LlmPromptProcessingDetails(x_details)
    return d


def _u_PredictToolCallGenerationStartPacket(
    o: PredictToolCallGenerationStartPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    x_tool_call_id = o.tool_call_id
    if x_tool_call_id is not None:
        d["toolCallId"] = x_tool_call_id
    return d


def _u_PredictToolCallGenerationNameReceivedPacket(
    o: PredictToolCallGenerationNameReceivedPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "name": o.name}
    return d


def _u_PredictToolCallGenerationArgumentFragmentGeneratedPacket(
    o: PredictToolCallGenerationArgumentFragmentGeneratedPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "content": o.content}
    return d


def _u_PredictToolCallGenerationEndPacket(o: PredictToolCallGenerationEndPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "toolCallRequest": _u_ToolCallRequest(o.tool_call_request)}
    x_raw_content = o.raw_content
    if x_raw_content is not None:
        d["rawContent"] = x_raw_content
    return d


def _u_PredictToolCallGenerationFailedPacket(
    o: PredictToolCallGenerationFailedPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "error": _u_SerializedError(o.error)}
    x_raw_content = o.raw_content
    if x_raw_content is not None:
        d["rawContent"] = x_raw_content
    return d


def _u_PredictSuccessPacket(o: PredictSuccessPacket) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "stats": _u_LlmPredictionStats(o.stats),
        "modelInfo": _u_LlmInstanceInfo(o.model_info),
        "loadModelConfig": _u_KvConfig(o.load_model_config),
        "predictionConfig": _u_KvConfig(o.prediction_config),
    }
    return d


def _u_PredictCancelPacket(o: PredictCancelPacket) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_LlmPredictionFragment(o: LlmPredictionFragment) -> dict[str, Any]:
    d: dict[str, Any] = {
        "content": o.content,
        "tokensCount": o.tokens_count,
        "containsDrafted": o.contains_drafted,
        "reasoningType": o.reasoning_type,
    }
    x_is_structural = o.is_structural
    if x_is_structural is not None:
        d["isStructural"] = x_is_structural
    x_tokens = o.tokens
    if x_tokens is not None:
        d["tokens"] = [_u_LlmPredictionToken(x) for x in x_tokens]
    return d


def _u_LlmTokenCandidate(o: LlmTokenCandidate) -> dict[str, Any]:
    d: dict[str, Any] = {"text": o.text, "id": o.id, "logProb": o.log_prob}
    return d


def _u_LlmPredictionToken(o: LlmPredictionToken) -> dict[str, Any]:
    d: dict[str, Any] = {"text": o.text, "id": o.id}
    x_log_prob = o.log_prob
    if x_log_prob is not None:
        d["logProb"] = x_log_prob
    x_candidates = o.candidates
    if x_candidates is not None:
        d["candidates"] = [_u_LlmTokenCandidate(x) for x in x_candidates]
    return d


def _u_LlmPromptProcessingDetails(o: LlmPromptProcessingDetails) -> dict[str, Any]:
    d: dict[str, Any] = {
        "cachedTokenCount": o.cached_token_count,
        "totalPromptTokenCount": o.total_prompt_token_count,
        "processedPromptTokenCount": o.processed_prompt_token_count,
        "unprocessedPromptTokenCount": o.unprocessed_prompt_token_count,
    }
    return d


def _u_LlmPredictionStats(o: LlmPredictionStats) -> dict[str, Any]:
    d: dict[str, Any] = {"stopReason": o.stop_reason}
    x_stop_string = o.stop_string
    if x_stop_string is not None:
        d["stopString"] = x_stop_string
    x_tokens_per_second = o.tokens_per_second
    if x_tokens_per_second is not None:
        d["tokensPerSecond"] = x_tokens_per_second
    x_num_gpu_layers = o.num_gpu_layers
    if x_num_gpu_layers is not None:
        d["numGpuLayers"] = x_num_gpu_layers
    x_time_to_first_token_sec = o.time_to_first_token_sec
    if x_time_to_first_token_sec is not None:
        d["timeToFirstTokenSec"] = x_time_to_first_token_sec
    x_total_time_sec = o.total_time_sec
    if x_total_time_sec is not None:
        d["totalTimeSec"] = x_total_time_sec
    x_prompt_tokens_count = o.prompt_tokens_count
    if x_prompt_tokens_count is not None:
        d["promptTokensCount"] = x_prompt_tokens_count
    x_predicted_tokens_count = o.predicted_tokens_count
    if x_predicted_tokens_count is not None:
        d["predictedTokensCount"] = x_predicted_tokens_count
    x_total_tokens_count = o.total_tokens_count
    if x_total_tokens_count is not None:
        d["totalTokensCount"] = x_total_tokens_count
    x_used_draft_model_key = o.used_draft_model_key
    if x_used_draft_model_key is not None:
        d["usedDraftModelKey"] = x_used_draft_model_key
    x_total_draft_tokens_count = o.total_draft_tokens_count
    if x_total_draft_tokens_count is not None:
        d["totalDraftTokensCount"] = x_total_draft_tokens_count
    x_accepted_draft_tokens_count = o.accepted_draft_tokens_count
    if x_accepted_draft_tokens_count is not None:
        d["acceptedDraftTokensCount"] = x_accepted_draft_tokens_count
    x_rejected_draft_tokens_count = o.rejected_draft_tokens_count
    if x_rejected_draft_tokens_count is not None:
        d["rejectedDraftTokensCount"] = x_rejected_draft_tokens_count
    x_ignored_draft_tokens_count = o.ignored_draft_tokens_count
    if x_ignored_draft_tokens_count is not None:
        d["ignoredDraftTokensCount"] = x_ignored_draft_tokens_count
    return d


def _u_GetModelInfoParameter(o: GetModelInfoParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier), "throwIfNotFound": o.throw_if_not_found}
    return d


def _u_UnloadModelParameter(o: UnloadModelParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"identifier": o.identifier}
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    return d


def _u_CountTokensParameter(o: CountTokensParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier), "inputString": o.input_string}
    return d


def _u_CountTokensResult(o: CountTokensResult) -> dict[str, Any]:
    d: dict[str, Any] = {"tokenCount": o.token_count}
    return d


def _u_TokenizeParameter(o: TokenizeParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier), "inputString": o.input_string}
    return d


def _u_TokenizeResult(o: TokenizeResult) -> dict[str, Any]:
    d: dict[str, Any] = {"tokens": list(o.tokens)}
    return d


def _u_LlmApplyPromptTemplateOpts(o: LlmApplyPromptTemplateOpts) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_omit_bos_token = o.omit_bos_token
    if x_omit_bos_token is not None:
        d["omitBosToken"] = x_omit_bos_token
    x_omit_eos_token = o.omit_eos_token
    if x_omit_eos_token is not None:
        d["omitEosToken"] = x_omit_eos_token
    x_tool_definitions = o.tool_definitions
    if x_tool_definitions is not None:
        d["toolDefinitions"] = [_u_LlmTool(x) for x in x_tool_definitions]
    return d


def _u_ApplyPromptTemplateParameter(o: ApplyPromptTemplateParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "specifier": _u_any(o.specifier),
        "history": _u_ChatHistoryData(o.history),
        "predictionConfigStack": _u_KvConfigStack(o.prediction_config_stack),
        "opts": _u_LlmApplyPromptTemplateOpts(o.opts),
    }
    return d


def _u_ApplyPromptTemplateResult(o: ApplyPromptTemplateResult) -> dict[str, Any]:
    d: dict[str, Any] = {"formatted": o.formatted}
    return d


def _u_GetLoadConfigParameter(o: GetLoadConfigParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier)}
    return d


def _u_GetBasePredictionConfigParameter(o: GetBasePredictionConfigParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier)}
    x_ignore_server_session_config = o.ignore_server_session_config
    if x_ignore_server_session_config is not None:
        d["ignoreServerSessionConfig"] = x_ignore_server_session_config
    return d


def _u_GetInstanceProcessingStateParameter(
    o: GetInstanceProcessingStateParameter,
) -> dict[str, Any]:
    d: dict[str, Any] = {"specifier": _u_any(o.specifier), "throwIfNotFound": o.throw_if_not_found}
    return d


def _u_InstanceProcessingState(o: InstanceProcessingState) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status, "queued": o.queued}
    return d


def _u_EstimateModelUsageParameter(o: EstimateModelUsageParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "modelKey": o.model_key,
        "loadConfigStack": _u_KvConfigStack(o.load_config_stack),
    }
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    return d


def _u_ModelMemoryEstimate(o: ModelMemoryEstimate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "confidence": o.confidence,
        "modelVramBytes": o.model_vram_bytes,
        "contextVramBytes": o.context_vram_bytes,
        "totalVramBytes": o.total_vram_bytes,
        "modelBytes": o.model_bytes,
        "contextBytes": o.context_bytes,
        "totalBytes": o.total_bytes,
    }
    return d


def _u_ModelUsageEstimate(o: ModelUsageEstimate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "memory": _u_ModelMemoryEstimate(o.memory),
        "passesGuardrails": o.passes_guardrails,
    }
    return d


def _u_ModelQuantization(o: ModelQuantization) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name, "bits": o.bits}
    return d


def _u_LlmInfo(o: LlmInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "modelKey": o.model_key,
        "format": o.format,
        "displayName": o.display_name,
        "path": o.path,
        "sizeBytes": o.size_bytes,
        "vision": o.vision,
        "trainedForToolUse": o.trained_for_tool_use,
        "maxContextLength": o.max_context_length,
    }
    x_params_string = o.params_string
    if x_params_string is not None:
        d["paramsString"] = x_params_string
    x_architecture = o.architecture
    if x_architecture is not None:
        d["architecture"] = x_architecture
    x_publisher = o.publisher
    if x_publisher is not None:
        d["publisher"] = x_publisher
    x_indexed_model_identifier = o.indexed_model_identifier
    if x_indexed_model_identifier is not None:
        d["indexedModelIdentifier"] = x_indexed_model_identifier
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    x_quantization = o.quantization
    if x_quantization is not None:
        d["quantization"] = _u_ModelQuantization(x_quantization)
    x_variants = o.variants
    if x_variants is not None:
        d["variants"] = list(x_variants)
    x_selected_variant = o.selected_variant
    if x_selected_variant is not None:
        d["selectedVariant"] = x_selected_variant
    return d


def _u_LlmInstanceInfo(o: LlmInstanceInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "modelKey": o.model_key,
        "format": o.format,
        "displayName": o.display_name,
        "path": o.path,
        "sizeBytes": o.size_bytes,
        "vision": o.vision,
        "trainedForToolUse": o.trained_for_tool_use,
        "maxContextLength": o.max_context_length,
        "identifier": o.identifier,
        "instanceReference": o.instance_reference,
        "contextLength": o.context_length,
    }
    x_params_string = o.params_string
    if x_params_string is not None:
        d["paramsString"] = x_params_string
    x_architecture = o.architecture
    if x_architecture is not None:
        d["architecture"] = x_architecture
    x_publisher = o.publisher
    if x_publisher is not None:
        d["publisher"] = x_publisher
    x_indexed_model_identifier = o.indexed_model_identifier
    if x_indexed_model_identifier is not None:
        d["indexedModelIdentifier"] = x_indexed_model_identifier
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    x_quantization = o.quantization
    if x_quantization is not None:
        d["quantization"] = _u_ModelQuantization(x_quantization)
    x_variants = o.variants
    if x_variants is not None:
        d["variants"] = list(x_variants)
    x_selected_variant = o.selected_variant
    if x_selected_variant is not None:
        d["selectedVariant"] = x_selected_variant
    x_ttl_ms = o.ttl_ms
    if x_ttl_ms is not UNSET:
        d["ttlMs"] = x_ttl_ms
    x_last_used_time = o.last_used_time
    if x_last_used_time is not UNSET:
        d["lastUsedTime"] = x_last_used_time
    return d


def _u_EmbeddingModelInfo(o: EmbeddingModelInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "modelKey": o.model_key,
        "format": o.format,
        "displayName": o.display_name,
        "path": o.path,
        "sizeBytes": o.size_bytes,
        "maxContextLength": o.max_context_length,
    }
    x_params_string = o.params_string
    if x_params_string is not None:
        d["paramsString"] = x_params_string
    x_architecture = o.architecture
    if x_architecture is not None:
        d["architecture"] = x_architecture
    x_publisher = o.publisher
    if x_publisher is not None:
        d["publisher"] = x_publisher
    x_indexed_model_identifier = o.indexed_model_identifier
    if x_indexed_model_identifier is not None:
        d["indexedModelIdentifier"] = x_indexed_model_identifier
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    x_quantization = o.quantization
    if x_quantization is not None:
        d["quantization"] = _u_ModelQuantization(x_quantization)
    x_variants = o.variants
    if x_variants is not None:
        d["variants"] = list(x_variants)
    x_selected_variant = o.selected_variant
    if x_selected_variant is not None:
        d["selectedVariant"] = x_selected_variant
    return d


def _u_EmbeddingModelInstanceInfo(o: EmbeddingModelInstanceInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "modelKey": o.model_key,
        "format": o.format,
        "displayName": o.display_name,
        "path": o.path,
        "sizeBytes": o.size_bytes,
        "maxContextLength": o.max_context_length,
        "identifier": o.identifier,
        "instanceReference": o.instance_reference,
        "contextLength": o.context_length,
    }
    x_params_string = o.params_string
    if x_params_string is not None:
        d["paramsString"] = x_params_string
    x_architecture = o.architecture
    if x_architecture is not None:
        d["architecture"] = x_architecture
    x_publisher = o.publisher
    if x_publisher is not None:
        d["publisher"] = x_publisher
    x_indexed_model_identifier = o.indexed_model_identifier
    if x_indexed_model_identifier is not None:
        d["indexedModelIdentifier"] = x_indexed_model_identifier
    x_device_identifier = o.device_identifier
    if x_device_identifier is not UNSET:
        d["deviceIdentifier"] = x_device_identifier
    x_quantization = o.quantization
    if x_quantization is not None:
        d["quantization"] = _u_ModelQuantization(x_quantization)
    x_variants = o.variants
    if x_variants is not None:
        d["variants"] = list(x_variants)
    x_selected_variant = o.selected_variant
    if x_selected_variant is not None:
        d["selectedVariant"] = x_selected_variant
    x_ttl_ms = o.ttl_ms
    if x_ttl_ms is not UNSET:
        d["ttlMs"] = x_ttl_ms
    x_last_used_time = o.last_used_time
    if x_last_used_time is not UNSET:
        d["lastUsedTime"] = x_last_used_time
    return d


def _u_RuntimeEngineSpecifier(o: RuntimeEngineSpecifier) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name, "version": o.version}
    return d


def _u_RuntimeCpuTarget(o: RuntimeCpuTarget) -> dict[str, Any]:
    d: dict[str, Any] = {"architecture": o.architecture}
    x_instruction_set_extensions = o.instruction_set_extensions
    if x_instruction_set_extensions is not None:
        d["instructionSetExtensions"] = list(x_instruction_set_extensions)
    return d


def _u_RuntimeGpuTarget(o: RuntimeGpuTarget) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_framework = o.framework
    if x_framework is not None:
        d["framework"] = x_framework
    x_make = o.make
    if x_make is not None:
        d["make"] = x_make
    return d


def _u_RuntimeEngineInfo(o: RuntimeEngineInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": o.name,
        "version": o.version,
        "engine": o.engine,
        "platform": o.platform,
        "cpu": _u_RuntimeCpuTarget(o.cpu),
        "supportedModelFormatNames": list(o.supported_model_format_names),
    }
    x_gpu = o.gpu
    if x_gpu is not None:
        d["gpu"] = _u_RuntimeGpuTarget(x_gpu)
    return d


def _u_EngineSelections(o: EngineSelections) -> dict[str, Any]:
    d: dict[str, Any] = {
        "json": [[x if type(x) in _PRIMITIVES else _u_any(x) for x in x] for x in o.json]
    }
    x_meta = o.meta
    if x_meta is not UNSET:
        d["meta"] = x_meta if type(x_meta) in _PRIMITIVES else _u_any(x_meta)
    return d


def _u_SelectEngineParameter(o: SelectEngineParameter) -> dict[str, Any]:
    d: dict[str, Any] = {
        "engine": _u_RuntimeEngineSpecifier(o.engine),
        "modelFormatName": o.model_format_name,
    }
    return d


def _u_SurveyHardwareSelected(o: SurveyHardwareSelected) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_SurveyHardwareAll(o: SurveyHardwareAll) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_SurveyHardwareCustom(o: SurveyHardwareCustom) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "engines": [_u_RuntimeEngineSpecifier(x) for x in o.engines],
    }
    return d


def _u_EngineCompatibility(o: EngineCompatibility) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status}
    x_message = o.message
    if x_message is not None:
        d["message"] = x_message
    return d


def _u_SurveyResult(o: SurveyResult) -> dict[str, Any]:
    d: dict[str, Any] = {"code": o.code, "message": o.message}
    return d


def _u_CpuInfo(o: CpuInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "architecture": o.architecture,
        "supportedInstructionSetExtensions": list(o.supported_instruction_set_extensions),
    }
    x_name = o.name
    if x_name is not None:
        d["name"] = x_name
    return d


def _u_CpuSurveyResult(o: CpuSurveyResult) -> dict[str, Any]:
    d: dict[str, Any] = {"result": _u_SurveyResult(o.result)}
    x_cpu_info = o.cpu_info
    if x_cpu_info is not None:
        d["cpuInfo"] = _u_CpuInfo(x_cpu_info)
    return d


def _u_GpuInfo(o: GpuInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": o.name,
        "deviceId": o.device_id,
        "totalMemoryCapacityBytes": o.total_memory_capacity_bytes,
        "dedicatedMemoryCapacityBytes": o.dedicated_memory_capacity_bytes,
        "integrationType": o.integration_type,
        "detectionPlatform": o.detection_platform,
        "detectionPlatformVersion": o.detection_platform_version,
        "otherInfo": dict(o.other_info),
    }
    return d


def _u_GpuSurveyResult(o: GpuSurveyResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "result": _u_SurveyResult(o.result),
        "gpuInfo": [_u_GpuInfo(x) for x in o.gpu_info],
    }
    return d


def _u_HardwareSurvey(o: HardwareSurvey) -> dict[str, Any]:
    d: dict[str, Any] = {
        "cpuSurveyResult": _u_CpuSurveyResult(o.cpu_survey_result),
        "gpuSurveyResult": _u_GpuSurveyResult(o.gpu_survey_result),
    }
    return d


def _u_MemoryInfo(o: MemoryInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "ramCapacity": o.ram_capacity,
        "vramCapacity": o.vram_capacity,
        "totalMemory": o.total_memory,
    }
    return d


def _u_VisibleDevicesConfig(o: VisibleDevicesConfig) -> dict[str, Any]:
    d: dict[str, Any] = {"visibleDevices": list(o.visible_devices), "changesOrder": o.changes_order}
    return d


def _u_EngineHardwareSurvey(o: EngineHardwareSurvey) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": o.name,
        "version": o.version,
        "engine": o.engine,
        "platform": o.platform,
        "compatibility": _u_EngineCompatibility(o.compatibility),
        "supportedModelFormatNames": list(o.supported_model_format_names),
        "hardwareSurvey": _u_HardwareSurvey(o.hardware_survey),
        "memoryInfo": _u_MemoryInfo(o.memory_info),
    }
    x_visible_devices_config = o.visible_devices_config
    if x_visible_devices_config is not None:
        d["visibleDevicesConfig"] = _u_VisibleDevicesConfig(x_visible_devices_config)
    return d


def _u_SurveyHardwareResult(o: SurveyHardwareResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "status": o.status,
        "engines": [_u_EngineHardwareSurvey(x) for x in o.engines],
    }
    return d


def _u_SearchRuntimeExtensionsParameter(o: SearchRuntimeExtensionsParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"query": o.query, "includeIncompatible": o.include_incompatible}
    x_channel_override = o.channel_override
    if x_channel_override is not None:
        d["channelOverride"] = x_channel_override
    return d


def _u_RuntimeExtensionEngine(o: RuntimeExtensionEngine) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "name": o.name,
        "version": o.version,
        "package": o.package,
        "platform": o.platform,
        "cpu": _u_RuntimeCpuTarget(o.cpu),
        "localVersions": list(o.local_versions),
        "supportedModelFormatNames": list(o.supported_model_format_names),
    }
    x_gpu = o.gpu
    if x_gpu is not None:
        d["gpu"] = _u_RuntimeGpuTarget(x_gpu)
    return d


def _u_RuntimeExtensionFramework(o: RuntimeExtensionFramework) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "name": o.name,
        "version": o.version,
        "package": o.package,
        "platform": o.platform,
        "cpu": _u_RuntimeCpuTarget(o.cpu),
        "localVersions": list(o.local_versions),
    }
    x_gpu = o.gpu
    if x_gpu is not None:
        d["gpu"] = _u_RuntimeGpuTarget(x_gpu)
    return d


def _u_SearchRuntimeExtensionsResult(o: SearchRuntimeExtensionsResult) -> dict[str, Any]:
    d: dict[str, Any] = {"extensions": [_u_any(x) for x in o.extensions]}
    return d


def _u_DownloadRuntimeExtensionCreationParameter(
    o: DownloadRuntimeExtensionCreationParameter,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": o.name,
        "version": o.version,
        "updateSelections": o.update_selections,
    }
    return d


def _u_RuntimeDownloadProgress(o: RuntimeDownloadProgress) -> dict[str, Any]:
    d: dict[str, Any] = {
        "downloadedBytes": o.downloaded_bytes,
        "totalBytes": o.total_bytes,
        "speedBytesPerSecond": o.speed_bytes_per_second,
    }
    return d


def _u_DownloadRuntimeExtensionProgressPacket(
    o: DownloadRuntimeExtensionProgressPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "update": _u_RuntimeDownloadProgress(o.update)}
    return d


def _u_DownloadRuntimeExtensionStartFinalizingPacket(
    o: DownloadRuntimeExtensionStartFinalizingPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_DownloadRuntimeExtensionSuccessPacket(
    o: DownloadRuntimeExtensionSuccessPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_DownloadRuntimeExtensionCancelPacket(
    o: DownloadRuntimeExtensionCancelPacket,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_NotifyParameter(o: NotifyParameter) -> dict[str, Any]:
    d: dict[str, Any] = {"title": o.title}
    x_description = o.description
    if x_description is not None:
        d["description"] = x_description
    x_no_auto_dismiss = o.no_auto_dismiss
    if x_no_auto_dismiss is not None:
        d["noAutoDismiss"] = x_no_auto_dismiss
    return d


def _u_SystemVersionResult(o: SystemVersionResult) -> dict[str, Any]:
    d: dict[str, Any] = {"version": o.version, "build": o.build}
    return d


def _u_SystemInfoResult(o: SystemInfoResult) -> dict[str, Any]:
    d: dict[str, Any] = {"pid": o.pid, "isDaemon": o.is_daemon, "version": o.version}
    return d


def _u_ListDownloadedModelVariantsParameter(
    o: ListDownloadedModelVariantsParameter,
) -> dict[str, Any]:
    d: dict[str, Any] = {"modelKey": o.model_key}
    return d


def _u_StartHttpServerParameter(o: StartHttpServerParameter) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_port = o.port
    if x_port is not None:
        d["port"] = x_port
    x_cors = o.cors
    if x_cors is not None:
        d["cors"] = x_cors
    x_network_interface = o.network_interface
    if x_network_interface is not None:
        d["networkInterface"] = x_network_interface
    return d


def _u_ToolCallRequest(o: ToolCallRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "name": o.name}
    x_id = o.id
    if x_id is not None:
        d["id"] = x_id
    x_arguments = o.arguments
    if x_arguments is not None:
        d["arguments"] = {
            k: x if type(x) in _PRIMITIVES else _u_any(x) for k, x in x_arguments.items()
        }
    return d


def _u_LlmToolParameters(o: LlmToolParameters) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "properties": {
            k: x if type(x) in _PRIMITIVES else _u_any(x) for k, x in o.properties.items()
        },
    }
    x_required = o.required
    if x_required is not None:
        d["required"] = list(x_required)
    x_additional_properties = o.additional_properties
    if x_additional_properties is not None:
        d["additionalProperties"] = x_additional_properties
    x_defs = o.defs
    if x_defs is not None:
        d["$defs"] = {k: x if type(x) in _PRIMITIVES else _u_any(x) for k, x in x_defs.items()}
    return d


def _u_LlmToolFunction(o: LlmToolFunction) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name}
    x_description = o.description
    if x_description is not None:
        d["description"] = x_description
    x_parameters = o.parameters
    if x_parameters is not None:
        d["parameters"] = _u_LlmToolParameters(x_parameters)
    return d


def _u_LlmTool(o: LlmTool) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "function": _u_LlmToolFunction(o.function)}
    return d


def _u_LlmToolUseSettingNone(o: LlmToolUseSettingNone) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_LlmToolUseSettingToolArray(o: LlmToolUseSettingToolArray) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    x_tools = o.tools
    if x_tools is not None:
        d["tools"] = [_u_LlmTool(x) for x in x_tools]
    x_force = o.force
    if x_force is not None:
        d["force"] = x_force
    return d


def _u_AuthPacket(o: AuthPacket) -> dict[str, Any]:
    d: dict[str, Any] = {
        "authVersion": o.auth_version,
        "clientIdentifier": o.client_identifier,
        "clientPasskey": o.client_passkey,
    }
    return d


def _u_AuthResult(o: AuthResult) -> dict[str, Any]:
    d: dict[str, Any] = {"success": o.success}
    x_error = o.error
    if x_error is not None:
        d["error"] = x_error
    return d


def _u_ChannelCreate(o: ChannelCreate) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "endpoint": o.endpoint, "channelId": o.channel_id}
    x_creation_parameter = o.creation_parameter
    if x_creation_parameter is not UNSET:
        d["creationParameter"] = (
            x_creation_parameter
            if type(x_creation_parameter) in _PRIMITIVES
            else _u_any(x_creation_parameter)
        )
    return d


def _u_ClientChannelSend(o: ClientChannelSend) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "channelId": o.channel_id, "message": _u_any(o.message)}
    x_ack_id = o.ack_id
    if x_ack_id is not None:
        d["ackId"] = x_ack_id
    return d


def _u_ClientChannelAck(o: ClientChannelAck) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "channelId": o.channel_id, "ackId": o.ack_id}
    return d


def _u_RpcCall(o: RpcCall) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "endpoint": o.endpoint, "callId": o.call_id}
    x_parameter = o.parameter
    if x_parameter is not UNSET:
        d["parameter"] = x_parameter if type(x_parameter) in _PRIMITIVES else _u_any(x_parameter)
    return d


def _u_SignalSubscribe(o: SignalSubscribe) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "endpoint": o.endpoint,
        "subscribeId": o.subscribe_id,
        "creationParameter": _u_any(o.creation_parameter),
    }
    return d


def _u_SignalUnsubscribe(o: SignalUnsubscribe) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "subscribeId": o.subscribe_id}
    return d


def _u_WritableSignalSubscribe(o: WritableSignalSubscribe) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "endpoint": o.endpoint,
        "subscribeId": o.subscribe_id,
        "creationParameter": _u_any(o.creation_parameter),
    }
    return d


def _u_WritableSignalUnsubscribe(o: WritableSignalUnsubscribe) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "subscribeId": o.subscribe_id}
    return d


def _u_ClientWritableSignalUpdate(o: ClientWritableSignalUpdate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "subscribeId": o.subscribe_id,
        "patches": [x if type(x) in _PRIMITIVES else _u_any(x) for x in o.patches],
        "tags": list(o.tags),
    }
    return d


def _u_KeepAlive(o: KeepAlive) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_CommunicationWarning(o: CommunicationWarning) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "warning": o.warning}
    x_kind = o.kind
    if x_kind is not None:
        d["kind"] = x_kind
    return d


def _u_ServerChannelSend(o: ServerChannelSend) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "channelId": o.channel_id, "message": _u_any(o.message)}
    x_ack_id = o.ack_id
    if x_ack_id is not None:
        d["ackId"] = x_ack_id
    return d


def _u_ServerChannelAck(o: ServerChannelAck) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "channelId": o.channel_id, "ackId": o.ack_id}
    return d


def _u_ChannelClose(o: ChannelClose) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "channelId": o.channel_id}
    return d


def _u_ChannelError(o: ChannelError) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "channelId": o.channel_id,
        "error": _u_SerializedError(o.error),
    }
    return d


def _u_RpcResult(o: RpcResult) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "callId": o.call_id}
    x_result = o.result
    if x_result is not UNSET:
        d["result"] = x_result if type(x_result) in _PRIMITIVES else _u_any(x_result)
    return d


def _u_RpcError(o: RpcError) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type, "callId": o.call_id, "error": _u_SerializedError(o.error)}
    return d


def _u_SignalUpdate(o: SignalUpdate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "subscribeId": o.subscribe_id,
        "patches": [x if type(x) in _PRIMITIVES else _u_any(x) for x in o.patches],
        "tags": list(o.tags),
    }
    return d


def _u_SignalError(o: SignalError) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "subscribeId": o.subscribe_id,
        "error": _u_SerializedError(o.error),
    }
    return d


def _u_ServerWritableSignalUpdate(o: ServerWritableSignalUpdate) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "subscribeId": o.subscribe_id,
        "patches": [x if type(x) in _PRIMITIVES else _u_any(x) for x in o.patches],
        "tags": list(o.tags),
    }
    return d


def _u_WritableSignalError(o: WritableSignalError) -> dict[str, Any]:
    d: dict[str, Any] = {
        "type": o.type,
        "subscribeId": o.subscribe_id,
        "error": _u_SerializedError(o.error),
    }
    return d


def _u_KeepAliveAck(o: KeepAliveAck) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type}
    return d


def _u_CaptureRecord(o: CaptureRecord) -> dict[str, Any]:
    d: dict[str, Any] = {
        "ts": o.ts,
        "conn": o.conn,
        "namespace": o.namespace,
        "from": o.from_,
        "frame": _u_any(o.frame),
    }
    return d


_STRUCTURE: Final[dict[Any, Callable[[Any], Any]]] = {
    ChatHistoryData: _s_ChatHistoryData,
    ChatRole: _s_ChatRole,
    ChatMessageData: _s_ChatMessageData,
    ChatMessageSystem: _s_ChatMessageSystem,
    ChatMessageUser: _s_ChatMessageUser,
    ChatMessageAssistant: _s_ChatMessageAssistant,
    ChatMessageTool: _s_ChatMessageTool,
    TextOrFileMessagePart: _s_TextOrFileMessagePart,
    AssistantMessagePart: _s_AssistantMessagePart,
    ChatMessagePartText: _s_ChatMessagePartText,
    FileType: _s_FileType,
    ChatMessagePartFile: _s_ChatMessagePartFile,
    ChatMessagePartToolCallRequest: _s_ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult: _s_ChatMessagePartToolCallResult,
    SerializedError: _s_SerializedError,
    ErrorDisplayData: _s_ErrorDisplayData,
    ErrorDisplayDataSpecificModelUnloaded: _s_ErrorDisplayDataSpecificModelUnloaded,
    ErrorDisplayDataNoModelMatchingQuery: _s_ErrorDisplayDataNoModelMatchingQuery,
    ErrorDisplayDataPathNotFound: _s_ErrorDisplayDataPathNotFound,
    ErrorDisplayDataIdentifierNotFound: _s_ErrorDisplayDataIdentifierNotFound,
    ErrorDisplayDataDomainMismatch: _s_ErrorDisplayDataDomainMismatch,
    ErrorDisplayDataEngineDoesNotSupportFeature: _s_ErrorDisplayDataEngineDoesNotSupportFeature,
    ErrorDisplayDataMissingRuntimeExtension: _s_ErrorDisplayDataMissingRuntimeExtension,
    ErrorDisplayDataPresetNotFound: _s_ErrorDisplayDataPresetNotFound,
    PresetSample: _s_PresetSample,
    ModelDomainType: _s_ModelDomainType,
    ModelQuery: _s_ModelQuery,
    ModelSpecifier: _s_ModelSpecifier,
    ModelSpecifierQuery: _s_ModelSpecifierQuery,
    ModelSpecifierInstanceReference: _s_ModelSpecifierInstanceReference,
    EmbeddingLoadModelConfig: _s_EmbeddingLoadModelConfig,
    KvConfigField: _s_KvConfigField,
    KvConfig: _s_KvConfig,
    KvConfigLayerName: _s_KvConfigLayerName,
    KvConfigStackLayer: _s_KvConfigStackLayer,
    KvConfigStack: _s_KvConfigStack,
    LlmLoadModelConfig: _s_LlmLoadModelConfig,
    GpuSetting: _s_GpuSetting,
    GpuOffloadRatio: _s_float_or_lit_max_off,
    LlmSplitStrategy: _s_LlmSplitStrategy,
    GpuSplitStrategy: _s_GpuSplitStrategy,
    GpuSplitConfig: _s_GpuSplitConfig,
    LlamaCacheQuantizationType: _s_LlamaCacheQuantizationType,
    LlmLoadPromptTemplate: _s_LlmLoadPromptTemplate,
    LlmPredictionConfig: _s_LlmPredictionConfig,
    LlmContextOverflowPolicy: _s_LlmContextOverflowPolicy,
    LlmStructuredPredictionType: _s_LlmStructuredPredictionType,
    LlmStructuredPredictionSetting: _s_LlmStructuredPredictionSetting,
    LlmReasoningParsing: _s_LlmReasoningParsing,
    LlmPromptTemplateType: _s_LlmPromptTemplateType,
    LlmManualPromptTemplate: _s_LlmManualPromptTemplate,
    LlmJinjaPromptTemplate: _s_LlmJinjaPromptTemplate,
    LlmPromptTemplate: _s_LlmPromptTemplate,
    LlmToolChoiceMode: _s_LlmToolChoiceMode,
    LlmToolChoice: _s_LlmToolChoice,
    LlmToolNaming: _s_LlmToolNaming,
    EmbeddingGetOrLoadToClientPacket: _s_EmbeddingGetOrLoadToClientPacket,
    EmbeddingGetOrLoadAlreadyLoadedPacket: _s_EmbeddingGetOrLoadAlreadyLoadedPacket,
    EmbeddingGetOrLoadStartLoadingPacket: _s_EmbeddingGetOrLoadStartLoadingPacket,
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket: _s_EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    EmbeddingGetOrLoadLoadProgressPacket: _s_EmbeddingGetOrLoadLoadProgressPacket,
    EmbeddingGetOrLoadLoadSuccessPacket: _s_EmbeddingGetOrLoadLoadSuccessPacket,
    EmbeddingLoadModelCreationParameter: _s_EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelToClientPacket: _s_EmbeddingLoadModelToClientPacket,
    EmbeddingLoadModelResolvedPacket: _s_EmbeddingLoadModelResolvedPacket,
    EmbeddingLoadModelProgressPacket: _s_EmbeddingLoadModelProgressPacket,
    EmbeddingLoadModelSuccessPacket: _s_EmbeddingLoadModelSuccessPacket,
    EmbedStringParameter: _s_EmbedStringParameter,
    EmbedStringResult: _s_EmbedStringResult,
    UploadFileBase64Parameter: _s_UploadFileBase64Parameter,
    UploadFileBase64Result: _s_UploadFileBase64Result,
    DocumentParsingLibraryIdentifier: _s_DocumentParsingLibraryIdentifier,
    DocumentParsingOpts: _s_DocumentParsingOpts,
    GetDocumentParsingLibraryParameter: _s_GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter: _s_ParseDocumentCreationParameter,
    ParseDocumentToClientPacket: _s_ParseDocumentToClientPacket,
    ParseDocumentParserLoadedPacket: _s_ParseDocumentParserLoadedPacket,
    ParseDocumentProgressPacket: _s_ParseDocumentProgressPacket,
    ParseDocumentResultPacket: _s_ParseDocumentResultPacket,
    ParseDocumentToServerPacket: _s_ParseDocumentCancelPacket,
    ParseDocumentCancelPacket: _s_ParseDocumentCancelPacket,
    RetrievalFileProcessingStep: _s_RetrievalFileProcessingStep,
    RetrieveCreationParameter: _s_RetrieveCreationParameter,
    RetrieveToClientPacket: _s_RetrieveToClientPacket,
    RetrieveFileProcessListPacket: _s_RetrieveFileProcessListPacket,
    RetrieveFileProcessingStartPacket: _s_RetrieveFileProcessingStartPacket,
    RetrieveFileProcessingEndPacket: _s_RetrieveFileProcessingEndPacket,
    RetrieveFileProcessingStepStartPacket: _s_RetrieveFileProcessingStepStartPacket,
    RetrieveFileProcessingStepProgressPacket: _s_RetrieveFileProcessingStepProgressPacket,
    RetrieveFileProcessingStepEndPacket: _s_RetrieveFileProcessingStepEndPacket,
    RetrieveSearchingStartPacket: _s_RetrieveSearchingStartPacket,
    RetrieveSearchingEndPacket: _s_RetrieveSearchingEndPacket,
    RetrieveResultPacket: _s_RetrieveResultPacket,
    InternalRetrievalResult: _s_InternalRetrievalResult,
    InternalRetrievalResultEntry: _s_InternalRetrievalResultEntry,
    RetrieveToServerPacket: _s_RetrieveStopPacket,
    RetrieveStopPacket: _s_RetrieveStopPacket,
    CompleteRawTextCreationParameter: _s_CompleteRawTextCreationParameter,
    CompleteRawTextToClientPacket: _s_CompleteRawTextToClientPacket,
    GetOrLoadCreationParameter: _s_GetOrLoadCreationParameter,
    GetOrLoadToClientPacket: _s_GetOrLoadToClientPacket,
    GetOrLoadAlreadyLoadedPacket: _s_GetOrLoadAlreadyLoadedPacket,
    GetOrLoadStartLoadingPacket: _s_GetOrLoadStartLoadingPacket,
    GetOrLoadUnloadingOtherJitModelPacket: _s_GetOrLoadUnloadingOtherJitModelPacket,
    GetOrLoadLoadProgressPacket: _s_GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket: _s_GetOrLoadLoadSuccessPacket,
    GetOrLoadToServerPacket: _s_GetOrLoadCancelPacket,
    GetOrLoadCancelPacket: _s_GetOrLoadCancelPacket,
    LoadModelCreationParameter: _s_LoadModelCreationParameter,
    LoadModelToClientPacket: _s_LoadModelToClientPacket,
    LoadModelResolvedPacket: _s_LoadModelResolvedPacket,
    LoadModelProgressPacket: _s_LoadModelProgressPacket,
    LoadModelSuccessPacket: _s_LoadModelSuccessPacket,
    LoadModelToServerPacket: _s_LoadModelCancelPacket,
    LoadModelCancelPacket: _s_LoadModelCancelPacket,
    PredictCreationParameter: _s_PredictCreationParameter,
    PredictToClientPacket: _s_PredictToClientPacket,
    PredictFragmentPacket: _s_PredictFragmentPacket,
    PredictPromptProcessingProgressPacket: _s_PredictPromptProcessingProgressPacket,
    PredictToolCallGenerationStartPacket: _s_PredictToolCallGenerationStartPacket,
    PredictToolCallGenerationNameReceivedPacket: _s_PredictToolCallGenerationNameReceivedPacket,
    PredictToolCallGenerationArgumentFragmentGeneratedPacket: _s_PredictToolCallGenerationArgumentFragmentGeneratedPacket,
    PredictToolCallGenerationEndPacket: _s_PredictToolCallGenerationEndPacket,
    PredictToolCallGenerationFailedPacket: _s_PredictToolCallGenerationFailedPacket,
    PredictSuccessPacket: _s_PredictSuccessPacket,
    PredictToServerPacket: _s_PredictCancelPacket,
    PredictCancelPacket: _s_PredictCancelPacket,
    LlmReasoningType: _s_LlmReasoningType,
    LlmPredictionFragment: _s_LlmPredictionFragment,
    LlmTokenCandidate: _s_LlmTokenCandidate,
    LlmPredictionToken: _s_LlmPredictionToken,
    LlmPromptProcessingDetails: _s_LlmPromptProcessingDetails,
    LlmPredictionStopReason: _s_LlmPredictionStopReason,
    LlmPredictionStats: _s_LlmPredictionStats,
    GetModelInfoParameter: _s_GetModelInfoParameter,
    UnloadModelParameter: _s_UnloadModelParameter,
    CountTokensParameter: _s_CountTokensParameter,
    CountTokensResult: _s_CountTokensResult,
    TokenizeParameter: _s_TokenizeParameter,
    TokenizeResult: _s_TokenizeResult,
    LlmApplyPromptTemplateOpts: _s_LlmApplyPromptTemplateOpts,
    ApplyPromptTemplateParameter: _s_ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult: _s_ApplyPromptTemplateResult,
    GetLoadConfigParameter: _s_GetLoadConfigParameter,
    GetBasePredictionConfigParameter: _s_GetBasePredictionConfigParameter,
    ModelInstanceProcessingStatus: _s_ModelInstanceProcessingStatus,
    GetInstanceProcessingStateParameter: _s_GetInstanceProcessingStateParameter,
    InstanceProcessingState: _s_InstanceProcessingState,
    EstimateModelUsageParameter: _s_EstimateModelUsageParameter,
    ModelMemoryEstimateConfidence: _s_ModelMemoryEstimateConfidence,
    ModelMemoryEstimate: _s_ModelMemoryEstimate,
    ModelUsageEstimate: _s_ModelUsageEstimate,
    ModelCompatibilityType: _s_ModelCompatibilityType,
    ModelQuantization: _s_ModelQuantization,
    LlmInfo: _s_LlmInfo,
    LlmInstanceInfo: _s_LlmInstanceInfo,
    EmbeddingModelInfo: _s_EmbeddingModelInfo,
    EmbeddingModelInstanceInfo: _s_EmbeddingModelInstanceInfo,
    ModelInfo: _s_ModelInfo,
    ModelInstanceInfo: _s_ModelInstanceInfo,
    ModelFormatName: _s_ModelFormatName,
    RuntimeEngineSpecifier: _s_RuntimeEngineSpecifier,
    RuntimeCpuTarget: _s_RuntimeCpuTarget,
    RuntimeGpuTarget: _s_RuntimeGpuTarget,
    RuntimeEngineInfo: _s_RuntimeEngineInfo,
    EngineSelections: _s_EngineSelections,
    SelectEngineParameter: _s_SelectEngineParameter,
    SurveyHardwareSelected: _s_SurveyHardwareSelected,
    SurveyHardwareAll: _s_SurveyHardwareAll,
    SurveyHardwareCustom: _s_SurveyHardwareCustom,
    SurveyHardwareParameter: _s_SurveyHardwareParameter,
    EngineCompatibilityStatus: _s_EngineCompatibilityStatus,
    EngineCompatibility: _s_EngineCompatibility,
    SurveyResultCode: _s_SurveyResultCode,
    SurveyResult: _s_SurveyResult,
    CpuArchitecture: _s_CpuArchitecture,
    CpuInstructionSetExtension: _s_CpuInstructionSetExtension,
    CpuInfo: _s_CpuInfo,
    CpuSurveyResult: _s_CpuSurveyResult,
    GpuDetectionPlatform: _s_GpuDetectionPlatform,
    GpuIntegrationType: _s_GpuIntegrationType,
    GpuInfo: _s_GpuInfo,
    GpuSurveyResult: _s_GpuSurveyResult,
    HardwareSurvey: _s_HardwareSurvey,
    MemoryInfo: _s_MemoryInfo,
    VisibleDevicesConfig: _s_VisibleDevicesConfig,
    EngineHardwareSurvey: _s_EngineHardwareSurvey,
    SurveyHardwareStatus: _s_SurveyHardwareStatus,
    SurveyHardwareResult: _s_SurveyHardwareResult,
    SearchRuntimeExtensionsParameter: _s_SearchRuntimeExtensionsParameter,
    RuntimeExtensionEngine: _s_RuntimeExtensionEngine,
    RuntimeExtensionFramework: _s_RuntimeExtensionFramework,
    RuntimeExtension: _s_RuntimeExtension,
    SearchRuntimeExtensionsResult: _s_SearchRuntimeExtensionsResult,
    DownloadRuntimeExtensionCreationParameter: _s_DownloadRuntimeExtensionCreationParameter,
    RuntimeDownloadProgress: _s_RuntimeDownloadProgress,
    DownloadRuntimeExtensionProgressPacket: _s_DownloadRuntimeExtensionProgressPacket,
    DownloadRuntimeExtensionStartFinalizingPacket: _s_DownloadRuntimeExtensionStartFinalizingPacket,
    DownloadRuntimeExtensionSuccessPacket: _s_DownloadRuntimeExtensionSuccessPacket,
    DownloadRuntimeExtensionToClientPacket: _s_DownloadRuntimeExtensionToClientPacket,
    DownloadRuntimeExtensionCancelPacket: _s_DownloadRuntimeExtensionCancelPacket,
    DownloadRuntimeExtensionToServerPacket: _s_DownloadRuntimeExtensionCancelPacket,
    NotifyParameter: _s_NotifyParameter,
    SystemVersionResult: _s_SystemVersionResult,
    SystemInfoResult: _s_SystemInfoResult,
    ListDownloadedModelVariantsParameter: _s_ListDownloadedModelVariantsParameter,
    StartHttpServerParameter: _s_StartHttpServerParameter,
    ToolCallRequest: _s_ToolCallRequest,
    LlmToolParameters: _s_LlmToolParameters,
    LlmToolFunction: _s_LlmToolFunction,
    LlmTool: _s_LlmTool,
    LlmToolUseSetting: _s_LlmToolUseSetting,
    LlmToolUseSettingNone: _s_LlmToolUseSettingNone,
    LlmToolUseSettingToolArray: _s_LlmToolUseSettingToolArray,
    AuthPacket: _s_AuthPacket,
    AuthResult: _s_AuthResult,
    ClientMessage: _s_ClientMessage,
    ServerMessage: _s_ServerMessage,
    ChannelCreate: _s_ChannelCreate,
    ClientChannelSend: _s_ClientChannelSend,
    ClientChannelAck: _s_ClientChannelAck,
    RpcCall: _s_RpcCall,
    SignalSubscribe: _s_SignalSubscribe,
    SignalUnsubscribe: _s_SignalUnsubscribe,
    WritableSignalSubscribe: _s_WritableSignalSubscribe,
    WritableSignalUnsubscribe: _s_WritableSignalUnsubscribe,
    ClientWritableSignalUpdate: _s_ClientWritableSignalUpdate,
    KeepAlive: _s_KeepAlive,
    CommunicationWarning: _s_CommunicationWarning,
    ServerChannelSend: _s_ServerChannelSend,
    ServerChannelAck: _s_ServerChannelAck,
    ChannelClose: _s_ChannelClose,
    ChannelError: _s_ChannelError,
    RpcResult: _s_RpcResult,
    RpcError: _s_RpcError,
    SignalUpdate: _s_SignalUpdate,
    SignalError: _s_SignalError,
    ServerWritableSignalUpdate: _s_ServerWritableSignalUpdate,
    WritableSignalError: _s_WritableSignalError,
    KeepAliveAck: _s_KeepAliveAck,
    CaptureOrigin: _s_CaptureOrigin,
    CaptureRecord: _s_CaptureRecord,
    list[EmbeddingModelInstanceInfo]: _s_list_EmbeddingModelInstanceInfo,
    list[LlmInstanceInfo]: _s_list_LlmInstanceInfo,
    list[RuntimeEngineInfo]: _s_list_RuntimeEngineInfo,
    SurveyHardwareParameter | None: _s_SurveyHardwareSelected_or_SurveyHardwareAll_or__2,
    list[ModelInfo]: _s_list_ModelInfo,
}
"""Type -> its specialised structure function (tolerant)."""


_UNSTRUCTURE: Final[dict[type, Callable[[Any], Any]]] = {
    ChatHistoryData: _u_ChatHistoryData,
    ChatMessageSystem: _u_ChatMessageSystem,
    ChatMessageUser: _u_ChatMessageUser,
    ChatMessageAssistant: _u_ChatMessageAssistant,
    ChatMessageTool: _u_ChatMessageTool,
    ChatMessagePartText: _u_ChatMessagePartText,
    ChatMessagePartFile: _u_ChatMessagePartFile,
    ChatMessagePartToolCallRequest: _u_ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult: _u_ChatMessagePartToolCallResult,
    SerializedError: _u_SerializedError,
    ErrorDisplayDataSpecificModelUnloaded: _u_ErrorDisplayDataSpecificModelUnloaded,
    ErrorDisplayDataNoModelMatchingQuery: _u_ErrorDisplayDataNoModelMatchingQuery,
    ErrorDisplayDataPathNotFound: _u_ErrorDisplayDataPathNotFound,
    ErrorDisplayDataIdentifierNotFound: _u_ErrorDisplayDataIdentifierNotFound,
    ErrorDisplayDataDomainMismatch: _u_ErrorDisplayDataDomainMismatch,
    ErrorDisplayDataEngineDoesNotSupportFeature: _u_ErrorDisplayDataEngineDoesNotSupportFeature,
    ErrorDisplayDataMissingRuntimeExtension: _u_ErrorDisplayDataMissingRuntimeExtension,
    ErrorDisplayDataPresetNotFound: _u_ErrorDisplayDataPresetNotFound,
    PresetSample: _u_PresetSample,
    ModelQuery: _u_ModelQuery,
    ModelSpecifierQuery: _u_ModelSpecifierQuery,
    ModelSpecifierInstanceReference: _u_ModelSpecifierInstanceReference,
    EmbeddingLoadModelConfig: _u_EmbeddingLoadModelConfig,
    KvConfigField: _u_KvConfigField,
    KvConfig: _u_KvConfig,
    KvConfigStackLayer: _u_KvConfigStackLayer,
    KvConfigStack: _u_KvConfigStack,
    LlmLoadModelConfig: _u_LlmLoadModelConfig,
    GpuSetting: _u_GpuSetting,
    GpuSplitConfig: _u_GpuSplitConfig,
    LlmLoadPromptTemplate: _u_LlmLoadPromptTemplate,
    LlmPredictionConfig: _u_LlmPredictionConfig,
    LlmStructuredPredictionSetting: _u_LlmStructuredPredictionSetting,
    LlmReasoningParsing: _u_LlmReasoningParsing,
    LlmManualPromptTemplate: _u_LlmManualPromptTemplate,
    LlmJinjaPromptTemplate: _u_LlmJinjaPromptTemplate,
    LlmPromptTemplate: _u_LlmPromptTemplate,
    LlmToolChoice: _u_LlmToolChoice,
    EmbeddingGetOrLoadAlreadyLoadedPacket: _u_EmbeddingGetOrLoadAlreadyLoadedPacket,
    EmbeddingGetOrLoadStartLoadingPacket: _u_EmbeddingGetOrLoadStartLoadingPacket,
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket: _u_EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    EmbeddingGetOrLoadLoadProgressPacket: _u_EmbeddingGetOrLoadLoadProgressPacket,
    EmbeddingGetOrLoadLoadSuccessPacket: _u_EmbeddingGetOrLoadLoadSuccessPacket,
    EmbeddingLoadModelCreationParameter: _u_EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelResolvedPacket: _u_EmbeddingLoadModelResolvedPacket,
    EmbeddingLoadModelProgressPacket: _u_EmbeddingLoadModelProgressPacket,
    EmbeddingLoadModelSuccessPacket: _u_EmbeddingLoadModelSuccessPacket,
    EmbedStringParameter: _u_EmbedStringParameter,
    EmbedStringResult: _u_EmbedStringResult,
    UploadFileBase64Parameter: _u_UploadFileBase64Parameter,
    UploadFileBase64Result: _u_UploadFileBase64Result,
    DocumentParsingLibraryIdentifier: _u_DocumentParsingLibraryIdentifier,
    DocumentParsingOpts: _u_DocumentParsingOpts,
    GetDocumentParsingLibraryParameter: _u_GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter: _u_ParseDocumentCreationParameter,
    ParseDocumentParserLoadedPacket: _u_ParseDocumentParserLoadedPacket,
    ParseDocumentProgressPacket: _u_ParseDocumentProgressPacket,
    ParseDocumentResultPacket: _u_ParseDocumentResultPacket,
    ParseDocumentCancelPacket: _u_ParseDocumentCancelPacket,
    RetrieveCreationParameter: _u_RetrieveCreationParameter,
    RetrieveFileProcessListPacket: _u_RetrieveFileProcessListPacket,
    RetrieveFileProcessingStartPacket: _u_RetrieveFileProcessingStartPacket,
    RetrieveFileProcessingEndPacket: _u_RetrieveFileProcessingEndPacket,
    RetrieveFileProcessingStepStartPacket: _u_RetrieveFileProcessingStepStartPacket,
    RetrieveFileProcessingStepProgressPacket: _u_RetrieveFileProcessingStepProgressPacket,
    RetrieveFileProcessingStepEndPacket: _u_RetrieveFileProcessingStepEndPacket,
    RetrieveSearchingStartPacket: _u_RetrieveSearchingStartPacket,
    RetrieveSearchingEndPacket: _u_RetrieveSearchingEndPacket,
    RetrieveResultPacket: _u_RetrieveResultPacket,
    InternalRetrievalResult: _u_InternalRetrievalResult,
    InternalRetrievalResultEntry: _u_InternalRetrievalResultEntry,
    RetrieveStopPacket: _u_RetrieveStopPacket,
    CompleteRawTextCreationParameter: _u_CompleteRawTextCreationParameter,
    GetOrLoadCreationParameter: _u_GetOrLoadCreationParameter,
    GetOrLoadAlreadyLoadedPacket: _u_GetOrLoadAlreadyLoadedPacket,
    GetOrLoadStartLoadingPacket: _u_GetOrLoadStartLoadingPacket,
    GetOrLoadUnloadingOtherJitModelPacket: _u_GetOrLoadUnloadingOtherJitModelPacket,
    GetOrLoadLoadProgressPacket: _u_GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket: _u_GetOrLoadLoadSuccessPacket,
    GetOrLoadCancelPacket: _u_GetOrLoadCancelPacket,
    LoadModelCreationParameter: _u_LoadModelCreationParameter,
    LoadModelResolvedPacket: _u_LoadModelResolvedPacket,
    LoadModelProgressPacket: _u_LoadModelProgressPacket,
    LoadModelSuccessPacket: _u_LoadModelSuccessPacket,
    LoadModelCancelPacket: _u_LoadModelCancelPacket,
    PredictCreationParameter: _u_PredictCreationParameter,
    PredictFragmentPacket: _u_PredictFragmentPacket,
    PredictPromptProcessingProgressPacket: _u_PredictPromptProcessingProgressPacket,
    PredictToolCallGenerationStartPacket: _u_PredictToolCallGenerationStartPacket,
    PredictToolCallGenerationNameReceivedPacket: _u_PredictToolCallGenerationNameReceivedPacket,
    PredictToolCallGenerationArgumentFragmentGeneratedPacket: _u_PredictToolCallGenerationArgumentFragmentGeneratedPacket,
    PredictToolCallGenerationEndPacket: _u_PredictToolCallGenerationEndPacket,
    PredictToolCallGenerationFailedPacket: _u_PredictToolCallGenerationFailedPacket,
    PredictSuccessPacket: _u_PredictSuccessPacket,
    PredictCancelPacket: _u_PredictCancelPacket,
    LlmPredictionFragment: _u_LlmPredictionFragment,
    LlmTokenCandidate: _u_LlmTokenCandidate,
    LlmPredictionToken: _u_LlmPredictionToken,
    LlmPromptProcessingDetails: _u_LlmPromptProcessingDetails,
    LlmPredictionStats: _u_LlmPredictionStats,
    GetModelInfoParameter: _u_GetModelInfoParameter,
    UnloadModelParameter: _u_UnloadModelParameter,
    CountTokensParameter: _u_CountTokensParameter,
    CountTokensResult: _u_CountTokensResult,
    TokenizeParameter: _u_TokenizeParameter,
    TokenizeResult: _u_TokenizeResult,
    LlmApplyPromptTemplateOpts: _u_LlmApplyPromptTemplateOpts,
    ApplyPromptTemplateParameter: _u_ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult: _u_ApplyPromptTemplateResult,
    GetLoadConfigParameter: _u_GetLoadConfigParameter,
    GetBasePredictionConfigParameter: _u_GetBasePredictionConfigParameter,
    GetInstanceProcessingStateParameter: _u_GetInstanceProcessingStateParameter,
    InstanceProcessingState: _u_InstanceProcessingState,
    EstimateModelUsageParameter: _u_EstimateModelUsageParameter,
    ModelMemoryEstimate: _u_ModelMemoryEstimate,
    ModelUsageEstimate: _u_ModelUsageEstimate,
    ModelQuantization: _u_ModelQuantization,
    LlmInfo: _u_LlmInfo,
    LlmInstanceInfo: _u_LlmInstanceInfo,
    EmbeddingModelInfo: _u_EmbeddingModelInfo,
    EmbeddingModelInstanceInfo: _u_EmbeddingModelInstanceInfo,
    RuntimeEngineSpecifier: _u_RuntimeEngineSpecifier,
    RuntimeCpuTarget: _u_RuntimeCpuTarget,
    RuntimeGpuTarget: _u_RuntimeGpuTarget,
    RuntimeEngineInfo: _u_RuntimeEngineInfo,
    EngineSelections: _u_EngineSelections,
    SelectEngineParameter: _u_SelectEngineParameter,
    SurveyHardwareSelected: _u_SurveyHardwareSelected,
    SurveyHardwareAll: _u_SurveyHardwareAll,
    SurveyHardwareCustom: _u_SurveyHardwareCustom,
    EngineCompatibility: _u_EngineCompatibility,
    SurveyResult: _u_SurveyResult,
    CpuInfo: _u_CpuInfo,
    CpuSurveyResult: _u_CpuSurveyResult,
    GpuInfo: _u_GpuInfo,
    GpuSurveyResult: _u_GpuSurveyResult,
    HardwareSurvey: _u_HardwareSurvey,
    MemoryInfo: _u_MemoryInfo,
    VisibleDevicesConfig: _u_VisibleDevicesConfig,
    EngineHardwareSurvey: _u_EngineHardwareSurvey,
    SurveyHardwareResult: _u_SurveyHardwareResult,
    SearchRuntimeExtensionsParameter: _u_SearchRuntimeExtensionsParameter,
    RuntimeExtensionEngine: _u_RuntimeExtensionEngine,
    RuntimeExtensionFramework: _u_RuntimeExtensionFramework,
    SearchRuntimeExtensionsResult: _u_SearchRuntimeExtensionsResult,
    DownloadRuntimeExtensionCreationParameter: _u_DownloadRuntimeExtensionCreationParameter,
    RuntimeDownloadProgress: _u_RuntimeDownloadProgress,
    DownloadRuntimeExtensionProgressPacket: _u_DownloadRuntimeExtensionProgressPacket,
    DownloadRuntimeExtensionStartFinalizingPacket: _u_DownloadRuntimeExtensionStartFinalizingPacket,
    DownloadRuntimeExtensionSuccessPacket: _u_DownloadRuntimeExtensionSuccessPacket,
    DownloadRuntimeExtensionCancelPacket: _u_DownloadRuntimeExtensionCancelPacket,
    NotifyParameter: _u_NotifyParameter,
    SystemVersionResult: _u_SystemVersionResult,
    SystemInfoResult: _u_SystemInfoResult,
    ListDownloadedModelVariantsParameter: _u_ListDownloadedModelVariantsParameter,
    StartHttpServerParameter: _u_StartHttpServerParameter,
    ToolCallRequest: _u_ToolCallRequest,
    LlmToolParameters: _u_LlmToolParameters,
    LlmToolFunction: _u_LlmToolFunction,
    LlmTool: _u_LlmTool,
    LlmToolUseSettingNone: _u_LlmToolUseSettingNone,
    LlmToolUseSettingToolArray: _u_LlmToolUseSettingToolArray,
    AuthPacket: _u_AuthPacket,
    AuthResult: _u_AuthResult,
    ChannelCreate: _u_ChannelCreate,
    ClientChannelSend: _u_ClientChannelSend,
    ClientChannelAck: _u_ClientChannelAck,
    RpcCall: _u_RpcCall,
    SignalSubscribe: _u_SignalSubscribe,
    SignalUnsubscribe: _u_SignalUnsubscribe,
    WritableSignalSubscribe: _u_WritableSignalSubscribe,
    WritableSignalUnsubscribe: _u_WritableSignalUnsubscribe,
    ClientWritableSignalUpdate: _u_ClientWritableSignalUpdate,
    KeepAlive: _u_KeepAlive,
    CommunicationWarning: _u_CommunicationWarning,
    ServerChannelSend: _u_ServerChannelSend,
    ServerChannelAck: _u_ServerChannelAck,
    ChannelClose: _u_ChannelClose,
    ChannelError: _u_ChannelError,
    RpcResult: _u_RpcResult,
    RpcError: _u_RpcError,
    SignalUpdate: _u_SignalUpdate,
    SignalError: _u_SignalError,
    ServerWritableSignalUpdate: _u_ServerWritableSignalUpdate,
    WritableSignalError: _u_WritableSignalError,
    KeepAliveAck: _u_KeepAliveAck,
    CaptureRecord: _u_CaptureRecord,
}
"""Class -> its specialised unstructure function."""


_u_any: Final = unstructure_any(_UNSTRUCTURE, lambda v: _converter("TOLERANT").unstructure(v))
"""Unstructure by the value's run-time class, as cattrs does for Any and union types."""


# ---------------------------------------------------------------------------------------------------
# The converters, built on first use


def _has_fast_structure(t: Any) -> bool:
    try:
        return t in _STRUCTURE
    except TypeError:  # unhashable
        return False


def _fast_structure_hook(t: Any) -> Callable[[Any, Any], Any]:
    fn = _STRUCTURE[t]
    return lambda value, _: fn(value)


def _build(name: str) -> cattrs.Converter:
    if name == "STRICT":
        return make_converter(strict=True, detailed=True)
    conv = make_converter(strict=False)
    for cls, fn in _UNSTRUCTURE.items():
        conv.register_unstructure_hook(cls, fn)
    conv.register_structure_hook_factory(_has_fast_structure, _fast_structure_hook)
    return conv


_build_lock = threading.Lock()


def _converter(name: str) -> cattrs.Converter:
    found = globals().get(name)
    if found is None:
        with _build_lock:
            found = globals().get(name)
            if found is None:
                found = globals()[name] = _build(name)
    return typing.cast("cattrs.Converter", found)


def __getattr__(name: str) -> Any:
    """Build `TOLERANT` or `STRICT` on first access."""
    if name in ("TOLERANT", "STRICT"):
        return _converter(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def structure(data: Any, cls: type[T] | Any) -> T:
    """Decode JSON-shaped data into the given generated type (tolerant)."""
    try:
        fn: Callable[[Any], T] = _STRUCTURE[cls]
    except (KeyError, TypeError):
        return typing.cast(T, _converter("TOLERANT").structure(data, cls))
    return fn(data)


def decoder(cls: Any) -> Callable[[Any], Any]:
    """The function that `structure(data, cls)` calls, to look up once and call per message."""
    try:
        return _STRUCTURE[cls]
    except (KeyError, TypeError):
        return lambda data: _converter("TOLERANT").structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Encode a generated model (or a list or dict of them) into JSON-shaped data."""
    return _u_any(obj)
