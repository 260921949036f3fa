"""Uploaded files as the client sees them: handles, local file input, parse and retrieval results.

I/O free apart from reading the local file a caller names; shared by the async and sync front ends.
A :data:`FileHandle` is the chat file part itself, so a handle goes straight into
``Chat.add_user_message(..., files=[handle])``.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import IO, TypeAlias

import attrs

from lmsdk._generated.chat import ChatMessagePartFile, FileType
from lmsdk._generated.files import DocumentParsingLibraryIdentifier
from lmsdk.errors import LMStudioClientError

__all__ = [
    "DocumentParsingLibraryIdentifier",
    "FileHandle",
    "FileType",
    "LocalFileInput",
    "ParseDocumentResult",
    "RetrievalResult",
    "RetrievalResultEntry",
    "encode_local_file",
]

FileHandle: TypeAlias = ChatMessagePartFile
"""A file uploaded to the server (name, identifier, size and detected type)."""

LocalFileInput: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
"""A path, the file's bytes, or a binary file object."""


@attrs.frozen
class ParseDocumentResult:
    """A document's text, and the parser that produced it."""

    content: str
    parser: DocumentParsingLibraryIdentifier


@attrs.frozen
class RetrievalResultEntry:
    """One passage a retrieval found."""

    content: str
    score: float
    """Relevance to the query (cosine similarity; higher is more relevant)."""
    source: FileHandle
    """The file the passage comes from."""
    line_number: tuple[int, int] | None = None
    """First and last line of the passage in its document, when the server says."""


@attrs.frozen
class RetrievalResult:
    """The passages a retrieval found, best first."""

    entries: list[RetrievalResultEntry]


def encode_local_file(src: LocalFileInput, name: str | None) -> tuple[str, str]:
    """The name and base64 content of a file to upload.

    Args:
        src: A path, the bytes, or a binary file object.
        name: The name to give it; defaults to the path's or file object's base name.

    Raises:
        LMStudioClientError: ``src`` is none of those, or bytes come without a name.
        OSError: The path cannot be read.
    """
    if isinstance(src, bytes | bytearray | memoryview):
        if name is None:
            raise LMStudioClientError("pass name= with file contents given as bytes")
        data = bytes(src)
    elif isinstance(src, str | os.PathLike):
        path = Path(src)
        data = path.read_bytes()
        name = name or path.name
    elif hasattr(src, "read"):
        data = src.read()
        if not isinstance(data, bytes):
            raise LMStudioClientError("the file object must be opened in binary mode ('rb')")
        name = name or Path(str(getattr(src, "name", "") or "file")).name
    else:
        raise LMStudioClientError(
            f"expected a path, bytes or a binary file object, got {type(src).__name__}"
        )
    return name, base64.b64encode(data).decode("ascii")
