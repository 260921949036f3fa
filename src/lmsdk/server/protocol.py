"""Server side of one namespace socket: authentication, then envelope routing.

Nothing here touches a socket. :func:`check_auth` judges the first frame;
:class:`ProtocolSession` takes every later text frame through
:meth:`ProtocolSession.handle_frame` and answers through an async ``send``
callable that it is given, so the routing logic can be driven by any
transport (the websockets server in :mod:`lmsdk.server.app`, or a test).

Each ``channelCreate`` and ``rpcCall`` runs in its own task, so a long
prediction never delays a ``keepAlive`` or another request on the same socket.
Every payload is decoded with the generated tolerant converter against the
endpoint's declared types, and every reply is a generated model passed
through ``unstructure``.

Deviation from the reference server, on purpose: a request with an unknown
endpoint or an invalid payload gets the ``communicationWarning`` the protocol
prescribes *and* a ``channelError``/``rpcError`` with the same text, because
a warning alone carries no id and leaves the client waiting forever.

Bad input never ends the connection: a frame that is not JSON, nested deeper
than :data:`lmsdk._json.MAX_DEPTH` or longer than :data:`MAX_FRAME_CHARS` is
answered with a warning (and the error for its id, where one can be found)
and the socket goes on. Warnings are logged through one :class:`LogSampler`
for the whole server, so a client sending bad frames in a loop cannot fill
the server's log.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
import time
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

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
    KeepAliveAck,
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
from lmsdk._json import MAX_DEPTH, JsonEncodeError, loads, too_deep
from lmsdk._protocol.describe import describe_decode_error
from lmsdk._transports import MAX_REQUEST_BYTES
from lmsdk.server.errors import NoResult, ServerError
from lmsdk.server.scheduler import current_client

__all__ = [
    "MAX_FRAME_CHARS",
    "ApiToken",
    "LogSampler",
    "Namespace",
    "ProtocolSession",
    "SendJson",
    "ServerChannel",
    "check_auth",
    "decode_packet",
]

log = logging.getLogger("lmsdk.server")

SendJson = Callable[[Any], Awaitable[None]]
"""Sends one JSON-shaped message (a dict) as a text frame."""

InT = TypeVar("InT")
OutT = TypeVar("OutT")

# Like the reference server: after this many warnings on one socket, further
# ones are only logged, so a misbehaving client cannot make us flood it.
MAX_WARNINGS = 5
# Warning texts quote what was wrong; a client's junk is quoted no longer than this.
_MAX_WARNING_CHARS = 500

MAX_FRAME_CHARS = MAX_REQUEST_BYTES
"""Longest frame decoded after authentication: the limit clients keep to.

A longer one (the socket takes frames up to twice this size) gets a warning
instead of being parsed, and the connection goes on.
"""
# On disconnect, handlers get this long to notice (receive() returns None) and
# wind down (a prediction cancels its generation) before they are cancelled.
_DISCONNECT_GRACE_SEC = 5.0


class LogSampler:
    """Lets a burst of log lines through, then about ``per_second``, and counts the rest.

    Args:
        burst: Lines allowed at once after a quiet spell.
        per_second: Lines allowed per second after the burst.
    """

    def __init__(self, burst: int = 20, per_second: float = 1.0) -> None:
        self.burst = burst
        self.per_second = per_second
        self._tokens = float(burst)
        self._last = time.monotonic()
        self.suppressed = 0

    def allow(self) -> int | None:
        """None if this line is to be dropped; else how many were dropped since the last one."""
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.per_second)
        self._last = now
        if self._tokens < 1:
            self.suppressed += 1
            return None
        self._tokens -= 1
        dropped, self.suppressed = self.suppressed, 0
        return dropped


# One sampler for every connection: opening more sockets does not buy more log lines.
_warning_log = LogSampler()


def _log_sampled(level: int, message: str, *args: object) -> None:
    dropped = _warning_log.allow()
    if dropped is None:
        return
    if dropped:
        message += " (%d similar lines suppressed)"
        args = (*args, dropped)
    log.log(level, message, *args)


def _clip(text: str) -> str:
    if len(text) <= _MAX_WARNING_CHARS:
        return text
    return f"{text[:_MAX_WARNING_CHARS]}... ({len(text):,} characters)"


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
            f"({_clip(str(exc) or type(exc).__name__)})",
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


@attrs.frozen
class Namespace:
    """What one socket path serves: its endpoints and the object implementing them."""

    name: str
    endpoints: Mapping[str, EndpointSpec]
    handlers: object
    supported: bool = True
    """False for a namespace of the protocol that lmsdk serve implements nothing of."""

    @classmethod
    def unsupported(cls, name: str) -> Namespace:
        """A namespace whose socket is served but whose every request is refused."""
        return cls(name, {}, None, supported=False)

    def served(self, endpoint: str, kind: str) -> EndpointSpec | None:
        """The spec of an endpoint of this kind that a handler implements, else None."""
        spec = self.endpoints.get(endpoint)
        if spec is None or spec.kind != kind or not hasattr(self.handlers, spec.method):
            return None
        return spec

    def unknown_endpoint(self, kind: str, endpoint: str) -> str:
        """The error title for a request naming an endpoint not served here."""
        if not self.supported:
            return (
                f"lmsdk serve does not support the {self.name} namespace: "
                f"{kind} endpoint {self.name}/{endpoint} is not available on this server"
            )
        if endpoint in self.endpoints:
            return f"lmsdk serve does not support {kind} endpoint {self.name}/{endpoint}"
        return f"Unknown {kind} endpoint {self.name}/{endpoint}"


class ServerChannel(Generic[InT, OutT]):
    """One open channel, as a handler sees it (``AsyncChannel[InT, OutT]``)."""

    def __init__(self, channel_id: int, spec: EndpointSpec, session: ProtocolSession) -> None:
        self.channel_id = channel_id
        self.spec = spec
        self._session = session
        self._inbox: asyncio.Queue[InT | None] = asyncio.Queue()
        self._closed = False

    async def receive(self) -> InT | None:
        """The next packet from the client, or None once the client is gone."""
        if self._closed and self._inbox.empty():
            return None
        return await self._inbox.get()

    async def send(self, message: OutT) -> None:
        """Send a packet to the client (dropped silently once it is gone)."""
        if not self._closed:
            # The ServerChannelSend envelope, written directly: wrapping the unstructured packet
            # in the model would unstructure (copy) it a second time, once per streamed fragment.
            await self._session.emit_json(
                {
                    "type": "channelSend",
                    "channelId": self.channel_id,
                    "message": unstructure(message),
                }
            )

    def deliver(self, message: InT) -> None:
        """Queue a decoded client packet for :meth:`receive`."""
        if not self._closed:
            self._inbox.put_nowait(message)

    def disconnect(self) -> None:
        """Mark the client as gone; a pending or later :meth:`receive` returns None."""
        if not self._closed:
            self._closed = True
            self._inbox.put_nowait(None)


class ProtocolSession:
    """Routes the envelope messages of one authenticated socket to handlers."""

    def __init__(self, namespace: Namespace, send: SendJson) -> None:
        """Bind a namespace to an outgoing-message sink.

        Args:
            namespace: Endpoints and handlers of the socket's path.
            send: Sends one JSON-shaped message; may raise once the peer is gone.
        """
        self.namespace = namespace
        self._send = send
        self._channels: dict[int, ServerChannel[Any, Any]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._warnings_sent = 0
        self._closed = False

    async def emit(self, message: Any) -> None:
        """Send a generated message model; failures mean the peer left and are dropped."""
        await self.emit_json(unstructure(message))

    async def emit_json(self, message: Any) -> None:
        """Send an unstructured message (JSON-shaped); failures mean the peer left and are dropped.

        Raises:
            JsonEncodeError: If the message cannot be encoded (a handler's result holding
                NaN, say): the caller's request fails instead of going unanswered.
        """
        if self._closed:
            return
        try:
            await self._send(message)
        except JsonEncodeError:
            raise
        except Exception as exc:  # the transport's "connection closed" errors vary
            log.debug("dropping a message to a gone client: %s", exc)

    async def handle_frame(self, frame: str | bytes) -> None:
        """Process one frame from the client. Never raises for bad input."""
        if len(frame) > MAX_FRAME_CHARS:
            await self._refuse_frame(
                f"Received a frame of {len(frame):,} characters; the limit is "
                f"{MAX_FRAME_CHARS:,}. The frame was ignored",
                _head_ids(frame),
            )
            return
        try:
            data = loads(frame)
        except (ValueError, UnicodeDecodeError) as exc:
            await self.warn(f"Received a frame that is not valid JSON: {exc}", "unknown")
            return
        if too_deep(frame, data):
            await self._refuse_frame(
                f"Received a frame nested deeper than {MAX_DEPTH} levels. The frame was ignored",
                _ids(data),
            )
            return
        try:
            message: ClientMessage = structure(data, ClientMessage)
        except UnknownTagError as exc:
            await self.warn(f"Received a message of unknown type: {exc}", "unknown")
            return
        except Exception as exc:
            await self.warn(
                f"Received an invalid message: {describe_decode_error(exc, data, ClientMessage)}",
                "unknown",
            )
            return
        try:
            await self._dispatch(message)
        except Exception:  # a bug here must not end the connection (websockets would close 1011)
            log.exception("handling a %s message failed", type(message).__name__)
            await self.warn("The server failed to handle a message", "unknown")

    async def _dispatch(self, message: ClientMessage) -> None:
        if isinstance(message, KeepAlive):
            await self.emit(KeepAliveAck())
        elif isinstance(message, ChannelCreate):
            await self._open_channel(message)
        elif isinstance(message, ClientChannelSend):
            await self._channel_send(message)
        elif isinstance(message, RpcCall):
            await self._rpc_call(message)
        elif isinstance(message, CommunicationWarning):
            _log_sampled(
                logging.WARNING,
                "client warning (%s): %s",
                message.kind or "unknown",
                _clip(message.warning),
            )
        elif isinstance(message, ClientChannelAck):
            pass  # the server never asks for acks
        elif isinstance(message, SignalSubscribe | WritableSignalSubscribe):
            await self._refuse_signal(message)
        elif isinstance(
            message, SignalUnsubscribe | WritableSignalUnsubscribe | ClientWritableSignalUpdate
        ):
            await self.warn(
                f"No signal subscription {message.subscribe_id} is open", "signalUnknown"
            )

    async def warn(self, warning: str, kind: str) -> None:
        """Send a ``communicationWarning`` (only the first few per socket); logging is sampled."""
        warning = _clip(warning)
        _log_sampled(logging.INFO, "communication warning to client (%s): %s", kind, warning)
        if self._warnings_sent >= MAX_WARNINGS:
            return
        self._warnings_sent += 1
        await self.emit(CommunicationWarning(warning=warning, kind=kind))

    async def _refuse_frame(self, text: str, ids: tuple[str | None, int | None]) -> None:
        """Warn about a frame that was not processed, and fail the request it opened, if any."""
        await self.warn(text, "unknown")
        kind, ident = ids
        if ident is None:
            return
        if kind == "channelCreate" and ident not in self._channels:
            await self.emit(ChannelError(channel_id=ident, error=_error(text)))
        elif kind == "rpcCall":
            await self.emit(RpcError(call_id=ident, error=_error(text)))

    async def _open_channel(self, message: ChannelCreate) -> None:
        channel_id = message.channel_id
        if channel_id in self._channels:
            await self.warn(
                f"Channel {channel_id} is already open; channelCreate ignored",
                "channelAlreadyOpen",
            )
            return
        spec = self.namespace.served(message.endpoint, "channel")
        if spec is None:
            text = self.namespace.unknown_endpoint("channel", message.endpoint)
            await self.warn(text, "channelEndpointUnknown")
            await self.emit(ChannelError(channel_id=channel_id, error=_error(text)))
            return
        try:
            parameter = _decode_payload(spec, message.creation_parameter)
        except ValueError as exc:
            text = f"Invalid creation parameter for {spec.namespace}/{spec.name}: {exc}"
            await self.warn(text, "channelCreationParameterTypeError")
            await self.emit(ChannelError(channel_id=channel_id, error=_error(text)))
            return
        channel: ServerChannel[Any, Any] = ServerChannel(channel_id, spec, self)
        self._channels[channel_id] = channel
        handler = getattr(self.namespace.handlers, spec.method)
        self._spawn(self._run_channel(channel, handler(parameter, channel)))

    async def _run_channel(self, channel: ServerChannel[Any, Any], work: Awaitable[None]) -> None:
        spec = channel.spec
        try:
            await work
        except ServerError as exc:
            await self.emit(ChannelError(channel_id=channel.channel_id, error=exc.error))
        except Exception as exc:
            log.exception("channel %s/%s failed", spec.namespace, spec.name)
            await self.emit(ChannelError(channel_id=channel.channel_id, error=_internal(exc)))
        else:
            await self.emit(ChannelClose(channel_id=channel.channel_id))
        finally:
            self._channels.pop(channel.channel_id, None)
            channel.disconnect()

    async def _channel_send(self, message: ClientChannelSend) -> None:
        channel = self._channels.get(message.channel_id)
        if channel is None:
            await self.warn(
                f"Received a message for channel {message.channel_id}, which is not open",
                "channelUnknown",
            )
            return
        if message.ack_id is not None:
            # Acks are never needed by our endpoints; answering is harmless.
            await self.emit(ServerChannelAck(channel_id=channel.channel_id, ack_id=message.ack_id))
        try:
            packet = decode_packet(message.message, channel.spec.to_server)
        except Exception as exc:
            detail = describe_decode_error(exc, message.message, channel.spec.to_server)
            await self.warn(
                f"Invalid message on channel {channel.channel_id} "
                f"({channel.spec.namespace}/{channel.spec.name}): {detail}",
                "channelMessageTypeError",
            )
            return
        channel.deliver(packet)

    async def _rpc_call(self, message: RpcCall) -> None:
        call_id = message.call_id
        spec = self.namespace.served(message.endpoint, "rpc")
        if spec is None:
            text = self.namespace.unknown_endpoint("RPC", message.endpoint)
            await self.warn(text, "rpcEndpointUnknown")
            await self.emit(RpcError(call_id=call_id, error=_error(text)))
            return
        try:
            parameter = _decode_payload(spec, message.parameter)
        except ValueError as exc:
            text = f"Invalid parameter for {spec.namespace}/{spec.name}: {exc}"
            await self.warn(text, "rpcParameterTypeError")
            await self.emit(RpcError(call_id=call_id, error=_error(text)))
            return
        method = getattr(self.namespace.handlers, spec.method)
        work = method() if spec.parameter is None else method(parameter)
        self._spawn(self._run_rpc(call_id, spec, work))

    async def _run_rpc(self, call_id: int, spec: EndpointSpec, work: Awaitable[Any]) -> None:
        try:
            result = await work
            if spec.returns is None:
                await self.emit(RpcResult(call_id=call_id))
            else:
                await self.emit(RpcResult(call_id=call_id, result=unstructure(result)))
        except NoResult:
            await self.emit(RpcResult(call_id=call_id))
        except ServerError as exc:
            await self.emit(RpcError(call_id=call_id, error=exc.error))
        except Exception as exc:
            log.exception("rpc %s/%s failed", spec.namespace, spec.name)
            await self.emit(RpcError(call_id=call_id, error=_internal(exc)))

    async def _refuse_signal(self, message: SignalSubscribe | WritableSignalSubscribe) -> None:
        text = self.namespace.unknown_endpoint("signal", message.endpoint)
        if isinstance(message, SignalSubscribe):
            await self.warn(text, "signalEndpointUnknown")
            await self.emit(SignalError(subscribe_id=message.subscribe_id, error=_error(text)))
        else:
            await self.warn(text, "writableSignalEndpointUnknown")
            await self.emit(
                WritableSignalError(subscribe_id=message.subscribe_id, error=_error(text))
            )

    def _spawn(self, work: Awaitable[None]) -> None:
        async def run() -> None:
            # The task's own context: the scheduler takes turns per connection.
            current_client.set(self)
            await work

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        """The peer is gone: end every channel and wait (briefly) for the handlers.

        Channel handlers see ``receive()`` return None; the prediction handler
        turns that into its cancel event, so generation stops within a token.
        """
        self._closed = True
        for channel in list(self._channels.values()):
            channel.disconnect()
        tasks = list(self._tasks)
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=_DISCONNECT_GRACE_SEC)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)


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


_HEAD_TYPE = re.compile(r'"type"\s*:\s*"(channelCreate|rpcCall)"')
_HEAD_ID = re.compile(r'"(?:channelId|callId)"\s*:\s*(\d{1,15})\b')


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


def _error(title: str) -> SerializedError:
    return SerializedError(title=title, root_title=title)


def _internal(exc: Exception) -> SerializedError:
    title = "The server failed to handle the request"
    return SerializedError(title=title, root_title=title, cause=f"{type(exc).__name__}: {exc}")
