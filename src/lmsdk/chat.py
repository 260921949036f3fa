"""`Chat`: a conversation history that converts to and from the wire's `chatHistoryData`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from lmsdk._generated.chat import (
    ChatHistoryData,
    ChatMessageAssistant,
    ChatMessageData,
    ChatMessagePartText,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
)
from lmsdk._generated.converter import structure, unstructure
from lmsdk._protocol.connection import describe_decode_error
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

    def add_user_message(self, text: str) -> ChatMessageUser:
        """Append a user message."""
        message = ChatMessageUser(content=[ChatMessagePartText(text=text)])
        self._messages.append(message)
        return message

    def add_assistant_response(self, response: str | PredictionResult) -> ChatMessageAssistant:
        """Append an assistant response (a string, or a prediction result's content)."""
        text = response if isinstance(response, str) else response.content
        message = ChatMessageAssistant(content=[ChatMessagePartText(text=text)])
        self._messages.append(message)
        return message

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
                text = getattr(part, "text", None)
                parts.append(text if text is not None else f"[{part.type}]")
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
    if isinstance(content, str):
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
