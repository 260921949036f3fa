# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `tools` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

__all__ = [
    "ToolCallRequest",
    "LlmToolParameters",
    "LlmToolFunction",
    "LlmTool",
    "LlmToolUseSettingNone",
    "LlmToolUseSettingToolArray",
    "LlmToolUseSetting",
]


@attrs.frozen(kw_only=True)
class ToolCallRequest:
    """A model's request to call a function tool."""

    type: Literal["function"] = "function"
    id: str | None = None
    """Id that the matching tool result refers back to."""
    name: str
    """Name of the tool to call."""
    arguments: dict[str, Any] | None = None
    """Arguments for the call, by parameter name."""


@attrs.frozen(kw_only=True)
class LlmToolParameters:
    """JSON Schema of a function tool's arguments object."""

    type: Literal["object"] = "object"
    properties: dict[str, Any]
    """Schema of each argument, by name."""
    required: list[str] | None = None
    """Names of the arguments that must be given."""
    additional_properties: bool | None = None
    """Whether arguments not listed in properties are allowed."""
    defs: dict[str, Any] | None = None
    """Shared sub-schemas referenced from the argument schemas."""


@attrs.frozen(kw_only=True)
class LlmToolFunction:
    """Name, documentation and argument schema of a function tool."""

    name: str
    """Name the model uses to call the tool."""
    description: str | None = None
    """What the tool does, shown to the model."""
    parameters: LlmToolParameters | None = None
    """Schema of the arguments."""


@attrs.frozen(kw_only=True)
class LlmTool:
    """A tool the model may call."""

    type: Literal["function"] = "function"
    function: LlmToolFunction
    """The function being offered."""


@attrs.frozen(kw_only=True)
class LlmToolUseSettingNone:
    """Offer no tools."""

    type: Literal["none"] = "none"


@attrs.frozen(kw_only=True)
class LlmToolUseSettingToolArray:
    """Offer a list of tools."""

    type: Literal["toolArray"] = "toolArray"
    tools: list[LlmTool] | None = None
    """The tools to offer."""
    force: bool | None = None
    """Whether the model must call a tool (dropped by newer servers)."""


LlmToolUseSetting: TypeAlias = LlmToolUseSettingNone | LlmToolUseSettingToolArray
"""Which tools, if any, are offered to the model during a prediction. Tagged by `type`."""
