"""One captured connection's protocol state, and the payload types its endpoints declare.

The state covers authentication first, then channel, call and subscription lifecycles.

A connection is followed frame by frame in capture order. The endpoint named by a `channelCreate`,
`rpcCall` or subscribe decides which generated type the later payloads on that id must match:
creationParameter/parameter against `spec.parameter`, a client channelSend's message against
`spec.to_server`, a server channelSend's message against `spec.to_client`, and an rpcResult's result
against `spec.returns`. Ids come straight from the raw frame, so a frame whose envelope is broken
elsewhere still advances the state and later frames are judged correctly.
"""

from __future__ import annotations

from typing import Any, Final, Literal, get_args

import attrs

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.endpoints import NAMESPACE_ENDPOINTS
from lmsdk._generated.transport import AuthPacket, AuthResult, ClientMessage, ServerMessage
from lmsdk._protocol.describe import show_value
from lmsdk.wire.report import Problem, Report, severity_of
from lmsdk.wire.revisions import Revision, missing_required, newer_endpoint
from lmsdk.wire.typecheck import Finding, check, describe_type

__all__ = ["MANIFESTS", "Connection"]

MANIFESTS: Final[dict[str, dict[str, EndpointSpec]]] = NAMESPACE_ENDPOINTS
"""The namespaces whose endpoints the generated bindings describe."""

# Packets that carry a channel's result: after one, only channelClose may follow (PROTOCOL.md 3, 5).
_FINAL_PACKETS: Final = frozenset({"success", "loadSuccess", "alreadyLoaded"})

_AuthState = Literal["none", "sent", "ok", "failed"]


@attrs.define
class _Item:
    """An id-keyed channel, call or subscription and the lines where its life changed."""

    endpoint: str
    spec: EndpointSpec | None
    opened: int
    finished: int | None = None
    """Line of the final packet (channels) or the answer (calls)."""
    closed: int | None = None


class Connection:
    """Follows one captured WebSocket connection and reports what breaks the protocol.

    Args:
        report: where problems and per-endpoint frame counts go.
        source: the capture file, for problem locations.
        conn: the connection id of the records.
        namespace: the socket's namespace (its URL path).
        revision: hold the connection to what this protocol revision's peers need as well
            (see lmsdk.wire.revisions); None accepts what any revision sends.
    """

    def __init__(
        self,
        report: Report,
        source: str,
        conn: str,
        namespace: str,
        revision: Revision | None = None,
    ) -> None:
        self.report = report
        self.revision = revision
        self.source = source
        self.conn = conn
        self.namespace = namespace
        self.manifest = MANIFESTS.get(namespace)
        self.auth: _AuthState = "none"
        self.auth_line = 0
        self.channels: dict[int, _Item] = {}
        self.calls: dict[int, _Item] = {}
        self.subscriptions: dict[tuple[str, int], _Item] = {}
        self._line = 0

    def problem(self, kind: str, path: str, expected: str, found: str, context: str = "") -> None:
        """Report a problem on the current line."""
        self.report.problems.append(
            Problem(
                self.source,
                self._line,
                self.conn,
                severity_of(kind, self.report.strict),
                kind,
                path,
                expected,
                found,
                context,
            )
        )

    def _findings(self, findings: list[Finding], context: str) -> None:
        for f in findings:
            self.problem(f.kind, f.path, f.expected, f.found, context)

    def _count(self, key: str) -> None:
        self.report.endpoints[key] += 1

    # --- frames ---------------------------------------------------------------------------------

    def frame(self, line: int, origin: Literal["client", "server"], frame: Any) -> None:
        """Check one frame sent by origin on this connection."""
        self._line = line
        if not isinstance(frame, dict):
            self._count("(not JSON)")
            self.problem("frame", "$", "a JSON object in a text frame", show_value(frame))
        elif origin == "client":
            self._client(frame)
        else:
            self._server(frame)

    def _client(self, frame: dict[str, Any]) -> None:
        if self.auth == "failed":
            self._sequence("$", "nothing: authentication failed", "a client frame")
        if "type" not in frame and (self.auth == "none" or "authVersion" in frame):
            self._count("(auth)")
            if self.auth != "none" and self.auth_line:
                self._sequence("$", "one auth packet per connection", "a second auth packet")
            self._findings(check(frame, AuthPacket), "auth packet")
            if self.auth == "none":
                self.auth, self.auth_line = "sent", self._line
            return
        if self.auth == "none":
            self._sequence("$", "the auth packet before any message", _type_of(frame))
        elif self.auth == "sent":
            self._sequence("$", "the server's auth reply before any message", _type_of(frame))
        self._findings(check(frame, ClientMessage), "ClientMessage")
        kind = frame.get("type")
        if kind == "channelCreate":
            self._channel_create(frame)
        elif kind == "channelSend":
            channel = self._channel(frame, "channelSend")
            if channel is not None and channel.spec is not None and "message" in frame:
                context = f"{channel.endpoint} toServerPacket"
                self._findings(
                    check(frame["message"], channel.spec.to_server, "$.message"), context
                )
        elif kind == "channelAck":
            self._channel(frame, "channelAck")
        elif kind == "rpcCall":
            self._rpc_call(frame)
        elif kind in ("signalSubscribe", "writableSignalSubscribe"):
            self._subscribe(frame, kind.removesuffix("Subscribe"))
        elif kind in ("signalUnsubscribe", "writableSignalUnsubscribe"):
            sub = self._subscription(frame, kind.removesuffix("Unsubscribe"), kind)
            if sub is not None and sub.closed is None:
                sub.closed = self._line
        elif kind == "writableSignalUpdate":
            self._subscription(frame, "writableSignal", kind)
        else:
            self._count(f"({kind})" if isinstance(kind, str) else "(unknown)")

    def _server(self, frame: dict[str, Any]) -> None:
        if "type" not in frame and (self.auth in ("none", "sent") or "success" in frame):
            self._count("(auth)")
            self._findings(check(frame, AuthResult), "auth reply")
            success = frame.get("success") is True
            if self.auth == "sent":
                self.auth = "ok" if success else "failed"
            elif self.auth == "none" and not success:
                self.auth = "failed"  # the server's auth timeout: a refusal needs no auth packet
            elif self.auth == "none":
                self._sequence("$", "the auth packet before an auth success", "an auth success")
                self.auth = "ok"  # judge the rest of the connection as authenticated
            else:
                self._sequence("$", "one auth reply per connection", "a second auth reply")
            return
        if self.auth != "ok":
            expected = "nothing after a failed authentication"
            if self.auth != "failed":
                expected = "a successful auth reply before any message"
            self._sequence("$", expected, _type_of(frame))
        self._findings(check(frame, ServerMessage), "ServerMessage")
        kind = frame.get("type")
        if kind == "channelSend":
            self._server_channel_send(frame)
        elif kind in ("channelClose", "channelError"):
            channel = self._channel(frame, kind)
            if channel is not None and channel.closed is None:
                channel.closed = self._line
        elif kind == "channelAck":
            self._channel(frame, "channelAck")
        elif kind in ("rpcResult", "rpcError"):
            self._rpc_answer(frame, kind)
        elif kind in ("signalUpdate", "signalError", "writableSignalUpdate", "writableSignalError"):
            family = "writableSignal" if kind.startswith("writable") else "signal"
            sub = self._subscription(frame, family, kind)
            if sub is not None and kind.endswith("Error") and sub.closed is None:
                sub.closed = self._line  # an error ends the subscription
        else:
            self._count(f"({kind})" if isinstance(kind, str) else "(unknown)")

    # --- channels -------------------------------------------------------------------------------

    def _channel_create(self, frame: dict[str, Any]) -> None:
        key, spec = self._endpoint(frame, "channel")
        self._count(key)
        channel_id = _int(frame, "channelId")
        if channel_id is not None:
            old = self.channels.get(channel_id)
            if old is not None:
                self._sequence(
                    "$.channelId",
                    "a channel id not used before on this connection",
                    f"{channel_id}, already opened at line {old.opened}",
                )
            self.channels[channel_id] = _Item(key, spec, self._line)
        if spec is not None:
            self._payload(frame, "creationParameter", spec.parameter, f"{key} creationParameter")

    def _channel(self, frame: dict[str, Any], verb: str) -> _Item | None:
        """The channel a frame refers to, after reporting a reference to an unknown or closed one."""
        channel_id = _int(frame, "channelId")
        channel = None if channel_id is None else self.channels.get(channel_id)
        if channel is None:
            self._count("(unknown channel)")
            if channel_id is not None:
                self._sequence(
                    "$.channelId",
                    "a channel opened by channelCreate",
                    f"{verb} on channel {channel_id}, never opened",
                )
            return None
        self._count(channel.endpoint)
        if channel.closed is not None:
            self._sequence(
                "$.channelId",
                "an open channel",
                f"{verb} on channel {channel_id}, closed at line {channel.closed}",
            )
        return channel

    def _server_channel_send(self, frame: dict[str, Any]) -> None:
        channel = self._channel(frame, "channelSend")
        if channel is None:
            return
        if channel.finished is not None and channel.closed is None:
            self._sequence(
                "$.message",
                f"only channelClose after the final packet (line {channel.finished})",
                f"{_type_of(frame.get('message'))} packet",
            )
        if channel.spec is None or "message" not in frame:
            return
        message = frame["message"]
        context = f"{channel.endpoint} toClientPacket"
        self._findings(check(message, channel.spec.to_client, "$.message"), context)
        if self.revision is not None:
            found = missing_required(message, channel.spec.to_client, "$.message", self.revision)
            self._findings(found, context)
        if isinstance(message, dict) and message.get("type") in _FINAL_PACKETS:
            channel.finished = channel.finished or self._line

    # --- RPCs -----------------------------------------------------------------------------------

    def _rpc_call(self, frame: dict[str, Any]) -> None:
        key, spec = self._endpoint(frame, "rpc")
        self._count(key)
        call_id = _int(frame, "callId")
        if call_id is not None:
            old = self.calls.get(call_id)
            if old is not None:
                self._sequence(
                    "$.callId",
                    "a call id not used before on this connection",
                    f"{call_id}, already called at line {old.opened}",
                )
            self.calls[call_id] = _Item(key, spec, self._line)
        if spec is not None:
            self._payload(frame, "parameter", spec.parameter, f"{key} parameter")

    def _rpc_answer(self, frame: dict[str, Any], kind: str) -> None:
        call_id = _int(frame, "callId")
        call = None if call_id is None else self.calls.get(call_id)
        if call is None:
            self._count("(unknown call)")
            if call_id is not None:
                self._sequence(
                    "$.callId", "the id of an rpcCall", f"{kind} for call {call_id}, never called"
                )
            return
        self._count(call.endpoint)
        if call.finished is not None:
            self._sequence(
                "$.callId",
                "one answer per call",
                f"{kind} for call {call_id}, answered at line {call.finished}",
            )
        call.finished = call.finished or self._line
        if kind != "rpcResult" or call.spec is None or "result" not in frame:
            return  # an absent result is a void result or a not-found answer: both fine
        if call.spec.returns is None:
            self.problem(
                "value",
                "$.result",
                "no result key (the endpoint returns nothing)",
                show_value(frame["result"]),
            )
        else:
            context = f"{call.endpoint} result"
            self._findings(check(frame["result"], call.spec.returns, "$.result"), context)
            if self.revision is not None:
                found = missing_required(
                    frame["result"], call.spec.returns, "$.result", self.revision
                )
                self._findings(found, context)

    # --- signals --------------------------------------------------------------------------------

    def _subscribe(self, frame: dict[str, Any], family: str) -> None:
        key, _ = self._endpoint(frame, family)
        self._count(key)
        sub_id = _int(frame, "subscribeId")
        if sub_id is None:
            return
        old = self.subscriptions.get((family, sub_id))
        if old is not None:
            self._sequence(
                "$.subscribeId",
                "a subscription id not used before on this connection",
                f"{sub_id}, already subscribed at line {old.opened}",
            )
        self.subscriptions[(family, sub_id)] = _Item(key, None, self._line)

    def _subscription(self, frame: dict[str, Any], family: str, verb: str) -> _Item | None:
        sub_id = _int(frame, "subscribeId")
        sub = None if sub_id is None else self.subscriptions.get((family, sub_id))
        if sub is None:
            self._count("(unknown subscription)")
            if sub_id is not None:
                self._sequence(
                    "$.subscribeId",
                    f"a {family} subscription",
                    f"{verb} for {sub_id}, never subscribed",
                )
            return None
        self._count(sub.endpoint)
        if sub.closed is not None:
            self._sequence(
                "$.subscribeId",
                "an active subscription",
                f"{verb} for {sub_id}, ended at line {sub.closed}",
            )
        return sub

    # --- helpers --------------------------------------------------------------------------------

    def _endpoint(self, frame: dict[str, Any], kind: str) -> tuple[str, EndpointSpec | None]:
        """The summary key and spec of the endpoint a frame names (None when it cannot be checked)."""
        name = frame.get("endpoint")
        if not isinstance(name, str):
            return f"{self.namespace}/(unknown)", None  # the envelope check reported it
        key = f"{self.namespace}/{name}"
        if self.manifest is None:
            return key, None  # the unknown namespace was reported on the connection's first line
        spec = self.manifest.get(name)
        if spec is None:
            known = ", ".join(n for n, s in self.manifest.items() if s.kind == kind) or "none"
            self.problem(
                "unknown-endpoint",
                "$.endpoint",
                f"a {kind} endpoint of {self.namespace} ({known})",
                show_value(name),
            )
            return key, None
        if spec.kind != kind:
            self.problem("value", "$.endpoint", f"a {kind} endpoint", f"{name!r}, a {spec.kind}")
            return key, None
        added = None if self.revision is None else newer_endpoint(self.revision, key)
        if added is not None:
            self.problem(
                "newer-endpoint",
                "$.endpoint",
                f"an endpoint that {self.revision} peers know",
                f"{name!r}, added in protocol {added}",
            )
        return key, spec

    def _payload(self, frame: dict[str, Any], key: str, t: Any, context: str) -> None:
        """Check an optional-by-endpoint payload key (creationParameter or parameter)."""
        path = f"$.{key}"
        if t is None:
            if key in frame:
                self.problem(
                    "value",
                    path,
                    f"no {key} key (the endpoint takes none)",
                    show_value(frame[key]),
                    context,
                )
        elif key not in frame:
            if type(None) not in get_args(t):  # an optional parameter may be left out
                self.problem("missing", path, describe_type(t), "no such key", context)
        else:
            self._findings(check(frame[key], t, path), context)

    def _sequence(self, path: str, expected: str, found: str) -> None:
        self.problem("sequence", path, expected, found)


def _int(frame: dict[str, Any], key: str) -> int | None:
    value = frame.get(key)
    return value if type(value) is int else None


def _type_of(frame: Any) -> str:
    """How a frame or packet names itself in a report."""
    if isinstance(frame, dict) and isinstance(frame.get("type"), str):
        return str(frame["type"])
    return show_value(frame)
