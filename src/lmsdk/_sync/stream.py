# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/stream.py.
"""PredictionStream: iterate fragments, then take the result; cancels the server side on any exit."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from lmsdk._generated.chat import (
    AssistantMessagePart,
    ChatMessageAssistant,
    ChatMessagePartText,
    ChatMessagePartToolCallRequest,
)
from lmsdk._generated.llm import PredictCancelPacket
from lmsdk._sync.session import Channel
from lmsdk.errors import (
    LMStudioCancelledError,
    LMStudioConnectionError,
    LMStudioProtocolError,
    LMStudioTimeoutError,
)
from lmsdk.results import PredictionFolder, PredictionFragment, PredictionResult

_CANCEL_DRAIN_SEC = 5.0
"""How long to wait for the server to acknowledge a cancel with its final `success` packet."""


class PredictionStream:
    """A running prediction: `for fragment in stream`, then `stream.result()`."""

    def __init__(
        self,
        channel: Channel,
        folder: PredictionFolder,
        *,
        timeout: float | None,
        on_message: Callable[[ChatMessageAssistant], Any] | None = None,
    ) -> None:
        self._channel = channel
        self._folder = folder
        self._timeout = timeout
        self._on_message = on_message
        self._done = False

    @property
    def content(self) -> str:
        """The text streamed so far."""
        return self._folder.content

    @property
    def done(self) -> bool:
        """Whether the final result has arrived."""
        return self._done

    def __iter__(self) -> PredictionStream:
        return self

    def __next__(self) -> PredictionFragment:
        while not self._done:
            packet = self._receive()
            if packet is None:
                self._done = True
                raise LMStudioProtocolError(
                    "the server closed the predict channel without a result"
                )
            fragment = self._folder.feed(packet)
            if self._folder.result is not None:
                self._finish()
            elif fragment is not None:
                return fragment
        raise StopIteration

    def _receive(self) -> Any:
        try:
            return self._channel.receive(self._timeout)
        except LMStudioTimeoutError as exc:
            # The server has been silent for the whole deadline: send the cancel, but do not wait
            # for it to wind down, so the call ends at its deadline.
            self._abort(drain=False)
            raise LMStudioTimeoutError(
                f"{exc} The prediction was cancelled; partial_content holds what had arrived.",
                partial_content=self.content,
            ) from None
        except LMStudioConnectionError as exc:
            self._done = True
            raise LMStudioConnectionError(
                f"{exc}; partial_content holds the text streamed before the drop",
                partial_content=self.content,
            ) from None
        except BaseException:
            # KeyboardInterrupt, task cancellation, server errors: stop generating server-side too.
            self._abort()
            raise

    def _finish(self) -> None:
        self._done = True
        self._channel.forget()
        result = self._folder.result
        if result is not None and self._on_message is not None:
            parts: list[AssistantMessagePart] = [ChatMessagePartText(text=result.content)]
            parts.extend(
                ChatMessagePartToolCallRequest(tool_call_request=call) for call in result.tool_calls
            )
            self._on_message(ChatMessageAssistant(content=parts))

    def result(self) -> PredictionResult:
        """Wait for the end of the prediction and return its result."""
        for _ in self:
            pass
        if self._folder.result is None:
            raise LMStudioCancelledError("the prediction ended without a result")
        return self._folder.result

    def cancel(self) -> None:
        """Ask the server to stop; the result (stop reason userStopped) keeps the partial text."""
        if not self._done and not self._folder.cancelled:
            self._folder.cancelled = True
            self._channel.send(PredictCancelPacket())

    def _abort(self, drain: bool = True) -> None:
        """Cancel server-side and (if drain) wait briefly for the channel to wind down."""
        if self._done:
            return
        self._done = True
        try:
            self._folder.cancelled = True
            self._channel.send(PredictCancelPacket())
            deadline = time.monotonic() + (_CANCEL_DRAIN_SEC if drain else 0.0)
            while (left := deadline - time.monotonic()) > 0:
                packet = self._channel.receive(left)
                if packet is None:
                    break
                self._folder.feed(packet)
                if self._folder.result is not None:
                    break
        except Exception:  # noqa: BLE001, S110 - best effort: the original error is what matters
            pass
        finally:
            self._channel.forget()

    def __enter__(self) -> PredictionStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._done:
            self._abort()
