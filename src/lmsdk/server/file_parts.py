"""File parts in a prediction's history, turned into what the model reads.

As LM Studio does with documents a user attaches to a chat, a document that
fits is put whole into the message ahead of the message's own text, between
markers that name the file; from longer ones, the passages most relevant to
the message are retrieved (see :mod:`lmsdk.server.retrieval`) and given with
their citations. An image needs a vision model; none of this
server's models has vision, so an image part is refused with the protocol's
``engineDoesNotSupportFeature`` error naming the model.
"""

from __future__ import annotations

import asyncio
import importlib.metadata

import attrs

from lmsdk._generated.chat import ChatHistoryData, ChatMessagePartFile, ChatMessagePartText
from lmsdk._generated.common import ErrorDisplayDataEngineDoesNotSupportFeature, SerializedError
from lmsdk._generated.config import KvConfig, KvConfigField
from lmsdk.server.errors import ServerError
from lmsdk.server.file_store import FileStore
from lmsdk.server.models import Instance
from lmsdk.server.retrieval import Progress, Retriever

__all__ = ["Documents", "document_block", "vision_not_supported"]


def vision_not_supported(model_key: str, file_name: str) -> ServerError:
    """The error for an image sent to a model without vision."""
    title = f'The model "{model_key}" does not support images'
    try:
        version = importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            cause=f'The message contains the image "{file_name}", and "{model_key}" has no '
            "vision support.",
            suggestion="Send the image to a vision model, or send text only.",
            display_data=ErrorDisplayDataEngineDoesNotSupportFeature(
                feature="vision",
                engine_name="llama.cpp",
                engine_type="llama.cpp",
                installed_version=version,
                supported_version=None,
            ),
        ),
    )


def _read(part: ChatMessagePartFile, store: FileStore | None, model_key: str) -> str:
    if part.file_type == "image":
        raise vision_not_supported(model_key, part.name)
    if store is None:
        raise ServerError("This server keeps no uploaded files")
    stored = store.get(part.identifier)
    if stored.file_type == "image":
        raise vision_not_supported(model_key, stored.name)
    return document_block(stored.name, store.text(stored))


def document_block(name: str, text: str) -> str:
    """How one attached document is shown to the model."""
    return f"[Attached file: {name}]\n{text.rstrip()}\n[End of {name}]"


class Documents:
    """What a history's file parts become for a model: full documents, or passages of long ones."""

    def __init__(self, store: FileStore, retriever: Retriever | None = None) -> None:
        """Read uploads from ``store``; retrieve from long documents with ``retriever``."""
        self.store = store
        self.retriever = retriever

    async def expand(
        self,
        history: ChatHistoryData,
        instance: Instance,
        *,
        preview: bool = False,
    ) -> ChatHistoryData:
        """The history with every file part replaced by the text the model reads.

        As LM Studio does, documents that fit in half of the model's context are given whole;
        longer ones are searched with the message's own text, and the passages found are given
        instead, each citing its file and lines.

        Args:
            history: The history as the client sent it.
            instance: The LLM instance the history is for (its key names it in the vision
                error; its context and tokenizer decide what fits).
            preview: Render a file that cannot be read (an image, an identifier this server
                never issued) as its name instead of failing, and never retrieve:
                ``applyPromptTemplate`` shows the prompt's shape, and LM Studio answers it for
                such histories.

        Raises:
            ServerError: Unless previewing: an image (the model has no vision), an unknown file
                identifier, or a file that is not a document this server can read.
        """
        if not any(
            isinstance(part, ChatMessagePartFile) for m in history.messages for part in m.content
        ):
            return history
        messages = []
        for message in history.messages:
            files = [p for p in message.content if isinstance(p, ChatMessagePartFile)]
            if not files:
                messages.append(message)
                continue
            rest = [p for p in message.content if not isinstance(p, ChatMessagePartFile)]
            query = "\n".join(p.text for p in rest if isinstance(p, ChatMessagePartText))
            text = await self._files_text(files, query, instance, preview)
            content = [ChatMessagePartText(text=text), *rest]
            messages.append(attrs.evolve(message, content=content))  # type: ignore[arg-type]
        return ChatHistoryData(messages=messages)

    async def _files_text(
        self,
        files: list[ChatMessagePartFile],
        query: str,
        instance: Instance,
        preview: bool,
    ) -> str:
        blocks: list[str] = []
        readable: list[ChatMessagePartFile] = []
        for part in files:
            try:
                blocks.append(await asyncio.to_thread(_read, part, self.store, instance.entry.key))
                readable.append(part)
            except ServerError:
                if not preview:
                    raise
                blocks.append(f"[Attached file: {part.name}]")
        text = "\n\n".join(blocks)
        # Characters over-estimate nothing: a token is at least one character of text.
        budget = instance.engine.context_length // 2
        if preview or self.retriever is None or not readable or len(text) <= budget:
            return text
        tokens = await asyncio.to_thread(instance.engine.tokenize, text, False)
        if len(tokens) <= budget:
            return text
        return await self._passages(readable, query or text[:1000], budget)

    async def _passages(self, files: list[ChatMessagePartFile], query: str, budget: int) -> str:
        assert self.retriever is not None
        limit = 5
        size = max(16, budget // limit - 8)
        config = KvConfig(
            fields=[
                KvConfigField(key="retrieval.limit", value=limit),
                KvConfigField(
                    key="retrieval.chunkingMethod",
                    value={"type": "recursive-v1", "chunkSize": size, "chunkOverlap": size // 8},
                ),
            ]
        )
        result = await self.retriever.retrieve(
            query, [f.identifier for f in files], config, Progress(), lambda: False
        )
        lines = ["[Passages from the attached files, most relevant first]"]
        for number, entry in enumerate(result.entries, 1):
            where = files[entry.source_index].name
            if isinstance(entry.line_number, list) and len(entry.line_number) == 2:
                where += f", lines {entry.line_number[0]}-{entry.line_number[1]}"
            lines.append(f"[Citation {number}: {where}]\n{entry.content.strip()}")
        return "\n\n".join(lines)
