"""The sans-I/O client connection, driven with frames as text: no sockets, no event loop."""

from __future__ import annotations

import json

import pytest

from lmsdk._generated.endpoints import LLM_ENDPOINTS, SYSTEM_ENDPOINTS
from lmsdk._generated.llm import CountTokensResult, PredictCancelPacket, PredictFragmentPacket
from lmsdk._protocol.connection import ClientConnection
from lmsdk._protocol.events import (
    AuthAccepted,
    AuthRejected,
    ChannelClosed,
    ChannelFailed,
    ChannelMessage,
    PeerWarning,
    ProtocolViolation,
    RpcFailed,
    RpcSucceeded,
)


def opened() -> ClientConnection:
    conn = ClientConnection("llm", "guest:abc", "secret-passkey")
    conn.start()
    (auth,) = conn.data_to_send()
    assert json.loads(auth) == {
        "authVersion": 1,
        "clientIdentifier": "guest:abc",
        "clientPasskey": "secret-passkey",
    }
    assert conn.receive_text('{"success": true}') == [AuthAccepted()]
    return conn


def test_nothing_but_auth_may_be_sent_before_the_reply() -> None:
    conn = ClientConnection("llm", "a", "b")
    conn.start()
    with pytest.raises(RuntimeError):
        conn.call_rpc(SYSTEM_ENDPOINTS["version"], None)


def test_auth_rejection_is_an_event_and_closes() -> None:
    conn = ClientConnection("llm", "a", "b")
    conn.start()
    assert conn.receive_text('{"success": false, "error": "bad token"}') == [
        AuthRejected("bad token")
    ]
    assert conn.state == "closed"
    assert "secret" not in repr(conn)


def test_rpc_without_parameter_omits_the_key_and_ids_increase() -> None:
    conn = opened()
    first = conn.call_rpc(SYSTEM_ENDPOINTS["version"], None)
    second = conn.call_rpc(SYSTEM_ENDPOINTS["version"], None)
    frames = [json.loads(f) for f in conn.data_to_send()]
    assert [f["callId"] for f in frames] == [first, second] == [1, 2]
    assert all("parameter" not in f for f in frames)


def test_rpc_result_is_decoded_with_the_endpoint_type() -> None:
    conn = opened()
    call = conn.call_rpc(LLM_ENDPOINTS["listLoaded"], None)
    conn.data_to_send()
    (event,) = conn.receive_text(json.dumps({"type": "rpcResult", "callId": call, "result": []}))
    assert event == RpcSucceeded(call, [])


def test_rpc_result_that_does_not_match_the_schema_fails_that_call_only() -> None:
    conn = opened()
    spec = LLM_ENDPOINTS["countTokens"]
    assert spec.returns is CountTokensResult
    call = conn.call_rpc(spec, _count_param())
    (event,) = conn.receive_text(
        json.dumps({"type": "rpcResult", "callId": call, "result": {"tokenCount": "x"}})
    )
    assert isinstance(event, RpcFailed) and event.protocol
    assert "tokenCount" in event.error["title"] or "integer" in event.error["title"]


def _count_param():
    from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
    from lmsdk._generated.llm import CountTokensParameter

    return CountTokensParameter(
        specifier=ModelSpecifierQuery(query=ModelQuery(identifier="m")), input_string="hi"
    )


def test_channel_packets_close_and_errors_route_by_id() -> None:
    conn = opened()
    spec = LLM_ENDPOINTS["predict"]
    from lmsdk._generated.chat import ChatHistoryData
    from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
    from lmsdk._generated.config import KvConfigStack
    from lmsdk._generated.llm import PredictCreationParameter

    param = PredictCreationParameter(
        model_specifier=ModelSpecifierQuery(query=ModelQuery(identifier="m")),
        history=ChatHistoryData(messages=[]),
        prediction_config_stack=KvConfigStack(layers=[]),
    )
    a = conn.open_channel(spec, param)
    b = conn.open_channel(spec, param)
    created = [json.loads(f) for f in conn.data_to_send()]
    assert [c["channelId"] for c in created] == [a, b]
    assert created[0]["creationParameter"]["modelSpecifier"] == {
        "type": "query",
        "query": {"identifier": "m"},
    }

    fragment = {
        "type": "fragment",
        "fragment": {
            "content": "Hi",
            "tokensCount": 1,
            "containsDrafted": False,
            "reasoningType": "none",
        },
    }
    (event,) = conn.receive_text(
        json.dumps({"type": "channelSend", "channelId": b, "message": fragment, "ackId": 7})
    )
    assert isinstance(event, ChannelMessage) and event.channel_id == b
    assert (
        isinstance(event.message, PredictFragmentPacket) and event.message.fragment.content == "Hi"
    )
    assert json.loads(conn.data_to_send()[0]) == {"type": "channelAck", "channelId": b, "ackId": 7}

    assert conn.send_channel_message(a, PredictCancelPacket())
    assert json.loads(conn.data_to_send()[0]) == {
        "type": "channelSend",
        "channelId": a,
        "message": {"type": "cancel"},
    }
    assert conn.receive_text(json.dumps({"type": "channelClose", "channelId": a})) == [
        ChannelClosed(a)
    ]
    assert not conn.send_channel_message(a, PredictCancelPacket()), (
        "no cancel after the channel ended"
    )
    (failed,) = conn.receive_text(
        json.dumps({"type": "channelError", "channelId": b, "error": {"title": "boom"}})
    )
    assert failed == ChannelFailed(b, {"title": "boom"})


@pytest.mark.parametrize(
    "frame",
    [
        "not json",
        "[1, 2]",
        '{"type": "channelSend", "channelId": 99, "message": {}}',
        '{"type": "rpcResult", "callId": 5}',
        '{"type": "mystery"}',
        '{"type": "channelClose", "channelId": "x"}',
    ],
)
def test_malformed_or_unknown_frames_become_violations_not_exceptions(frame: str) -> None:
    conn = opened()
    (event,) = conn.receive_text(frame)
    assert isinstance(event, ProtocolViolation)


def test_unknown_packet_type_is_skipped_with_a_warning_and_bad_payload_fails_the_channel() -> None:
    conn = opened()

    channel = conn.open_channel(LLM_ENDPOINTS["getOrLoad"], _get_or_load())
    (warning,) = conn.receive_text(
        json.dumps({"type": "channelSend", "channelId": channel, "message": {"type": "newThing"}})
    )
    assert isinstance(warning, PeerWarning) and "newThing" in warning.warning
    (bad,) = conn.receive_text(
        json.dumps(
            {
                "type": "channelSend",
                "channelId": channel,
                "message": {"type": "loadProgress", "progress": "half"},
            }
        )
    )
    assert isinstance(bad, ProtocolViolation) and bad.channel_id == channel


def _get_or_load():
    from lmsdk._generated.config import KvConfigStack
    from lmsdk._generated.llm import GetOrLoadCreationParameter

    return GetOrLoadCreationParameter(identifier="m", load_config_stack=KvConfigStack(layers=[]))


def test_keep_alive_ack_and_warnings() -> None:
    conn = opened()
    conn.keep_alive()
    assert conn.data_to_send() == ['{"type":"keepAlive"}']
    assert conn.receive_text('{"type": "keepAliveAck"}') == []
    assert conn.receive_text(
        '{"type": "communicationWarning", "warning": "w", "kind": "rpcUnknown"}'
    ) == [PeerWarning("w", "rpcUnknown")]


def test_connection_lost_fails_everything_open() -> None:
    conn = opened()
    call = conn.call_rpc(SYSTEM_ENDPOINTS["version"], None)
    channel = conn.open_channel(LLM_ENDPOINTS["getOrLoad"], _get_or_load())
    events = conn.connection_lost()
    assert {type(e) for e in events} == {RpcFailed, ChannelFailed}
    assert {getattr(e, "call_id", None) or getattr(e, "channel_id", None) for e in events} == {
        call,
        channel,
    }
    assert all(e.lost for e in events)


def test_a_late_reply_to_a_call_whose_waiter_gave_up_is_dropped_quietly() -> None:
    conn = opened()
    call = conn.call_rpc(SYSTEM_ENDPOINTS["version"], None)
    conn.forget("rpc", call)
    late = {"type": "rpcResult", "callId": call, "result": {"version": "1", "build": 1}}
    assert conn.receive_text(json.dumps(late)) == []
    (again,) = conn.receive_text(json.dumps(late))
    assert isinstance(again, ProtocolViolation), "only the first late reply is expected"


def test_a_warning_naming_an_unknown_endpoint_fails_the_requests_for_it() -> None:
    # LM Studio answers an endpoint it does not have with a communicationWarning alone (no id).
    conn = opened()
    raw = conn.open_channel(LLM_ENDPOINTS["completeRawText"], None)
    predict = conn.open_channel(LLM_ENDPOINTS["predict"], None)
    call = conn.call_rpc(LLM_ENDPOINTS["getInstanceProcessingState"], None)
    warning = "Received channelCreate for unknown endpoint, endpoint = completeRawText"
    assert conn.receive_text(json.dumps({"type": "communicationWarning", "warning": warning})) == [
        PeerWarning(warning),
        ChannelFailed(raw, {"title": warning}),
    ]
    rpc_warning = "Received rpcCall for unhandled endpoint, endpoint = getInstanceProcessingState"
    assert conn.receive_text(
        json.dumps({"type": "communicationWarning", "warning": rpc_warning, "kind": "x"})
    ) == [PeerWarning(rpc_warning, "x"), RpcFailed(call, {"title": rpc_warning})]
    # lmsdk serve also sends the error with the id: dropped quietly, the request has failed.
    error = {"title": "Unknown channel endpoint llm/completeRawText"}
    assert (
        conn.receive_text(json.dumps({"type": "channelError", "channelId": raw, "error": error}))
        == []
    )
    assert conn.receive_text(json.dumps({"type": "rpcError", "callId": call, "error": error})) == []
    # Warnings that name no open endpoint, or do not say it is unknown, fail nothing.
    for other in ("Unknown channel endpoint llm/somethingElse", "predict was slow"):
        assert conn.receive_text(
            json.dumps({"type": "communicationWarning", "warning": other})
        ) == [PeerWarning(other)]
    assert conn.receive_text(json.dumps({"type": "channelClose", "channelId": predict})) == [
        ChannelClosed(predict)
    ]
