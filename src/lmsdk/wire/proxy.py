"""`lmsdk wire record`: a transparent proxy that records every frame between any client and any server.

Plain HTTP GETs (the `/lmstudio-greeting` and `/lms-status` probes, or anything else) are fetched from
the upstream and answered with its status, headers and body. A WebSocket upgrade on any path first
opens the same path upstream, so that an upstream refusal (404 for an unknown namespace) reaches the
client unchanged; then frames are relayed in both directions as the message objects websockets
delivers: text stays the same `str` (hence the same UTF-8 bytes), binary stays `bytes`, and closing
either side closes the other with the same code and reason. Compression is off on both hops, so
frames also cross the wire as they came.

Recording is kept off the relay path: a frame is queued (time, connection, text) before it is
forwarded, which keeps the capture in the order the proxy saw the frames, and a writer thread turns
the queue into capture lines.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import http.client
import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Literal

from websockets.asyncio.client import ClientConnection, connect
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.http11 import Request, Response

from lmsdk.wire.capture import CaptureWriter

__all__ = ["RecordingProxy", "parse_address"]

log = logging.getLogger("lmsdk.wire.proxy")

UPSTREAM_TIMEOUT_SEC = 10.0
"""How long connecting to the upstream (HTTP fetch or WebSocket handshake) may take."""

# Headers that describe one hop of an HTTP exchange, not the resource: never relayed.
_HOP_HEADERS = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length",
        "te",
        "trailer",
    }
)
# Close codes a peer may not send in a close frame; the other hop is closed normally instead.
_UNSENDABLE_CLOSE_CODES = frozenset({1005, 1006, 1015})

_conn_ids = itertools.count(1)

_Record = tuple[float, str, str, Literal["client", "server"], str]


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


class RecordingProxy:
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
        self.frames = 0
        self._server: Server | None = None
        self._pending: dict[ServerConnection, ClientConnection] = {}
        self._queue: queue.SimpleQueue[_Record | None] = queue.SimpleQueue()
        self._writer_thread: threading.Thread | None = None
        self._loop_thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None

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
        self._writer_thread = threading.Thread(
            target=self._write_records, name="lmsdk-wire-capture", daemon=True
        )
        self._writer_thread.start()
        self._server = await serve(
            self._relay,
            self.host,
            self.port,
            process_request=self._process_request,
            compression=None,
            max_size=None,  # the upstream enforces its own limit; the proxy must not add one
            server_header=None,
        )
        self.port = int(next(iter(self._server.sockets)).getsockname()[1])
        log.info("recording proxy on %s for %s", self.listen_host, self.upstream)
        return self

    async def aclose(self) -> None:
        """Stop listening, close every relayed connection and finish writing the capture."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for upstream in list(self._pending.values()):
            await upstream.close()
        self._pending.clear()
        if self._writer_thread is not None:
            self._queue.put(None)
            await asyncio.to_thread(self._writer_thread.join)
            self._writer_thread = None
        self.writer.close()

    async def __aenter__(self) -> RecordingProxy:
        return await self.astart()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def start(self) -> RecordingProxy:
        """Run the proxy on its own event loop in a background thread.

        Raises:
            OSError: if the address cannot be bound.
        """
        started = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stopped = asyncio.Event()
            try:
                await self.astart()
            except BaseException as exc:
                failure.append(exc)
                started.set()
                return
            started.set()
            await self._stopped.wait()
            await self.aclose()

        self._loop_thread = threading.Thread(
            target=asyncio.run, args=(main(),), name="lmsdk-wire-proxy", daemon=True
        )
        self._loop_thread.start()
        started.wait()
        if failure:
            self._loop_thread.join()
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop a proxy started with `start` and wait until the capture is complete."""
        if self._loop is not None and self._stopped is not None and self._loop_thread is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
            self._loop_thread.join()
            self._loop_thread = None

    def __enter__(self) -> RecordingProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- HTTP ---------------------------------------------------------------------------------

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        if "websocket" not in request.headers.get("Upgrade", "").lower():
            return await asyncio.to_thread(self._fetch, request)
        try:
            upstream = await connect(
                f"ws://{self.upstream}{request.path}",
                compression=None,
                max_size=None,
                proxy=None,  # an HTTP(S)_PROXY from the environment must not capture the upstream
                ping_interval=None,  # the client's own pings are answered by our server side
                open_timeout=UPSTREAM_TIMEOUT_SEC,
                user_agent_header=request.headers.get("User-Agent"),
            )
        except InvalidStatus as exc:
            return exc.response  # the upstream's refusal, passed on as it was
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            return connection.respond(502, f"upstream {self.upstream} is unreachable: {exc}\n")
        self._pending[connection] = upstream
        return None

    def _fetch(self, request: Request) -> Response:
        """GET the same path from the upstream (runs in a worker thread: http.client blocks)."""
        client = http.client.HTTPConnection(
            self.upstream_host, self.upstream_port, timeout=UPSTREAM_TIMEOUT_SEC
        )
        try:
            client.request(
                "GET", request.path, headers=dict(_end_to_end(request.headers.raw_items()))
            )
            reply = client.getresponse()
            body = reply.read()
        except (OSError, http.client.HTTPException) as exc:
            headers = Headers([("Content-Type", "text/plain; charset=utf-8")])
            text = f"upstream {self.upstream} is unreachable: {exc}\n".encode()
            headers["Content-Length"] = str(len(text))
            return Response(502, "Bad Gateway", headers, text)
        finally:
            client.close()
        headers = Headers(_end_to_end(reply.getheaders()))
        headers["Content-Length"] = str(len(body))
        return Response(reply.status, reply.reason, headers, body)

    # --- WebSocket relay ----------------------------------------------------------------------

    async def _relay(self, client: ServerConnection) -> None:
        upstream = self._pending.pop(client, None)
        if upstream is None:  # process_request answered already
            return
        self.connections += 1
        conn = f"p{os.getpid()}-{next(_conn_ids)}"
        path = client.request.path if client.request is not None else "/"
        namespace = path.split("?", 1)[0].lstrip("/")
        to_server = asyncio.create_task(self._pump(client, upstream, conn, namespace, "client"))
        to_client = asyncio.create_task(self._pump(upstream, client, conn, namespace, "server"))
        try:
            # The first side to close decides the code and reason both sides see; its pump closes
            # the other side, which then ends the other pump.
            _, pending = await asyncio.wait(
                {to_server, to_client}, return_when=asyncio.FIRST_COMPLETED
            )
            if pending:
                await asyncio.wait(pending, timeout=UPSTREAM_TIMEOUT_SEC)
        finally:
            for task in (to_server, to_client):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            await upstream.close()

    async def _pump(
        self,
        source: ServerConnection | ClientConnection,
        target: ServerConnection | ClientConnection,
        conn: str,
        namespace: str,
        origin: Literal["client", "server"],
    ) -> None:
        put = self._queue.put
        try:
            async for message in source:
                # Queued before it is forwarded: the answer to this frame cannot be recorded first.
                put((time.time(), conn, namespace, origin, _as_text(message)))
                await target.send(message)
        except ConnectionClosed:
            pass
        code, reason = source.close_code, source.close_reason or ""
        if code is None or code in _UNSENDABLE_CLOSE_CODES:
            await target.close()
        else:
            await target.close(code, reason)

    def _write_records(self) -> None:
        while (record := self._queue.get()) is not None:
            ts, conn, namespace, origin, text = record
            try:
                self.writer.write(conn, namespace, origin, text, ts=ts)
            except (OSError, ValueError):  # a closed or full disk must not stop the relay
                log.exception("could not write to the capture %s", self.writer.path)
            self.frames += 1


def _end_to_end(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in items if k.lower() not in _HOP_HEADERS]


def _as_text(message: str | bytes) -> str:
    """A frame as the capture stores it: the protocol only uses text, so binary is flagged as such."""
    if isinstance(message, str):
        return message
    return f"<binary frame, {len(message)} bytes, base64: {base64.b64encode(message).decode()}>"
