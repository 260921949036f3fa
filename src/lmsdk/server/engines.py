"""The engine registry: what ``lmsdk serve --engine NAME`` can put behind the server.

An engine kind is a :class:`EngineBackend`: it names the models it can serve
(the catalog, and which of them to load at start) and loads one of them as an
:class:`~lmsdk.server.engine.Engine`. Adding an engine is one module that
defines a backend plus one line in :data:`ENGINES`; backends are imported only
when chosen, so the llama.cpp library or an HTTP client is never imported for
an engine that is not used.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

from lmsdk.server.catalog import ModelEntry, build_catalog
from lmsdk.server.engine import Engine, default_threads
from lmsdk.server.model_files import DEFAULT_MODEL_KEY
from lmsdk.server.models import EngineFactory

__all__ = [
    "ENGINES",
    "Catalog",
    "EngineBackend",
    "EngineOptions",
    "BatchedGgufBackend",
    "GgufBackend",
    "batched_engine_factory",
    "engine_backend",
    "llama_engine_factory",
    "replay_engine_factory",
]


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """Options of every engine kind; each backend reads the ones it needs.

    Attributes:
        threads: CPU threads per llama.cpp generation (None: all CPUs but one).
        upstream: Base URL of an OpenAI-compatible server (``--engine openai``).
        upstream_api_key: Bearer token for the upstream; never shown in a repr or log.
        upstream_timeout: Seconds to wait for the upstream's next byte (None: forever).
    """

    threads: int | None = None
    upstream: str | None = None
    upstream_api_key: str | None = field(default=None, repr=False)
    upstream_timeout: float | None = 300.0


@dataclass(frozen=True, slots=True)
class Catalog:
    """The models an engine can serve.

    Attributes:
        entries: Every model (``listDownloadedModels``).
        preload: The models to load when the server starts with preloading on.
    """

    entries: list[ModelEntry]
    preload: list[ModelEntry]


class EngineBackend(Protocol):
    """One kind of engine: its catalog and how it loads a model of that catalog."""

    def catalog(self, models: Sequence[str], models_dir: Path | None) -> Catalog:
        """Build the catalog; called once, in a worker thread, when the server starts.

        Args:
            models: Model names from ``--model`` (the backend says what they mean).
            models_dir: An LM Studio models folder (``--models-dir``), if given.

        Raises:
            ValueError: If an option names nothing this backend can serve.
        """
        ...

    def load(self, entry: ModelEntry, context_length: int) -> Engine:
        """Load a catalog entry; called in a worker thread.

        Raises:
            Exception: Anything; the registry reports it as a failed load.
        """
        ...

    def close(self) -> None:
        """Release what the backend holds (connections); called when the server stops."""
        ...


def llama_engine_factory(
    entry: ModelEntry, context_length: int, threads: int | None = None
) -> Engine:
    """Load a GGUF model with llama.cpp for one prediction at a time (``--engine llama-serial``)."""
    from lmsdk.server.llama_engine import LlamaEngine  # imports llama_cpp lazily

    return LlamaEngine(
        entry.file,
        context_length=context_length,
        model_key=entry.key,
        n_threads=threads if threads is not None else default_threads(),
    )


def batched_engine_factory(
    entry: ModelEntry,
    context_length: int,
    threads: int | None = None,
    parallel: int | None = None,
) -> Engine:
    """Load a GGUF model with llama.cpp for several predictions at once (the default engine).

    Args:
        entry: The model.
        context_length: Context length of each prediction.
        threads: CPU threads for every decode (None: all CPUs but one for a
            token, and for a batch whichever of that and all CPUs is faster).
        parallel: Slots (``maxParallelPredictions``); None for LM Studio's default.
    """
    from lmsdk.server.batched_engine import DEFAULT_PARALLEL, BatchedLlamaEngine

    return BatchedLlamaEngine(
        entry.file,
        context_length=context_length,
        parallel=parallel if parallel is not None else DEFAULT_PARALLEL,
        model_key=entry.key,
        n_threads=threads,
    )


def replay_engine_factory(entry: ModelEntry, context_length: int) -> Engine:
    """BENCHMARK ONLY: an engine that replays canned text instead of running the model."""
    from lmsdk.server.replay_engine import ReplayEngine

    return ReplayEngine(model_key=entry.key, context_length=context_length)


class GgufBackend:
    """GGUF files on this machine (the default model, ``--model`` files, a models folder)."""

    def __init__(self, factory: EngineFactory) -> None:
        """Serve GGUF files, loading them with ``factory``."""
        self._factory = factory

    def catalog(self, models: Sequence[str], models_dir: Path | None) -> Catalog:
        """The GGUF catalog; preloads the ``--model`` entries, else the default model.

        Raises:
            ValueError: If a model or folder is missing.
        """
        entries, chosen = build_catalog(models, models_dir)
        return Catalog(entries, chosen or [e for e in entries if e.key == DEFAULT_MODEL_KEY][:1])

    def load(self, entry: ModelEntry, context_length: int) -> Engine:
        """Load a GGUF file with the factory."""
        return self._factory(entry, context_length)

    def close(self) -> None:
        """Nothing to release: each engine frees its model when unloaded."""


class BatchedGgufBackend(GgufBackend):
    """GGUF files served by the batched engine, slots taken from the load config."""

    def __init__(self, threads: int | None = None) -> None:
        """Serve GGUF files with ``threads`` CPU threads per model (None: all CPUs but one)."""
        super().__init__(functools.partial(batched_engine_factory, threads=threads))
        self._threads = threads

    def load(self, entry: ModelEntry, context_length: int, parallel: int | None = None) -> Engine:
        """Load a GGUF file with ``parallel`` slots (None: LM Studio's default)."""
        return batched_engine_factory(entry, context_length, self._threads, parallel)


def _llama(options: EngineOptions) -> EngineBackend:
    return BatchedGgufBackend(options.threads)


def _llama_serial(options: EngineOptions) -> EngineBackend:
    return GgufBackend(functools.partial(llama_engine_factory, threads=options.threads))


def _replay(options: EngineOptions) -> EngineBackend:
    return GgufBackend(replay_engine_factory)


def _lazy(module: str, name: str) -> Callable[[EngineOptions], EngineBackend]:
    def make(options: EngineOptions) -> EngineBackend:
        backend = getattr(importlib.import_module(module), name)
        return cast(EngineBackend, backend(options))

    return make


ENGINES: dict[str, Callable[[EngineOptions], EngineBackend]] = {
    "llama": _llama,  # maxParallelPredictions per model at once, by continuous batching
    "llama-serial": _llama_serial,  # one prediction at a time per model
    "replay": _replay,  # BENCHMARK ONLY: canned text at no model cost
    "openai": _lazy("lmsdk.server.openai_engine", "OpenAIBackend"),
}
"""Engine name -> backend constructor. A new engine is one module and one line here."""


def engine_backend(name: str, options: EngineOptions) -> EngineBackend:
    """The backend registered under ``name``, built with ``options``.

    Raises:
        ValueError: If no engine has that name, or the options do not suit it.
    """
    make = ENGINES.get(name)
    if make is None:
        raise ValueError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    return make(options)
