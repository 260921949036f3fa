# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from tests/_async/test_client.py.
"""End to end: the client against the embedded server and the real model, over real sockets."""

from __future__ import annotations

import json

import pytest

import lmsdk as lms
from lmsdk._sync.client import Client

MAX = {"maxTokens": 12, "temperature": 0}


def test_respond_stream_fragments_join_to_the_result(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        stream = model.respond_stream("What is the capital of France?", config=MAX)
        pieces = [fragment.content for fragment in stream]
        result = stream.result()
    assert pieces and "".join(pieces) == result.content == str(result)
    assert result.stats.predicted_tokens_count is not None
    assert 1 <= result.stats.predicted_tokens_count <= 12
    assert result.model_info.model_key == "smollm2-135m-instruct"
    assert result.prediction_config.temperature == 0


def test_max_tokens_gives_its_stop_reason_and_count(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond("Write a long story about a dragon.", config={"maxTokens": 5})
    assert result.stats.stop_reason == "maxPredictedTokensReached"
    assert result.stats.predicted_tokens_count == 5


def test_stop_string_is_not_in_the_content(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        first = model.complete("1, 2, 3, 4,", config={"maxTokens": 10, "temperature": 0})
        stop = first.content.strip()[:2] or first.content[:1]
        second = model.complete(
            "1, 2, 3, 4,", config={"maxTokens": 10, "temperature": 0, "stopStrings": [stop]}
        )
    assert second.stats.stop_reason == "stopStringFound"
    assert stop not in second.content


def test_progress_rises_to_one_and_first_token_fires(api_host: str) -> None:
    seen: list[float] = []
    first: list[bool] = []
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        model.respond(
            "Hello!",
            config=MAX,
            on_progress=seen.append,
            on_first_token=lambda: first.append(True),
        )
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert first == [True]


def test_cancel_keeps_the_partial_text_and_says_user_stopped(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        stream = model.respond_stream("Count from 1 to 100.", config={"maxTokens": 200})
        got = []
        for fragment in stream:
            got.append(fragment.content)
            if len(got) == 3:
                stream.cancel()
        result = stream.result()
    assert result.stats.stop_reason == "userStopped"
    assert result.content == "".join(got)


def test_structured_output_is_parsed(api_host: str) -> None:
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
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond(
            "Invent a person.", response_format=schema, config={"maxTokens": 400, "temperature": 0}
        )
    assert result.stats.stop_reason == "eosFound", result.content
    assert result.structured, result.content
    assert isinstance(result.parsed, dict) and set(result.parsed) >= {"name", "age"}
    assert json.loads(str(result)) == result.parsed


def test_chat_multi_turn_with_on_message(api_host: str) -> None:
    chat = lms.Chat("You are terse.")
    chat.add_user_message("Say hi.")
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond(chat, config=MAX, on_message=chat.append)
        chat.add_user_message("Again.")
        model.respond(chat, config=MAX, on_message=chat.append)
    assert [m.role for m in chat.messages] == ["system", "user", "assistant", "user", "assistant"]
    assert chat.messages[2].content[0].text == result.content
    assert lms.Chat.from_history(chat.to_json()) == chat


def test_model_rpcs(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        tokens = model.tokenize("Hello world")
        assert tokens and all(isinstance(t, int) for t in tokens)
        assert model.count_tokens("Hello world") == len(tokens)
        assert model.get_context_length() >= 512
        assert (model.get_info()).identifier == model.identifier
        prompt = model.apply_prompt_template([{"role": "user", "content": "Hi there"}])
        assert "Hi there" in prompt
        loaded = client.llm.list_loaded()
        assert model.identifier in [m.identifier for m in loaded]
        downloaded = client.system.list_downloaded_models()
        assert "smollm2-135m-instruct" in [m.model_key for m in downloaded]


def test_unknown_model_is_a_typed_error(api_host: str) -> None:
    with Client(api_host) as client:
        with pytest.raises(lms.LMStudioModelNotFoundError):
            client.llm.model("no-such-model-anywhere")


def test_bad_config_is_refused_before_sending(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        with pytest.raises(lms.LMStudioConfigError, match="maxTokkens.*maxTokens"):
            model.respond("hi", config={"maxTokkens": 3})
        with pytest.raises(lms.LMStudioConfigError, match="temperature"):
            model.respond("hi", config={"temperature": "hot"})


def test_no_server_names_what_was_tried() -> None:
    with Client("127.0.0.1:9", timeout=2) as client:
        with pytest.raises(lms.LMStudioConnectionError, match="127.0.0.1:9"):
            client.llm.list_loaded()
