"""The official `lmstudio` 1.5.0 client's embedding API against the embedded server, next to ours.

Both clients speak to one server over real sockets; the vectors they get for one text must be equal,
since the protocol, not the client, decides them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import lmstudio as lms
import pytest

import lmsdk
from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY
from lmsdk.server.model_files import DEFAULT_MODEL_KEY


@pytest.fixture(scope="module")
def official(api_host: str) -> Iterator[lms.Client]:
    with lms.Client(api_host) as client:
        yield client


def test_official_client_lists_and_loads_the_embedding_model(official: lms.Client) -> None:
    downloaded = official.embedding.list_downloaded()
    assert [m.model_key for m in downloaded] == [DEFAULT_EMBEDDING_KEY]
    kinds = {m.model_key: m.type for m in official.list_downloaded_models()}
    assert kinds[DEFAULT_EMBEDDING_KEY] == "embedding" and kinds[DEFAULT_MODEL_KEY] == "llm"
    model = official.embedding.model(DEFAULT_EMBEDDING_KEY)
    assert model.identifier == DEFAULT_EMBEDDING_KEY
    loaded = [m.identifier for m in official.list_loaded_models("embedding")]
    assert DEFAULT_EMBEDDING_KEY in loaded
    assert DEFAULT_EMBEDDING_KEY not in [m.identifier for m in official.llm.list_loaded()]


def test_official_and_lmsdk_clients_get_the_same_vectors(
    official: lms.Client, api_host: str
) -> None:
    theirs = official.embedding.model(DEFAULT_EMBEDDING_KEY)
    texts = ["The cat sat on the mat.", "Quarterly revenue grew five percent."]
    their_vectors = theirs.embed(texts)
    with lmsdk.Client(api_host) as client:
        ours = client.embedding.model(DEFAULT_EMBEDDING_KEY)
        our_vectors = ours.embed(texts)
        assert ours.count_tokens(texts[0]) == theirs.count_tokens(texts[0])
        assert ours.tokenize(texts[0]) == list(theirs.tokenize(texts[0]))
    assert [list(v) for v in their_vectors] == our_vectors  # type: ignore[arg-type]
    assert all(math.isclose(math.fsum(x * x for x in v), 1.0, rel_tol=1e-6) for v in our_vectors)


def test_official_client_model_info_and_context_length(official: lms.Client) -> None:
    model = official.embedding.model(DEFAULT_EMBEDDING_KEY)
    info = model.get_info()
    assert info.type == "embedding"
    assert info.model_key == DEFAULT_EMBEDDING_KEY
    assert model.get_context_length() == info.context_length > 0
    config = model.get_load_config()
    assert config.context_length == info.context_length
