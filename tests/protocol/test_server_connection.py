"""The sans-I/O server connection, driven with frames as text: no sockets, no event loop."""

from __future__ import annotations

import json
from typing import Any

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.common import SerializedError
from lmsdk._generated.endpoints import LLM_ENDPOINTS
from lmsdk._generated.llm import PredictCancelPacket
from lmsdk._protocol.events import PeerWarning
from lmsdk._protocol.server import (
    MAX_FRAME_CHARS,
    MAX_WARNINGS,
    ApiToken,
    ChannelOpened,
    ChannelPacket,
    Reply,
    RpcCalled,
    ServerConnection,
    ServerEvent,
    Warned,
    check_auth,
)

SERVED = ("predict", "countTokens")


class Router:
    """Serves two endpoints of the llm namespace."""

    def served(self, endpoint: str, kind: str) -> EndpointSpec | None:
        spec = LLM_ENDPOINTS.get(endpoint)
        return spec if spec is not None and spec.kind == kind and endpoint in SERVED else None

    def unknown_endpoint(self, kind: str, endpoint: str) -> str:
        return f"Unknown {kind} endpoint llm/{endpoint}"


def receive(conn: ServerConnection, frame: dict[str, Any]) -> list[ServerEvent]:
    return conn.receive(json.dumps(frame))


def replies(events: list[ServerEvent]) -> list[dict[str, Any]]:
    return [e.message for e in events if isinstance(e, Reply)]


PREDICT = {
    "modelSpecifier": {"type": "instanceReference", "instanceReference": "m"},
    "history": {"messages": []},
    "predictionConfigStack": {"layers": []},
}


def open_predict(conn: ServerConnection, channel_id: int = 1) -> ChannelOpened:
    events = receive(
        conn,
        {
            "type": "channelCreate",
            "endpoint": "predict",
            "channelId": channel_id,
            "creationParameter": PREDICT,
        },
    )
    assert len(events) == 1 and isinstance(events[0], ChannelOpened)
    return events[0]


def test_keep_alive_is_acknowledged() -> None:
    assert replies(receive(ServerConnection(Router()), {"type": "keepAlive"})) == [
        {"type": "keepAliveAck"}
    ]


def test_a_channel_lives_from_create_to_its_end_frame() -> None:
    conn = ServerConnection(Router())
    opened = open_predict(conn, 3)
    assert opened.spec.name == "predict" and conn.is_open(3)
    events = receive(
        conn, {"type": "channelSend", "channelId": 3, "message": {"type": "cancel"}, "ackId": 9}
    )
    assert events == [
        Reply({"type": "channelAck", "channelId": 3, "ackId": 9}),
        ChannelPacket(3, PredictCancelPacket()),
    ]
    assert conn.channel_end(3, None) == {"type": "channelClose", "channelId": 3}
    conn.channel_done(3)
    assert not conn.is_open(3)
    # The id is free again, and a packet for the ended channel is refused with a warning.
    late = receive(conn, {"type": "channelSend", "channelId": 3, "message": {"type": "cancel"}})
    assert [type(e) for e in late] == [Warned, Reply]
    assert "channel 3, which is not open" in replies(late)[0]["warning"]


def test_a_second_create_for_an_open_channel_is_ignored_with_a_warning() -> None:
    conn = ServerConnection(Router())
    open_predict(conn, 1)
    events = receive(
        conn,
        {"type": "channelCreate", "endpoint": "predict", "channelId": 1, "creationParameter": {}},
    )
    (warning,) = replies(events)
    assert warning["kind"] == "channelAlreadyOpen"


def test_an_unknown_endpoint_gets_a_warning_and_the_error_for_its_id() -> None:
    conn = ServerConnection(Router())
    events = receive(conn, {"type": "rpcCall", "endpoint": "nope", "callId": 4})
    warning, error = replies(events)
    assert warning["kind"] == "rpcEndpointUnknown"
    assert error == {
        "type": "rpcError",
        "callId": 4,
        "error": {
            "title": "Unknown RPC endpoint llm/nope",
            "rootTitle": "Unknown RPC endpoint llm/nope",
        },
    }


def test_an_invalid_parameter_names_the_wire_path() -> None:
    conn = ServerConnection(Router())
    bad = {**PREDICT, "history": {"messages": 5}}
    events = receive(
        conn,
        {"type": "channelCreate", "endpoint": "predict", "channelId": 2, "creationParameter": bad},
    )
    warning, error = replies(events)
    assert warning["kind"] == "channelCreationParameterTypeError"
    assert "history" in error["error"]["title"] and error["channelId"] == 2


def test_a_valid_call_is_handed_over_and_answered_through_the_core() -> None:
    conn = ServerConnection(Router())
    (called,) = receive(
        conn,
        {
            "type": "rpcCall",
            "endpoint": "countTokens",
            "callId": 8,
            "parameter": {
                "specifier": {"type": "instanceReference", "instanceReference": "m"},
                "inputString": "hi",
            },
        },
    )
    assert isinstance(called, RpcCalled) and called.call_id == 8
    error = SerializedError(title="no", root_title="no")
    assert conn.rpc_error(8, error)["error"]["title"] == "no"


def test_warnings_stop_after_the_cap_but_are_still_reported_for_the_log() -> None:
    conn = ServerConnection(Router())
    for _ in range(MAX_WARNINGS):
        assert len(replies(conn.receive("not json"))) == 1
    events = conn.receive("not json")
    assert replies(events) == [] and events == [Warned(events[0].warning, "unknown", sent=False)]  # type: ignore[union-attr]


def test_a_too_long_frame_fails_the_request_its_head_names() -> None:
    conn = ServerConnection(Router())
    frame = (
        '{"type":"rpcCall","callId":12,"endpoint":"countTokens","parameter":"'
        + "x" * MAX_FRAME_CHARS
    )
    warning, error = replies(conn.receive(frame))
    assert "the limit is" in warning["warning"]
    assert error["type"] == "rpcError" and error["callId"] == 12


def test_client_warnings_become_events_for_the_log() -> None:
    conn = ServerConnection(Router())
    events = receive(conn, {"type": "communicationWarning", "warning": "hm", "kind": "x"})
    assert events == [PeerWarning("hm", "x")]


def test_auth_with_and_without_a_token() -> None:
    packet = json.dumps({"authVersion": 1, "clientIdentifier": "a", "clientPasskey": "b"})
    assert check_auth(packet, None).success
    assert check_auth(packet, ApiToken("a", "b")).success
    assert not check_auth(packet, ApiToken("a", "c")).success
    refused = check_auth('{"type": "keepAlive"}', None)
    assert not refused.success and "authentication packet" in (refused.error or "")
