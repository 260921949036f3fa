# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""What every generated converter runs on, whatever the schema.

The cattrs hooks built from the generated tables, the untagged-union shape test, and the helpers of
the specialised functions in converter.py. It is a template of its own with no schema in it, so that converter.py holds only what the schema
decides (the tables and the per-class functions); everything here takes those tables as an argument.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, get_args, get_origin

import attrs

from lmsdk._generated.base import UnknownEnumValueError, UnknownTagError, Unset

if TYPE_CHECKING:
    import cattrs


@attrs.frozen
class Tables:
    """The generated models as the converters see them (each table is documented in converter.py)."""

    renames: Mapping[type, Mapping[str, str]]
    const_fields: Mapping[type, tuple[str, ...]]
    required_const_keys: Mapping[type, tuple[str, ...]]
    non_nullable_optional: Mapping[type, tuple[str, ...]]
    unions: Mapping[Any, tuple[str, str, dict[Any, type]]]
    enums: Mapping[Any, str]
    _fixed: dict[type, list[tuple[str, Any]]] = attrs.field(factory=dict, init=False)

    def has(self, cls: Any) -> bool:
        """Whether cls is one of the generated attrs classes."""
        return isinstance(cls, type) and cls in self.renames

    def fixed_fields(self, cls: type) -> list[tuple[str, Any]]:
        """(wire name, value) of the const fields of a class, cached."""
        found = self._fixed.get(cls)
        if found is None:
            fields = attrs.fields_dict(cls)
            found = [
                (self.renames[cls][c], fields[c].default) for c in self.const_fields.get(cls, ())
            ]
            self._fixed[cls] = found
        return found


_JSON_NAMES: Final = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def type_name(value: object) -> str:
    """How an error message names the JSON type of a value."""
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
            raise TypeError(f"expected {_JSON_NAMES[expected]}, found {type_name(value)}")
        return value

    return check


def accepts(tables: Tables, member: Any, value: Any, strict: bool) -> bool:
    """Cheap shape test used to pick the member of an untagged union."""
    enums, unions = tables.enums, tables.unions
    if member is type(None):
        return value is None
    if member is Any:
        return True
    if member in _JSON_NAMES:
        if member is float:
            return isinstance(value, int | float) and not isinstance(value, bool)
        return type(value) is member
    if member in enums or get_origin(member) is Literal:
        return isinstance(value, str | int | float | bool) and (
            (member in enums and not strict and isinstance(value, str)) or value in get_args(member)
        )
    origin = get_origin(member)
    if origin is list:
        return isinstance(value, list)
    if tables.has(member):
        # Python flattens `A | B | None` into one union, so members of a tagged union can land here:
        # a class only accepts objects whose fixed fields (the tag) carry its own values.
        return isinstance(value, dict) and all(
            value.get(wire, fixed) == fixed for wire, fixed in tables.fixed_fields(member)
        )
    return isinstance(value, dict) and (origin is dict or member in unions)


def _is_any(t: Any) -> bool:
    return t is Any


def _is_list(t: Any) -> bool:
    return get_origin(t) is list


def _is_dict(t: Any) -> bool:
    return get_origin(t) is dict


def _is_union(t: Any) -> bool:
    return get_origin(t) in (typing.Union, types.UnionType)


def make_converter(tables: Tables, *, strict: bool, detailed: bool = False) -> cattrs.Converter:
    """Build a converter.

    Args:
        tables: the generated models' tables.
        strict: reject unknown keys and unknown enum values instead of tolerating them.
        detailed: collect every error with its path (slower; for validation reports).

    Returns:
        A converter that structures and unstructures every generated model.
    """
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=strict)
    for scalar in (str, int, float, bool):
        conv.register_structure_hook(scalar, _scalar(scalar))
    conv.register_structure_hook_func(_is_any, lambda v, _: v)

    def class_hook(cls: type) -> Callable[[Any, Any], Any]:
        consts = tables.fixed_fields(cls)
        renames: dict[str, Any] = {
            py: override(rename=wire) for py, wire in tables.renames[cls].items()
        }
        fn: Callable[[Any, Any], Any] = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=strict,
            _cattrs_detailed_validation=detailed,
            **renames,
        )
        name = cls.__name__
        required = tables.required_const_keys.get(cls, ()) if strict else ()
        not_null = tables.non_nullable_optional.get(cls, ()) if strict else ()

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {type_name(value)}")
            for wire, fixed in consts:
                if wire in value and value[wire] != fixed:
                    raise ValueError(
                        f"{wire!r} must be {fixed!r} for {name}, found {value[wire]!r}"
                    )
            for wire in required:
                if wire not in value:
                    raise KeyError(f"{name} needs the {wire!r} key")
            for wire in not_null:
                if wire in value and value[wire] is None:
                    raise TypeError(f"{wire!r} of {name} may be left out but not null")
            return fn(value, cls)

        return structure

    def class_unhook(cls: type) -> Callable[[Any], Any]:
        consts = set(tables.const_fields.get(cls, ()))
        renames: dict[str, Any] = {
            py: override(rename=wire, omit_if_default=False if py in consts else None)
            for py, wire in tables.renames[cls].items()
        }
        return make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames)

    def union_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, disc, tags = tables.unions[alias]
        expected = [str(t) for t in tags]

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object ({name}), found {type_name(value)}")
            if disc not in value:
                raise KeyError(f"{name} needs the {disc!r} key (one of {expected})")
            cls = tags.get(value[disc])
            if cls is None:
                raise UnknownTagError(name, disc, value[disc], expected)
            return conv.structure(value, cls)

        return structure

    def enum_hook(alias: Any) -> Callable[[Any, Any], Any]:
        name, allowed = tables.enums[alias], get_args(alias)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, str):
                raise TypeError(f"expected a string ({name}), found {type_name(value)}")
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
                if accepts(tables, member, value, strict):
                    return None if member is type(None) else conv.structure(value, member)
            raise TypeError(f"expected {t}, found {type_name(value)}")

        return structure

    def list_hook(t: Any) -> Callable[[Any, Any], Any]:
        (item,) = get_args(t) or (Any,)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected an array, found {type_name(value)}")
            return [conv.structure(v, item) for v in value]

        return structure

    def dict_hook(t: Any) -> Callable[[Any, Any], Any]:
        _, item = get_args(t) or (str, Any)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected an object, found {type_name(value)}")
            return {k: conv.structure(v, item) for k, v in value.items()}

        return structure

    def is_plain_literal(t: Any) -> bool:
        return get_origin(t) is Literal and t not in tables.enums

    def is_untagged_union(t: Any) -> bool:
        return _is_union(t) and t not in tables.unions

    conv.register_structure_hook_factory(tables.has, class_hook)
    conv.register_unstructure_hook_factory(tables.has, class_unhook)
    conv.register_structure_hook_factory(lambda t: t in tables.unions, union_hook)
    conv.register_structure_hook_factory(lambda t: t in tables.enums, enum_hook)
    conv.register_structure_hook_factory(is_plain_literal, literal_hook)
    conv.register_structure_hook_factory(is_untagged_union, untagged_hook)
    conv.register_structure_hook_factory(_is_list, list_hook)
    conv.register_structure_hook_factory(_is_dict, dict_hook)
    return conv


# ---------------------------------------------------------------------------------------------------
# Helpers of the specialised functions


new: Final = object.__new__
"""Builds an instance without __init__ (the generated classes have no hooks to skip)."""

NO_TAG: Final = object()
"""Stands for an absent discriminator in a tag table lookup."""

PRIMITIVES: Final = frozenset({str, int, float, bool, type(None)})


def wrong(value: Any, expected: str) -> TypeError:
    """The error for a value of the wrong JSON type."""
    return TypeError(f"expected {expected}, found {type_name(value)}")


def unstructure_any(
    table: Mapping[type, Callable[[Any], Any]], fallback: Callable[[Any], Any]
) -> Callable[[Any], Any]:
    """The function that unstructures by a value's run-time class, as cattrs does for Any and unions.

    Args:
        table: class -> its specialised unstructure function.
        fallback: for anything else (a cattrs converter's unstructure).
    """

    def unstructure(v: Any) -> Any:
        t = type(v)
        if t in PRIMITIVES:
            return v
        fn = table.get(t)
        if fn is not None:
            return fn(v)
        if t is dict:
            for x in v.values():
                if type(x) not in PRIMITIVES:
                    return {k: unstructure(x) for k, x in v.items()}
            return dict(v)  # the common case, JSON scalars only: copied in one call
        if t is list:
            for x in v:
                if type(x) not in PRIMITIVES:
                    return [unstructure(x) for x in v]
            return list(v)
        return fallback(v)

    return unstructure
