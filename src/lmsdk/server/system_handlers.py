"""The ``system`` namespace: implements the generated ``SystemHandlers`` protocol."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable

import attrs

from lmsdk._generated.model_info import ModelInfo
from lmsdk._generated.system import (
    ListDownloadedModelVariantsParameter,
    NotifyParameter,
    StartHttpServerParameter,
    SystemInfoResult,
    SystemVersionResult,
)
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.errors import ServerError, not_supported
from lmsdk.server.models import ModelRegistry

__all__ = ["SERVER_BUILD", "SERVER_VERSION", "SystemNamespace"]

log = logging.getLogger("lmsdk.server")

SERVER_VERSION = "0.1.0"
SERVER_BUILD = 1

# Long enough for the requestShutdown result to leave before the sockets close.
_SHUTDOWN_DELAY_SEC = 0.2
_NO_HTTP = (
    "lmsdk serve speaks only LM Studio's WebSocket protocol; it has no OpenAI-compatible "
    "HTTP server to start or stop."
)


class SystemNamespace:
    """Handlers of ``ws://HOST:PORT/system`` over a model registry."""

    def __init__(
        self, registry: ModelRegistry, request_shutdown: Callable[[], None] | None = None
    ) -> None:
        """Serve a registry.

        Args:
            registry: The models.
            request_shutdown: Stops the server; None refuses ``requestShutdown`` (only a server
                with an API token may be stopped by its clients, who then all hold the token).
        """
        self.registry = registry
        self._request_shutdown = request_shutdown

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Every model in the catalog, loaded or not."""
        return [entry.model_info() for entry in self.registry.catalog]

    async def version(self) -> SystemVersionResult:
        """This server's version and build number."""
        return SystemVersionResult(version=SERVER_VERSION, build=SERVER_BUILD)

    async def info(self) -> SystemInfoResult:
        """This server process: its pid, headless (it has no window), and its version."""
        return SystemInfoResult(pid=os.getpid(), is_daemon=True, version=SERVER_VERSION)

    async def list_downloaded_model_variants(
        self, parameter: ListDownloadedModelVariantsParameter
    ) -> list[ModelInfo]:
        """The files of the model's repository folder (``<publisher>/<repo>``): its variants."""
        entry = self._find(parameter.model_key)
        folder = _folder(entry)
        siblings = [
            e for e in self.registry.catalog if _folder(e) == folder and e.domain == entry.domain
        ]
        keys = [e.key for e in siblings]
        return [
            attrs.evolve(e.model_info(), variants=keys, selected_variant=e.key) for e in siblings
        ]

    async def start_http_server(self, parameter: StartHttpServerParameter) -> None:
        """Refused: there is no HTTP server."""
        raise not_supported("system/startHttpServer", _NO_HTTP)

    async def stop_http_server(self) -> None:
        """Refused: there is no HTTP server."""
        raise not_supported("system/stopHttpServer", _NO_HTTP)

    async def request_shutdown(self) -> None:
        """Stop the server shortly after answering, if it was started with an API token."""
        if self._request_shutdown is None:
            raise not_supported(
                "system/requestShutdown",
                "Only a server started with an API token can be shut down by its clients; "
                "without one, anyone who can reach it could stop it.",
                "Stop lmsdk serve with Ctrl-C or SIGTERM, or start it with --api-token.",
            )
        asyncio.get_running_loop().call_later(_SHUTDOWN_DELAY_SEC, self._request_shutdown)

    async def notify(self, parameter: NotifyParameter) -> None:
        """Show a client's notification: this server has no window, so it goes to the log."""
        text = parameter.title + (f": {parameter.description}" if parameter.description else "")
        log.warning("notification from a client: %s", text[:2000])

    def _find(self, key: str) -> ModelEntry:
        try:
            return self.registry.find_entry(key)
        except ServerError as not_an_llm:
            try:
                return self.registry.find_entry(key, "embedding")
            except ServerError:
                raise not_an_llm from None


def _folder(entry: ModelEntry) -> str:
    return entry.path.rsplit("/", 1)[0]
