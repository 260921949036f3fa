"""File parts in a prediction's history, turned into what the model reads.

As LM Studio does with documents a user attaches to a chat, each document's
text is put into the message ahead of the message's own text, between
markers that name the file. An image needs a vision model; none of this
server's models has vision, so an image part is refused with the protocol's
``engineDoesNotSupportFeature`` error naming the model.
"""

from __future__ import annotations

import importlib.metadata

import attrs

from lmsdk._generated.chat import ChatHistoryData, ChatMessagePartFile, ChatMessagePartText
from lmsdk._generated.common import ErrorDisplayDataEngineDoesNotSupportFeature, SerializedError
from lmsdk.server.documents import parse_document
from lmsdk.server.errors import ServerError
from lmsdk.server.file_store import FileStore

__all__ = ["document_block", "expand_file_parts", "vision_not_supported"]


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
    return document_block(stored.name, parse_document(stored, store.read(stored)).text)


def document_block(name: str, text: str) -> str:
    """How one attached document is shown to the model."""
    return f"[Attached file: {name}]\n{text.rstrip()}\n[End of {name}]"


def expand_file_parts(
    history: ChatHistoryData, store: FileStore | None, model_key: str, *, preview: bool = False
) -> ChatHistoryData:
    """The history with every file part replaced by the text the model reads.

    Args:
        history: The history as the client sent it.
        store: The uploaded files.
        model_key: The model's key, for the vision error.
        preview: Render a file that cannot be read (an image, an identifier this server
            never issued) as its name instead of failing: ``applyPromptTemplate`` shows
            the prompt's shape, and LM Studio answers it for such histories.

    Raises:
        ServerError: Unless previewing: an image (the model has no vision), an unknown
            file identifier, or a file that is not a document this server can read.
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
        blocks: list[str] = []
        for part in files:
            try:
                blocks.append(_read(part, store, model_key))
            except ServerError:
                if not preview:
                    raise
                blocks.append(f"[Attached file: {part.name}]")
        rest = [p for p in message.content if not isinstance(p, ChatMessagePartFile)]
        text = ChatMessagePartText(text="\n\n".join(blocks))
        messages.append(attrs.evolve(message, content=[text, *rest]))  # type: ignore[arg-type]
    return ChatHistoryData(messages=messages)
