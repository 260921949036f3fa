"""Retrieval over uploaded files: parse, chunk, embed, rank by cosine similarity.

``files/retrieve`` and the long-document path of predictions both come here.
The embedding model is the one ``retrieval.embeddingModel`` names (a loaded
instance or a downloaded embedding model, loaded on demand), else any loaded
embedding instance, else the server's default embedding model. Chunk
embeddings are cached per file, model instance and chunking, so asking a
second question of the same files only embeds the question.
``retrieval.databaseFile`` is ignored: no client path reaches the file system.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import attrs

from lmsdk._generated.config import KvConfig
from lmsdk._generated.files import (
    InternalRetrievalResult,
    InternalRetrievalResultEntry,
    RetrievalFileProcessingStep,
)
from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY
from lmsdk.server.chunking import Chunk, line_span, split_recursive
from lmsdk.server.embedding_engine import EmbeddingEngine
from lmsdk.server.errors import ServerError
from lmsdk.server.file_store import FileStore, StoredFile
from lmsdk.server.kv import LoadSettings
from lmsdk.server.models import Instance, ModelRegistry

__all__ = ["DEFAULT_CHUNK_OVERLAP", "DEFAULT_CHUNK_SIZE", "DEFAULT_LIMIT", "Progress", "Retriever"]

DEFAULT_CHUNK_SIZE: Final = 512
DEFAULT_CHUNK_OVERLAP: Final = 100
DEFAULT_LIMIT: Final = 5
_KEY = "retrieval."


class Progress:
    """Callbacks a retrieval reports through (the retrieve channel's packets)."""

    async def process_list(self, indices: list[int]) -> None:
        """The files that need processing."""

    async def file_start(self, index: int) -> None:
        """A file's processing starts."""

    async def file_end(self, index: int) -> None:
        """A file's processing ends."""

    async def step_start(self, index: int, step: RetrievalFileProcessingStep) -> None:
        """A step of a file's processing starts."""

    async def step_progress(
        self, index: int, step: RetrievalFileProcessingStep, fraction: float
    ) -> None:
        """A step of a file's processing progresses (0..1)."""

    async def step_end(self, index: int, step: RetrievalFileProcessingStep) -> None:
        """A step ends."""

    async def searching(self, started: bool) -> None:
        """The search starts (True) or ends (False)."""


@attrs.frozen
class _Settings:
    model: str | None
    chunk_size: int
    chunk_overlap: int
    limit: int


@attrs.frozen
class _Indexed:
    text: str
    chunks: list[Chunk]
    vectors: list[list[float]]


def _settings(config: KvConfig) -> _Settings:
    values: dict[str, Any] = {f.key: f.value for f in config.fields}
    model = values.get(_KEY + "embeddingModel")
    if model is not None and not isinstance(model, str):
        raise ServerError("Invalid retrieval.embeddingModel", cause=f"expected a string: {model!r}")
    method = values.get(_KEY + "chunkingMethod") or {}
    size = DEFAULT_CHUNK_SIZE
    overlap = DEFAULT_CHUNK_OVERLAP
    if method:
        if not isinstance(method, Mapping) or method.get("type") != "recursive-v1":
            raise ServerError(
                "Unsupported retrieval.chunkingMethod",
                cause=f'expected {{"type": "recursive-v1", "chunkSize", "chunkOverlap"}}: {method!r}',
            )
        size, overlap = method.get("chunkSize", size), method.get("chunkOverlap", overlap)
    limit = values.get(_KEY + "limit", DEFAULT_LIMIT)
    for key, value in (("chunkSize", size), ("chunkOverlap", overlap), ("limit", limit)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ServerError(f"Invalid retrieval {key}", cause=f"expected an integer: {value!r}")
    if size < 1 or limit < 1 or overlap >= size:
        raise ServerError(
            "Invalid retrieval settings",
            cause=f"need chunkSize >= 1, 0 <= chunkOverlap < chunkSize and limit >= 1; got "
            f"chunkSize {size}, chunkOverlap {overlap}, limit {limit}",
        )
    return _Settings(model or None, size, overlap, limit)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = math.fsum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(math.fsum(x * x for x in a)) * math.sqrt(math.fsum(y * y for y in b))
    return dot / norm if norm > 0 else 0.0


class Retriever:
    """Runs retrievals for one server (its registry and file store), caching file embeddings."""

    def __init__(self, registry: ModelRegistry, store: FileStore) -> None:
        self.registry = registry
        self.store = store
        self._cache: dict[tuple[str, str, int, int], _Indexed] = {}

    async def embedding_instance(self, name: str | None) -> Instance:
        """The embedding instance to use, loading one if needed.

        Raises:
            ServerError: ``name`` names no embedding model.
        """
        registry = self.registry
        if name is not None:
            found = registry.find_loaded(name, domain="embedding")
            if found is not None:
                return found
            entry = registry.find_entry(name, domain="embedding")
        else:
            loaded = [i for i in registry.instances if i.entry.domain == "embedding"]
            if loaded:
                return loaded[0]
            entry = registry.find_entry(DEFAULT_EMBEDDING_KEY, domain="embedding")
        instance, _ = await registry.load(entry, LoadSettings(), reuse=True)
        return instance

    async def retrieve(
        self,
        query: str,
        file_identifiers: Sequence[str],
        config: KvConfig,
        progress: Progress,
        stopped: Callable[[], bool],
    ) -> InternalRetrievalResult:
        """The chunks of the files nearest the query, best first.

        Raises:
            ServerError: Bad settings, an unknown file, a file that cannot be parsed, or
                no usable embedding model.
        """
        settings = _settings(config)
        files = [self.store.get(identifier) for identifier in file_identifiers]
        instance = await self.embedding_instance(settings.model)
        engine = instance.engine
        if not isinstance(engine, EmbeddingEngine):
            raise ServerError(f'"{instance.identifier}" is not an embedding model')
        size = min(settings.chunk_size, engine.context_length)
        overlap = min(settings.chunk_overlap, size - 1)
        keys = [(f.identifier, instance.reference, size, overlap) for f in files]
        todo = [i for i, key in enumerate(keys) if key not in self._cache]
        await progress.process_list(todo)
        for index in todo:
            if stopped():
                break
            await progress.file_start(index)
            indexed = await self._index(
                files[index], index, engine, size, overlap, progress, stopped
            )
            if stopped():
                break  # a partly embedded file is not cached
            self._cache[keys[index]] = indexed
            await progress.file_end(index)
        if stopped():
            return InternalRetrievalResult(entries=[])
        await progress.searching(True)
        query_vector = await asyncio.to_thread(engine.embed, query)
        scored: list[tuple[float, int, Chunk, str]] = []
        for index, key in enumerate(keys):
            indexed = self._cache[key]
            for chunk, vector in zip(indexed.chunks, indexed.vectors, strict=True):
                scored.append((_cosine(query_vector, vector), index, chunk, indexed.text))
        scored.sort(key=lambda s: -s[0])
        instance.touch()
        await progress.searching(False)
        entries = [
            InternalRetrievalResultEntry(
                content=chunk.text,
                score=score,
                source_index=index,
                line_number=list(line_span(text, chunk)),
            )
            for score, index, chunk, text in scored[: settings.limit]
        ]
        return InternalRetrievalResult(entries=entries)

    async def _index(
        self,
        stored: StoredFile,
        index: int,
        engine: EmbeddingEngine,
        size: int,
        overlap: int,
        progress: Progress,
        stopped: Callable[[], bool],
    ) -> _Indexed:
        await progress.step_start(index, "loading")
        text = await asyncio.to_thread(self.store.text, stored)
        await progress.step_end(index, "loading")
        await progress.step_start(index, "chunking")

        def count(piece: str) -> int:
            return len(engine.tokenize(piece, False))

        chunks = await asyncio.to_thread(split_recursive, text, size, overlap, count)
        await progress.step_end(index, "chunking")
        await progress.step_start(index, "embedding")
        vectors: list[list[float]] = []
        for done, chunk in enumerate(chunks, 1):
            if stopped():
                break
            vectors.append(await asyncio.to_thread(engine.embed, chunk.text))
            await progress.step_progress(index, "embedding", done / len(chunks))
        await progress.step_end(index, "embedding")
        return _Indexed(text, chunks[: len(vectors)], vectors)
