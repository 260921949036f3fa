"""The WebSocket server: HTTP probes, per-socket authentication, then routing.

``GET /lmstudio-greeting`` and ``GET /lms-status`` are answered as plain HTTP
from the handshake hook; each namespace's path (``/llm``, ``/system``, ...:
exact paths) upgrades to a WebSocket, and anything else is refused with 404. Each socket authenticates
with its first frame, then a :class:`~lmsdk.server.protocol.ProtocolSession`
routes its envelope messages. One connection's bad input or failure never
reaches another: every connection runs in its own task and the session turns
bad frames into warnings.
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
from lmsdk.server.protocol import ApiToken, Namespace, ProtocolSession, check_auth
from lmsdk.server.system_handlers import SERVER_VERSION

__all__ = [
    "AUTH_TIMEOUT_SEC",
    "MAX_FRAME_BYTES",
    "WebSocketApp",
    "check_bind_host",
    "is_loopback",
]

log = logging.getLogger("lmsdk.server")

AUTH_TIMEOUT_SEC = 10.0
"""How long a new socket may take to send its auth packet (as the reference server)."""

MAX_FRAME_BYTES = 16 * 1024 * 1024
"""Largest accepted message; websockets closes the socket (1009) on a bigger one."""

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

    async def start(self, host: str, port: int) -> int:
        """Start listening; returns the bound port (useful when ``port`` is 0)."""
        check_bind_host(host, self.api_token)
        self._server = await serve(
            self._handle,
            host,
            port,
            process_request=self._process_request,
            max_size=MAX_FRAME_BYTES,
            compression=None,
            server_header="lmsdk",
            logger=frame_logger("server"),  # its DEBUG frame log would show auth passkeys
        )
        self._reaper = asyncio.create_task(self._unload_idle_forever())
        sockets = list(self._server.sockets)
        return int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Close every connection (which cancels their generations) and stop listening."""
        if self._reaper is not None:
            self._reaper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reaper
            self._reaper = None
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

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
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        namespace = self.namespaces.get(connection.request.path if connection.request else "")
        if namespace is None:  # process_request refused it already
            return
        if not await self._authenticate(connection):
            return

        async def send(message: Any) -> None:
            await connection.send(dumps(message))

        session = ProtocolSession(namespace, send)
        try:
            async for frame in connection:
                await session.handle_frame(frame)
        except ConnectionClosed:
            pass
        finally:
            # Also reached when the server shuts down: end the session's
            # channels so running generations are cancelled.
            await session.close()

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


def _is_upgrade(headers: Headers) -> bool:
    return "websocket" in headers.get("Upgrade", "").lower()
