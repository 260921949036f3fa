# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 2db3a0e525bd32d3)
# from schema/ (sha256 950fcf12c6a01cd2). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `system` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

import attrs

__all__ = [
    "SystemVersionResult",
]


@attrs.frozen(kw_only=True)
class SystemVersionResult:
    """Version of the running LM Studio."""

    version: str
    """Version as major.minor.patch."""
    build: float
    """Build number."""
