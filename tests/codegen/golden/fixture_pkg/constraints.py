# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""The value constraints schema/ states (minimum, maximum, lengths, item counts), per class field.

The client checks configs against this table before sending them, the server checks the configs it
reads, and the wire validator checks every frame, so that each range is stated once: in schema/.
(Types, required keys and enum values are the converter's job; this table holds only what a type
cannot say.)
"""

from __future__ import annotations

from typing import Any, Final

import attrs


@attrs.frozen(kw_only=True)
class Bounds:
    """The constraints of one field; each applies only to its kind of value, as in JSON Schema."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: Bounds | None = None
    """The bounds of every element of an array."""

    def problem(self, value: Any) -> str | None:
        """Why value breaks these bounds, or None when it keeps them (or is of another kind)."""
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            if (
                (self.minimum is not None and value < self.minimum)
                or (self.exclusive_minimum is not None and value <= self.exclusive_minimum)
                or (self.maximum is not None and value > self.maximum)
                or (self.exclusive_maximum is not None and value >= self.exclusive_maximum)
            ):
                return f"must be {self._span()}, found {value!r}"
            return None
        if isinstance(value, str):
            return _count("characters", len(value), self.min_length, self.max_length)
        if isinstance(value, list | tuple):
            found = _count("items", len(value), self.min_items, self.max_items)
            if found is None and self.items is not None:
                for i, item in enumerate(value):
                    inner = self.items.problem(item)
                    if inner is not None:
                        return f"item {i} {inner}"
            return found
        return None

    def _span(self) -> str:
        parts = [
            f"{op} {_num(bound)}"
            for op, bound in (
                (">=", self.minimum),
                (">", self.exclusive_minimum),
                ("<=", self.maximum),
                ("<", self.exclusive_maximum),
            )
            if bound is not None
        ]
        return " and ".join(parts)


def _num(bound: float) -> str:
    return repr(int(bound)) if float(bound).is_integer() else repr(bound)


def _count(what: str, n: int, low: int | None, high: int | None) -> str | None:
    if (low is not None and n < low) or (high is not None and n > high):
        span = (
            f"at least {low}"
            if high is None
            else (f"at most {high}" if low is None else f"{low} to {high}")
        )
        return f"must have {span} {what}, found {n}"
    return None


@attrs.frozen
class BoundedField:
    """One field that carries constraints."""

    py_name: str
    wire_name: str
    bounds: Bounds


CONSTRAINTS: Final[dict[str, tuple[BoundedField, ...]]] = {
    "Cat": (BoundedField("lives_left", "livesLeft", Bounds(minimum=0)),),
    "Dog": (BoundedField("weight_kg", "weightKg", Bounds(maximum=120, exclusive_minimum=0)),),
    "FeedConfig": (BoundedField("max_treats", "maxTreats", Bounds(minimum=1)),),
}
"""Class name -> its fields that carry constraints, in schema order (classes without any are absent)."""

KV_BOUNDS: Final[dict[str, tuple[str, str]]] = {
    "pets.feed.maxTreats": ("FeedConfig", "maxTreats"),
}
"""KV config key -> (config class name, wire name) of a constrained config field, to check KV values."""
