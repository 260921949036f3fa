"""The convenience API: a lazily created default sync client behind `lms.llm()` and friends."""

from __future__ import annotations

import threading
from typing import Any

from lmsdk._generated.model_info import ModelInfo
from lmsdk._sync.client import Client
from lmsdk._sync.llm import LLM
from lmsdk.config import ConfigInput
from lmsdk.errors import LMStudioClientError

_lock = threading.Lock()
_default: Client | None = None
_settings: dict[str, Any] = {}


def configure_default_client(api_host: str | None = None, api_token: str | None = None) -> None:
    """Set where the default client connects; call before the first convenience call.

    Raises:
        LMStudioClientError: the default client already exists (configure it earlier, or use Client).
    """
    with _lock:
        if _default is not None:
            raise LMStudioClientError(
                "the default client is already in use; call configure_default_client() before "
                "lms.llm() and friends, or create an lms.Client(api_host) yourself"
            )
        _settings.update(api_host=api_host, api_token=api_token)


def get_default_client() -> Client:
    """The default client, created on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Client(**_settings)
        return _default


def llm(
    model_key: str | None = None,
    *,
    ttl: int | None = 3600,
    config: ConfigInput = None,
) -> LLM:
    """A handle on model_key (loaded if needed), or on any loaded model when no key is given."""
    return get_default_client().llm.model(model_key, ttl=ttl, config=config)


def list_loaded_models() -> list[LLM]:
    """Every loaded LLM instance on the default client's server."""
    return get_default_client().llm.list_loaded()


def list_downloaded_models() -> list[ModelInfo]:
    """Every model the default client's server can load."""
    return get_default_client().system.list_downloaded_models()
