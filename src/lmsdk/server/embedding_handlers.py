"""The ``embedding`` namespace: implements the generated ``EmbeddingHandlers`` protocol.

Embedding instances live in the one model registry beside the LLM instances;
every lookup here asks for the ``embedding`` domain, so an LLM is never
embedded with and an embedding model never answers an ``llm`` request.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.config import (
    EmbeddingLoadModelConfig,
    KvConfig,
    KvConfigField,
    KvConfigStack,
)
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadAlreadyLoadedPacket,
    EmbeddingGetOrLoadLoadProgressPacket,
    EmbeddingGetOrLoadLoadSuccessPacket,
    EmbeddingGetOrLoadStartLoadingPacket,
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelProgressPacket,
    EmbeddingLoadModelResolvedPacket,
    EmbeddingLoadModelSuccessPacket,
    EmbeddingLoadModelToClientPacket,
    EmbedStringParameter,
    EmbedStringResult,
)
from lmsdk._generated.llm import (
    CountTokensParameter,
    CountTokensResult,
    EstimateModelUsageParameter,
    GetBasePredictionConfigParameter,
    GetInstanceProcessingStateParameter,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    GetOrLoadCreationParameter,
    GetOrLoadToServerPacket,
    InstanceProcessingState,
    LoadModelToServerPacket,
    ModelUsageEstimate,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import EmbeddingModelInfo, EmbeddingModelInstanceInfo
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.embedding_engine import EmbeddingEngine, InputTooLong
from lmsdk.server.errors import ServerError
from lmsdk.server.instance_state import processing_state
from lmsdk.server.kv import LoadSettings, read_config
from lmsdk.server.model_requests import (
    LoadingPackets,
    resolve_or_absent,
    serve_get_or_load,
    serve_load_model,
    token_count,
    token_ids,
    usage_estimate,
)
from lmsdk.server.models import Instance, ModelRegistry

__all__ = [
    "EMBEDDING_CONTEXT_LENGTH",
    "EmbeddingNamespace",
    "embedding_load_config",
    "embedding_load_settings",
]

EMBEDDING_CONTEXT_LENGTH = "embedding.load.contextLength"
_OFFLOAD_RATIO = "embedding.load.llama.acceleration.offloadRatio"


def embedding_load_settings(stack: KvConfigStack) -> LoadSettings:
    """Interpret ``embedding.load.contextLength`` (the only embedding load key that matters here).

    Raises:
        ServerError: If a value has the wrong type or range.
    """
    return LoadSettings(context_length=read_config(stack, EmbeddingLoadModelConfig).context_length)


def embedding_load_config(instance: Instance) -> KvConfig:
    """The effective load config of an embedding instance, with ``embedding.load.*`` keys."""
    values: dict[str, Any] = {
        EMBEDDING_CONTEXT_LENGTH: instance.engine.context_length,
        _OFFLOAD_RATIO: "off",  # the engine runs on the CPU only
    }
    return KvConfig(fields=[KvConfigField(key=k, value=v) for k, v in values.items()])


_LOADING: LoadingPackets[
    EmbeddingModelInstanceInfo,
    EmbeddingModelInfo,
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingLoadModelToClientPacket,
] = LoadingPackets(
    domain="embedding",
    settings=embedding_load_settings,
    instance_info=Instance.embedding_info,
    model_info=ModelEntry.embedding_info,
    already_loaded=EmbeddingGetOrLoadAlreadyLoadedPacket,
    start_loading=EmbeddingGetOrLoadStartLoadingPacket,
    get_or_load_progress=EmbeddingGetOrLoadLoadProgressPacket,
    unloading_other=EmbeddingGetOrLoadUnloadingOtherJitModelPacket,
    get_or_load_success=EmbeddingGetOrLoadLoadSuccessPacket,
    resolved=EmbeddingLoadModelResolvedPacket,
    load_progress=EmbeddingLoadModelProgressPacket,
    load_success=EmbeddingLoadModelSuccessPacket,
)


def _engine(instance: Instance) -> EmbeddingEngine:
    engine = instance.engine
    if not isinstance(engine, EmbeddingEngine):
        raise ServerError(f'"{instance.identifier}" is not loaded as an embedding model')
    return engine


class EmbeddingNamespace:
    """Handlers of ``ws://HOST:PORT/embedding`` over a model registry."""

    def __init__(self, registry: ModelRegistry) -> None:
        self.registry = registry

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, EmbeddingGetOrLoadToClientPacket],
    ) -> None:
        """Return the embedding instance an identifier names, loading its model if needed."""
        await serve_get_or_load(self.registry, _LOADING, parameter, channel)

    async def load_model(
        self,
        parameter: EmbeddingLoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, EmbeddingLoadModelToClientPacket],
    ) -> None:
        """Load a new embedding instance: ``resolved``, progress, ``success``."""
        await serve_load_model(self.registry, _LOADING, parameter, channel)

    async def get_model_info(self, parameter: GetModelInfoParameter) -> EmbeddingModelInstanceInfo:
        """Describe the embedding instance a specifier names; a miss may be an absent result."""
        return resolve_or_absent(
            self.registry, parameter.specifier, parameter.throw_if_not_found, "embedding"
        ).embedding_info()

    async def list_loaded(self) -> list[EmbeddingModelInstanceInfo]:
        """Every loaded embedding instance."""
        return [
            instance.embedding_info()
            for instance in self.registry.instances
            if instance.entry.domain == "embedding"
        ]

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unload an embedding instance by identifier."""
        await self.registry.unload(parameter.identifier, domain="embedding")

    async def embed_string(self, parameter: EmbedStringParameter) -> EmbedStringResult:
        """The embedding of one text."""
        instance = self.registry.resolve(parameter.model_specifier, domain="embedding")
        engine = _engine(instance)
        # Under the instance's lock and counted among its requests, as predictions are, so that
        # getInstanceProcessingState sees the work (unloading sets the event; it cancels nothing).
        request = threading.Event()
        instance.cancels.add(request)
        try:
            async with instance.lock:
                vector = await asyncio.to_thread(engine.embed, parameter.input_string)
        except InputTooLong as exc:
            raise ServerError(
                "The text does not fit in the embedding model's context window",
                cause=str(exc),
                suggestion="Load the model with a larger contextLength or embed shorter texts.",
            ) from exc
        except ValueError as exc:
            raise ServerError("The text could not be embedded", cause=str(exc)) from exc
        finally:
            instance.cancels.discard(request)
        instance.touch()
        return EmbedStringResult(embedding=vector)

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Count the tokens of a text (without special tokens)."""
        engine = _engine(self.registry.resolve(parameter.specifier, domain="embedding"))
        return await token_count(engine, parameter.input_string)

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Token ids of a text as the model embeds it: with its special tokens (as LM Studio).

        ``countTokens`` counts without them, so for a BERT-style model the two differ by
        the two markers ([CLS] and [SEP]) that embedding adds.
        """
        engine = _engine(self.registry.resolve(parameter.specifier, domain="embedding"))
        return await token_ids(engine, parameter.input_string, True)

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """Empty: embeddings take no prediction settings (the instance must exist)."""
        self.registry.resolve(parameter.specifier, domain="embedding")
        return KvConfig(fields=[])

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Idle or computing an embedding, and how many requests the instance has."""
        instance = resolve_or_absent(
            self.registry, parameter.specifier, parameter.throw_if_not_found, "embedding"
        )
        return processing_state(instance, embedding=True)

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimated memory of loading a downloaded embedding model (see lmsdk.server.estimates)."""
        return await usage_estimate(self.registry, parameter, "embedding")

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """The effective load config of an embedding instance."""
        return embedding_load_config(self.registry.resolve(parameter.specifier, domain="embedding"))
