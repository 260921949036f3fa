# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 2db3a0e525bd32d3)
# from schema/ (sha256 950fcf12c6a01cd2). Change schema/ or codegen/ and regenerate instead.

"""Typed handler interfaces that the embedded server implements, one Protocol per namespace."""

from __future__ import annotations

from typing import Protocol

from lmsdk._generated.base import AsyncChannel
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


class DiagnosticsHandlers(Protocol):
    """What a server implements for the `diagnostics` namespace."""


class EmbeddingHandlers(Protocol):
    """What a server implements for the `embedding` namespace."""

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, EmbeddingGetOrLoadToClientPacket],
    ) -> None:
        """Returns a loaded embedding model instance matching an identifier, loading the model first if none is loaded."""
        ...

    async def load_model(
        self,
        parameter: EmbeddingLoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, EmbeddingLoadModelToClientPacket],
    ) -> None:
        """Loads a new instance of a downloaded embedding model, reporting progress."""
        ...

    async def get_model_info(self, parameter: GetModelInfoParameter) -> EmbeddingModelInstanceInfo:
        """Describes the loaded embedding instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        ...

    async def list_loaded(self) -> list[EmbeddingModelInstanceInfo]:
        """Lists every loaded embedding model instance."""
        ...

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded embedding model instance."""
        ...

    async def embed_string(self, parameter: EmbedStringParameter) -> EmbedStringResult:
        """Embeds one text with a loaded embedding model."""
        ...

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded embedding model's tokenizer."""
        ...

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded embedding model's tokenizer."""
        ...

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded embedding instance as a KV config."""
        ...


class FilesHandlers(Protocol):
    """What a server implements for the `files` namespace."""


class LlmHandlers(Protocol):
    """What a server implements for the `llm` namespace."""

    async def predict(
        self,
        parameter: PredictCreationParameter,
        channel: AsyncChannel[PredictToServerPacket, PredictToClientPacket],
    ) -> None:
        """Generates a response to a chat history, streaming fragments and ending with a success packet."""
        ...

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, GetOrLoadToClientPacket],
    ) -> None:
        """Returns a loaded instance matching an identifier, loading the model first if none is loaded."""
        ...

    async def load_model(
        self,
        parameter: LoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, LoadModelToClientPacket],
    ) -> None:
        """Loads a new instance of a downloaded model, reporting progress."""
        ...

    async def get_model_info(self, parameter: GetModelInfoParameter) -> LlmInstanceInfo:
        """Describes the loaded instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        ...

    async def list_loaded(self) -> list[LlmInstanceInfo]:
        """Lists every loaded LLM instance."""
        ...

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded LLM instance."""
        ...

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded model's tokenizer."""
        ...

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded model's tokenizer."""
        ...

    async def apply_prompt_template(
        self, parameter: ApplyPromptTemplateParameter
    ) -> ApplyPromptTemplateResult:
        """Renders a chat history into the prompt text a loaded model would see."""
        ...

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded instance as a KV config."""
        ...


class PluginsHandlers(Protocol):
    """What a server implements for the `plugins` namespace."""


class RepositoryHandlers(Protocol):
    """What a server implements for the `repository` namespace."""


class SystemHandlers(Protocol):
    """What a server implements for the `system` namespace."""

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Lists every downloaded model, LLMs and embedding models alike."""
        ...

    async def version(self) -> SystemVersionResult:
        """Reports the version and build number of the running LM Studio."""
        ...
