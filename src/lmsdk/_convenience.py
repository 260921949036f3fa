"""The convenience API: a lazily created default sync client behind `lms.llm()` and friends."""

from __future__ import annotations

import threading
from typing import Any

from lmsdk._loading import DEFAULT_TTL_SEC, ModelDomain
from lmsdk._sync.client import Client
from lmsdk._sync.downloaded import DownloadedEmbeddingModel, DownloadedLlm
from lmsdk._sync.embedding import EmbeddingModel
from lmsdk._sync.llm import LLM
from lmsdk.config import EmbeddingLoadConfigInput, LoadConfigInput
from lmsdk.errors import LMStudioClientError
from lmsdk.files import FileHandle, LocalFileInput

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
    config: LoadConfigInput = None,
) -> LLM:
    """A handle on model_key (loaded if needed), or on any loaded model when no key is given."""
    return get_default_client().llm.model(model_key, ttl=ttl, config=config)


def embedding_model(
    model_key: str | None = None,
    *,
    ttl: int | None = DEFAULT_TTL_SEC,
    config: EmbeddingLoadConfigInput = None,
) -> EmbeddingModel:
    """A handle on an embedding model (loaded if needed), or on any loaded one when no key is given."""
    return get_default_client().embedding.model(model_key, ttl=ttl, config=config)


def prepare_file(src: LocalFileInput, name: str | None = None) -> FileHandle:
    """Upload a file (a document or an image) to the default client's server; returns its handle."""
    return get_default_client().files.prepare_file(src, name)


def prepare_image(src: LocalFileInput, name: str | None = None) -> FileHandle:
    """Upload an image to the default client's server; returns its handle."""
    return get_default_client().files.prepare_image(src, name)


def list_loaded_models(domain: ModelDomain | None = None) -> list[LLM | EmbeddingModel]:
    """Every loaded model instance on the default client's server (LLMs first), or one domain's."""
    return get_default_client().list_loaded_models(domain)


def list_downloaded_models(
    domain: ModelDomain | None = None,
) -> list[DownloadedLlm | DownloadedEmbeddingModel]:
    """Every model the default client's server can load, or one domain's (``"llm"``, ``"embedding"``).

    Each is a handle: its info (``model_key``, ``display_name``, ...) and ``.model()`` /
    ``.load_new_instance()``.
    """
    return get_default_client().list_downloaded_models(domain)
