"""`Chat`: a conversation history that converts to and from the wire's `chatHistoryData`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from lmsdk._generated.chat import (
    AssistantMessagePart,
    ChatHistoryData,
    ChatMessageAssistant,
    ChatMessageData,
    ChatMessagePartFile,
    ChatMessagePartText,
    ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    TextOrFileMessagePart,
)
from lmsdk._generated.converter import structure, unstructure
from lmsdk._generated.tools import ToolCallRequest
from lmsdk._protocol.describe import describe_decode_error
from lmsdk.errors import LMStudioClientError

if TYPE_CHECKING:
    from lmsdk.results import PredictionResult

__all__ = ["Chat"]


class Chat:
    """A chat history: system prompt, user messages and assistant responses, in order.

    Args:
        system_prompt: optional system prompt placed first.
    """

    def __init__(self, system_prompt: str | None = None) -> None:
        self._messages: list[ChatMessageData] = []
        if system_prompt is not None:
            self.add_system_prompt(system_prompt)

    # -- construction ----------------------------------------------------------------------------
    @classmethod
    def from_history(cls, history: Any) -> Chat:
        """Build a chat from a Chat, a `{"messages": [...]}` dict, a list of messages, or JSON text.

        Messages are `{"role": ..., "content": ...}` where content is a string or a list of parts.

        Raises:
            LMStudioClientError: the history is not in one of those shapes; the message says where.
        """
        if isinstance(history, Chat):
            return history.copy()
        if isinstance(history, ChatHistoryData):
            chat = cls()
            chat._messages = list(history.messages)
            return chat
        if isinstance(history, str):
            try:
                history = json.loads(history)
            except ValueError:
                raise LMStudioClientError(
                    "a history given as a string must be JSON; to send one user message, pass the "
                    "string to respond() directly or use Chat().add_user_message(text)"
                ) from None
        if isinstance(history, Mapping):
            if "messages" not in history:
                raise LMStudioClientError('a history dict needs a "messages" list')
            history = history["messages"]
        if not isinstance(history, Iterable):
            raise LMStudioClientError(f"cannot build a chat from a {type(history).__name__}")
        chat = cls()
        for index, message in enumerate(history):
            chat._messages.append(_message(message, f"message {index}"))
        return chat

    @classmethod
    def coerce(cls, history: Any) -> Chat:
        """Accept whatever respond() accepts: a plain string is one user message."""
        if isinstance(history, str):
            stripped = history.lstrip()
            if not stripped.startswith(("{", "[")):
                chat = cls()
                chat.add_user_message(history)
                return chat
            try:
                return cls.from_history(history)
            except LMStudioClientError:
                chat = cls()
                chat.add_user_message(history)
                return chat
        return cls.from_history(history)

    # -- editing -------------------------------------------------------------------------------
    def add_system_prompt(self, text: str) -> ChatMessageSystem:
        """Set the system prompt (replacing an existing leading one)."""
        message = ChatMessageSystem(content=[ChatMessagePartText(text=text)])
        if self._messages and isinstance(self._messages[0], ChatMessageSystem):
            self._messages[0] = message
        else:
            self._messages.insert(0, message)
        return message

    def add_user_message(
        self,
        text: str,
        *,
        images: Iterable[ChatMessagePartFile] = (),
        files: Iterable[ChatMessagePartFile] = (),
    ) -> ChatMessageUser:
        """Append a user message: its text, then the uploaded images and files it carries.

        Args:
            text: what the user writes.
            images: handles from `prepare_image()`.
            files: handles from `prepare_file()` (documents the model is given to read).

        Raises:
            LMStudioClientError: an image or file is not an upload handle.
        """
        parts: list[TextOrFileMessagePart] = [ChatMessagePartText(text=text)]
        for handle in (*images, *files):
            if not isinstance(handle, ChatMessagePartFile):
                raise LMStudioClientError(
                    f"images and files must be handles from prepare_image()/prepare_file(), "
                    f"not {type(handle).__name__}"
                )
            parts.append(handle)
        message = ChatMessageUser(content=parts)
        self._messages.append(message)
        return message

    def add_assistant_response(
        self,
        response: str | PredictionResult,
        tool_call_requests: Iterable[ToolCallRequest | Mapping[str, Any]] | None = None,
    ) -> ChatMessageAssistant:
        """Append an assistant response: its text, then the tool calls it requested.

        Args:
            response: the text, or a prediction result (its content; and its `tool_calls` when
                tool_call_requests is not given).
            tool_call_requests: the tool calls the response made (`ToolCallRequest`s, or their
                JSON form `{"name": ..., "arguments": ..., "id": ...}`).
        """
        text = response if isinstance(response, str) else response.content
        if tool_call_requests is None:
            tool_call_requests = () if isinstance(response, str) else response.tool_calls
        parts: list[AssistantMessagePart] = [ChatMessagePartText(text=text)]
        for index, request in enumerate(tool_call_requests):
            parts.append(
                ChatMessagePartToolCallRequest(
                    tool_call_request=_tool_call_request(request, f"tool call {index}")
                )
            )
        message = ChatMessageAssistant(content=parts)
        self._messages.append(message)
        return message

    def add_tool_results(
        self, results: Iterable[ChatMessagePartToolCallResult | Mapping[str, Any]]
    ) -> ChatMessageTool:
        """Append one tool message holding the results of the previous message's tool calls.

        Each result is a `ChatMessagePartToolCallResult` or `{"content": ..., "toolCallId": ...}`
        (content is the tool's return value as text, usually JSON).
        """
        parts = [_tool_result(result, f"tool result {i}") for i, result in enumerate(results)]
        message = ChatMessageTool(content=parts)
        self._messages.append(message)
        return message

    def add_tool_result(
        self, result: ChatMessagePartToolCallResult | Mapping[str, Any]
    ) -> ChatMessageTool:
        """Append a tool message with one tool result (see add_tool_results)."""
        return self.add_tool_results([result])

    def append(self, message: Any) -> None:
        """Append any message (a generated message object or a role/content dict).

        Usable directly as the `on_message` callback of respond().
        """
        self._messages.append(_message(message, "message"))

    def copy(self) -> Chat:
        """An independent copy (messages are immutable, so a shallow copy suffices)."""
        chat = Chat()
        chat._messages = list(self._messages)
        return chat

    # -- reading -------------------------------------------------------------------------------
    @property
    def messages(self) -> tuple[ChatMessageData, ...]:
        """The messages, oldest first."""
        return tuple(self._messages)

    def to_history(self) -> ChatHistoryData:
        """The wire form sent to the server."""
        return ChatHistoryData(messages=list(self._messages))

    def to_dict(self) -> dict[str, Any]:
        """The `{"messages": [...]}` JSON form (what from_history accepts back)."""
        data: dict[str, Any] = unstructure(self.to_history())
        return data

    def to_json(self) -> str:
        """JSON text of to_dict()."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def __len__(self) -> int:
        return len(self._messages)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Chat) and other._messages == self._messages

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        lines = []
        for message in self._messages:
            parts = []
            for part in message.content:
                if isinstance(part, ChatMessagePartText):
                    if part.text:
                        parts.append(part.text)
                elif isinstance(part, ChatMessagePartToolCallRequest):
                    call = part.tool_call_request
                    arguments = json.dumps(call.arguments or {}, ensure_ascii=False)
                    parts.append(f"[tool call {call.name}({arguments})]")
                elif isinstance(part, ChatMessagePartToolCallResult):
                    parts.append(f"[tool result {part.content}]")
                else:
                    parts.append(f"[{part.type}]")
            lines.append(f"{message.role}: {' '.join(parts)}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Chat.from_history({self.to_dict()!r})"


def _message(message: Any, where: str) -> ChatMessageData:
    if isinstance(
        message, ChatMessageSystem | ChatMessageUser | ChatMessageAssistant | ChatMessageTool
    ):
        return message
    if not isinstance(message, Mapping):
        raise LMStudioClientError(f"{where}: expected a dict with role and content")
    data = dict(message)
    content = data.get("content")
    if data.get("role") == "tool" and isinstance(content, str):
        # The OpenAI-style shape: one result, its id beside the content.
        call_id = data.pop("toolCallId", data.pop("tool_call_id", None))
        part: dict[str, Any] = {"type": "toolCallResult", "content": content}
        if call_id is not None:
            part["toolCallId"] = call_id
        data["content"] = [part]
    elif isinstance(content, str):
        data["content"] = [{"type": "text", "text": content}]
    elif isinstance(content, list):
        data["content"] = [
            {"type": "text", "text": p} if isinstance(p, str) else p for p in content
        ]
    try:
        result: ChatMessageData = structure(data, ChatMessageData)
    except Exception as exc:  # noqa: BLE001 - reported as a client error naming the message
        raise LMStudioClientError(f"{where}: {describe_decode_error(exc)}") from None
    return result


def _tool_call_request(request: ToolCallRequest | Mapping[str, Any], where: str) -> ToolCallRequest:
    if isinstance(request, ToolCallRequest):
        return request
    if not isinstance(request, Mapping):
        raise LMStudioClientError(f"{where}: expected a ToolCallRequest or a dict")
    data = {"type": "function", **request}
    try:
        result: ToolCallRequest = structure(data, ToolCallRequest)
    except Exception as exc:  # noqa: BLE001 - reported as a client error naming the request
        raise LMStudioClientError(f"{where}: {describe_decode_error(exc)}") from None
    return result


def _tool_result(
    result: ChatMessagePartToolCallResult | Mapping[str, Any], where: str
) -> ChatMessagePartToolCallResult:
    if isinstance(result, ChatMessagePartToolCallResult):
        return result
    if not isinstance(result, Mapping):
        raise LMStudioClientError(f"{where}: expected a ChatMessagePartToolCallResult or a dict")
    data = dict(result)
    if "tool_call_id" in data:
        data["toolCallId"] = data.pop("tool_call_id")
    data.setdefault("type", "toolCallResult")
    try:
        part: ChatMessagePartToolCallResult = structure(data, ChatMessagePartToolCallResult)
    except Exception as exc:  # noqa: BLE001 - reported as a client error naming the result
        raise LMStudioClientError(f"{where}: {describe_decode_error(exc)}") from None
    return part
