"""A FAKE LM Studio server for fault tests: it sends exactly what a test scripts, and nothing else.

`ScriptedServer(script)` listens on a free loopback port, answers the HTTP greeting probe (so clients
find it like a real server) and accepts any auth packet, then hands each WebSocket to the test's
`script(conn)` in the server's thread. The script reads with `conn.expect(...)` and writes with
`conn.send*()`; every frame the client sent is recorded in `conn.received`. Nothing here is a model or
a protocol implementation: a frame the script does not send is never sent, which is what lets the
tests produce silence, garbage and errors on demand.

Every wait has a timeout; a script that fails (an expectation not met in time) records its exception
in `server.errors`, which the tests assert empty.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

Frame = dict[str, Any]
Script = Callable[["FakeConnection"], None]

SCRIPT_TIMEOUT = 10.0
"""Default seconds a script waits for the client's next frame."""

FAKE_MODEL = "fake-model"


def instance_info(identifier: str = FAKE_MODEL) -> Frame:
    """A valid llmInstanceInfo for the fake's one 'loaded model'."""
    return {
        "type": "llm",
        "modelKey": identifier,
        "format": "gguf",
        "displayName": "Fake Model (scripted)",
        "path": f"fake/{identifier}.gguf",
        "sizeBytes": 1,
        "architecture": "fake",
        "vision": False,
        "trainedForToolUse": False,
        "maxContextLength": 4096,
        "identifier": identifier,
        "instanceReference": "fake-instance",
        "contextLength": 4096,
    }


def fragment(text: str, tokens: int = 1) -> Frame:
    """A predict `fragment` packet."""
    return {
        "type": "fragment",
        "fragment": {
            "content": text,
            "tokensCount": tokens,
            "containsDrafted": False,
            "reasoningType": "none",
            "isStructural": False,
        },
    }


def progress(value: float) -> Frame:
    """A predict `promptProcessingProgress` packet."""
    return {"type": "promptProcessingProgress", "progress": value}


def success(predicted_tokens: int = 1, stop_reason: str = "eosFound") -> Frame:
    """A predict `success` packet."""
    return {
        "type": "success",
        "stats": {"stopReason": stop_reason, "predictedTokensCount": predicted_tokens},
        "modelInfo": instance_info(),
        "loadModelConfig": {"fields": []},
        "predictionConfig": {"fields": []},
    }


def serialized_error(title: str, cause: str, suggestion: str) -> Frame:
    """A serializedLMSExtendedError."""
    return {"title": title, "rootTitle": title, "cause": cause, "suggestion": suggestion}


def user_text(create: Frame) -> str:
    """The last user message's text of a predict channelCreate."""
    message = create["creationParameter"]["history"]["messages"][-1]
    return "".join(part.get("text", "") for part in message["content"])


def is_cancel(frame: Any) -> bool:
    """Whether a frame the client sent is a channel's cancel packet."""
    return (
        isinstance(frame, dict)
        and frame.get("type") == "channelSend"
        and frame.get("message") == {"type": "cancel"}
    )


class FakeConnection:
    """One client socket of the fake server, as the script drives it."""

    def __init__(self, ws: ServerConnection, namespace: str) -> None:
        self.ws = ws
        self.namespace = namespace
        self.received: list[Any] = []
        self.auth_packet: Any = None

    # -- reading ------------------------------------------------------------------------------
    def recv(self, timeout: float = SCRIPT_TIMEOUT) -> Any:
        """The client's next frame, decoded (raw text if not JSON); raises TimeoutError."""
        text = self.ws.recv(timeout=timeout)
        try:
            frame: Any = json.loads(text)
        except ValueError:
            frame = text
        self.received.append(frame)
        return frame

    def expect(
        self, predicate: Callable[[Any], bool], what: str, timeout: float = SCRIPT_TIMEOUT
    ) -> Frame:
        """Read until a frame matches predicate (earlier frames are recorded too)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"fake server: no {what} within {timeout:g}s")
            try:
                frame = self.recv(left)
            except TimeoutError:
                continue
            if predicate(frame):
                result: Frame = frame
                return result

    def expect_channel_create(self, endpoint: str, timeout: float = SCRIPT_TIMEOUT) -> Frame:
        """Wait for a channelCreate of endpoint."""
        return self.expect(
            lambda f: (
                isinstance(f, dict)
                and f.get("type") == "channelCreate"
                and f.get("endpoint") == endpoint
            ),
            f"channelCreate {endpoint}",
            timeout,
        )

    def expect_rpc(self, endpoint: str, timeout: float = SCRIPT_TIMEOUT) -> Frame:
        """Wait for an rpcCall of endpoint."""
        return self.expect(
            lambda f: (
                isinstance(f, dict) and f.get("type") == "rpcCall" and f.get("endpoint") == endpoint
            ),
            f"rpcCall {endpoint}",
            timeout,
        )

    def idle(self, timeout: float = SCRIPT_TIMEOUT) -> None:
        """Answer nothing: keep reading (and recording) until the client leaves or timeout."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                self.recv(left)
            except TimeoutError:
                return

    # -- writing ------------------------------------------------------------------------------
    def send_raw(self, text: str) -> None:
        """Send one text frame exactly as given."""
        self.ws.send(text)

    def send(self, frame: Any) -> None:
        """Send one JSON frame."""
        self.ws.send(json.dumps(frame))

    def send_packet(self, channel_id: int, message: Any) -> None:
        """channelSend to the client."""
        self.send({"type": "channelSend", "channelId": channel_id, "message": message})

    def close_channel(self, channel_id: int) -> None:
        """channelClose."""
        self.send({"type": "channelClose", "channelId": channel_id})

    def serve_get_or_load(self, identifier: str = FAKE_MODEL) -> None:
        """Answer the client's getOrLoad with alreadyLoaded, as `client.llm.model(key)` needs."""
        create = self.expect_channel_create("getOrLoad")
        channel_id = create["channelId"]
        self.send_packet(channel_id, {"type": "alreadyLoaded", "info": instance_info(identifier)})
        self.close_channel(channel_id)


class ScriptedServer:
    """A FAKE server that accepts auth, then runs `script` on each connection (see module doc)."""

    def __init__(self, script: Script) -> None:
        self._script = script
        self.connections: list[FakeConnection] = []
        self.errors: list[BaseException] = []
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def api_host(self) -> str:
        """host:port of the fake."""
        assert self._server is not None
        return f"127.0.0.1:{self._server.socket.getsockname()[1]}"

    def received(self, namespace: str = "llm") -> list[Any]:
        """Every frame clients sent on namespace sockets, in order per socket."""
        return [f for c in self.connections if c.namespace == namespace for f in c.received]

    def wait_for(self, predicate: Callable[[Any], bool], timeout: float = 5.0) -> Any:
        """Wait until some received frame matches predicate; returns it (None on timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for conn in list(self.connections):
                for frame in list(conn.received):
                    if predicate(frame):
                        return frame
            time.sleep(0.01)
        return None

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        if request.path == "/lmstudio-greeting":
            return connection.respond(200, '{"lmstudio": true}')
        return None

    def _handle(self, ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else "/"
        conn = FakeConnection(ws, path.lstrip("/"))
        self.connections.append(conn)
        try:
            conn.auth_packet = json.loads(ws.recv(timeout=SCRIPT_TIMEOUT))
            conn.send({"success": True})
            self._script(conn)
        except ConnectionClosed:
            pass
        except BaseException as exc:  # reported to the test through self.errors
            self.errors.append(exc)

    def __enter__(self) -> ScriptedServer:
        self._server = serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._process_request,
            compression=None,
            max_size=None,
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="scripted-fake-server", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        for conn in self.connections:
            conn.ws.close()
        self._thread.join(timeout=5)
