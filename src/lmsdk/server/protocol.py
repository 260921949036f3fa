"""Server side of one namespace socket over asyncio: the driver of the sans-I/O core.

:class:`lmsdk._protocol.server.ServerConnection` holds the protocol's rules (authentication,
routing, lifecycles, warnings, refusals); :class:`ProtocolSession` feeds it the socket's frames
through :meth:`ProtocolSession.handle_frame`, sends what it answers through an async ``send``
callable that it is given, and runs the handlers: each ``channelCreate`` and ``rpcCall`` in its own
task, so a long prediction never delays a ``keepAlive`` or another request on the same socket.
Every reply of a handler is a generated model passed through ``unstructure``.

Warnings are logged through one :class:`LogSampler` for the whole server, so a client sending bad
frames in a loop cannot fill the server's log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from lmsdk._generated.base import UNSET, EndpointSpec
from lmsdk._json import JsonEncodeError
from lmsdk._protocol.events import PeerWarning
from lmsdk._protocol.server import (
    MAX_FRAME_CHARS,
    MAX_WARNINGS,
    ApiToken,
    ChannelOpened,
    ChannelPacket,
    Reply,
    RpcCalled,
    ServerConnection,
    ServerEvent,
    Warned,
    check_auth,
    clip,
    decode_packet,
    internal_error,
)
from lmsdk.server.errors import NoResult, ServerError
from lmsdk.server.scheduler import current_client

__all__ = [
    "MAX_FRAME_CHARS",
    "MAX_WARNINGS",
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
            session = self._session
            await session.emit_json(session.core.channel_packet(self.channel_id, message))

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
    """Runs one authenticated socket: frames into the core, its events into handlers and replies."""

    def __init__(self, namespace: Namespace, send: SendJson) -> None:
        """Bind a namespace to an outgoing-message sink.

        Args:
            namespace: Endpoints and handlers of the socket's path.
            send: Sends one JSON-shaped message; may raise once the peer is gone.
        """
        self.namespace = namespace
        self.core = ServerConnection(namespace)
        self._send = send
        self._channels: dict[int, ServerChannel[Any, Any]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False

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
        try:
            events = self.core.receive(frame)
        except Exception:  # a bug here must not end the connection (websockets would close 1011)
            log.exception("handling a message failed")
            events = self.core.warn("The server failed to handle a message", "unknown")
        await self._run(events)

    async def warn(self, warning: str, kind: str) -> None:
        """Send a ``communicationWarning`` (only the first few per socket); logging is sampled."""
        await self._run(self.core.warn(warning, kind))

    async def _run(self, events: list[ServerEvent]) -> None:
        for event in events:
            try:
                await self._act(event)
            except Exception:  # a bug here must not end the connection either
                log.exception("handling a %s event failed", type(event).__name__)
                await self._run(self.core.warn("The server failed to handle a message", "unknown"))

    async def _act(self, event: ServerEvent) -> None:
        if isinstance(event, Reply):
            await self.emit_json(event.message)
        elif isinstance(event, ChannelPacket):
            target = self._channels.get(event.channel_id)
            if target is not None:
                target.deliver(event.packet)
        elif isinstance(event, Warned):
            _log_sampled(
                logging.INFO, "communication warning to client (%s): %s", event.kind, event.warning
            )
        elif isinstance(event, ChannelOpened):
            channel: ServerChannel[Any, Any] = ServerChannel(event.channel_id, event.spec, self)
            self._channels[event.channel_id] = channel
            handler = getattr(self.namespace.handlers, event.spec.method)
            self._spawn(self._run_channel(channel, handler(event.parameter, channel)))
        elif isinstance(event, RpcCalled):
            method = getattr(self.namespace.handlers, event.spec.method)
            work = method() if event.spec.parameter is None else method(event.parameter)
            self._spawn(self._run_rpc(event.call_id, event.spec, work))
        elif isinstance(event, PeerWarning):
            _log_sampled(
                logging.WARNING,
                "client warning (%s): %s",
                event.kind or "unknown",
                clip(event.warning),
            )

    async def _run_channel(self, channel: ServerChannel[Any, Any], work: Awaitable[None]) -> None:
        spec, core = channel.spec, self.core
        try:
            await work
        except ServerError as exc:
            await self.emit_json(core.channel_end(channel.channel_id, exc.error))
        except Exception as exc:
            log.exception("channel %s/%s failed", spec.namespace, spec.name)
            await self.emit_json(core.channel_end(channel.channel_id, internal_error(exc)))
        else:
            await self.emit_json(core.channel_end(channel.channel_id, None))
        finally:
            self._channels.pop(channel.channel_id, None)
            core.channel_done(channel.channel_id)
            channel.disconnect()

    async def _run_rpc(self, call_id: int, spec: EndpointSpec, work: Awaitable[Any]) -> None:
        core = self.core
        try:
            result = await work
            await self.emit_json(core.rpc_result(call_id, spec, result))
        except NoResult:
            await self.emit_json(core.rpc_result(call_id, spec, UNSET))
        except ServerError as exc:
            await self.emit_json(core.rpc_error(call_id, exc.error))
        except Exception as exc:
            log.exception("rpc %s/%s failed", spec.namespace, spec.name)
            await self.emit_json(core.rpc_error(call_id, internal_error(exc)))

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
        self.core.connection_lost()
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
