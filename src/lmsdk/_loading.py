"""What loading a model asks of the server, for every model kind: the default TTL and the load layer.

I/O free, shared by the async and sync front ends and by every model namespace (LLM, embedding).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeAlias

from lmsdk._generated.config import (
    EmbeddingLoadModelConfig,
    KvConfig,
    KvConfigField,
    KvConfigStack,
    KvConfigStackLayer,
    LlmLoadModelConfig,
)
from lmsdk.config import ConfigInput, to_kv_fields, validate_config
from lmsdk.errors import LMStudioClientError

__all__ = ["DEFAULT_TTL_SEC", "LoadProgressCallback", "ModelDomain", "check_domain", "load_stack"]

ModelDomain: TypeAlias = Literal["llm", "embedding"]
"""The kinds of model the SDK loads."""

DEFAULT_TTL_SEC = 3600
"""Idle seconds after which a model loaded on request is unloaded (the official SDKs' default)."""

LoadProgressCallback = Callable[[float], Any]
"""Called with the fraction loaded, 0.0 to 1.0."""


def load_stack(
    config: ConfigInput,
    cls: type[LlmLoadModelConfig] | type[EmbeddingLoadModelConfig] = LlmLoadModelConfig,
) -> KvConfigStack:
    """The load config as the one ``apiOverride`` layer clients send.

    Raises:
        LMStudioConfigError: the config has an unknown key or a bad value (nothing is sent).
    """
    typed: LlmLoadModelConfig | EmbeddingLoadModelConfig = (
        validate_config(config, EmbeddingLoadModelConfig)
        if cls is EmbeddingLoadModelConfig
        else validate_config(config, LlmLoadModelConfig)
    )
    fields = [KvConfigField(key=f["key"], value=f["value"]) for f in to_kv_fields(typed)]
    return KvConfigStack(
        layers=[KvConfigStackLayer(layer_name="apiOverride", config=KvConfig(fields=fields))]
    )


def check_domain(domain: object) -> None:
    """Refuse a model domain the SDK does not know.

    Raises:
        LMStudioClientError: domain is not None, "llm" or "embedding".
    """
    if domain not in (None, "llm", "embedding"):
        raise LMStudioClientError(f"unknown model domain {domain!r}; use 'llm' or 'embedding'")
