# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Typed async client stubs: one method per endpoint, each a single call into the runtime."""

from __future__ import annotations

import typing

from fixture_pkg.base import AsyncChannel, AsyncSession
from fixture_pkg.endpoints import PETS_ENDPOINTS
from fixture_pkg.pets import Cat, Dog, FeedConfig, FeedResult, Pet


class AsyncPetsEndpoints:
    """Typed stubs for the `pets` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_pets(self) -> list[Pet]:
        """Every pet."""
        result = await self._session.call_rpc(PETS_ENDPOINTS["listPets"], None)
        return typing.cast("list[Pet]", result)

    async def feed(self, parameter: FeedConfig) -> FeedResult:
        """feed."""
        result = await self._session.call_rpc(PETS_ENDPOINTS["feed"], parameter)
        return typing.cast("FeedResult", result)

    async def walk(self, parameter: Dog) -> AsyncChannel[Pet, Cat]:
        """walk."""
        channel = await self._session.open_channel(PETS_ENDPOINTS["walk"], parameter)
        return typing.cast("AsyncChannel[Pet, Cat]", channel)
