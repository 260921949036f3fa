"""act() and respond(tools=...): the real model for the loop, a scripted model for the failure paths.

The model's decisions are its own, so the end-to-end tests with SmolLM2 force the first round's call
(toolChoice required) and let the round cap end the loop, then assert what the protocol guarantees:
the tool ran with arguments that fit its schema, the last round answered in text, every round and
message was reported. The scripted replay engine writes exact (also malformed) calls.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest

import lmsdk as lms
from lmsdk._async.client import AsyncClient
from lmsdk._generated.chat import (
    ChatMessageAssistant,
    ChatMessagePartText,
    ChatMessagePartToolCallRequest,
    ChatMessageTool,
)
from lmsdk.server import EmbeddedServer
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.replay_engine import ReplayEngine

MODEL = "smollm2-135m-instruct"
REQUIRED = {"type": "generic", "mode": "required"}


def call(body: str) -> list[str]:
    return ["[TOOL_REQUEST]", body, "[END_TOOL_REQUEST]"]


@contextmanager
def scripted(scripts: Sequence[Sequence[str]], delay: float = 0.0) -> Iterator[str]:
    """A server whose model replies with the scripts (reply n once n tool results are in)."""

    def factory(entry: ModelEntry, context_length: int) -> ReplayEngine:
        return ReplayEngine(
            model_key=entry.key, context_length=context_length, scripts=scripts, piece_delay=delay
        )

    with EmbeddedServer(engine_factory=factory) as server:
        yield server.api_host


def text_of(message: Any) -> str:
    return "".join(p.text for p in message.content if isinstance(p, ChatMessagePartText))


async def test_act_runs_rounds_with_a_real_tool(api_host: str) -> None:
    calls: list[tuple[int, int]] = []

    def add(a: int, b: int) -> int:
        """Add two integers and return their sum.

        Args:
            a: the first number.
            b: the second number.
        """
        assert type(a) is int and type(b) is int
        calls.append((a, b))
        return a + b

    messages: list[Any] = []
    started: list[int] = []
    ended: list[int] = []
    rounds: list[Any] = []
    first_tokens: list[int] = []
    fragments: list[tuple[str, int]] = []
    progress: list[tuple[float, int]] = []
    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        result = await model.act(
            "What is 12 + 30? Use the add tool.",
            [add],
            max_prediction_rounds=2,
            config={"toolChoice": REQUIRED, "maxTokens": 60, "temperature": 0},
            on_message=messages.append,
            on_round_start=started.append,
            on_round_end=ended.append,
            on_prediction_completed=rounds.append,
            on_first_token=first_tokens.append,
            on_prediction_fragment=lambda f, i: fragments.append((f.content, i)),
            on_prompt_processing_progress=lambda p, i: progress.append((p, i)),
        )
    assert result.rounds == 2 and result.total_time_seconds > 0
    assert started == ended == [0, 1]
    assert [r.round_index for r in rounds] == [0, 1]
    assert len(calls) == 1  # round 0 had to call; round 1 was offered no tools
    first, last = rounds
    assert first.stats.stop_reason == "toolCalls" and len(first.tool_calls) == 1
    assert first.tool_calls[0].arguments == {"a": calls[0][0], "b": calls[0][1]}
    assert last.tool_calls == () and last.stats.stop_reason != "toolCalls"
    assert last.content.strip()
    request, tool_result, answer = messages
    assert isinstance(request, ChatMessageAssistant)
    assert [p.tool_call_request for p in request.content[1:]] == list(first.tool_calls)
    assert isinstance(tool_result, ChatMessageTool)
    assert tool_result.content[0].content == str(sum(calls[0]))
    assert tool_result.content[0].tool_call_id == first.tool_calls[0].id
    assert isinstance(answer, ChatMessageAssistant) and text_of(answer) == last.content
    assert {i for _, i in fragments} <= {0, 1} and "".join(c for c, i in fragments if i) == (
        last.content
    )
    assert 1 in first_tokens
    assert progress[0] == (0.0, 0) and (1.0, 1) in progress


async def test_respond_with_tools_returns_the_calls_without_running_them(api_host: str) -> None:
    ran: list[int] = []

    def square(x: int) -> int:
        """Square a number."""
        ran.append(x)
        return x * x

    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        message: list[Any] = []
        result = await model.respond(
            "What is 7 squared?",
            tools=[square],
            config={"toolChoice": REQUIRED, "maxTokens": 40},
            on_message=message.append,
        )
    assert ran == []
    assert result.stats.stop_reason == "toolCalls"
    (request,) = result.tool_calls
    assert request.name == "square" and isinstance((request.arguments or {})["x"], int)
    parts = message[0].content
    assert isinstance(parts[-1], ChatMessagePartToolCallRequest)
    assert parts[-1].tool_call_request == request
    chat = lms.Chat()
    chat.add_user_message("What is 7 squared?")
    chat.add_assistant_response(result)
    assert chat.messages[-1] == message[0]


async def test_the_loop_runs_until_the_model_answers() -> None:
    scripts = [
        ["Adding.", *call('{"name": "add", "arguments": {"a": 2, "b": 3}}')],
        ["Again.", *call('{"name": "add", "arguments": {"a": 5, "b": 5}}')],
        ["The", " sum", " is", " 10."],
    ]
    seen: list[tuple[int, int]] = []

    async def add(a: int, b: int) -> int:
        """Add two integers."""
        seen.append((a, b))
        return a + b

    messages: list[Any] = []
    with scripted(scripts) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model(MODEL)
            result = await model.act("2 + 3 + 5?", [add], on_message=messages.append)
    assert result.rounds == 3
    assert seen == [(2, 3), (5, 5)]
    assert [m.role for m in messages] == ["assistant", "tool", "assistant", "tool", "assistant"]
    assert text_of(messages[0]) == "Adding." and text_of(messages[-1]) == "The sum is 10."
    assert [m.content[0].content for m in messages if m.role == "tool"] == ["5", "10"]


async def test_tool_errors_go_back_to_the_model() -> None:
    calls = [
        call('{"name": "nope", "arguments": {}}'),
        call('{"name": "add", "arguments": {"a": "two", "b": 2}}'),
        call('{"name": "add", "arguments": {"a": 1}}'),
        call('{"name": "boom", "arguments": {}}'),
        call('{"name": "boom", "arguments": {"reason": "quiet"}}'),
    ]
    scripts = [[piece for c in calls for piece in c], ["Sorry."]]

    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    def boom(reason: str = "loud") -> None:
        """Always fails."""
        raise RuntimeError(reason)

    reported: list[tuple[str, str | None, Any]] = []

    def handler(error: lms.LMStudioPredictionError, request: Any) -> str | None:
        reported.append((str(error), request.name if request else None, error.__cause__))
        if request is not None and (request.arguments or {}).get("reason") == "quiet":
            return "the tool is unavailable"
        return None

    messages: list[Any] = []
    with scripted(scripts) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model(MODEL)
            result = await model.act(
                "Go.",
                [add, boom],
                on_message=messages.append,
                handle_invalid_tool_request=handler,
            )
    assert result.rounds == 2
    contents = [part.content for part in messages[1].content]
    assert "no tool named 'nope'" in contents[0]
    assert "do not fit" in contents[1] and "arguments.a" in contents[1]
    assert "missing 'b'" in contents[2]
    assert "RuntimeError('loud')" in contents[3]
    assert contents[4] == "the tool is unavailable"
    ids = [p.tool_call_request.id for p in messages[0].content[1:]]
    assert [part.tool_call_id for part in messages[1].content] == ids and len(set(ids)) == 5
    assert [name for _, name, _ in reported] == ["nope", "add", "add", "boom", "boom"]
    assert isinstance(reported[3][2], RuntimeError)
    assert text_of(messages[-1]) == "Sorry."


async def test_a_call_that_cannot_be_parsed_ends_the_loop_after_its_messages() -> None:
    scripts = [["Let me see.", *call('{"name": "add", "arguments": {"a": 1,')]]

    def add(a: int, b: int) -> int:
        """Add two integers."""
        raise AssertionError("not called")

    messages: list[Any] = []
    completed: list[Any] = []
    handled: list[Any] = []
    with scripted(scripts) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model(MODEL)
            with pytest.raises(lms.LMStudioPredictionError, match="could not be parsed"):
                await model.act(
                    "Go.",
                    [add],
                    on_message=messages.append,
                    on_prediction_completed=completed.append,
                    handle_invalid_tool_request=lambda e, r: handled.append(r),
                )
    assert handled == [None]
    assert [text_of(m) for m in messages] == ["Let me see."]
    assert completed[0].failed_tool_calls and "not valid JSON" in completed[0].failed_tool_calls[0]


async def test_cancel_during_a_tool_call_round() -> None:
    body = '{"name": "add", "arguments": {"a": 1' + "0" * 15 + ', "b": 2' + " " * 150 + "}}"
    scripts = [["Ok", ".", "[TOOL_REQUEST]", *body, "[END_TOOL_REQUEST]"]]

    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    with scripted(scripts, delay=0.03) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model(MODEL)
            stream = await model.respond_stream("Go.", tools=[add])
            first = await stream.__anext__()
            time.sleep(1.0)  # into the call's arguments (the server streams on its own thread)
            await stream.cancel()
            result = await stream.result()
            after = await model.respond("Go.", tools=[add])  # the connection is still usable
    assert result.stats.stop_reason == "userStopped"
    assert result.tool_calls == () and result.content == first.content
    assert "before the tool call was complete" in result.failed_tool_calls[0]
    assert after.stats.stop_reason == "toolCalls", after
    assert after.tool_calls[0].name == "add"


async def test_act_history_round_trips_and_continues() -> None:
    scripts = [call('{"name": "add", "arguments": {"a": 1, "b": 2}}'), ["It", " is", " 3."]]

    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    chat = lms.Chat("You add numbers.")
    chat.add_user_message("1 + 2?")
    with scripted(scripts) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model(MODEL)
            await model.act(chat, [add], on_message=chat.append)
            copy = lms.Chat.from_history(chat.to_json())
            formatted = await model.apply_prompt_template(copy)
    assert copy == chat and len(chat) == 5
    assert '[TOOL_REQUEST]{"name": "add", "arguments": {"a": 1, "b": 2}}' in formatted
    assert "<|im_start|>tool\n3<|im_end|>" in formatted
    assert str(chat).splitlines()[2:] == [
        'assistant: [tool call add({"a": 1, "b": 2})]',
        "tool: [tool result 3]",
        "assistant: It is 3.",
    ]


async def test_bad_tools_and_arguments_are_refused_before_anything_is_sent(api_host: str) -> None:
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    def star(*numbers: int) -> int:
        """Sum."""
        return sum(numbers)

    async with AsyncClient(api_host) as client:
        model = await client.llm.model(MODEL)
        with pytest.raises(lms.LMStudioClientError, match="duplicate tool name"):
            await model.act("x", [add, add])
        with pytest.raises(lms.LMStudioClientError, match=r"\*args"):
            await model.act("x", [star])
        with pytest.raises(lms.LMStudioClientError, match="at least one tool"):
            await model.act("x", [])
        with pytest.raises(lms.LMStudioClientError, match="at least 1"):
            await model.act("x", [add], max_prediction_rounds=0)
        with pytest.raises(lms.LMStudioConfigError, match="rawTools"):
            await model.act("x", [add], config={"rawTools": {"type": "none"}})
