"""The namespaces the server serves, each bound to its generated handler protocol.

The assignments below make mypy check that the implementations satisfy the
generated ``LlmHandlers``/``SystemHandlers`` protocols, so a schema change that
adds or alters an endpoint fails type checking here rather than at run time.
"""

from __future__ import annotations

from typing import Final

from lmsdk._generated.base import EndpointSpec
from lmsdk._generated.endpoints import LLM_ENDPOINTS, NAMESPACE_ENDPOINTS, SYSTEM_ENDPOINTS
from lmsdk._generated.model_info import EmbeddingModelInstanceInfo
from lmsdk._generated.server import LlmHandlers, SystemHandlers
from lmsdk.server.llm_handlers import LlmNamespace
from lmsdk.server.models import ModelRegistry
from lmsdk.server.protocol import Namespace
from lmsdk.server.system_handlers import SystemNamespace

__all__ = [
    "EMBEDDING_ENDPOINTS",
    "EmbeddingNamespace",
    "LlmNamespace",
    "SystemNamespace",
    "build_namespaces",
]

# The schema has no embedding namespace (lmsdk does not do embeddings), but
# lmstudio-python's `Client.list_loaded_models()` asks both /llm and /embedding
# for their loaded models and fails if either socket is refused. Serving this
# one endpoint (always an empty list) keeps that call working.
EMBEDDING_ENDPOINTS: Final[dict[str, EndpointSpec]] = {
    "listLoaded": EndpointSpec(
        "embedding",
        "listLoaded",
        "rpc",
        "list_loaded",
        parameter=None,
        returns=list[EmbeddingModelInstanceInfo],
    ),
}


class EmbeddingNamespace:
    """Handlers of ``ws://HOST:PORT/embedding``: no embedding models are ever loaded."""

    async def list_loaded(self) -> list[EmbeddingModelInstanceInfo]:
        """Always empty."""
        return []


def build_namespaces(
    registry: ModelRegistry, *, coalesce_fragments: bool = True
) -> dict[str, Namespace]:
    """Every namespace of the protocol by WebSocket path (``/llm``, ``/system``, ...).

    The official clients open a socket per namespace up front (lmstudio-python's
    ``AsyncClient`` opens all of them on entry), so a namespace lmsdk implements
    nothing of is still served: its socket authenticates, and each request gets
    the protocol's error saying that lmsdk serve does not support it.
    """
    llm: LlmHandlers = LlmNamespace(registry, coalesce_fragments=coalesce_fragments)
    system: SystemHandlers = SystemNamespace(registry)
    served = {
        "llm": Namespace("llm", LLM_ENDPOINTS, llm),
        "system": Namespace("system", SYSTEM_ENDPOINTS, system),
        "embedding": Namespace("embedding", EMBEDDING_ENDPOINTS, EmbeddingNamespace()),
    }
    names = sorted({*NAMESPACE_ENDPOINTS, *served})
    return {f"/{name}": served.get(name) or Namespace.unsupported(name) for name in names}
