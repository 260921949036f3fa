"""One captured connection's protocol state, and the payload types its endpoints declare.

The state covers authentication first, then channel, call and subscription lifecycles: the latter
are the protocol core's (lmsdk._protocol.lifecycle), the same rules the client and the server follow,
fed the capture's frames of both origins; this module words their breaches as sequence problems.

A connection is followed frame by frame in capture order. The endpoint named by a `channelCreate`,
`rpcCall` or subscribe decides which generated type the later payloads on that id must match:
creationParameter/parameter against `spec.parameter`, a client channelSend's message against
`spec.to_server`, a server channelSend's message against `spec.to_client`, and an rpcResult's result
against `spec.returns`. Ids come straight from the raw frame, so a frame whose envelope is broken
elsewhere still advances the state and later frames are judged correctly.
"""

from __future__ import annotations

from typing import Any, Final, Literal, get_args

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.endpoints import NAMESPACE_ENDPOINTS
from lmsdk._generated.transport import AuthPacket, AuthResult, ClientMessage, ServerMessage
from lmsdk._protocol.describe import show_value
from lmsdk._protocol.lifecycle import ID_KEYS, Breach, Entry, Kind, Lifecycle, Origin, frame_id
from lmsdk.wire.report import Problem, Report, severity_of
from lmsdk.wire.revisions import Revision, missing_required, newer_endpoint
from lmsdk.wire.typecheck import Finding, check, describe_type

__all__ = ["MANIFESTS", "Connection"]

MANIFESTS: Final[dict[str, dict[str, EndpointSpec]]] = NAMESPACE_ENDPOINTS
"""The namespaces whose endpoints the generated bindings describe."""

_AuthState = Literal["none", "sent", "ok", "failed"]

# The summary bucket of frames naming an id never opened.
_UNKNOWN_BUCKET: Final[dict[Kind, str]] = {
    "channel": "(unknown channel)",
    "rpc": "(unknown call)",
    "signal": "(unknown subscription)",
    "writableSignal": "(unknown subscription)",
}


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
        # Ended ids are kept, so that a frame naming one is reported with the line it ended at.
        self.lifecycle = Lifecycle(keep_ended=True)
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
        self._line = self.lifecycle.step = line
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
            self._open(frame, "channel", "creationParameter")
        elif kind == "rpcCall":
            self._open(frame, "rpc", "parameter")
        elif kind in ("signalSubscribe", "writableSignalSubscribe"):
            self._open(frame, kind.removesuffix("Subscribe"), None)
        else:
            entry = self._follow("client", frame)
            if kind == "channelSend" and entry is not None and entry.spec is not None:
                if "message" in frame:
                    context = f"{entry.endpoint} toServerPacket"
                    self._findings(
                        check(frame["message"], entry.spec.to_server, "$.message"), context
                    )

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
        entry = self._follow("server", frame)
        if entry is None or entry.spec is None:
            return
        kind = frame.get("type")
        if kind == "channelSend" and "message" in frame:
            self._result(
                frame["message"], entry.spec.to_client, "$.message", entry, "toClientPacket"
            )
        elif kind == "rpcResult" and "result" in frame:
            # An absent result is a void result or a not-found answer: both fine.
            if entry.spec.returns is None:
                self.problem(
                    "value",
                    "$.result",
                    "no result key (the endpoint returns nothing)",
                    show_value(frame["result"]),
                )
            else:
                self._result(frame["result"], entry.spec.returns, "$.result", entry, "result")

    def _result(self, value: Any, t: Any, path: str, entry: Entry, what: str) -> None:
        """Check what the server sends on an id (a channel packet, an RPC result)."""
        context = f"{entry.endpoint} {what}"
        self._findings(check(value, t, path), context)
        if self.revision is not None:
            self._findings(missing_required(value, t, path, self.revision), context)

    # --- lifecycles -----------------------------------------------------------------------------

    def _open(self, frame: dict[str, Any], kind: Kind, payload: str | None) -> None:
        """An opening frame: its endpoint, its id (once per connection) and its payload."""
        key, spec = self._endpoint(frame, kind)
        self._count(key)
        ident = frame_id(frame, ID_KEYS[kind])
        if ident is not None:
            _, breach = self.lifecycle.open(kind, ident, key, spec, verb=str(frame.get("type")))
            if breach is not None:
                self._breach(breach, frame)
        if spec is not None and payload is not None:
            self._payload(frame, payload, spec.parameter, f"{key} {payload}")

    def _follow(self, origin: Origin, frame: dict[str, Any]) -> Entry | None:
        """A frame on an open id: the shared lifecycle rules, with each breach reported."""
        step = self.lifecycle.frame(origin, frame)
        if step is None:
            kind = frame.get("type")
            self._count(f"({kind})" if isinstance(kind, str) else "(unknown)")
            return None
        entry, breach = step
        if entry is not None:
            self._count(entry.endpoint)
        elif breach is not None:
            self._count(_UNKNOWN_BUCKET[breach.kind])
        if breach is not None:
            self._breach(breach, frame)
        return entry

    def _breach(self, breach: Breach, frame: dict[str, Any]) -> None:
        """Report a lifecycle rule a frame broke, in the validator's words."""
        if breach.ident is None:
            return  # no usable id: the envelope check has reported it
        kind, ident, verb, old = breach.kind, breach.ident, breach.verb, breach.previous
        path = f"$.{ID_KEYS[kind]}"
        family = "call" if kind == "rpc" else "channel" if kind == "channel" else "subscription"
        if breach.rule == "reused" and old is not None:
            done = {"rpc": "called", "channel": "opened"}.get(kind, "subscribed")
            self._sequence(
                path,
                f"a {family} id not used before on this connection",
                f"{ident}, already {done} at line {old.opened}",
            )
        elif breach.rule == "unknown" and kind == "channel":
            self._sequence(
                path,
                "a channel opened by channelCreate",
                f"{verb} on channel {ident}, never opened",
            )
        elif breach.rule == "unknown" and kind == "rpc":
            self._sequence(path, "the id of an rpcCall", f"{verb} for call {ident}, never called")
        elif breach.rule == "unknown":
            self._sequence(path, f"a {kind} subscription", f"{verb} for {ident}, never subscribed")
        elif breach.rule == "ended" and old is not None and kind == "channel":
            self._sequence(
                path, "an open channel", f"{verb} on channel {ident}, closed at line {old.closed}"
            )
        elif breach.rule == "ended" and old is not None:
            self._sequence(
                path, "an active subscription", f"{verb} for {ident}, ended at line {old.closed}"
            )
        elif breach.rule == "answered" and old is not None:
            self._sequence(
                path,
                "one answer per call",
                f"{verb} for call {ident}, answered at line {old.finished}",
            )
        elif breach.rule == "after-final" and old is not None:
            self._sequence(
                "$.message",
                f"only channelClose after the final packet (line {old.finished})",
                f"{_type_of(frame.get('message'))} packet",
            )

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


def _type_of(frame: Any) -> str:
    """How a frame or packet names itself in a report."""
    if isinstance(frame, dict) and isinstance(frame.get("type"), str):
        return str(frame["type"])
    return show_value(frame)
