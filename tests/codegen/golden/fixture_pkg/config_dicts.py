# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Config dictionaries: a `TypedDict` per config class and per object a config field holds.

Keys are the camelCase names the documentation writes (`{"temperature": 0.6, "maxTokens": 50}`), with
their value types, so a type checker flags a misspelt key or a wrong value. Every public signature that
takes a config accepts the dict or the typed config class; a nested object may be given either way too.
"""

from __future__ import annotations

from typing import Literal, TypedDict

__all__ = [
    "FeedConfigDict",
]


class FeedConfigDict(TypedDict, total=False):
    """How to feed."""

    grams: float
    maxTreats: int | Literal[False]
