# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""The endpoint manifests as data: kind and message types of every endpoint, per namespace."""

from __future__ import annotations

from typing import Final

from fixture_pkg.base import EndpointSpec
from fixture_pkg.pets import Cat, Dog, FeedConfig, FeedResult, Pet

PETS_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "listPets": EndpointSpec(
        "pets",
        "listPets",
        "rpc",
        "list_pets",
        parameter=None,
        returns=list[Pet],
    ),
    "feed": EndpointSpec(
        "pets",
        "feed",
        "rpc",
        "feed",
        parameter=FeedConfig,
        returns=FeedResult,
    ),
    "walk": EndpointSpec(
        "pets",
        "walk",
        "channel",
        "walk",
        parameter=Dog,
        to_client=Pet,
        to_server=Cat,
    ),
}
"""Endpoints of the `pets` namespace (ws://HOST:PORT/pets)."""

NAMESPACE_ENDPOINTS: Final[dict[str, dict[str, EndpointSpec]]] = {
    "pets": PETS_ENDPOINTS,
}
"""Every namespace of the protocol (its socket is ws://HOST:PORT/<name>) with its endpoints."""
