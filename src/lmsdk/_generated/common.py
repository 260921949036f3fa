# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `common` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET, Unset

__all__ = [
    "SerializedError",
    "ErrorDisplayDataSpecificModelUnloaded",
    "ErrorDisplayDataNoModelMatchingQuery",
    "ErrorDisplayDataPathNotFound",
    "ErrorDisplayDataIdentifierNotFound",
    "ErrorDisplayDataDomainMismatch",
    "ErrorDisplayDataEngineDoesNotSupportFeature",
    "ErrorDisplayDataMissingRuntimeExtension",
    "ErrorDisplayDataPresetNotFound",
    "PresetSample",
    "ModelDomainType",
    "ModelQuery",
    "ModelSpecifierQuery",
    "ModelSpecifierInstanceReference",
    "ErrorDisplayData",
    "ModelSpecifier",
]


@attrs.frozen(kw_only=True)
class SerializedError:
    """An error reported by the server, flattened to plain JSON."""

    title: str | None = None
    """Human-readable summary of the error."""
    root_title: str | None = None
    """Summary of the innermost error, used as the exception message."""
    cause: str | None = None
    """Explanation of what caused the error."""
    suggestion: str | None = None
    """Hint on how the user can fix the problem."""
    error_data: dict[str, Any] | None = None
    """Free-form machine-readable details."""
    display_data: ErrorDisplayData | None = None
    """Structured details keyed by an error code, for rich display."""
    stack: str | None = None
    """Server-side stack trace."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataSpecificModelUnloaded:
    """The instance a request referred to has been unloaded."""

    code: Literal["generic.specificModelUnloaded"] = "generic.specificModelUnloaded"


@attrs.frozen(kw_only=True)
class ErrorDisplayDataNoModelMatchingQuery:
    """No loaded model matches the query of a model specifier."""

    code: Literal["generic.noModelMatchingQuery"] = "generic.noModelMatchingQuery"
    query: ModelQuery
    """The query that matched nothing."""
    loaded_models_sample: list[str]
    """Some identifiers of models that are loaded."""
    total_loaded_models: int
    """How many models are loaded in total."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataPathNotFound:
    """No downloaded model has the requested path."""

    code: Literal["generic.pathNotFound"] = "generic.pathNotFound"
    path: str
    """The path that was asked for."""
    available_paths_sample: list[str]
    """Some paths of downloaded models."""
    total_models: int
    """How many models are downloaded in total."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataIdentifierNotFound:
    """No loaded instance has the requested identifier."""

    code: Literal["generic.identifierNotFound"] = "generic.identifierNotFound"
    identifier: str
    """The identifier that was asked for."""
    loaded_models_sample: list[str]
    """Some identifiers of models that are loaded."""
    total_loaded_models: int
    """How many models are loaded in total."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataDomainMismatch:
    """The model found is of a different kind than the endpoint needs."""

    code: Literal["generic.domainMismatch"] = "generic.domainMismatch"
    path: str
    """Path of the model that was found."""
    actual_domain: ModelDomainType
    """Kind of the model that was found."""
    expected_domain: ModelDomainType
    """Kind the endpoint needs."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataEngineDoesNotSupportFeature:
    """The installed inference engine is too old for a requested feature."""

    code: Literal["generic.engineDoesNotSupportFeature"] = "generic.engineDoesNotSupportFeature"
    feature: str
    """The feature that was requested."""
    engine_name: str
    """Name of the engine."""
    engine_type: str
    """Type of the engine."""
    installed_version: str
    """Engine version that is installed."""
    supported_version: str | None
    """First engine version with the feature, or null if none has it."""


@attrs.frozen(kw_only=True)
class ErrorDisplayDataMissingRuntimeExtension:
    """A runtime extension needed for the request is not installed."""

    code: Literal["generic.missingRuntimeExtension"] = "generic.missingRuntimeExtension"


@attrs.frozen(kw_only=True)
class ErrorDisplayDataPresetNotFound:
    """No preset matches the requested preset identifier."""

    code: Literal["generic.presetNotFound"] = "generic.presetNotFound"
    specified_fuzzy_preset_identifier: str
    """The preset identifier that was asked for."""
    available_presets_sample: list[PresetSample]
    """Some presets that do exist."""
    total_available_presets: int
    """How many presets exist in total."""


@attrs.frozen(kw_only=True)
class PresetSample:
    """A preset listed as an alternative in a preset-not-found error."""

    identifier: str
    """Identifier of the preset."""
    name: str
    """Display name of the preset."""


ModelDomainType: TypeAlias = Literal[
    "llm", "embedding", "imageGen", "transcription", "tts", "drafter"
]
"""Kind of model a query or error refers to (drafter is only known to newer servers)."""


@attrs.frozen(kw_only=True)
class ModelQuery:
    """Criteria that select a loaded model; every criterion is optional and an empty query matches any model."""

    domain: ModelDomainType | None = None
    """Only match models of this kind."""
    identifier: str | None = None
    """Exact instance identifier to match."""
    path: str | None = None
    """Model path `<publisher>/<repo>[/<file>]` to match."""
    vision: bool | None = None
    """Only match models that accept images."""
    device_identifier: str | None | Unset = UNSET
    """LM Link device to look on; null restricts the match to local models (newer servers only)."""


@attrs.frozen(kw_only=True)
class ModelSpecifierQuery:
    """Select a loaded model by matching a query."""

    type: Literal["query"] = "query"
    query: ModelQuery
    """The criteria to match."""


@attrs.frozen(kw_only=True)
class ModelSpecifierInstanceReference:
    """Select one specific loaded instance by its opaque reference."""

    type: Literal["instanceReference"] = "instanceReference"
    instance_reference: str
    """Opaque reference taken from a load result; invalid once that instance is unloaded."""


ErrorDisplayData: TypeAlias = (
    ErrorDisplayDataSpecificModelUnloaded
    | ErrorDisplayDataNoModelMatchingQuery
    | ErrorDisplayDataPathNotFound
    | ErrorDisplayDataIdentifierNotFound
    | ErrorDisplayDataDomainMismatch
    | ErrorDisplayDataEngineDoesNotSupportFeature
    | ErrorDisplayDataMissingRuntimeExtension
    | ErrorDisplayDataPresetNotFound
)
"""Structured error details, told apart by their `code`. Tagged by `code`."""


ModelSpecifier: TypeAlias = ModelSpecifierQuery | ModelSpecifierInstanceReference
"""Names the model a request applies to. Tagged by `type`."""
