"""`--engine openai`: lmsdk serve in front of a real OpenAI-compatible server.

The upstream is llama-cpp-python's own server (`python -m llama_cpp.server`) with the shipped SmolLM2
GGUF on a loopback port, one thread, serving one request at a time (`--interrupt_requests False`, so
a request that returns promptly proves an earlier one stopped generating). In front of it runs the
embedded server with the openai engine, and through that run lmsdk's own end-to-end client tests, the
seed documents' examples (as user scripts), the official lmstudio 1.5.0 client's seed-example tests and
@lmstudio/sdk 1.5.0 and 2.0.0 scenarios (imported from their modules: the `api_host` fixture here
points them at the front server), plus what only this engine has: the upstream's
tokenizer, its errors, timeouts, refused connections and a kill mid-stream.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import lmstudio
import psutil
import pytest

import lmsdk
from lmsdk.server import EmbeddedServer
from lmsdk.server.model_files import default_model_path
from lmsdk.server.openai_engine import _openai_messages, _Reasoning, _stop_reason, _ToolCalls
from lmsdk.server.tool_use import ToolCallEnded, ToolCallParser
from tests._async.test_client import (
    test_bad_config_is_refused_before_sending,
    test_cancel_keeps_the_partial_text_and_says_user_stopped,
    test_chat_multi_turn_with_on_message,
    test_max_tokens_gives_its_stop_reason_and_count,
    test_progress_rises_to_one_and_first_token_fires,
    test_respond_stream_fragments_join_to_the_result,
    test_stop_string_is_not_in_the_content,
    test_structured_output_is_parsed,
    test_unknown_model_is_a_typed_error,
)
from tests.server.test_official_client import (
    client,
    default_client,
    model,
    test_cancel_mid_stream,
    test_chat_from_history_and_add_assistant_response,
    test_convenience_respond_and_stream,
    test_max_tokens_and_temperature,
    test_named_model_handle,
    test_prompt_processing_progress_rises_to_one,
    test_scoped_respond_stream_then_result,
    test_stop_strings_end_the_prediction,
    test_structured_output_validates_against_schema,
    test_unknown_model_key_raises_model_not_found,
)
from tests.server.test_official_js_client import (
    js_sdks,
    own_model,
    run,
    test_complete_stops_at_stop_string,
    test_connect,
    test_count_tokens_and_tokenize_match_ours,
    test_prompt_processing_progress_reaches_one,
    test_respond_stream_fragments_join_to_content,
    test_unknown_model_rejects,
)
from tests.server.test_serve_cli import read_address, start, stop
from tests.test_seed_examples import (
    test_seed_example_runs_unchanged,
    test_seed_example_with_a_model_we_do_not_have_fails_clearly,
)

REUSED = (
    test_bad_config_is_refused_before_sending,
    test_cancel_keeps_the_partial_text_and_says_user_stopped,
    test_chat_multi_turn_with_on_message,
    test_max_tokens_gives_its_stop_reason_and_count,
    test_progress_rises_to_one_and_first_token_fires,
    test_respond_stream_fragments_join_to_the_result,
    test_stop_string_is_not_in_the_content,
    test_structured_output_is_parsed,
    test_unknown_model_is_a_typed_error,
    client,
    default_client,
    model,
    test_cancel_mid_stream,
    test_chat_from_history_and_add_assistant_response,
    test_convenience_respond_and_stream,
    test_max_tokens_and_temperature,
    test_named_model_handle,
    test_prompt_processing_progress_rises_to_one,
    test_scoped_respond_stream_then_result,
    test_stop_strings_end_the_prediction,
    test_structured_output_validates_against_schema,
    test_unknown_model_key_raises_model_not_found,
    test_seed_example_runs_unchanged,
    test_seed_example_with_a_model_we_do_not_have_fails_clearly,
    js_sdks,
    own_model,
    run,
    test_complete_stops_at_stop_string,
    test_connect,
    test_count_tokens_and_tokenize_match_ours,
    test_prompt_processing_progress_reaches_one,
    test_respond_stream_fragments_join_to_content,
    test_unknown_model_rejects,
)
"""Collected again here, against the front server (the imports alone do that; named to keep them)."""

KEY = "smollm2-135m-instruct"
UPSTREAM_API_KEY = "upstream-test-key-7f3a9c"
READY_TIMEOUT_SEC = 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LlamaCppServer:
    """llama-cpp-python's OpenAI-compatible server as a subprocess on a fixed loopback port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.root = f"http://127.0.0.1:{self.port}"
        self.headers = {"Authorization": f"Bearer {UPSTREAM_API_KEY}"}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(default_model_path()),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--n_threads",
                "1",
                "--n_threads_batch",
                "1",
                "--n_ctx",
                "2048",
                "--interrupt_requests",
                "False",
                "--api_key",
                UPSTREAM_API_KEY,
                "--verbose",
                "False",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + READY_TIMEOUT_SEC
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/models", headers=self.headers, timeout=2).is_success:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"llama_cpp.server not ready within {READY_TIMEOUT_SEC} s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def pause(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture(scope="module")
def upstream() -> Iterator[LlamaCppServer]:
    server = LlamaCppServer()
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture(scope="module")
def front(upstream: LlamaCppServer) -> Iterator[EmbeddedServer]:
    with EmbeddedServer(
        engine="openai",
        upstream=upstream.url,
        upstream_api_key=UPSTREAM_API_KEY,
        upstream_timeout=120,
    ) as server:
        yield server


@pytest.fixture(scope="module")
def api_host(front: EmbeddedServer) -> str:
    return front.api_host


@pytest.fixture
def upstream_alive(upstream: LlamaCppServer) -> Iterator[LlamaCppServer]:
    """The upstream, restarted after the test if the test killed it."""
    try:
        yield upstream
    finally:
        if upstream.process is None or upstream.process.poll() is not None:
            upstream.start()


# --- what the upstream engine adds ----------------------------------------------------------


def test_upstream_models_are_downloaded_and_loaded(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        downloaded = client.system.list_downloaded_models()
        loaded = client.llm.list_loaded()
        model = client.llm.model(KEY)
        context = model.get_context_length()
    assert KEY in [m.model_key for m in downloaded]
    assert KEY in [m.identifier for m in loaded]
    assert context > 0


def test_tokenize_and_count_use_the_upstream_tokenizer(
    api_host: str, upstream: LlamaCppServer
) -> None:
    text = "Hello world, how are you?"
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        tokens = model.tokenize(text)
        count = model.count_tokens(text)
    direct = httpx.post(
        upstream.root + "/extras/tokenize", json={"input": text}, headers=upstream.headers
    ).json()["tokens"]
    assert tokens == direct
    assert count == len(direct)


def test_complete_sends_the_raw_text_and_counts_its_tokens(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        result = model.complete("My name is", config={"maxTokens": 6, "temperature": 0})
        expected = len(model.tokenize("My name is"))
    assert result.stats.stop_reason in ("maxPredictedTokensReached", "eosFound")
    assert result.stats.predicted_tokens_count is not None
    assert 1 <= result.stats.predicted_tokens_count <= 6
    # llama-cpp-python reports no usage when streaming: the prompt is counted with its tokenizer.
    assert result.stats.prompt_tokens_count in (expected, expected + 1)  # + BOS, if it uses one


def test_apply_prompt_template_is_an_engine_does_not_support_error(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        with pytest.raises(lmsdk.LMStudioServerError, match="does not support") as caught:
            model.apply_prompt_template([{"role": "user", "content": "Hi"}])
    assert caught.value.display_data["code"] == "generic.engineDoesNotSupportFeature"
    assert caught.value.display_data["feature"] == "applyPromptTemplate"


def test_official_client_through_the_upstream(api_host: str) -> None:
    with lmstudio.Client(api_host) as official:
        model = official.llm.model(KEY)
        stream = model.respond_stream("What is the meaning of life?", config={"maxTokens": 12})
        pieces = [fragment.content for fragment in stream]
        result = stream.result()
        completion = model.complete("1, 2, 3,", config={"maxTokens": 5, "temperature": 0})
        assert model.count_tokens("Hello world") == len(model.tokenize("Hello world"))
    assert pieces and "".join(pieces) == result.content
    assert completion.stats.stop_reason in ("maxPredictedTokensReached", "eosFound")


def test_cancel_stops_the_upstream_generating(api_host: str, upstream: LlamaCppServer) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        stream = model.complete_stream(
            "1, 2, 3, 4, 5, 6,", config={"maxTokens": 1500, "temperature": 0}
        )
        for index, _ in enumerate(stream):
            if index == 2:
                stream.cancel()
        result = stream.result()
    assert result.stats.stop_reason == "userStopped"
    # The upstream runs one request at a time: this one is served at once only if the cancelled
    # prediction stopped (finishing 1500 tokens would take it well over a minute).
    started = time.monotonic()
    answer = httpx.post(
        upstream.url + "/completions",
        json={"prompt": "Hi", "max_tokens": 1},
        headers=upstream.headers,
        timeout=120,
    )
    assert answer.is_success
    assert time.monotonic() - started < 15


def test_upstream_error_reaches_the_client_typed_and_naming_the_upstream(
    api_host: str, upstream: LlamaCppServer
) -> None:
    too_long = "word " * 3000  # the upstream's context is 2048 tokens
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        with pytest.raises(lmsdk.LMStudioServerError, match=upstream.root):
            model.complete(too_long, config={"maxTokens": 4})
        # ... and the server goes on serving.
        assert model.complete("Hello", config={"maxTokens": 2}).content is not None


def test_wrong_api_key_is_refused_naming_the_upstream(upstream: LlamaCppServer) -> None:
    server = EmbeddedServer(engine="openai", upstream=upstream.url, upstream_api_key="wrong-key")
    with pytest.raises(ValueError, match="HTTP 401") as caught:
        server.start()
    assert upstream.root in str(caught.value)
    assert "wrong-key" not in str(caught.value)
    assert not server.running


def test_killed_upstream_mid_stream_gives_a_typed_error_with_the_partial_text(
    api_host: str, upstream_alive: LlamaCppServer
) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        stream = model.complete_stream(
            "1, 2, 3, 4, 5, 6,", config={"maxTokens": 1500, "temperature": 0}
        )
        seen: list[str] = []
        with pytest.raises(lmsdk.LMStudioServerError) as caught:
            for fragment in stream:
                seen.append(fragment.content)
                if len(seen) == 3:
                    upstream_alive.kill()
        assert len(seen) >= 3
        assert stream.content == "".join(seen)
        message = str(caught.value)
        assert upstream_alive.root in message
        assert "partial text" in message
        # While the upstream is down: a refused connection, typed and naming it.
        with pytest.raises(lmsdk.LMStudioServerError, match="Could not connect") as refused:
            model.respond("Hi", config={"maxTokens": 2})
        assert upstream_alive.root in str(refused.value)
        # Once it is back, the same server and the same model handle serve again.
        upstream_alive.start()
        again = model.respond("Hi", config={"maxTokens": 3})
    assert again.stats.predicted_tokens_count is not None
    assert again.stats.predicted_tokens_count >= 1


def test_silent_upstream_times_out_with_a_typed_error(upstream: LlamaCppServer) -> None:
    with EmbeddedServer(
        engine="openai",
        upstream=upstream.url,
        upstream_api_key=UPSTREAM_API_KEY,
        upstream_timeout=1.5,
    ) as server:
        with lmsdk.Client(server.api_host) as client:
            model = client.llm.model(KEY)
            upstream.pause()
            try:
                started = time.monotonic()
                with pytest.raises(lmsdk.LMStudioServerError, match="did not answer in time"):
                    model.respond("Hi", config={"maxTokens": 2})
                assert time.monotonic() - started < 30
            finally:
                upstream.resume()


def test_cancel_while_the_upstream_is_silent_ends_at_once(
    api_host: str, upstream: LlamaCppServer
) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        upstream.pause()  # the request is sent but nothing comes back
        try:
            stream = model.respond_stream("Hi", config={"maxTokens": 50})
            time.sleep(0.5)
            started = time.monotonic()
            stream.cancel()
            result = stream.result()
            waited = time.monotonic() - started
        finally:
            upstream.resume()
        assert result.stats.stop_reason == "userStopped"
        assert waited < 5  # not the 120 s upstream timeout: the model's turn is free again
        assert model.respond("Hi", config={"maxTokens": 2}).stats.predicted_tokens_count


def upstream_connections(upstream: LlamaCppServer) -> int:
    return sum(
        1
        for connection in psutil.Process().net_connections(kind="tcp")
        if connection.raddr
        and connection.raddr.port == upstream.port
        and connection.status == psutil.CONN_ESTABLISHED
    )


def test_predictions_reach_the_upstream_in_parallel(upstream: LlamaCppServer) -> None:
    # A front of its own: every connection it has to the upstream is a prediction's (plus the
    # catalog's, which the first prediction reuses).
    with EmbeddedServer(
        engine="openai", upstream=upstream.url, upstream_api_key=UPSTREAM_API_KEY
    ) as server:
        with lmsdk.Client(server.api_host) as client:
            model = client.llm.model(KEY)
            upstream.pause()  # the requests queue in the upstream's socket, none answered
            try:
                streams = [model.respond_stream("Hi", config={"maxTokens": 2}) for _ in range(3)]
                deadline = time.monotonic() + 15
                while upstream_connections(upstream) < 3 and time.monotonic() < deadline:
                    time.sleep(0.05)
                open_at_once = upstream_connections(upstream)
            finally:
                upstream.resume()
            results = [stream.result() for stream in streams]
    assert open_at_once == 3
    assert all(r.stats.predicted_tokens_count for r in results)


def test_unreachable_upstream_fails_startup_naming_it() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(ValueError, match=f"127.0.0.1:{port}"):
        EmbeddedServer(engine="openai", upstream=f"http://127.0.0.1:{port}/v1").start()


def test_engine_options_are_checked() -> None:
    with pytest.raises(ValueError, match="--upstream"):
        EmbeddedServer(engine="openai")
    with pytest.raises(ValueError, match="http"):
        EmbeddedServer(engine="openai", upstream="ftp://example")
    with pytest.raises(ValueError, match="must not carry credentials"):
        EmbeddedServer(engine="openai", upstream="http://user:secret@127.0.0.1:9/v1")
    with pytest.raises(ValueError, match="unknown engine 'vllm'.*openai"):
        EmbeddedServer(engine="vllm")


def test_serve_cli_reads_the_key_from_the_environment_and_never_prints_it(
    upstream: LlamaCppServer,
) -> None:
    process = start(
        "--engine",
        "openai",
        "--upstream",
        upstream.url,
        "--upstream-api-key-env",
        "MY_UPSTREAM_KEY",
        "--port",
        "0",
        "-v",
        env={"MY_UPSTREAM_KEY": UPSTREAM_API_KEY},
    )
    try:
        api_host = read_address(process)
        with lmsdk.Client(api_host) as client:
            result = client.llm.model(KEY).respond("Hi", config={"maxTokens": 3})
        assert result.stats.predicted_tokens_count is not None
    finally:
        code, err = stop(process)
    assert code == 0, err
    assert UPSTREAM_API_KEY not in err
    assert "Traceback" not in err


def test_serve_cli_refuses_a_named_key_variable_that_is_unset(upstream: LlamaCppServer) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NOT_SET_ANYWHERE"}
    process = start(
        "--engine",
        "openai",
        "--upstream",
        upstream.url,
        "--upstream-api-key-env",
        "NOT_SET_ANYWHERE",
        env=env,
    )
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "NOT_SET_ANYWHERE" in err


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def test_tools_go_to_the_upstream_and_its_calls_come_back_as_tool_calls(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        result = model.respond(
            "What is 2 plus 3? Use the tool.",
            tools=[add],
            config={"toolChoice": {"type": "generic", "mode": "required"}, "maxTokens": 60},
        )
    # toolChoice "required" with one tool: the upstream constrains the call to the tool's schema.
    assert result.stats.stop_reason == "toolCalls"
    assert [call.name for call in result.tool_calls] == ["add"]
    arguments = result.tool_calls[0].arguments or {}
    assert set(arguments) == {"a", "b"}
    assert all(isinstance(value, int) for value in arguments.values())


# --- what no llama-cpp-python upstream sends: the dialects of vLLM and llama.cpp's server ----------


def test_reasoning_deltas_stream_as_think_tagged_text() -> None:
    reasoning = _Reasoning()
    deltas = [
        {"role": "assistant"},
        {"reasoning_content": "Two plus"},
        {"reasoning": " three."},  # vLLM's newer key
        {"content": "It is "},
        {"content": "5."},
    ]
    text = "".join(reasoning.wrap({"delta": delta}) for delta in deltas)
    assert text == "<think>Two plus three.</think>It is 5."
    assert not reasoning.open


def test_streamed_tool_call_fragments_become_one_call_each() -> None:
    calls = _ToolCalls()
    for delta in (
        {"tool_calls": [{"index": 0, "id": "c1", "function": {"name": "add", "arguments": ""}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"a": 2, '}}]},
        {"tool_calls": [{"index": 1, "function": {"name": "now", "arguments": ""}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": '"b": 3}'}}]},
    ):
        calls.feed({"delta": delta})
    parser = ToolCallParser()
    events = [event for markup in calls.markup() for event in parser.feed(markup)]
    events += parser.finish()
    ended = [event for event in events if isinstance(event, ToolCallEnded)]
    assert [(e.request.name, e.request.arguments) for e in ended] == [
        ("add", {"a": 2, "b": 3}),
        ("now", {}),
    ]


@pytest.mark.parametrize(
    ("finish", "max_tokens", "usage", "expected"),
    [
        ("stop", None, {}, "eosFound"),
        ("tool_calls", None, {}, "eosFound"),
        ("length", 5, {}, "maxPredictedTokensReached"),
        ("length", 5, {"completion_tokens": 5}, "maxPredictedTokensReached"),
        ("length", 500, {"completion_tokens": 37}, "contextLengthReached"),
        ("length", None, {}, "contextLengthReached"),
    ],
)
def test_finish_reasons_map_to_lm_studio_stop_reasons(
    finish: str, max_tokens: int | None, usage: dict[str, int], expected: str
) -> None:
    assert _stop_reason(finish, max_tokens, usage) == expected


def test_act_runs_the_tool_and_answers_through_the_upstream(api_host: str) -> None:
    called: list[tuple[int, int]] = []

    def add_numbers(a: int, b: int) -> int:
        """Add two integers."""
        called.append((a, b))
        return a + b

    with lmsdk.Client(api_host) as client:
        model = client.llm.model(KEY)
        # Round 1 must call (toolChoice required); round 2, the last, is offered no tools, so the
        # history with the call and its result goes to the upstream as OpenAI tool messages.
        result = model.act(
            "What is 2 plus 3? Use the tool.",
            [add_numbers],
            max_prediction_rounds=2,
            config={"toolChoice": {"type": "generic", "mode": "required"}, "maxTokens": 40},
        )
    assert result.rounds == 2
    assert len(called) == 1 and all(isinstance(n, int) for n in called[0])


def test_tool_calls_and_results_in_the_history_go_upstream_in_the_openai_shape() -> None:
    messages = [
        {"role": "user", "content": "2+3 and 4+4?"},
        {
            "role": "assistant",
            "content": 'Sure. [TOOL_REQUEST]{"name": "add", "arguments": {"a": 2, "b": 3}}'
            '[END_TOOL_REQUEST][TOOL_REQUEST]{"name": "add", "arguments": {"a": 4, "b": 4}}'
            "[END_TOOL_REQUEST]",
        },
        {"role": "tool", "content": "5"},
        {"role": "tool", "content": "8"},
    ]
    converted = _openai_messages(messages)
    assistant = converted[1]
    assert assistant["content"] == "Sure."
    calls = assistant["tool_calls"]
    assert [json.loads(c["function"]["arguments"]) for c in calls] == [
        {"a": 2, "b": 3},
        {"a": 4, "b": 4},
    ]
    assert [m["tool_call_id"] for m in converted[2:]] == [c["id"] for c in calls]
    assert len({c["id"] for c in calls}) == 2
