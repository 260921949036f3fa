# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/files.py.
"""`client.files`: upload files and images, parse documents, and retrieve passages from them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lmsdk._generated.client_sync import FilesEndpoints
from lmsdk._generated.config import KvConfig, KvConfigField
from lmsdk._generated.files import (
    DocumentParsingLibraryIdentifier,
    DocumentParsingOpts,
    GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter,
    ParseDocumentProgressPacket,
    ParseDocumentResultPacket,
    RetrieveCreationParameter,
    RetrieveFileProcessingStepProgressPacket,
    RetrieveResultPacket,
    UploadFileBase64Parameter,
)
from lmsdk.errors import LMStudioClientError, LMStudioProtocolError
from lmsdk.files import (
    FileHandle,
    LocalFileInput,
    ParseDocumentResult,
    RetrievalResult,
    RetrievalResultEntry,
    encode_local_file,
)

if TYPE_CHECKING:
    from lmsdk._sync.client import Client
    from lmsdk._sync.embedding import EmbeddingModel

__all__ = ["FilesNamespace"]

StepProgressCallback = Callable[[FileHandle, str, float], Any]
"""Called with a file, the step ("loading", "chunking", "embedding") and the step's progress."""


class FilesNamespace:
    """`client.files`: files live on the server, referred to by the handles uploads return."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _endpoints(self) -> FilesEndpoints:
        return FilesEndpoints(self._client.session("files"))

    def prepare_file(self, src: LocalFileInput, name: str | None = None) -> FileHandle:
        """Upload a file (a document or an image); returns its handle for chats and retrieval.

        Args:
            src: A path, the file's bytes, or a binary file object.
            name: Its name (needed with bytes; defaults to the path's base name).

        Raises:
            LMStudioClientError: src is not a file input (nothing is sent).
            LMStudioServerError: the server refused it (too large, not base64, store full).
        """
        file_name, content = encode_local_file(src, name)
        result = (self._endpoints()).upload_file_base64(
            UploadFileBase64Parameter(name=file_name, content_base64=content)
        )
        return FileHandle(
            name=file_name,
            identifier=result.identifier,
            size_bytes=result.size_bytes,
            file_type=result.file_type,
        )

    def prepare_image(self, src: LocalFileInput, name: str | None = None) -> FileHandle:
        """Upload an image; the same upload as prepare_file (the server detects the type)."""
        return self.prepare_file(src, name)

    def get_document_parsing_library(self, file: FileHandle) -> DocumentParsingLibraryIdentifier:
        """The parser the server would parse an uploaded document with."""
        return (self._endpoints()).get_document_parsing_library(
            GetDocumentParsingLibraryParameter(file_identifier=file.identifier)
        )

    def parse_document(
        self,
        file: FileHandle,
        *,
        parser: DocumentParsingLibraryIdentifier | None = None,
        on_progress: Callable[[float], Any] | None = None,
    ) -> ParseDocumentResult:
        """The text of an uploaded document (plain text, Markdown, PDF, DOCX, ...)."""
        channel = (self._endpoints()).parse_document(
            ParseDocumentCreationParameter(
                file_identifier=file.identifier, parse_opts=DocumentParsingOpts(parser_id=parser)
            )
        )
        result: ParseDocumentResult | None = None
        while (packet := channel.receive()) is not None:
            if isinstance(packet, ParseDocumentProgressPacket) and on_progress:
                on_progress(float(packet.progress))
            elif isinstance(packet, ParseDocumentResultPacket):
                result = ParseDocumentResult(content=packet.content, parser=packet.parser)
        if result is None:
            raise LMStudioProtocolError("parseDocument ended without a result")
        return result

    def retrieve(
        self,
        query: str,
        files: Sequence[FileHandle],
        *,
        embedding_model: EmbeddingModel | str | None = None,
        limit: int | None = None,
        chunk_size: int | None = None,
        chunk_overlap: int | None = None,
        on_file_processing_step_progress: StepProgressCallback | None = None,
    ) -> RetrievalResult:
        """The passages of files most relevant to query, best first (lmstudio-js's retrieve).

        Args:
            query: What to look for.
            files: Handles from prepare_file.
            embedding_model: The embedding model (a handle or a model key); the server picks one
                (a loaded embedding model, else its default) when None.
            limit: How many passages to return (server default 5).
            chunk_size: Chunk length in the embedding model's tokens (server default 512).
            chunk_overlap: Tokens shared by neighbouring chunks (server default 100).
            on_file_processing_step_progress: Called as files are parsed, chunked and embedded.

        Raises:
            LMStudioClientError: a bad argument (nothing is sent).
            LMStudioServerError: an unknown file, a file that cannot be parsed, bad settings.
        """
        handles = list(files)
        if not isinstance(query, str):
            raise LMStudioClientError(f"query must be a str, not {type(query).__name__}")
        if not all(isinstance(f, FileHandle) for f in handles):
            raise LMStudioClientError("files must be handles from prepare_file()")
        fields: list[KvConfigField] = []
        if isinstance(embedding_model, str):
            fields.append(KvConfigField(key="retrieval.embeddingModel", value=embedding_model))
        elif embedding_model is not None:
            fields.append(
                KvConfigField(key="retrieval.embeddingModel", value=embedding_model.identifier)
            )
        if limit is not None:
            fields.append(KvConfigField(key="retrieval.limit", value=limit))
        if chunk_size is not None or chunk_overlap is not None:
            method = {
                "type": "recursive-v1",
                "chunkSize": 512 if chunk_size is None else chunk_size,
                "chunkOverlap": 100 if chunk_overlap is None else chunk_overlap,
            }
            fields.append(KvConfigField(key="retrieval.chunkingMethod", value=method))
        channel = (self._endpoints()).retrieve(
            RetrieveCreationParameter(
                query=query,
                file_identifiers=[f.identifier for f in handles],
                config=KvConfig(fields=fields),
            )
        )
        result: RetrievalResult | None = None
        while (packet := channel.receive()) is not None:
            if isinstance(packet, RetrieveFileProcessingStepProgressPacket):
                if on_file_processing_step_progress:
                    on_file_processing_step_progress(
                        _pick(handles, packet.index), packet.step, float(packet.progress)
                    )
            elif isinstance(packet, RetrieveResultPacket):
                result = RetrievalResult(
                    entries=[
                        RetrievalResultEntry(
                            content=entry.content,
                            score=float(entry.score),
                            source=_pick(handles, entry.source_index),
                            line_number=_span(entry.line_number),
                        )
                        for entry in packet.result.entries
                    ]
                )
        if result is None:
            raise LMStudioProtocolError("retrieve ended without a result")
        return result


def _pick(handles: list[FileHandle], index: int) -> FileHandle:
    if not 0 <= index < len(handles):
        raise LMStudioProtocolError(f"the server named file {index} of {len(handles)}")
    return handles[index]


def _span(value: int | list[int] | None) -> tuple[int, int] | None:
    if isinstance(value, int):
        return value, value
    if isinstance(value, list) and len(value) == 2:
        return value[0], value[1]
    return None
