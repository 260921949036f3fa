"""The I/O seam: WebSocket transports and the greeting probe, in an async and a sync flavour.

This is the one place where the two front ends differ by hand, because the libraries differ
(websockets' asyncio client against its thread-based sync client). Each pair has the same method names,
so that the sync front end is the async one with `async`/`await` removed (scripts/unasync.py).
The sync client uses threads, never a hidden event loop, so it also works inside a running loop.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Coroutine, Generator
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.frames import Frame

from lmsdk.errors import LMStudioConnectionError

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as _AsyncWs
    from websockets.sync.client import ClientConnection as _SyncWs

# asyncio and each flavour of websockets client are imported by the methods that use them (after the
# first call, an import statement is a dictionary lookup): the sync client then never imports asyncio,
# nor the async client websockets' threads.

MAX_FRAME_BYTES = 64 * 1024 * 1024
"""Largest frame accepted from the server (histories with files and long configs can be large)."""

MAX_REQUEST_BYTES = 16 * 1024 * 1024
"""Largest frame the client sends, and the largest `lmsdk serve` processes.

A bigger request is refused before it is sent: a server that closes the socket over it (close code
1009, as WebSocket servers do beyond their limit) would end every other stream on that socket too.
"""


class RedactingFrameLogger(logging.LoggerAdapter[logging.Logger]):
    """websockets' connection logger, with the auth packet hidden from its frame log.

    At DEBUG level websockets logs the text of every frame it sends and receives; the first frame
    of every socket is the auth packet, whose clientPasskey is the secret half of an API token.
    """

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        """Log as websockets asked, with any frame carrying a passkey replaced by a placeholder."""
        super().log(level, msg, *(_redact_frame(a) for a in args), **kwargs)


def _redact_frame(arg: object) -> object:
    if isinstance(arg, Frame) and b"clientPasskey" in bytes(arg.data):
        return f"{arg.opcode.name} <auth packet, redacted> [{len(arg.data)} bytes]"
    return arg


def frame_logger(side: str) -> RedactingFrameLogger:
    """The logger to give websockets for a "client" or "server" connection (its default name)."""
    return RedactingFrameLogger(logging.getLogger(f"websockets.{side}"), {})


_WS_OPTIONS: dict[str, Any] = {
    "compression": None,  # loopback traffic: compression costs CPU per fragment and saves nothing
    "proxy": None,  # LM Studio is local; an HTTP(S)_PROXY from the environment must not capture it
    "max_size": MAX_FRAME_BYTES,
    "ping_interval": 20,
    "ping_timeout": 20,
    "close_timeout": 2,
    "logger": frame_logger("client"),
}


class TransportClosed(Exception):
    """The socket is closed; `reason` says how."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _greeting_request(host: str) -> bytes:
    return (
        f"GET /lmstudio-greeting HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n"
        "Connection: close\r\n\r\n"
    ).encode()


def parse_greeting(raw: bytes) -> str | None:
    """Return None if raw is an LM Studio greeting response, else the reason it is not."""
    head, _, body = raw.partition(b"\r\n\r\n")
    status = head.split(b"\r\n", 1)[0].split()
    if len(status) < 2 or not status[0].startswith(b"HTTP/"):
        return "it did not answer HTTP"
    if status[1] != b"200":
        return f"GET /lmstudio-greeting answered HTTP {status[1].decode(errors='replace')}"
    if b"transfer-encoding: chunked" in head.lower():
        body = _unchunk(body)
    try:
        doc = json.loads(body)
    except ValueError:
        return "GET /lmstudio-greeting did not answer JSON"
    if not (isinstance(doc, dict) and doc.get("lmstudio") is True):
        return 'GET /lmstudio-greeting did not answer {"lmstudio": true}'
    return None


def _unreachable(exc: OSError, timeout: float) -> str:
    """Why a greeting probe got no answer: its deadline passed first, or the socket failed."""
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g}s"
    return exc.strerror or str(exc)


def _unchunk(body: bytes) -> bytes:
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        body = rest[size + 2 :]
    return out


def _split_host(host: str) -> tuple[str, int]:
    name, _, port = host.rpartition(":")
    return name.strip("[]"), int(port)


class AsyncTransport:
    """One WebSocket, async flavour."""

    def __init__(self, ws: _AsyncWs) -> None:
        self._ws = ws

    @classmethod
    async def connect(cls, url: str, timeout: float | None) -> AsyncTransport:
        """Open a WebSocket; raises LMStudioConnectionError with the reason on failure."""
        try:
            from websockets.asyncio.client import connect

            ws = await connect(url, open_timeout=timeout, **_WS_OPTIONS)
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
            raise LMStudioConnectionError(
                f"could not open {url}: {exc or type(exc).__name__}"
            ) from None
        return cls(ws)

    async def send(self, text: str) -> None:
        """Send one text frame."""
        try:
            await self._ws.send(text)
        except ConnectionClosed as exc:
            raise TransportClosed(str(exc)) from None

    async def recv(self, timeout: float | None) -> str | None:
        """The next text frame, or None if the timeout passed first."""
        import asyncio

        # A timeout costs a few microseconds to arm and disarm even when the frame is already
        # buffered, which is the usual case while a prediction streams. So recv() is run up to
        # its first suspension by hand; only if it has to wait is the rest awaited under the timeout.
        receive = self._ws.recv()
        try:
            try:
                waiting_on = receive.send(None)
            except StopIteration as done:
                data = done.value
            else:
                async with asyncio.timeout(timeout):
                    data = await _Resumed(receive, waiting_on)
        except TimeoutError:
            return None
        except ConnectionClosed as exc:
            raise TransportClosed(str(exc)) from None
        return data if isinstance(data, str) else data.decode("utf-8", errors="replace")

    async def close(self) -> None:
        """Close the socket (idempotent)."""
        await self._ws.close()

    @staticmethod
    async def probe(host: str, timeout: float) -> str | None:
        """GET /lmstudio-greeting; None if an LM Studio server answered, else the reason."""
        import asyncio

        name, port = _split_host(host)
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(name, port)
                try:
                    writer.write(_greeting_request(host))
                    await writer.drain()
                    raw = await reader.read(65536)
                    while chunk := await reader.read(65536):
                        raw += chunk
                finally:
                    writer.close()
        except OSError as exc:
            return _unreachable(exc, timeout)
        return parse_greeting(raw)


class SyncTransport:
    """One WebSocket, sync flavour (websockets' thread-based client)."""

    def __init__(self, ws: _SyncWs) -> None:
        self._ws = ws

    @classmethod
    def connect(cls, url: str, timeout: float | None) -> SyncTransport:
        """Open a WebSocket; raises LMStudioConnectionError with the reason on failure."""
        try:
            # legacy=True: return the connection itself; this object manages its lifetime.
            from websockets.sync.client import connect

            ws = connect(url, open_timeout=timeout, legacy=True, **_WS_OPTIONS)
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
            raise LMStudioConnectionError(
                f"could not open {url}: {exc or type(exc).__name__}"
            ) from None
        return cls(ws)

    def send(self, text: str) -> None:
        """Send one text frame."""
        try:
            self._ws.send(text)
        except ConnectionClosed as exc:
            raise TransportClosed(str(exc)) from None

    def recv(self, timeout: float | None) -> str | None:
        """The next text frame, or None if the timeout passed first."""
        try:
            data = self._ws.recv(timeout=timeout)
        except TimeoutError:
            return None
        except ConnectionClosed as exc:
            raise TransportClosed(str(exc)) from None
        return data if isinstance(data, str) else data.decode("utf-8", errors="replace")

    def close(self) -> None:
        """Close the socket (idempotent)."""
        self._ws.close()

    @staticmethod
    def probe(host: str, timeout: float) -> str | None:
        """GET /lmstudio-greeting; None if an LM Studio server answered, else the reason."""
        name, port = _split_host(host)
        deadline = time.monotonic() + timeout
        try:
            with socket.create_connection((name, port), timeout=timeout) as sock:
                sock.sendall(_greeting_request(host))
                raw = b""
                while time.monotonic() < deadline and (chunk := sock.recv(65536)):
                    raw += chunk
        except OSError as exc:
            return _unreachable(exc, timeout)
        return parse_greeting(raw)


class _Resumed:
    """Awaits the rest of a coroutine that was already run up to its first suspension.

    `waiting_on` is what the coroutine yielded there (the future it waits for); it is passed on to the
    running task, and from then on values and exceptions (cancellation) go to the coroutine, exactly
    as `await coroutine` would have done.
    """

    def __init__(self, coroutine: Coroutine[Any, Any, Any], waiting_on: Any) -> None:
        self._coroutine = coroutine
        self._waiting_on = waiting_on

    def __await__(self) -> Generator[Any, Any, Any]:
        coroutine, yielded = self._coroutine, self._waiting_on
        while True:
            try:
                sent = yield yielded
            except GeneratorExit:
                coroutine.close()
                raise
            except BaseException as exc:  # noqa: BLE001 - every exception goes to the coroutine
                try:
                    yielded = coroutine.throw(exc)
                except StopIteration as done:
                    return done.value
            else:
                try:
                    yielded = coroutine.send(sent)
                except StopIteration as done:
                    return done.value


class AsyncLock:
    """asyncio.Lock with the method names of the sync Lock below."""

    def __init__(self) -> None:
        import asyncio

        self._lock = asyncio.Lock()

    async def acquire(self, timeout: float | None) -> bool:
        """Acquire within timeout seconds; False if that failed."""
        import asyncio

        lock = self._lock
        if not lock.locked() and not getattr(lock, "_waiters", None):
            # Free, and nobody queues for it: acquire() returns at once, no timeout to arm.
            return await lock.acquire()
        try:
            async with asyncio.timeout(timeout):
                await self._lock.acquire()
        except TimeoutError:
            return False
        return True

    def release(self) -> None:
        """Release the lock."""
        self._lock.release()


class AsyncWakeup:
    """A one-shot signal: one task waits for it, another sets it (Wakeup is the sync twin)."""

    def __init__(self) -> None:
        import asyncio

        self._future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def set(self) -> None:
        """Wake the waiter (or let its next wait return at once)."""
        if not self._future.done():
            self._future.set_result(None)

    async def wait(self, timeout: float | None) -> bool:
        """Wait until set, at most timeout seconds; False if the time ran out first."""
        import asyncio

        if self._future.done():
            return True
        try:
            async with asyncio.timeout(timeout):
                await self._future
        except TimeoutError:
            return False
        return True


class Wakeup:
    """threading.Event with the method names of AsyncWakeup."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        """Wake the waiter (or let its next wait return at once)."""
        self._event.set()

    def wait(self, timeout: float | None) -> bool:
        """Wait until set, at most timeout seconds; False if the time ran out first."""
        return self._event.wait(timeout)


class Lock:
    """threading.Lock with the method names of AsyncLock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def acquire(self, timeout: float | None) -> bool:
        """Acquire within timeout seconds; False if that failed."""
        return self._lock.acquire(timeout=-1 if timeout is None else max(timeout, 0))

    def release(self) -> None:
        """Release the lock."""
        self._lock.release()
