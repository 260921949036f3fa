"""Tool use in the embedded server: the prompt, the streaming parser, and every tool-call packet.

Packet order and failure paths are tested with the replay engine's scripted mode (a real server on a
real socket, only the model replaced by a script that can also write malformed calls); what the real
model writes under the grammar is tested with SmolLM2 itself, asserting only what the grammar
guarantees (the call parses and fits the schema), never what the model chooses.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from websockets.sync.client import ClientConnection, connect

from lmsdk._generated.converter import STRICT
from lmsdk._generated.llm import PredictToClientPacket
from lmsdk._generated.tools import LlmTool, LlmToolFunction, LlmToolParameters
from lmsdk.server import EmbeddedServer
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.errors import ServerError
from lmsdk.server.replay_engine import ReplayEngine
from lmsdk.server.tool_use import (
    END_MARKER,
    START_MARKER,
    ToolCallArguments,
    ToolCallEnded,
    ToolCallFailed,
    ToolCallNamed,
    ToolCallParser,
    ToolCallStarted,
    ToolUse,
    call_schema,
    tool_system_prompt,
    with_tools,
)

ADD_PARAMETERS = {
    "type": "object",
    "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
    "required": ["a", "b"],
}
ADD = {
    "type": "function",
    "function": {"name": "add", "description": "Add two integers.", "parameters": ADD_PARAMETERS},
}
TOOLS = {"type": "toolArray", "tools": [ADD]}
QUERY = {"type": "query", "query": {"identifier": "smollm2-135m-instruct"}}
CALL = '{"name": "add", "arguments": {"a": 1, "b": 2}}'


def call_pieces(body: str = CALL) -> list[str]:
    """A call as a replayed model writes it: the markers whole, the body in small tokens."""
    return [START_MARKER, *[body[i : i + 5] for i in range(0, len(body), 5)], END_MARKER]


# --- the parser, without I/O ----------------------------------------------------------------------


def parse(chunks: Sequence[str]) -> list[Any]:
    parser = ToolCallParser(lambda: "id-1")
    events: list[Any] = []
    for chunk in chunks:
        events.extend(parser.feed(chunk))
    events.extend(parser.finish())
    return events


def text_of(events: Sequence[Any]) -> str:
    return "".join(e.text for e in events if type(e).__name__ == "Piece")


@pytest.mark.parametrize("size", [1, 3, 1000])
def test_parser_reports_a_call_as_it_streams_whatever_the_chunking(size: int) -> None:
    text = f"Sure. {START_MARKER}{CALL}{END_MARKER} Done."
    events = parse([text[i : i + size] for i in range(0, len(text), size)])
    kinds = [type(e) for e in events if type(e).__name__ != "Piece"]
    assert kinds[0] is ToolCallStarted and kinds[1] is ToolCallNamed
    assert kinds[-1] is ToolCallEnded and set(kinds[2:-1]) == {ToolCallArguments}
    assert "".join(e.text for e in events if isinstance(e, ToolCallArguments)) == (
        '{"a": 1, "b": 2}'
    )
    ended = next(e for e in events if isinstance(e, ToolCallEnded))
    assert ended.request.id == "id-1" and ended.request.name == "add"
    assert ended.request.arguments == {"a": 1, "b": 2} and ended.raw == CALL
    assert text_of(events) == "Sure.  Done."


def test_parser_passes_text_through_and_holds_back_only_a_possible_marker() -> None:
    parser = ToolCallParser()
    assert [e.text for e in parser.feed("a [TOOL")] == ["a "]
    assert [e.text for e in parser.feed("S]")] == ["[TOOLS]"]
    assert parser.feed("[TOOL_") == []
    assert [e.text for e in parser.finish()] == ["[TOOL_"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('{"name": "add", "arguments": {"a": 1,}}', "not valid JSON"),
        ('{"arguments": {"a": 1}}', 'string "name"'),
        ('["add", 1]', 'string "name"'),
        ('{"name": "add", "arguments": [1, 2]}', "must be a JSON object"),
    ],
)
def test_parser_fails_malformed_calls(body: str, reason: str) -> None:
    events = parse([f"{START_MARKER}{body}{END_MARKER} after"])
    failed = [e for e in events if isinstance(e, ToolCallFailed)]
    assert len(failed) == 1 and reason in failed[0].message and failed[0].raw == body
    assert not any(isinstance(e, ToolCallEnded) for e in events)
    assert text_of(events) == " after"


def test_parser_fails_a_call_the_generation_cut_off() -> None:
    events = parse([START_MARKER, '{"name": "add", "argu'])
    assert isinstance(events[-1], ToolCallFailed)
    assert "before the tool call was complete" in events[-1].message


def test_parser_handles_two_calls_and_strings_with_braces() -> None:
    second = '{"arguments": {"s": "}{\\"]"}, "name": "echo"}'
    events = parse([f"{START_MARKER}{CALL}{END_MARKER}{START_MARKER}{second}{END_MARKER}"])
    ended = [e.request for e in events if isinstance(e, ToolCallEnded)]
    assert [(r.name, r.arguments) for r in ended] == [
        ("add", {"a": 1, "b": 2}),
        ("echo", {"s": '}{"]'}),
    ]
    names = [e.name for e in events if isinstance(e, ToolCallNamed)]
    assert names == ["add", "echo"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
# Without "]" no run of text segments can spell a marker; "[" still tests the held-back prefixes.
plain_text = st.text(
    alphabet=st.characters(blacklist_characters="]"), max_size=12
) | st.sampled_from(["[", "[TOOL", "[TOOL_REQUEST", "[END_TOOL_REQUEST", "x [TOOL_REQ"])
segments = st.lists(
    st.one_of(
        plain_text.map(lambda t: ("text", t)),
        st.tuples(
            st.text(min_size=1, max_size=8), st.dictionaries(st.text(max_size=5), json_values)
        ).map(lambda c: ("call", c)),
    ),
    max_size=5,
)


@settings(max_examples=200, deadline=None)
@given(parts=segments, cuts=st.lists(st.integers(0, 400), max_size=12))
def test_parser_property_text_and_calls_survive_any_chunking(
    parts: list[tuple[str, Any]], cuts: list[int]
) -> None:
    text = ""
    expected_text = ""
    expected_calls = []
    for kind, value in parts:
        if kind == "text":
            text += value
            expected_text += value
        else:
            name, arguments = value
            body = json.dumps({"name": name, "arguments": arguments})
            text += f"{START_MARKER}{body}{END_MARKER}"
            expected_calls.append((name, arguments))
    points = sorted({c for c in cuts if c < len(text)} | {0, len(text)})
    events = parse([text[a:b] for a, b in zip(points, points[1:], strict=False)])
    # Text that merely looks like the start of a marker around a call is still plain text.
    assert text_of(events) == expected_text
    ended = [e.request for e in events if isinstance(e, ToolCallEnded)]
    assert [(r.name, r.arguments) for r in ended] == expected_calls
    assert not any(isinstance(e, ToolCallFailed) for e in events)
    streamed = "".join(e.text for e in events if isinstance(e, ToolCallArguments))
    assert streamed == "".join(json.dumps(args) for _, args in expected_calls)


# --- settings, prompt and grammar -----------------------------------------------------------------


def test_tool_settings() -> None:
    assert ToolUse.from_config({}) is None
    assert ToolUse.from_config({"llm.prediction.tools": {"type": "none"}}) is None
    auto = ToolUse.from_config({"llm.prediction.tools": TOOLS})
    assert auto is not None and not auto.required
    assert [t.function.name for t in auto.tools] == ["add"]
    forced = ToolUse.from_config({"llm.prediction.tools": {**TOOLS, "force": True}})
    assert forced is not None and forced.required
    choice = {"type": "generic", "mode": "required"}
    required = ToolUse.from_config(
        {"llm.prediction.tools": TOOLS, "llm.prediction.toolChoice": choice}
    )
    assert required is not None and required.required
    none = {"type": "generic", "mode": "none"}
    assert (
        ToolUse.from_config({"llm.prediction.tools": TOOLS, "llm.prediction.toolChoice": none})
        is None
    )


def test_server_default_tool_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LMSDK_TOOL_CHOICE", "required")
    found = ToolUse.from_config({"llm.prediction.tools": TOOLS})
    assert found is not None and found.required
    auto = {"type": "generic", "mode": "auto"}
    asked = ToolUse.from_config({"llm.prediction.tools": TOOLS, "llm.prediction.toolChoice": auto})
    assert asked is not None and not asked.required  # the request's own choice wins
    monkeypatch.setenv("LMSDK_TOOL_CHOICE", "sometimes")
    with pytest.raises(ServerError, match="LMSDK_TOOL_CHOICE"):
        ToolUse.from_config({"llm.prediction.tools": TOOLS})


@pytest.mark.parametrize(
    "merged",
    [
        {"llm.prediction.tools": {"type": "toolArray", "tools": [ADD, ADD]}},
        {"llm.prediction.tools": TOOLS, "llm.prediction.structured": {"type": "json"}},
        {"llm.prediction.tools": {"type": "toolArray", "tools": [{"type": "function"}]}},
        {"llm.prediction.tools": TOOLS, "llm.prediction.toolChoice": {"mode": "sometimes"}},
    ],
)
def test_bad_tool_settings_are_refused(merged: dict[str, Any]) -> None:
    with pytest.raises(ServerError):
        ToolUse.from_config(merged)


def tool(name: str, parameters: dict[str, Any]) -> LlmTool:
    return LlmTool(
        function=LlmToolFunction(
            name=name, parameters=STRICT.structure(parameters, LlmToolParameters)
        )
    )


def test_the_prompt_lists_the_tools_and_the_call_format() -> None:
    add = tool("add", ADD_PARAMETERS)
    prompt = tool_system_prompt([add])
    assert START_MARKER in prompt and END_MARKER in prompt and '"name": "add"' in prompt
    messages = with_tools([{"role": "user", "content": "hi"}], [add])
    assert messages[0] == {"role": "system", "content": prompt}
    merged = with_tools([{"role": "system", "content": "Be brief."}], [add])
    assert merged[0]["content"].startswith("Be brief.\n\n") and len(merged) == 1


def test_call_schema_admits_exactly_the_calls_that_fit() -> None:
    point = {
        "type": "object",
        "properties": {"p": {"$ref": "#/$defs/P"}},
        "required": ["p"],
        "$defs": {"P": {"type": "integer", "minimum": 0}},
    }
    other = {
        "type": "object",
        "properties": {"p": {"$ref": "#/$defs/P"}},
        "$defs": {"P": {"type": "string"}},
    }
    schema = call_schema([tool("f", point), tool("g", other)])
    fits = jsonschema.Draft202012Validator(schema).is_valid
    assert fits({"name": "f", "arguments": {"p": 3}})
    assert fits({"name": "g", "arguments": {"p": "x"}})
    assert not fits({"name": "f", "arguments": {"p": "x"}})
    assert not fits({"name": "f", "arguments": {"p": -1}})
    assert not fits({"name": "h", "arguments": {}})


# --- packets on the wire, from a scripted model ---------------------------------------------------


@contextmanager
def scripted_server(scripts: Sequence[Sequence[str]], delay: float = 0.0) -> Iterator[str]:
    def factory(entry: ModelEntry, context_length: int) -> ReplayEngine:
        return ReplayEngine(
            model_key=entry.key, context_length=context_length, scripts=scripts, piece_delay=delay
        )

    with EmbeddedServer(engine_factory=factory) as server:
        yield server.api_host


def authed(api_host: str) -> ClientConnection:
    ws = connect(f"ws://{api_host}/llm", open_timeout=10, max_size=None, legacy=True)
    ws.send(json.dumps({"authVersion": 1, "clientIdentifier": "t", "clientPasskey": "p"}))
    assert json.loads(ws.recv(timeout=10)) == {"success": True}
    return ws


def predict(
    ws: ClientConnection,
    channel_id: int,
    fields: dict[str, Any],
    messages: list[dict[str, Any]] | None = None,
) -> None:
    history = messages or [{"role": "user", "content": [{"type": "text", "text": "1 + 2?"}]}]
    ws.send(
        json.dumps(
            {
                "type": "channelCreate",
                "endpoint": "predict",
                "channelId": channel_id,
                "creationParameter": {
                    "modelSpecifier": QUERY,
                    "history": {"messages": history},
                    "predictionConfigStack": {
                        "layers": [
                            {
                                "layerName": "apiOverride",
                                "config": {
                                    "fields": [{"key": k, "value": v} for k, v in fields.items()]
                                },
                            }
                        ]
                    },
                },
            }
        )
    )


def packets(ws: ClientConnection, channel_id: int, timeout: float = 60) -> list[dict[str, Any]]:
    """The channel's messages up to its close; each is also decoded as the schema says."""
    deadline = time.monotonic() + timeout
    seen: list[dict[str, Any]] = []
    while True:
        frame = json.loads(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
        if frame.get("channelId") != channel_id:
            continue
        if frame["type"] == "channelError":
            raise AssertionError(f"channel error: {frame['error']}")
        if frame["type"] == "channelClose":
            return seen
        STRICT.structure(frame["message"], PredictToClientPacket)  # type: ignore[arg-type]
        seen.append(frame["message"])


def of_type(seen: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [p for p in seen if p["type"] == kind]


def fragments(seen: list[dict[str, Any]]) -> str:
    return "".join(p["fragment"]["content"] for p in of_type(seen, "fragment"))


def test_every_tool_call_packet_in_order() -> None:
    script = ["Let", " me", " add.", *call_pieces(), " Done."]
    with scripted_server([script]) as host, authed(host) as ws:
        predict(ws, 1, {"llm.prediction.tools": TOOLS})
        seen = packets(ws, 1)
    kinds = [p["type"] for p in seen if p["type"] != "promptProcessingProgress"]
    start = kinds.index("toolCallGenerationStart")
    assert set(kinds[:start]) == {"fragment"}
    assert kinds[start + 1] == "toolCallGenerationNameReceived"
    end = kinds.index("toolCallGenerationEnd")
    assert set(kinds[start + 2 : end]) == {"toolCallGenerationArgumentFragmentGenerated"}
    assert set(kinds[end + 1 : -1]) == {"fragment"} and kinds[-1] == "success"
    assert fragments(seen) == "Let me add. Done."
    call_id = of_type(seen, "toolCallGenerationStart")[0]["toolCallId"]
    assert of_type(seen, "toolCallGenerationNameReceived")[0]["name"] == "add"
    arguments = of_type(seen, "toolCallGenerationArgumentFragmentGenerated")
    assert "".join(p["content"] for p in arguments) == '{"a": 1, "b": 2}'
    ended = of_type(seen, "toolCallGenerationEnd")[0]
    assert ended["toolCallRequest"] == {
        "type": "function",
        "id": call_id,
        "name": "add",
        "arguments": {"a": 1, "b": 2},
    }
    assert ended["rawContent"] == CALL
    assert seen[-1]["stats"]["stopReason"] == "toolCalls"


def test_a_malformed_call_is_reported_as_failed() -> None:
    body = '{"name": "add", "arguments": {"a": 1,'
    with scripted_server([["Hm.", *call_pieces(body)]]) as host, authed(host) as ws:
        predict(ws, 1, {"llm.prediction.tools": TOOLS})
        seen = packets(ws, 1)
    failed = of_type(seen, "toolCallGenerationFailed")
    assert len(failed) == 1 and failed[0]["rawContent"] == body
    assert "not valid JSON" in failed[0]["error"]["cause"]
    assert not of_type(seen, "toolCallGenerationEnd")
    assert seen[-1]["stats"]["stopReason"] == "eosFound"


def test_a_call_cut_off_by_max_tokens_fails() -> None:
    with scripted_server([call_pieces()]) as host, authed(host) as ws:
        fields = {
            "llm.prediction.tools": TOOLS,
            "llm.prediction.maxPredictedTokens": {"checked": True, "value": 4},
        }
        predict(ws, 1, fields)
        seen = packets(ws, 1)
    kinds = [p["type"] for p in seen]
    assert kinds.count("toolCallGenerationStart") == kinds.count("toolCallGenerationFailed") == 1
    assert seen[-1]["stats"]["stopReason"] == "maxPredictedTokensReached"
    assert seen[-1]["stats"]["predictedTokensCount"] == 4


def test_cancel_during_a_tool_call() -> None:
    long_call = '{"name": "add", "arguments": {"a": 1' + "0" * 60 + ', "b": 2}}'
    with scripted_server([["Ok.", *call_pieces(long_call)]], delay=0.05) as host:
        with authed(host) as ws:
            predict(ws, 1, {"llm.prediction.tools": TOOLS})
            seen: list[dict[str, Any]] = []
            while not of_type(seen, "toolCallGenerationArgumentFragmentGenerated"):
                frame = json.loads(ws.recv(timeout=30))
                seen.append(frame["message"])
            ws.send(
                json.dumps({"type": "channelSend", "channelId": 1, "message": {"type": "cancel"}})
            )
            seen.extend(packets(ws, 1))
    failed = of_type(seen, "toolCallGenerationFailed")
    assert len(failed) == 1 and failed[0]["rawContent"].startswith('{"name": "add"')
    assert not of_type(seen, "toolCallGenerationEnd")
    assert seen[-1]["stats"]["stopReason"] == "userStopped"


def test_without_tools_the_markers_are_just_text() -> None:
    script = ["A", *call_pieces()]
    none = {"type": "generic", "mode": "none"}
    with scripted_server([script]) as host, authed(host) as ws:
        predict(ws, 1, {})
        plain = packets(ws, 1)
        predict(ws, 2, {"llm.prediction.tools": TOOLS, "llm.prediction.toolChoice": none})
        declined = packets(ws, 2)
    for seen in (plain, declined):
        assert fragments(seen) == "".join(script)
        assert not [p for p in seen if p["type"].startswith("toolCall")]


def test_tool_results_in_the_history_reach_the_model() -> None:
    history = [
        {"role": "user", "content": [{"type": "text", "text": "1 + 2?"}]},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": ""},
                {
                    "type": "toolCallRequest",
                    "toolCallRequest": {
                        "type": "function",
                        "id": "7",
                        "name": "add",
                        "arguments": {"a": 1, "b": 2},
                    },
                },
            ],
        },
        {
            "role": "tool",
            "content": [{"type": "toolCallResult", "content": "3", "toolCallId": "7"}],
        },
    ]
    scripts = [call_pieces(), ["It", " is", " 3."]]
    with scripted_server(scripts) as host, authed(host) as ws:
        predict(ws, 1, {"llm.prediction.tools": TOOLS}, history)
        seen = packets(ws, 1)
        ws.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "applyPromptTemplate",
                    "callId": 2,
                    "parameter": {
                        "specifier": QUERY,
                        "history": {"messages": history},
                        "predictionConfigStack": {"layers": []},
                        "opts": {},
                    },
                }
            )
        )
        formatted = json.loads(ws.recv(timeout=30))["result"]["formatted"]
    # The script for a prompt with one tool result is the answer: the result reached the prompt.
    assert fragments(seen) == "It is 3." and seen[-1]["stats"]["stopReason"] == "eosFound"
    assert f"{START_MARKER}{CALL}{END_MARKER}" in formatted
    assert "<|im_start|>tool\n3<|im_end|>" in formatted


# --- the real model -------------------------------------------------------------------------------


def real_predict(api_host: str, fields: dict[str, Any], text: str) -> list[dict[str, Any]]:
    with authed(api_host) as ws:
        predict(ws, 1, fields, [{"role": "user", "content": [{"type": "text", "text": text}]}])
        return packets(ws, 1, timeout=120)


def check_pairing(seen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every started call ends exactly once; the ended calls are returned."""
    open_call = False
    for packet in seen:
        kind = packet["type"]
        if kind == "toolCallGenerationStart":
            assert not open_call
            open_call = True
        elif kind in ("toolCallGenerationEnd", "toolCallGenerationFailed"):
            assert open_call
            open_call = False
        elif kind.startswith("toolCallGeneration"):
            assert open_call
    assert not open_call
    return of_type(seen, "toolCallGenerationEnd")


WEATHER = {
    "type": "function",
    "function": {
        "name": "forecast",
        "description": "The weather forecast for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "days": {"type": "integer"},
                "unit": {"enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "days", "unit"],
        },
    },
}


def test_real_model_required_call_fits_the_schema(api_host: str) -> None:
    fields = {
        "llm.prediction.tools": {"type": "toolArray", "tools": [ADD, WEATHER]},
        "llm.prediction.toolChoice": {"type": "generic", "mode": "required"},
        "llm.prediction.maxPredictedTokens": {"checked": True, "value": 200},
        "llm.prediction.temperature": 0.7,
    }
    for text in ("What is 17 + 25?", "Will it rain in Paris this week?"):
        seen = real_predict(api_host, fields, text)
        ended = check_pairing(seen)
        assert ended, seen
        request = ended[0]["toolCallRequest"]
        tool_def = {"add": ADD, "forecast": WEATHER}[request["name"]]
        jsonschema.validate(request["arguments"], tool_def["function"]["parameters"])
        assert seen[-1]["stats"]["stopReason"] == "toolCalls"
        assert fragments(seen) == ""  # a required call comes first


def test_real_model_auto_mode_keeps_the_protocol(api_host: str) -> None:
    fields = {
        "llm.prediction.tools": TOOLS,
        "llm.prediction.maxPredictedTokens": {"checked": True, "value": 120},
        "llm.prediction.temperature": 0.0,
    }
    for text in ("Use the add tool to add 3 and 4.", "Say hello."):
        seen = real_predict(api_host, fields, text)
        for ended in check_pairing(seen):
            jsonschema.validate(ended["toolCallRequest"]["arguments"], ADD_PARAMETERS)
        assert START_MARKER not in fragments(seen)


# --- the official client --------------------------------------------------------------------------


def test_official_client_act_against_lmsdk_serve(
    api_host: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lmstudio

    # lmstudio-python 1.5.0 cannot send toolChoice: the server's default forces round 0's call.
    monkeypatch.setenv("LMSDK_TOOL_CHOICE", "required")
    calls: list[tuple[int, int]] = []

    def add(a: int, b: int) -> int:
        """Add two integers and return their sum."""
        calls.append((a, b))
        return a + b

    messages: list[Any] = []
    rounds: list[Any] = []
    fragments: list[int] = []
    with lmstudio.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.act(
            "What is 12 + 30?",
            [add],
            max_prediction_rounds=2,
            config={"maxTokens": 60, "temperature": 0},
            on_message=messages.append,
            on_prediction_completed=rounds.append,
            on_prediction_fragment=lambda fragment, index: fragments.append(index),
        )
    assert result.rounds == 2 and len(calls) == 1
    assert all(type(n) is int for n in calls[0])
    assert [r.round_index for r in rounds] == [0, 1]
    assert rounds[0].stats.stop_reason == "toolCalls"
    assert rounds[1].stats.stop_reason != "toolCalls" and rounds[1].content.strip()
    request, tool_result, answer = (m.to_dict() for m in messages)
    call = request["content"][-1]["toolCallRequest"]
    assert call["name"] == "add" and call["arguments"] == {"a": calls[0][0], "b": calls[0][1]}
    assert tool_result["content"][0] == {
        "type": "toolCallResult",
        "content": str(sum(calls[0])),
        "toolCallId": call["id"],
    }
    assert answer["content"] == [{"type": "text", "text": rounds[1].content}]
    assert 1 in fragments


def test_a_schema_no_grammar_can_enforce_still_gives_a_parsed_call(api_host: str) -> None:
    mail = {
        "type": "function",
        "function": {
            "name": "send",
            "parameters": {
                "type": "object",
                "properties": {"to": {"type": "string", "format": "email"}},
                "required": ["to"],
            },
        },
    }
    relaxed = call_schema([tool("send", mail["function"]["parameters"])], for_grammar=True)
    assert relaxed["properties"]["arguments"] == {"type": "object", "additionalProperties": True}
    fields = {
        "llm.prediction.tools": {"type": "toolArray", "tools": [mail]},
        "llm.prediction.toolChoice": {"type": "generic", "mode": "required"},
        "llm.prediction.maxPredictedTokens": {"checked": True, "value": 80},
    }
    seen = real_predict(api_host, fields, "Mail bob@example.com.")
    failed = of_type(seen, "toolCallGenerationFailed")
    ended = check_pairing(seen)
    # The grammar still makes a JSON object of the arguments (the client checks the rest), unless
    # the token cap cut the call off.
    assert ended or (failed and seen[-1]["stats"]["stopReason"] == "maxPredictedTokensReached")
    for call in ended:
        assert call["toolCallRequest"]["name"] == "send"
        assert isinstance(call["toolCallRequest"]["arguments"], dict)


async def test_cancelling_act_mid_call_stops_the_round_and_keeps_the_earlier_ones() -> None:
    import asyncio

    from lmsdk import AsyncClient

    slow = '{"name": "add", "arguments": {"a": 1, "b": 2' + " " * 2000 + "}}"
    scripts = [call_pieces(), ["Again.", *call_pieces(slow)]]
    added: list[int] = []

    def add(a: int, b: int) -> int:
        """Add two integers."""
        added.append(a + b)
        return a + b

    messages: list[Any] = []
    with scripted_server(scripts, delay=0.02) as host:
        async with AsyncClient(host) as client:
            model = await client.llm.model("smollm2-135m-instruct")
            task = asyncio.create_task(model.act("1 + 2?", [add], on_message=messages.append))
            deadline = time.monotonic() + 30
            while len(messages) < 2 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # round 1 is writing its slow call
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            started = time.monotonic()
            after = await model.respond("1 + 2?", tools=[add])
    assert [m.role for m in messages] == ["assistant", "tool"] and added == [3]
    # The cancelled round no longer holds the model: the next request runs at once.
    assert after.tool_calls and time.monotonic() - started < 5  # the slow call takes 8 s


# A template that presents tools itself, Hermes style; it refuses to render without the tools or
# with a call in the default format, so a passing test shows the native path was taken.
HERMES_TEMPLATE = (
    "{% if not tools %}{{ raise_exception('the template got no tools') }}{% endif %}"
    "{% for m in messages %}{% if '[TOOL_REQUEST]' in m['content'] %}"
    "{{ raise_exception('a call in the default format') }}{% endif %}{% endfor %}"
    "{{ '<|im_start|>system\\n<tools>' + (tools | tojson) + '</tools> Call a tool as "
    '<tool_call>{"name": ..., "arguments": ...}</tool_call><|im_end|>\\n\' }}'
    "{% for m in messages %}"
    "{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)


def test_a_template_that_presents_tools_gets_them_natively() -> None:
    import lmsdk

    scripts = [
        [
            "Sure.",
            "<tool_call>",
            '{"name": "add", ',
            '"arguments": {"a": 1, "b": 2}}',
            "</tool_call>",
        ],
        ["It", " is", " 3."],
    ]

    def factory(entry: ModelEntry, context_length: int) -> ReplayEngine:
        return ReplayEngine(
            model_key=entry.key,
            context_length=context_length,
            scripts=scripts,
            chat_template=HERMES_TEMPLATE,
        )

    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    rounds: list[Any] = []
    with EmbeddedServer(engine_factory=factory) as server:
        with lmsdk.Client(server.api_host) as client:
            model = client.llm.model("smollm2-135m-instruct")
            result = model.act("1 + 2?", [add], on_prediction_completed=rounds.append)
            with authed(server.api_host) as ws:
                predict(ws, 1, {"llm.prediction.tools": TOOLS})
                seen = packets(ws, 1)
    assert result.rounds == 2
    assert rounds[0].content == "Sure." and rounds[0].stats.stop_reason == "toolCalls"
    assert rounds[0].tool_calls[0].arguments == {"a": 1, "b": 2}
    assert rounds[1].content == "It is 3."
    ended = of_type(seen, "toolCallGenerationEnd")
    assert ended[0]["toolCallRequest"]["name"] == "add" and fragments(seen) == "Sure."
