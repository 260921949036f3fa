"""The `act()` loop: predict, run the tools the model asked for, give it their results, repeat.

Each round is an ordinary prediction on the `llm/predict` channel with the tools in its config. A
round that ends with tool calls adds two messages to the agent's chat (the assistant's request and a
`tool` message with one result per call) and starts the next round; a round without tool calls ends
the loop. With `max_prediction_rounds`, the last round is sent without tools, so that the loop ends
in a text answer, as the official SDK does.

A tool's failure is the model's business, not the caller's: an exception in a tool, an unknown tool
name and arguments that do not fit the schema become the tool result (an error message the model can
read), after `handle_invalid_tool_request` has seen them. A tool call the server could not parse has
no call id to answer, so it ends the loop with `LMStudioPredictionError` (as in the official SDK),
after the round's messages have been delivered.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from lmsdk._generated.chat import ChatMessageData, ChatMessagePartToolCallResult
from lmsdk._generated.tools import ToolCallRequest
from lmsdk._prediction import prediction_config
from lmsdk.chat import Chat
from lmsdk.config import PredictionConfigInput
from lmsdk.errors import LMStudioClientError, LMStudioConfigError, LMStudioPredictionError
from lmsdk.results import ActResult, PredictionFragment, PredictionRoundResult
from lmsdk.tools import AsyncToolRunner, ClientTool, ToolDefinition, parse_tools, tool_use_setting

if TYPE_CHECKING:
    from lmsdk._async.llm import AsyncLLM

InvalidToolRequestHandler = Callable[[LMStudioPredictionError, ToolCallRequest | None], str | None]
"""Sees each invalid tool request; a returned string replaces the message the model gets."""


async def act(
    llm: AsyncLLM,
    chat: Any,
    tools: Iterable[ToolDefinition],
    *,
    max_prediction_rounds: int | None,
    config: PredictionConfigInput,
    on_message: Callable[[ChatMessageData], Any] | None,
    on_first_token: Callable[[int], Any] | None,
    on_prediction_fragment: Callable[[PredictionFragment, int], Any] | None,
    on_round_start: Callable[[int], Any] | None,
    on_round_end: Callable[[int], Any] | None,
    on_prediction_completed: Callable[[PredictionRoundResult], Any] | None,
    on_prompt_processing_progress: Callable[[float, int], Any] | None,
    handle_invalid_tool_request: InvalidToolRequestHandler | None,
    timeout: float | None | object,
) -> ActResult:
    """Run the agent loop (see `AsyncLLM.act` for the arguments)."""
    started = time.perf_counter()
    if max_prediction_rounds is not None and max_prediction_rounds < 1:
        raise LMStudioClientError(
            f"max_prediction_rounds must be at least 1, got {max_prediction_rounds!r}"
        )
    runner = AsyncToolRunner()
    client_tools = parse_tools(tools, allow_async=runner.allow_async)
    base = prediction_config(config)
    if base.raw_tools is not None:
        raise LMStudioConfigError(
            "pass the tools as act()'s tools argument, not as config['rawTools']", key="rawTools"
        )
    with_tools = attrs.evolve(base, raw_tools=tool_use_setting(client_tools))
    agent_chat = Chat.coerce(chat)
    final_round = -1 if max_prediction_rounds is None else max_prediction_rounds - 1
    rounds: Iterable[int] = (
        itertools.count() if max_prediction_rounds is None else range(max_prediction_rounds)
    )
    round_index = 0

    def first_token() -> None:
        if on_first_token is not None:
            on_first_token(round_index)

    def fragment(piece: PredictionFragment) -> None:
        if on_prediction_fragment is not None:
            on_prediction_fragment(piece, round_index)

    def progress(value: float) -> None:
        if on_prompt_processing_progress is not None:
            on_prompt_processing_progress(value, round_index)

    for round_index in rounds:
        if on_round_start is not None:
            on_round_start(round_index)
        stream = await llm._predict(
            agent_chat,
            base if round_index == final_round else with_tools,
            extra_layers=(),
            on_message=None,
            on_first_token=first_token,
            on_fragment=fragment,
            on_progress=progress,
            timeout=timeout,
        )
        async with stream:
            result = await stream.result()
        if on_prediction_completed is not None:
            on_prediction_completed(PredictionRoundResult.from_result(result, round_index))
        calls = result.tool_calls
        if calls:
            outcomes = []
            for call in calls:
                content = await _run_tool(runner, client_tools, call, handle_invalid_tool_request)
                outcomes.append(
                    ChatMessagePartToolCallResult(content=content, tool_call_id=call.id)
                )
            request_message = agent_chat.add_assistant_response(result, calls)
            result_message = agent_chat.add_tool_results(outcomes)
            if on_message is not None:
                on_message(request_message)
                on_message(result_message)
        else:
            response_message = agent_chat.add_assistant_response(result, ())
            if on_message is not None:
                on_message(response_message)
        if on_round_end is not None:
            on_round_end(round_index)
        if result.failed_tool_calls:
            _invalid_request(
                f"The model's tool call could not be parsed: {result.failed_tool_calls[0]}",
                None,
                handle_invalid_tool_request,
            )
        if not calls:
            break
    return ActResult(rounds=round_index + 1, total_time_seconds=time.perf_counter() - started)


async def _run_tool(
    runner: AsyncToolRunner,
    tools: dict[str, ClientTool],
    call: ToolCallRequest,
    handler: InvalidToolRequestHandler | None,
) -> str:
    """The tool result the model gets for one call: the return value as JSON, or an error."""
    tool = tools.get(call.name)
    if tool is None:
        known = ", ".join(repr(name) for name in tools)
        return _invalid_request(
            f"There is no tool named {call.name!r}; the tools are {known}.", call, handler
        )
    try:
        arguments = tool.check_arguments(call.arguments)
    except ValueError as exc:
        return _invalid_request(
            f"The arguments for tool {call.name!r} do not fit its parameters: {exc}",
            call,
            handler,
        )
    try:
        value = await runner.run(tool, arguments)
        return json.dumps(value, ensure_ascii=False)
    except Exception as exc:  # noqa: BLE001 - reported to the model, as the official SDK does
        return _invalid_request(f"Tool {call.name!r} failed: {exc!r}", call, handler, cause=exc)


def _invalid_request(
    message: str,
    call: ToolCallRequest | None,
    handler: InvalidToolRequestHandler | None,
    *,
    cause: Exception | None = None,
) -> str:
    """Let the handler see (or reword) an invalid request; without a call to answer, raise."""
    if handler is not None:
        error = LMStudioPredictionError(message)
        error.__cause__ = cause
        replacement = handler(error, call)
        if replacement is not None:
            message = replacement
    if call is None:
        raise LMStudioPredictionError(message)
    return message
