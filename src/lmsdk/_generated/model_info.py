# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `model_info` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET, Unset

__all__ = [
    "ModelCompatibilityType",
    "ModelQuantization",
    "LlmInfo",
    "LlmInstanceInfo",
    "EmbeddingModelInfo",
    "EmbeddingModelInstanceInfo",
    "ModelInfo",
    "ModelInstanceInfo",
]


ModelCompatibilityType: TypeAlias = Literal[
    "gguf", "safetensors", "onnx", "ggml", "mlx_placeholder", "torch_safetensors", "pte", "yuzu"
]
"""File format of a model (pte and yuzu only on newer servers)."""


@attrs.frozen(kw_only=True)
class ModelQuantization:
    """Quantization of a model's weights."""

    name: str
    """Name of the quantization, such as Q4_K_M."""
    bits: int
    """Rough bits per weight."""


@attrs.frozen(kw_only=True)
class LlmInfo:
    """A downloaded LLM."""

    type: Literal["llm"] = "llm"
    model_key: str
    """Key used to load the model."""
    format: ModelCompatibilityType
    """File format of the model."""
    display_name: str
    """Human-readable model name."""
    path: str
    """Path of the model relative to the models directory."""
    size_bytes: int
    """Size of the model files in bytes."""
    params_string: str | None = None
    """Parameter count as text, such as 7B."""
    architecture: str | None = None
    """Model architecture, such as llama."""
    publisher: str | None = None
    """Publisher of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    indexed_model_identifier: str | None = None
    """Stable, path-like identifier of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device hosting the model, or null when local. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    quantization: ModelQuantization | None = None
    """Quantization of the weights (newer servers only)."""
    variants: list[str] | None = None
    """Keys of the other downloaded variants of this model (protocol 2.0.0)."""
    selected_variant: str | None = None
    """Which of those variants this is (protocol 2.0.0)."""
    vision: bool
    """Whether the model accepts images."""
    trained_for_tool_use: bool
    """Whether the model was trained to call tools."""
    max_context_length: int
    """Largest context window the model supports."""


@attrs.frozen(kw_only=True)
class LlmInstanceInfo:
    """A loaded LLM instance."""

    type: Literal["llm"] = "llm"
    model_key: str
    """Key used to load the model."""
    format: ModelCompatibilityType
    """File format of the model."""
    display_name: str
    """Human-readable model name."""
    path: str
    """Path of the model relative to the models directory."""
    size_bytes: int
    """Size of the model files in bytes."""
    params_string: str | None = None
    """Parameter count as text, such as 7B."""
    architecture: str | None = None
    """Model architecture, such as llama."""
    publisher: str | None = None
    """Publisher of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    indexed_model_identifier: str | None = None
    """Stable, path-like identifier of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device hosting the model, or null when local. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    quantization: ModelQuantization | None = None
    """Quantization of the weights (newer servers only)."""
    variants: list[str] | None = None
    """Keys of the other downloaded variants of this model (protocol 2.0.0)."""
    selected_variant: str | None = None
    """Which of those variants this is (protocol 2.0.0)."""
    vision: bool
    """Whether the model accepts images."""
    trained_for_tool_use: bool
    """Whether the model was trained to call tools."""
    max_context_length: int
    """Largest context window the model supports."""
    identifier: str
    """Identifier of the loaded instance, used to address it."""
    instance_reference: str
    """Opaque, immutable reference to this instance."""
    context_length: int
    """Context window the instance was loaded with."""
    ttl_ms: float | None | Unset = UNSET
    """Idle time in milliseconds before automatic unload, or null for never. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    last_used_time: float | None | Unset = UNSET
    """Unix time in milliseconds of last use, or null. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""


@attrs.frozen(kw_only=True)
class EmbeddingModelInfo:
    """A downloaded embedding model."""

    type: Literal["embedding"] = "embedding"
    model_key: str
    """Key used to load the model."""
    format: ModelCompatibilityType
    """File format of the model."""
    display_name: str
    """Human-readable model name."""
    path: str
    """Path of the model relative to the models directory."""
    size_bytes: int
    """Size of the model files in bytes."""
    params_string: str | None = None
    """Parameter count as text, such as 7B."""
    architecture: str | None = None
    """Model architecture, such as llama."""
    publisher: str | None = None
    """Publisher of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    indexed_model_identifier: str | None = None
    """Stable, path-like identifier of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device hosting the model, or null when local. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    quantization: ModelQuantization | None = None
    """Quantization of the weights (newer servers only)."""
    variants: list[str] | None = None
    """Keys of the other downloaded variants of this model (protocol 2.0.0)."""
    selected_variant: str | None = None
    """Which of those variants this is (protocol 2.0.0)."""
    max_context_length: int
    """Largest context window the model supports."""


@attrs.frozen(kw_only=True)
class EmbeddingModelInstanceInfo:
    """A loaded embedding model instance."""

    type: Literal["embedding"] = "embedding"
    model_key: str
    """Key used to load the model."""
    format: ModelCompatibilityType
    """File format of the model."""
    display_name: str
    """Human-readable model name."""
    path: str
    """Path of the model relative to the models directory."""
    size_bytes: int
    """Size of the model files in bytes."""
    params_string: str | None = None
    """Parameter count as text, such as 7B."""
    architecture: str | None = None
    """Model architecture, such as llama."""
    publisher: str | None = None
    """Publisher of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    indexed_model_identifier: str | None = None
    """Stable, path-like identifier of the model. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device hosting the model, or null when local. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    quantization: ModelQuantization | None = None
    """Quantization of the weights (newer servers only)."""
    variants: list[str] | None = None
    """Keys of the other downloaded variants of this model (protocol 2.0.0)."""
    selected_variant: str | None = None
    """Which of those variants this is (protocol 2.0.0)."""
    max_context_length: int
    """Largest context window the model supports."""
    identifier: str
    """Identifier of the loaded instance, used to address it."""
    instance_reference: str
    """Opaque, immutable reference to this instance."""
    context_length: int
    """Context window the instance was loaded with."""
    ttl_ms: float | None | Unset = UNSET
    """Idle time in milliseconds before automatic unload, or null for never. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""
    last_used_time: float | None | Unset = UNSET
    """Unix time in milliseconds of last use, or null. Optional when decoding (older servers omit it); servers always send it, because protocol 2.0.0 requires it."""


ModelInfo: TypeAlias = LlmInfo | EmbeddingModelInfo
"""A downloaded model of any kind. Tagged by `type`."""


ModelInstanceInfo: TypeAlias = LlmInstanceInfo | EmbeddingModelInstanceInfo
"""A loaded model instance of any kind. Tagged by `type`."""
