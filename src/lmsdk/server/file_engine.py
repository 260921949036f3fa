"""What an engine backed by one local GGUF file says about that file.

The llama.cpp LLM engine and the embedding engine both load one file and report
its key, path, name and size the same way; :class:`FileEngine` holds that once.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["FileEngine"]


class FileEngine:
    """Base of the engines that load one GGUF file: its key, path, name and size."""

    def __init__(self, path: Path, *, model_key: str, display_name: str) -> None:
        """Record the file's facts (its size is read now, while the file is being loaded)."""
        self._path = path
        self._size_bytes = path.stat().st_size
        self._model_key = model_key
        self._display_name = display_name

    @property
    def model_key(self) -> str:
        """Stable identifier of the model, e.g. ``"smollm2-135m-instruct"``."""
        return self._model_key

    @property
    def path(self) -> Path:
        """Path of the GGUF file."""
        return self._path

    @property
    def display_name(self) -> str:
        """Human-readable model name."""
        return self._display_name

    @property
    def size_bytes(self) -> int:
        """Size of the GGUF file in bytes."""
        return self._size_bytes
