# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `wire` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

__all__ = [
    "CaptureOrigin",
    "CaptureRecord",
]


CaptureOrigin: TypeAlias = Literal["client", "server"]
"""Which peer sent the frame."""


@attrs.frozen(kw_only=True)
class CaptureRecord:
    """One captured WebSocket frame with where and when it was seen."""

    ts: float
    """When the frame was seen, in Unix seconds."""
    conn: str
    """Id of the WebSocket connection the frame travelled on; unique within one capture file."""
    namespace: str
    """The socket's namespace, i.e. its URL path without the slash (llm, system, ...)."""
    from_: CaptureOrigin
    """Which peer sent the frame."""
    frame: Any
    """The frame's JSON: the auth packet (passkey written as "<redacted>" unless secrets were kept), the auth reply, or an envelope message. A frame that is not JSON is kept as a string."""
