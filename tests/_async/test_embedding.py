"""End to end: embedding models through the client, against the embedded server, over real sockets.

The server's out-of-the-box embedding model is SmolLM2 in llama.cpp's embedding mode: these tests hold
it to the guarantees of any embedding model (dimension, determinism, unit length, order), never to what
its vectors happen to be.
"""

from __future__ import annotations

import math

import pytest

from lmsdk._async.client import AsyncClient
from lmsdk.errors import LMStudioClientError, LMStudioError, LMStudioServerError
from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY
from lmsdk.server.gguf import read_gguf_metadata
from lmsdk.server.model_files import DEFAULT_MODEL_KEY, default_model_path


def _dimension() -> int:
    meta = read_gguf_metadata(default_model_path())
    return int(meta[f"{meta['general.architecture']}.embedding_length"])


async def test_embed_gives_unit_vectors_of_the_model_dimension(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        vector = await model.embed("The cat sat on the mat.")
        again = await model.embed("The cat sat on the mat.")
    assert len(vector) == _dimension()
    assert all(isinstance(x, float) for x in vector)
    assert math.isclose(math.fsum(x * x for x in vector), 1.0, rel_tol=1e-6)
    assert vector == again


async def test_embed_a_list_gives_one_vector_per_text_in_order(api_host: str) -> None:
    texts = ["first text", "a second, different text", "first text"]
    async with AsyncClient(api_host) as client:
        model = await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        vectors = await model.embed(texts)
        singles = [await model.embed(text) for text in texts]
        assert await model.embed([]) == []
    assert vectors == singles
    assert vectors[0] == vectors[2] != vectors[1]


async def test_tokenize_and_count_tokens_agree(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        tokens = await model.tokenize("hello world")
        both = await model.tokenize(["hello world", "hello"])
        count = await model.count_tokens("hello world")
    assert tokens and all(isinstance(t, int) for t in tokens)
    assert both[0] == tokens and len(both) == 2
    assert count == len(tokens)


async def test_info_context_length_and_load_config_agree(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        info = await model.get_info()
        length = await model.get_context_length()
        config = await model.get_load_config()
    assert info.type == "embedding"
    assert info.model_key == DEFAULT_EMBEDDING_KEY
    assert info.identifier == model.identifier
    assert length == info.context_length == config.context_length
    assert length <= info.max_context_length


async def test_load_new_instance_with_config_then_unload(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        progress: list[float] = []
        model = await client.embedding.load_new_instance(
            DEFAULT_EMBEDDING_KEY,
            "embed-small-context",
            config={"contextLength": 256},
            on_load_progress=progress.append,
        )
        try:
            assert model.identifier == "embed-small-context"
            assert await model.get_context_length() == 256
            assert progress and progress[-1] == 1.0
            loaded = [m.identifier for m in await client.embedding.list_loaded()]
            assert "embed-small-context" in loaded
            with pytest.raises(LMStudioServerError, match="context"):
                await model.embed("word " * 600)
        finally:
            await model.unload()
        loaded = [m.identifier for m in await client.embedding.list_loaded()]
        assert "embed-small-context" not in loaded


async def test_embedding_models_are_listed_apart_from_llms(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        downloaded = await client.embedding.list_downloaded()
        llms = [m.identifier for m in await client.llm.list_loaded()]
        embedders = [m.identifier for m in await client.embedding.list_loaded()]
    assert [m.model_key for m in downloaded] == [DEFAULT_EMBEDDING_KEY]
    assert downloaded[0].type == "embedding"
    assert DEFAULT_EMBEDDING_KEY in embedders and DEFAULT_EMBEDDING_KEY not in llms
    assert DEFAULT_MODEL_KEY not in embedders


async def test_each_namespace_refuses_the_other_domain(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        with pytest.raises(LMStudioError, match=DEFAULT_EMBEDDING_KEY):
            await client.llm.model(DEFAULT_EMBEDDING_KEY)
        with pytest.raises(LMStudioError, match=DEFAULT_MODEL_KEY):
            await client.embedding.model(DEFAULT_MODEL_KEY)


async def test_bad_input_is_refused_before_sending(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.embedding.model(DEFAULT_EMBEDDING_KEY)
        with pytest.raises(LMStudioClientError, match="str or a list of str"):
            await model.embed(42)  # type: ignore[call-overload]
        with pytest.raises(LMStudioClientError, match="str or a list of str"):
            await model.embed(["ok", 3])  # type: ignore[list-item]
        with pytest.raises(LMStudioError, match="contextLenght"):
            await client.embedding.model(DEFAULT_EMBEDDING_KEY, config={"contextLenght": 5})
