"""The namespaces the server serves, each bound to its generated handler protocol.

The assignments below make mypy check that the implementations satisfy the
generated ``LlmHandlers``/``SystemHandlers``/``EmbeddingHandlers`` protocols, so a schema change that
adds or alters an endpoint fails type checking here rather than at run time.
"""

from __future__ import annotations

from collections.abc import Callable

from lmsdk._generated.endpoints import (
    EMBEDDING_ENDPOINTS,
    FILES_ENDPOINTS,
    LLM_ENDPOINTS,
    NAMESPACE_ENDPOINTS,
    RUNTIME_ENDPOINTS,
    SYSTEM_ENDPOINTS,
)
from lmsdk._generated.server import (
    EmbeddingHandlers,
    FilesHandlers,
    LlmHandlers,
    RuntimeHandlers,
    SystemHandlers,
)
from lmsdk.server.embedding_handlers import EmbeddingNamespace
from lmsdk.server.file_parts import Documents
from lmsdk.server.file_store import FileStore
from lmsdk.server.files_handlers import FilesNamespace
from lmsdk.server.llm_handlers import LlmNamespace
from lmsdk.server.models import ModelRegistry
from lmsdk.server.protocol import Namespace
from lmsdk.server.retrieval import Retriever
from lmsdk.server.runtime_handlers import RuntimeNamespace
from lmsdk.server.system_handlers import SystemNamespace

__all__ = [
    "EmbeddingNamespace",
    "LlmNamespace",
    "SystemNamespace",
    "build_namespaces",
]


def build_namespaces(
    registry: ModelRegistry,
    *,
    coalesce_fragments: bool = True,
    request_shutdown: Callable[[], None] | None = None,
) -> dict[str, Namespace]:
    """Every namespace of the protocol by WebSocket path (``/llm``, ``/system``, ...).

    The official clients open a socket per namespace up front (lmstudio-python's
    ``AsyncClient`` opens all of them on entry), so a namespace lmsdk implements
    nothing of is still served: its socket authenticates, and each request gets
    the protocol's error saying that lmsdk serve does not support it.

    ``request_shutdown`` is what ``system/requestShutdown`` calls; None refuses it.
    """
    store = FileStore()
    retriever = Retriever(registry, store)
    llm: LlmHandlers = LlmNamespace(
        registry, coalesce_fragments=coalesce_fragments, documents=Documents(store, retriever)
    )
    system: SystemHandlers = SystemNamespace(registry, request_shutdown)
    runtime: RuntimeHandlers = RuntimeNamespace()
    embedding: EmbeddingHandlers = EmbeddingNamespace(registry)
    files: FilesHandlers = FilesNamespace(store, retriever)
    served = {
        "llm": Namespace("llm", LLM_ENDPOINTS, llm),
        "system": Namespace("system", SYSTEM_ENDPOINTS, system),
        "embedding": Namespace("embedding", EMBEDDING_ENDPOINTS, embedding),
        "runtime": Namespace("runtime", RUNTIME_ENDPOINTS, runtime),
        "files": Namespace("files", FILES_ENDPOINTS, files),
    }
    names = sorted({*NAMESPACE_ENDPOINTS, *served})
    return {f"/{name}": served.get(name) or Namespace.unsupported(name) for name in names}
