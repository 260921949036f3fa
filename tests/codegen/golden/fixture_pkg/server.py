# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Typed handler interfaces that the embedded server implements, one Protocol per namespace."""

from __future__ import annotations

from typing import Protocol

from fixture_pkg.base import AsyncChannel
from fixture_pkg.pets import Cat, Dog, FeedConfig, FeedResult, Pet


class PetsHandlers(Protocol):
    """What a server implements for the `pets` namespace."""

    async def list_pets(self) -> list[Pet]:
        """Every pet."""
        ...

    async def feed(self, parameter: FeedConfig) -> FeedResult:
        """feed."""
        ...

    async def walk(
        self,
        parameter: Dog,
        channel: AsyncChannel[Cat, Pet],
    ) -> None:
        """walk."""
        ...
