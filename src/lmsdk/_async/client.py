"""AsyncClient: finds the server, holds one session per namespace, and reconnects after a drop."""

from __future__ import annotations

import os
from types import TracebackType

from lmsdk._async.downloaded import (
    AsyncDownloadedEmbeddingModel,
    AsyncDownloadedLlm,
    downloaded,
)
from lmsdk._async.embedding import AsyncEmbeddingModel, AsyncEmbeddingNamespace
from lmsdk._async.files import AsyncFilesNamespace
from lmsdk._async.llm import AsyncLLM
from lmsdk._async.model import AsyncModelNamespace, LoadPackets
from lmsdk._async.session import AsyncSession
from lmsdk._generated.client_async import AsyncLlmEndpoints, AsyncSystemEndpoints
from lmsdk._generated.config import LlmLoadModelConfig
from lmsdk._generated.llm import (
    GetOrLoadAlreadyLoadedPacket,
    GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket,
    LoadModelCreationParameter,
    LoadModelProgressPacket,
    LoadModelSuccessPacket,
    ModelUsageEstimate,
)
from lmsdk._generated.model_info import LlmInfo, ModelInfo
from lmsdk._generated.system import (
    ListDownloadedModelVariantsParameter,
    NotifyParameter,
    SystemInfoResult,
    SystemVersionResult,
)
from lmsdk._host import candidate_hosts, connection_error, credentials
from lmsdk._loading import (
    DEFAULT_TTL_SEC,
    LoadProgressCallback,
    ModelDomain,
    check_domain,
)
from lmsdk._transports import AsyncLock, AsyncTransport
from lmsdk.config import LoadConfigInput
from lmsdk.errors import LMStudioClientError, LMStudioConnectionError
from lmsdk.wire.capture import CAPTURE_ENV, CaptureHook, CaptureWriter

DEFAULT_TIMEOUT = 60.0
"""Seconds allowed to connect, for the first token and between two messages (None: no limit)."""

PROBE_TIMEOUT = 1.0


class AsyncClient:
    """A connection to an LM Studio (or `lmsdk serve`) server.

    Args:
        api_host: "host:port" or an http/ws URL; else LMSDK_API_HOST; else LM Studio's default ports
            are probed.
        api_token: an LM Studio API token (`sk-lm-...:...`); else LM_API_TOKEN or LMSTUDIO_API_TOKEN.
        timeout: seconds allowed to connect, for the first token and between two messages.
        capture: a .jsonl file recording every frame sent and received (else LMSDK_WIRE_CAPTURE).
    """

    def __init__(
        self,
        api_host: str | None = None,
        api_token: str | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        capture: str | os.PathLike[str] | None = None,
    ) -> None:
        self._hosts, self._explicit = candidate_hosts(api_host)
        self._creds = credentials(api_token)
        self.timeout = timeout
        self._host: str | None = None
        self._sessions: dict[str, AsyncSession] = {}
        self._lock = AsyncLock()
        self._closed = False
        capture = capture or os.environ.get(CAPTURE_ENV) or None
        self._capture = CaptureHook(CaptureWriter(capture)) if capture else None
        self.llm = AsyncLLMNamespace(self)
        self.embedding = AsyncEmbeddingNamespace(self)
        self.files = AsyncFilesNamespace(self)
        self.system = AsyncSystemNamespace(self)

    def __repr__(self) -> str:
        return f"AsyncClient(api_host={self._host or self._hosts[0]!r})"

    @property
    def api_host(self) -> str | None:
        """The "host:port" in use, once a server has been found."""
        return self._host

    async def find_server(self) -> str:
        """Probe the candidate hosts; returns the first that answers as LM Studio.

        Raises:
            LMStudioConnectionError: none answered; the message lists each host and why.
        """
        if self._host is not None:
            return self._host
        tried: list[tuple[str, str]] = []
        for host in self._hosts:
            reason = await AsyncTransport.probe(host, PROBE_TIMEOUT)
            if reason is None:
                self._host = host
                return host
            tried.append((host, reason))
        raise connection_error(tried, self._explicit)

    async def session(self, namespace: str) -> AsyncSession:
        """The authenticated session for namespace, (re)connecting if needed."""
        if self._closed:
            raise LMStudioClientError("this client has been closed; create a new one")
        found = self._sessions.get(namespace)
        if found is not None and not found.broken:
            return found
        if not await self._lock.acquire(self.timeout):
            raise LMStudioConnectionError(f"timed out waiting to connect to {namespace}")
        try:
            found = self._sessions.get(namespace)
            if found is not None and not found.broken:
                return found
            host = await self.find_server()
            session = AsyncSession(
                host, namespace, self._creds, timeout=self.timeout, capture=self._capture
            )
            try:
                await session.connect()
            except LMStudioConnectionError:
                # The server may have moved (restarted elsewhere): probe again next time.
                self._host = None if not self._explicit else self._host
                raise
            self._sessions[namespace] = session
            return session
        finally:
            self._lock.release()

    async def list_downloaded_models(
        self, domain: ModelDomain | None = None
    ) -> list[AsyncDownloadedLlm | AsyncDownloadedEmbeddingModel]:
        """Every model the server can load (or one domain's: "llm", "embedding"), as handles."""
        check_domain(domain)
        models = await AsyncSystemEndpoints(await self.session("system")).list_downloaded_models()
        return [downloaded(self, m) for m in models if domain is None or m.type == domain]

    async def list_loaded_models(
        self, domain: ModelDomain | None = None
    ) -> list[AsyncLLM | AsyncEmbeddingModel]:
        """Every loaded model instance (LLMs first), or one domain's."""
        check_domain(domain)
        loaded: list[AsyncLLM | AsyncEmbeddingModel] = []
        if domain in (None, "llm"):
            loaded.extend(await self.llm.list_loaded())
        if domain in (None, "embedding"):
            loaded.extend(await self.embedding.list_loaded())
        return loaded

    async def close(self) -> None:
        """Close every socket."""
        self._closed = True
        for session in self._sessions.values():
            await session.close()
        self._sessions.clear()
        if self._capture is not None:
            self._capture.writer.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncLLMNamespace(AsyncModelNamespace[AsyncLlmEndpoints, AsyncLLM]):
    """`client.llm`: get, load, list and unload LLMs."""

    _packets = LoadPackets(
        load_parameter=LoadModelCreationParameter,
        get_or_load_progress=GetOrLoadLoadProgressPacket,
        already_loaded=GetOrLoadAlreadyLoadedPacket,
        get_or_load_success=GetOrLoadLoadSuccessPacket,
        load_progress=LoadModelProgressPacket,
        load_success=LoadModelSuccessPacket,
    )
    _load_config = LlmLoadModelConfig
    _nothing_loaded = "no model is loaded; pass a model key, e.g. lms.llm('smollm2-135m-instruct')"

    async def _endpoints(self) -> AsyncLlmEndpoints:
        return AsyncLlmEndpoints(await self._client.session("llm"))

    def _handle(self, identifier: str) -> AsyncLLM:
        return AsyncLLM(self._client, identifier)

    async def model(
        self,
        model_key: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> AsyncLLM:
        """A handle on model_key, loading it if needed; without a key, any loaded model.

        Raises:
            LMStudioModelNotFoundError: no such model, or no key given and nothing loaded.
        """
        return await self._get_or_load(model_key, ttl, config, on_load_progress)

    async def load_new_instance(
        self,
        model_key: str,
        instance_identifier: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> AsyncLLM:
        """Load a new instance of model_key (even if one is loaded already)."""
        return await self._load_new_instance(
            model_key, instance_identifier, ttl, config, on_load_progress
        )

    async def list_downloaded(self) -> list[AsyncDownloadedLlm]:
        """Every LLM the server can load, with `.model()` and `.load_new_instance()`."""
        system = AsyncSystemEndpoints(await self._client.session("system"))
        models = await system.list_downloaded_models()
        return [AsyncDownloadedLlm(self._client, m) for m in models if isinstance(m, LlmInfo)]

    async def estimate_model_usage(
        self, model_key: str, *, config: LoadConfigInput = None
    ) -> ModelUsageEstimate:
        """Estimate the memory that loading model_key with a load config would take (2.0.0).

        The server labels its figures: ``memory.confidence`` is "low" for a rule-of-thumb
        estimate (lmsdk serve: weights plus K/V cache, without llama.cpp's compute buffers).

        Raises:
            LMStudioConfigError: the config has an unknown key or a bad value (nothing is sent).
            LMStudioModelNotFoundError: no downloaded model has that key.
            LMStudioServerError: the server predates protocol 2.0.0.
        """
        return await self._estimate_model_usage(model_key, config)


class AsyncSystemNamespace:
    """`client.system`: what the server has downloaded, and its version."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _endpoints(self) -> AsyncSystemEndpoints:
        return AsyncSystemEndpoints(await self._client.session("system"))

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Every model the server can load."""
        return await (await self._endpoints()).list_downloaded_models()

    async def notify(
        self, title: str, description: str | None = None, *, no_auto_dismiss: bool = False
    ) -> None:
        """Show a notification to the server's user (LM Studio pops it up; lmsdk serve logs it)."""
        await (await self._endpoints()).notify(
            NotifyParameter(
                title=title, description=description, no_auto_dismiss=no_auto_dismiss or None
            )
        )

    async def version(self) -> SystemVersionResult:
        """The server's version and build number."""
        return await (await self._endpoints()).version()

    async def info(self) -> SystemInfoResult:
        """The server process: its pid, whether it runs headless, its version (protocol 2.0.0).

        Raises:
            LMStudioServerError: the server predates protocol 2.0.0 (it does not know the call).
        """
        return await (await self._endpoints()).info()

    async def list_downloaded_model_variants(self, model_key: str) -> list[ModelInfo]:
        """The downloaded variants (quantizations, formats) of one model (protocol 2.0.0).

        Raises:
            LMStudioModelNotFoundError: no downloaded model has that key.
            LMStudioServerError: the server predates protocol 2.0.0.
        """
        return await (await self._endpoints()).list_downloaded_model_variants(
            ListDownloadedModelVariantsParameter(model_key=model_key)
        )
