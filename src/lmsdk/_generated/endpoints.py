# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""The endpoint manifests as data: kind and message types of every endpoint, per namespace."""

from __future__ import annotations

from typing import Final

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.config import KvConfig
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelToClientPacket,
    EmbedStringParameter,
    EmbedStringResult,
)
from lmsdk._generated.files import (
    DocumentParsingLibraryIdentifier,
    GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter,
    ParseDocumentToClientPacket,
    ParseDocumentToServerPacket,
    RetrieveCreationParameter,
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
    GetOrLoadCreationParameter,
    GetOrLoadToClientPacket,
    GetOrLoadToServerPacket,
    InstanceProcessingState,
    LoadModelCreationParameter,
    LoadModelToClientPacket,
    LoadModelToServerPacket,
    ModelUsageEstimate,
    PredictCreationParameter,
    PredictToClientPacket,
    PredictToServerPacket,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import EmbeddingModelInstanceInfo, LlmInstanceInfo, ModelInfo
from lmsdk._generated.runtime import (
    DownloadRuntimeExtensionCreationParameter,
    DownloadRuntimeExtensionToClientPacket,
    DownloadRuntimeExtensionToServerPacket,
    EngineSelections,
    RuntimeEngineInfo,
    RuntimeEngineSpecifier,
    SearchRuntimeExtensionsParameter,
    SearchRuntimeExtensionsResult,
    SelectEngineParameter,
    SurveyHardwareParameter,
    SurveyHardwareResult,
)
from lmsdk._generated.system import (
    ListDownloadedModelVariantsParameter,
    NotifyParameter,
    StartHttpServerParameter,
    SystemInfoResult,
    SystemVersionResult,
)

DIAGNOSTICS_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
"""Endpoints of the `diagnostics` namespace (ws://HOST:PORT/diagnostics)."""

EMBEDDING_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "getOrLoad": EndpointSpec(
        "embedding",
        "getOrLoad",
        "channel",
        "get_or_load",
        parameter=GetOrLoadCreationParameter,
        to_client=EmbeddingGetOrLoadToClientPacket,
        to_server=GetOrLoadToServerPacket,
    ),
    "loadModel": EndpointSpec(
        "embedding",
        "loadModel",
        "channel",
        "load_model",
        parameter=EmbeddingLoadModelCreationParameter,
        to_client=EmbeddingLoadModelToClientPacket,
        to_server=LoadModelToServerPacket,
    ),
    "getModelInfo": EndpointSpec(
        "embedding",
        "getModelInfo",
        "rpc",
        "get_model_info",
        parameter=GetModelInfoParameter,
        returns=EmbeddingModelInstanceInfo,
    ),
    "listLoaded": EndpointSpec(
        "embedding",
        "listLoaded",
        "rpc",
        "list_loaded",
        parameter=None,
        returns=list[EmbeddingModelInstanceInfo],
    ),
    "unloadModel": EndpointSpec(
        "embedding",
        "unloadModel",
        "rpc",
        "unload_model",
        parameter=UnloadModelParameter,
        returns=None,
    ),
    "embedString": EndpointSpec(
        "embedding",
        "embedString",
        "rpc",
        "embed_string",
        parameter=EmbedStringParameter,
        returns=EmbedStringResult,
    ),
    "countTokens": EndpointSpec(
        "embedding",
        "countTokens",
        "rpc",
        "count_tokens",
        parameter=CountTokensParameter,
        returns=CountTokensResult,
    ),
    "tokenize": EndpointSpec(
        "embedding",
        "tokenize",
        "rpc",
        "tokenize",
        parameter=TokenizeParameter,
        returns=TokenizeResult,
    ),
    "getLoadConfig": EndpointSpec(
        "embedding",
        "getLoadConfig",
        "rpc",
        "get_load_config",
        parameter=GetLoadConfigParameter,
        returns=KvConfig,
    ),
    "getBasePredictionConfig": EndpointSpec(
        "embedding",
        "getBasePredictionConfig",
        "rpc",
        "get_base_prediction_config",
        parameter=GetBasePredictionConfigParameter,
        returns=KvConfig,
    ),
    "getInstanceProcessingState": EndpointSpec(
        "embedding",
        "getInstanceProcessingState",
        "rpc",
        "get_instance_processing_state",
        parameter=GetInstanceProcessingStateParameter,
        returns=InstanceProcessingState,
    ),
    "estimateModelUsage": EndpointSpec(
        "embedding",
        "estimateModelUsage",
        "rpc",
        "estimate_model_usage",
        parameter=EstimateModelUsageParameter,
        returns=ModelUsageEstimate,
    ),
}
"""Endpoints of the `embedding` namespace (ws://HOST:PORT/embedding)."""

FILES_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "uploadFileBase64": EndpointSpec(
        "files",
        "uploadFileBase64",
        "rpc",
        "upload_file_base64",
        parameter=UploadFileBase64Parameter,
        returns=UploadFileBase64Result,
    ),
    "getDocumentParsingLibrary": EndpointSpec(
        "files",
        "getDocumentParsingLibrary",
        "rpc",
        "get_document_parsing_library",
        parameter=GetDocumentParsingLibraryParameter,
        returns=DocumentParsingLibraryIdentifier,
    ),
    "parseDocument": EndpointSpec(
        "files",
        "parseDocument",
        "channel",
        "parse_document",
        parameter=ParseDocumentCreationParameter,
        to_client=ParseDocumentToClientPacket,
        to_server=ParseDocumentToServerPacket,
    ),
    "retrieve": EndpointSpec(
        "files",
        "retrieve",
        "channel",
        "retrieve",
        parameter=RetrieveCreationParameter,
        to_client=RetrieveToClientPacket,
        to_server=RetrieveToServerPacket,
    ),
}
"""Endpoints of the `files` namespace (ws://HOST:PORT/files)."""

LLM_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "predict": EndpointSpec(
        "llm",
        "predict",
        "channel",
        "predict",
        parameter=PredictCreationParameter,
        to_client=PredictToClientPacket,
        to_server=PredictToServerPacket,
    ),
    "completeRawText": EndpointSpec(
        "llm",
        "completeRawText",
        "channel",
        "complete_raw_text",
        parameter=CompleteRawTextCreationParameter,
        to_client=CompleteRawTextToClientPacket,
        to_server=PredictToServerPacket,
    ),
    "getOrLoad": EndpointSpec(
        "llm",
        "getOrLoad",
        "channel",
        "get_or_load",
        parameter=GetOrLoadCreationParameter,
        to_client=GetOrLoadToClientPacket,
        to_server=GetOrLoadToServerPacket,
    ),
    "loadModel": EndpointSpec(
        "llm",
        "loadModel",
        "channel",
        "load_model",
        parameter=LoadModelCreationParameter,
        to_client=LoadModelToClientPacket,
        to_server=LoadModelToServerPacket,
    ),
    "getModelInfo": EndpointSpec(
        "llm",
        "getModelInfo",
        "rpc",
        "get_model_info",
        parameter=GetModelInfoParameter,
        returns=LlmInstanceInfo,
    ),
    "listLoaded": EndpointSpec(
        "llm",
        "listLoaded",
        "rpc",
        "list_loaded",
        parameter=None,
        returns=list[LlmInstanceInfo],
    ),
    "unloadModel": EndpointSpec(
        "llm",
        "unloadModel",
        "rpc",
        "unload_model",
        parameter=UnloadModelParameter,
        returns=None,
    ),
    "countTokens": EndpointSpec(
        "llm",
        "countTokens",
        "rpc",
        "count_tokens",
        parameter=CountTokensParameter,
        returns=CountTokensResult,
    ),
    "tokenize": EndpointSpec(
        "llm",
        "tokenize",
        "rpc",
        "tokenize",
        parameter=TokenizeParameter,
        returns=TokenizeResult,
    ),
    "applyPromptTemplate": EndpointSpec(
        "llm",
        "applyPromptTemplate",
        "rpc",
        "apply_prompt_template",
        parameter=ApplyPromptTemplateParameter,
        returns=ApplyPromptTemplateResult,
    ),
    "getLoadConfig": EndpointSpec(
        "llm",
        "getLoadConfig",
        "rpc",
        "get_load_config",
        parameter=GetLoadConfigParameter,
        returns=KvConfig,
    ),
    "getBasePredictionConfig": EndpointSpec(
        "llm",
        "getBasePredictionConfig",
        "rpc",
        "get_base_prediction_config",
        parameter=GetBasePredictionConfigParameter,
        returns=KvConfig,
    ),
    "getInstanceProcessingState": EndpointSpec(
        "llm",
        "getInstanceProcessingState",
        "rpc",
        "get_instance_processing_state",
        parameter=GetInstanceProcessingStateParameter,
        returns=InstanceProcessingState,
    ),
    "estimateModelUsage": EndpointSpec(
        "llm",
        "estimateModelUsage",
        "rpc",
        "estimate_model_usage",
        parameter=EstimateModelUsageParameter,
        returns=ModelUsageEstimate,
    ),
}
"""Endpoints of the `llm` namespace (ws://HOST:PORT/llm)."""

PLUGINS_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
"""Endpoints of the `plugins` namespace (ws://HOST:PORT/plugins)."""

REPOSITORY_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
"""Endpoints of the `repository` namespace (ws://HOST:PORT/repository)."""

RUNTIME_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "listEngines": EndpointSpec(
        "runtime",
        "listEngines",
        "rpc",
        "list_engines",
        parameter=None,
        returns=list[RuntimeEngineInfo],
    ),
    "getEngineSelections": EndpointSpec(
        "runtime",
        "getEngineSelections",
        "rpc",
        "get_engine_selections",
        parameter=None,
        returns=EngineSelections,
    ),
    "selectEngine": EndpointSpec(
        "runtime",
        "selectEngine",
        "rpc",
        "select_engine",
        parameter=SelectEngineParameter,
        returns=None,
    ),
    "removeEngine": EndpointSpec(
        "runtime",
        "removeEngine",
        "rpc",
        "remove_engine",
        parameter=RuntimeEngineSpecifier,
        returns=None,
    ),
    "surveyHardware": EndpointSpec(
        "runtime",
        "surveyHardware",
        "rpc",
        "survey_hardware",
        parameter=SurveyHardwareParameter | None,
        returns=SurveyHardwareResult,
    ),
    "searchRuntimeExtensions": EndpointSpec(
        "runtime",
        "searchRuntimeExtensions",
        "rpc",
        "search_runtime_extensions",
        parameter=SearchRuntimeExtensionsParameter,
        returns=SearchRuntimeExtensionsResult,
    ),
    "downloadRuntimeExtension": EndpointSpec(
        "runtime",
        "downloadRuntimeExtension",
        "channel",
        "download_runtime_extension",
        parameter=DownloadRuntimeExtensionCreationParameter,
        to_client=DownloadRuntimeExtensionToClientPacket,
        to_server=DownloadRuntimeExtensionToServerPacket,
    ),
}
"""Endpoints of the `runtime` namespace (ws://HOST:PORT/runtime)."""

SYSTEM_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "listDownloadedModels": EndpointSpec(
        "system",
        "listDownloadedModels",
        "rpc",
        "list_downloaded_models",
        parameter=None,
        returns=list[ModelInfo],
    ),
    "version": EndpointSpec(
        "system",
        "version",
        "rpc",
        "version",
        parameter=None,
        returns=SystemVersionResult,
    ),
    "info": EndpointSpec(
        "system",
        "info",
        "rpc",
        "info",
        parameter=None,
        returns=SystemInfoResult,
    ),
    "listDownloadedModelVariants": EndpointSpec(
        "system",
        "listDownloadedModelVariants",
        "rpc",
        "list_downloaded_model_variants",
        parameter=ListDownloadedModelVariantsParameter,
        returns=list[ModelInfo],
    ),
    "startHttpServer": EndpointSpec(
        "system",
        "startHttpServer",
        "rpc",
        "start_http_server",
        parameter=StartHttpServerParameter,
        returns=None,
    ),
    "stopHttpServer": EndpointSpec(
        "system",
        "stopHttpServer",
        "rpc",
        "stop_http_server",
        parameter=None,
        returns=None,
    ),
    "requestShutdown": EndpointSpec(
        "system",
        "requestShutdown",
        "rpc",
        "request_shutdown",
        parameter=None,
        returns=None,
    ),
    "notify": EndpointSpec(
        "system",
        "notify",
        "rpc",
        "notify",
        parameter=NotifyParameter,
        returns=None,
    ),
}
"""Endpoints of the `system` namespace (ws://HOST:PORT/system)."""

NAMESPACE_ENDPOINTS: Final[dict[str, dict[str, EndpointSpec]]] = {
    "diagnostics": DIAGNOSTICS_ENDPOINTS,
    "embedding": EMBEDDING_ENDPOINTS,
    "files": FILES_ENDPOINTS,
    "llm": LLM_ENDPOINTS,
    "plugins": PLUGINS_ENDPOINTS,
    "repository": REPOSITORY_ENDPOINTS,
    "runtime": RUNTIME_ENDPOINTS,
    "system": SYSTEM_ENDPOINTS,
}
"""Every namespace of the protocol (its socket is ws://HOST:PORT/<name>) with its endpoints."""
