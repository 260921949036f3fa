# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `chat` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from lmsdk._generated.tools import ToolCallRequest

__all__ = [
    "ChatHistoryData",
    "ChatRole",
    "ChatMessageSystem",
    "ChatMessageUser",
    "ChatMessageAssistant",
    "ChatMessageTool",
    "ChatMessagePartText",
    "FileType",
    "ChatMessagePartFile",
    "ChatMessagePartToolCallRequest",
    "ChatMessagePartToolCallResult",
    "ChatMessageData",
    "TextOrFileMessagePart",
    "AssistantMessagePart",
]


@attrs.frozen(kw_only=True)
class ChatHistoryData:
    """A whole conversation, oldest message first."""

    messages: list[ChatMessageData]
    """The messages in order."""


ChatRole: TypeAlias = Literal["assistant", "user", "system", "tool"]
"""Who authored a chat message."""


@attrs.frozen(kw_only=True)
class ChatMessageSystem:
    """Instructions that set up the conversation."""

    role: Literal["system"] = "system"
    content: list[TextOrFileMessagePart]
    """The message content."""


@attrs.frozen(kw_only=True)
class ChatMessageUser:
    """A message written by the user."""

    role: Literal["user"] = "user"
    content: list[TextOrFileMessagePart]
    """The message content."""


@attrs.frozen(kw_only=True)
class ChatMessageAssistant:
    """A message produced by the model, possibly with tool calls."""

    role: Literal["assistant"] = "assistant"
    content: list[AssistantMessagePart]
    """The message content."""


@attrs.frozen(kw_only=True)
class ChatMessageTool:
    """Results of tool calls requested in the previous assistant message."""

    role: Literal["tool"] = "tool"
    content: list[ChatMessagePartToolCallResult]
    """One result per tool call."""


@attrs.frozen(kw_only=True)
class ChatMessagePartText:
    """Plain text content."""

    type: Literal["text"] = "text"
    text: str
    """The text."""


FileType: TypeAlias = Literal[
    "image", "text/plain", "application/pdf", "application/word", "text/other", "unknown"
]
"""Kind of an uploaded file, as detected by the server."""


@attrs.frozen(kw_only=True)
class ChatMessagePartFile:
    """A file previously uploaded through files/uploadFileBase64."""

    type: Literal["file"] = "file"
    name: str
    """Original file name."""
    identifier: str
    """Server-side identifier returned by the upload."""
    size_bytes: int
    """Size of the file in bytes."""
    file_type: FileType
    """Detected kind of the file."""


@attrs.frozen(kw_only=True)
class ChatMessagePartToolCallRequest:
    """A tool call the assistant made."""

    type: Literal["toolCallRequest"] = "toolCallRequest"
    tool_call_request: ToolCallRequest
    """The call that was requested."""


@attrs.frozen(kw_only=True)
class ChatMessagePartToolCallResult:
    """The outcome of one tool call."""

    type: Literal["toolCallResult"] = "toolCallResult"
    content: str
    """The tool's return value, usually JSON-encoded."""
    tool_call_id: str | None = None
    """Id of the tool call this answers."""
    name: str | None = None
    """Name of the tool that was called (newer servers only)."""


ChatMessageData: TypeAlias = (
    ChatMessageSystem | ChatMessageUser | ChatMessageAssistant | ChatMessageTool
)
"""One chat message, told apart by its `role`. Tagged by `role`."""


TextOrFileMessagePart: TypeAlias = ChatMessagePartText | ChatMessagePartFile
"""A content part allowed in a system or user message: text, or an uploaded file. Tagged by `type`."""


AssistantMessagePart: TypeAlias = (
    ChatMessagePartText | ChatMessagePartFile | ChatMessagePartToolCallRequest
)
"""A content part allowed in an assistant message. Tagged by `type`."""
