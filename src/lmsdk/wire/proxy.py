"""`lmsdk wire record`: a transparent proxy that records every frame between any client and any server.

The proxy relays bytes, not messages. It reads the client's HTTP request head, opens a TCP connection
to the upstream, forwards the head, and from then on copies whatever either side sends to the other
as soon as it arrives. So the greeting probes (`/lmstudio-greeting`, `/lms-status`) and any other
HTTP request get the upstream's own answer, and WebSocket frames cross unaltered in both directions:
same bytes, same masks, same fragmentation, and pings, pongs, close codes and abrupt disconnects
reach the other peer as they were sent. Measured on a loaded 2-core machine this adds about half
the per-frame latency of terminating the WebSocket in the proxy and relaying messages.

Two changes are made to request heads, both to hop-level headers: plain HTTP requests get
`Connection: close`, so that every request on a connection is seen (a kept-alive connection could
later carry an upgrade), and `Sec-WebSocket-Extensions` is dropped from upgrades, so that no
compression is negotiated and frames can be read as they pass.

Recording happens beside the relay: each chunk is forwarded first, then fed to a passive frame parser
per direction; complete messages are queued (time, connection, text) before the relay reads again,
which keeps the capture in the order the proxy saw the frames, and a writer thread turns the queue
into capture lines.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Generator
from typing import Literal

from websockets.exceptions import PayloadTooBig, ProtocolError
from websockets.frames import Frame, Opcode
from websockets.streams import StreamReader

from lmsdk._background import BackgroundLoop, BackgroundService
from lmsdk.wire.capture import CaptureWriter

__all__ = ["RecordingProxy", "parse_address"]

log = logging.getLogger("lmsdk.wire.proxy")

UPSTREAM_TIMEOUT_SEC = 10.0
"""How long connecting to the upstream, or its answer to a request head, may take."""

MAX_HEAD_BYTES = 64 * 1024
"""Largest HTTP request or response head accepted."""

_CHUNK = 256 * 1024
_BATCH_SEC = 0.005
_conn_ids = itertools.count(1)

Origin = Literal["client", "server"]
_Record = tuple[float, str, str, Origin, str]


def parse_address(text: str, *, default_host: str = "127.0.0.1") -> tuple[str, int]:
    """Split `HOST:PORT`, `[IPv6]:PORT`, `:PORT` or `PORT` (host defaults to loopback).

    Raises:
        ValueError: if there is no valid port.
    """
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = "", text
    host = host.strip("[]") or default_host
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    return host, int(port)


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class _MessageParser:
    """Reads the WebSocket frames of one direction as they pass and reports each complete message.

    Args:
        masked: whether frames are masked (client to server) or not (server to client).
        message: called with each text message, or a description of a binary one.
    """

    def __init__(self, masked: bool, message: Callable[[str], None]) -> None:
        self._reader = StreamReader()
        self._message = message
        self._parser: Generator[None, None, None] | None = self._parse(masked)
        next(self._parser)

    def feed(self, data: bytes) -> None:
        """Parse the next bytes of the stream."""
        if self._parser is None:
            return
        self._reader.feed_data(data)
        try:
            next(self._parser)
        except (ProtocolError, PayloadTooBig, EOFError, StopIteration) as exc:
            # The bytes are still relayed; only the recording of this direction stops.
            log.warning("stopped recording a direction: unreadable WebSocket frames (%s)", exc)
            self._parser = None

    def _parse(self, masked: bool) -> Generator[None, None, None]:
        fragments: list[bytes | bytearray | memoryview] = []
        text = False
        while True:
            frame = yield from Frame.parse(self._reader.read_exact, mask=masked, max_size=None)
            if frame.opcode in (Opcode.TEXT, Opcode.BINARY):
                text, fragments = frame.opcode is Opcode.TEXT, [frame.data]
            elif frame.opcode is Opcode.CONT:
                fragments.append(frame.data)
            else:
                continue  # ping, pong and close are WebSocket plumbing, not protocol messages
            if frame.fin:
                self._message(_as_text(b"".join(fragments), text))
                fragments = []


def _as_text(payload: bytes, text: bool) -> str:
    """A message as the capture stores it; the protocol only uses text, so anything else is flagged."""
    if text:
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            pass
    kind = "text frame with invalid UTF-8" if text else "binary frame"
    return f"<{kind}, {len(payload)} bytes, base64: {base64.b64encode(payload).decode()}>"


class RecordingProxy(BackgroundService):
    """Relays an LM Studio-protocol server and records its WebSocket frames.

    Use it with `async with` on a running loop, or with `with` to run it in a background thread.

    Args:
        upstream: the real server's `HOST:PORT`.
        out: the capture file (appended to) or a CaptureWriter.
        host: address to listen on (loopback by default).
        port: port to listen on; 0 picks a free one (see `listen_host`).
        keep_secrets: record the auth passkey instead of redacting it.
    """

    def __init__(
        self,
        upstream: str,
        out: str | os.PathLike[str] | CaptureWriter,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        keep_secrets: bool = False,
    ) -> None:
        self.upstream_host, self.upstream_port = parse_address(upstream)
        self.host = host
        self.port = port
        self.writer = (
            out if isinstance(out, CaptureWriter) else CaptureWriter(out, keep_secrets=keep_secrets)
        )
        self.connections = 0
        """WebSocket connections relayed so far."""
        self.frames = 0
        """Messages written to the capture so far."""
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._streams: set[asyncio.StreamWriter] = set()
        self._queue: queue.SimpleQueue[_Record | None] = queue.SimpleQueue()
        self._writer_thread: threading.Thread | None = None
        self._background = BackgroundLoop("lmsdk-wire-proxy", self.astart, self.aclose)

    @property
    def upstream(self) -> str:
        """The upstream's `host:port`."""
        return _netloc(self.upstream_host, self.upstream_port)

    @property
    def listen_host(self) -> str:
        """`host:port` that clients connect to (the real port once started)."""
        return _netloc(self.host, self.port)

    # --- lifecycle ----------------------------------------------------------------------------

    async def astart(self) -> RecordingProxy:
        """Start listening on the running loop.

        Raises:
            OSError: if the address cannot be bound.
        """
        self._server = await asyncio.start_server(
            self._accept, self.host, self.port, limit=MAX_HEAD_BYTES
        )
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._writer_thread = threading.Thread(
            target=self._write_records, name="lmsdk-wire-capture", daemon=True
        )
        self._writer_thread.start()
        log.info("recording proxy on %s for %s", self.listen_host, self.upstream)
        return self

    async def aclose(self) -> None:
        """Stop listening, drop every relayed connection and finish writing the capture."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        # Dropping the sockets ends every relay by itself (their reads see the end of the stream).
        for stream in list(self._streams):
            stream.transport.abort()
        if self._tasks:
            _, stuck = await asyncio.wait(self._tasks, timeout=UPSTREAM_TIMEOUT_SEC)
            for task in stuck:
                task.cancel()
        if server is not None:
            await server.wait_closed()
        if self._writer_thread is not None:
            self._queue.put(None)
            await asyncio.to_thread(self._writer_thread.join)
            self._writer_thread = None
        self.writer.close()

    # --- relay --------------------------------------------------------------------------------

    async def _accept(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self._streams.add(client_out)
        try:
            await self._serve(client_in, client_out)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            log.debug("relay ended: %s", exc)
        except asyncio.CancelledError:
            # Only aclose cancels, as a last resort. Python 3.11's start_server logs a cancelled
            # handler task as an error in a callback, so the cancellation ends here.
            pass
        finally:
            self._tasks.discard(task)
            self._streams.discard(client_out)
            client_out.close()

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        head = await _read_head(client_in)
        if head is None:
            return
        request_line, headers = _split_head(head)
        upgrade = any(k.lower() == "upgrade" and "websocket" in v.lower() for k, v in headers)
        if upgrade:
            headers = [(k, v) for k, v in headers if k.lower() != "sec-websocket-extensions"]
        else:
            headers = [(k, v) for k, v in headers if k.lower() != "connection"]
            headers.append(("Connection", "close"))
        try:
            upstream_in, upstream_out = await asyncio.wait_for(
                asyncio.open_connection(
                    self.upstream_host, self.upstream_port, limit=MAX_HEAD_BYTES
                ),
                UPSTREAM_TIMEOUT_SEC,
            )
        except (OSError, TimeoutError) as exc:
            client_out.write(_bad_gateway(f"upstream {self.upstream} is unreachable: {exc}"))
            await client_out.drain()
            return
        self._streams.add(upstream_out)
        try:
            upstream_out.write(_join_head(request_line, headers))
            if not upgrade:
                await self._relay(client_in, client_out, upstream_in, upstream_out)
                return
            reply = await asyncio.wait_for(_read_head(upstream_in), UPSTREAM_TIMEOUT_SEC)
            if reply is None:
                return
            client_out.write(reply)
            if b" 101 " not in reply.split(b"\r\n", 1)[0] + b" ":
                await self._relay(client_in, client_out, upstream_in, upstream_out)
                return  # a refusal: relayed as it is, nothing to record
            self.connections += 1
            conn = f"p{os.getpid()}-{next(_conn_ids)}"
            path = request_line.split(" ")[1] if request_line.count(" ") >= 2 else "/"
            namespace = path.split("?", 1)[0].lstrip("/")
            await self._relay(
                client_in,
                client_out,
                upstream_in,
                upstream_out,
                _MessageParser(True, self._recorder(conn, namespace, "client")),
                _MessageParser(False, self._recorder(conn, namespace, "server")),
            )
        finally:
            self._streams.discard(upstream_out)
            upstream_out.close()

    def _recorder(self, conn: str, namespace: str, origin: Origin) -> Callable[[str], None]:
        put = self._queue.put

        def record(text: str) -> None:
            put((time.time(), conn, namespace, origin, text))

        return record

    async def _relay(
        self,
        client_in: asyncio.StreamReader,
        client_out: asyncio.StreamWriter,
        upstream_in: asyncio.StreamReader,
        upstream_out: asyncio.StreamWriter,
        from_client: _MessageParser | None = None,
        from_server: _MessageParser | None = None,
    ) -> None:
        """Copy bytes both ways until both directions end (an end is passed on as a half-close)."""
        pumps = [
            asyncio.create_task(_pump(client_in, upstream_out, from_client)),
            asyncio.create_task(_pump(upstream_in, client_out, from_server)),
        ]
        try:
            _, pending = await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
            # WebSocket peers close the TCP connection soon after the closing handshake; a peer
            # that keeps a half-closed connection open is not waited for forever.
            if pending:
                await asyncio.wait(pending, timeout=UPSTREAM_TIMEOUT_SEC)
        finally:
            for pump in pumps:
                pump.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)

    def _write_records(self) -> None:
        while True:
            batch = [self._queue.get()]  # sleeps while there is nothing to write
            # Then lets the burst gather: waking once per burst instead of once per frame took
            # about 20 us off the relay's added latency per frame (scripts/bench_wire_proxy.py).
            time.sleep(_BATCH_SEC)
            with contextlib.suppress(queue.Empty):
                while True:
                    batch.append(self._queue.get_nowait())
            for record in batch:
                if record is None:
                    return
                ts, conn, namespace, origin, text = record
                try:
                    self.writer.write(conn, namespace, origin, text, ts=ts)
                except (OSError, ValueError):  # a full disk must not stop the relay
                    log.exception("could not write to the capture %s", self.writer.path)
                self.frames += 1


async def _pump(
    source: asyncio.StreamReader, target: asyncio.StreamWriter, parser: _MessageParser | None
) -> None:
    try:
        while data := await source.read(_CHUNK):
            target.write(data)
            if parser is not None:
                # After the write, before the next await: the reply to this message cannot be
                # parsed (and recorded) before it.
                parser.feed(data)
            await target.drain()
        if target.can_write_eof():
            target.write_eof()
    except OSError:
        target.transport.abort()  # a reset on one side is a reset on the other


async def _read_head(stream: asyncio.StreamReader) -> bytes | None:
    """An HTTP head up to and including its blank line; None if the peer closed first."""
    try:
        return await stream.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None


def _split_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name, value.strip()))
    return lines[0], headers


def _join_head(request_line: str, headers: list[tuple[str, str]]) -> bytes:
    lines = [request_line, *(f"{k}: {v}" for k, v in headers), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _bad_gateway(text: str) -> bytes:
    body = (text + "\n").encode()
    head = (
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body
