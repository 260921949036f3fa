"""The official `lmstudio` 1.5.0 client against the embedded server, with the real SmolLM2 model.

The examples are the seed documents' own snippets, pointed at the embedded server through
`lmstudio.configure_default_client(api_host)` / `lmstudio.Client(api_host)`.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Iterator

import lmstudio
import lmstudio as lms
import pytest

from lmsdk.server import EmbeddedServer

jsonschema = importlib.import_module("jsonschema")

MODEL_KEY = "smollm2-135m-instruct"
SMALL = {"maxTokens": 16}
GREEDY = {"maxTokens": 24, "temperature": 0.0}


@pytest.fixture(scope="module")
def default_client(api_host: str) -> Iterator[None]:
    """The convenience API (`lms.llm()`), configured to use the embedded server."""
    lmstudio.configure_default_client(api_host)
    yield
    lmstudio.sync_api._reset_default_client()


@pytest.fixture(scope="module")
def client(api_host: str) -> Iterator[lms.Client]:
    with lms.Client(api_host) as scoped:
        yield scoped


@pytest.fixture(scope="module")
def model(client: lms.Client) -> lms.LLM:
    return client.llm.model(MODEL_KEY)


# --- seed examples ------------------------------------------------------------------------


def test_convenience_respond_and_stream(default_client: None) -> None:
    # 002: "Quick Example" and "Streaming a Chat Response" (convenience API)
    model = lms.llm()
    result = model.respond("What is the meaning of life?", config=SMALL)
    assert result.content.strip()
    assert str(result) == result.content

    pieces = []
    stream = model.respond_stream("What is the meaning of life?", config=SMALL)
    for fragment in stream:
        pieces.append(fragment.content)
    streamed = stream.result()
    assert "".join(pieces) == streamed.content
    assert streamed.stats.predicted_tokens_count is not None
    assert 1 <= streamed.stats.predicted_tokens_count <= SMALL["maxTokens"]


def test_named_model_handle(default_client: None) -> None:
    # 002: "Obtain a Model" by key
    model = lms.llm(MODEL_KEY)
    assert model.identifier == MODEL_KEY


def test_scoped_respond_stream_then_result(client: lms.Client) -> None:
    # 001: the scoped-resources variant
    llm = client.llm.model()
    prediction_stream = llm.respond_stream("What is LM Studio?", config=SMALL)
    fragments = [fragment.content for fragment in prediction_stream]
    response = prediction_stream.result()
    assert fragments and "".join(fragments) == response.content
    assert response.parsed == response.content
    assert response.structured is False


def test_complete_uses_raw_prompt(model: lms.LLM) -> None:
    # 004: complete / complete_stream. The completeModeFormatting template must replace the chat
    # template: the prompt is then exactly the text, so its token count equals count_tokens().
    completion = model.complete("My name is", config=SMALL)
    assert completion.content
    assert completion.stats.prompt_tokens_count == model.count_tokens("My name is")

    prediction = model.complete_stream("My name is", config=SMALL)
    tokens = [token.content for token in prediction]
    assert "".join(tokens) == prediction.result().content

    chat = model.respond("My name is", config=SMALL)
    assert chat.stats.prompt_tokens_count is not None
    assert chat.stats.prompt_tokens_count > completion.stats.prompt_tokens_count


def test_multi_turn_chat_with_on_message(model: lms.LLM) -> None:
    # 002: "Example: Multi-turn Chat"
    chat = lms.Chat("You are a task focused AI assistant")
    prompt_counts = []
    for user_input in ("Name a colour.", "Name another one."):
        chat.add_user_message(user_input)
        prediction_stream = model.respond_stream(chat, on_message=chat.append, config=SMALL)
        text = "".join(fragment.content for fragment in prediction_stream)
        result = prediction_stream.result()
        assert text == result.content
        prompt_counts.append(result.stats.prompt_tokens_count)
    messages = chat._get_history()["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant"]
    # The second turn's prompt holds the first exchange.
    assert prompt_counts[1] > prompt_counts[0]


def test_chat_from_history_and_add_assistant_response(model: lms.LLM) -> None:
    # 001: Chat.from_history and add_assistant_response
    chat = lms.Chat.from_history(
        {
            "messages": [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "What is LM Studio?"},
            ]
        }
    )
    response = model.respond(chat, config=SMALL)
    chat.add_assistant_response(response)
    assert chat._get_history()["messages"][-1]["role"] == "assistant"


def test_max_tokens_and_temperature(model: lms.LLM) -> None:
    # 002: "Customize Inferencing Parameters"
    result = model.respond(
        "Write a long story about the sea.", config={"temperature": 0.6, "maxTokens": 8}
    )
    assert result.stats.stop_reason == "maxPredictedTokensReached"
    assert result.stats.predicted_tokens_count == 8
    assert result.prediction_config.temperature == pytest.approx(0.6)
    assert result.prediction_config.max_tokens == 8


def test_stop_strings_end_the_prediction(model: lms.LLM) -> None:
    # 003: stopStrings. Greedy decoding is deterministic: pick a word of the unrestricted answer.
    prompt = "List three fruits."
    baseline = model.respond(prompt, config=GREEDY).content
    words = baseline.split()
    assert len(words) >= 3, baseline
    stop = words[2]
    cut = model.respond(prompt, config={**GREEDY, "stopStrings": [stop]})
    assert cut.stats.stop_reason == "stopStringFound"
    assert stop not in cut.content
    assert cut.content == baseline[: baseline.index(stop)]


def test_stats_and_model_info(model: lms.LLM) -> None:
    # 002: "Print prediction stats"
    result = model.respond("What is the meaning of life?", config=SMALL)
    assert result.model_info.display_name == "SmolLM2 135M Instruct"
    assert result.model_info.model_key == MODEL_KEY
    stats = result.stats
    assert stats.predicted_tokens_count and stats.predicted_tokens_count > 0
    assert stats.time_to_first_token_sec is not None and stats.time_to_first_token_sec > 0
    assert stats.tokens_per_second is not None and stats.tokens_per_second > 0
    assert stats.stop_reason in ("eosFound", "maxPredictedTokensReached")
    assert result.load_config.context_length == model.get_context_length()


def test_prompt_processing_progress_rises_to_one(model: lms.LLM) -> None:
    # 000/001/004: progress callbacks
    seen: list[float] = []
    model.respond("What is LM Studio?", config=SMALL, on_prompt_processing_progress=seen.append)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)

    completion_seen: list[float] = []
    model.complete(
        "The cat in the", config=SMALL, on_prompt_processing_progress=completion_seen.append
    )
    assert completion_seen[-1] == 1.0


def test_structured_output_validates_against_schema(model: lms.LLM) -> None:
    schema = {
        "type": "object",
        "properties": {
            "colour": {"type": "string", "enum": ["red", "green", "blue"]},
            "bright": {"type": "boolean"},
        },
        "required": ["colour", "bright"],
        "additionalProperties": False,
    }
    result = model.respond(
        "Pick a colour and say whether it is bright, as JSON.",
        response_format=schema,
        # The grammar bounds the JSON (enum, boolean, at most 17 whitespace characters between
        # tokens), so it always ends within this budget.
        config={"temperature": 0.0, "maxTokens": 400},
    )
    assert result.stats.stop_reason == "eosFound"
    assert result.structured is True
    assert isinstance(result.parsed, dict)
    jsonschema.validate(result.parsed, schema)


def test_count_tokens_tokenize_context_length(model: lms.LLM) -> None:
    assert model.count_tokens("Hello there!") == len(model.tokenize("Hello there!")) > 0
    assert all(isinstance(t, int) for t in model.tokenize("Hello there!"))
    assert model.get_context_length() == 4096


def test_list_loaded_and_downloaded_models(client: lms.Client) -> None:
    loaded = client.list_loaded_models()
    assert MODEL_KEY in [m.identifier for m in loaded]
    downloaded = client.list_downloaded_models()
    info = next(m for m in downloaded if m.model_key == MODEL_KEY)
    assert info.info.format == "gguf"
    assert info.info.max_context_length == 8192
    assert info.info.architecture == "llama"
    assert info.info.path.endswith(".gguf") and info.info.path.count("/") == 2
    assert info.info.size_bytes > 0


def test_cancel_mid_stream(model: lms.LLM) -> None:
    stream = model.respond_stream(
        "Write a very long story about a dragon.", config={"maxTokens": 32}
    )
    for _ in stream:
        stream.cancel()
    result = stream.result()
    assert result.stats.stop_reason == "userStopped"
    assert result.stats.predicted_tokens_count is not None
    assert result.stats.predicted_tokens_count < 32


def test_unknown_model_key_raises_model_not_found(client: lms.Client) -> None:
    with pytest.raises(lmstudio.LMStudioModelNotFoundError):
        client.llm.model("no-such-model")


def test_model_info_and_load_config(model: lms.LLM) -> None:
    info = model.get_info()
    assert info.identifier == MODEL_KEY
    assert model.get_load_config().context_length == 4096


def test_apply_prompt_template(model: lms.LLM) -> None:
    chat = lms.Chat("Be brief.")
    chat.add_user_message("Hello!")
    formatted = model.apply_prompt_template(chat)
    assert "<|im_start|>system\nBe brief.<|im_end|>" in formatted
    assert formatted.endswith("<|im_start|>assistant\n")


def test_load_new_instance_with_config_then_unload(client: lms.Client) -> None:
    second = client.llm.load_new_instance(
        MODEL_KEY, "second-smollm", config={"contextLength": 1024, "seed": 7}
    )
    try:
        assert second.identifier == "second-smollm"
        assert second.get_context_length() == 1024
        assert second.get_load_config().seed == 7
        same_seed = [
            second.respond("Tell me a joke.", config={"maxTokens": 8}).content for _ in range(2)
        ]
        assert same_seed[0] == same_seed[1]  # a fixed load seed makes sampling repeatable
        with pytest.raises(lms.LMStudioServerError, match="already exists"):
            client.llm.load_new_instance(MODEL_KEY, "second-smollm", ttl=None)
        again = client.llm.load_new_instance(MODEL_KEY, ttl=None)  # the server picks a free one
        try:
            assert again.identifier == f"{MODEL_KEY}:2"
        finally:
            again.unload()
    finally:
        second.unload()
    assert "second-smollm" not in [m.identifier for m in client.llm.list_loaded()]


def test_several_clients_at_once(api_host: str) -> None:
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def ask(index: int) -> None:
        try:
            with lms.Client(api_host) as own:
                results[index] = (
                    own.llm.model()
                    .respond(f"Say the number {index}.", config={"maxTokens": 4})
                    .content
                )
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert sorted(results) == [0, 1, 2, 3]
    assert time.perf_counter() - started < 120


def test_embedded_server_reports_loaded_instance(embedded_server: EmbeddedServer) -> None:
    assert embedded_server.registry is not None
    assert MODEL_KEY in embedded_server.registry.loaded_identifiers()
