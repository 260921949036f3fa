"""Bad input: Hypothesis throws random and malformed frames and auth packets at live servers over real
sockets while another connection keeps streaming; oversized frames; configs refused before sending.

The frame strategies only build frames that are invalid by construction (or name an endpoint that
does not exist), so the oracle is exact: every one gets at least one communicationWarning (plus the
channelError/rpcError/signalError for its id, where it has one), and the server stays healthy.
"""

from __future__ import annotations

import json
import string
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

import lmsdk as lms
import lmsdk.server.app as server_app
from lmsdk._generated.converter import RENAMES
from lmsdk._generated.endpoints import LLM_ENDPOINTS
from lmsdk.server import EmbeddedServer
from tests.reliability.helpers import MODEL_KEY, TOKEN, TOKEN_ID, TOKEN_SECRET

SHORT = {"maxTokens": 6, "temperature": 0}
FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
ERROR_REPLIES = {"communicationWarning", "channelError", "rpcError", "signalError"}
ERROR_REPLIES |= {"writableSignalError"}


def open_ws(host: str, namespace: str = "llm") -> ClientConnection:
    return connect(f"ws://{host}/{namespace}", open_timeout=10, legacy=True, max_size=None)


def authed(host: str) -> ClientConnection:
    ws = open_ws(host)
    ws.send(json.dumps({"authVersion": 1, "clientIdentifier": "guest:f", "clientPasskey": "p"}))
    assert json.loads(ws.recv(timeout=10)) == {"success": True}
    return ws


def greeting(host: str) -> Any:
    with urllib.request.urlopen(f"http://{host}/lmstudio-greeting", timeout=10) as reply:
        return json.loads(reply.read())


class Streamer:
    """Runs predictions in a loop on its own connection until stopped; records every outcome."""

    def __init__(self, model: lms.LLM, config: dict[str, Any]) -> None:
        self.model = model
        self.config = config
        self.completed = 0
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="streamer", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                stream = self.model.respond_stream("Name a colour.", config=self.config)
                joined = "".join(piece.content for piece in stream)
                result = stream.result()
                assert joined == result.content and result.stats.predicted_tokens_count
                self.completed += 1
            except BaseException as exc:
                self.errors.append(exc)
                return

    def __enter__(self) -> Streamer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=60)
        assert not self._thread.is_alive(), "the streaming connection hung"


@pytest.fixture
def other_connection(api_host: str) -> Iterator[lms.LLM]:
    """A second connection that predicts before, streams during and predicts after the test."""
    with lms.Client(api_host, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        assert model.respond("Say one word.", config=SHORT).content
        yield model
        assert model.respond("Say one word.", config=SHORT).content
        assert greeting(api_host) == {"lmstudio": True}


# --- strategies -----------------------------------------------------------------------------------

KNOWN_TYPES = {
    "channelCreate",
    "channelSend",
    "channelAck",
    "rpcCall",
    "signalSubscribe",
    "signalUnsubscribe",
    "writableSignalSubscribe",
    "writableSignalUnsubscribe",
    "writableSignalUpdate",
    "keepAlive",
    "communicationWarning",
}
SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
)
JSON = st.recursive(
    SCALARS,
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4)
    ),
    max_leaves=12,
)
IDS = st.integers(min_value=0, max_value=2**31)
NOT_INT: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=5),
    st.lists(SCALARS, max_size=2),
    st.floats(allow_nan=False).filter(lambda f: not f.is_integer()),
)
NOT_STR = st.none() | st.booleans() | st.integers() | st.lists(SCALARS, max_size=2)
NOT_LIST = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
WRONG = {"int": NOT_INT, "str": NOT_STR, "list": NOT_LIST, "any": st.nothing()}

# A valid-looking message of each type with a required-field table: (wire name, JSON type).
BASES: dict[str, tuple[dict[str, Any], list[tuple[str, str]]]] = {
    "channelCreate": (
        {"endpoint": "predict", "channelId": 1, "creationParameter": {}},
        [("endpoint", "str"), ("channelId", "int")],
    ),
    "channelSend": (
        {"channelId": 1, "message": {"type": "cancel"}},
        [("channelId", "int"), ("message", "any")],
    ),
    "channelAck": ({"channelId": 1, "ackId": 0}, [("channelId", "int"), ("ackId", "int")]),
    "rpcCall": ({"endpoint": "listLoaded", "callId": 1}, [("endpoint", "str"), ("callId", "int")]),
    "signalSubscribe": (
        {"endpoint": "x", "subscribeId": 1, "creationParameter": {}},
        [("endpoint", "str"), ("subscribeId", "int"), ("creationParameter", "any")],
    ),
    "signalUnsubscribe": ({"subscribeId": 1}, [("subscribeId", "int")]),
    "writableSignalSubscribe": (
        {"endpoint": "x", "subscribeId": 1, "creationParameter": {}},
        [("endpoint", "str"), ("subscribeId", "int"), ("creationParameter", "any")],
    ),
    "writableSignalUnsubscribe": ({"subscribeId": 1}, [("subscribeId", "int")]),
    "writableSignalUpdate": (
        {"subscribeId": 1, "patches": [], "tags": []},
        [("subscribeId", "int"), ("patches", "list"), ("tags", "list")],
    ),
    "communicationWarning": ({"warning": "w"}, [("warning", "str")]),
}
PARAMETER_RPCS = sorted(
    name
    for name, spec in LLM_ENDPOINTS.items()
    if spec.kind == "rpc" and spec.parameter is not None and name != "unloadModel"
)

# A case: (frame, the error reply it must also get: (type, id key, id) or None)
Case = tuple[str | bytes, tuple[str, str, int] | None]


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


@st.composite
def corrupted_message(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(sorted(BASES)))
    base, required = BASES[kind]
    name, json_type = draw(st.sampled_from(required))
    message = {"type": kind, **base}
    if json_type == "any" or draw(st.booleans()):
        del message[name]  # a required field missing
    else:
        message[name] = draw(WRONG[json_type])  # or of the wrong JSON type
    return json.dumps(message), None


@st.composite
def unknown_type(draw: st.DrawFn) -> Case:
    message = draw(st.dictionaries(st.text(max_size=10), JSON, max_size=4))
    tag = draw(
        st.text(max_size=15).filter(lambda t: t not in KNOWN_TYPES) | NOT_STR | st.just(None)
    )
    if tag is None:
        message.pop("type", None)
    else:
        message["type"] = tag
    return json.dumps(message), None


@st.composite
def unknown_endpoint(draw: st.DrawFn) -> Case:
    endpoint = draw(st.text(max_size=20).filter(lambda e: e not in LLM_ENDPOINTS))
    ident = draw(IDS)
    if draw(st.booleans()):
        message = {"type": "rpcCall", "endpoint": endpoint, "callId": ident, "parameter": {}}
        return json.dumps(message), ("rpcError", "callId", ident)
    message = {"type": "channelCreate", "endpoint": endpoint, "channelId": ident}
    return json.dumps(message), ("channelError", "channelId", ident)


@st.composite
def invalid_parameter(draw: st.DrawFn) -> Case:
    ident = draw(IDS)
    parameter = draw(JSON | st.just("<missing>"))
    message: dict[str, Any]
    if draw(st.booleans()):
        message = {"type": "rpcCall", "endpoint": draw(st.sampled_from(PARAMETER_RPCS))}
        message |= {"callId": ident, "parameter": parameter}
        expected = ("rpcError", "callId", ident)
    else:
        message = {"type": "channelCreate", "endpoint": "predict", "channelId": ident}
        message |= {"creationParameter": parameter}
        expected = ("channelError", "channelId", ident)
    if parameter == "<missing>":
        del message["parameter" if message["type"] == "rpcCall" else "creationParameter"]
    return json.dumps(message), expected


@st.composite
def send_to_unknown_channel(draw: st.DrawFn) -> Case:
    message = {"type": "channelSend", "channelId": draw(IDS), "message": draw(JSON)}
    return json.dumps(message), None


@st.composite
def signal_subscription(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(["signalSubscribe", "writableSignalSubscribe"]))
    ident = draw(IDS)
    message = {"type": kind, "endpoint": draw(st.text(max_size=10)), "subscribeId": ident}
    message["creationParameter"] = draw(JSON)
    error = "signalError" if kind == "signalSubscribe" else "writableSignalError"
    return json.dumps(message), (error, "subscribeId", ident)


BAD_FRAMES: st.SearchStrategy[Case] = st.one_of(
    st.text(max_size=200).filter(lambda t: not _is_json(t)).map(lambda t: (t, None)),
    st.binary(max_size=200).map(lambda b: (b, None)),
    JSON.filter(lambda v: not isinstance(v, dict)).map(lambda v: (json.dumps(v), None)),
    unknown_type(),
    corrupted_message(),
    unknown_endpoint(),
    invalid_parameter(),
    send_to_unknown_channel(),
    signal_subscription(),
)


# --- frames -------------------------------------------------------------------------------------


def test_random_and_malformed_frames_are_answered_with_warnings_while_others_stream(
    api_host: str, other_connection: lms.LLM
) -> None:
    seen_kinds: set[str] = set()

    @FUZZ
    @given(case=BAD_FRAMES)
    def one_frame(case: Case) -> None:
        frame, error = case
        # A fresh socket per frame: the server stops warning after five per socket.
        with authed(api_host) as ws:
            ws.send(frame)
            ws.send('{"type": "keepAlive"}')
            replies = []
            while (reply := json.loads(ws.recv(timeout=10))) != {"type": "keepAliveAck"}:
                replies.append(reply)
        kinds = [reply["type"] for reply in replies]
        assert "communicationWarning" in kinds, (frame, replies)
        assert set(kinds) <= ERROR_REPLIES, (frame, replies)
        if error is not None:
            kind, key, ident = error
            assert any(r["type"] == kind and r.get(key) == ident for r in replies), replies
        seen_kinds.update(kinds)

    with Streamer(other_connection, SHORT) as streamer:
        one_frame()
    assert not streamer.errors, streamer.errors
    assert streamer.completed >= 1
    assert {"communicationWarning", "rpcError", "channelError"} <= seen_kinds


def test_oversized_frames_are_refused_and_the_server_keeps_streaming(api_host: str) -> None:
    # tests/server/test_server_protocol.py::test_oversized_frame_is_refused checks the close code
    # alone; here another connection is mid-stream meanwhile, and the frame also comes before auth.
    oversized = "x" * (server_app.MAX_SOCKET_FRAME_BYTES + 1)
    with lms.Client(api_host, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        stream = model.respond_stream("Count to twenty.", config={"maxTokens": 24})
        pieces = [next(stream).content]
        for make in (authed, open_ws):  # after auth, and as the very first frame
            with make(api_host) as ws:
                ws.send(oversized)
                with pytest.raises(ConnectionClosed):
                    ws.recv(timeout=30)
                assert ws.protocol.close_code == 1009
        pieces += [piece.content for piece in stream]
        result = stream.result()
    assert "".join(pieces) == result.content
    with authed(api_host) as ws:
        ws.send('{"type": "keepAlive"}')
        assert json.loads(ws.recv(timeout=10)) == {"type": "keepAliveAck"}
    assert greeting(api_host) == {"lmstudio": True}


# --- auth packets -------------------------------------------------------------------------------

SECRETISH = st.text(alphabet=string.ascii_letters + string.digits, min_size=12, max_size=30)


@st.composite
def bad_auth(draw: st.DrawFn) -> tuple[str | bytes, str | None]:
    """(first frame, a passkey it carries or None): everything but the server's own token."""
    choice = draw(st.integers(0, 4))
    if choice == 0:
        return draw(st.text(max_size=100) | st.binary(max_size=100)), None
    if choice == 1:
        return json.dumps(draw(JSON)), None
    passkey = draw(SECRETISH.filter(lambda p: p != TOKEN_SECRET))
    ident = draw(st.sampled_from([TOKEN_ID, "guest:x"]) | st.text(max_size=20))
    packet: dict[str, Any] = {"authVersion": 1, "clientIdentifier": ident, "clientPasskey": passkey}
    if choice == 2:  # the right identifier or passkey, never both
        packet = draw(
            st.sampled_from(
                [
                    {**packet, "clientIdentifier": TOKEN_ID},
                    {**packet, "clientIdentifier": ident + "x", "clientPasskey": TOKEN_SECRET},
                ]
            )
        )
        return json.dumps(packet), None
    if choice == 3:  # a malformed field
        field = draw(st.sampled_from(sorted(packet)))
        packet[field] = draw(NOT_STR if field != "authVersion" else st.sampled_from([0, 2, "1"]))
        if field == "clientPasskey":
            return json.dumps(packet), None
    return json.dumps(packet), passkey


def test_random_auth_packets_are_refused_revealing_nothing_while_others_stream(
    token_server: EmbeddedServer,
) -> None:
    host = token_server.api_host

    @FUZZ
    @given(case=bad_auth())
    def one_packet(case: tuple[str | bytes, str | None]) -> None:
        frame, passkey = case
        with open_ws(host) as ws:
            ws.send(frame)
            reply = json.loads(ws.recv(timeout=10))
            with pytest.raises(ConnectionClosed):
                ws.recv(timeout=10)
            assert ws.protocol.close_code == 1008
        assert reply["success"] is False and isinstance(reply["error"], str)
        assert set(reply) == {"success", "error"}
        assert TOKEN_SECRET not in reply["error"] and TOKEN not in reply["error"]
        if passkey is not None:
            assert passkey not in reply["error"]

    with lms.Client(host, TOKEN, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        assert model.respond("before", config=SHORT).content
        with Streamer(model, SHORT) as streamer:
            one_packet()
        assert not streamer.errors, streamer.errors
        assert streamer.completed >= 1
        assert model.respond("after", config=SHORT).content
    assert greeting(host) == {"lmstudio": True}


def test_silent_socket_gets_the_auth_timeout(
    token_server: EmbeddedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As tests/server/test_server_protocol.py::test_auth_timeout, here on a server with a token.
    monkeypatch.setattr(server_app, "AUTH_TIMEOUT_SEC", 0.5)
    with open_ws(token_server.api_host) as ws:
        started = time.monotonic()
        assert json.loads(ws.recv(timeout=10)) == {
            "success": False,
            "error": "Authentication timed out",
        }
        assert time.monotonic() - started < 5
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)


# --- configs are refused before anything is sent ------------------------------------------------

BAD_PREDICTION_CONFIGS: list[tuple[dict[str, Any], str]] = [
    ({"maxTokenz": 5}, "maxTokenz"),
    ({"temperature": "hot"}, "temperature"),
    ({"maxTokens": 0}, "maxTokens"),
    ({"max_tokens": -1}, "maxTokens"),
    ({"maxTokens": True}, "maxTokens"),
    ({"topPSampling": 1.5}, "topPSampling"),
    ({"stopStrings": "stop"}, "stopStrings"),
    ({"structured": 5}, "structured"),
    ({"temperature": 0.5, "seed": 1}, "seed"),
]
BAD_LOAD_CONFIGS: list[tuple[dict[str, Any], str]] = [
    ({"contextLenght": 2048}, "contextLenght"),
    ({"contextLength": 0}, "contextLength"),
    ({"gpu": "max"}, "gpu"),
]
# Every spelling the client accepts for a prediction config key (camelCase and snake_case).
PREDICTION_KEYS = set(RENAMES[lms.LlmPredictionConfig]) | set(
    RENAMES[lms.LlmPredictionConfig].values()
)


def client_frames(capture: Path) -> list[dict[str, Any]]:
    lines = capture.read_text().splitlines()
    return [r["frame"] for r in map(json.loads, lines) if r["from"] == "client"]


def test_invalid_configs_are_refused_before_anything_is_sent(api_host: str, tmp_path: Path) -> None:
    capture = tmp_path / "capture.jsonl"
    with lms.Client(api_host, timeout=30, capture=capture) as client:
        model = client.llm.model(MODEL_KEY)
        for config, key in BAD_PREDICTION_CONFIGS:
            for call in (model.respond, model.respond_stream, model.complete):
                with pytest.raises(lms.LMStudioConfigError) as raised:
                    call("Hello", config=config)
                assert raised.value.key == key and repr(key) in str(raised.value)
        for config, key in BAD_LOAD_CONFIGS:
            for load in (client.llm.model, client.llm.load_new_instance):
                with pytest.raises(lms.LMStudioConfigError) as raised:
                    load(MODEL_KEY, config=config)
                assert raised.value.key == key and repr(key) in str(raised.value)

        @settings(max_examples=60, deadline=None, database=None)
        @given(key=st.text(min_size=1, max_size=30), value=JSON)
        def unknown_key(key: str, value: Any) -> None:
            if key in PREDICTION_KEYS:
                return
            with pytest.raises(lms.LMStudioConfigError) as raised:
                model.respond("Hello", config={key: value})
            assert raised.value.key == key and repr(key) in str(raised.value)

        unknown_key()
        sent = client_frames(capture)
        creates = [f.get("endpoint") for f in sent if f.get("type") == "channelCreate"]
        assert creates == ["getOrLoad"], creates  # nothing after the refusals
        assert model.respond("Hello", config=SHORT).content  # the capture does see a good one
    creates = [
        f.get("endpoint") for f in client_frames(capture) if f.get("type") == "channelCreate"
    ]
    assert creates == ["getOrLoad", "predict"]
