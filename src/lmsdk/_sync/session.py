# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/session.py.
"""One authenticated WebSocket per namespace, multiplexing channels and RPC calls.

There is no background reader task: one waiter at a time (the reader) pumps the socket and files each
event under the channel or call it belongs to, waking the waiter of that id at once; the others sleep
until their event arrives or the reader leaves with its own event, when one of them takes over
reading. (Handing the socket round in turn made a stream's first fragment wait while the other waiters
each read a frame of their own: 65-77 ms with 7 other streams.) This keeps the async code free of
tasks, so the sync front end is a mechanical rewrite of it (scripts/unasync.py), and every wait has an
explicit deadline.

Every request is checked once encoded, before anything is sent: a value JSON cannot hold (NaN,
Infinity), nesting deeper than servers accept, or a frame larger than they accept fails that request
alone with a typed error, instead of a server closing the socket under every other stream on it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Literal

from lmsdk._generated.base import EndpointSpec
from lmsdk._host import Credentials
from lmsdk._json import MAX_DEPTH, JsonEncodeError, explain_unencodable, loads, text_too_deep
from lmsdk._protocol.connection import ClientConnection
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
from lmsdk._transports import (
    MAX_REQUEST_BYTES,
    Lock,
    SyncTransport,
    TransportClosed,
    Wakeup,
)
from lmsdk.errors import (
    LMStudioAuthenticationError,
    LMStudioClientError,
    LMStudioConfigError,
    LMStudioConnectionError,
    LMStudioProtocolError,
    LMStudioTimeoutError,
    server_error_from_wire,
)
from lmsdk.wire.capture import CaptureHook

log = logging.getLogger("lmsdk")

Key = tuple[str, int]

_MAX_WARNING_CHARS = 500


class Session:
    """The client side of one namespace socket (implements the generated stubs' session protocol)."""

    def __init__(
        self,
        host: str,
        namespace: str,
        creds: Credentials,
        *,
        timeout: float | None,
        capture: CaptureHook | None = None,
    ) -> None:
        self.host = host
        self.namespace = namespace
        self.timeout = timeout
        self._conn = ClientConnection(namespace, creds.identifier, creds.passkey)
        self._transport: SyncTransport | None = None
        self._write_lock = Lock()
        self._state_lock = threading.Lock()  # never held across an await: guards what follows
        self._inbox: dict[Key, deque[Event]] = {}
        self._reading = False  # a waiter is pumping the socket
        self._sleepers: list[tuple[Key, Wakeup]] = []  # the other waiters, oldest first
        self._unsent: list[str] = []  # encoded and checked, waiting for _flush
        self._broken: str | None = None
        self._capture = capture
        self.warnings: deque[str] = deque(maxlen=5)
        # Endpoints this server turned down as unknown; a reconnect (maybe to a newer server)
        # starts afresh.
        self.missing_endpoints: set[str] = set()

    @property
    def broken(self) -> bool:
        """Whether the socket is gone (the client then opens a new session)."""
        return self._broken is not None

    # -- connecting -----------------------------------------------------------------------------
    def connect(self) -> None:
        """Open the socket and authenticate, within the session timeout."""
        deadline = _deadline(self.timeout)
        url = f"ws://{self.host}/{self.namespace}"
        self._transport = SyncTransport.connect(url, _remaining(deadline))
        if self._capture is not None:
            self._capture.opened(self.namespace)
        self._conn.start()
        self._flush()
        while True:
            text = self._recv(deadline)
            if text is None:
                self.close()
                raise LMStudioTimeoutError(
                    f"{url}: the server did not answer the auth packet within {self.timeout:g}s"
                )
            for event in self._conn.receive_text(text):
                if isinstance(event, AuthAccepted):
                    return
                if isinstance(event, AuthRejected):
                    self.close()
                    raise LMStudioAuthenticationError(
                        f"{self.host} refused the client's credentials: {event.error}. "
                        "Pass api_token='sk-lm-...' or set LM_API_TOKEN to a token the server accepts."
                    )
                if isinstance(event, ProtocolViolation):
                    self.close()
                    raise LMStudioProtocolError(f"{url}: unexpected auth reply: {event.detail}")

    def close(self) -> None:
        """Close the socket; pending waiters fail with a connection error."""
        if self._broken is None:
            self._broken = "the client was closed"
        if self._transport is not None:
            self._transport.close()
            if self._capture is not None:
                self._capture.closed(self.namespace)

    # -- the generated stubs' session protocol ------------------------------------------------------
    def call_rpc(self, spec: EndpointSpec, parameter: object) -> Any:
        """Perform one RPC and return its decoded result (None for void or absent results)."""
        call_id = self._send_request("rpc", spec.name, lambda: self._conn.call_rpc(spec, parameter))
        try:
            event = self.next_event(("rpc", call_id), _deadline(self.timeout), spec.name)
        finally:
            # Also on a timeout: a late reply is then dropped instead of kept for nobody.
            self.discard(("rpc", call_id))
            with self._state_lock:
                self._conn.forget("rpc", call_id)
        if isinstance(event, RpcSucceeded):
            return event.result
        assert isinstance(event, RpcFailed)
        if event.lost:
            raise LMStudioConnectionError(f"{self.host}: connection lost during {spec.name}")
        if event.protocol:
            raise LMStudioProtocolError(str(event.error.get("title")))
        raise server_error_from_wire(event.error, endpoint=spec.name)

    def open_channel(self, spec: EndpointSpec, creation_parameter: object) -> Channel:
        """Open a channel; packets are read with Channel.receive()."""
        channel_id = self._send_request(
            "channel", spec.name, lambda: self._conn.open_channel(spec, creation_parameter)
        )
        return Channel(self, spec, channel_id)

    # -- pumping --------------------------------------------------------------------------------
    def next_event(self, key: Key, deadline: float | None, what: str) -> Event:
        """Wait for the next event filed under key, reading the socket while nobody else does."""
        while True:
            with self._state_lock:
                event = self._ready(key, what)
                if event is not None:
                    return event
                reader = not self._reading
                if reader:
                    self._reading = True
                else:
                    wakeup = Wakeup()
                    self._sleepers.append((key, wakeup))
            if reader:
                return self._read_until(key, deadline, what)
            try:
                woken = wakeup.wait(_remaining(deadline))
            except BaseException:  # cancelled: a turn to read handed to it goes to the next
                self._leave(key, wakeup)
                raise
            if not woken:
                self._leave(key, wakeup)
                with self._state_lock:
                    queue = self._inbox.get(key)
                    if queue:  # filed just as the time ran out
                        return queue.popleft()
                raise self._timeout(what)
            with self._state_lock:  # woken: its event is in, or nobody reads; look again
                self._sleepers.remove((key, wakeup))

    def _read_until(self, key: Key, deadline: float | None, what: str) -> Event:
        """As the reader: pump frames until an event for key arrives, then pass the socket on."""
        try:
            while True:
                with self._state_lock:
                    event = self._ready(key, what)
                    if event is not None:
                        return event
                text = self._recv(deadline)
                if text is None:
                    if self._broken is None:
                        raise self._timeout(what)
                    continue  # the socket closed: the inboxes now hold the failure events
                self._dispatch(self._conn.receive_text(text))
                self._flush()
        finally:
            with self._state_lock:
                self._reading = False
                self._pass_turn()

    def _ready(self, key: Key, what: str) -> Event | None:
        """The next event filed under key, if any (under the state lock).

        Raises:
            LMStudioConnectionError: None is filed and the socket is gone.
        """
        queue = self._inbox.get(key)
        if queue:
            return queue.popleft()
        if self._broken is not None:
            raise LMStudioConnectionError(f"{self.host}: {self._broken} (during {what})")
        return None

    def _leave(self, key: Key, wakeup: Wakeup) -> None:
        """A sleeper gives up waiting; if it was woken to read, the next one reads instead."""
        with self._state_lock:
            if (key, wakeup) in self._sleepers:
                self._sleepers.remove((key, wakeup))
            self._pass_turn()

    def _pass_turn(self) -> None:
        """If nobody reads, wake the oldest sleeper to read (under the state lock)."""
        if not self._reading and self._sleepers:
            self._sleepers[0][1].set()

    def discard(self, key: Key) -> None:
        """Stop filing events for key (its waiter is done)."""
        with self._state_lock:
            self._inbox.pop(key, None)
            self._conn.forget(key[0], key[1])  # type: ignore[arg-type]

    def send_channel_message(self, channel_id: int, message: object) -> bool:
        """Send a packet on a channel; False if the channel has already ended."""
        with self._state_lock:
            if self._broken is not None:
                return False
            try:
                sent = self._conn.send_channel_message(channel_id, message)
            except (ValueError, TypeError, RecursionError) as exc:
                raise _unsendable("a channel message", exc) from None
        self._flush()
        return sent

    def _send_request(
        self, kind: Literal["channel", "rpc"], what: str, encode: Callable[[], int]
    ) -> int:
        """Queue a request, give its replies an inbox, send it, and return its id.

        Raises:
            LMStudioConnectionError: The socket broke earlier.
            LMStudioClientError: As _queue_request (nothing of the request is sent).
        """
        with self._state_lock:
            self._check_usable()
            ident = self._queue_request(kind, what, encode)
            self._inbox[(kind, ident)] = deque()
        self._flush()
        return ident

    def _queue_request(
        self, kind: Literal["channel", "rpc"], what: str, encode: Callable[[], int]
    ) -> int:
        """Encode a request (under the state lock) and check its frame before it may be sent.

        Raises:
            LMStudioClientError: The request holds what JSON cannot, nests too deeply, or is
                larger than servers accept; nothing of it is sent.
        """
        try:
            ident = encode()
        except (ValueError, TypeError, RecursionError) as exc:
            raise _unsendable(what, exc) from None
        frames = self._conn.data_to_send()
        problem = _frame_problem(what, frames[-1]) if frames else None
        if problem is not None:
            frames.pop()  # the request's own frame is the last one queued
            self._conn.forget(kind, ident)
        self._unsent.extend(frames)
        if problem is not None:
            raise problem
        return ident

    def _recv(self, deadline: float | None) -> str | None:
        assert self._transport is not None
        try:
            text = self._transport.recv(_remaining(deadline))
        except TransportClosed as exc:
            self._lost(exc.reason or "the server closed the connection")
            return None
        if text is not None and self._capture is not None:
            self._capture.frame(self.namespace, "server", text)
        return text

    def _flush(self) -> None:
        with self._state_lock:
            frames, self._unsent = self._unsent, []
            frames.extend(self._conn.data_to_send())
        if not frames or self._transport is None:
            return
        self._write_lock.acquire(None)
        try:
            for text in frames:
                if self._capture is not None:
                    self._capture.frame(self.namespace, "client", text)
                self._transport.send(text)
        except TransportClosed as exc:
            self._lost(exc.reason or "the server closed the connection")
        finally:
            self._write_lock.release()

    def _dispatch(self, events: list[Event]) -> None:
        with self._state_lock:
            for event in events:
                key: Key | None = None
                if isinstance(event, ChannelMessage | ChannelClosed | ChannelFailed):
                    key = ("channel", event.channel_id)
                elif isinstance(event, RpcSucceeded | RpcFailed):
                    key = ("rpc", event.call_id)
                elif isinstance(event, ProtocolViolation) and event.channel_id is not None:
                    key = ("channel", event.channel_id)
                elif isinstance(event, PeerWarning | ProtocolViolation):
                    text = event.warning if isinstance(event, PeerWarning) else event.detail
                    if len(text) > _MAX_WARNING_CHARS:  # a server's text is quoted, not copied
                        text = f"{text[:_MAX_WARNING_CHARS]}... ({len(text):,} characters)"
                    self.warnings.append(text)
                    log.warning("%s/%s: %s", self.host, self.namespace, text)
                    continue
                if key is not None and key in self._inbox:
                    self._inbox[key].append(event)
                    self._wake(key)

    def _wake(self, key: Key) -> None:
        """Wake the waiters of key (under the state lock)."""
        for sleeper, wakeup in self._sleepers:
            if sleeper == key:
                wakeup.set()

    def _lost(self, reason: str) -> None:
        with self._state_lock:
            self._broken = reason
            for _, wakeup in self._sleepers:  # each raises the connection error
                wakeup.set()
            for event in self._conn.connection_lost():
                key = (
                    ("channel", event.channel_id)
                    if isinstance(event, ChannelFailed)
                    else ("rpc", event.call_id)  # type: ignore[union-attr]
                )
                if key in self._inbox:
                    self._inbox[key].append(event)
                    self._wake(key)

    def _check_usable(self) -> None:
        if self._broken is not None:
            raise LMStudioConnectionError(f"{self.host}: {self._broken}")

    def _timeout(self, what: str) -> LMStudioTimeoutError:
        hint = f" The server warned: {self.warnings[-1]}" if self.warnings else ""
        return LMStudioTimeoutError(
            f"{self.host}: no reply to {what} within {self.timeout:g}s.{hint}"
        )


class Channel:
    """A typed channel: receive() returns decoded packets, None once the server closed it."""

    def __init__(self, session: Session, spec: EndpointSpec, channel_id: int) -> None:
        self._session = session
        self.spec = spec
        self.channel_id = channel_id
        self.closed = False

    def receive(self, timeout: float | None = None) -> Any:
        """The next packet, or None after channelClose.

        Raises:
            LMStudioServerError: the server ended the channel with an error.
            LMStudioConnectionError: the connection dropped.
            LMStudioTimeoutError: nothing arrived within the timeout.
        """
        if self.closed:
            return None
        limit = self._session.timeout if timeout is None else timeout
        event = self._session.next_event(
            ("channel", self.channel_id), _deadline(limit), self.spec.name
        )
        if isinstance(event, ChannelMessage):
            return event.message
        if isinstance(event, ProtocolViolation) and self.spec.to_server is not None:
            # The server's side runs on after a packet this client cannot use: ask it to stop
            # (every channel endpoint's only client packet is {"type": "cancel"}).
            self._session.send_channel_message(self.channel_id, {"type": "cancel"})
        self.closed = True
        self._session.discard(("channel", self.channel_id))
        if isinstance(event, ChannelClosed):
            return None
        if isinstance(event, ProtocolViolation):
            raise LMStudioProtocolError(f"{self._session.host}: {event.detail}")
        assert isinstance(event, ChannelFailed)
        if event.lost:
            raise LMStudioConnectionError(
                f"{self._session.host}: connection lost during {self.spec.name}"
            )
        raise server_error_from_wire(event.error, endpoint=self.spec.name)

    def send(self, message: object) -> None:
        """Send a packet; silently dropped if the channel has already ended."""
        if not self.closed:
            self._session.send_channel_message(self.channel_id, message)

    def forget(self) -> None:
        """Stop tracking the channel (after its result arrived or the caller gave up)."""
        self.closed = True
        self._session.discard(("channel", self.channel_id))


def _frame_problem(what: str, text: str) -> LMStudioClientError | None:
    """The error for an encoded request that servers would refuse, or None."""
    size = len(text)
    if size * 4 > MAX_REQUEST_BYTES:  # only then may its UTF-8 form be too large
        size = len(text.encode())
        if size > MAX_REQUEST_BYTES:
            return LMStudioClientError(
                f"cannot send the {what} request: it is {size:,} bytes and servers accept at "
                f"most {MAX_REQUEST_BYTES:,} (lmsdk serve's limit); shorten it"
            )
    if text_too_deep(text):
        return _unsendable(what, explain_unencodable(loads(text), ValueError("too deep")))
    return None


def _unsendable(what: str, exc: BaseException) -> LMStudioClientError:
    """The typed error for a request that cannot be sent."""
    if isinstance(exc, RecursionError):
        exc = JsonEncodeError(f"it holds a value nested deeper than {MAX_DEPTH} levels")
    message = f"cannot send the {what} request: {exc}"
    if isinstance(exc, JsonEncodeError) and exc.key is not None:
        return LMStudioConfigError(message, key=exc.key)
    return LMStudioClientError(message)


def _deadline(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)
