"""The rest of the model API against the embedded server: tokenize on lists, load config, presets."""

from __future__ import annotations

import pytest

from lmsdk._async.client import AsyncClient
from lmsdk.errors import LMStudioClientError, LMStudioError

MODEL = "smollm2-135m-instruct"


async def test_tokenize_a_list_gives_one_list_per_text(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        both = await model.tokenize(["Hello, world!", "Bye"])
        single = await model.tokenize("Hello, world!")
        count = await model.count_tokens("Bye")
        with pytest.raises(LMStudioClientError, match="str or a list of str"):
            await model.tokenize(("a", "b"))  # type: ignore[call-overload]
    assert both[0] == single and len(both[1]) == count


async def test_get_load_config_reports_the_context_length(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        config = await model.get_load_config()
        length = await model.get_context_length()
    assert config.context_length == length


async def test_a_preset_is_sent_with_the_prediction(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        # lmsdk serve keeps no presets, so naming one is refused, naming it: proof it was sent.
        with pytest.raises(LMStudioError, match="no-such-preset"):
            await model.respond("Hi", config={"maxTokens": 2}, preset="no-such-preset")
        with pytest.raises(LMStudioError, match="no-such-preset"):
            await model.complete("Hi", config={"maxTokens": 2}, preset="no-such-preset")


async def test_downloaded_models_are_handles_that_load(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        every = await client.list_downloaded_models()
        llms = await client.llm.list_downloaded()
        embedders = await client.embedding.list_downloaded()
        assert {m.type for m in every} == {"llm", "embedding"}
        assert [m.model_key for m in llms] == [m.model_key for m in every if m.type == "llm"]
        assert [m.model_key for m in embedders] == [
            m.model_key for m in await client.list_downloaded_models("embedding")
        ]
        smol = next(m for m in llms if m.model_key == MODEL)
        llm = await smol.model()
        embedder = await embedders[0].model()
        assert llm.identifier == MODEL and await llm.count_tokens("hi") > 0
        assert len(await embedder.embed("hi")) > 0
        loaded = await client.list_loaded_models()
        assert {m.identifier for m in loaded} >= {MODEL, embedder.identifier}
        assert smol.display_name and smol.size_bytes > 0 and smol.path.endswith(".gguf")
        with pytest.raises(LMStudioClientError, match="domain"):
            await client.list_downloaded_models("vision")  # type: ignore[arg-type]


async def test_notify_is_accepted(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        assert await client.system.notify("Build finished", "all green") is None


async def test_apply_prompt_template_shows_the_tools_offered(api_host: str) -> None:
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        plain = await model.apply_prompt_template("What is 2 + 3?")
        with_tools = await model.apply_prompt_template("What is 2 + 3?", tools=[add])
    assert "Add two integers." not in plain
    assert "Add two integers." in with_tools and "What is 2 + 3?" in with_tools
