# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/downloaded.py.
"""Handles on downloaded models: their info, and `.model()` / `.load_new_instance()` to use them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lmsdk._generated.model_info import (
    EmbeddingModelInfo,
    LlmInfo,
    ModelCompatibilityType,
    ModelInfo,
)
from lmsdk._loading import DEFAULT_TTL_SEC, LoadProgressCallback
from lmsdk.config import EmbeddingLoadConfigInput, LoadConfigInput

if TYPE_CHECKING:
    from lmsdk._sync.client import Client
    from lmsdk._sync.embedding import EmbeddingModel
    from lmsdk._sync.llm import LLM

__all__ = [
    "DownloadedEmbeddingModel",
    "DownloadedLlm",
    "DownloadedModel",
    "downloaded",
]


class DownloadedModel:
    """A model the server can load, as `list_downloaded_models()` reports it."""

    def __init__(self, client: Client, info: ModelInfo) -> None:
        self._client = client
        self.info = info

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model_key={self.model_key!r})"

    @property
    def type(self) -> str:
        """`"llm"` or `"embedding"`."""
        return self.info.type

    @property
    def model_key(self) -> str:
        """The key to load it by."""
        return self.info.model_key

    @property
    def display_name(self) -> str:
        """Its human-readable name."""
        return self.info.display_name

    @property
    def path(self) -> str:
        """Its path in the server's models folder (`publisher/repo/file`)."""
        return self.info.path

    @property
    def format(self) -> ModelCompatibilityType:
        """Its file format."""
        return self.info.format

    @property
    def architecture(self) -> str | None:
        """Its architecture, such as llama."""
        return self.info.architecture

    @property
    def size_bytes(self) -> int:
        """The size of its files."""
        return self.info.size_bytes

    @property
    def max_context_length(self) -> int:
        """The largest context it supports."""
        return self.info.max_context_length


class DownloadedLlm(DownloadedModel):
    """A downloaded LLM."""

    info: LlmInfo

    def model(
        self,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> LLM:
        """A handle on a loaded instance of this model, loading it if needed."""
        return self._client.llm.model(
            self.model_key, ttl=ttl, config=config, on_load_progress=on_load_progress
        )

    def load_new_instance(
        self,
        instance_identifier: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> LLM:
        """Load a new instance of this model (even if one is loaded already)."""
        return self._client.llm.load_new_instance(
            self.model_key,
            instance_identifier,
            ttl=ttl,
            config=config,
            on_load_progress=on_load_progress,
        )


class DownloadedEmbeddingModel(DownloadedModel):
    """A downloaded embedding model."""

    info: EmbeddingModelInfo

    def model(
        self,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: EmbeddingLoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> EmbeddingModel:
        """A handle on a loaded instance of this model, loading it if needed."""
        return self._client.embedding.model(
            self.model_key, ttl=ttl, config=config, on_load_progress=on_load_progress
        )

    def load_new_instance(
        self,
        instance_identifier: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: EmbeddingLoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> EmbeddingModel:
        """Load a new instance of this model (even if one is loaded already)."""
        return self._client.embedding.load_new_instance(
            self.model_key,
            instance_identifier,
            ttl=ttl,
            config=config,
            on_load_progress=on_load_progress,
        )


def downloaded(client: Client, info: ModelInfo) -> DownloadedLlm | DownloadedEmbeddingModel:
    """The handle for a downloaded model's info."""
    if isinstance(info, EmbeddingModelInfo):
        return DownloadedEmbeddingModel(client, info)
    return DownloadedLlm(client, info)
