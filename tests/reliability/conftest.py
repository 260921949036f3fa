"""Fixtures of the reliability tests: a token server and a replay-engine `lmsdk serve` subprocess."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lmsdk.server import EmbeddedServer
from tests.reliability.helpers import TOKEN, ServeProcess


@pytest.fixture(scope="session")
def token_server() -> Iterator[EmbeddedServer]:
    """An in-process server that requires TOKEN, with the replay engine (no model cost).

    In process, so that caplog sees the server's logs as well as the client's.
    """
    with EmbeddedServer(port=0, api_token=TOKEN, engine="replay") as server:
        yield server


@pytest.fixture(scope="module")
def replay_process() -> Iterator[ServeProcess]:
    """`lmsdk serve --engine replay` in a subprocess (so its RSS is its own)."""
    with ServeProcess(0, "--engine", "replay") as process:
        yield process


@pytest.fixture(scope="module")
def llama_process() -> Iterator[ServeProcess]:
    """`lmsdk serve` with the real model in a subprocess (so its RSS is its own)."""
    with ServeProcess(0) as process:
        yield process
