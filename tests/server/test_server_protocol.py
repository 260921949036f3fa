"""Raw-socket protocol tests: the `websockets` sync client speaking the wire protocol directly."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import lmstudio as lms
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

import lmsdk
import lmsdk.server.app as server_app
from lmsdk.server import EmbeddedServer
from lmsdk.server.embedded import llama_engine_factory
from lmsdk.server.engine import Finished
from lmsdk.server.model_files import DEFAULT_MODEL_KEY

MODEL_KEY = "smollm2-135m-instruct"
TOKEN = "sk-lm-Ab12Cd34:s3cretS3cretS3cret12"
QUERY = {"type": "query", "query": {"identifier": MODEL_KEY}}


def open_socket(
    api_host: str, namespace: str = "llm", ident: str = "guest:test", key: str = "passkey"
) -> tuple[ClientConnection, dict[str, Any]]:
    ws = connect(f"ws://{api_host}/{namespace}", open_timeout=10, max_size=None, legacy=True)
    ws.send(json.dumps({"authVersion": 1, "clientIdentifier": ident, "clientPasskey": key}))
    return ws, json.loads(ws.recv(timeout=10))


def authed(api_host: str, namespace: str = "llm") -> ClientConnection:
    ws, reply = open_socket(api_host, namespace)
    assert reply == {"success": True}
    return ws


def recv(ws: ClientConnection, timeout: float = 30) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(ws.recv(timeout=timeout))
    return message


def predict_message(channel_id: int, text: str, max_tokens: int = 8, **extra: Any) -> str:
    fields = [
        {
            "key": "llm.prediction.maxPredictedTokens",
            "value": {"checked": True, "value": max_tokens},
        }
    ]
    return json.dumps(
        {
            "type": "channelCreate",
            "endpoint": "predict",
            "channelId": channel_id,
            "creationParameter": {
                "modelSpecifier": QUERY,
                "history": {
                    "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]
                },
                "predictionConfigStack": {
                    "layers": [{"layerName": "apiOverride", "config": {"fields": fields}}]
                },
                **extra,
            },
        }
    )


def until_channel_end(
    ws: ClientConnection, channel_id: int, timeout: float = 60
) -> list[dict[str, Any]]:
    """Every message up to and including the channelClose/channelError of a channel."""
    deadline = time.monotonic() + timeout
    seen = []
    while True:
        message = recv(ws, timeout=max(0.1, deadline - time.monotonic()))
        seen.append(message)
        if message.get("channelId") == channel_id and message["type"] in (
            "channelClose",
            "channelError",
        ):
            return seen


# --- HTTP ---------------------------------------------------------------------------------


def test_greeting_and_status(api_host: str) -> None:
    with urllib.request.urlopen(f"http://{api_host}/lmstudio-greeting", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"
        assert json.loads(response.read()) == {"lmstudio": True}
    with urllib.request.urlopen(f"http://{api_host}/lms-status", timeout=10) as response:
        assert json.loads(response.read()) == {"package": "lmsdk", "version": "0.1.0"}


@pytest.mark.parametrize("path", ["/llm/", "/LLM", "/nonexistent", "/llm?x=1", "/"])
def test_unknown_websocket_paths_get_404(api_host: str, path: str) -> None:
    with pytest.raises(InvalidStatus) as raised:
        connect(f"ws://{api_host}{path}", open_timeout=10)
    assert raised.value.response.status_code == 404


@pytest.mark.parametrize(
    "namespace",
    ["llm", "embedding", "system", "files", "repository", "plugins", "diagnostics"],
)
def test_every_namespace_of_the_protocol_authenticates(api_host: str, namespace: str) -> None:
    with authed(api_host, namespace) as ws:
        ws.send(json.dumps({"type": "keepAlive"}))
        assert recv(ws) == {"type": "keepAliveAck"}


@pytest.mark.parametrize("namespace", ["repository", "plugins", "diagnostics"])
def test_unsupported_namespace_answers_each_request_with_the_protocols_error(
    api_host: str, namespace: str
) -> None:
    with authed(api_host, namespace) as ws:
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "searchModels", "callId": 3}))
        warning, error = recv(ws), recv(ws)
        assert warning["type"] == "communicationWarning"
        assert error["type"] == "rpcError" and error["callId"] == 3
        title = error["error"]["title"]
        assert title == warning["warning"]
        assert f"does not support the {namespace} namespace" in title
        assert f"{namespace}/searchModels" in title
        ws.send(
            json.dumps(
                {
                    "type": "channelCreate",
                    "endpoint": "streamLogs",
                    "channelId": 4,
                    "creationParameter": None,
                }
            )
        )
        recv(ws)  # its warning
        error = recv(ws)
        assert error["type"] == "channelError" and error["channelId"] == 4
        assert "does not support" in error["error"]["title"]
        ws.send(
            json.dumps(
                {
                    "type": "signalSubscribe",
                    "endpoint": "x",
                    "subscribeId": 5,
                    "creationParameter": None,
                }
            )
        )
        recv(ws)
        error = recv(ws)
        assert error["type"] == "signalError" and error["subscribeId"] == 5
        assert "does not support" in error["error"]["title"]


def test_official_async_client_connects(api_host: str) -> None:
    """lmstudio-python's AsyncClient opens every namespace's socket on entry."""
    import asyncio

    async def main() -> list[str]:
        async with lms.AsyncClient(api_host) as client:
            loaded = await client.llm.list_loaded()
            return [model.identifier for model in loaded]

    assert MODEL_KEY in asyncio.run(main())


def test_plain_http_to_unknown_path_gets_404(api_host: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(f"http://{api_host}/nope", timeout=10)
    raised.value.close()
    assert raised.value.code == 404


# --- authentication -------------------------------------------------------------------------


def test_any_credentials_accepted_without_token(api_host: str) -> None:
    ws, reply = open_socket(api_host, ident="3f2c1b7e-uuid", key="another-uuid")
    with ws:
        assert reply == {"success": True}


def test_first_frame_must_be_the_auth_packet(api_host: str) -> None:
    with connect(f"ws://{api_host}/llm", open_timeout=10) as ws:
        ws.send(json.dumps({"type": "keepAlive"}))
        reply = recv(ws)
        assert reply["success"] is False
        assert "authentication packet" in reply["error"]
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)


def test_auth_timeout(api_host: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_app, "AUTH_TIMEOUT_SEC", 0.3)
    with connect(f"ws://{api_host}/llm", open_timeout=10) as ws:
        assert recv(ws, timeout=10) == {"success": False, "error": "Authentication timed out"}
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=10)


@pytest.fixture(scope="module")
def token_server() -> Iterator[EmbeddedServer]:
    with EmbeddedServer(api_token=TOKEN, preload=False) as server:
        yield server


def test_token_wrong_credentials_rejected_and_closed(token_server: EmbeddedServer) -> None:
    for ident, key in [("guest:x", "y"), ("Ab12Cd34", "wrong"), ("wrong", "s3cretS3cretS3cret12")]:
        ws, reply = open_socket(token_server.api_host, ident=ident, key=key)
        with ws:
            assert reply["success"] is False
            assert "API token" in reply["error"]
            with pytest.raises(ConnectionClosed):
                ws.recv(timeout=10)
            assert ws.close_code == 1008


def test_token_right_credentials_accepted(token_server: EmbeddedServer) -> None:
    ws, reply = open_socket(
        token_server.api_host, "system", ident="Ab12Cd34", key="s3cretS3cretS3cret12"
    )
    with ws:
        assert reply == {"success": True}
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "version", "callId": 1}))
        assert recv(ws) == {
            "type": "rpcResult",
            "callId": 1,
            "result": {"version": "0.1.0", "build": 1},
        }


def test_malformed_token_and_public_bind_without_token_refused() -> None:
    with pytest.raises(ValueError, match="sk-lm-"):
        EmbeddedServer(api_token="not-a-token", preload=False)
    with pytest.raises(ValueError, match="API token"):
        EmbeddedServer(host="0.0.0.0", preload=False)
    EmbeddedServer(host="0.0.0.0", api_token=TOKEN, preload=False)  # allowed with a token


# --- envelope routing -------------------------------------------------------------------------


def test_keep_alive(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(json.dumps({"type": "keepAlive"}))
        assert recv(ws) == {"type": "keepAliveAck"}


def test_unknown_rpc_endpoint_warns_and_errors(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "noSuchThing", "callId": 7}))
        warning, error = recv(ws), recv(ws)
        assert warning["type"] == "communicationWarning"
        assert warning["kind"] == "rpcEndpointUnknown"
        assert "noSuchThing" in warning["warning"]
        assert error["type"] == "rpcError" and error["callId"] == 7
        assert "noSuchThing" in error["error"]["title"]


def test_unknown_channel_endpoint_warns_and_errors(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(
            json.dumps(
                {
                    "type": "channelCreate",
                    "endpoint": "noSuchEndpoint",
                    "channelId": 3,
                    "creationParameter": {},
                }
            )
        )
        warning, error = recv(ws), recv(ws)
        assert warning["kind"] == "channelEndpointUnknown"
        assert error["type"] == "channelError" and error["channelId"] == 3


def test_invalid_creation_parameter_warns_with_validation_text(api_host: str) -> None:
    with authed(api_host) as ws:
        bad = {
            "modelSpecifier": QUERY,
            "history": {"messages": [{"role": "user", "content": "not an array"}]},
        }
        ws.send(
            json.dumps(
                {
                    "type": "channelCreate",
                    "endpoint": "predict",
                    "channelId": 1,
                    "creationParameter": bad,
                }
            )
        )
        warning, error = recv(ws), recv(ws)
        assert warning["kind"] == "channelCreationParameterTypeError"
        assert "expected an array" in warning["warning"]
        assert "history.messages.content" in warning["warning"]
        assert "predictionConfigStack" in warning["warning"]  # the missing required key
        assert error["type"] == "channelError" and error["channelId"] == 1
        assert error["error"]["title"] == warning["warning"]


def test_invalid_rpc_parameter(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "countTokens",
                    "callId": 1,
                    "parameter": {"specifier": QUERY, "inputString": 5},
                }
            )
        )
        warning, error = recv(ws), recv(ws)
        assert warning["kind"] == "rpcParameterTypeError"
        assert "inputString" in warning["warning"]
        assert error == {
            "type": "rpcError",
            "callId": 1,
            "error": {"title": warning["warning"], "rootTitle": warning["warning"]},
        }


def test_malformed_frames_warn_and_the_connection_keeps_working(api_host: str) -> None:
    with authed(api_host) as ws, authed(api_host) as other:
        for frame in [
            "{not json",
            "[1, 2]",
            json.dumps({"type": "teleport"}),
            json.dumps({"type": "rpcCall"}),
        ]:
            ws.send(frame)
            warning = recv(ws)
            assert warning["type"] == "communicationWarning"
            assert warning["kind"] == "unknown"
        ws.send(json.dumps({"type": "keepAlive"}))
        assert recv(ws) == {"type": "keepAliveAck"}
        other.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "countTokens",
                    "callId": 1,
                    "parameter": {"specifier": QUERY, "inputString": "Hello there!"},
                }
            )
        )
        assert recv(other) == {"type": "rpcResult", "callId": 1, "result": {"tokenCount": 3}}


def test_warnings_stop_after_five(api_host: str) -> None:
    with authed(api_host) as ws:
        for _ in range(8):
            ws.send("garbage")
        ws.send(json.dumps({"type": "keepAlive"}))
        received = []
        while (message := recv(ws))["type"] != "keepAliveAck":
            received.append(message)
        assert len(received) == 5


def test_signal_subscriptions_are_refused(api_host: str) -> None:
    with authed(api_host) as ws:
        for kind, subscribe_id in (("signalSubscribe", 1), ("writableSignalSubscribe", 2)):
            ws.send(
                json.dumps(
                    {
                        "type": kind,
                        "endpoint": "modelState",
                        "subscribeId": subscribe_id,
                        "creationParameter": None,
                    }
                )
            )
            warning, error = recv(ws), recv(ws)
            assert warning["kind"] == kind.replace("Subscribe", "EndpointUnknown")
            assert error["type"] == kind.replace("Subscribe", "Error")
            assert error["subscribeId"] == subscribe_id


def test_channel_send_to_unknown_channel(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(json.dumps({"type": "channelSend", "channelId": 99, "message": {"type": "cancel"}}))
        warning = recv(ws)
        assert warning["kind"] == "channelUnknown"


def test_duplicate_channel_id_is_ignored_with_a_warning(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(predict_message(1, "Hello!"))
        ws.send(predict_message(1, "Hello again!"))
        messages = until_channel_end(ws, 1)
        warnings = [m for m in messages if m["type"] == "communicationWarning"]
        assert [w["kind"] for w in warnings] == ["channelAlreadyOpen"]
        assert messages[-1]["type"] == "channelClose"
        assert sum(1 for m in messages if m.get("message", {}).get("type") == "success") == 1


def test_rpc_results_and_not_found_shapes(api_host: str) -> None:
    with authed(api_host) as ws:
        missing = {"type": "query", "query": {"identifier": "nope"}}
        ws.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "getModelInfo",
                    "callId": 1,
                    "parameter": {"specifier": missing, "throwIfNotFound": False},
                }
            )
        )
        assert recv(ws) == {"type": "rpcResult", "callId": 1}  # no "result" key at all
        ws.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "getModelInfo",
                    "callId": 2,
                    "parameter": {"specifier": missing, "throwIfNotFound": True},
                }
            )
        )
        error = recv(ws)
        assert error["type"] == "rpcError"
        display = error["error"]["displayData"]
        # Other tests on this session's server may have loaded an embedding model too.
        sample = display.pop("loadedModelsSample")
        assert MODEL_KEY in sample and display.pop("totalLoadedModels") == len(sample)
        assert display == {"code": "generic.noModelMatchingQuery", "query": {"identifier": "nope"}}
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "listLoaded", "callId": 3}))
        loaded = recv(ws)["result"]
        assert [m["identifier"] for m in loaded] == [MODEL_KEY]
        assert loaded[0]["type"] == "llm" and loaded[0]["contextLength"] == 4096
        ws.send(
            json.dumps(
                {
                    "type": "rpcCall",
                    "endpoint": "getLoadConfig",
                    "callId": 4,
                    "parameter": {"specifier": QUERY},
                }
            )
        )
        fields = {f["key"]: f["value"] for f in recv(ws)["result"]["fields"]}
        assert fields["llm.load.contextLength"] == 4096


def test_system_namespace(api_host: str) -> None:
    with authed(api_host, "system") as ws:
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "version", "callId": 1}))
        assert recv(ws)["result"] == {"version": "0.1.0", "build": 1}
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "listDownloadedModels", "callId": 2}))
        models = recv(ws)["result"]
        smol = next(m for m in models if m["modelKey"] == MODEL_KEY)
        assert (
            smol["path"]
            == "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF/SmolLM2-135M-Instruct.Q4_1.gguf"
        )
        assert smol["format"] == "gguf" and smol["maxContextLength"] == 8192


def test_predict_unknown_model_is_a_channel_error(api_host: str) -> None:
    with authed(api_host) as ws:
        message = json.loads(predict_message(5, "Hi"))
        message["creationParameter"]["modelSpecifier"] = {
            "type": "query",
            "query": {"identifier": "ghost"},
        }
        ws.send(json.dumps(message))
        error = recv(ws)
        assert error["type"] == "channelError" and error["channelId"] == 5
        display = error["error"]["displayData"]
        assert display["code"] == "generic.noModelMatchingQuery"
        assert display["query"] == {"identifier": "ghost"}
        sample = display["loadedModelsSample"]  # other tests may have loaded an embedding model
        assert MODEL_KEY in sample and display["totalLoadedModels"] == len(sample)


def test_predict_packet_sequence(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(predict_message(1, "Say hello.", max_tokens=6))
        packets = [m["message"] for m in until_channel_end(ws, 1)[:-1]]
        kinds = [p["type"] for p in packets]
        first_fragment = kinds.index("fragment")
        assert set(kinds[:first_fragment]) == {"promptProcessingProgress"}
        progress = [p["progress"] for p in packets[:first_fragment]]
        assert progress[0] == 0 and progress[-1] == 1 and progress == sorted(progress)
        details = packets[first_fragment - 1]["details"]
        assert details["processedPromptTokenCount"] == details["totalPromptTokenCount"] > 0
        assert details["unprocessedPromptTokenCount"] == 0
        assert kinds[-1] == "success" and set(kinds[first_fragment:-1]) == {"fragment"}
        for packet in packets[first_fragment:-1]:
            assert set(packet["fragment"]) == {
                "content",
                "tokensCount",
                "containsDrafted",
                "reasoningType",
                "isStructural",
            }
            assert packet["fragment"]["reasoningType"] == "none"
        success = packets[-1]
        stats = success["stats"]
        assert stats["stopReason"] == "maxPredictedTokensReached"
        assert stats["predictedTokensCount"] == 6
        assert stats["totalTokensCount"] == stats["promptTokensCount"] + 6
        assert stats["numGpuLayers"] == 0 and "stopString" not in stats
        assert {"tokensPerSecond", "timeToFirstTokenSec", "totalTimeSec"} <= set(stats)
        assert success["modelInfo"]["identifier"] == MODEL_KEY
        assert success["modelInfo"]["instanceReference"]
        effective = {f["key"]: f["value"] for f in success["predictionConfig"]["fields"]}
        assert effective["llm.prediction.maxPredictedTokens"] == {"checked": True, "value": 6}
        assert "llm.load.contextLength" in {f["key"] for f in success["loadModelConfig"]["fields"]}


def test_instance_reference_specifier_and_cancel_packet(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send(json.dumps({"type": "rpcCall", "endpoint": "listLoaded", "callId": 1}))
        reference = recv(ws)["result"][0]["instanceReference"]
        message = json.loads(predict_message(2, "Write a long poem about the sea.", max_tokens=32))
        message["creationParameter"]["modelSpecifier"] = {
            "type": "instanceReference",
            "instanceReference": reference,
        }
        ws.send(json.dumps(message))
        while recv(ws)["message"]["type"] != "fragment":
            pass
        ws.send(
            json.dumps(
                {"type": "channelSend", "channelId": 2, "message": {"type": "cancel"}, "ackId": 0}
            )
        )
        rest = until_channel_end(ws, 2)
        assert {"type": "channelAck", "channelId": 2, "ackId": 0} in rest
        assert rest[-1]["type"] == "channelClose"
        assert rest[-2]["message"]["type"] == "success"
        assert rest[-2]["message"]["stats"]["stopReason"] == "userStopped"


def test_predictions_on_one_model_run_in_order(api_host: str) -> None:
    # Loaded with maxParallelPredictions 1; by default an instance runs 4 at once
    # (test_batched_engine.py's test_the_server_runs_max_parallel_predictions_at_once).
    with lmsdk.Client(api_host) as client:
        client.llm.load_new_instance(
            DEFAULT_MODEL_KEY, "one-at-a-time", config={"maxParallelPredictions": 1}
        )
    serial = {"type": "query", "query": {"identifier": "one-at-a-time"}}
    try:
        with authed(api_host) as ws:
            for channel_id in (1, 2, 3):
                ws.send(
                    predict_message(
                        channel_id, f"Count to {channel_id}.", max_tokens=4, modelSpecifier=serial
                    )
                )
            order = _packet_order(ws, 3)
    finally:
        with lmsdk.Client(api_host) as client:
            client.llm.unload("one-at-a-time")
    # FIFO and one at a time: each channel's packets form one contiguous run.
    runs = [c for i, c in enumerate(order) if i == 0 or order[i - 1] != c]
    assert runs == [1, 2, 3]


def _packet_order(ws: ClientConnection, channels: int) -> list[int]:
    """The channel of each fragment and success packet, in arrival order, until all close."""
    order = []
    closed = 0
    while closed < channels:
        message = recv(ws)
        if message["type"] == "channelSend" and message["message"]["type"] in (
            "fragment",
            "success",
        ):
            order.append(message["channelId"])
        closed += message["type"] == "channelClose"
    return order


def test_oversized_frame_is_refused(api_host: str) -> None:
    with authed(api_host) as ws:
        ws.send("x" * (server_app.MAX_SOCKET_FRAME_BYTES + 1))
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=30)
        assert ws.protocol.close_code == 1009
    with authed(api_host) as ws:  # the server is fine
        ws.send(json.dumps({"type": "keepAlive"}))
        assert recv(ws) == {"type": "keepAliveAck"}


# --- disconnects ------------------------------------------------------------------------------


class SpyEngine:
    """Wraps the real engine and records how each generation ended."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.finished: list[Finished] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def generate(self, prompt: str, params: Any, cancel: threading.Event) -> Iterator[Any]:
        for event in self._inner.generate(prompt, params, cancel):
            if isinstance(event, Finished):
                self.finished.append(event)
            yield event


def test_client_disconnect_mid_prediction_stops_generation() -> None:
    spies: list[SpyEngine] = []

    def factory(entry: Any, context_length: int) -> Any:
        spies.append(SpyEngine(llama_engine_factory(entry, context_length)))
        return spies[-1]

    with EmbeddedServer(engine_factory=factory) as server:
        spy = spies[0]
        ws = authed(server.api_host)
        ws.send(predict_message(1, "Count from 1 to 1000, separated by commas.", max_tokens=2000))
        while recv(ws)["message"]["type"] != "fragment":
            pass
        ws.close()
        deadline = time.monotonic() + 15
        while not spy.finished and time.monotonic() < deadline:
            time.sleep(0.05)
        assert spy.finished, "the generation kept running after the client left"
        assert spy.finished[0].stop_reason == "userStopped"
        assert spy.finished[0].predicted_tokens < 2000

        started = time.perf_counter()
        with lms.Client(server.api_host) as client:
            result = client.llm.model().respond("Hi", config={"maxTokens": 4})
        assert result.stats.predicted_tokens_count == 4
        assert time.perf_counter() - started < 30  # promptly: nothing is still generating
