# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 2db3a0e525bd32d3)
# from schema/ (sha256 950fcf12c6a01cd2). Change schema/ or codegen/ and regenerate instead.

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
from lmsdk._generated.llm import (
    ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult,
    CountTokensParameter,
    CountTokensResult,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    GetOrLoadCreationParameter,
    GetOrLoadToClientPacket,
    GetOrLoadToServerPacket,
    LoadModelCreationParameter,
    LoadModelToClientPacket,
    LoadModelToServerPacket,
    PredictCreationParameter,
    PredictToClientPacket,
    PredictToServerPacket,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import EmbeddingModelInstanceInfo, LlmInstanceInfo, ModelInfo
from lmsdk._generated.system import SystemVersionResult

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
}
"""Endpoints of the `embedding` namespace (ws://HOST:PORT/embedding)."""

FILES_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
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
}
"""Endpoints of the `llm` namespace (ws://HOST:PORT/llm)."""

PLUGINS_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
"""Endpoints of the `plugins` namespace (ws://HOST:PORT/plugins)."""

REPOSITORY_ENDPOINTS: Final[dict[str, EndpointSpec]] = {}
"""Endpoints of the `repository` namespace (ws://HOST:PORT/repository)."""

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
}
"""Endpoints of the `system` namespace (ws://HOST:PORT/system)."""

NAMESPACE_ENDPOINTS: Final[dict[str, dict[str, EndpointSpec]]] = {
    "diagnostics": DIAGNOSTICS_ENDPOINTS,
    "embedding": EMBEDDING_ENDPOINTS,
    "files": FILES_ENDPOINTS,
    "llm": LLM_ENDPOINTS,
    "plugins": PLUGINS_ENDPOINTS,
    "repository": REPOSITORY_ENDPOINTS,
    "system": SYSTEM_ENDPOINTS,
}
"""Every namespace of the protocol (its socket is ws://HOST:PORT/<name>) with its endpoints."""
