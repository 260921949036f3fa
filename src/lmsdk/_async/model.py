"""What LLMs and embedding models share: the loaded-model handle and the namespace's loading.

Both namespaces answer the same model RPCs (tokenize, countTokens, unloadModel, listLoaded) with the
same parameter types, and their getOrLoad and loadModel channels report the same way (progress
packets, then the loaded instance's info), so those are written here once; each subclass names its
namespace, its handle and its generated packet types, and keeps its own typed public signatures.
"""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import attrs

from lmsdk._generated.client_async import AsyncEmbeddingEndpoints, AsyncLlmEndpoints
from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
from lmsdk._generated.config import EmbeddingLoadModelConfig, LlmLoadModelConfig
from lmsdk._generated.llm import (
    CountTokensParameter,
    EstimateModelUsageParameter,
    GetOrLoadCreationParameter,
    ModelUsageEstimate,
    TokenizeParameter,
    UnloadModelParameter,
)
from lmsdk._loading import LoadProgressCallback, load_stack
from lmsdk._text_input import text_list
from lmsdk.errors import LMStudioModelNotFoundError

if TYPE_CHECKING:
    from lmsdk._async.client import AsyncClient
    from lmsdk.config import ConfigInput

__all__ = ["AsyncModelHandle", "AsyncModelNamespace", "LoadPackets", "loaded_identifier"]

Endpoints = TypeVar("Endpoints", AsyncLlmEndpoints, AsyncEmbeddingEndpoints)


class AsyncModelHandle(abc.ABC, Generic[Endpoints]):
    """A loaded model instance, addressed by its identifier."""

    def __init__(self, client: AsyncClient, identifier: str) -> None:
        self._client = client
        self.identifier = identifier

    def __repr__(self) -> str:
        return f"{type(self).__name__}(identifier={self.identifier!r})"

    @abc.abstractmethod
    async def _endpoints(self) -> Endpoints:
        """The endpoints of the model's namespace, on the client's socket for it."""

    def _specifier(self) -> ModelSpecifierQuery:
        return ModelSpecifierQuery(query=ModelQuery(identifier=self.identifier))

    async def _tokenize(self, text: str | list[str]) -> list[int] | list[list[int]]:
        """The token ids of a text, or of each text of a list, in order (what tokenize() returns)."""
        texts = text_list(text, "tokenize()")
        endpoints = await self._endpoints()
        if texts is None:
            return await self._tokenize_one(endpoints, text)  # type: ignore[arg-type]
        return [await self._tokenize_one(endpoints, t) for t in texts]

    async def _tokenize_one(self, endpoints: Endpoints, text: str) -> list[int]:
        result = await endpoints.tokenize(
            TokenizeParameter(specifier=self._specifier(), input_string=text)
        )
        return [int(t) for t in result.tokens]

    async def count_tokens(self, text: str) -> int:
        """How many tokens text is for this model."""
        result = await (await self._endpoints()).count_tokens(
            CountTokensParameter(specifier=self._specifier(), input_string=text)
        )
        return result.token_count

    async def unload(self) -> None:
        """Unload this instance from the server."""
        await (await self._endpoints()).unload_model(
            UnloadModelParameter(identifier=self.identifier)
        )


class _PacketSource(Protocol):
    """A load channel of either namespace, as far as waiting for the load needs it."""

    async def receive(self) -> Any: ...


async def loaded_identifier(
    channel: _PacketSource,
    model_key: str,
    on_load_progress: LoadProgressCallback | None,
    *,
    progress: type[Any],
    loaded: tuple[type[Any], ...],
    done: type[Any] | None = None,
) -> str:
    """The identifier of the instance a getOrLoad or loadModel channel reports, once it has closed.

    Args:
        channel: the open channel.
        model_key: the key that was asked for (named in the error).
        on_load_progress: called with each `progress` packet's fraction.
        progress: the namespace's progress packet type.
        loaded: the packet types that carry the loaded instance's info.
        done: of those, the one after which on_load_progress is also called with 1.0.

    Raises:
        LMStudioModelNotFoundError: the channel closed without naming a loaded instance.
    """
    identifier: str | None = None
    while (packet := await channel.receive()) is not None:
        if isinstance(packet, progress) and on_load_progress:
            on_load_progress(float(packet.progress))
        elif isinstance(packet, loaded):
            identifier = packet.info.identifier
            if on_load_progress and done is not None and isinstance(packet, done):
                on_load_progress(1.0)
    if identifier is None:
        raise LMStudioModelNotFoundError(f"the server did not load {model_key!r}")
    return identifier


@attrs.frozen
class LoadPackets:
    """One namespace's generated types for loading: its loadModel parameter and the packets."""

    load_parameter: type[Any]
    get_or_load_progress: type[Any]
    already_loaded: type[Any]
    get_or_load_success: type[Any]
    load_progress: type[Any]
    load_success: type[Any]


Handle = TypeVar("Handle", bound="AsyncModelHandle[Any]")


class AsyncModelNamespace(abc.ABC, Generic[Endpoints, Handle]):
    """`client.llm` or `client.embedding`: get, load, list and unload that namespace's models.

    Subclasses set the class attributes and give the public methods their typed signatures.
    """

    _packets: ClassVar[LoadPackets]
    _load_config: ClassVar[type[LlmLoadModelConfig] | type[EmbeddingLoadModelConfig]]
    _nothing_loaded: ClassVar[str]
    """The error when no model key is given and nothing is loaded."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @abc.abstractmethod
    async def _endpoints(self) -> Endpoints:
        """The endpoints of the namespace, on the client's socket for it."""

    @abc.abstractmethod
    def _handle(self, identifier: str) -> Handle:
        """A handle on the loaded instance with this identifier."""

    async def _get_or_load(
        self,
        model_key: str | None,
        ttl: int | None,
        config: ConfigInput,
        on_load_progress: LoadProgressCallback | None,
    ) -> Handle:
        """What model() returns: an instance of model_key, loaded if needed, else any loaded one."""
        if model_key is None:
            loaded = await self.list_loaded()
            if not loaded:
                raise LMStudioModelNotFoundError(self._nothing_loaded)
            return loaded[0]
        parameter = GetOrLoadCreationParameter(
            identifier=model_key,
            load_ttl_ms=ttl * 1000 if ttl is not None else None,
            load_config_stack=load_stack(config, self._load_config),
        )
        channel = await (await self._endpoints()).get_or_load(parameter)
        packets = self._packets
        identifier = await loaded_identifier(
            channel,
            model_key,
            on_load_progress,
            progress=packets.get_or_load_progress,
            loaded=(packets.already_loaded, packets.get_or_load_success),
            done=packets.get_or_load_success,
        )
        return self._handle(identifier)

    async def _load_new_instance(
        self,
        model_key: str,
        instance_identifier: str | None,
        ttl: int | None,
        config: ConfigInput,
        on_load_progress: LoadProgressCallback | None,
    ) -> Handle:
        """What load_new_instance() returns: a new instance of model_key, once loaded."""
        packets = self._packets
        parameter = packets.load_parameter(
            model_key=model_key,
            identifier=instance_identifier,
            ttl_ms=ttl * 1000 if ttl is not None else None,
            load_config_stack=load_stack(config, self._load_config),
        )
        channel = await (await self._endpoints()).load_model(parameter)
        identifier = await loaded_identifier(
            channel,
            model_key,
            on_load_progress,
            progress=packets.load_progress,
            loaded=(packets.load_success,),
        )
        return self._handle(identifier)

    async def list_loaded(self) -> list[Handle]:
        """Handles on every loaded instance of the namespace's models."""
        infos = await (await self._endpoints()).list_loaded()
        return [self._handle(info.identifier) for info in infos]

    async def unload(self, identifier: str) -> None:
        """Unload the instance with this identifier."""
        await (await self._endpoints()).unload_model(UnloadModelParameter(identifier=identifier))

    async def _estimate_model_usage(
        self, model_key: str, config: ConfigInput
    ) -> ModelUsageEstimate:
        """What estimate_model_usage() returns."""
        return await (await self._endpoints()).estimate_model_usage(
            EstimateModelUsageParameter(
                model_key=model_key, load_config_stack=load_stack(config, self._load_config)
            )
        )
