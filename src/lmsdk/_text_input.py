"""One text or a list of texts, as tokenize() and embed() take them (I/O free, shared by both front ends)."""

from __future__ import annotations

from lmsdk.errors import LMStudioClientError

__all__ = ["text_list"]


def text_list(value: object, what: str) -> list[str] | None:
    """None for one string, the list for a list of strings; anything else is refused here.

    Raises:
        LMStudioClientError: value is neither (nothing is sent).
    """
    if isinstance(value, str):
        return None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise LMStudioClientError(f"{what} takes a str or a list of str, not {type(value).__name__}")
