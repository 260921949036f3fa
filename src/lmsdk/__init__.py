"""lmsdk: a typed Python SDK for LM Studio, generated from JSON schemas of its wire protocol.

`import lmsdk as lms` and use it as the official SDK's documentation shows: `lms.llm()`, `lms.Chat`,
`model.respond(...)`, `model.respond_stream(...)`, `model.complete(...)`, or the scoped
`with lms.Client() as client:` and `async with lms.AsyncClient() as client:` APIs.
"""

# Not `from typing import TYPE_CHECKING`: importing typing would be most of what `import lmsdk` costs.
# Type checkers treat any constant named TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from lmsdk._async.client import AsyncClient, AsyncLLMNamespace, AsyncSystemNamespace
    from lmsdk._async.downloaded import AsyncDownloadedEmbeddingModel, AsyncDownloadedLlm
    from lmsdk._async.embedding import AsyncEmbeddingModel, AsyncEmbeddingNamespace
    from lmsdk._async.files import AsyncFilesNamespace
    from lmsdk._async.llm import AsyncLLM
    from lmsdk._async.stream import AsyncPredictionStream
    from lmsdk._convenience import (
        configure_default_client,
        embedding_model,
        get_default_client,
        list_downloaded_models,
        list_loaded_models,
        llm,
        prepare_file,
        prepare_image,
    )
    from lmsdk._generated.config import (
        EmbeddingLoadModelConfig,
        LlmLoadModelConfig,
        LlmPredictionConfig,
    )
    from lmsdk._generated.tools import ToolCallRequest
    from lmsdk._sync.client import Client, LLMNamespace, SystemNamespace
    from lmsdk._sync.downloaded import DownloadedEmbeddingModel, DownloadedLlm
    from lmsdk._sync.embedding import EmbeddingModel, EmbeddingNamespace
    from lmsdk._sync.files import FilesNamespace
    from lmsdk._sync.llm import LLM
    from lmsdk._sync.stream import PredictionStream
    from lmsdk.chat import Chat
    from lmsdk.errors import (
        LMStudioAuthenticationError,
        LMStudioCancelledError,
        LMStudioClientError,
        LMStudioConfigError,
        LMStudioConnectionError,
        LMStudioError,
        LMStudioModelNotFoundError,
        LMStudioNotAServerError,
        LMStudioPredictionError,
        LMStudioProtocolError,
        LMStudioServerError,
        LMStudioTimeoutError,
    )
    from lmsdk.files import FileHandle, ParseDocumentResult, RetrievalResult, RetrievalResultEntry
    from lmsdk.results import (
        ActResult,
        PredictionFragment,
        PredictionResult,
        PredictionRoundResult,
    )
    from lmsdk.tools import ToolDefinition, ToolFunctionDef, ToolFunctionDefDict

__version__ = "0.1.0"

__all__ = [
    "LLM",
    "AsyncClient",
    "AsyncDownloadedEmbeddingModel",
    "AsyncDownloadedLlm",
    "AsyncEmbeddingModel",
    "AsyncEmbeddingNamespace",
    "AsyncFilesNamespace",
    "AsyncLLM",
    "AsyncLLMNamespace",
    "AsyncPredictionStream",
    "AsyncSystemNamespace",
    "Chat",
    "Client",
    "DownloadedEmbeddingModel",
    "DownloadedLlm",
    "EmbeddingLoadModelConfig",
    "EmbeddingModel",
    "EmbeddingNamespace",
    "FileHandle",
    "FilesNamespace",
    "ParseDocumentResult",
    "RetrievalResult",
    "RetrievalResultEntry",
    "LLMNamespace",
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
    "LlmLoadModelConfig",
    "LlmPredictionConfig",
    "PredictionFragment",
    "PredictionResult",
    "PredictionStream",
    "SystemNamespace",
    "configure_default_client",
    "embedding_model",
    "get_default_client",
    "list_downloaded_models",
    "list_loaded_models",
    "llm",
    "prepare_file",
    "prepare_image",
    "ActResult",
    "PredictionRoundResult",
    "ToolCallRequest",
    "ToolDefinition",
    "ToolFunctionDef",
    "ToolFunctionDefDict",
]


# PEP 562: the public names are imported on first access, so that `import lmsdk` stays cheap and the
# sync client never imports the async stack (nor the async client the sync one).
_LAZY: dict[str, str] = {
    "AsyncClient": "lmsdk._async.client",
    "AsyncLLMNamespace": "lmsdk._async.client",
    "AsyncSystemNamespace": "lmsdk._async.client",
    "AsyncLLM": "lmsdk._async.llm",
    "AsyncEmbeddingModel": "lmsdk._async.embedding",
    "AsyncEmbeddingNamespace": "lmsdk._async.embedding",
    "EmbeddingModel": "lmsdk._sync.embedding",
    "EmbeddingNamespace": "lmsdk._sync.embedding",
    "embedding_model": "lmsdk._convenience",
    "EmbeddingLoadModelConfig": "lmsdk._generated.config",
    "AsyncPredictionStream": "lmsdk._async.stream",
    "configure_default_client": "lmsdk._convenience",
    "get_default_client": "lmsdk._convenience",
    "list_downloaded_models": "lmsdk._convenience",
    "list_loaded_models": "lmsdk._convenience",
    "llm": "lmsdk._convenience",
    "prepare_file": "lmsdk._convenience",
    "prepare_image": "lmsdk._convenience",
    "FilesNamespace": "lmsdk._sync.files",
    "AsyncFilesNamespace": "lmsdk._async.files",
    "FileHandle": "lmsdk.files",
    "DownloadedLlm": "lmsdk._sync.downloaded",
    "DownloadedEmbeddingModel": "lmsdk._sync.downloaded",
    "AsyncDownloadedLlm": "lmsdk._async.downloaded",
    "AsyncDownloadedEmbeddingModel": "lmsdk._async.downloaded",
    "RetrievalResult": "lmsdk.files",
    "RetrievalResultEntry": "lmsdk.files",
    "ParseDocumentResult": "lmsdk.files",
    "LlmLoadModelConfig": "lmsdk._generated.config",
    "LlmPredictionConfig": "lmsdk._generated.config",
    "Client": "lmsdk._sync.client",
    "LLMNamespace": "lmsdk._sync.client",
    "SystemNamespace": "lmsdk._sync.client",
    "LLM": "lmsdk._sync.llm",
    "PredictionStream": "lmsdk._sync.stream",
    "Chat": "lmsdk.chat",
    "LMStudioAuthenticationError": "lmsdk.errors",
    "LMStudioCancelledError": "lmsdk.errors",
    "LMStudioClientError": "lmsdk.errors",
    "LMStudioConfigError": "lmsdk.errors",
    "LMStudioConnectionError": "lmsdk.errors",
    "LMStudioError": "lmsdk.errors",
    "LMStudioModelNotFoundError": "lmsdk.errors",
    "LMStudioNotAServerError": "lmsdk.errors",
    "LMStudioPredictionError": "lmsdk.errors",
    "LMStudioProtocolError": "lmsdk.errors",
    "LMStudioServerError": "lmsdk.errors",
    "LMStudioTimeoutError": "lmsdk.errors",
    "PredictionFragment": "lmsdk.results",
    "PredictionResult": "lmsdk.results",
    "ActResult": "lmsdk.results",
    "PredictionRoundResult": "lmsdk.results",
    "ToolCallRequest": "lmsdk._generated.tools",
    "ToolDefinition": "lmsdk.tools",
    "ToolFunctionDef": "lmsdk.tools",
    "ToolFunctionDefDict": "lmsdk.tools",
}


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
