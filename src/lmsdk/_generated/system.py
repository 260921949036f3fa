# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 d6500eb2b22325f1)
# from schema/ (sha256 1b655ef749d26dae). Change schema/ or codegen/ and regenerate instead.

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
