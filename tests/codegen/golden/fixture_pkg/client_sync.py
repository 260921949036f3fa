# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Typed sync client stubs: one method per endpoint, each a single call into the runtime."""

from __future__ import annotations

import typing

from fixture_pkg.base import SyncChannel, SyncSession
from fixture_pkg.endpoints import PETS_ENDPOINTS
from fixture_pkg.pets import Cat, Dog, FeedConfig, FeedResult, Pet


class PetsEndpoints:
    """Typed stubs for the `pets` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: SyncSession) -> None:
        self._session = session

    def list_pets(self) -> list[Pet]:
        """Every pet."""
        result = self._session.call_rpc(PETS_ENDPOINTS["listPets"], None)
        return typing.cast("list[Pet]", result)

    def feed(self, parameter: FeedConfig) -> FeedResult:
        """feed."""
        result = self._session.call_rpc(PETS_ENDPOINTS["feed"], parameter)
        return typing.cast("FeedResult", result)

    def walk(self, parameter: Dog) -> SyncChannel[Pet, Cat]:
        """walk."""
        channel = self._session.open_channel(PETS_ENDPOINTS["walk"], parameter)
        return typing.cast("SyncChannel[Pet, Cat]", channel)
