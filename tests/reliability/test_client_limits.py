"""The client refuses what servers would refuse, alone, with typed errors; and it survives a hostile server.

A request holding NaN, nested deeper than `lmsdk._json.MAX_DEPTH` or larger than the limit fails with a
typed error before anything is sent, while another stream on the same socket goes on (a server that
closed the socket over such a request, with close code 1009, would end that stream too). Against the
scripted fake server (`tests/fakes.py`, for a fault a real server does not produce): a frame nested
50,000 deep is a logged protocol warning, never a RecursionError.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

import lmsdk as lms
from lmsdk._json import MAX_DEPTH
from lmsdk._transports import MAX_REQUEST_BYTES
from lmsdk.server import EmbeddedServer
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.replay_engine import ReplayEngine
from tests.fakes import FakeConnection, ScriptedServer, fragment
from tests.reliability.helpers import MODEL_KEY


def paced_replay(entry: ModelEntry, context_length: int) -> ReplayEngine:
    """The replay engine at 0.01 s per token (scripted replies are the ones it paces)."""
    return ReplayEngine(
        model_key=entry.key,
        context_length=context_length,
        scripts=[[" word"] * 1000],
        piece_delay=0.01,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedServer]:
    with EmbeddedServer(port=0, engine_factory=paced_replay) as embedded:
        yield embedded


def nested_schema(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"a": schema}}
    return schema


def bad_requests(model: lms.LLM) -> list[BaseException]:
    """Each request servers would refuse, made while another stream runs; returns the errors."""
    errors: list[BaseException] = []
    attempts = [
        lambda: model.respond("hi", config={"temperature": float("nan")}),
        lambda: model.respond("hi", config={"maxTokens": 4, "repeatPenalty": float("inf")}),
        lambda: model.respond("hi", response_format=nested_schema(120)),
        lambda: model.respond("hi", response_format=nested_schema(400)),
        lambda: model.respond("x" * (MAX_REQUEST_BYTES + 1)),
    ]
    for attempt in attempts:
        with pytest.raises(lms.LMStudioClientError) as raised:
            attempt()
        errors.append(raised.value)
    return errors


def test_unsendable_requests_fail_alone_while_another_stream_goes_on(
    server: EmbeddedServer,
) -> None:
    with lms.Client(server.api_host, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        stream = model.respond_stream("Count.", config={"maxTokens": 60})
        pieces = [next(stream).content]
        nan, inf, deep, deeper, huge = bad_requests(model)
        pieces += [piece.content for piece in stream]
        result = stream.result()
        # The same socket still takes requests.
        after = model.respond("Again.", config={"maxTokens": 3})
    assert "".join(pieces) == result.content
    assert result.stats.predicted_tokens_count == 60 and after.stats.predicted_tokens_count == 3

    assert isinstance(nan, lms.LMStudioConfigError) and nan.key == "llm.prediction.temperature"
    assert "NaN" in str(nan) and "llm.prediction.temperature" in str(nan)
    assert isinstance(inf, lms.LMStudioConfigError) and inf.key == "llm.prediction.repeatPenalty"
    assert "Infinity" in str(inf)
    for error in (deep, deeper):
        assert isinstance(error, lms.LMStudioConfigError), error
        assert error.key == "llm.prediction.structured" and f"{MAX_DEPTH} levels" in str(error)
    assert type(huge) is lms.LMStudioClientError
    assert f"{MAX_REQUEST_BYTES:,}" in str(huge)


def test_nothing_of_an_unsendable_request_reaches_the_server() -> None:
    def script(conn: FakeConnection) -> None:
        if conn.namespace == "llm":
            conn.serve_get_or_load()
        conn.idle(timeout=3)

    with ScriptedServer(script) as fake:
        with lms.Client(fake.api_host, timeout=5) as client:
            model = client.llm.model("fake-model")
            bad_requests(model)
        assert not [
            f for f in fake.received() if isinstance(f, dict) and f.get("endpoint") == "predict"
        ]
    assert not fake.errors


def test_a_frame_nested_50000_deep_from_the_server_is_a_typed_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            conn.idle(timeout=5)
            return
        conn.serve_get_or_load()
        channel_id = conn.expect_channel_create("predict")["channelId"]
        conn.send_packet(channel_id, fragment("Hello"))
        conn.send_raw("[" * 50_000 + "]" * 50_000)
        conn.send_raw(
            json.dumps({"type": "channelSend", "channelId": channel_id, "message": nested(150)})
        )
        conn.idle(timeout=5)

    caplog.set_level(logging.WARNING, logger="lmsdk")
    with ScriptedServer(script) as fake:
        with lms.Client(fake.api_host, timeout=2) as client:
            model = client.llm.model("fake-model")
            stream = model.respond_stream("hi")
            started = time.monotonic()
            with pytest.raises(lms.LMStudioError) as raised:
                for _ in stream:
                    pass
            ended = time.monotonic() - started
    assert not fake.errors
    # The 50,000-deep frame names no channel: a logged warning. The 150-deep packet names one:
    # that stream ends at once with a protocol error (never a RecursionError).
    assert isinstance(raised.value, lms.LMStudioProtocolError), raised.value
    assert ended < 2
    warnings = [r.getMessage() for r in caplog.records]
    assert any("not JSON" in w for w in warnings), warnings


def nested(levels: int) -> Any:
    value: Any = {"type": "fragment"}
    for _ in range(levels):
        value = {"type": "fragment", "fragment": value}
    return value
