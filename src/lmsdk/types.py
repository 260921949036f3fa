"""The types that appear in lmsdk's public signatures and results, importable from one place.

They are generated from schema/ (``lmsdk._generated``) or defined by the front end; this module is the
stable public name for them, so user code never imports a private module:
``from lmsdk.types import LlmPredictionConfigDict, LlmInstanceInfo``.
"""

from __future__ import annotations

from lmsdk._generated.base import UNSET, Unset
from lmsdk._generated.chat import (
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
    FileType,
)
from lmsdk._generated.common import ModelQuery, ModelSpecifier, SerializedError
from lmsdk._generated.config import (
    EmbeddingLoadModelConfig,
    GpuSetting,
    KvConfig,
    KvConfigField,
    LlmJinjaPromptTemplate,
    LlmLoadModelConfig,
    LlmLoadPromptTemplate,
    LlmManualPromptTemplate,
    LlmPredictionConfig,
    LlmPromptTemplate,
    LlmReasoningParsing,
    LlmStructuredPredictionSetting,
    LlmToolChoice,
)
from lmsdk._generated.config_dicts import (
    EmbeddingLoadModelConfigDict,
    GpuSettingDict,
    LlmLoadModelConfigDict,
    LlmPredictionConfigDict,
    LlmStructuredPredictionSettingDict,
)
from lmsdk._generated.files import DocumentParsingLibraryIdentifier
from lmsdk._generated.llm import (
    InstanceProcessingState,
    LlmPredictionFragment,
    LlmPredictionStats,
    LlmPredictionStopReason,
    ModelInstanceProcessingStatus,
    ModelMemoryEstimate,
    ModelUsageEstimate,
)
from lmsdk._generated.model_info import (
    EmbeddingModelInfo,
    EmbeddingModelInstanceInfo,
    LlmInfo,
    LlmInstanceInfo,
    ModelInfo,
    ModelInstanceInfo,
    ModelQuantization,
)
from lmsdk._generated.system import SystemInfoResult, SystemVersionResult
from lmsdk._generated.tools import (
    LlmTool,
    LlmToolFunction,
    LlmToolParameters,
    LlmToolUseSettingNone,
    LlmToolUseSettingToolArray,
    ToolCallRequest,
)
from lmsdk.config import EmbeddingLoadConfigInput, LoadConfigInput, PredictionConfigInput
from lmsdk.files import (
    FileHandle,
    LocalFileInput,
    ParseDocumentResult,
    RetrievalResult,
    RetrievalResultEntry,
)
from lmsdk.results import ActResult, PredictionFragment, PredictionResult, PredictionRoundResult

__all__ = [
    "UNSET",
    "ActResult",
    "ChatHistoryData",
    "ChatMessageAssistant",
    "ChatMessageData",
    "ChatMessagePartFile",
    "ChatMessagePartText",
    "ChatMessagePartToolCallRequest",
    "ChatMessagePartToolCallResult",
    "ChatMessageSystem",
    "ChatMessageTool",
    "ChatMessageUser",
    "DocumentParsingLibraryIdentifier",
    "EmbeddingLoadConfigInput",
    "EmbeddingLoadModelConfig",
    "EmbeddingLoadModelConfigDict",
    "EmbeddingModelInfo",
    "EmbeddingModelInstanceInfo",
    "FileHandle",
    "FileType",
    "GpuSetting",
    "GpuSettingDict",
    "InstanceProcessingState",
    "KvConfig",
    "KvConfigField",
    "LlmInfo",
    "LlmInstanceInfo",
    "LlmJinjaPromptTemplate",
    "LlmLoadModelConfig",
    "LlmLoadModelConfigDict",
    "LlmLoadPromptTemplate",
    "LlmManualPromptTemplate",
    "LlmPredictionConfig",
    "LlmPredictionConfigDict",
    "LlmPredictionFragment",
    "LlmPredictionStats",
    "LlmPredictionStopReason",
    "LlmPromptTemplate",
    "LlmReasoningParsing",
    "LlmStructuredPredictionSetting",
    "LlmStructuredPredictionSettingDict",
    "LlmTool",
    "LlmToolChoice",
    "LlmToolFunction",
    "LlmToolParameters",
    "LlmToolUseSettingNone",
    "LlmToolUseSettingToolArray",
    "LoadConfigInput",
    "LocalFileInput",
    "ModelInfo",
    "ModelInstanceInfo",
    "ModelInstanceProcessingStatus",
    "ModelMemoryEstimate",
    "ModelQuantization",
    "ModelQuery",
    "ModelSpecifier",
    "ModelUsageEstimate",
    "ParseDocumentResult",
    "PredictionConfigInput",
    "PredictionFragment",
    "PredictionResult",
    "PredictionRoundResult",
    "RetrievalResult",
    "RetrievalResultEntry",
    "SerializedError",
    "SystemInfoResult",
    "SystemVersionResult",
    "ToolCallRequest",
    "Unset",
]
