"""End to end: the client against the embedded server and the real model, over real sockets."""

from __future__ import annotations

import json

import pytest

import lmsdk as lms
from lmsdk._async.client import AsyncClient

MAX = {"maxTokens": 12, "temperature": 0}


async def test_respond_stream_fragments_join_to_the_result(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        stream = await model.respond_stream("What is the capital of France?", config=MAX)
        pieces = [fragment.content async for fragment in stream]
        result = await stream.result()
    assert pieces and "".join(pieces) == result.content == str(result)
    assert result.stats.predicted_tokens_count is not None
    assert 1 <= result.stats.predicted_tokens_count <= 12
    assert result.model_info.model_key == "smollm2-135m-instruct"
    assert result.prediction_config.temperature == 0


async def test_max_tokens_gives_its_stop_reason_and_count(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        result = await model.respond("Write a long story about a dragon.", config={"maxTokens": 5})
    assert result.stats.stop_reason == "maxPredictedTokensReached"
    assert result.stats.predicted_tokens_count == 5


async def test_stop_string_is_not_in_the_content(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        first = await model.complete("1, 2, 3, 4,", config={"maxTokens": 10, "temperature": 0})
        stop = first.content.strip()[:2] or first.content[:1]
        second = await model.complete(
            "1, 2, 3, 4,", config={"maxTokens": 10, "temperature": 0, "stopStrings": [stop]}
        )
    assert second.stats.stop_reason == "stopStringFound"
    assert stop not in second.content


async def test_progress_rises_to_one_and_first_token_fires(api_host: str) -> None:
    seen: list[float] = []
    first: list[bool] = []
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        await model.respond(
            "Hello!",
            config=MAX,
            on_progress=seen.append,
            on_first_token=lambda: first.append(True),
        )
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert first == [True]


async def test_cancel_keeps_the_partial_text_and_says_user_stopped(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        stream = await model.respond_stream("Count from 1 to 100.", config={"maxTokens": 200})
        got = []
        async for fragment in stream:
            got.append(fragment.content)
            if len(got) == 3:
                await stream.cancel()
        result = await stream.result()
    assert result.stats.stop_reason == "userStopped"
    assert result.content == "".join(got)


async def test_structured_output_is_parsed(api_host: str) -> None:
    # Bounded lengths make the grammar end the JSON well within the token budget (at most
    # 17 whitespace characters between tokens), so the assertions hold whatever the model writes.
    schema = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "maxLength": 12},
            "age": {"type": "integer", "minimum": 0, "maximum": 150},
        },
        "required": ["name", "age"],
        "additionalProperties": False,
    }
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        result = await model.respond(
            "Invent a person.", response_format=schema, config={"maxTokens": 400, "temperature": 0}
        )
    assert result.stats.stop_reason == "eosFound", result.content
    assert result.structured, result.content
    assert isinstance(result.parsed, dict) and set(result.parsed) >= {"name", "age"}
    assert json.loads(str(result)) == result.parsed


async def test_chat_multi_turn_with_on_message(api_host: str) -> None:
    chat = lms.Chat("You are terse.")
    chat.add_user_message("Say hi.")
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        result = await model.respond(chat, config=MAX, on_message=chat.append)
        chat.add_user_message("Again.")
        await model.respond(chat, config=MAX, on_message=chat.append)
    assert [m.role for m in chat.messages] == ["system", "user", "assistant", "user", "assistant"]
    assert chat.messages[2].content[0].text == result.content
    assert lms.Chat.from_history(chat.to_json()) == chat


async def test_model_rpcs(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        tokens = await model.tokenize("Hello world")
        assert tokens and all(isinstance(t, int) for t in tokens)
        assert await model.count_tokens("Hello world") == len(tokens)
        assert await model.get_context_length() >= 512
        assert (await model.get_info()).identifier == model.identifier
        prompt = await model.apply_prompt_template([{"role": "user", "content": "Hi there"}])
        assert "Hi there" in prompt
        loaded = await client.llm.list_loaded()
        assert model.identifier in [m.identifier for m in loaded]
        downloaded = await client.system.list_downloaded_models()
        assert "smollm2-135m-instruct" in [m.model_key for m in downloaded]


async def test_unknown_model_is_a_typed_error(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        with pytest.raises(lms.LMStudioModelNotFoundError):
            await client.llm.model("no-such-model-anywhere")


async def test_bad_config_is_refused_before_sending(api_host: str) -> None:
    async with AsyncClient(api_host) as client:
        model = await client.llm.model("smollm2-135m-instruct")
        with pytest.raises(lms.LMStudioConfigError, match="maxTokkens.*maxTokens"):
            await model.respond("hi", config={"maxTokkens": 3})
        with pytest.raises(lms.LMStudioConfigError, match="temperature"):
            await model.respond("hi", config={"temperature": "hot"})


async def test_no_server_names_what_was_tried() -> None:
    async with AsyncClient("127.0.0.1:9", timeout=2) as client:
        with pytest.raises(lms.LMStudioConnectionError, match="127.0.0.1:9"):
            await client.llm.list_loaded()
