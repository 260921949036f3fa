"""Just-in-time loads (getOrLoad) keep only the last one, as LM Studio does, across namespaces."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import lmstudio
import pytest

import lmsdk
from lmsdk.server import EmbeddedServer

LLM_KEY = "smollm2-135m-instruct"
EMBEDDING_KEY = "smollm2-135m-instruct-embedding-mode"


@pytest.fixture(scope="module")
def api_host() -> Iterator[str]:
    with EmbeddedServer(port=0, preload=False) as server:
        yield server.api_host


def loaded(client: lmsdk.Client) -> set[str]:
    return {m.identifier for m in client.llm.list_loaded()} | {
        m.identifier for m in client.embedding.list_loaded()
    }


def test_a_jit_load_unloads_the_other_jit_model_of_any_domain(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        client.embedding.model(EMBEDDING_KEY, ttl=300)
        assert loaded(client) == {EMBEDDING_KEY}
        client.llm.model(LLM_KEY, ttl=300)
        assert loaded(client) == {LLM_KEY}
        client.llm.model(LLM_KEY, ttl=300)  # already loaded: nothing else happens
        assert loaded(client) == {LLM_KEY}
        client.llm.unload(LLM_KEY)


def test_explicit_loads_are_never_replaced(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        client.llm.load_new_instance(LLM_KEY, ttl=None)
        client.embedding.model(EMBEDDING_KEY, ttl=300)
        client.embedding.unload(EMBEDDING_KEY)
        client.embedding.model(EMBEDDING_KEY, ttl=300)
        assert loaded(client) == {LLM_KEY, EMBEDDING_KEY}
        client.embedding.unload(EMBEDDING_KEY)
        client.llm.unload(LLM_KEY)


def test_the_official_client_is_told_which_model_is_replaced(
    api_host: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with lmstudio.Client(api_host) as client:
        first = client.embedding.model(EMBEDDING_KEY, ttl=300)
        client.llm.model(LLM_KEY, ttl=300)
        with pytest.raises(lmstudio.LMStudioModelNotFoundError):
            first.get_info()
        client.llm.unload(LLM_KEY)
    notices = [r.getMessage() for r in caplog.records]
    assert any("Unloading other JIT model" in n and EMBEDDING_KEY in n for n in notices)
