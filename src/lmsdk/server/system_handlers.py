"""The ``system`` namespace: implements the generated ``SystemHandlers`` protocol."""

from __future__ import annotations

from lmsdk._generated.model_info import ModelInfo
from lmsdk._generated.system import SystemVersionResult
from lmsdk.server.models import ModelRegistry

__all__ = ["SERVER_BUILD", "SERVER_VERSION", "SystemNamespace"]

SERVER_VERSION = "0.1.0"
SERVER_BUILD = 1


class SystemNamespace:
    """Handlers of ``ws://HOST:PORT/system`` over a model registry."""

    def __init__(self, registry: ModelRegistry) -> None:
        self.registry = registry

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Every model in the catalog, loaded or not."""
        return [entry.model_info() for entry in self.registry.catalog]

    async def version(self) -> SystemVersionResult:
        """This server's version and build number."""
        return SystemVersionResult(version=SERVER_VERSION, build=SERVER_BUILD)
