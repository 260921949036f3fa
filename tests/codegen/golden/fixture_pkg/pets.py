# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `pets` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from fixture_pkg.base import UNSET, Unset

__all__ = [
    "Colour",
    "Cat",
    "Dog",
    "FeedConfig",
    "FeedResult",
    "Pet",
]


Colour: TypeAlias = Literal["black", "white", "tabby"]
"""Coat colour."""


@attrs.frozen(kw_only=True)
class Cat:
    """A cat."""

    kind: Literal["cat"] = "cat"
    name: str
    """What it answers to (it does not)."""
    lives_left: int
    colour: Colour | None = None
    owner_id: str | None | Unset = UNSET
    tags: list[str] | None = None
    extra: Any = UNSET


@attrs.frozen(kw_only=True)
class Dog:
    """Dog."""

    kind: Literal["dog"] = "dog"
    good_boy: bool
    weight_kg: float | None = None
    toys: dict[str, int] | None = None


@attrs.frozen(kw_only=True)
class FeedConfig:
    """How to feed."""

    grams: float | None = None
    max_treats: int | Literal[False] | None = None


@attrs.frozen(kw_only=True)
class FeedResult:
    """FeedResult."""

    eaten: bool


Pet: TypeAlias = Cat | Dog
"""Any pet. Tagged by `kind`."""
