"""The model requests the llm and embedding namespaces share: loading, lookups, tokens.

Both namespaces load models through the one registry in the same steps; they differ only in
the model domain, how the load config is read and the packet classes (with the info each
carries), which each namespace states once in a :class:`LoadingPackets`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, cast

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.common import ModelSpecifier
from lmsdk._generated.config import KvConfigStack
from lmsdk._generated.llm import (
    CountTokensResult,
    EstimateModelUsageParameter,
    GetOrLoadCreationParameter,
    ModelUsageEstimate,
    TokenizeResult,
)
from lmsdk._generated.model_info import ModelInstanceInfo
from lmsdk.server.catalog import ModelDomain, ModelEntry
from lmsdk.server.engine import Engine
from lmsdk.server.errors import NoResult, ServerError
from lmsdk.server.estimates import estimate_usage
from lmsdk.server.kv import LoadSettings, load_settings
from lmsdk.server.models import Instance, ModelRegistry

__all__ = [
    "LoadingPackets",
    "resolve_or_absent",
    "serve_get_or_load",
    "serve_load_model",
    "token_count",
    "token_ids",
    "usage_estimate",
]

InstanceInfoT = TypeVar("InstanceInfoT")
ModelInfoT = TypeVar("ModelInfoT")
GetOrLoadT = TypeVar("GetOrLoadT")
LoadModelT = TypeVar("LoadModelT")

_InfoT = TypeVar("_InfoT", contravariant=True)
_PacketT = TypeVar("_PacketT", covariant=True)


class _WithInfo(Protocol[_InfoT, _PacketT]):
    def __call__(self, *, info: _InfoT) -> _PacketT: ...


class _Starting(Protocol[_InfoT, _PacketT]):
    def __call__(self, *, identifier: str, info: _InfoT) -> _PacketT: ...


class _Progress(Protocol[_PacketT]):
    def __call__(self, *, progress: float) -> _PacketT: ...


class _LoadModelRequest(Protocol):
    @property
    def model_key(self) -> str: ...

    @property
    def identifier(self) -> str | None: ...

    @property
    def ttl_ms(self) -> int | None: ...

    @property
    def load_config_stack(self) -> KvConfigStack: ...


@dataclass(frozen=True, slots=True)
class LoadingPackets(Generic[InstanceInfoT, ModelInfoT, GetOrLoadT, LoadModelT]):
    """What one namespace's loading flows send: its domain, infos and packet classes."""

    domain: ModelDomain
    settings: Callable[[KvConfigStack], LoadSettings]
    instance_info: Callable[[Instance], InstanceInfoT]
    model_info: Callable[[ModelEntry], ModelInfoT]
    already_loaded: _WithInfo[InstanceInfoT, GetOrLoadT]
    start_loading: _Starting[ModelInfoT, GetOrLoadT]
    get_or_load_progress: _Progress[GetOrLoadT]
    unloading_other: _WithInfo[ModelInstanceInfo, GetOrLoadT]
    get_or_load_success: _WithInfo[InstanceInfoT, GetOrLoadT]
    resolved: _WithInfo[ModelInfoT, LoadModelT]
    load_progress: _Progress[LoadModelT]
    load_success: _WithInfo[InstanceInfoT, LoadModelT]


async def serve_get_or_load(
    registry: ModelRegistry,
    packets: LoadingPackets[InstanceInfoT, ModelInfoT, GetOrLoadT, Any],
    parameter: GetOrLoadCreationParameter,
    channel: AsyncChannel[Any, GetOrLoadT],
) -> None:
    """Return the instance an identifier names, loading its model (just in time) if needed."""
    loaded = registry.find_loaded(parameter.identifier, domain=packets.domain)
    if loaded is not None:
        await channel.send(packets.already_loaded(info=packets.instance_info(loaded)))
        return
    entry = registry.find_entry(parameter.identifier, domain=packets.domain)
    settings = packets.settings(parameter.load_config_stack)
    await channel.send(
        packets.start_loading(
            identifier=registry.unique_identifier(entry.key), info=packets.model_info(entry)
        )
    )
    await channel.send(packets.get_or_load_progress(progress=0.0))

    async def replacing(other: Instance) -> None:
        await channel.send(packets.unloading_other(info=other.domain_info()))

    instance, already = await registry.load(
        entry, settings, ttl_ms=parameter.load_ttl_ms, reuse=True, jit_replacing=replacing
    )
    if not already:
        await channel.send(packets.get_or_load_progress(progress=1.0))
    await channel.send(packets.get_or_load_success(info=packets.instance_info(instance)))


async def serve_load_model(
    registry: ModelRegistry,
    packets: LoadingPackets[InstanceInfoT, ModelInfoT, Any, LoadModelT],
    parameter: _LoadModelRequest,
    channel: AsyncChannel[Any, LoadModelT],
) -> None:
    """Load a new instance: ``resolved``, progress, ``success``."""
    entry = registry.find_entry(parameter.model_key, domain=packets.domain)
    settings = packets.settings(parameter.load_config_stack)
    await channel.send(packets.resolved(info=packets.model_info(entry)))
    await channel.send(packets.load_progress(progress=0.0))
    instance, _ = await registry.load(
        entry, settings, identifier=parameter.identifier, ttl_ms=parameter.ttl_ms
    )
    await channel.send(packets.load_progress(progress=1.0))
    await channel.send(packets.load_success(info=packets.instance_info(instance)))


def resolve_or_absent(
    registry: ModelRegistry,
    specifier: ModelSpecifier,
    throw_if_not_found: bool,
    domain: ModelDomain,
) -> Instance:
    """The instance a specifier names; a miss is an absent result unless the client wants an error.

    Raises:
        ServerError: If nothing matches and ``throw_if_not_found`` is set.
        NoResult: If nothing matches otherwise.
    """
    try:
        return registry.resolve(specifier, domain=domain)
    except ServerError:
        if throw_if_not_found:
            raise
        raise NoResult() from None


async def token_count(engine: Engine, text: str) -> CountTokensResult:
    """Count the tokens of a text (without special tokens)."""
    tokens = await asyncio.to_thread(engine.tokenize, text, False)
    return CountTokensResult(token_count=len(tokens))


async def token_ids(engine: Engine, text: str, add_special: bool) -> TokenizeResult:
    """Token ids of a text, in a worker thread (the tokenizer is native code)."""
    tokens = await asyncio.to_thread(engine.tokenize, text, add_special)
    # The schema types token ids as JSON numbers (float); ints serialize as such.
    return TokenizeResult(tokens=cast(list[float], tokens))


async def usage_estimate(
    registry: ModelRegistry, parameter: EstimateModelUsageParameter, domain: ModelDomain
) -> ModelUsageEstimate:
    """Estimated memory of loading a downloaded model (see :mod:`lmsdk.server.estimates`)."""
    entry = registry.find_entry(parameter.model_key, domain)
    parallel = load_settings(parameter.load_config_stack).max_parallel if domain == "llm" else None
    slots = registry.kv_slots(entry, parallel)
    return await asyncio.to_thread(
        estimate_usage, entry, parameter.load_config_stack, parameter.device_identifier, slots
    )
