"""Tool use without I/O: Chat's tool-call messages round-trip, and tools describe and check themselves.

The message values come from the schema (tests/protocol/strategies.py), so any tool-call request or
tool result the protocol admits must survive `Chat` -> JSON -> `Chat.from_history`.
"""

from __future__ import annotations

import enum
import json
from typing import Annotated, Any, Literal

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lmsdk import Chat, LMStudioClientError, ToolFunctionDef
from lmsdk._generated.chat import (
    ChatMessageAssistant,
    ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult,
    ChatMessageTool,
)
from lmsdk._generated.tools import ToolCallRequest
from lmsdk.tools import parse_tools, tool_use_setting
from tests.protocol.strategies import PROFILE, model_values

PROTOCOL_SETTINGS = settings(settings.get_profile(PROFILE))


@PROTOCOL_SETTINGS
@given(assistant=model_values(ChatMessageAssistant), tool=model_values(ChatMessageTool))
def test_tool_messages_round_trip_through_json(
    assistant: ChatMessageAssistant, tool: ChatMessageTool
) -> None:
    chat = Chat("system")
    chat.add_user_message("question")
    chat.append(assistant)
    chat.append(tool)
    again = Chat.from_history(chat.to_json())
    assert again == chat
    assert Chat.from_history(json.loads(chat.to_json())["messages"]) == chat
    assert Chat.from_history(chat.to_history()) == chat
    str(again)  # every part kind has a text form


@PROTOCOL_SETTINGS
@given(
    text=st.text(max_size=20),
    requests=st.lists(model_values(ToolCallRequest), max_size=3),
    results=st.lists(model_values(ChatMessagePartToolCallResult), min_size=1, max_size=3),
)
def test_chat_builds_tool_messages(
    text: str, requests: list[ToolCallRequest], results: list[ChatMessagePartToolCallResult]
) -> None:
    chat = Chat()
    request_message = chat.add_assistant_response(text, requests)
    result_message = chat.add_tool_results(results)
    assert [p.tool_call_request for p in request_message.content[1:]] == requests
    assert result_message.content == results
    # The JSON forms are accepted too, in camelCase or snake_case.
    again = Chat()
    again.add_assistant_response(
        text,
        [
            {
                k: v
                for k, v in {"id": r.id, "name": r.name, "arguments": r.arguments}.items()
                if v is not None
            }
            for r in requests
        ],
    )
    again.add_tool_results(
        [{"content": r.content, "tool_call_id": r.tool_call_id, "name": r.name} for r in results]
    )
    assert again == chat
    assert Chat.from_history(chat.to_json()) == chat


def test_openai_style_tool_message_dict() -> None:
    chat = Chat.from_history([{"role": "tool", "content": "42", "toolCallId": "7"}])
    (message,) = chat.messages
    assert isinstance(message, ChatMessageTool)
    assert message.content == [ChatMessagePartToolCallResult(content="42", tool_call_id="7")]


def test_bad_tool_messages_are_refused_with_where() -> None:
    with pytest.raises(LMStudioClientError, match="tool call 0"):
        Chat().add_assistant_response("x", [{"arguments": {}}])
    with pytest.raises(LMStudioClientError, match="tool result 1"):
        Chat().add_tool_results([{"content": "a"}, {"toolCallId": "1"}])


def test_result_tool_calls_go_into_the_assistant_message() -> None:
    request = ToolCallRequest(id="1", name="f", arguments={})
    message = Chat().add_assistant_response("", [request])
    assert message.content[-1] == ChatMessagePartToolCallRequest(tool_call_request=request)


# --- tools describe themselves --------------------------------------------------------------------


class Unit(enum.Enum):
    C = "celsius"
    F = "fahrenheit"


def forecast(
    city: str,
    days: int,
    unit: Unit = Unit.C,
    detail: Literal["short", "long"] = "short",
    stations: list[str] | None = None,
    weights: dict[str, float] | None = None,
    note: Annotated[str, "free text"] = "",
) -> str:
    """Tell the weather.

    More text about the tool.

    Args:
        city: the city's name.
        days: how many days,
            from today.
        unit: the temperature unit.

    Returns:
        The forecast.
    """
    return city


def test_a_function_describes_itself() -> None:
    (tool,) = parse_tools([forecast], allow_async=False).values()
    function = tool.definition.function
    assert function.name == "forecast"
    assert function.description == "Tell the weather.\n\nMore text about the tool."
    schema = tool.schema
    assert schema["required"] == ["city", "days"] and schema["additionalProperties"] is False
    props = schema["properties"]
    assert props["city"] == {"type": "string", "description": "the city's name."}
    assert props["days"] == {"type": "integer", "description": "how many days, from today."}
    assert props["unit"]["enum"] == ["celsius", "fahrenheit"]
    assert props["detail"] == {"enum": ["short", "long"], "default": "short"}
    assert props["stations"]["anyOf"] == [
        {"type": "array", "items": {"type": "string"}},
        {"type": "null"},
    ]
    assert props["weights"]["anyOf"][0] == {
        "type": "object",
        "additionalProperties": {"type": "number"},
    }
    assert props["note"] == {"type": "string", "description": "free text", "default": ""}
    jsonschema.Draft202012Validator.check_schema(schema)
    setting = tool_use_setting({"forecast": tool})
    assert setting.tools is not None and setting.tools[0].function.parameters is not None


def test_explicit_definitions_python_types_and_json_schema() -> None:
    def run(**kwargs: Any) -> Any:
        return kwargs

    typed = ToolFunctionDef(
        name="typed",
        description="Python types.",
        parameters={"n": int, "label": {"type": str, "default": "x"}},
        implementation=run,
    )
    explicit = {
        "name": "explicit",
        "description": "A JSON schema.",
        "parameters": {
            "type": "object",
            "properties": {"n": {"type": "integer", "minimum": 1, "maximum": 5}},
            "required": ["n"],
        },
        "implementation": run,
    }
    tools = parse_tools([typed, explicit, forecast], allow_async=False)
    assert list(tools) == ["typed", "explicit", "forecast"]
    assert tools["typed"].schema["properties"]["label"] == {"type": "string", "default": "x"}
    assert tools["typed"].schema["required"] == ["n"]
    check = tools["explicit"].check_arguments
    assert check({"n": 3.0}) == {"n": 3} and type(check({"n": 3.0})["n"]) is int
    for bad, why in [({}, "missing 'n'"), ({"n": 9}, "<= 5"), ({"n": True}, "type integer")]:
        with pytest.raises(ValueError, match=why):
            check(bad)


@pytest.mark.parametrize(
    ("arguments", "why"),
    [
        ({"city": 3, "days": 1}, "arguments.city must be of type string"),
        ({"city": "x", "days": 1, "unit": "kelvin"}, "must be one of"),
        ({"city": "x", "days": 1, "extra": 1}, "unknown key 'extra'"),
        ({"city": "x", "days": 1, "stations": ["a", 2]}, "does not fit any"),
        ({"city": "x", "days": 1.5}, "type integer"),
    ],
)
def test_arguments_that_do_not_fit_are_explained(arguments: dict[str, Any], why: str) -> None:
    (tool,) = parse_tools([forecast], allow_async=False).values()
    with pytest.raises(ValueError, match=why):
        tool.check_arguments(arguments)


class Opaque:
    pass


def test_unusable_tools_are_refused() -> None:
    def takes_object(x: Opaque) -> None:
        """No JSON form."""

    def keyed(x: dict[int, str]) -> None:
        """Integer keys."""

    async def later() -> None:
        """Async."""

    with pytest.raises(LMStudioClientError, match="no JSON schema"):
        parse_tools([takes_object], allow_async=False)
    with pytest.raises(LMStudioClientError, match="string keys"):
        parse_tools([keyed], allow_async=False)
    with pytest.raises(LMStudioClientError, match="is async"):
        parse_tools([later], allow_async=False)
    assert parse_tools([later], allow_async=True)["later"].is_async
    with pytest.raises(LMStudioClientError, match="a list of tools"):
        parse_tools(forecast, allow_async=False)  # type: ignore[arg-type]
    with pytest.raises(LMStudioClientError, match="'type' key"):
        parse_tools(
            [ToolFunctionDef(name="t", description="", parameters={"x": {}}, implementation=keyed)],
            allow_async=False,
        )
