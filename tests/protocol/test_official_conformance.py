"""Conformance with the official `lmstudio` 1.5.0 client's own wire models (msgspec Structs).

For every message type that both packages model (OFFICIAL_TYPES), in both directions:

* what we encode (`unstructure` of our model values) decodes with their models, and their encoder
  gives back exactly the JSON we sent (nothing dropped or renamed);
* what they encode (their instance decoded from a schema instance, re-encoded by their encoder)
  decodes with our models and equals what we decode from the original JSON.

The official models follow an older protocol revision (lmstudio-js Release-54), so the instances
are drawn from a narrowed view of our schema (OFFICIAL_VIEW): the optional fields and enum values
that only newer servers know are left out, each with a comment saying why.
"""

from __future__ import annotations

import json
from typing import Any

import lmstudio._sdk_models as sdk
import msgspec
import pytest
from hypothesis import given, settings
from lmstudio.schemas import LMStudioStruct

from lmsdk._generated.converter import structure, unstructure
from tests.protocol.strategies import (
    PROFILE,
    SchemaStrategies,
    all_def_names,
    assert_same_json,
    assert_valid,
    enum_without,
    narrowed,
    python_type,
    schema_defs,
    union_without,
)

PROTOCOL_SETTINGS = settings(settings.get_profile(PROFILE))

_NEWER_MODEL_INFO = (
    "publisher",
    "indexedModelIdentifier",
    "deviceIdentifier",
    "quantization",
    "variants",
    "selectedVariant",
)
_NEWER_INSTANCE_INFO = (*_NEWER_MODEL_INFO, "ttlMs", "lastUsedTime")

# Load settings whose KV keys protocol 2.0.0 added.
_LOAD_KEYS_20 = (
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
)

OFFICIAL_VIEW: dict[str, dict[str, Any]] = {
    # -- Fields and values that only newer servers send or accept (unknown to lmstudio 1.5.0).
    "LlmPredictionFragment": narrowed("LlmPredictionFragment", drop=("isStructural", "tokens")),
    "PredictPromptProcessingProgressPacket": narrowed(
        "PredictPromptProcessingProgressPacket", drop=("details",)
    ),
    "LlmPredictionStats": narrowed("LlmPredictionStats", drop=("stopString", "totalTimeSec")),
    "ModelDomainType": enum_without("ModelDomainType", "drafter"),
    "ModelCompatibilityType": enum_without("ModelCompatibilityType", "pte", "yuzu"),
    "GpuSplitStrategy": enum_without("GpuSplitStrategy", "tensor"),
    "ModelQuery": narrowed("ModelQuery", drop=("deviceIdentifier",)),
    "GetOrLoadCreationParameter": narrowed(
        "GetOrLoadCreationParameter", drop=("deviceIdentifier",)
    ),
    "LoadModelCreationParameter": narrowed(
        "LoadModelCreationParameter", drop=("deviceIdentifier",)
    ),
    "UnloadModelParameter": narrowed("UnloadModelParameter", drop=("deviceIdentifier",)),
    "LlmInfo": narrowed("LlmInfo", drop=_NEWER_MODEL_INFO),
    "EmbeddingModelInfo": narrowed("EmbeddingModelInfo", drop=_NEWER_MODEL_INFO),
    "LlmInstanceInfo": narrowed("LlmInstanceInfo", drop=_NEWER_INSTANCE_INFO),
    "EmbeddingModelInstanceInfo": narrowed("EmbeddingModelInstanceInfo", drop=_NEWER_INSTANCE_INFO),
    "ChatMessagePartToolCallResult": narrowed("ChatMessagePartToolCallResult", drop=("name",)),
    "ErrorDisplayData": union_without(
        "ErrorDisplayData", "ErrorDisplayDataMissingRuntimeExtension"
    ),
    "LlmToolParameters": narrowed("LlmToolParameters", drop=("$defs",)),
    "LlmLoadModelConfig": narrowed(
        "LlmLoadModelConfig",
        drop=(
            "maxParallelPredictions",
            "physicalBatchSize",
            "useUnifiedKvCache",
            "tryDirectIO",
            *_LOAD_KEYS_20,
        ),
        # Their typed load config takes plain numbers here; `false` (use the default) is our
        # addition, which we translate to the KV checkbox form ourselves.
        replace={
            "seed": {"type": "integer", "minimum": -1},
            "ropeFrequencyBase": {"type": "number", "minimum": 0},
            "ropeFrequencyScale": {"type": "number", "minimum": 0},
        },
    ),
    "LlmPredictionConfig": narrowed(
        "LlmPredictionConfig",
        drop=(
            "toolChoice",
            "toolNaming",
            "presencePenalty",
            "xtcProbability",
            "xtcThreshold",
            "logProbs",
            "enableThinking",
            "reasoningBudget",
            "userMaxImageDimensionPixels",
            "ignoreModelPreferredMaxImageDimension",
        ),
    ),
    # -- Same field, different shape: older servers sent logprobs as [[{text, logprob}]]; we keep it
    # as raw JSON, they type it, so our arbitrary JSON values are not theirs.
    "PredictFragmentPacket": narrowed("PredictFragmentPacket", drop=("logprobs",)),
    # -- Their Structs omit fields equal to their default on encoding (msgspec omit_defaults), so a
    # value equal to their default does not survive their re-encoding:
    # SerializedLMSExtendedError.title defaults to "Unknown error" (our schema's documented
    # default too, but we keep it as given) ...
    "SerializedError": narrowed(
        "SerializedError", replace={"title": {"type": "string", "not": {"const": "Unknown error"}}}
    ),
    # ... and their optional `Any` fields default to None, so an explicit JSON null is dropped,
    # while we keep null apart from an absent key.
    "KvConfigField": narrowed("KvConfigField", replace={"value": {"not": {"type": "null"}}}),
    "LlmStructuredPredictionSetting": narrowed(
        "LlmStructuredPredictionSetting", replace={"jsonSchema": {"not": {"type": "null"}}}
    ),
}
"""Our schema as lmstudio 1.5.0 knows it: every override accepts a subset of the original."""

OFFICIAL = SchemaStrategies(overrides=OFFICIAL_VIEW)

OFFICIAL_TYPES: dict[str, Any] = {
    # chat/history.json
    "ChatHistoryData": sdk.ChatHistoryData,
    "ChatRole": sdk.ChatMessageRoleData,
    "ChatMessageData": sdk.AnyChatMessage,
    "ChatMessageSystem": sdk.SystemPrompt,
    "ChatMessageUser": sdk.UserMessage,
    "ChatMessageAssistant": sdk.AssistantResponse,
    "ChatMessageTool": sdk.ToolResultMessage,
    "TextOrFileMessagePart": sdk.TextData | sdk.FileHandle,
    "AssistantMessagePart": sdk.TextData | sdk.FileHandle | sdk.ToolCallRequestData,
    "ChatMessagePartText": sdk.TextData,
    "FileType": sdk.FileType,
    "ChatMessagePartFile": sdk.FileHandle,
    "ChatMessagePartToolCallRequest": sdk.ToolCallRequestData,
    "ChatMessagePartToolCallResult": sdk.ToolCallResultData,
    # common/errors.json
    "SerializedError": sdk.SerializedLMSExtendedError,
    "ErrorDisplayData": sdk.ErrorDisplayData,
    "ErrorDisplayDataSpecificModelUnloaded": sdk.ErrorDisplayDataGenericSpecificModelUnloaded,
    "ErrorDisplayDataNoModelMatchingQuery": sdk.ErrorDisplayDataGenericNoModelMatchingQuery,
    "ErrorDisplayDataPathNotFound": sdk.ErrorDisplayDataGenericPathNotFound,
    "ErrorDisplayDataIdentifierNotFound": sdk.ErrorDisplayDataGenericIdentifierNotFound,
    "ErrorDisplayDataDomainMismatch": sdk.ErrorDisplayDataGenericDomainMismatch,
    "ErrorDisplayDataEngineDoesNotSupportFeature": (
        sdk.ErrorDisplayDataGenericEngineDoesNotSupportFeature
    ),
    "ErrorDisplayDataPresetNotFound": sdk.ErrorDisplayDataGenericPresetNotFound,
    "PresetSample": sdk.AvailablePresetsSampleItem,
    # common/model_specifier.json
    "ModelDomainType": sdk.ModelDomainType,
    "ModelQuery": sdk.ModelQuery,
    "ModelSpecifier": sdk.ModelSpecifier,
    "ModelSpecifierQuery": sdk.ModelSpecifierQuery,
    "ModelSpecifierInstanceReference": sdk.ModelSpecifierInstanceReference,
    # config/kv.json
    "KvConfigField": sdk.KvConfigField,
    "KvConfig": sdk.KvConfig,
    "KvConfigLayerName": sdk.KvConfigLayerName,
    "KvConfigStackLayer": sdk.KvConfigStackLayer,
    "KvConfigStack": sdk.KvConfigStack,
    # config/load.json
    "LlmLoadModelConfig": sdk.LlmLoadModelConfig,
    "GpuSetting": sdk.GpuSetting,
    "GpuOffloadRatio": sdk.LlmLlamaAccelerationOffloadRatio,
    "LlmSplitStrategy": sdk.LlmSplitStrategy,
    "GpuSplitStrategy": sdk.GpuSplitStrategy,
    "GpuSplitConfig": sdk.GpuSplitConfig,
    "LlamaCacheQuantizationType": sdk.LlmLlamaCacheQuantizationType,
    # config/prediction.json
    "LlmPredictionConfig": sdk.LlmPredictionConfig,
    "LlmContextOverflowPolicy": sdk.LlmContextOverflowPolicy,
    "LlmStructuredPredictionType": sdk.LlmStructuredPredictionType,
    "LlmStructuredPredictionSetting": sdk.LlmStructuredPredictionSetting,
    "LlmReasoningParsing": sdk.LlmReasoningParsing,
    "LlmPromptTemplateType": sdk.LlmPromptTemplateType,
    "LlmManualPromptTemplate": sdk.LlmManualPromptTemplate,
    "LlmJinjaPromptTemplate": sdk.LlmJinjaPromptTemplate,
    "LlmPromptTemplate": sdk.LlmPromptTemplate,
    # llm/prediction.json
    "LlmReasoningType": sdk.LlmPredictionFragmentReasoningType,
    "LlmPredictionFragment": sdk.LlmPredictionFragment,
    "LlmPredictionStopReason": sdk.LlmPredictionStopReason,
    "LlmPredictionStats": sdk.LlmPredictionStats,
    # llm/predict.json
    "PredictCreationParameter": sdk.PredictionChannelRequest,
    "PredictToClientPacket": sdk.LlmChannelPredictToClientPacket,
    "PredictFragmentPacket": sdk.LlmChannelPredictToClientPacketFragment,
    "PredictPromptProcessingProgressPacket": (
        sdk.LlmChannelPredictToClientPacketPromptProcessingProgress
    ),
    "PredictToolCallGenerationStartPacket": sdk.LlmChannelPredictToClientPacketToolCallGenerationStart,
    "PredictToolCallGenerationNameReceivedPacket": (
        sdk.LlmChannelPredictToClientPacketToolCallGenerationNameReceived
    ),
    "PredictToolCallGenerationArgumentFragmentGeneratedPacket": (
        sdk.LlmChannelPredictToClientPacketToolCallGenerationArgumentFragmentGenerated
    ),
    "PredictToolCallGenerationEndPacket": sdk.LlmChannelPredictToClientPacketToolCallGenerationEnd,
    "PredictToolCallGenerationFailedPacket": (
        sdk.LlmChannelPredictToClientPacketToolCallGenerationFailed
    ),
    "PredictSuccessPacket": sdk.LlmChannelPredictToClientPacketSuccess,
    "PredictToServerPacket": sdk.LlmChannelPredictToServerPacket,
    "PredictCancelPacket": sdk.LlmChannelPredictToServerPacketCancel,
    # llm/load.json
    "GetOrLoadCreationParameter": sdk.LlmChannelGetOrLoadCreationParameter,
    "GetOrLoadToClientPacket": sdk.LlmChannelGetOrLoadToClientPacket,
    "GetOrLoadAlreadyLoadedPacket": sdk.LlmChannelGetOrLoadToClientPacketAlreadyLoaded,
    "GetOrLoadStartLoadingPacket": sdk.LlmChannelGetOrLoadToClientPacketStartLoading,
    "GetOrLoadUnloadingOtherJitModelPacket": (
        sdk.LlmChannelGetOrLoadToClientPacketUnloadingOtherJITModel
    ),
    "GetOrLoadLoadProgressPacket": sdk.LlmChannelGetOrLoadToClientPacketLoadProgress,
    "GetOrLoadLoadSuccessPacket": sdk.LlmChannelGetOrLoadToClientPacketLoadSuccess,
    "GetOrLoadToServerPacket": sdk.LlmChannelGetOrLoadToServerPacket,
    "GetOrLoadCancelPacket": sdk.LlmChannelGetOrLoadToServerPacketCancel,
    "LoadModelCreationParameter": sdk.LlmChannelLoadModelCreationParameter,
    "LoadModelToClientPacket": sdk.LlmChannelLoadModelToClientPacket,
    "LoadModelResolvedPacket": sdk.LlmChannelLoadModelToClientPacketResolved,
    "LoadModelProgressPacket": sdk.LlmChannelLoadModelToClientPacketProgress,
    "LoadModelSuccessPacket": sdk.LlmChannelLoadModelToClientPacketSuccess,
    "LoadModelToServerPacket": sdk.LlmChannelLoadModelToServerPacket,
    "LoadModelCancelPacket": sdk.LlmChannelLoadModelToServerPacketCancel,
    # llm/rpc.json
    "GetModelInfoParameter": sdk.LlmRpcGetModelInfoParameter,
    "UnloadModelParameter": sdk.LlmRpcUnloadModelParameter,
    "CountTokensParameter": sdk.LlmRpcCountTokensParameter,
    "CountTokensResult": sdk.LlmRpcCountTokensReturns,
    "TokenizeParameter": sdk.LlmRpcTokenizeParameter,
    "TokenizeResult": sdk.LlmRpcTokenizeReturns,
    "LlmApplyPromptTemplateOpts": sdk.LlmApplyPromptTemplateOpts,
    "ApplyPromptTemplateParameter": sdk.LlmRpcApplyPromptTemplateParameter,
    "ApplyPromptTemplateResult": sdk.LlmRpcApplyPromptTemplateReturns,
    "GetLoadConfigParameter": sdk.LlmRpcGetLoadConfigParameter,
    # models/info.json
    "ModelCompatibilityType": sdk.ModelCompatibilityType,
    "LlmInfo": sdk.LlmInfo,
    "LlmInstanceInfo": sdk.LlmInstanceInfo,
    "EmbeddingModelInfo": sdk.EmbeddingModelInfo,
    "EmbeddingModelInstanceInfo": sdk.EmbeddingModelInstanceInfo,
    "ModelInfo": sdk.ModelInfo,
    "ModelInstanceInfo": sdk.ModelInstanceInfo,
    # system/rpc.json
    "SystemVersionResult": sdk.SystemRpcVersionReturns,
    # tools/tools.json (their LlmToolFunction is our LlmTool; their Function is our LlmToolFunction)
    "ToolCallRequest": sdk.ToolCallRequest,
    "LlmToolParameters": sdk.LlmToolParametersObject,
    "LlmToolFunction": sdk.Function,
    "LlmTool": sdk.LlmToolFunction,
    "LlmToolUseSetting": sdk.LlmToolUseSetting,
    "LlmToolUseSettingNone": sdk.LlmToolUseSettingNone,
    "LlmToolUseSettingToolArray": sdk.LlmToolUseSettingToolArray,
    # config/embedding_load.json, embedding/load.json, embedding/rpc.json
    "EmbeddingLoadModelConfig": sdk.EmbeddingLoadModelConfig,
    "EmbeddingGetOrLoadToClientPacket": sdk.EmbeddingChannelGetOrLoadToClientPacket,
    "EmbeddingGetOrLoadAlreadyLoadedPacket": (
        sdk.EmbeddingChannelGetOrLoadToClientPacketAlreadyLoaded
    ),
    "EmbeddingGetOrLoadStartLoadingPacket": sdk.EmbeddingChannelGetOrLoadToClientPacketStartLoading,
    "EmbeddingGetOrLoadUnloadingOtherJitModelPacket": (
        sdk.EmbeddingChannelGetOrLoadToClientPacketUnloadingOtherJITModel
    ),
    "EmbeddingGetOrLoadLoadProgressPacket": sdk.EmbeddingChannelGetOrLoadToClientPacketLoadProgress,
    "EmbeddingGetOrLoadLoadSuccessPacket": sdk.EmbeddingChannelGetOrLoadToClientPacketLoadSuccess,
    "EmbeddingLoadModelCreationParameter": sdk.EmbeddingChannelLoadModelCreationParameter,
    "EmbeddingLoadModelToClientPacket": sdk.EmbeddingChannelLoadModelToClientPacket,
    "EmbeddingLoadModelResolvedPacket": sdk.EmbeddingChannelLoadModelToClientPacketResolved,
    "EmbeddingLoadModelProgressPacket": sdk.EmbeddingChannelLoadModelToClientPacketProgress,
    "EmbeddingLoadModelSuccessPacket": sdk.EmbeddingChannelLoadModelToClientPacketSuccess,
    "EmbedStringParameter": sdk.EmbeddingRpcEmbedStringParameter,
    "EmbedStringResult": sdk.EmbeddingRpcEmbedStringReturns,
    # files/files.json
    "UploadFileBase64Parameter": sdk.FilesRpcUploadFileBase64Parameter,
    "UploadFileBase64Result": sdk.FilesRpcUploadFileBase64Returns,
    "DocumentParsingLibraryIdentifier": sdk.DocumentParsingLibraryIdentifier,
    "DocumentParsingOpts": sdk.DocumentParsingOpts,
    "GetDocumentParsingLibraryParameter": sdk.FilesRpcGetDocumentParsingLibraryParameter,
    "ParseDocumentCreationParameter": sdk.FilesChannelParseDocumentCreationParameter,
    "ParseDocumentToClientPacket": sdk.FilesChannelParseDocumentToClientPacket,
    "ParseDocumentParserLoadedPacket": sdk.FilesChannelParseDocumentToClientPacketParserLoaded,
    "ParseDocumentProgressPacket": sdk.FilesChannelParseDocumentToClientPacketProgress,
    "ParseDocumentResultPacket": sdk.FilesChannelParseDocumentToClientPacketResult,
    "ParseDocumentToServerPacket": sdk.FilesChannelParseDocumentToServerPacket,
    "ParseDocumentCancelPacket": sdk.FilesChannelParseDocumentToServerPacketCancel,
    "RetrievalFileProcessingStep": sdk.RetrievalFileProcessingStep,
    "RetrieveCreationParameter": sdk.FilesChannelRetrieveCreationParameter,
    "RetrieveToClientPacket": sdk.FilesChannelRetrieveToClientPacket,
    "RetrieveFileProcessListPacket": sdk.FilesChannelRetrieveToClientPacketOnFileProcessList,
    "RetrieveFileProcessingStartPacket": (
        sdk.FilesChannelRetrieveToClientPacketOnFileProcessingStart
    ),
    "RetrieveFileProcessingEndPacket": sdk.FilesChannelRetrieveToClientPacketOnFileProcessingEnd,
    "RetrieveFileProcessingStepStartPacket": (
        sdk.FilesChannelRetrieveToClientPacketOnFileProcessingStepStart
    ),
    "RetrieveFileProcessingStepProgressPacket": (
        sdk.FilesChannelRetrieveToClientPacketOnFileProcessingStepProgress
    ),
    "RetrieveFileProcessingStepEndPacket": (
        sdk.FilesChannelRetrieveToClientPacketOnFileProcessingStepEnd
    ),
    "RetrieveSearchingStartPacket": sdk.FilesChannelRetrieveToClientPacketOnSearchingStart,
    "RetrieveSearchingEndPacket": sdk.FilesChannelRetrieveToClientPacketOnSearchingEnd,
    "RetrieveResultPacket": sdk.FilesChannelRetrieveToClientPacketResult,
    "InternalRetrievalResult": sdk.InternalRetrievalResult,
    "InternalRetrievalResultEntry": sdk.InternalRetrievalResultEntry,
    "RetrieveToServerPacket": sdk.FilesChannelRetrieveToServerPacket,
    "RetrieveStopPacket": sdk.FilesChannelRetrieveToServerPacketStop,
    # system/notify.json
    "NotifyParameter": sdk.SystemRpcNotifyParameter,
}
"""Our schema definition -> the official model of the same message."""

NOT_IN_OFFICIAL: dict[str, str] = {
    "ErrorDisplayDataMissingRuntimeExtension": "newer error code",
    "LlmPromptProcessingDetails": "newer field of promptProcessingProgress",
    "ModelQuantization": "newer field of model info",
    "LlmToolChoice": "newer prediction setting",
    "LlmToolChoiceMode": "newer prediction setting",
    "LlmToolNaming": "newer prediction setting",
    "LlmPredictionToken": "newer field of a fragment (protocol 2.0.0)",
    "LlmTokenCandidate": "newer field of a fragment (protocol 2.0.0)",
    "LlmLoadPromptTemplate": "newer load setting (protocol 2.0.0)",
    **{
        name: "payload of an endpoint added in protocol 2.0.0"
        for name in [
            "CompleteRawTextCreationParameter",
            "CompleteRawTextToClientPacket",
            "GetBasePredictionConfigParameter",
            "ModelInstanceProcessingStatus",
            "GetInstanceProcessingStateParameter",
            "InstanceProcessingState",
            "EstimateModelUsageParameter",
            "ModelMemoryEstimateConfidence",
            "ModelMemoryEstimate",
            "ModelUsageEstimate",
            "SystemInfoResult",
            "ListDownloadedModelVariantsParameter",
            "StartHttpServerParameter",
            *(name for name, (rel, _) in schema_defs().items() if rel == "runtime/rpc.json"),
        ]
    },
    "CaptureOrigin": "lmsdk's own capture-file format, not a protocol message",
    "CaptureRecord": "lmsdk's own capture-file format, not a protocol message",
    **{
        name: "auth and envelope frames are plain dicts in lmstudio.json_api, not models"
        for name in [
            "AuthPacket",
            "AuthResult",
            "ClientMessage",
            "ServerMessage",
            "ChannelCreate",
            "ClientChannelSend",
            "ClientChannelAck",
            "RpcCall",
            "SignalSubscribe",
            "SignalUnsubscribe",
            "WritableSignalSubscribe",
            "WritableSignalUnsubscribe",
            "ClientWritableSignalUpdate",
            "KeepAlive",
            "CommunicationWarning",
            "ServerChannelSend",
            "ServerChannelAck",
            "ChannelClose",
            "ChannelError",
            "RpcResult",
            "RpcError",
            "SignalUpdate",
            "SignalError",
            "ServerWritableSignalUpdate",
            "WritableSignalError",
            "KeepAliveAck",
        ]
    },
}
"""Our definitions that lmstudio 1.5.0 has no model for, and why."""


def official_decode(wire: Any, their_type: Any) -> Any:
    """Decode JSON-shaped data the way the official client does."""
    if isinstance(their_type, type) and issubclass(their_type, LMStudioStruct):
        return their_type._from_api_dict(wire)
    return msgspec.convert(wire, their_type)


def official_encode(value: Any) -> Any:
    """Encode an official model the way the official client does, through JSON text."""
    data = value.to_dict() if isinstance(value, LMStudioStruct) else msgspec.to_builtins(value)
    return json.loads(json.dumps(data))


def test_every_definition_is_either_mapped_or_explained() -> None:
    assert not set(OFFICIAL_TYPES) & set(NOT_IN_OFFICIAL)
    assert set(OFFICIAL_TYPES) | set(NOT_IN_OFFICIAL) == set(all_def_names())


@pytest.mark.parametrize(("ours", "theirs"), list(OFFICIAL_TYPES.items()), ids=list(OFFICIAL_TYPES))
def test_what_we_encode_decodes_with_the_official_models(ours: str, theirs: Any) -> None:
    @PROTOCOL_SETTINGS
    @given(value=OFFICIAL.model_values(ours))
    def check(value: Any) -> None:
        wire = json.loads(json.dumps(unstructure(value)))
        assert_valid(ours, wire)  # the narrowed view stays inside our schema
        decoded = official_decode(wire, theirs)
        assert_same_json(official_encode(decoded), wire)

    check()


@pytest.mark.parametrize(("ours", "theirs"), list(OFFICIAL_TYPES.items()), ids=list(OFFICIAL_TYPES))
def test_what_the_official_models_encode_decodes_with_ours(ours: str, theirs: Any) -> None:
    target = python_type(ours)

    @PROTOCOL_SETTINGS
    @given(instance=OFFICIAL.json_instances(ours))
    def check(instance: Any) -> None:
        assert_valid(ours, instance)
        wire = official_encode(official_decode(instance, theirs))
        via_official = structure(wire, target)
        direct = structure(instance, target)
        assert via_official == direct
        assert_same_json(unstructure(via_official), unstructure(direct))

    check()
