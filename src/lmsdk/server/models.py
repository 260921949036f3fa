"""The loaded model instances: loading a catalog entry with an engine, resolving, unloading.

The catalog of what can be loaded is :mod:`lmsdk.server.catalog`. Loaded
instances are tracked by identifier; every mutation happens on the event loop
thread, while engines load and run in worker threads.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, cast

import attrs

from lmsdk._generated.common import ModelSpecifier, ModelSpecifierQuery
from lmsdk._generated.config import KvConfig
from lmsdk._generated.model_info import (
    EmbeddingModelInstanceInfo,
    LlmInstanceInfo,
)
from lmsdk.server.catalog import ModelDomain, ModelEntry
from lmsdk.server.engine import Engine, default_threads, parallel_slots
from lmsdk.server.errors import (
    ServerError,
    duplicate_identifier,
    identifier_not_found,
    model_not_found,
    no_model_matching_query,
    specific_model_unloaded,
)
from lmsdk.server.kv import (
    DEFAULT_CONTEXT_LENGTH,
    DEFAULT_MAX_PARALLEL,
    LoadSettings,
    load_kv_config,
)
from lmsdk.server.matching import best_match, path_matches
from lmsdk.server.scheduler import FairScheduler

__all__ = [
    "EngineFactory",
    "Instance",
    "ModelRegistry",
    "load_embedding_engine",
]

log = logging.getLogger("lmsdk.server")

EngineFactory = Callable[[ModelEntry, int], Engine]
"""Loads the model of a catalog entry with a context length; called in a worker thread."""


def load_embedding_engine(entry: ModelEntry, context_length: int) -> Engine:
    """Load an embedding model in llama.cpp's embedding mode (the default embedding factory)."""
    from lmsdk.server.embedding_engine import EmbeddingEngine  # imports llama_cpp lazily

    return EmbeddingEngine(
        entry.file,
        context_length=context_length,
        n_threads=default_threads(),
        model_key=entry.key,
        display_name=entry.display_name,
        architecture=entry.architecture or "unknown",
        max_context_length=entry.max_context_length,
        pooling=entry.pooling,
    )


def _takes_parallel(factory: EngineFactory) -> bool:
    # Only engines that run several predictions at once (their factory takes `parallel`)
    # honour maxParallelPredictions; the others run one at a time whatever it says.
    try:
        return "parallel" in inspect.signature(factory).parameters
    except (TypeError, ValueError):
        return False


class Instance:
    """A loaded model instance."""

    def __init__(
        self,
        entry: ModelEntry,
        engine: Engine,
        identifier: str,
        seed: int | None,
        ttl_ms: int | None,
    ) -> None:
        self.entry = entry
        self.engine = engine
        self.identifier = identifier
        self.reference = secrets.token_urlsafe(12)
        self.seed = seed
        self.ttl_ms = ttl_ms
        self.last_used: float | None = None
        self.idle_since = time.time()
        slots = parallel_slots(engine)
        self.load_config: KvConfig = load_kv_config(engine.context_length, seed, slots)
        # As many generations at a time as the engine has slots (one for most), taken
        # like a lock; waiting requests get their turns round robin across connections.
        self.lock = FairScheduler(slots=slots)
        # Cancel events of generations running or queued on this instance, so
        # that unloading can stop them.
        self.cancels: set[threading.Event] = set()
        self.unloaded = False
        # Loaded just in time by getOrLoad: the next just-in-time load replaces it.
        self.jit = False

    def touch(self) -> None:
        """Record a use (for lastUsedTime and the idle TTL)."""
        self.last_used = self.idle_since = time.time()

    def info(self) -> LlmInstanceInfo:
        """The ``llmInstanceInfo`` describing this instance."""
        return LlmInstanceInfo(**attrs.asdict(self.entry.info(), recurse=False), **self._loaded())

    def embedding_info(self) -> EmbeddingModelInstanceInfo:
        """The ``embeddingModelInstanceInfo`` describing this instance."""
        return EmbeddingModelInstanceInfo(
            **attrs.asdict(self.entry.embedding_info(), recurse=False), **self._loaded()
        )

    def domain_info(self) -> LlmInstanceInfo | EmbeddingModelInstanceInfo:
        """The instance info of this instance's domain."""
        return self.embedding_info() if self.entry.domain == "embedding" else self.info()

    def _loaded(self) -> dict[str, Any]:
        # What an instance info adds to its model's info.
        return {
            "identifier": self.identifier,
            "instance_reference": self.reference,
            "context_length": self.engine.context_length,
            "ttl_ms": self.ttl_ms,
            "last_used_time": None if self.last_used is None else self.last_used * 1000,
        }


class ModelRegistry:
    """The catalog plus the loaded instances; used only from the event loop thread."""

    def __init__(
        self,
        catalog: Sequence[ModelEntry],
        engine_factory: EngineFactory,
        embedding_factory: EngineFactory | None = None,
    ) -> None:
        """Serve a catalog.

        Args:
            catalog: The downloaded models.
            engine_factory: Loads an LLM.
            embedding_factory: Loads an embedding model; by default llama.cpp in
                embedding mode, whatever engine serves the LLMs.
        """
        self.catalog = list(catalog)
        self._factory = engine_factory
        self._embedding_factory = embedding_factory or load_embedding_engine
        self._instances: dict[str, Instance] = {}
        # Loads run one at a time so two requests for one model load it once.
        self._load_lock = asyncio.Lock()

    @property
    def instances(self) -> list[Instance]:
        """Loaded instances in load order."""
        return list(self._instances.values())

    def loaded_identifiers(self) -> list[str]:
        """Identifiers of the loaded instances."""
        return list(self._instances)

    def find_entry(self, name: str, domain: ModelDomain = "llm") -> ModelEntry:
        """The downloaded model of a domain that a model key, path or catalog name names.

        Raises:
            ServerError: ``noModelMatchingQuery`` if nothing matches.
        """
        catalog = [e for e in self.catalog if e.domain == domain]
        found = best_match(((e, None, e) for e in catalog), name)
        if found is None:
            raise model_not_found(name, [e.key for e in catalog], self.loaded_identifiers())
        return found

    def find_loaded(self, name: str, domain: ModelDomain = "llm") -> Instance | None:
        """The loaded instance of a domain a name selects (identifier first, then key or path)."""
        return best_match(
            (
                (i, i.identifier, i.entry)
                for i in self._instances.values()
                if i.entry.domain == domain
            ),
            name,
        )

    def resolve(self, specifier: ModelSpecifier, domain: ModelDomain = "llm") -> Instance:
        """The loaded instance a model specifier names.

        Raises:
            ServerError: ``noModelMatchingQuery`` or ``specificModelUnloaded``.
        """
        if not isinstance(specifier, ModelSpecifierQuery):
            for instance in self._instances.values():
                if instance.reference == specifier.instance_reference:
                    if instance.entry.domain != domain:
                        break
                    return instance
            raise specific_model_unloaded()
        query = specifier.query
        candidates = [
            instance
            for instance in self._instances.values()
            if instance.entry.domain == domain
            and (query.domain is None or query.domain == domain)
            and not query.vision  # no vision models here
            and (query.path is None or path_matches(instance.entry, query.path))
        ]
        found = (
            best_match(((i, i.identifier, i.entry) for i in candidates), query.identifier)
            if query.identifier is not None
            else next(iter(candidates), None)
        )
        if found is None:
            raise no_model_matching_query(query, self.loaded_identifiers())
        return found

    def _factory_for(self, entry: ModelEntry) -> EngineFactory:
        return self._embedding_factory if entry.domain == "embedding" else self._factory

    def kv_slots(self, entry: ModelEntry, max_parallel: int | None) -> int:
        """How many KV caches loading ``entry`` allocates: one per prediction it runs at once.

        Args:
            entry: The model.
            max_parallel: The load config's ``maxParallelPredictions`` (None: the default).
        """
        if not _takes_parallel(self._factory_for(entry)):
            return 1
        return max_parallel if max_parallel is not None else DEFAULT_MAX_PARALLEL

    def unique_identifier(self, wanted: str) -> str:
        """``wanted``, or ``wanted:N`` with the first free N >= 2."""
        if wanted not in self._instances:
            return wanted
        n = 2
        while f"{wanted}:{n}" in self._instances:
            n += 1
        return f"{wanted}:{n}"

    async def load(
        self,
        entry: ModelEntry,
        settings: LoadSettings,
        *,
        identifier: str | None = None,
        ttl_ms: int | None = None,
        reuse: bool = False,
        jit_replacing: Callable[[Instance], Awaitable[None]] | None = None,
    ) -> tuple[Instance, bool]:
        """Load a new instance (or, with ``reuse``, return a loaded one).

        Args:
            entry: The model to load.
            settings: Context length and seed.
            identifier: Wanted identifier, which must be free; without one, the model key
                made unique (``key:2``, ...).
            ttl_ms: Idle time after which the instance is unloaded.
            reuse: Return an already loaded instance of ``entry`` if there is one.
            jit_replacing: For a just-in-time load (getOrLoad): as LM Studio keeps only the
                last just-in-time model, every other one (of any domain) is unloaded first,
                and this is awaited with each before it goes.

        Returns:
            (the instance, whether it was already loaded).

        Raises:
            ServerError: If ``identifier`` is in use or the engine fails to load the model.
        """
        async with self._load_lock:
            if identifier is not None and identifier in self._instances:
                raise duplicate_identifier(identifier)
            if reuse:
                for instance in self._instances.values():
                    if instance.entry == entry:
                        return instance, True
            if jit_replacing is not None:
                for other in [i for i in self._instances.values() if i.jit]:
                    await jit_replacing(other)
                    await self._discard(other)
            context_length = settings.context_length or min(
                DEFAULT_CONTEXT_LENGTH, entry.max_context_length
            )
            started = time.perf_counter()
            try:
                factory = self._factory_for(entry)
                if settings.max_parallel is not None and _takes_parallel(factory):
                    takes_parallel = cast(Callable[..., Engine], factory)
                    factory = functools.partial(takes_parallel, parallel=settings.max_parallel)
                engine = await asyncio.to_thread(factory, entry, context_length)
            except Exception as exc:
                log.exception("loading %s failed", entry.key)
                raise ServerError(
                    f'Failed to load model "{entry.key}"', cause=f"{type(exc).__name__}: {exc}"
                ) from exc
            instance = Instance(
                entry,
                engine,
                identifier or self.unique_identifier(entry.key),
                settings.seed,
                ttl_ms,
            )
            instance.jit = jit_replacing is not None
            self._instances[instance.identifier] = instance
            log.info(
                "loaded %s as %r in %.2f s (context %d)",
                entry.key,
                instance.identifier,
                time.perf_counter() - started,
                engine.context_length,
            )
            return instance, False

    async def unload(self, identifier: str, domain: ModelDomain = "llm") -> None:
        """Unload an instance of a domain, stopping its running and queued generations.

        Raises:
            ServerError: ``noModelMatchingQuery`` if no instance of the domain has the identifier.
        """
        instance = self._instances.get(identifier)
        if instance is None or instance.entry.domain != domain:
            raise identifier_not_found(identifier, self.loaded_identifiers())
        await self._discard(instance)

    async def _discard(self, instance: Instance) -> None:
        # Only if still registered: an earlier await may have let another request unload it.
        if self._instances.get(instance.identifier) is instance:
            del self._instances[instance.identifier]
            await self._close(instance)

    async def _close(self, instance: Instance) -> None:
        instance.unloaded = True
        for cancel in list(instance.cancels):
            cancel.set()
        # close() waits for a running generation, which the cancel ends within a token.
        await asyncio.to_thread(instance.engine.close)
        log.info("unloaded %r", instance.identifier)

    async def unload_idle(self) -> None:
        """Unload instances idle for longer than their TTL."""
        now = time.time()
        for instance in list(self._instances.values()):
            if instance.ttl_ms is None or instance.lock.locked() or instance.cancels:
                continue
            if (now - instance.idle_since) * 1000 > instance.ttl_ms:
                await self._discard(instance)

    async def close(self) -> None:
        """Unload every instance."""
        while self._instances:
            _, instance = self._instances.popitem()
            await self._close(instance)

    def get_checked(self, instance: Instance) -> Instance:
        """``instance`` if still loaded.

        Raises:
            ServerError: ``specificModelUnloaded`` if it was unloaded meanwhile.
        """
        if instance.unloaded:
            raise specific_model_unloaded()
        return instance
