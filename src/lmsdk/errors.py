"""The one exception hierarchy of lmsdk.

Names follow the official `lmstudio` package where it has the same concept (`LMStudioServerError`,
`LMStudioModelNotFoundError`, ...), so code that catches those keeps working after switching imports.
Every error carries a message that says what went wrong and what to do; raw parser, socket or cattrs
exceptions are always wrapped, never shown on their own.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "LMStudioAuthenticationError",
    "LMStudioCancelledError",
    "LMStudioClientError",
    "LMStudioConfigError",
    "LMStudioConnectionError",
    "LMStudioError",
    "LMStudioModelNotFoundError",
    "LMStudioNotAServerError",
    "LMStudioPredictionError",
    "LMStudioProtocolError",
    "LMStudioServerError",
    "LMStudioTimeoutError",
]


class LMStudioError(Exception):
    """Base class of every error lmsdk raises."""


class LMStudioClientError(LMStudioError):
    """The request was invalid before anything was sent (bad arguments, closed client, ...)."""


class LMStudioConfigError(LMStudioClientError, ValueError):
    """A prediction or load config has an unknown key or a value of the wrong type or range."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class LMStudioConnectionError(LMStudioError, ConnectionError):
    """No LM Studio server could be reached, or the connection dropped.

    Attributes:
        partial_content: text streamed before the connection dropped mid-prediction ("" otherwise).
    """

    def __init__(self, message: str, *, partial_content: str = "") -> None:
        super().__init__(message)
        self.partial_content = partial_content


class LMStudioNotAServerError(LMStudioConnectionError):
    """Something answered at the address, but it is not an LM Studio API server."""


class LMStudioAuthenticationError(LMStudioError):
    """The server refused the client's credentials (API token)."""


class LMStudioTimeoutError(LMStudioError, TimeoutError):
    """A deadline passed: connecting, waiting for the first token, or between two messages.

    Attributes:
        partial_content: text streamed before the deadline passed ("" otherwise).
    """

    def __init__(self, message: str, *, partial_content: str = "") -> None:
        super().__init__(message)
        self.partial_content = partial_content


class LMStudioCancelledError(LMStudioError):
    """The operation was cancelled by the caller."""


class LMStudioProtocolError(LMStudioError):
    """The server sent something this version of lmsdk cannot understand (a protocol mismatch)."""


class LMStudioServerError(LMStudioError):
    """The server reported an error; its title, cause and suggestion are kept as attributes."""

    def __init__(
        self,
        title: str,
        *,
        cause: str | None = None,
        suggestion: str | None = None,
        display_data: dict[str, Any] | None = None,
        endpoint: str | None = None,
    ) -> None:
        parts = [title]
        if cause:
            parts.append(f"Cause: {cause}")
        if suggestion:
            parts.append(f"Suggestion: {suggestion}")
        super().__init__("\n".join(parts))
        self.title = title
        self.cause = cause
        self.suggestion = suggestion
        self.display_data = display_data or {}
        self.endpoint = endpoint


class LMStudioModelNotFoundError(LMStudioServerError):
    """No model matched the requested key, path or identifier."""


class LMStudioPredictionError(LMStudioServerError):
    """The server reported a failure while generating a prediction."""


_NOT_FOUND_CODES = {
    "generic.noModelMatchingQuery",
    "generic.pathNotFound",
    "generic.identifierNotFound",
    "generic.specificModelUnloaded",
}


def server_error_from_wire(error: object, *, endpoint: str | None = None) -> LMStudioServerError:
    """Build the right exception from a serialized error, parsing leniently as the protocol asks.

    Fields of the wrong type are dropped rather than rejected, and a plain string is accepted too,
    because servers differ in how carefully they fill this object in.
    """
    if isinstance(error, str):
        return LMStudioServerError(error, endpoint=endpoint)
    data = error if isinstance(error, dict) else {}

    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) and value else None

    display = data.get("displayData")
    display = display if isinstance(display, dict) else {}
    title = text("title") or text("rootTitle") or "Unknown error"
    cls: type[LMStudioServerError] = LMStudioServerError
    if display.get("code") in _NOT_FOUND_CODES:
        cls = LMStudioModelNotFoundError
    elif endpoint == "predict":
        cls = LMStudioPredictionError
    return cls(
        title,
        cause=text("cause"),
        suggestion=text("suggestion"),
        display_data=display,
        endpoint=endpoint,
    )
