# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `files` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from lmsdk._generated.chat import FileType
from lmsdk._generated.config import KvConfig

__all__ = [
    "UploadFileBase64Parameter",
    "UploadFileBase64Result",
    "DocumentParsingLibraryIdentifier",
    "DocumentParsingOpts",
    "GetDocumentParsingLibraryParameter",
    "ParseDocumentCreationParameter",
    "ParseDocumentParserLoadedPacket",
    "ParseDocumentProgressPacket",
    "ParseDocumentResultPacket",
    "ParseDocumentCancelPacket",
    "RetrievalFileProcessingStep",
    "RetrieveCreationParameter",
    "RetrieveFileProcessListPacket",
    "RetrieveFileProcessingStartPacket",
    "RetrieveFileProcessingEndPacket",
    "RetrieveFileProcessingStepStartPacket",
    "RetrieveFileProcessingStepProgressPacket",
    "RetrieveFileProcessingStepEndPacket",
    "RetrieveSearchingStartPacket",
    "RetrieveSearchingEndPacket",
    "RetrieveResultPacket",
    "InternalRetrievalResult",
    "InternalRetrievalResultEntry",
    "RetrieveStopPacket",
    "ParseDocumentToClientPacket",
    "ParseDocumentToServerPacket",
    "RetrieveToClientPacket",
    "RetrieveToServerPacket",
]


@attrs.frozen(kw_only=True)
class UploadFileBase64Parameter:
    """Uploads a file (an image or a document) for later use in chat histories, parsing and retrieval."""

    name: str
    """The file's name, for display only (servers never use it as a path)."""
    content_base64: str
    """The file's bytes, base64-encoded."""


@attrs.frozen(kw_only=True)
class UploadFileBase64Result:
    """The uploaded file, as a chat file part refers to it."""

    identifier: str
    """Server-chosen identifier of the uploaded file."""
    file_type: FileType
    """Kind of the file, detected from its content."""
    size_bytes: int
    """Size of the file in bytes."""


@attrs.frozen(kw_only=True)
class DocumentParsingLibraryIdentifier:
    """A document parser and its version."""

    library: str
    """Name of the parsing library."""
    version: str
    """Version of the parsing library."""


@attrs.frozen(kw_only=True)
class DocumentParsingOpts:
    """How to parse a document."""

    parser_id: DocumentParsingLibraryIdentifier | None = None
    """The parser to use; the server picks one when absent."""


@attrs.frozen(kw_only=True)
class GetDocumentParsingLibraryParameter:
    """Asks which parser a file would be parsed with."""

    file_identifier: str
    """Identifier of an uploaded file."""


@attrs.frozen(kw_only=True)
class ParseDocumentCreationParameter:
    """Parses an uploaded document into text."""

    file_identifier: str
    """Identifier of an uploaded file."""
    parse_opts: DocumentParsingOpts
    """Parsing options."""


@attrs.frozen(kw_only=True)
class ParseDocumentParserLoadedPacket:
    """The parser is ready."""

    type: Literal["parserLoaded"] = "parserLoaded"
    parser: DocumentParsingLibraryIdentifier
    """The parser in use."""


@attrs.frozen(kw_only=True)
class ParseDocumentProgressPacket:
    """Progress of the parse."""

    type: Literal["progress"] = "progress"
    progress: float
    """Fraction parsed."""


@attrs.frozen(kw_only=True)
class ParseDocumentResultPacket:
    """The document's text."""

    type: Literal["result"] = "result"
    content: str
    """The text of the document."""
    parser: DocumentParsingLibraryIdentifier
    """The parser that produced it."""


@attrs.frozen(kw_only=True)
class ParseDocumentCancelPacket:
    """Asks the server to abandon the parse."""

    type: Literal["cancel"] = "cancel"


RetrievalFileProcessingStep: TypeAlias = Literal["loading", "chunking", "embedding"]
"""A stage of preparing a file for retrieval."""


@attrs.frozen(kw_only=True)
class RetrieveCreationParameter:
    """Finds the passages of uploaded files most relevant to a query."""

    query: str
    """What to look for."""
    file_identifiers: list[str]
    """Identifiers of uploaded files to search."""
    config: KvConfig
    """Retrieval settings (retrieval.* keys: embeddingModel, chunkingMethod, limit, databaseFile)."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessListPacket:
    """The files that need processing before the search."""

    type: Literal["onFileProcessList"] = "onFileProcessList"
    indices: list[int]
    """Indices of those files in fileIdentifiers."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessingStartPacket:
    """A file's processing started."""

    type: Literal["onFileProcessingStart"] = "onFileProcessingStart"
    index: int
    """Index of the file in the request's fileIdentifiers."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessingEndPacket:
    """A file's processing ended."""

    type: Literal["onFileProcessingEnd"] = "onFileProcessingEnd"
    index: int
    """Index of the file in the request's fileIdentifiers."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessingStepStartPacket:
    """A step of a file's processing started."""

    type: Literal["onFileProcessingStepStart"] = "onFileProcessingStepStart"
    index: int
    """Index of the file in the request's fileIdentifiers."""
    step: RetrievalFileProcessingStep
    """The step."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessingStepProgressPacket:
    """Progress of a step of a file's processing."""

    type: Literal["onFileProcessingStepProgress"] = "onFileProcessingStepProgress"
    index: int
    """Index of the file in the request's fileIdentifiers."""
    step: RetrievalFileProcessingStep
    """The step."""
    progress: float
    """Fraction of the step done."""


@attrs.frozen(kw_only=True)
class RetrieveFileProcessingStepEndPacket:
    """A step of a file's processing ended."""

    type: Literal["onFileProcessingStepEnd"] = "onFileProcessingStepEnd"
    index: int
    """Index of the file in the request's fileIdentifiers."""
    step: RetrievalFileProcessingStep
    """The step."""


@attrs.frozen(kw_only=True)
class RetrieveSearchingStartPacket:
    """The search started."""

    type: Literal["onSearchingStart"] = "onSearchingStart"


@attrs.frozen(kw_only=True)
class RetrieveSearchingEndPacket:
    """The search ended."""

    type: Literal["onSearchingEnd"] = "onSearchingEnd"


@attrs.frozen(kw_only=True)
class RetrieveResultPacket:
    """The passages found."""

    type: Literal["result"] = "result"
    result: InternalRetrievalResult
    """The passages, best first."""


@attrs.frozen(kw_only=True)
class InternalRetrievalResult:
    """The passages a retrieval found."""

    entries: list[InternalRetrievalResultEntry]
    """The passages, best first."""


@attrs.frozen(kw_only=True)
class InternalRetrievalResultEntry:
    """One passage and where it comes from."""

    content: str
    """The passage's text."""
    score: float
    """Relevance to the query (higher is more relevant)."""
    source_index: int
    """Index of its file in fileIdentifiers."""
    page_number: int | list[int] | None = None
    """Page, or [first, last] pages, of the passage (paged documents only)."""
    line_number: int | list[int] | None = None
    """Line, or [first, last] lines, of the passage."""


@attrs.frozen(kw_only=True)
class RetrieveStopPacket:
    """Asks the server to stop the retrieval."""

    type: Literal["stop"] = "stop"


ParseDocumentToClientPacket: TypeAlias = (
    ParseDocumentParserLoadedPacket | ParseDocumentProgressPacket | ParseDocumentResultPacket
)
"""A packet the server sends on a parseDocument channel. Tagged by `type`."""


ParseDocumentToServerPacket: TypeAlias = ParseDocumentCancelPacket
"""A packet the client may send on a parseDocument channel. Tagged by `type`."""


RetrieveToClientPacket: TypeAlias = (
    RetrieveFileProcessListPacket
    | RetrieveFileProcessingStartPacket
    | RetrieveFileProcessingEndPacket
    | RetrieveFileProcessingStepStartPacket
    | RetrieveFileProcessingStepProgressPacket
    | RetrieveFileProcessingStepEndPacket
    | RetrieveSearchingStartPacket
    | RetrieveSearchingEndPacket
    | RetrieveResultPacket
)
"""A packet the server sends on a retrieve channel. Tagged by `type`."""


RetrieveToServerPacket: TypeAlias = RetrieveStopPacket
"""A packet the client may send on a retrieve channel. Tagged by `type`."""
