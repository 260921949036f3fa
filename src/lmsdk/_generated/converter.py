# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 4190c07892c5352e)
# from schema/ (sha256 accd8f86a4595006). Change schema/ or codegen/ and regenerate instead.

"""cattrs converters for every generated model: explicit camelCase renames, tagged unions, checked scalars.

Two flavours exist. The tolerant one (`TOLERANT`) is what clients and servers decode with: unknown keys are
ignored and unknown enum values pass through as plain strings, because newer peers send more. The strict
one (`STRICT`) rejects both; the wire validator uses it. In both, a wrong JSON type is an error: cattrs
would otherwise coerce "5" into 5 and hide a protocol bug. Hooks are built lazily, on first use of a type,
so that importing the SDK stays cheap.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, Final, Literal, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from lmsdk._generated.base import UnknownEnumValueError, UnknownTagError, Unset
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
    SystemMessagePart,
    UserMessagePart,
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
from lmsdk._generated.llm import (
    ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult,
    CountTokensParameter,
    CountTokensResult,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    GetOrLoadAlreadyLoadedPacket,
    GetOrLoadCancelPacket,
    GetOrLoadCreationParameter,
    GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket,
    GetOrLoadStartLoadingPacket,
    GetOrLoadToClientPacket,
    GetOrLoadUnloadingOtherJitModelPacket,
    LlmApplyPromptTemplateOpts,
    LlmPredictionFragment,
    LlmPredictionStats,
    LlmPredictionStopReason,
    LlmPromptProcessingDetails,
    LlmReasoningType,
    LoadModelCancelPacket,
    LoadModelCreationParameter,
    LoadModelProgressPacket,
    LoadModelResolvedPacket,
    LoadModelSuccessPacket,
    LoadModelToClientPacket,
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
from lmsdk._generated.system import SystemVersionResult
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
        "max_context_length": "maxContextLength",
        "identifier": "identifier",
        "instance_reference": "instanceReference",
        "context_length": "contextLength",
        "ttl_ms": "ttlMs",
        "last_used_time": "lastUsedTime",
    },
    SystemVersionResult: {"version": "version", "build": "build"},
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
    LlmToolChoice: ("type",),
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
    SystemMessagePart: (
        "SystemMessagePart",
        "type",
        {"text": ChatMessagePartText, "file": ChatMessagePartFile},
    ),
    UserMessagePart: (
        "UserMessagePart",
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
    LlmReasoningType: "LlmReasoningType",
    LlmPredictionStopReason: "LlmPredictionStopReason",
    ModelCompatibilityType: "ModelCompatibilityType",
    CaptureOrigin: "CaptureOrigin",
}
"""Named string enums (Literal aliases), which the tolerant converter lets grow."""

_JSON_NAMES: Final = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _scalar(expected: type) -> Callable[[Any, Any], Any]:
    def check(value: Any, _: Any) -> Any:
        ok = (
            isinstance(value, int | float) and not isinstance(value, bool)
            if expected is float
            else type(value) is expected
        )
        if not ok:
            raise TypeError(f"expected {_JSON_NAMES[expected]}, found {_type_name(value)}")
        return value

    return check


def _accepts(member: Any, value: Any, strict: bool) -> bool:
    """Cheap shape test used to pick the member of an untagged union."""
    if member is type(None):
        return value is None
    if member is Any:
        return True
    if member in _JSON_NAMES:
        if member is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        return type(value) is member
    if member in ENUMS or get_origin(member) is Literal:
        return isinstance(value, str | int | float | bool) and (
            (member in ENUMS and not strict and isinstance(value, str)) or value in get_args(member)
        )
    origin = get_origin(member)
    if origin is list:
        return isinstance(value, list)
    if attrs_has(member):
        # Python flattens `A | B | None` into one union, so members of a tagged union can land here:
        # a class only accepts objects whose fixed fields (the tag) carry its own values.
        return isinstance(value, dict) and all(
            value.get(wire, fixed) == fixed for wire, fixed in _fixed_fields(member)
        )
    return isinstance(value, dict) and (origin is dict or member in UNIONS)


_FIXED: dict[type, list[tuple[str, Any]]] = {}


def _fixed_fields(cls: type) -> list[tuple[str, Any]]:
    """(wire name, value) of the const fields of a class, cached."""
    found = _FIXED.get(cls)
    if found is None:
        fields = attrs.fields_dict(cls)
        found = [(RENAMES[cls][c], fields[c].default) for c in CONST_FIELDS.get(cls, ())]
        _FIXED[cls] = found
    return found


def attrs_has(cls: Any) -> bool:
    """Whether cls is one of the generated attrs classes."""
    return isinstance(cls, type) and cls in RENAMES


def _is_any(t: Any) -> bool:
    return t is Any


def _is_plain_literal(t: Any) -> bool:
    return get_origin(t) is Literal and t not in ENUMS


def _is_list(t: Any) -> bool:
    return get_origin(t) is list


def _is_dict(t: Any) -> bool:
    return get_origin(t) is dict


def _is_union(t: Any) -> bool:
    return get_origin(t) in (typing.Union, types.UnionType) and t not in UNIONS


def make_converter(*, strict: bool, detailed: bool = False) -> cattrs.Converter:
    """Build a converter.

    Args:
        strict: reject unknown keys and unknown enum values instead of tolerating them.
        detailed: collect every error with its path (slower; for validation reports).

    Returns:
        A converter that structures and unstructures every generated model.
    """
    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=strict)
    for scalar in (str, int, float, bool):
        conv.register_structure_hook(scalar, _scalar(scalar))
    conv.register_structure_hook_func(_is_any, lambda v, _: v)

    def class_hook(cls: type) -> Callable[[Any, Any], Any]:
        consts = _fixed_fields(cls)
        renames: dict[str, Any] = {py: override(rename=wire) for py, wire in RENAMES[cls].items()}
        fn: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=detailed,
            **renames,
        )
        name = cls.__name__

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {_type_name(value)}")
            for wire, fixed in consts:
                if wire in value and value[wire] != fixed:
                    raise ValueError(
                        f"{wire!r} must be {fixed!r} for {name}, found {value[wire]!r}"
                    )
            return fn(value, cls)

        return structure

    def class_unhook(cls: type) -> Callable[[Any], Any]:
        consts = set(CONST_FIELDS.get(cls, ()))
        renames: dict[str, Any] = {
            py: override(rename=wire, omit_if_default=False if py in consts else None)
            for py, wire in RENAMES[cls].items()
        }
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames)

    def union_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, disc, tags = UNIONS[alias]
        expected = [str(t) for t in tags]

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {_type_name(value)}")
            if disc not in value:
                raise KeyError(f"{name} needs the {disc!r} key (one of {expected})")
            cls = tags.get(value[disc])
            if cls is None:
                raise UnknownTagError(name, disc, value[disc], expected)
            return conv.structure(value, cls)

        return structure

    def enum_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, allowed = ENUMS[alias], get_args(alias)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, str):
                raise TypeError(f"expected a string ({name}), found {_type_name(value)}")
            if strict and value not in allowed:
                raise UnknownEnumValueError(name, value, list(allowed))
            return value

        return structure

    def literal_hook(t: Any) -> Callable[[Any, Any], Any]:
        allowed = get_args(t)

        def structure(value: Any, _: Any) -> Any:
            if value not in allowed or type(value) not in {type(a) for a in allowed}:
                raise ValueError(f"expected one of {list(allowed)}, found {value!r}")
            return value

        return structure

    def untagged_hook(t: Any) -> Callable[[Any, Any], Any]:
        members = [m for m in get_args(t) if m is not Unset]

        def structure(value: Any, _: Any) -> Any:
            for member in members:
                if _accepts(member, value, strict):
                    return None if member is type(None) else conv.structure(value, member)
            raise TypeError(f"expected {t}, found {_type_name(value)}")

        return structure

    def list_hook(t: Any) -> Callable[[Any, Any], Any]:
        (item,) = get_args(t) or (Any,)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected an array, found {_type_name(value)}")
            return [conv.structure(v, item) for v in value]

        return structure

    def dict_hook(t: Any) -> Callable[[Any, Any], Any]:
        _, item = get_args(t) or (str, Any)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, found {_type_name(value)}")
            return {k: conv.structure(v, item) for k, v in value.items()}

        return structure

    conv.register_structure_hook_factory(attrs_has, class_hook)
    conv.register_unstructure_hook_factory(attrs_has, class_unhook)
    conv.register_structure_hook_factory(lambda t: t in UNIONS, union_hook)
    conv.register_structure_hook_factory(lambda t: t in ENUMS, enum_hook)
    conv.register_structure_hook_factory(_is_plain_literal, literal_hook)
    conv.register_structure_hook_factory(_is_union, untagged_hook)
    conv.register_structure_hook_factory(_is_list, list_hook)
    conv.register_structure_hook_factory(_is_dict, dict_hook)
    return conv


TOLERANT: Final = make_converter(strict=False)
"""Decodes what a peer sends: unknown keys are ignored and new enum values kept as strings."""

STRICT: Final = make_converter(strict=True, detailed=True)
"""Rejects unknown keys and enum values and reports every problem with its path."""


def structure(data: Any, cls: type[T] | Any) -> T:
    """Decode JSON-shaped data into the given generated type (tolerant)."""
    return typing.cast(T, TOLERANT.structure(data, cls))


def unstructure(obj: Any) -> Any:
    """Encode a generated model (or a list or dict of them) into JSON-shaped data."""
    return TOLERANT.unstructure(obj)
