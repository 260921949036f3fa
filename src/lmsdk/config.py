"""Typed configs <-> KV config layers, driven by the generated KV table (no per-field code here).

Configs are checked before anything is sent: an unknown key or a wrong type is refused with a message
naming the key and the valid ones, since a server only answers such mistakes with a warning or not at all.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any, TypeAlias, TypeVar

import attrs

from lmsdk._constraints import kv_field_value, violations
from lmsdk._generated import converter
from lmsdk._generated.config import (
    EmbeddingLoadModelConfig,
    LlmLoadModelConfig,
    LlmPredictionConfig,
)
from lmsdk._generated.config_dicts import (
    EmbeddingLoadModelConfigDict,
    LlmLoadModelConfigDict,
    LlmPredictionConfigDict,
)
from lmsdk._generated.converter import RENAMES, unstructure
from lmsdk._generated.kv_fields import KV_FIELDS, KvField
from lmsdk._json import MAX_DEPTH
from lmsdk._protocol.describe import describe_decode_error
from lmsdk.errors import LMStudioConfigError

__all__ = [
    "ConfigInput",
    "EmbeddingLoadConfigInput",
    "LoadConfigInput",
    "PredictionConfigInput",
    "config_from_kv",
    "read_kv_config",
    "to_kv_fields",
    "validate_config",
]

C = TypeVar("C", LlmPredictionConfig, LlmLoadModelConfig, EmbeddingLoadModelConfig)
ConfigInput = (
    Mapping[str, Any] | LlmPredictionConfig | LlmLoadModelConfig | EmbeddingLoadModelConfig | None
)
"""What validate_config() takes: any mapping (camelCase or snake_case keys) or a typed config."""

# The public signatures take these: the typed config or its TypedDict, whose camelCase keys and value
# types a type checker checks (a dict variable typed dict[str, Any] is refused; the runtime accepts it).
PredictionConfigInput: TypeAlias = LlmPredictionConfig | LlmPredictionConfigDict | None
LoadConfigInput: TypeAlias = LlmLoadModelConfig | LlmLoadModelConfigDict | None
EmbeddingLoadConfigInput: TypeAlias = EmbeddingLoadModelConfig | EmbeddingLoadModelConfigDict | None


def _wire_names(cls: type) -> dict[str, str]:
    """Accepted spellings (camelCase wire names and snake_case attributes) -> wire name."""
    names = {wire: wire for wire in RENAMES[cls].values()}
    names.update({py: wire for py, wire in RENAMES[cls].items()})
    return names


def validate_config(config: ConfigInput, cls: type[C]) -> C:
    """Turn a config dict (camelCase or snake_case keys) or typed config into the typed config.

    Raises:
        LMStudioConfigError: a key is unknown, or a value has the wrong type or range.
    """
    if config is None:
        return cls()
    if isinstance(config, cls):
        return config
    if attrs.has(type(config)):
        raise LMStudioConfigError(
            f"expected a {cls.__name__} or a dict, got a {type(config).__name__}"
        )
    if not isinstance(config, Mapping):
        raise LMStudioConfigError(
            f"config must be a dict or {cls.__name__}, not {type(config).__name__}"
        )
    names = _wire_names(cls)
    data: dict[str, Any] = {}
    for key, value in config.items():
        found = names.get(key)
        if found is None:
            raise LMStudioConfigError(_unknown_key_message(str(key), cls), key=str(key))
        data[found] = value
    try:
        typed = converter.STRICT.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - converted into a message naming the key
        problem = describe_decode_error(exc)
        bad_key = _key_of(exc, cls)
        raise LMStudioConfigError(
            f"invalid value for config key {bad_key!r}: {problem}"
            if bad_key
            else f"invalid config: {problem}",
            key=bad_key,
        ) from None
    _check_ranges(typed, cls)
    return typed


def _unknown_key_message(key: str, cls: type) -> str:
    valid = sorted(RENAMES[cls].values())
    close = difflib.get_close_matches(key, valid + list(RENAMES[cls]), n=1)
    hint = f" Did you mean {_wire_names(cls)[close[0]]!r}?" if close else ""
    return f"unknown config key {key!r} for {cls.__name__}.{hint} Valid keys: {', '.join(valid)}"


def _key_of(exc: BaseException, cls: type) -> str | None:
    import cattrs  # imported with the STRICT converter that raised exc

    if isinstance(exc, cattrs.ClassValidationError):
        for sub in exc.exceptions:
            notes = getattr(sub, "__notes__", [])
            for note in notes:
                attr = note.rsplit("@ attribute ", 1)[-1].strip() if "@ attribute" in note else None
                if attr in RENAMES[cls]:
                    return RENAMES[cls][attr]
    return None


def _check_ranges(typed: Any, cls: type) -> None:
    """Refuse values outside the schema's ranges (generated table); servers would not say."""
    for path, problem in violations(typed):
        key = str(path[0])
        raise LMStudioConfigError(f"config key {key!r} {problem}", key=key)


def read_kv_config(values: Mapping[str, Any], cls: type[C]) -> C:
    """Read KV values (key -> value, as merged from a config stack) into the typed config.

    What a server does with the configs a client sends: keys the config does not map are skipped
    (the caller keeps them), and a value of the wrong type or outside the schema's range is refused
    naming its KV key. Nested objects decode tolerantly, since newer clients send more.

    Raises:
        LMStudioConfigError: a value has the wrong shape, type or range (``key`` is the KV key).
    """
    data: dict[str, Any] = {}
    kv_keys: dict[str, str] = {}
    for field in KV_FIELDS[cls.__name__]:
        if field.encoding not in ("plain", "checkbox") or field.key not in values:
            continue
        try:
            data[field.wire_name] = kv_field_value(field, values[field.key])
        except ValueError as exc:
            raise _kv_error(field.key, str(exc)) from None
        kv_keys[field.wire_name] = field.key
    try:
        typed: C = converter.structure(data, cls)
    except Exception as exc:  # noqa: BLE001 - narrowed to the key that fails below
        for wire, value in data.items():
            try:
                converter.structure({wire: value}, cls)
            except Exception as one:  # noqa: BLE001
                raise _kv_error(kv_keys[wire], describe_decode_error(one)) from None
        raise _kv_error(None, describe_decode_error(exc)) from None
    for path, problem in violations(typed):
        raise _kv_error(kv_keys[str(path[0])], problem)
    return typed


def _kv_error(key: str | None, problem: str) -> LMStudioConfigError:
    where = f"config key {key!r}" if key else "config"
    return LMStudioConfigError(f"invalid value for {where}: {problem}", key=key)


def to_kv_fields(
    config: LlmPredictionConfig | LlmLoadModelConfig | EmbeddingLoadModelConfig,
) -> list[dict[str, Any]]:
    """Encode the fields that are set as KV config entries, in schema order."""
    out: list[dict[str, Any]] = []
    for field in KV_FIELDS[type(config).__name__]:
        value = getattr(config, field.py_name)
        if value is None:
            continue
        try:
            encoded = unstructure(value)
        except RecursionError:  # a JSON schema (or other free-form value) nested absurdly deep
            raise LMStudioConfigError(
                f"config key {field.key!r} nests deeper than {MAX_DEPTH} levels, "
                "which servers refuse",
                key=field.key,
            ) from None
        out.extend(_encode(field, encoded))
    return out


def _encode(field: KvField, value: Any) -> list[dict[str, Any]]:
    if field.encoding == "checkbox":
        if value is False:
            return [{"key": field.key, "value": {"checked": False, "value": field.placeholder}}]
        return [{"key": field.key, "value": {"checked": True, "value": value}}]
    if field.encoding == "gpuSplit":
        entries: list[dict[str, Any]] = []
        ratio_key = field.extra.get("ratio-key")
        if ratio_key and "ratio" in value:
            entries.append({"key": ratio_key, "value": value["ratio"]})
        main = value.get("mainGpu")
        entries.append(
            {
                "key": field.key,
                "value": {
                    "strategy": "priorityOrder"
                    if value.get("splitStrategy") == "favorMainGpu"
                    else "evenly",
                    "disabledGpus": value.get("disabledGpus", []),
                    "priority": [main] if main is not None else [],
                    "customRatio": [],
                },
            }
        )
        return entries
    return [{"key": field.key, "value": value}]


def config_from_kv(fields: Any, cls: type[C]) -> C:
    """Read a KV config (from a `success` packet or getLoadConfig) back into the typed config.

    Keys this version does not know are skipped; checkbox values that are unchecked read as False.
    """
    by_key = {f.key: f for f in KV_FIELDS[cls.__name__] if f.encoding in ("plain", "checkbox")}
    data: dict[str, Any] = {}
    for entry in fields or ():
        key = getattr(entry, "key", None)
        field = by_key.get(key) if isinstance(key, str) else None
        if field is None:
            continue
        try:
            data[field.wire_name] = kv_field_value(field, entry.value)
        except ValueError:
            continue
    strict = converter.STRICT  # built on first use
    try:
        return strict.structure(data, cls)
    except Exception:  # noqa: BLE001 - a server-reported value we cannot type is dropped, not fatal
        good = {}
        for key, value in data.items():
            try:
                strict.structure({key: value}, cls)
            except Exception:  # noqa: BLE001, S112
                continue
            good[key] = value
        return strict.structure(good, cls)
