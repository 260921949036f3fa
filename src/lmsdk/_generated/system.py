# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `system` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

import attrs

__all__ = [
    "NotifyParameter",
    "SystemVersionResult",
    "SystemInfoResult",
    "ListDownloadedModelVariantsParameter",
    "StartHttpServerParameter",
]


@attrs.frozen(kw_only=True)
class NotifyParameter:
    """A notification to show in the server's user interface."""

    title: str
    """One-line title."""
    description: str | None = None
    """Longer text under the title."""
    no_auto_dismiss: bool | None = None
    """Whether the notification stays until the user dismisses it."""


@attrs.frozen(kw_only=True)
class SystemVersionResult:
    """Version of the running LM Studio."""

    version: str
    """Version as major.minor.patch."""
    build: float
    """Build number."""


@attrs.frozen(kw_only=True)
class SystemInfoResult:
    """The running server process (protocol 2.0.0)."""

    pid: int
    """Process id of the server."""
    is_daemon: bool
    """Whether the server runs headless, without the app's window."""
    version: str
    """Version as major.minor.patch."""


@attrs.frozen(kw_only=True)
class ListDownloadedModelVariantsParameter:
    """Names a downloaded model whose variants (quantizations or formats) to list."""

    model_key: str
    """Key of the downloaded model."""


@attrs.frozen(kw_only=True)
class StartHttpServerParameter:
    """Asks the app to start its OpenAI-compatible HTTP server."""

    port: int | None = None
    """Port to listen on."""
    cors: bool | None = None
    """Whether to allow cross-origin requests."""
    network_interface: str | None = None
    """Address of the network interface to listen on."""
