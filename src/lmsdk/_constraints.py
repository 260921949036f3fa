"""The schema's value constraints applied to decoded messages, and KV values read as their fields.

The ranges themselves are generated (`_generated/constraints.py`); this module walks a decoded value
and applies them, so that the client's config check, the server's config reading and the wire
validator refuse exactly the same values. KV config entries carry their value as free JSON, so a
constrained key's value is checked as the config field it stands for.
"""

from __future__ import annotations

from typing import Any, Final

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


def violations(value: Any) -> list[tuple[Path, str]]:
    """Every constraint a decoded generated value (or list or dict of them) breaks, in order."""
    found: list[tuple[Path, str]] = []
    _walk(value, (), found)
    return found


_SCALARS: Final = frozenset({str, int, float, bool, type(None)})
_PLANS: dict[type, tuple[tuple[str, str, Bounds | None], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, str, Bounds | None], ...]:
    """(attribute, wire name, bounds or None) of every field of a generated class, cached."""
    plan = _PLANS.get(cls)
    if plan is None:
        bounds = _BOUNDS.get(cls.__name__, {})
        plan = _PLANS[cls] = tuple((py, wire, bounds.get(py)) for py, wire in RENAMES[cls].items())
    return plan


def _walk(value: Any, path: Path, found: list[tuple[Path, str]]) -> None:
    # Every decoded frame of a capture goes through here, so scalars are skipped by their type
    # before anything else is looked at.
    cls = type(value)
    if cls in _SCALARS:
        return
    if cls is list or cls is tuple:
        for i, item in enumerate(value):
            if type(item) not in _SCALARS:
                _walk(item, (*path, i), found)
        return
    if cls is dict:
        for key, item in value.items():
            if type(item) not in _SCALARS:
                _walk(item, (*path, key), found)
        return
    if cls is KvConfigField:
        problem = kv_problem(value.key, value.value)
        if problem is not None:
            found.append(((*path, "value"), f"{value.key} {problem}"))
        return
    if cls not in RENAMES:
        return
    for py, wire, bounds in _plan(cls):
        item = getattr(value, py)
        if bounds is not None:
            problem = bounds.problem(item)
            if problem is not None:
                found.append(((*path, wire), problem))
                continue
        if type(item) not in _SCALARS:
            _walk(item, (*path, wire), found)
