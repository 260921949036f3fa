"""Faults: a server process killed mid-stream, a server gone silent, a client gone mid-prediction,
and a (fake) server sending garbage, unknown packets and errors next to a healthy channel.

Killed and restarted servers are real `lmsdk serve` subprocesses with the real model; silence and
garbage come from tests/fakes.py's ScriptedServer, a fake that sends exactly what each test scripts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from websockets.sync.client import connect

import lmsdk as lms
import lmsdk._convenience as convenience
from lmsdk.server import EmbeddedServer
from tests.fakes import (
    FakeConnection,
    ScriptedServer,
    fragment,
    is_cancel,
    serialized_error,
    success,
    user_text,
)
from tests.reliability.helpers import MODEL_KEY, ServeProcess, free_port

LONG_PROMPT = "Write a long story about a dragon."
LONG = {"maxTokens": 400, "temperature": 0}
SHORT = {"maxTokens": 4, "temperature": 0}


def is_create(frame: Any, endpoint: str) -> bool:
    return (
        isinstance(frame, dict)
        and frame.get("type") == "channelCreate"
        and frame.get("endpoint") == endpoint
    )


# --- the server process is killed mid-stream ---------------------------------------------------


@pytest.fixture
def default_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh, unconfigured default client for the convenience API; the old state comes back after."""
    monkeypatch.setattr(convenience, "_default", None)
    monkeypatch.setattr(convenience, "_settings", {})
    try:
        yield
    finally:
        if convenience._default is not None:
            convenience._default.close()


def stream_until_killed(model: lms.LLM, server: ServeProcess) -> tuple[list[str], float, str]:
    """Stream a long answer, SIGKILL the server after three fragments, return what was seen."""
    seen: list[str] = []
    killed_at = 0.0
    stream = model.respond_stream(LONG_PROMPT, config=LONG)
    with pytest.raises(lms.LMStudioConnectionError) as raised:
        for piece in stream:
            seen.append(piece.content)
            if len(seen) == 3:
                server.kill()
                killed_at = time.monotonic()
    return seen, time.monotonic() - killed_at, raised.value.partial_content


@pytest.mark.usefixtures("default_client")
@pytest.mark.parametrize("which", ["Client", "default client"])
def test_killed_server_raises_connection_error_with_partial_text_then_recovers(
    which: str,
) -> None:
    with ServeProcess(free_port()) as server:
        client = lms.Client(server.api_host, timeout=30)
        if which == "Client":
            get_model: Callable[[], lms.LLM] = lambda: client.llm.model(MODEL_KEY)  # noqa: E731
        else:
            lms.configure_default_client(server.api_host)
            get_model = lambda: lms.llm(MODEL_KEY)  # noqa: E731
        try:
            model = get_model()
            seen, waited, partial = stream_until_killed(model, server)
            assert waited < 2.0, f"the drop was noticed {waited:.2f}s after the kill"
            assert len(seen) >= 3
            assert partial == "".join(seen) != ""

            # Down: the next call fails fast with the same typed error, not a hang.
            with pytest.raises(lms.LMStudioConnectionError):
                model.respond("Hi", config=SHORT)

            server.start()  # the same port again
            again = model.respond("Hi", config=SHORT)  # the same handle, reconnected
            assert again.stats.predicted_tokens_count == 4
            assert get_model().complete("One, two,", config=SHORT).content
        finally:
            client.close()


# --- the server stops answering mid-stream: tests/_async/test_transport_timeouts.py (and its
# generated sync twin) checks the deadline, partial_content and the cancel with a scripted fake.

# --- a client disconnects mid-prediction (real server, raw socket) --------------------------------


def test_client_gone_mid_prediction_stops_the_generation_and_the_next_request_is_served(
    embedded_server: EmbeddedServer,
) -> None:
    host = embedded_server.api_host
    fields = [
        {"key": "llm.prediction.maxPredictedTokens", "value": {"checked": True, "value": 400}},
        {"key": "llm.prediction.temperature", "value": 0},
    ]
    create = {
        "type": "channelCreate",
        "endpoint": "predict",
        "channelId": 1,
        "creationParameter": {
            "modelSpecifier": {"type": "query", "query": {"identifier": MODEL_KEY}},
            "history": {
                "messages": [{"role": "user", "content": [{"type": "text", "text": LONG_PROMPT}]}]
            },
            "predictionConfigStack": {
                "layers": [{"layerName": "apiOverride", "config": {"fields": fields}}]
            },
        },
    }
    ws = connect(f"ws://{host}/llm", open_timeout=10, legacy=True)
    ws.send(json.dumps({"authVersion": 1, "clientIdentifier": "guest:a", "clientPasskey": "b"}))
    assert json.loads(ws.recv(timeout=10)) == {"success": True}
    ws.send(json.dumps(create))
    tokens_seen = 0
    deadline = time.monotonic() + 60
    while not tokens_seen and time.monotonic() < deadline:
        message = json.loads(ws.recv(timeout=30))["message"]
        if message["type"] == "fragment":
            tokens_seen = message["fragment"]["tokensCount"]
    ws.close()  # gone after the first fragment, without a cancel

    with lms.Client(host, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        asked = time.monotonic()
        first: list[float] = []
        stream = model.respond_stream("Say hello.", config={"maxTokens": 8, "temperature": 0})
        pieces = []
        for piece in stream:
            if not first:
                first.append(time.monotonic() - asked)
            pieces.append(piece.content)
        result = stream.result()
    assert "".join(pieces) == result.content and result.stats.predicted_tokens_count
    # Had the abandoned generation run on, the model would have been busy for its remaining tokens.
    assert result.stats.tokens_per_second
    busy_for = (400 - tokens_seen) / result.stats.tokens_per_second
    assert first[0] < min(busy_for / 2, 10.0), (
        f"first token after {first[0]:.2f}s; the abandoned generation had ~{busy_for:.1f}s left"
    )


# --- garbage, unknown packets and errors from a scripted fake server ------------------------------

# (name, frames the fake sends between the two channels' fragments, the warning logged for them)
TopLevelGarbage = Callable[[int, int], list[str]]
GARBAGE: list[tuple[str, TopLevelGarbage, str]] = [
    ("not JSON", lambda good, bad: ["{this is not json"], "not JSON"),
    ("a JSON array", lambda good, bad: ["[1, 2, 3]"], "not an object"),
    ("a JSON string", lambda good, bad: ['"hello"'], "not an object"),
    (
        "an unknown message type",
        lambda good, bad: ['{"type": "fromTheFuture", "x": 1}'],
        "unknown message type 'fromTheFuture'",
    ),
    (
        "a packet for an unknown channel",
        lambda good, bad: [
            json.dumps({"type": "channelSend", "channelId": 999, "message": fragment("lost")})
        ],
        "channelSend for unknown channel 999",
    ),
    (
        "a close for an unknown channel",
        lambda good, bad: ['{"type": "channelClose", "channelId": 998}'],
        "channelClose for unknown channel 998",
    ),
    (
        "a result for an unknown call",
        lambda good, bad: ['{"type": "rpcResult", "callId": 997, "result": 1}'],
        "rpcResult for unknown call 997",
    ),
    (
        "a communicationWarning",
        lambda good, bad: [
            '{"type": "communicationWarning", "warning": "the fake is unhappy", "kind": "unknown"}'
        ],
        "the fake is unhappy",
    ),
    (
        "an unknown packet type on a channel",
        lambda good, bad: [
            json.dumps({"type": "channelSend", "channelId": bad, "message": {"type": "newThing"}})
        ],
        "ignored a predict packet of unknown type 'newThing'",
    ),
]


def two_predictions_script(
    middle: Callable[[FakeConnection, int, int], None], bad_finishes: bool
) -> Callable[[FakeConnection], None]:
    """The fake's side: two predictions ("good", "bad"), with `middle` sent between fragments."""

    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            return conn.idle()
        conn.serve_get_or_load()
        creates = [conn.expect_channel_create("predict") for _ in range(2)]
        ids = {user_text(c): c["channelId"] for c in creates}
        good, bad = ids["good"], ids["bad"]
        conn.send_packet(good, fragment("Good"))
        conn.send_packet(bad, fragment("Bad"))
        middle(conn, good, bad)
        conn.send_packet(good, fragment(" news"))
        if bad_finishes:
            conn.send_packet(bad, fragment(" luck"))
            conn.send_packet(bad, success(2))
            conn.close_channel(bad)
        conn.send_packet(good, success(2))
        conn.close_channel(good)
        conn.idle()

    return script


async def run_two(host: str) -> tuple[Any, Any]:
    """Two concurrent predictions on one socket; returns each one's result or exception."""
    async with lms.AsyncClient(host, timeout=5) as client:
        model = await client.llm.model("fake-model")

        async def run(prompt: str) -> Any:
            stream = await model.respond_stream(prompt)
            pieces = [piece.content async for piece in stream]
            result = await stream.result()
            assert "".join(pieces) == result.content
            return result

        results = await asyncio.gather(run("good"), run("bad"), return_exceptions=True)
        return results[0], results[1]


@pytest.mark.parametrize(("name", "garbage", "logged"), GARBAGE, ids=[g[0] for g in GARBAGE])
async def test_garbage_is_logged_and_both_channels_carry_on(
    name: str, garbage: TopLevelGarbage, logged: str, caplog: pytest.LogCaptureFixture
) -> None:
    def middle(conn: FakeConnection, good: int, bad: int) -> None:
        for frame in garbage(good, bad):
            conn.send_raw(frame)

    caplog.set_level(logging.WARNING, logger="lmsdk")
    with ScriptedServer(two_predictions_script(middle, bad_finishes=True)) as fake:
        good, bad = await asyncio.wait_for(run_two(fake.api_host), 20)
    assert not fake.errors
    assert isinstance(good, lms.PredictionResult), good
    assert isinstance(bad, lms.PredictionResult), bad
    assert (good.content, bad.content) == ("Good news", "Bad luck")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(logged in w for w in warnings), warnings


async def test_invalid_payload_on_one_channel_is_a_protocol_error_for_that_channel_only() -> None:
    def middle(conn: FakeConnection, good: int, bad: int) -> None:
        conn.send_packet(bad, {"type": "fragment", "fragment": {"content": 5}})

    with ScriptedServer(two_predictions_script(middle, bad_finishes=False)) as fake:
        good, bad = await asyncio.wait_for(run_two(fake.api_host), 20)
        # The server's side of the failed channel (only) is asked to stop generating.
        creates = [f for f in fake.received() if is_create(f, "predict")]
        bad_id = next(c["channelId"] for c in creates if user_text(c) == "bad")
        assert fake.wait_for(lambda f: is_cancel(f) and f["channelId"] == bad_id, timeout=5)
        assert not any(is_cancel(f) and f["channelId"] != bad_id for f in fake.received())
    assert not fake.errors
    assert isinstance(good, lms.PredictionResult) and good.content == "Good news"
    assert isinstance(bad, lms.LMStudioProtocolError), bad
    assert "invalid predict packet" in str(bad)


async def test_channel_error_is_a_server_error_with_title_cause_and_suggestion() -> None:
    error = serialized_error("The fake broke", "Scripted to fail", "Try another fake")

    def middle(conn: FakeConnection, good: int, bad: int) -> None:
        conn.send({"type": "channelError", "channelId": bad, "error": error})

    with ScriptedServer(two_predictions_script(middle, bad_finishes=False)) as fake:
        good, bad = await asyncio.wait_for(run_two(fake.api_host), 20)
    assert not fake.errors
    assert isinstance(good, lms.PredictionResult) and good.content == "Good news"
    assert isinstance(bad, lms.LMStudioServerError), bad
    assert isinstance(bad, lms.LMStudioPredictionError)
    assert (bad.title, bad.cause, bad.suggestion) == (
        "The fake broke",
        "Scripted to fail",
        "Try another fake",
    )
    assert "Try another fake" in str(bad)


async def test_rpc_error_is_a_server_error_and_a_prediction_on_the_socket_completes() -> None:
    error = serialized_error("Cannot count", "The fake has no tokenizer", "Count by hand")

    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            return conn.idle()
        conn.serve_get_or_load()
        channel_id = conn.expect_channel_create("predict")["channelId"]
        conn.send_packet(channel_id, fragment("Still"))
        call = conn.expect_rpc("countTokens")
        conn.send({"type": "rpcError", "callId": call["callId"], "error": error})
        conn.send_packet(channel_id, fragment(" here"))
        conn.send_packet(channel_id, success(2))
        conn.close_channel(channel_id)
        conn.idle()

    with ScriptedServer(script) as fake:
        async with lms.AsyncClient(fake.api_host, timeout=5) as client:
            model = await client.llm.model("fake-model")
            stream = await model.respond_stream("go")
            first = await anext(stream)
            with pytest.raises(lms.LMStudioServerError) as raised:
                await model.count_tokens("one two")
            rest = [piece.content async for piece in stream]
            result = await stream.result()
    assert not fake.errors
    assert (raised.value.title, raised.value.cause, raised.value.suggestion) == (
        "Cannot count",
        "The fake has no tokenizer",
        "Count by hand",
    )
    assert first.content + "".join(rest) == result.content == "Still here"
