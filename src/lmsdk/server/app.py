"""The WebSocket server: HTTP probes, per-socket authentication, then routing.

``GET /lmstudio-greeting`` and ``GET /lms-status`` are answered as plain HTTP
from the handshake hook; each namespace's path (``/llm``, ``/system``, ...:
exact paths) upgrades to a WebSocket, and anything else is refused with 404. Each socket authenticates
with its first frame, then a :class:`~lmsdk.server.protocol.ProtocolSession`
routes its envelope messages. One connection's bad input or failure never
reaches another: every connection runs in its own task and the session turns
bad frames into warnings.

No client can hold up the others (see also :mod:`lmsdk.server.scheduler`):

- Sends are written one frame at a time per socket, each only once the
  previous one has drained below :data:`WRITE_LIMIT_BYTES`, so a socket buffers
  little. A socket whose send has waited :data:`SEND_TIMEOUT_SEC` for a client
  that does not read is dropped, which cancels its predictions.
- Before authentication a frame may have :data:`PRE_AUTH_MAX_BYTES` (the auth
  packet needs far less), and at most :data:`MAX_UNAUTHENTICATED` sockets may
  wait to authenticate: a new one pushes out the one that waited longest.
- Beyond :data:`max_connections` open sockets, new ones are refused with 503
  rather than running the process out of file descriptors; if accept() does run
  out anyway, asyncio retries every second and this says so once in a while
  instead of logging every failed accept.
- WebSocket pings every :data:`PING_INTERVAL_SEC` find peers that vanished
  without closing their socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
from collections.abc import Mapping
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from lmsdk._generated.converter import unstructure
from lmsdk._generated.transport import AuthResult
from lmsdk._json import dumps
from lmsdk._transports import frame_logger
from lmsdk.server.models import ModelRegistry
from lmsdk.server.protocol import (
    MAX_FRAME_CHARS,
    ApiToken,
    LogSampler,
    Namespace,
    ProtocolSession,
    check_auth,
)
from lmsdk.server.system_handlers import SERVER_VERSION

__all__ = [
    "AUTH_TIMEOUT_SEC",
    "MAX_FRAME_BYTES",
    "MAX_SOCKET_FRAME_BYTES",
    "MAX_UNAUTHENTICATED",
    "PING_INTERVAL_SEC",
    "PING_TIMEOUT_SEC",
    "PRE_AUTH_MAX_BYTES",
    "SEND_TIMEOUT_SEC",
    "WRITE_LIMIT_BYTES",
    "WebSocketApp",
    "check_bind_host",
    "is_loopback",
    "max_connections",
]

log = logging.getLogger("lmsdk.server")

AUTH_TIMEOUT_SEC = 10.0
"""How long a new socket may take to send its auth packet (as the reference server)."""

MAX_FRAME_BYTES = MAX_FRAME_CHARS
"""Largest message processed; a bigger one gets a ``communicationWarning`` and is ignored."""

MAX_SOCKET_FRAME_BYTES = 2 * MAX_FRAME_BYTES
"""Largest message read at all; websockets closes the socket (1009) on a bigger one."""

PRE_AUTH_MAX_BYTES = 64 * 1024
"""Largest first message (the auth packet); a bigger one closes the socket (1009)."""

MAX_UNAUTHENTICATED = 256
"""Sockets that may wait for their auth packet at once; more push out the oldest."""

SEND_TIMEOUT_SEC = 20.0
"""How long a frame may wait for the client to read before its socket is dropped."""

WRITE_LIMIT_BYTES = 64 * 1024
"""Outgoing bytes buffered per socket (above the kernel's buffers) before sends wait."""

PING_INTERVAL_SEC = 20.0
"""How often idle sockets are pinged."""

PING_TIMEOUT_SEC = 20.0
"""How long a ping may go unanswered before the socket is dropped as dead."""

# File descriptors kept free for everything else (model files, logs, worker threads).
_FD_RESERVE = 64
# Open sockets allowed where the descriptor limit says nothing.
_NO_FD_LIMIT = 65536
_ACCEPT_ERROR = "socket.accept() out of system resource"

# How often instances loaded with a TTL are checked for idleness.
_IDLE_CHECK_SEC = 10.0


def is_loopback(host: str) -> bool:
    """Whether a bind host only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # other host names may resolve to anything


def check_bind_host(host: str, api_token: ApiToken | None) -> None:
    """Refuse to expose the server beyond this machine without an API token.

    Raises:
        ValueError: If ``host`` is not a loopback address and no token is set.
    """
    if api_token is None and not is_loopback(host):
        raise ValueError(
            f"refusing to listen on {host!r} without an API token: anyone who can reach "
            "that address could use the models. Set an API token (--api-token or "
            "LM_API_TOKEN, format sk-lm-<identifier>:<secret>) or bind 127.0.0.1."
        )


def max_connections() -> int:
    """How many sockets the server keeps open at once: what the file-descriptor limit allows."""
    try:
        import resource
    except ImportError:  # Windows: no per-process descriptor limit of this kind
        return _NO_FD_LIMIT
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return _NO_FD_LIMIT
    return max(16, soft - _FD_RESERVE)


class _Peer:
    """One socket's send side: one frame at a time, and since when the current one waits."""

    __slots__ = ("connection", "lock", "waiting_since")

    def __init__(self, connection: ServerConnection) -> None:
        self.connection = connection
        self.lock = asyncio.Lock()
        self.waiting_since: float | None = None


def _json_response(connection: ServerConnection, status: int, body: Any) -> Response:
    response = connection.respond(status, json.dumps(body) + "\n")
    del response.headers["Content-Type"]
    response.headers["Content-Type"] = "application/json"
    return response


class WebSocketApp:
    """Serves the namespaces of a model registry on one port."""

    def __init__(
        self,
        registry: ModelRegistry,
        namespaces: Mapping[str, Namespace],
        api_token: ApiToken | None = None,
    ) -> None:
        """Bind handlers and credentials.

        Args:
            registry: The models (for idle unloading).
            namespaces: Served namespaces by exact WebSocket path.
            api_token: Required credentials, or None to accept any.
        """
        self.registry = registry
        self.namespaces = dict(namespaces)
        self.api_token = api_token
        self._server: Server | None = None
        self._reaper: asyncio.Task[None] | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._peers: set[_Peer] = set()
        # Sockets waiting for their auth packet, oldest first.
        self._unauthenticated: dict[ServerConnection, None] = {}
        self._open = 0
        self._max_connections = max_connections()
        self._accept_log = LogSampler(burst=1, per_second=0.1)
        self._previous_handler: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self, host: str, port: int) -> int:
        """Start listening; returns the bound port (useful when ``port`` is 0)."""
        check_bind_host(host, self.api_token)
        self._server = await serve(
            self._handle,
            host,
            port,
            process_request=self._process_request,
            # Raised once the socket has authenticated (see _handle).
            max_size=PRE_AUTH_MAX_BYTES,
            write_limit=WRITE_LIMIT_BYTES,
            ping_interval=PING_INTERVAL_SEC,
            ping_timeout=PING_TIMEOUT_SEC,
            compression=None,
            server_header="lmsdk",
            logger=frame_logger("server"),  # its DEBUG frame log would show auth passkeys
        )
        self._loop = asyncio.get_running_loop()
        self._previous_handler = self._loop.get_exception_handler()
        self._loop.set_exception_handler(self._loop_exception)
        self._reaper = asyncio.create_task(self._unload_idle_forever())
        self._watchdog = asyncio.create_task(self._drop_stalled_forever())
        sockets = list(self._server.sockets)
        return int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Close every connection (which cancels their generations) and stop listening."""
        for task in (self._reaper, self._watchdog):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._reaper = self._watchdog = None
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self._loop is not None:
            self._loop.set_exception_handler(self._previous_handler)
            self._loop = None

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        probe = request.path.split("?", 1)[0]
        if probe == "/lmstudio-greeting":
            return _json_response(connection, 200, {"lmstudio": True})
        if probe == "/lms-status":
            return _json_response(connection, 200, {"package": "lmsdk", "version": SERVER_VERSION})
        # The namespace path must match exactly: no trailing slash, no query.
        if request.path not in self.namespaces:
            paths = " and ".join(sorted(self.namespaces))
            return connection.respond(
                404, f"Not found: {request.path}. The WebSocket endpoints are {paths}.\n"
            )
        if not _is_upgrade(request.headers):
            return connection.respond(426, "This path only accepts WebSocket connections.\n")
        if self._open >= self._max_connections:
            return connection.respond(
                503, f"Too many connections (the limit is {self._max_connections}); try later.\n"
            )
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        namespace = self.namespaces.get(connection.request.path if connection.request else "")
        if namespace is None:  # process_request refused it already
            return
        self._open += 1
        try:
            await self._serve(connection, namespace)
        finally:
            self._open -= 1

    async def _serve(self, connection: ServerConnection, namespace: Namespace) -> None:
        self._unauthenticated[connection] = None
        if len(self._unauthenticated) > MAX_UNAUTHENTICATED:
            oldest = next(iter(self._unauthenticated))
            del self._unauthenticated[oldest]
            _log_sampled_info("dropping the socket that waited longest to authenticate")
            oldest.transport.abort()
        try:
            authenticated = await self._authenticate(connection)
        finally:
            self._unauthenticated.pop(connection, None)
        if not authenticated:
            return
        connection.protocol.max_message_size = MAX_SOCKET_FRAME_BYTES
        peer = _Peer(connection)
        loop = asyncio.get_running_loop()

        async def send(message: Any) -> None:
            text = dumps(message)  # JsonEncodeError fails the request, not the socket
            # One frame at a time, each written once the one before has drained: the
            # socket's buffer stays near WRITE_LIMIT_BYTES. The watchdog drops the
            # socket if a frame waits too long.
            async with peer.lock:
                peer.waiting_since = loop.time()
                try:
                    await connection.send(text)
                finally:
                    peer.waiting_since = None

        session = ProtocolSession(namespace, send)
        self._peers.add(peer)
        try:
            async for frame in connection:
                await session.handle_frame(frame)
        except ConnectionClosed:
            pass
        finally:
            self._peers.discard(peer)
            # Also reached when the server shuts down: end the session's
            # channels so running generations are cancelled.
            await session.close()

    async def _drop_stalled_forever(self) -> None:
        # One timer for every socket, rather than a deadline armed around every send.
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(min(1.0, SEND_TIMEOUT_SEC / 4))
            now = loop.time()
            for peer in list(self._peers):
                since = peer.waiting_since
                if since is not None and now - since > SEND_TIMEOUT_SEC:
                    self._peers.discard(peer)
                    _log_sampled_info(
                        f"dropping a socket whose client read nothing for {SEND_TIMEOUT_SEC:g} s"
                    )
                    # Its buffer is full, so a close frame would not get through either.
                    peer.connection.transport.abort()

    def _loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        # asyncio logs every failed accept() (up to 100 per second on Python 3.11) when
        # the process runs out of descriptors; it already retries each second.
        if context.get("message") == _ACCEPT_ERROR:
            dropped = self._accept_log.allow()
            if dropped is not None:
                log.warning(
                    "cannot accept connections: %s; retrying each second (%d failures not logged)",
                    context.get("exception"),
                    dropped,
                )
            return
        if self._previous_handler is not None:
            self._previous_handler(loop, context)
        else:
            loop.default_exception_handler(context)

    async def _authenticate(self, connection: ServerConnection) -> bool:
        try:
            frame = await asyncio.wait_for(connection.recv(), AUTH_TIMEOUT_SEC)
        except TimeoutError:
            result = AuthResult(success=False, error="Authentication timed out")
        except ConnectionClosed:
            return False
        else:
            result = check_auth(frame, self.api_token)
        try:
            await connection.send(json.dumps(unstructure(result)))
            if not result.success:
                log.info("authentication failed: %s", result.error)
                await connection.close(code=1008, reason="authentication failed")
        except ConnectionClosed:
            return False
        return result.success

    async def _unload_idle_forever(self) -> None:
        while True:
            await asyncio.sleep(_IDLE_CHECK_SEC)
            try:
                await self.registry.unload_idle()
            except Exception:  # never let the reaper die: it is the only one
                log.exception("unloading idle models failed")


_sampler = LogSampler(burst=5, per_second=0.2)


def _log_sampled_info(message: str) -> None:
    dropped = _sampler.allow()
    if dropped is not None:
        log.info("%s%s", message, f" ({dropped} similar lines suppressed)" if dropped else "")


def _is_upgrade(headers: Headers) -> bool:
    return "websocket" in headers.get("Upgrade", "").lower()
