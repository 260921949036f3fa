# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/client.py.
"""Client: finds the server, holds one session per namespace, and reconnects after a drop."""

from __future__ import annotations

import os
from types import TracebackType

from lmsdk._generated.client_sync import LlmEndpoints, SystemEndpoints
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
from lmsdk._sync.downloaded import (
    DownloadedEmbeddingModel,
    DownloadedLlm,
    downloaded,
)
from lmsdk._sync.embedding import EmbeddingModel, EmbeddingNamespace
from lmsdk._sync.files import FilesNamespace
from lmsdk._sync.llm import LLM
from lmsdk._sync.model import LoadPackets, ModelNamespace
from lmsdk._sync.session import Session
from lmsdk._transports import Lock, SyncTransport
from lmsdk.config import LoadConfigInput
from lmsdk.errors import LMStudioClientError, LMStudioConnectionError
from lmsdk.wire.capture import CAPTURE_ENV, CaptureHook, CaptureWriter

DEFAULT_TIMEOUT = 60.0
"""Seconds allowed to connect, for the first token and between two messages (None: no limit)."""

PROBE_TIMEOUT = 1.0


class Client:
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
        self._sessions: dict[str, Session] = {}
        self._lock = Lock()
        self._closed = False
        capture = capture or os.environ.get(CAPTURE_ENV) or None
        self._capture = CaptureHook(CaptureWriter(capture)) if capture else None
        self.llm = LLMNamespace(self)
        self.embedding = EmbeddingNamespace(self)
        self.files = FilesNamespace(self)
        self.system = SystemNamespace(self)

    def __repr__(self) -> str:
        return f"Client(api_host={self._host or self._hosts[0]!r})"

    @property
    def api_host(self) -> str | None:
        """The "host:port" in use, once a server has been found."""
        return self._host

    def find_server(self) -> str:
        """Probe the candidate hosts; returns the first that answers as LM Studio.

        Raises:
            LMStudioConnectionError: none answered; the message lists each host and why.
        """
        if self._host is not None:
            return self._host
        tried: list[tuple[str, str]] = []
        for host in self._hosts:
            reason = SyncTransport.probe(host, PROBE_TIMEOUT)
            if reason is None:
                self._host = host
                return host
            tried.append((host, reason))
        raise connection_error(tried, self._explicit)

    def session(self, namespace: str) -> Session:
        """The authenticated session for namespace, (re)connecting if needed."""
        if self._closed:
            raise LMStudioClientError("this client has been closed; create a new one")
        found = self._sessions.get(namespace)
        if found is not None and not found.broken:
            return found
        if not self._lock.acquire(self.timeout):
            raise LMStudioConnectionError(f"timed out waiting to connect to {namespace}")
        try:
            found = self._sessions.get(namespace)
            if found is not None and not found.broken:
                return found
            host = self.find_server()
            session = Session(
                host, namespace, self._creds, timeout=self.timeout, capture=self._capture
            )
            try:
                session.connect()
            except LMStudioConnectionError:
                # The server may have moved (restarted elsewhere): probe again next time.
                self._host = None if not self._explicit else self._host
                raise
            self._sessions[namespace] = session
            return session
        finally:
            self._lock.release()

    def list_downloaded_models(
        self, domain: ModelDomain | None = None
    ) -> list[DownloadedLlm | DownloadedEmbeddingModel]:
        """Every model the server can load (or one domain's: "llm", "embedding"), as handles."""
        check_domain(domain)
        models = SystemEndpoints(self.session("system")).list_downloaded_models()
        return [downloaded(self, m) for m in models if domain is None or m.type == domain]

    def list_loaded_models(self, domain: ModelDomain | None = None) -> list[LLM | EmbeddingModel]:
        """Every loaded model instance (LLMs first), or one domain's."""
        check_domain(domain)
        loaded: list[LLM | EmbeddingModel] = []
        if domain in (None, "llm"):
            loaded.extend(self.llm.list_loaded())
        if domain in (None, "embedding"):
            loaded.extend(self.embedding.list_loaded())
        return loaded

    def close(self) -> None:
        """Close every socket."""
        self._closed = True
        for session in self._sessions.values():
            session.close()
        self._sessions.clear()
        if self._capture is not None:
            self._capture.writer.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class LLMNamespace(ModelNamespace[LlmEndpoints, LLM]):
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

    def _endpoints(self) -> LlmEndpoints:
        return LlmEndpoints(self._client.session("llm"))

    def _handle(self, identifier: str) -> LLM:
        return LLM(self._client, identifier)

    def model(
        self,
        model_key: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> LLM:
        """A handle on model_key, loading it if needed; without a key, any loaded model.

        Raises:
            LMStudioModelNotFoundError: no such model, or no key given and nothing loaded.
        """
        return self._get_or_load(model_key, ttl, config, on_load_progress)

    def load_new_instance(
        self,
        model_key: str,
        instance_identifier: str | None = None,
        *,
        ttl: int | None = DEFAULT_TTL_SEC,
        config: LoadConfigInput = None,
        on_load_progress: LoadProgressCallback | None = None,
    ) -> LLM:
        """Load a new instance of model_key (even if one is loaded already)."""
        return self._load_new_instance(
            model_key, instance_identifier, ttl, config, on_load_progress
        )

    def list_downloaded(self) -> list[DownloadedLlm]:
        """Every LLM the server can load, with `.model()` and `.load_new_instance()`."""
        system = SystemEndpoints(self._client.session("system"))
        models = system.list_downloaded_models()
        return [DownloadedLlm(self._client, m) for m in models if isinstance(m, LlmInfo)]

    def estimate_model_usage(
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
        return self._estimate_model_usage(model_key, config)


class SystemNamespace:
    """`client.system`: what the server has downloaded, and its version."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _endpoints(self) -> SystemEndpoints:
        return SystemEndpoints(self._client.session("system"))

    def list_downloaded_models(self) -> list[ModelInfo]:
        """Every model the server can load."""
        return (self._endpoints()).list_downloaded_models()

    def notify(
        self, title: str, description: str | None = None, *, no_auto_dismiss: bool = False
    ) -> None:
        """Show a notification to the server's user (LM Studio pops it up; lmsdk serve logs it)."""
        (self._endpoints()).notify(
            NotifyParameter(
                title=title, description=description, no_auto_dismiss=no_auto_dismiss or None
            )
        )

    def version(self) -> SystemVersionResult:
        """The server's version and build number."""
        return (self._endpoints()).version()

    def info(self) -> SystemInfoResult:
        """The server process: its pid, whether it runs headless, its version (protocol 2.0.0).

        Raises:
            LMStudioServerError: the server predates protocol 2.0.0 (it does not know the call).
        """
        return (self._endpoints()).info()

    def list_downloaded_model_variants(self, model_key: str) -> list[ModelInfo]:
        """The downloaded variants (quantizations, formats) of one model (protocol 2.0.0).

        Raises:
            LMStudioModelNotFoundError: no downloaded model has that key.
            LMStudioServerError: the server predates protocol 2.0.0.
        """
        return (self._endpoints()).list_downloaded_model_variants(
            ListDownloadedModelVariantsParameter(model_key=model_key)
        )
