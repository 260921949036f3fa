"""The schema's value constraints applied to decoded messages, and KV values read as their fields.

The ranges themselves are generated (`_generated/constraints.py`); this module walks a decoded value
and applies them, so that the client's config check, the server's config reading and the wire
validator refuse exactly the same values. KV config entries carry their value as free JSON, so a
constrained key's value is checked as the config field it stands for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import attrs

from lmsdk._generated.config import KvConfigField
from lmsdk._generated.constraints import CONSTRAINTS, KV_BOUNDS, Bounds
from lmsdk._generated.converter import RENAMES
from lmsdk._generated.kv_fields import KV_FIELDS, KvField

__all__ = ["Path", "kv_field_value", "kv_problem", "violations"]

Path = tuple[str | int, ...]
"""Wire keys and array indices from the checked value down to a problem."""

_BOUNDS: Final[dict[str, dict[str, Bounds]]] = {
    cls: {f.py_name: f.bounds for f in fields} for cls, fields in CONSTRAINTS.items()
}
_WIRE: Final[dict[str, dict[str, str]]] = {
    cls: {f.py_name: f.wire_name for f in fields} for cls, fields in CONSTRAINTS.items()
}
_KV: Final[dict[str, tuple[KvField, Bounds]]] = {
    key: (
        next(f for f in KV_FIELDS[cls] if f.wire_name == wire),
        next(f.bounds for f in CONSTRAINTS[cls] if f.wire_name == wire),
    )
    for key, (cls, wire) in KV_BOUNDS.items()
}


def kv_field_value(field: KvField, value: Any) -> Any:
    """The config field value a KV value stands for (an unchecked checkbox reads as False).

    lmstudio-python 1.5.0 sends ``{"checked": true, "value": false}`` for a field given as False, so
    a False inner value is unchecked too.

    Raises:
        ValueError: a checkbox value that is not ``{"checked": bool, "value": ...}``.
    """
    if field.encoding != "checkbox":
        return value
    if not isinstance(value, dict) or not isinstance(value.get("checked"), bool):
        raise ValueError(f'expected {{"checked": bool, "value": ...}}, found {value!r}')
    inner = value.get("value")
    return inner if value["checked"] and inner is not False else False


def kv_problem(key: str, value: Any) -> str | None:
    """Why the value of a KV config entry breaks its field's constraints, or None."""
    found = _KV.get(key)
    if found is None:
        return None
    field, bounds = found
    try:
        return bounds.problem(kv_field_value(field, value))
    except ValueError:
        return None  # a wrong shape, not a range: the type checks report it


def violations(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every constraint a decoded generated value (or list or dict of them) breaks, in order."""
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from violations(item, (*path, i))
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield from violations(item, (*path, key))
        return
    cls = type(value)
    if cls is KvConfigField:
        problem = kv_problem(value.key, value.value)
        if problem is not None:
            yield (*path, "value"), f"{value.key} {problem}"
        return
    if cls not in RENAMES:
        return
    bounds = _BOUNDS.get(cls.__name__, {})
    wire = _WIRE.get(cls.__name__, {})
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        found = bounds.get(field.name)
        if found is not None:
            problem = found.problem(item)
            if problem is not None:
                yield (*path, wire[field.name]), problem
                continue
        if isinstance(item, list | tuple | dict) or attrs.has(type(item)):
            # Nested values are generated classes too; a path into them needs the wire name.
            yield from violations(item, (*path, RENAMES[cls][field.name]))
