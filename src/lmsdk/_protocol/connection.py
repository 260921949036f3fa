"""Sans-I/O client state for one namespace socket.

The object turns frames received as text into events and requests into frames to send, and tracks the
ids of open channels and RPC calls in the lifecycle table the server and the validator use as well
(lmsdk._protocol.lifecycle; the server's counterpart is lmsdk._protocol.server). It does no I/O, so the async and the sync front ends share it (and
the tests drive it without sockets). The envelope is parsed by hand rather than through the converter:
it is on the hot path of every streamed fragment, and only the payload needs the generated models.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from lmsdk._generated.base import UNSET, EndpointSpec, UnknownTagError
from lmsdk._generated.converter import decoder, unstructure
from lmsdk._json import dumps as _dumps
from lmsdk._json import loads as _loads
from lmsdk._protocol.describe import describe_decode_error
from lmsdk._protocol.events import (
    AuthAccepted,
    AuthRejected,
    ChannelClosed,
    ChannelFailed,
    ChannelMessage,
    Event,
    PeerWarning,
    ProtocolViolation,
    RpcFailed,
    RpcSucceeded,
)
from lmsdk._protocol.lifecycle import Lifecycle, frame_id

State = Literal["new", "authenticating", "open", "closed"]


class ClientConnection:
    """Protocol state of one client WebSocket (one namespace).

    Args:
        namespace: the namespace this socket serves (`llm`, `system`, ...).
        client_identifier: the auth packet's identifier (the public half of an API token).
        client_passkey: the auth packet's passkey (the secret half); never logged.
    """

    def __init__(self, namespace: str, client_identifier: str, client_passkey: str) -> None:
        self.namespace = namespace
        self._identifier = client_identifier
        self._passkey = client_passkey
        self.state: State = "new"
        self._outbox: list[str] = []
        self._next_channel = 1
        self._next_call = 1
        # The open ids; each entry's state is the generated decoder of what the server sends on
        # it (toClient packets, or the RPC result).
        self._open = Lifecycle()
        # Channels whose waiter left before the server ended them (result taken, or gave up): their
        # late packets and closing channelClose/channelError are dropped quietly, not reported.
        self._forgotten: set[tuple[str, int]] = set()

    def __repr__(self) -> str:
        return f"<ClientConnection {self.namespace} {self.state} open={len(self._open)}>"

    # -- outgoing ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Queue the auth packet; nothing else may be sent until the reply arrives."""
        if self.state != "new":
            raise RuntimeError("the connection has already started")
        self.state = "authenticating"
        self._outbox.append(
            _dumps(
                {
                    "authVersion": 1,
                    "clientIdentifier": self._identifier,
                    "clientPasskey": self._passkey,
                }
            )
        )

    def data_to_send(self) -> list[str]:
        """Drain the frames waiting to be written to the socket, in order."""
        out, self._outbox = self._outbox, []
        return out

    def open_channel(self, spec: EndpointSpec, creation_parameter: Any) -> int:
        """Queue a channelCreate; returns the new channel id."""
        self._require_open()
        channel_id = self._next_channel
        self._next_channel += 1
        frame: dict[str, Any] = {
            "type": "channelCreate",
            "endpoint": spec.name,
            "channelId": channel_id,
        }
        if spec.parameter is not None:
            frame["creationParameter"] = unstructure(creation_parameter)
        self._open.open("channel", channel_id, spec.name, spec, _decoder(spec.to_client))
        self._outbox.append(_dumps(frame))
        return channel_id

    def send_channel_message(self, channel_id: int, message: Any) -> bool:
        """Queue a channelSend; returns False (and sends nothing) if the channel has already ended."""
        self._require_open()
        if self._open.get("channel", channel_id) is None:
            return False
        self._outbox.append(
            _dumps(
                {"type": "channelSend", "channelId": channel_id, "message": unstructure(message)}
            )
        )
        return True

    def call_rpc(self, spec: EndpointSpec, parameter: Any) -> int:
        """Queue an rpcCall; returns the call id."""
        self._require_open()
        call_id = self._next_call
        self._next_call += 1
        frame: dict[str, Any] = {"type": "rpcCall", "endpoint": spec.name, "callId": call_id}
        if spec.parameter is not None:
            frame["parameter"] = unstructure(parameter)
        self._open.open("rpc", call_id, spec.name, spec, _decoder(spec.returns))
        self._outbox.append(_dumps(frame))
        return call_id

    def keep_alive(self) -> None:
        """Queue a keepAlive (the server answers keepAliveAck)."""
        self._require_open()
        self._outbox.append('{"type":"keepAlive"}')

    def forget(self, kind: Literal["channel", "rpc"], ident: int) -> None:
        """Stop tracking an id whose waiter has gone away."""
        if self._open.drop(kind, ident) is not None:
            self._forgotten.add((kind, ident))

    def connection_lost(self) -> list[Event]:
        """The socket closed: every open channel and call fails."""
        self.state = "closed"
        lost = {"title": "The connection to the server was lost"}
        events: list[Event] = [
            ChannelFailed(e.ident, lost, lost=True)
            if e.kind == "channel"
            else RpcFailed(e.ident, lost, lost=True)
            for e in self._open.clear()
        ]
        self._forgotten.clear()
        return events

    def _require_open(self) -> None:
        if self.state != "open":
            raise RuntimeError(f"cannot send on a connection that is {self.state}")

    # -- incoming ---------------------------------------------------------------------------------
    def receive_text(self, text: str) -> list[Event]:
        """Parse one received frame into events."""
        try:
            frame = _loads(text)
        except ValueError:
            return [ProtocolViolation(f"the server sent a frame that is not JSON: {text[:80]!r}")]
        if not isinstance(frame, dict):
            return [
                ProtocolViolation(f"the server sent a frame that is not an object: {text[:80]!r}")
            ]
        if self.state == "authenticating":
            return self._auth_reply(frame)
        kind = frame.get("type")
        if kind == "channelSend":
            return self._channel_send(frame)
        if kind == "rpcResult":
            return self._rpc_result(frame)
        if kind in ("channelClose", "channelError"):
            return self._channel_end(frame, kind)
        if kind == "rpcError":
            call_id = frame_id(frame, "callId")
            if self._late_reply(call_id):
                return []
            if call_id is None or self._open.answer(call_id, kind)[1] is not None:
                return [ProtocolViolation(f"rpcError for unknown call {frame.get('callId')!r}")]
            return [RpcFailed(call_id, frame.get("error"))]
        if kind == "communicationWarning":
            warning = str(frame.get("warning"))
            return [
                PeerWarning(
                    warning, frame.get("kind") if isinstance(frame.get("kind"), str) else None
                ),
                *self._refused_by_warning(warning),
            ]
        if kind in ("keepAliveAck", "channelAck"):
            return []
        return [ProtocolViolation(f"the server sent an unknown message type {kind!r}")]

    def _refused_by_warning(self, warning: str) -> list[Event]:
        """Fail the open requests whose endpoint a warning says the server does not know.

        LM Studio answers a request for an endpoint it does not have (an older server, a newer
        client) with a communicationWarning alone, which carries no id: without this, the
        request would wait for its deadline. A later channelError or rpcError for the same id
        (lmsdk serve sends both) is then dropped quietly.
        """
        failed: list[Event] = []
        for entry in self._open.open_entries():
            if not names_unknown_endpoint(warning, entry.endpoint):
                continue
            self.forget(entry.kind, entry.ident)  # type: ignore[arg-type]  # channel or rpc
            error = {"title": warning}
            failed.append(
                ChannelFailed(entry.ident, error)
                if entry.kind == "channel"
                else RpcFailed(entry.ident, error)
            )
        return failed

    def _auth_reply(self, frame: dict[str, Any]) -> list[Event]:
        if frame.get("success") is True:
            self.state = "open"
            return [AuthAccepted()]
        self.state = "closed"
        error = frame.get("error")
        return [AuthRejected(error if isinstance(error, str) else "authentication failed")]

    def _channel_send(self, frame: dict[str, Any]) -> list[Event]:
        channel_id = frame_id(frame, "channelId")
        entry = None if channel_id is None else self._open.get("channel", channel_id)
        if ("channel", channel_id) in self._forgotten:
            return []  # e.g. fragments still in flight after a cancel
        if channel_id is None or entry is None:
            return [
                ProtocolViolation(f"channelSend for unknown channel {frame.get('channelId')!r}")
            ]
        ack = frame.get("ackId")
        if isinstance(ack, int):
            self._outbox.append(
                _dumps({"type": "channelAck", "channelId": channel_id, "ackId": ack})
            )
        raw = frame.get("message", UNSET)
        spec = entry.spec
        assert spec is not None  # the client opens ids with their spec
        try:
            message = entry.state(raw)
        except UnknownTagError as exc:
            return [
                PeerWarning(
                    f"ignored a {spec.name} packet of unknown type {exc.found!r}",
                    "unknownPacket",
                )
            ]
        except Exception as exc:  # noqa: BLE001 - any decode failure is a protocol violation
            return [
                ProtocolViolation(
                    f"invalid {spec.name} packet: {describe_decode_error(exc)}",
                    channel_id=channel_id,
                )
            ]
        return [ChannelMessage(channel_id, message, raw)]

    def _channel_end(self, frame: dict[str, Any], kind: str) -> list[Event]:
        channel_id = frame_id(frame, "channelId")
        if ("channel", channel_id) in self._forgotten:
            self._forgotten.discard(("channel", channel_id))
            return []  # the server ends a channel whose waiter already has what it needed
        if channel_id is None or self._open.end("channel", channel_id, kind)[1] is not None:
            return [ProtocolViolation(f"{kind} for unknown channel {frame.get('channelId')!r}")]
        if kind == "channelClose":
            return [ChannelClosed(channel_id)]
        return [ChannelFailed(channel_id, frame.get("error"))]

    def _late_reply(self, call_id: int | None) -> bool:
        """Whether this answers a call whose waiter gave up (timed out): dropped quietly."""
        if call_id is not None and ("rpc", call_id) in self._forgotten:
            self._forgotten.discard(("rpc", call_id))
            return True
        return False

    def _rpc_result(self, frame: dict[str, Any]) -> list[Event]:
        call_id = frame_id(frame, "callId")
        if self._late_reply(call_id):
            return []
        entry, breach = (None, None) if call_id is None else self._open.answer(call_id, "rpcResult")
        if call_id is None or entry is None or breach is not None or entry.spec is None:
            return [ProtocolViolation(f"rpcResult for unknown call {frame.get('callId')!r}")]
        if "result" not in frame or entry.spec.returns is None:
            return [RpcSucceeded(call_id, None)]
        try:
            result = entry.state(frame["result"])
        except Exception as exc:  # noqa: BLE001
            return [
                RpcFailed(
                    call_id,
                    {"title": f"invalid {entry.endpoint} result: {describe_decode_error(exc)}"},
                    protocol=True,
                )
            ]
        return [RpcSucceeded(call_id, result)]


# How servers say that they do not know an endpoint: LM Studio (lmstudio-js ServerPort, from
# Release-54 on) "Received channelCreate for unknown endpoint, endpoint = x" or "... for unhandled
# endpoint ...", lmsdk serve "Unknown channel endpoint llm/x" or "... is not available ...".
_UNKNOWN_WORDS = ("unknown", "unhandled", "not found", "no such", "not available")


def names_unknown_endpoint(text: str, endpoint: str) -> bool:
    """Whether an error or warning text says that the server does not know ``endpoint``."""
    lowered = text.lower()
    return (
        "endpoint" in lowered
        and any(w in lowered for w in _UNKNOWN_WORDS)
        and re.search(rf"\b{re.escape(endpoint.lower())}\b", lowered) is not None
    )


def _decoder(t: Any) -> Callable[[Any], Any]:
    return _as_is if t is None else decoder(t)


def _as_is(value: Any) -> Any:
    return value
