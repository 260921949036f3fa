"""AsyncEmbeddingModel and `client.embedding`: load embedding models and embed text with them."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from lmsdk._async.downloaded import AsyncDownloadedEmbeddingModel
from lmsdk._async.model import AsyncModelHandle, AsyncModelNamespace, LoadPackets
from lmsdk._generated.client_async import AsyncEmbeddingEndpoints, AsyncSystemEndpoints
from lmsdk._generated.config import EmbeddingLoadModelConfig
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadAlreadyLoadedPacket,
    EmbeddingGetOrLoadLoadProgressPacket,
    EmbeddingGetOrLoadLoadSuccessPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelProgressPacket,
    EmbeddingLoadModelSuccessPacket,
    EmbedStringParameter,
)
from lmsdk._generated.llm import (
    GetLoadConfigParameter,
    GetModelInfoParameter,
    ModelUsageEstimate,
)
from lmsdk._generated.model_info import EmbeddingModelInfo, EmbeddingModelInstanceInfo
from lmsdk._loading import DEFAULT_TTL_SEC, LoadProgressCallback
from lmsdk._text_input import text_list
from lmsdk.config import EmbeddingLoadConfigInput, config_from_kv
from lmsdk.errors import LMStudioModelNotFoundError

if TYPE_CHECKING:
    pass

__all__ = ["AsyncEmbeddingModel", "AsyncEmbeddingNamespace"]


class AsyncEmbeddingModel(AsyncModelHandle[AsyncEmbeddingEndpoints]):
    """A loaded embedding model instance, addressed by its identifier."""

    async def _endpoints(self) -> AsyncEmbeddingEndpoints:
        return AsyncEmbeddingEndpoints(await self._client.session("embedding"))

    @overload
    async def embed(self, input: str) -> list[float]: ...
    @overload
    async def embed(self, input: list[str]) -> list[list[float]]: ...
    async def embed(self, input: str | list[str]) -> list[float] | list[list[float]]:
        """The embedding vector of a text, or one vector per text of a list (in order).

        Raises:
            LMStudioClientError: input is neither a str nor a list of str (nothing is sent).
            LMStudioServerError: the server could not embed a text (too long for the context, ...).
        """
        texts = text_list(input, "embed()")
        endpoints = await self._endpoints()
        if texts is None:
            return await self._embed_one(endpoints, input)  # type: ignore[arg-type]
        return [await self._embed_one(endpoints, text) for text in texts]

    async def _embed_one(self, endpoints: AsyncEmbeddingEndpoints, text: str) -> list[float]:
        result = await endpoints.embed_string(
            EmbedStringParameter(model_specifier=self._specifier(), input_string=text)
        )
        return [float(x) for x in result.embedding]

    @overload
    async def tokenize(self, input: str) -> list[int]: ...
    @overload
    async def tokenize(self, input: list[str]) -> list[list[int]]: ...
    async def tokenize(self, input: str | list[str]) -> list[int] | list[list[int]]:
        """The model's token ids for a text, or for each text of a list."""
        return await self._tokenize(input)

    async def get_info(self) -> EmbeddingModelInstanceInfo:
        """The instance's model info (context length, path, display name, ...)."""
        info = await (await self._endpoints()).get_model_info(
            GetModelInfoParameter(specifier=self._specifier(), throw_if_not_found=True)
        )
        if info is None:
            raise LMStudioModelNotFoundError(
                f"embedding model instance {self.identifier!r} is not loaded"
            )
        return info

    async def get_context_length(self) -> int:
        """The context length the instance was loaded with (the longest text it embeds)."""
        return (await self.get_info()).context_length

    async def get_load_config(self) -> EmbeddingLoadModelConfig:
        """The settings the instance was loaded with, as the server reports them."""
        config = await (await self._endpoints()).get_load_config(
            GetLoadConfigParameter(specifier=self._specifier())
        )
        return config_from_kv(config.fields, EmbeddingLoadModelConfig)


class AsyncEmbeddingNamespace(AsyncModelNamespace[AsyncEmbeddingEndpoints, AsyncEmbeddingModel]):
    """`client.embedding`: get, load, list and unload embedding models."""

    _packets = LoadPackets(
        load_parameter=EmbeddingLoadModelCreationParameter,
        get_or_load_progress=EmbeddingGetOrLoadLoadProgressPacket,
        already_loaded=EmbeddingGetOrLoadAlreadyLoadedPacket,
        get_or_load_success=EmbeddingGetOrLoadLoadSuccessPacket,
        load_progress=EmbeddingLoadModelProgressPacket,
        load_success=EmbeddingLoadModelSuccessPacket,
    )
    _load_config = EmbeddingLoadModelConfig
    _nothing_loaded = (
        "no embedding model is loaded; pass a model key, e.g. "
        "lms.embedding_model('smollm2-135m-instruct-embedding-mode')"
    )

    async def _endpoints(self) -> AsyncEmbeddingEndpoints:
        return AsyncEmbeddingEndpoints(await self._client.session("embedding"))

    def _handle(self, identifier: str) -> AsyncEmbeddingModel:
        return AsyncEmbeddingModel(self._client, identifier)

    async def model(
        self,
        model_key: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: EmbeddingLoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> AsyncEmbeddingModel:
        """A handle on model_key, loading it if needed; without a key, any loaded embedding model.

        Raises:
            LMStudioModelNotFoundError: no such model, or no key given and nothing loaded.
            LMStudioConfigError: the config has an unknown key or a bad value (nothing is sent).
        """
        return await self._get_or_load(model_key, ttl, config, on_load_progress)

    async def load_new_instance(
        self,
        model_key: str,
        instance_identifier: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: EmbeddingLoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> AsyncEmbeddingModel:
        """Load a new instance of model_key (even if one is loaded already)."""
        return await self._load_new_instance(
            model_key, instance_identifier, ttl, config, on_load_progress
        )

    async def list_downloaded(self) -> list[AsyncDownloadedEmbeddingModel]:
        """Every embedding model the server can load, with `.model()` and `.load_new_instance()`."""
        system = AsyncSystemEndpoints(await self._client.session("system"))
        models = await system.list_downloaded_models()
        return [
            AsyncDownloadedEmbeddingModel(self._client, m)
            for m in models
            if isinstance(m, EmbeddingModelInfo)
        ]

    async def estimate_model_usage(
        self, model_key: str, *, config: EmbeddingLoadConfigInput = None
    ) -> ModelUsageEstimate:
        """Estimate the memory that loading model_key with a load config would take (2.0.0).

        Raises:
            LMStudioConfigError: the config has an unknown key or a bad value (nothing is sent).
            LMStudioModelNotFoundError: no downloaded embedding model has that key.
            LMStudioServerError: the server predates protocol 2.0.0.
        """
        return await self._estimate_model_usage(model_key, config)
