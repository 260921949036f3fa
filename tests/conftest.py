"""Fixtures shared by the whole suite: ONE embedded server with the real default model."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator

import pytest

from lmsdk.server import EmbeddedServer

# The Ctrl-C tests send SIGINT to the processes they start. A shell that runs the suite as a
# background job (`scripts/test &`, nohup) starts it with SIGINT ignored, and every process it
# starts would inherit that and never see the Ctrl-C; a handler here is reset to the default in them.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def embedded_server() -> Iterator[EmbeddedServer]:
    """A server on a free loopback port with SmolLM2-135M-Instruct preloaded.

    Started lazily, only by tests that ask for it, so tests that need no server do not pay for it.
    """
    started = time.perf_counter()
    with EmbeddedServer(port=0, preload=True) as server:
        print(
            f"\nembedded server ready on {server.api_host} in {time.perf_counter() - started:.2f} s"
        )
        yield server


@pytest.fixture(scope="session")
def api_host(embedded_server: EmbeddedServer) -> str:
    """host:port of the session's embedded server."""
    return embedded_server.api_host
