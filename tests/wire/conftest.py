"""Fixtures of the wire tests: one embedded server, and captures of real sessions recorded through the proxy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lmsdk.server import EmbeddedServer
from lmsdk.wire.proxy import RecordingProxy
from tests.wire.sessions import Captures, lmsdk_session, official_session


@pytest.fixture(scope="session")
def wire_upstream() -> Iterator[str]:
    """host:port of an embedded server (SmolLM2-135M-Instruct preloaded) used only by the wire tests.

    Its own server, because the sessions load and unload a second model instance.
    """
    with EmbeddedServer(port=0, preload=True) as server:
        yield server.api_host


@pytest.fixture(scope="session")
def captures(wire_upstream: str, tmp_path_factory: pytest.TempPathFactory) -> Captures:
    folder = tmp_path_factory.mktemp("captures")
    official = folder / "official.jsonl"
    with RecordingProxy(wire_upstream, official) as proxy:
        official_session(proxy.listen_host)
    lmsdk_proxy, lmsdk_client = folder / "lmsdk-proxy.jsonl", folder / "lmsdk-client.jsonl"
    with RecordingProxy(wire_upstream, lmsdk_proxy) as proxy:
        lmsdk_session(proxy.listen_host, capture=str(lmsdk_client))
    return Captures(official, lmsdk_proxy, lmsdk_client)
