"""Which GGUF files are embedding models, and the convenience API over both domains."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import lmsdk as lms
import lmsdk._convenience as convenience
from lmsdk.server import EmbeddedServer
from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY, build_catalog, entry_from_file
from lmsdk.server.embedding_engine import EmbeddingEngine
from lmsdk.server.model_files import (
    DEFAULT_MODEL_KEY,
    declared_pooling,
    default_model_path,
    model_domain,
)


@pytest.mark.parametrize(
    ("metadata", "domain", "pooling"),
    [
        ({"general.architecture": "bert", "bert.pooling_type": 1}, "embedding", 1),
        ({"general.architecture": "nomic-bert", "nomic-bert.pooling_type": 1}, "embedding", 1),
        ({"general.architecture": "bert"}, "embedding", None),  # an encoder, pooling or not
        ({"general.architecture": "qwen3", "qwen3.pooling_type": 3}, "embedding", 3),
        ({"general.architecture": "qwen3", "qwen3.pooling_type": 4}, "llm", 4),  # a reranker
        ({"general.architecture": "llama", "llama.pooling_type": 0}, "llm", None),
        ({"general.architecture": "llama"}, "llm", None),
        ({}, "llm", None),
    ],
)
def test_domain_and_pooling_come_from_the_gguf_header(
    metadata: dict[str, Any], domain: str, pooling: int | None
) -> None:
    assert model_domain(metadata) == domain
    assert declared_pooling(metadata) == pooling


def test_the_default_catalog_holds_smollm2_in_both_domains_under_keys_of_their_own() -> None:
    entries, _ = build_catalog()
    by_key = {e.key: e for e in entries}
    llm, embedder = by_key[DEFAULT_MODEL_KEY], by_key[DEFAULT_EMBEDDING_KEY]
    assert (llm.domain, embedder.domain) == ("llm", "embedding")
    assert llm.file == embedder.file and llm.path != embedder.path
    assert "embedding" in embedder.display_name.lower()
    assert entry_from_file(default_model_path()).domain == "llm"  # SmolLM2 itself is a chat model
    info = embedder.model_info()
    assert info.type == "embedding" and info.max_context_length == llm.max_context_length


@pytest.fixture
def default_client(api_host: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh default client on the embedded server; the old state comes back after."""
    monkeypatch.setattr(convenience, "_default", None)
    monkeypatch.setattr(convenience, "_settings", {})
    lms.configure_default_client(api_host)
    try:
        yield
    finally:
        if convenience._default is not None:
            convenience._default.close()


@pytest.mark.usefixtures("default_client")
def test_convenience_api_embeds_and_lists_by_domain() -> None:
    model = lms.embedding_model(DEFAULT_EMBEDDING_KEY)
    assert len(model.embed("hello")) == len(model.embed(["a", "b"])[1])
    downloaded = lms.list_downloaded_models("embedding")
    assert [m.model_key for m in downloaded] == [DEFAULT_EMBEDDING_KEY]
    assert DEFAULT_MODEL_KEY in [m.model_key for m in lms.list_downloaded_models("llm")]
    assert len(lms.list_downloaded_models()) >= 2
    embedders = lms.list_loaded_models("embedding")
    assert DEFAULT_EMBEDDING_KEY in [m.identifier for m in embedders]
    assert all(isinstance(m, lms.EmbeddingModel) for m in embedders)
    assert all(isinstance(m, lms.LLM) for m in lms.list_loaded_models("llm"))
    with pytest.raises(lms.LMStudioClientError, match="domain"):
        lms.list_loaded_models("vision")  # type: ignore[arg-type]


def test_an_embedding_gguf_pointed_at_is_served_with_its_declared_pooling(tmp_path: Path) -> None:
    from scripts.gguf_pooling import with_pooling

    target = tmp_path / "tiny-embed-v1.Q4_1.gguf"
    with_pooling(default_model_path(), target, pooling=2)  # CLS pooling, declared in the header
    with EmbeddedServer(models=[str(target)], preload=False) as server:
        with lms.Client(server.api_host) as client:
            downloaded = {m.model_key: m.type for m in client.system.list_downloaded_models()}
            assert downloaded["text-embedding-tiny-embed-v1"] == "embedding"
            model = client.embedding.model("text-embedding-tiny-embed-v1")
            vector = model.embed("hello")
            assert len(vector) == 576 and model.embed("hello") == vector
            engine = server.registry.instances[0].engine if server.registry else None
            assert isinstance(engine, EmbeddingEngine) and engine.pooling == "cls"
            with pytest.raises(lms.LMStudioError):
                client.llm.model("text-embedding-tiny-embed-v1")
