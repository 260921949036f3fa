# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 4190c07892c5352e)
# from schema/ (sha256 f81b9e9b6214305b). Change schema/ or codegen/ and regenerate instead.

"""cattrs converters for every generated model: explicit camelCase renames, tagged unions, checked scalars.

Two flavours exist. The tolerant one (`TOLERANT`) is what clients and servers decode with: unknown keys are
ignored and unknown enum values pass through as plain strings, because newer peers send more. The strict
one (`STRICT`) rejects both; the wire validator uses it. In both, a wrong JSON type is an error: cattrs
would otherwise coerce "5" into 5 and hide a protocol bug. Hooks are built lazily, on first use of a type,
so that importing the SDK stays cheap.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, Final, Literal, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from fixture_pkg.base import UnknownEnumValueError, UnknownTagError, Unset
from fixture_pkg.pets import Cat, Colour, Dog, FeedConfig, FeedResult, Pet

T = TypeVar("T")

RENAMES: Final[dict[type, dict[str, str]]] = {
    Cat: {
        "kind": "kind",
        "name": "name",
        "lives_left": "livesLeft",
        "colour": "colour",
        "owner_id": "ownerId",
        "tags": "tags",
        "extra": "extra",
    },
    Dog: {"kind": "kind", "good_boy": "goodBoy", "weight_kg": "weightKg", "toys": "toys"},
    FeedConfig: {"grams": "grams", "max_treats": "maxTreats"},
    FeedResult: {"eaten": "eaten"},
}
"""Attribute name -> wire name, for every field of every model."""

CONST_FIELDS: Final[dict[type, tuple[str, ...]]] = {
    Cat: ("kind",),
    Dog: ("kind",),
}
"""Fields fixed to one value (union tags and the like): always written, even though they have a default."""

UNIONS: Final[dict[Any, tuple[str, str, dict[Any, type]]]] = {
    Pet: ("Pet", "kind", {"cat": Cat, "dog": Dog}),
}
"""Union alias -> (name, discriminator wire key, tag value -> member class).

A one-member union is the member class itself at runtime, so it is structured as that class."""

ENUMS: Final[dict[Any, str]] = {
    Colour: "Colour",
}
"""Named string enums (Literal aliases), which the tolerant converter lets grow."""

_JSON_NAMES: Final = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _scalar(expected: type) -> Callable[[Any, Any], Any]:
    def check(value: Any, _: Any) -> Any:
        ok = (
            isinstance(value, int | float) and not isinstance(value, bool)
            if expected is float
            else type(value) is expected
        )
        if not ok:
            raise TypeError(f"expected {_JSON_NAMES[expected]}, found {_type_name(value)}")
        return value

    return check


def _accepts(member: Any, value: Any, strict: bool) -> bool:
    """Cheap shape test used to pick the member of an untagged union."""
    if member is type(None):
        return value is None
    if member is Any:
        return True
    if member in _JSON_NAMES:
        if member is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        return type(value) is member
    if member in ENUMS or get_origin(member) is Literal:
        return isinstance(value, str | int | float | bool) and (
            (member in ENUMS and not strict and isinstance(value, str)) or value in get_args(member)
        )
    origin = get_origin(member)
    if origin is list:
        return isinstance(value, list)
    if attrs_has(member):
        # Python flattens `A | B | None` into one union, so members of a tagged union can land here:
        # a class only accepts objects whose fixed fields (the tag) carry its own values.
        return isinstance(value, dict) and all(
            value.get(wire, fixed) == fixed for wire, fixed in _fixed_fields(member)
        )
    return isinstance(value, dict) and (origin is dict or member in UNIONS)


_FIXED: dict[type, list[tuple[str, Any]]] = {}


def _fixed_fields(cls: type) -> list[tuple[str, Any]]:
    """(wire name, value) of the const fields of a class, cached."""
    found = _FIXED.get(cls)
    if found is None:
        fields = attrs.fields_dict(cls)
        found = [(RENAMES[cls][c], fields[c].default) for c in CONST_FIELDS.get(cls, ())]
        _FIXED[cls] = found
    return found


def attrs_has(cls: Any) -> bool:
    """Whether cls is one of the generated attrs classes."""
    return isinstance(cls, type) and cls in RENAMES


def _is_any(t: Any) -> bool:
    return t is Any


def _is_plain_literal(t: Any) -> bool:
    return get_origin(t) is Literal and t not in ENUMS


def _is_list(t: Any) -> bool:
    return get_origin(t) is list


def _is_dict(t: Any) -> bool:
    return get_origin(t) is dict


def _is_union(t: Any) -> bool:
    return get_origin(t) in (typing.Union, types.UnionType) and t not in UNIONS


def make_converter(*, strict: bool, detailed: bool = False) -> cattrs.Converter:
    """Build a converter.

    Args:
        strict: reject unknown keys and unknown enum values instead of tolerating them.
        detailed: collect every error with its path (slower; for validation reports).

    Returns:
        A converter that structures and unstructures every generated model.
    """
    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=strict)
    for scalar in (str, int, float, bool):
        conv.register_structure_hook(scalar, _scalar(scalar))
    conv.register_structure_hook_func(_is_any, lambda v, _: v)

    def class_hook(cls: type) -> Callable[[Any, Any], Any]:
        consts = _fixed_fields(cls)
        renames: dict[str, Any] = {py: override(rename=wire) for py, wire in RENAMES[cls].items()}
        fn: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=detailed,
            **renames,
        )
        name = cls.__name__

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {_type_name(value)}")
            for wire, fixed in consts:
                if wire in value and value[wire] != fixed:
                    raise ValueError(
                        f"{wire!r} must be {fixed!r} for {name}, found {value[wire]!r}"
                    )
            return fn(value, cls)

        return structure

    def class_unhook(cls: type) -> Callable[[Any], Any]:
        consts = set(CONST_FIELDS.get(cls, ()))
        renames: dict[str, Any] = {
            py: override(rename=wire, omit_if_default=False if py in consts else None)
            for py, wire in RENAMES[cls].items()
        }
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames)

    def union_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, disc, tags = UNIONS[alias]
        expected = [str(t) for t in tags]

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {_type_name(value)}")
            if disc not in value:
                raise KeyError(f"{name} needs the {disc!r} key (one of {expected})")
            cls = tags.get(value[disc])
            if cls is None:
                raise UnknownTagError(name, disc, value[disc], expected)
            return conv.structure(value, cls)

        return structure

    def enum_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, allowed = ENUMS[alias], get_args(alias)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, str):
                raise TypeError(f"expected a string ({name}), found {_type_name(value)}")
            if strict and value not in allowed:
                raise UnknownEnumValueError(name, value, list(allowed))
            return value

        return structure

    def literal_hook(t: Any) -> Callable[[Any, Any], Any]:
        allowed = get_args(t)

        def structure(value: Any, _: Any) -> Any:
            if value not in allowed or type(value) not in {type(a) for a in allowed}:
                raise ValueError(f"expected one of {list(allowed)}, found {value!r}")
            return value

        return structure

    def untagged_hook(t: Any) -> Callable[[Any, Any], Any]:
        members = [m for m in get_args(t) if m is not Unset]

        def structure(value: Any, _: Any) -> Any:
            for member in members:
                if _accepts(member, value, strict):
                    return None if member is type(None) else conv.structure(value, member)
            raise TypeError(f"expected {t}, found {_type_name(value)}")

        return structure

    def list_hook(t: Any) -> Callable[[Any, Any], Any]:
        (item,) = get_args(t) or (Any,)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected an array, found {_type_name(value)}")
            return [conv.structure(v, item) for v in value]

        return structure

    def dict_hook(t: Any) -> Callable[[Any, Any], Any]:
        _, item = get_args(t) or (str, Any)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, found {_type_name(value)}")
            return {k: conv.structure(v, item) for k, v in value.items()}

        return structure

    conv.register_structure_hook_factory(attrs_has, class_hook)
    conv.register_unstructure_hook_factory(attrs_has, class_unhook)
    conv.register_structure_hook_factory(lambda t: t in UNIONS, union_hook)
    conv.register_structure_hook_factory(lambda t: t in ENUMS, enum_hook)
    conv.register_structure_hook_factory(_is_plain_literal, literal_hook)
    conv.register_structure_hook_factory(_is_union, untagged_hook)
    conv.register_structure_hook_factory(_is_list, list_hook)
    conv.register_structure_hook_factory(_is_dict, dict_hook)
    return conv


TOLERANT: Final = make_converter(strict=False)
"""Decodes what a peer sends: unknown keys are ignored and new enum values kept as strings."""

STRICT: Final = make_converter(strict=True, detailed=True)
"""Rejects unknown keys and enum values and reports every problem with its path."""


def structure(data: Any, cls: type[T] | Any) -> T:
    """Decode JSON-shaped data into the given generated type (tolerant)."""
    return typing.cast(T, TOLERANT.structure(data, cls))


def unstructure(obj: Any) -> Any:
    """Encode a generated model (or a list or dict of them) into JSON-shaped data."""
    return TOLERANT.unstructure(obj)
