"""Sans-I/O server state for one namespace socket: authentication, then envelope routing.

:func:`check_auth` judges the first frame; :class:`ServerConnection` turns every later frame into
events (a channel opened, a packet for a channel, an RPC called) and the frames the protocol answers
with by itself (keepAliveAck, acks, warnings, the errors of refused requests), and builds the frames
that end a request once its handler is done. It does no I/O and knows no event loop: the asyncio
server (lmsdk.server.protocol) drives it, and the tests feed it frames directly.

Every payload is decoded with the generated tolerant converter against the endpoint's declared types.

Deviation from the reference server, on purpose: a request with an unknown endpoint or an invalid
payload gets the ``communicationWarning`` the protocol prescribes *and* a ``channelError``/``rpcError``
with the same text, because a warning alone carries no id and leaves the client waiting forever.

Bad input never ends the connection: a frame that is not JSON, nested deeper than
:data:`lmsdk._json.MAX_DEPTH` or longer than :data:`MAX_FRAME_CHARS` is answered with a warning (and
the error for its id, where one can be found) and the socket goes on.
"""

from __future__ import annotations

import hmac
import re
import typing
from typing import Any, Final, Literal, Protocol

import attrs

from lmsdk._generated.base import UNSET, EndpointSpec, UnknownTagError
from lmsdk._generated.common import SerializedError
from lmsdk._generated.converter import structure, unstructure
from lmsdk._generated.transport import (
    AuthPacket,
    AuthResult,
    ChannelClose,
    ChannelCreate,
    ChannelError,
    ClientChannelAck,
    ClientChannelSend,
    ClientMessage,
    ClientWritableSignalUpdate,
    CommunicationWarning,
    KeepAlive,
    RpcCall,
    RpcError,
    RpcResult,
    ServerChannelAck,
    SignalError,
    SignalSubscribe,
    SignalUnsubscribe,
    WritableSignalError,
    WritableSignalSubscribe,
    WritableSignalUnsubscribe,
)
from lmsdk._json import MAX_DEPTH, loads, too_deep
from lmsdk._protocol.describe import describe_decode_error
from lmsdk._protocol.events import PeerWarning
from lmsdk._protocol.lifecycle import Lifecycle
from lmsdk._transports import MAX_REQUEST_BYTES

__all__ = [
    "MAX_FRAME_CHARS",
    "MAX_WARNINGS",
    "ApiToken",
    "ChannelOpened",
    "ChannelPacket",
    "Reply",
    "Router",
    "RpcCalled",
    "ServerConnection",
    "ServerEvent",
    "Warned",
    "check_auth",
    "clip",
    "decode_packet",
    "internal_error",
]

# Like the reference server: after this many warnings on one socket, further
# ones are only logged, so a misbehaving client cannot make us flood it.
MAX_WARNINGS: Final = 5
# Warning texts quote what was wrong; a client's junk is quoted no longer than this.
_MAX_WARNING_CHARS: Final = 500

MAX_FRAME_CHARS: Final = MAX_REQUEST_BYTES
"""Longest frame decoded after authentication: the limit clients keep to.

A longer one (the socket takes frames up to twice this size) gets a warning
instead of being parsed, and the connection goes on.
"""

_KEEP_ALIVE_ACK: Final = {"type": "keepAliveAck"}

# Per request kind: its word in errors, the warning kinds of an unknown endpoint and of an invalid
# payload (the reference server's), and the payload's name.
_REQUESTS: Final = {
    "channel": (
        "channel",
        "channelEndpointUnknown",
        "channelCreationParameterTypeError",
        "creation parameter",
    ),
    "rpc": ("RPC", "rpcEndpointUnknown", "rpcParameterTypeError", "parameter"),
}


class Router(Protocol):
    """Which endpoints a socket serves (lmsdk.server.protocol.Namespace is one)."""

    def served(self, endpoint: str, kind: str) -> EndpointSpec | None:
        """The spec of an endpoint of this kind that is implemented, else None."""

    def unknown_endpoint(self, kind: str, endpoint: str) -> str:
        """The error title for a request naming an endpoint not served."""


# -- events --------------------------------------------------------------------------------------
@attrs.frozen
class Reply:
    """A frame the protocol answers with by itself (JSON-shaped), to send in order."""

    message: dict[str, Any]


@attrs.frozen
class Warned:
    """The server warned the client (``sent`` is False once the socket's warnings are used up)."""

    warning: str
    kind: str
    sent: bool


@attrs.frozen
class ChannelOpened:
    """A channelCreate for a served endpoint with a valid creation parameter: run its handler."""

    channel_id: int
    spec: EndpointSpec
    parameter: Any


@attrs.frozen
class ChannelPacket:
    """A decoded client packet for an open channel."""

    channel_id: int
    packet: Any


@attrs.frozen
class RpcCalled:
    """An rpcCall for a served endpoint with a valid parameter: run its handler."""

    call_id: int
    spec: EndpointSpec
    parameter: Any


ServerEvent = Reply | Warned | ChannelOpened | ChannelPacket | RpcCalled | PeerWarning


# -- auth ----------------------------------------------------------------------------------------
@attrs.frozen
class ApiToken:
    """An API token ``sk-lm-<identifier>:<secret>``, split as clients send it."""

    identifier: str
    secret: str = attrs.field(repr=False)

    @classmethod
    def parse(cls, token: str) -> ApiToken:
        """Split a token string.

        Raises:
            ValueError: If the token is not ``sk-lm-<identifier>:<secret>``.
        """
        match = re.fullmatch(r"sk-lm-([^:\s]+):(\S+)", token.strip())
        if match is None:
            raise ValueError("an API token must look like sk-lm-<identifier>:<secret>")
        return cls(match.group(1), match.group(2))


def check_auth(frame: str | bytes, token: ApiToken | None) -> AuthResult:
    """Judge the first frame of a socket, which must be the auth packet.

    With no token configured any identifier and passkey are accepted
    (lmstudio-python 1.5.0 sends random UUIDs). With a token, the identifier
    and passkey must equal its two parts; both are compared in constant time.
    """
    try:
        data = loads(frame)
        if too_deep(frame, data):
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        packet: AuthPacket = structure(data, AuthPacket)
    except Exception as exc:  # noqa: BLE001 - whatever is wrong, the answer is the auth failure
        return AuthResult(
            success=False,
            error="The first message must be the authentication packet "
            f'{{"authVersion": 1, "clientIdentifier": ..., "clientPasskey": ...}} '
            f"({clip(str(exc) or type(exc).__name__)})",
        )
    if token is None:
        return AuthResult(success=True)
    # Both comparisons always run so that timing does not reveal which failed.
    id_ok = hmac.compare_digest(packet.client_identifier.encode(), token.identifier.encode())
    key_ok = hmac.compare_digest(packet.client_passkey.encode(), token.secret.encode())
    if id_ok and key_ok:
        return AuthResult(success=True)
    return AuthResult(
        success=False,
        error="Invalid API token: the client identifier and passkey must be the two parts "
        "of the server's API token (sk-lm-<identifier>:<passkey>)",
    )


# -- the connection ------------------------------------------------------------------------------
class ServerConnection:
    """Protocol state of one authenticated server socket (one namespace).

    Args:
        router: the endpoints this socket serves.
    """

    def __init__(self, router: Router) -> None:
        self.router = router
        self._channels = Lifecycle()
        self._warnings_sent = 0

    def is_open(self, channel_id: int) -> bool:
        """Whether a channel is open (its handler has not ended it)."""
        return self._channels.get("channel", channel_id) is not None

    # -- incoming --------------------------------------------------------------------------------
    def receive(self, frame: str | bytes) -> list[ServerEvent]:
        """Process one frame from the client into events, in order. Never raises for bad input.

        Raises:
            Exception: only for a bug in the routing itself (the driver warns and goes on).
        """
        if len(frame) > MAX_FRAME_CHARS:
            return self._refuse_frame(
                f"Received a frame of {len(frame):,} characters; the limit is "
                f"{MAX_FRAME_CHARS:,}. The frame was ignored",
                _head_ids(frame),
            )
        try:
            data = loads(frame)
        except (ValueError, UnicodeDecodeError) as exc:
            return self.warn(f"Received a frame that is not valid JSON: {exc}", "unknown")
        if too_deep(frame, data):
            return self._refuse_frame(
                f"Received a frame nested deeper than {MAX_DEPTH} levels. The frame was ignored",
                _ids(data),
            )
        try:
            message: ClientMessage = structure(data, ClientMessage)
        except UnknownTagError as exc:
            return self.warn(f"Received a message of unknown type: {exc}", "unknown")
        except Exception as exc:  # noqa: BLE001 - described to the client
            detail = describe_decode_error(exc, data, ClientMessage)
            return self.warn(f"Received an invalid message: {detail}", "unknown")
        return self._dispatch(message)

    def _dispatch(self, message: ClientMessage) -> list[ServerEvent]:
        if isinstance(message, KeepAlive):
            return [Reply(_KEEP_ALIVE_ACK)]
        if isinstance(message, ChannelCreate):
            return self._open_channel(message)
        if isinstance(message, ClientChannelSend):
            return self._channel_send(message)
        if isinstance(message, RpcCall):
            return self._rpc_call(message)
        if isinstance(message, CommunicationWarning):
            return [PeerWarning(message.warning, message.kind)]
        if isinstance(message, ClientChannelAck):
            return []  # the server never asks for acks
        if isinstance(message, SignalSubscribe | WritableSignalSubscribe):
            return self._refuse_signal(message)
        if isinstance(
            message, SignalUnsubscribe | WritableSignalUnsubscribe | ClientWritableSignalUpdate
        ):
            return self.warn(
                f"No signal subscription {message.subscribe_id} is open", "signalUnknown"
            )
        return []

    def warn(self, warning: str, kind: str) -> list[ServerEvent]:
        """Warn the client with a ``communicationWarning`` (only the first few per socket)."""
        warning = clip(warning)
        if self._warnings_sent >= MAX_WARNINGS:
            return [Warned(warning, kind, sent=False)]
        self._warnings_sent += 1
        return [
            Warned(warning, kind, sent=True),
            Reply(_frame(CommunicationWarning(warning=warning, kind=kind))),
        ]

    def _refuse_frame(self, text: str, ids: tuple[str | None, int | None]) -> list[ServerEvent]:
        """Warn about a frame that was not processed, and fail the request it opened, if any."""
        kind, ident = ids
        if ident is not None and kind == "channelCreate" and not self.is_open(ident):
            return self._refuse("channel", ident, text, "unknown")
        if ident is not None and kind == "rpcCall":
            return self._refuse("rpc", ident, text, "unknown")
        return self.warn(text, "unknown")

    def _refuse(
        self, kind: Literal["channel", "rpc"], ident: int, text: str, warning_kind: str
    ) -> list[ServerEvent]:
        """Warn, and fail the request with the same text (a warning alone carries no id)."""
        error: Any = (
            ChannelError(channel_id=ident, error=_error(text))
            if kind == "channel"
            else RpcError(call_id=ident, error=_error(text))
        )
        return [*self.warn(text, warning_kind), Reply(_frame(error))]

    def _route(
        self, kind: Literal["channel", "rpc"], ident: int, endpoint: str, payload: Any
    ) -> tuple[EndpointSpec, Any] | list[ServerEvent]:
        """The spec and decoded parameter of a request, or the events that refuse it."""
        word, unknown_kind, invalid_kind, payload_name = _REQUESTS[kind]
        spec = self.router.served(endpoint, kind)
        if spec is None:
            text = self.router.unknown_endpoint(word, endpoint)
            return self._refuse(kind, ident, text, unknown_kind)
        try:
            return spec, _decode_payload(spec, payload)
        except ValueError as exc:
            text = f"Invalid {payload_name} for {spec.namespace}/{spec.name}: {exc}"
            return self._refuse(kind, ident, text, invalid_kind)

    def _open_channel(self, message: ChannelCreate) -> list[ServerEvent]:
        channel_id = message.channel_id
        if self.is_open(channel_id):
            return self.warn(
                f"Channel {channel_id} is already open; channelCreate ignored",
                "channelAlreadyOpen",
            )
        routed = self._route("channel", channel_id, message.endpoint, message.creation_parameter)
        if isinstance(routed, list):
            return routed
        spec, parameter = routed
        self._channels.open("channel", channel_id, spec.name, spec)
        return [ChannelOpened(channel_id, spec, parameter)]

    def _channel_send(self, message: ClientChannelSend) -> list[ServerEvent]:
        entry, breach = self._channels.refer("channel", message.channel_id, "channelSend")
        if entry is None or breach is not None or entry.spec is None:
            return self.warn(
                f"Received a message for channel {message.channel_id}, which is not open",
                "channelUnknown",
            )
        spec = entry.spec
        events: list[ServerEvent] = []
        if message.ack_id is not None:
            # Acks are never needed by our endpoints; answering is harmless.
            ack = ServerChannelAck(channel_id=entry.ident, ack_id=message.ack_id)
            events.append(Reply(_frame(ack)))
        try:
            packet = decode_packet(message.message, spec.to_server)
        except Exception as exc:  # noqa: BLE001 - described to the client
            detail = describe_decode_error(exc, message.message, spec.to_server)
            events += self.warn(
                f"Invalid message on channel {entry.ident} "
                f"({spec.namespace}/{spec.name}): {detail}",
                "channelMessageTypeError",
            )
            return events
        events.append(ChannelPacket(entry.ident, packet))
        return events

    def _rpc_call(self, message: RpcCall) -> list[ServerEvent]:
        routed = self._route("rpc", message.call_id, message.endpoint, message.parameter)
        if isinstance(routed, list):
            return routed
        spec, parameter = routed
        return [RpcCalled(message.call_id, spec, parameter)]

    def _refuse_signal(
        self, message: SignalSubscribe | WritableSignalSubscribe
    ) -> list[ServerEvent]:
        text = self.router.unknown_endpoint("signal", message.endpoint)
        if isinstance(message, SignalSubscribe):
            error: Any = SignalError(subscribe_id=message.subscribe_id, error=_error(text))
            return [*self.warn(text, "signalEndpointUnknown"), Reply(_frame(error))]
        error = WritableSignalError(subscribe_id=message.subscribe_id, error=_error(text))
        return [*self.warn(text, "writableSignalEndpointUnknown"), Reply(_frame(error))]

    # -- outgoing: the ends of requests ------------------------------------------------------------
    def channel_packet(self, channel_id: int, message: Any) -> dict[str, Any]:
        """The channelSend frame of a packet from a channel's handler."""
        # The ServerChannelSend envelope, written directly: wrapping the unstructured packet in the
        # model would unstructure (copy) it a second time, once per streamed fragment.
        return {"type": "channelSend", "channelId": channel_id, "message": unstructure(message)}

    def channel_end(self, channel_id: int, error: SerializedError | None) -> dict[str, Any]:
        """The frame that ends a channel: channelClose, or channelError when the handler failed."""
        if error is None:
            return _frame(ChannelClose(channel_id=channel_id))
        return _frame(ChannelError(channel_id=channel_id, error=error))

    def channel_done(self, channel_id: int) -> None:
        """A channel's handler has returned (after its end frame went out): the id is free again."""
        self._channels.end("channel", channel_id, "channelClose")

    def rpc_result(self, call_id: int, spec: EndpointSpec, result: Any) -> dict[str, Any]:
        """The rpcResult frame of a handler's return value.

        The frame has no result for void endpoints and for ``UNSET`` (a handler's "not found").
        """
        if spec.returns is None or result is UNSET:
            return _frame(RpcResult(call_id=call_id))
        return _frame(RpcResult(call_id=call_id, result=unstructure(result)))

    def rpc_error(self, call_id: int, error: SerializedError) -> dict[str, Any]:
        """The rpcError frame of a failed call."""
        return _frame(RpcError(call_id=call_id, error=error))

    def connection_lost(self) -> list[int]:
        """The peer is gone: the ids of the channels still open, whose handlers must wind down."""
        return [entry.ident for entry in self._channels.clear()]


def clip(text: str) -> str:
    """A client-provided text cut to a length fit for warnings and logs."""
    if len(text) <= _MAX_WARNING_CHARS:
        return text
    return f"{text[:_MAX_WARNING_CHARS]}... ({len(text):,} characters)"


def decode_packet(data: Any, cls: Any) -> Any:
    """Decode a channel packet, working around a converter bug for one-member unions.

    A packet union with a single member (every ``...ToServerPacket``: just
    ``cancel``) is generated as an alias of that class, and the converter's
    union hook for it then calls itself until RecursionError. Such members
    carry nothing but their tag, so they are checked and built directly.
    """
    if isinstance(cls, type) and attrs.has(cls):
        fields = attrs.fields(cls)
        if all(f.name == "type" for f in fields):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object ({cls.__name__})")
            tag = fields[0].default if fields else None
            if data.get("type") != tag:
                raise ValueError(
                    f"'type' must be {tag!r} for {cls.__name__}, found {data.get('type')!r}"
                )
            return cls()
    return structure(data, cls)


def _decode_payload(spec: EndpointSpec, payload: Any) -> Any:
    """Decode a creation parameter or RPC parameter against the endpoint's type.

    Raises:
        ValueError: With a readable description of what is wrong.
    """
    if spec.parameter is None:
        return None  # endpoints without a parameter ignore whatever was sent
    if payload is UNSET:
        if type(None) in typing.get_args(spec.parameter):
            return None  # an optional parameter (its type admits null) may be left out
        raise ValueError("the parameter is missing")
    try:
        return structure(payload, spec.parameter)
    except Exception as exc:
        raise ValueError(describe_decode_error(exc, payload, spec.parameter)) from exc


def _ids(data: Any) -> tuple[str | None, int | None]:
    """The type of a parsed frame and the channel or call id it opens, where it has them."""
    if not isinstance(data, dict):
        return None, None
    kind = data.get("type")
    ident = data.get("channelId" if kind == "channelCreate" else "callId")
    if not isinstance(kind, str) or not isinstance(ident, int) or isinstance(ident, bool):
        return (kind if isinstance(kind, str) else None), None
    return kind, ident


_HEAD_TYPE: Final = re.compile(r'"type"\s*:\s*"(channelCreate|rpcCall)"')
_HEAD_ID: Final = re.compile(r'"(?:channelId|callId)"\s*:\s*(\d{1,15})\b')


def _head_ids(frame: str | bytes) -> tuple[str | None, int | None]:
    """The type and id of a frame too long to parse, from its first characters.

    Clients write the envelope keys before the payload, so the head of a long
    frame names the request it opens; if it does not, only the warning is sent.
    """
    head = frame[:512]
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    kind, ident = _HEAD_TYPE.search(text), _HEAD_ID.search(text)
    if kind is None or ident is None:
        return None, None
    return kind.group(1), int(ident.group(1))


def _frame(message: Any) -> dict[str, Any]:
    frame: dict[str, Any] = unstructure(message)
    return frame


def _error(title: str) -> SerializedError:
    return SerializedError(title=title, root_title=title)


def internal_error(exc: BaseException) -> SerializedError:
    """The error a request gets when its handler failed unexpectedly (details stay in the log)."""
    title = "The server failed to handle the request"
    return SerializedError(title=title, root_title=title, cause=f"{type(exc).__name__}: {exc}")
