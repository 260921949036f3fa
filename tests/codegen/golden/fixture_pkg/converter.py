# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Converters for every generated model: explicit camelCase renames, tagged unions, checked scalars.

Two flavours exist. The tolerant one (`TOLERANT`) is what clients and servers decode with: unknown keys are
ignored and unknown enum values pass through as plain strings, because newer peers send more. The strict
one (`STRICT`) rejects both; the wire validator uses it. In both, a wrong JSON type is an error: cattrs
would otherwise coerce "5" into 5 and hide a protocol bug.

`structure` and `unstructure` (and `TOLERANT`, which is a cattrs converter with them installed as its
hooks) run specialised functions generated for each class below: straight-line code, tagged unions
dispatched by a dict lookup on the tag, no per-field dispatch. They decode exactly as the generic
tolerant hooks of `make_converter` would. `TOLERANT` and `STRICT` are cattrs converters built on first
use (module `__getattr__`), so importing the SDK does not import cattrs.
"""

from __future__ import annotations

import threading
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from fixture_pkg import converter_runtime as _runtime
from fixture_pkg.base import UNSET, UnknownTagError
from fixture_pkg.converter_runtime import NO_TAG as _NO_TAG
from fixture_pkg.converter_runtime import PRIMITIVES as _PRIMITIVES
from fixture_pkg.converter_runtime import Tables, unstructure_any
from fixture_pkg.converter_runtime import new as _new
from fixture_pkg.converter_runtime import type_name as _type_name
from fixture_pkg.converter_runtime import wrong as _wrong
from fixture_pkg.pets import Cat, Colour, Dog, FeedConfig, FeedResult, Pet

if TYPE_CHECKING:
    import cattrs

    TOLERANT: cattrs.Converter
    """Decodes what a peer sends: unknown keys are ignored and new enum values kept as strings."""

    STRICT: cattrs.Converter
    """Rejects unknown keys and enum values and reports every problem with its path."""

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

REQUIRED_CONST_KEYS: Final[dict[type, tuple[str, ...]]] = {
    Cat: ("kind",),
    Dog: ("kind",),
}
"""Wire keys of fixed fields the schema requires: STRICT rejects an object without them (the classes
default them, so TOLERANT accepts it)."""

NON_NULLABLE_OPTIONAL: Final[dict[type, tuple[str, ...]]] = {
    Cat: (
        "colour",
        "tags",
    ),
    Dog: (
        "weightKg",
        "toys",
    ),
    FeedConfig: (
        "grams",
        "maxTreats",
    ),
}
"""Wire keys that may be absent but not null: STRICT rejects null there (TOLERANT reads it as absent)."""

UNIONS: Final[dict[Any, tuple[str, str, dict[Any, type]]]] = {
    Pet: ("Pet", "kind", {"cat": Cat, "dog": Dog}),
}
"""Union alias -> (name, discriminator wire key, tag value -> member class).

A one-member union is the member class itself at runtime, so it is structured as that class."""

ENUMS: Final[dict[Any, str]] = {
    Colour: "Colour",
}
"""Named string enums (Literal aliases), which the tolerant converter lets grow."""

TABLES: Final = Tables(
    renames=RENAMES,
    const_fields=CONST_FIELDS,
    required_const_keys=REQUIRED_CONST_KEYS,
    non_nullable_optional=NON_NULLABLE_OPTIONAL,
    unions=UNIONS,
    enums=ENUMS,
)
"""All of the above, for the schema-independent code in converter_runtime.py."""


def make_converter(*, strict: bool, detailed: bool = False) -> cattrs.Converter:
    """Build a converter for these models (see converter_runtime.make_converter)."""
    return _runtime.make_converter(TABLES, strict=strict, detailed=detailed)


def _accepts(member: Any, value: Any, strict: bool) -> bool:
    """Cheap shape test used to pick the member of an untagged union."""
    return _runtime.accepts(TABLES, member, value, strict)


def attrs_has(cls: Any) -> bool:
    """Whether cls is one of the generated attrs classes."""
    return TABLES.has(cls)


# ---------------------------------------------------------------------------------------------------
# Specialised functions (tolerant decoding, encoding), generated per class


_set_Cat_kind: Final = Cat.__dict__["kind"].__set__
_set_Cat_name: Final = Cat.__dict__["name"].__set__
_set_Cat_lives_left: Final = Cat.__dict__["lives_left"].__set__
_set_Cat_colour: Final = Cat.__dict__["colour"].__set__
_set_Cat_owner_id: Final = Cat.__dict__["owner_id"].__set__
_set_Cat_tags: Final = Cat.__dict__["tags"].__set__
_set_Cat_extra: Final = Cat.__dict__["extra"].__set__
_set_Dog_kind: Final = Dog.__dict__["kind"].__set__
_set_Dog_good_boy: Final = Dog.__dict__["good_boy"].__set__
_set_Dog_weight_kg: Final = Dog.__dict__["weight_kg"].__set__
_set_Dog_toys: Final = Dog.__dict__["toys"].__set__
_set_FeedConfig_grams: Final = FeedConfig.__dict__["grams"].__set__
_set_FeedConfig_max_treats: Final = FeedConfig.__dict__["max_treats"].__set__
_set_FeedResult_eaten: Final = FeedResult.__dict__["eaten"].__set__


def _s_Cat(v: Any) -> Cat:
    if not isinstance(v, dict):
        raise TypeError("expected an object (Cat), found " + _type_name(v))
    if "kind" in v:
        f_kind = v["kind"]
        if f_kind != "cat" or type(f_kind) is not str:
            raise ValueError("'kind' must be 'cat' for Cat, found " + repr(f_kind))
    return _t_Cat(v)


def _t_Cat(v: Any) -> Cat:
    f_name = v["name"]
    if type(f_name) is not str:
        raise _wrong(f_name, "a string")
    f_lives_left = v["livesLeft"]
    if type(f_lives_left) is not int:
        raise _wrong(f_lives_left, "an integer")
    f_colour = v.get("colour", None)
    if f_colour is not None:
        f_colour = _s_Colour_or_None(f_colour)
    f_owner_id = v.get("ownerId", UNSET)
    if f_owner_id is not UNSET:
        f_owner_id = _s_str_or_None_or_unset(f_owner_id)
    f_tags = v.get("tags", None)
    if f_tags is not None:
        f_tags = _s_list_str_or_None(f_tags)
    f_extra = v.get("extra", UNSET)
    o = _new(Cat)
    _set_Cat_kind(o, "cat")
    _set_Cat_name(o, f_name)
    _set_Cat_lives_left(o, f_lives_left)
    _set_Cat_colour(o, f_colour)
    _set_Cat_owner_id(o, f_owner_id)
    _set_Cat_tags(o, f_tags)
    _set_Cat_extra(o, f_extra)
    return o


def _s_Dog(v: Any) -> Dog:
    if not isinstance(v, dict):
        raise TypeError("expected an object (Dog), found " + _type_name(v))
    if "kind" in v:
        f_kind = v["kind"]
        if f_kind != "dog" or type(f_kind) is not str:
            raise ValueError("'kind' must be 'dog' for Dog, found " + repr(f_kind))
    return _t_Dog(v)


def _t_Dog(v: Any) -> Dog:
    f_good_boy = v["goodBoy"]
    if type(f_good_boy) is not bool:
        raise _wrong(f_good_boy, "a boolean")
    f_weight_kg = v.get("weightKg", None)
    if f_weight_kg is not None:
        f_weight_kg = _s_float_or_None(f_weight_kg)
    f_toys = v.get("toys", None)
    if f_toys is not None:
        f_toys = _s_dict_int_or_None(f_toys)
    o = _new(Dog)
    _set_Dog_kind(o, "dog")
    _set_Dog_good_boy(o, f_good_boy)
    _set_Dog_weight_kg(o, f_weight_kg)
    _set_Dog_toys(o, f_toys)
    return o


def _s_FeedConfig(v: Any) -> FeedConfig:
    if not isinstance(v, dict):
        raise TypeError("expected an object (FeedConfig), found " + _type_name(v))
    f_grams = v.get("grams", None)
    if f_grams is not None:
        f_grams = _s_float_or_None(f_grams)
    f_max_treats = v.get("maxTreats", None)
    if f_max_treats is not None:
        f_max_treats = _s_int_or_lit_False_or_None(f_max_treats)
    o = _new(FeedConfig)
    _set_FeedConfig_grams(o, f_grams)
    _set_FeedConfig_max_treats(o, f_max_treats)
    return o


def _s_FeedResult(v: Any) -> FeedResult:
    if not isinstance(v, dict):
        raise TypeError("expected an object (FeedResult), found " + _type_name(v))
    f_eaten = v["eaten"]
    if type(f_eaten) is not bool:
        raise _wrong(f_eaten, "a boolean")
    o = _new(FeedResult)
    _set_FeedResult_eaten(o, f_eaten)
    return o


def _s_Colour_or_None(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if v is None:
        return None
    raise TypeError("expected Colour | None, found " + _type_name(v))


def _s_str_or_None_or_unset(v: Any) -> Any:
    if type(v) is str:
        return v
    if v is None:
        return None
    raise TypeError("expected str | None | Unset, found " + _type_name(v))


def _s_list_str(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    for x in v:
        if type(x) is not str:
            raise _wrong(x, "a string")
    return list(v)


def _s_list_str_or_None(v: Any) -> Any:
    if isinstance(v, list):
        return _s_list_str(v)
    if v is None:
        return None
    raise TypeError("expected list[str] | None, found " + _type_name(v))


def _s_float_or_None(v: Any) -> Any:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v
    if v is None:
        return None
    raise TypeError("expected float | None, found " + _type_name(v))


def _s_dict_int(v: Any) -> Any:
    if not isinstance(v, dict):
        raise TypeError("expected an object, found " + _type_name(v))
    for x in v.values():
        if type(x) is not int:
            raise _wrong(x, "an integer")
    return dict(v)


def _s_dict_int_or_None(v: Any) -> Any:
    if isinstance(v, dict):
        return _s_dict_int(v)
    if v is None:
        return None
    raise TypeError("expected dict[str, int] | None, found " + _type_name(v))


def _s_int_or_lit_False_or_None(v: Any) -> Any:
    if type(v) is int:
        return v
    if isinstance(v, (str, int, float, bool)) and v in (False,):
        if v not in (False,) or type(v) not in (bool,):
            raise ValueError("expected one of [False], found " + repr(v))
        return v
    if v is None:
        return None
    raise TypeError("expected int | Literal[False] | None, found " + _type_name(v))


def _s_Colour(v: Any) -> Any:
    if not isinstance(v, str):
        raise TypeError("expected a string (Colour), found " + _type_name(v))
    return v


_TAGS_Pet: Final[dict[Any, Callable[[Any], Any]]] = {"cat": _t_Cat, "dog": _t_Dog}


def _s_Pet(v: Any) -> Any:
    if isinstance(v, dict):
        fn = _TAGS_Pet.get(v.get("kind", _NO_TAG))
        if fn is not None:
            return fn(v)
    else:
        raise TypeError("expected an object (Pet), found " + _type_name(v))
    if "kind" not in v:
        raise KeyError("Pet needs the 'kind' key (one of ['cat', 'dog'])")
    raise UnknownTagError("Pet", "kind", v["kind"], ["cat", "dog"])


def _s_list_Pet(v: Any) -> Any:
    if not isinstance(v, list):
        raise TypeError("expected an array, found " + _type_name(v))
    return [_s_Pet(x) for x in v]


def _u_Cat(o: Cat) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": o.kind, "name": o.name, "livesLeft": o.lives_left}
    x_colour = o.colour
    if x_colour is not None:
        d["colour"] = x_colour
    x_owner_id = o.owner_id
    if x_owner_id is not UNSET:
        d["ownerId"] = x_owner_id
    x_tags = o.tags
    if x_tags is not None:
        d["tags"] = list(x_tags)
    x_extra = o.extra
    if x_extra is not UNSET:
        d["extra"] = x_extra if type(x_extra) in _PRIMITIVES else _u_any(x_extra)
    return d


def _u_Dog(o: Dog) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": o.kind, "goodBoy": o.good_boy}
    x_weight_kg = o.weight_kg
    if x_weight_kg is not None:
        d["weightKg"] = x_weight_kg
    x_toys = o.toys
    if x_toys is not None:
        d["toys"] = dict(x_toys)
    return d


def _u_FeedConfig(o: FeedConfig) -> dict[str, Any]:
    d: dict[str, Any] = {}
    x_grams = o.grams
    if x_grams is not None:
        d["grams"] = x_grams
    x_max_treats = o.max_treats
    if x_max_treats is not None:
        d["maxTreats"] = x_max_treats
    return d


def _u_FeedResult(o: FeedResult) -> dict[str, Any]:
    d: dict[str, Any] = {"eaten": o.eaten}
    return d


_STRUCTURE: Final[dict[Any, Callable[[Any], Any]]] = {
    Colour: _s_Colour,
    Cat: _s_Cat,
    Dog: _s_Dog,
    Pet: _s_Pet,
    FeedConfig: _s_FeedConfig,
    FeedResult: _s_FeedResult,
    list[Pet]: _s_list_Pet,
}
"""Type -> its specialised structure function (tolerant)."""


_UNSTRUCTURE: Final[dict[type, Callable[[Any], Any]]] = {
    Cat: _u_Cat,
    Dog: _u_Dog,
    FeedConfig: _u_FeedConfig,
    FeedResult: _u_FeedResult,
}
"""Class -> its specialised unstructure function."""


_u_any: Final = unstructure_any(_UNSTRUCTURE, lambda v: _converter("TOLERANT").unstructure(v))
"""Unstructure by the value's run-time class, as cattrs does for Any and union types."""


# ---------------------------------------------------------------------------------------------------
# The converters, built on first use


def _has_fast_structure(t: Any) -> bool:
    try:
        return t in _STRUCTURE
    except TypeError:  # unhashable
        return False


def _fast_structure_hook(t: Any) -> Callable[[Any, Any], Any]:
    fn = _STRUCTURE[t]
    return lambda value, _: fn(value)


def _build(name: str) -> cattrs.Converter:
    if name == "STRICT":
        return make_converter(strict=True, detailed=True)
    conv = make_converter(strict=False)
    for cls, fn in _UNSTRUCTURE.items():
        conv.register_unstructure_hook(cls, fn)
    conv.register_structure_hook_factory(_has_fast_structure, _fast_structure_hook)
    return conv


_build_lock = threading.Lock()


def _converter(name: str) -> cattrs.Converter:
    found = globals().get(name)
    if found is None:
        with _build_lock:
            found = globals().get(name)
            if found is None:
                found = globals()[name] = _build(name)
    return typing.cast("cattrs.Converter", found)


def __getattr__(name: str) -> Any:
    """Build `TOLERANT` or `STRICT` on first access."""
    if name in ("TOLERANT", "STRICT"):
        return _converter(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def structure(data: Any, cls: type[T] | Any) -> T:
    """Decode JSON-shaped data into the given generated type (tolerant)."""
    try:
        fn: Callable[[Any], T] = _STRUCTURE[cls]
    except (KeyError, TypeError):
        return typing.cast(T, _converter("TOLERANT").structure(data, cls))
    return fn(data)


def decoder(cls: Any) -> Callable[[Any], Any]:
    """The function that `structure(data, cls)` calls, to look up once and call per message."""
    try:
        return _STRUCTURE[cls]
    except (KeyError, TypeError):
        return lambda data: _converter("TOLERANT").structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Encode a generated model (or a list or dict of them) into JSON-shaped data."""
    return _u_any(obj)
