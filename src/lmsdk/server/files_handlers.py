"""The ``files`` namespace: implements the generated ``FilesHandlers`` protocol.

Uploads go to the server's :class:`~lmsdk.server.file_store.FileStore`;
parsing and retrieval read them back by identifier only.
"""

from __future__ import annotations

import asyncio

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.files import (
    DocumentParsingLibraryIdentifier,
    GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter,
    ParseDocumentParserLoadedPacket,
    ParseDocumentProgressPacket,
    ParseDocumentResultPacket,
    ParseDocumentToClientPacket,
    ParseDocumentToServerPacket,
    RetrievalFileProcessingStep,
    RetrieveCreationParameter,
    RetrieveFileProcessingEndPacket,
    RetrieveFileProcessingStartPacket,
    RetrieveFileProcessingStepEndPacket,
    RetrieveFileProcessingStepProgressPacket,
    RetrieveFileProcessingStepStartPacket,
    RetrieveFileProcessListPacket,
    RetrieveResultPacket,
    RetrieveSearchingEndPacket,
    RetrieveSearchingStartPacket,
    RetrieveToClientPacket,
    RetrieveToServerPacket,
    UploadFileBase64Parameter,
    UploadFileBase64Result,
)
from lmsdk.server.documents import parse_document, parser_for
from lmsdk.server.errors import ServerError
from lmsdk.server.file_store import FileStore, StoredFile
from lmsdk.server.retrieval import Progress, Retriever

__all__ = ["FilesNamespace"]


class FilesNamespace:
    """Handlers of ``ws://HOST:PORT/files`` over a file store and a retriever."""

    def __init__(self, store: FileStore, retriever: Retriever) -> None:
        self.store = store
        self.retriever = retriever

    async def upload_file_base64(
        self, parameter: UploadFileBase64Parameter
    ) -> UploadFileBase64Result:
        """Store an upload; its type is sniffed from the bytes."""
        stored = await asyncio.to_thread(self.store.add, parameter.name, parameter.content_base64)
        return UploadFileBase64Result(
            identifier=stored.identifier, file_type=stored.file_type, size_bytes=stored.size_bytes
        )

    async def get_document_parsing_library(
        self, parameter: GetDocumentParsingLibraryParameter
    ) -> DocumentParsingLibraryIdentifier:
        """The parser an uploaded document would be parsed with."""
        return _parser(self.store.get(parameter.file_identifier))

    async def parse_document(
        self,
        parameter: ParseDocumentCreationParameter,
        channel: AsyncChannel[ParseDocumentToServerPacket, ParseDocumentToClientPacket],
    ) -> None:
        """The text of an uploaded document: ``parserLoaded``, progress, ``result``."""
        stored = self.store.get(parameter.file_identifier)
        parser = _parser(stored)
        await channel.send(ParseDocumentParserLoadedPacket(parser=parser))
        await channel.send(ParseDocumentProgressPacket(progress=0.0))
        data = await asyncio.to_thread(self.store.read, stored)
        parsed = await asyncio.to_thread(
            parse_document, stored, data, parameter.parse_opts.parser_id
        )
        await channel.send(ParseDocumentProgressPacket(progress=1.0))
        await channel.send(ParseDocumentResultPacket(content=parsed.text, parser=parsed.parser))

    async def retrieve(
        self,
        parameter: RetrieveCreationParameter,
        channel: AsyncChannel[RetrieveToServerPacket, RetrieveToClientPacket],
    ) -> None:
        """Chunk, embed and rank; progress packets, then ``result`` (empty once stopped)."""
        stop = asyncio.Event()

        async def watch() -> None:
            # A stop packet or the client leaving (receive() -> None) both stop it.
            while (packet := await channel.receive()) is not None:
                if packet.type == "stop":
                    break
            stop.set()

        watcher = asyncio.create_task(watch())
        try:
            result = await self.retriever.retrieve(
                parameter.query,
                parameter.file_identifiers,
                parameter.config,
                _ChannelProgress(channel),
                stop.is_set,
            )
        finally:
            watcher.cancel()
        await channel.send(RetrieveResultPacket(result=result))


def _parser(stored: StoredFile) -> DocumentParsingLibraryIdentifier:
    """The parser for an uploaded file, or a ServerError saying it is no parsable document."""
    parser = parser_for(stored.file_type)
    if parser is None:
        raise ServerError(
            f'"{stored.name}" is not a document this server can parse',
            cause=f"its type is {stored.file_type}",
        )
    return parser


class _ChannelProgress(Progress):
    """Reports a retrieval's progress as retrieve packets."""

    def __init__(
        self, channel: AsyncChannel[RetrieveToServerPacket, RetrieveToClientPacket]
    ) -> None:
        self._channel = channel

    async def process_list(self, indices: list[int]) -> None:
        await self._channel.send(RetrieveFileProcessListPacket(indices=indices))

    async def file_start(self, index: int) -> None:
        await self._channel.send(RetrieveFileProcessingStartPacket(index=index))

    async def file_end(self, index: int) -> None:
        await self._channel.send(RetrieveFileProcessingEndPacket(index=index))

    async def step_start(self, index: int, step: RetrievalFileProcessingStep) -> None:
        await self._channel.send(RetrieveFileProcessingStepStartPacket(index=index, step=step))

    async def step_progress(
        self, index: int, step: RetrievalFileProcessingStep, fraction: float
    ) -> None:
        await self._channel.send(
            RetrieveFileProcessingStepProgressPacket(index=index, step=step, progress=fraction)
        )

    async def step_end(self, index: int, step: RetrievalFileProcessingStep) -> None:
        await self._channel.send(RetrieveFileProcessingStepEndPacket(index=index, step=step))

    async def searching(self, started: bool) -> None:
        packet = RetrieveSearchingStartPacket() if started else RetrieveSearchingEndPacket()
        await self._channel.send(packet)
