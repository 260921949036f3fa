# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `embedding` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from lmsdk._generated.common import ModelSpecifier
from lmsdk._generated.config import KvConfigStack
from lmsdk._generated.model_info import (
    EmbeddingModelInfo,
    EmbeddingModelInstanceInfo,
    ModelInstanceInfo,
)

__all__ = [
    "EmbeddingGetOrLoadAlreadyLoadedPacket",
    "EmbeddingGetOrLoadStartLoadingPacket",
    "EmbeddingGetOrLoadUnloadingOtherJitModelPacket",
    "EmbeddingGetOrLoadLoadProgressPacket",
    "EmbeddingGetOrLoadLoadSuccessPacket",
    "EmbeddingLoadModelCreationParameter",
    "EmbeddingLoadModelResolvedPacket",
    "EmbeddingLoadModelProgressPacket",
    "EmbeddingLoadModelSuccessPacket",
    "EmbedStringParameter",
    "EmbedStringResult",
    "EmbeddingGetOrLoadToClientPacket",
    "EmbeddingLoadModelToClientPacket",
]


@attrs.frozen(kw_only=True)
class EmbeddingGetOrLoadAlreadyLoadedPacket:
    """A matching embedding model instance was already loaded."""

    type: Literal["alreadyLoaded"] = "alreadyLoaded"
    info: EmbeddingModelInstanceInfo
    """The existing instance."""


@attrs.frozen(kw_only=True)
class EmbeddingGetOrLoadStartLoadingPacket:
    """No instance matched, so the embedding model is being loaded."""

    type: Literal["startLoading"] = "startLoading"
    identifier: str
    """Identifier the new instance will get."""
    info: EmbeddingModelInfo
    """The model being loaded."""


@attrs.frozen(kw_only=True)
class EmbeddingGetOrLoadUnloadingOtherJitModelPacket:
    """Another just-in-time loaded model is being unloaded to make room."""

    type: Literal["unloadingOtherJITModel"] = "unloadingOtherJITModel"
    info: ModelInstanceInfo
    """The instance being unloaded."""


@attrs.frozen(kw_only=True)
class EmbeddingGetOrLoadLoadProgressPacket:
    """Progress of the load."""

    type: Literal["loadProgress"] = "loadProgress"
    progress: float
    """Fraction loaded."""


@attrs.frozen(kw_only=True)
class EmbeddingGetOrLoadLoadSuccessPacket:
    """The embedding model finished loading."""

    type: Literal["loadSuccess"] = "loadSuccess"
    info: EmbeddingModelInstanceInfo
    """The new instance."""


@attrs.frozen(kw_only=True)
class EmbeddingLoadModelCreationParameter:
    """Loads a new instance of an embedding model."""

    model_key: str
    """Key of the model to load."""
    identifier: str | None = None
    """Identifier to give the new instance."""
    ttl_ms: int | None = None
    """Idle time in milliseconds after which the instance is unloaded."""
    load_config_stack: KvConfigStack
    """Load settings (embedding.load.* keys)."""


@attrs.frozen(kw_only=True)
class EmbeddingLoadModelResolvedPacket:
    """The model key was resolved to a downloaded embedding model."""

    type: Literal["resolved"] = "resolved"
    info: EmbeddingModelInfo
    """The model that will be loaded."""
    ambiguous: list[str] | None = None
    """Other models the key could also have meant."""


@attrs.frozen(kw_only=True)
class EmbeddingLoadModelProgressPacket:
    """Progress of the load."""

    type: Literal["progress"] = "progress"
    progress: float
    """Fraction loaded."""


@attrs.frozen(kw_only=True)
class EmbeddingLoadModelSuccessPacket:
    """The embedding model finished loading."""

    type: Literal["success"] = "success"
    info: EmbeddingModelInstanceInfo
    """The new instance."""


@attrs.frozen(kw_only=True)
class EmbedStringParameter:
    """Embeds one text with a loaded embedding model."""

    model_specifier: ModelSpecifier
    """The loaded embedding model to use."""
    input_string: str
    """The text to embed."""


@attrs.frozen(kw_only=True)
class EmbedStringResult:
    """The embedding of a text."""

    embedding: list[float]
    """The embedding vector (the model's dimension)."""


EmbeddingGetOrLoadToClientPacket: TypeAlias = (
    EmbeddingGetOrLoadAlreadyLoadedPacket
    | EmbeddingGetOrLoadStartLoadingPacket
    | EmbeddingGetOrLoadUnloadingOtherJitModelPacket
    | EmbeddingGetOrLoadLoadProgressPacket
    | EmbeddingGetOrLoadLoadSuccessPacket
)
"""A packet the server sends on an embedding getOrLoad channel. Tagged by `type`."""


EmbeddingLoadModelToClientPacket: TypeAlias = (
    EmbeddingLoadModelResolvedPacket
    | EmbeddingLoadModelProgressPacket
    | EmbeddingLoadModelSuccessPacket
)
"""A packet the server sends on an embedding loadModel channel. Tagged by `type`."""
