"""Embedded LM Studio-compatible server."""

from lmsdk.server.embedded import EmbeddedServer

__all__ = ["EmbeddedServer"]
