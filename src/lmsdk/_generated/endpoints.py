# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 d6500eb2b22325f1)
# from schema/ (sha256 1b655ef749d26dae). Change schema/ or codegen/ and regenerate instead.

"""The endpoint manifests as data: kind and message types of every endpoint, per namespace."""

from __future__ import annotations

from typing import Final

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.config import KvConfig
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
from lmsdk._generated.model_info import LlmInstanceInfo, ModelInfo
from lmsdk._generated.system import SystemVersionResult

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
