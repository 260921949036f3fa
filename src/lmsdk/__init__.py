"""lmsdk: a typed Python SDK for LM Studio, generated from JSON schemas of its wire protocol.

`import lmsdk as lms` and use it as the official SDK's documentation shows: `lms.llm()`, `lms.Chat`,
`model.respond(...)`, `model.respond_stream(...)`, `model.complete(...)`, or the scoped
`with lms.Client() as client:` and `async with lms.AsyncClient() as client:` APIs.
"""

# The one list of public names: module -> the names `lmsdk` re-exports from it. __all__ and the
# lazy __getattr__ are derived from it, and tests/test_exports.py checks that the TYPE_CHECKING
# imports below (what type checkers read) name exactly the same things.
_PUBLIC: dict[str, tuple[str, ...]] = {
    "lmsdk._async.client": (
        "AsyncClient",
        "AsyncLLMNamespace",
        "AsyncSystemNamespace",
    ),
    "lmsdk._async.downloaded": (
        "AsyncDownloadedEmbeddingModel",
        "AsyncDownloadedLlm",
    ),
    "lmsdk._async.embedding": (
        "AsyncEmbeddingModel",
        "AsyncEmbeddingNamespace",
    ),
    "lmsdk._async.files": ("AsyncFilesNamespace",),
    "lmsdk._async.llm": ("AsyncLLM",),
    "lmsdk._async.stream": ("AsyncPredictionStream",),
    "lmsdk._convenience": (
        "configure_default_client",
        "embedding_model",
        "get_default_client",
        "list_downloaded_models",
        "list_loaded_models",
        "llm",
        "prepare_file",
        "prepare_image",
    ),
    "lmsdk._generated.config": (
        "EmbeddingLoadModelConfig",
        "LlmLoadModelConfig",
        "LlmPredictionConfig",
    ),
    "lmsdk._generated.tools": ("ToolCallRequest",),
    "lmsdk._sync.client": (
        "Client",
        "LLMNamespace",
        "SystemNamespace",
    ),
    "lmsdk._sync.downloaded": (
        "DownloadedEmbeddingModel",
        "DownloadedLlm",
    ),
    "lmsdk._sync.embedding": (
        "EmbeddingModel",
        "EmbeddingNamespace",
    ),
    "lmsdk._sync.files": ("FilesNamespace",),
    "lmsdk._sync.llm": ("LLM",),
    "lmsdk._sync.stream": ("PredictionStream",),
    "lmsdk.chat": ("Chat",),
    "lmsdk.errors": (
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
    ),
    "lmsdk.files": (
        "FileHandle",
        "ParseDocumentResult",
        "RetrievalResult",
        "RetrievalResultEntry",
    ),
    "lmsdk.results": (
        "ActResult",
        "PredictionFragment",
        "PredictionResult",
        "PredictionRoundResult",
    ),
    "lmsdk.tools": (
        "ToolDefinition",
        "ToolFunctionDef",
        "ToolFunctionDefDict",
    ),
}

__version__ = "0.1.0"

__all__ = sorted(name for names in _PUBLIC.values() for name in names)

# Not `from typing import TYPE_CHECKING`: importing typing would be most of what `import lmsdk` costs.
# Type checkers treat any constant named TYPE_CHECKING as true. `X as X` marks each name as
# re-exported (type checkers do not read the computed __all__); one import per module, as _PUBLIC.
TYPE_CHECKING = False
if TYPE_CHECKING:
    # isort: off
    from lmsdk._async.client import (
        AsyncClient as AsyncClient,
        AsyncLLMNamespace as AsyncLLMNamespace,
        AsyncSystemNamespace as AsyncSystemNamespace,
    )
    from lmsdk._async.downloaded import (
        AsyncDownloadedEmbeddingModel as AsyncDownloadedEmbeddingModel,
        AsyncDownloadedLlm as AsyncDownloadedLlm,
    )
    from lmsdk._async.embedding import (
        AsyncEmbeddingModel as AsyncEmbeddingModel,
        AsyncEmbeddingNamespace as AsyncEmbeddingNamespace,
    )
    from lmsdk._async.files import AsyncFilesNamespace as AsyncFilesNamespace
    from lmsdk._async.llm import AsyncLLM as AsyncLLM
    from lmsdk._async.stream import AsyncPredictionStream as AsyncPredictionStream
    from lmsdk._convenience import (
        configure_default_client as configure_default_client,
        embedding_model as embedding_model,
        get_default_client as get_default_client,
        list_downloaded_models as list_downloaded_models,
        list_loaded_models as list_loaded_models,
        llm as llm,
        prepare_file as prepare_file,
        prepare_image as prepare_image,
    )
    from lmsdk._generated.config import (
        EmbeddingLoadModelConfig as EmbeddingLoadModelConfig,
        LlmLoadModelConfig as LlmLoadModelConfig,
        LlmPredictionConfig as LlmPredictionConfig,
    )
    from lmsdk._generated.tools import ToolCallRequest as ToolCallRequest
    from lmsdk._sync.client import (
        Client as Client,
        LLMNamespace as LLMNamespace,
        SystemNamespace as SystemNamespace,
    )
    from lmsdk._sync.downloaded import (
        DownloadedEmbeddingModel as DownloadedEmbeddingModel,
        DownloadedLlm as DownloadedLlm,
    )
    from lmsdk._sync.embedding import (
        EmbeddingModel as EmbeddingModel,
        EmbeddingNamespace as EmbeddingNamespace,
    )
    from lmsdk._sync.files import FilesNamespace as FilesNamespace
    from lmsdk._sync.llm import LLM as LLM
    from lmsdk._sync.stream import PredictionStream as PredictionStream
    from lmsdk.chat import Chat as Chat
    from lmsdk.errors import (
        LMStudioAuthenticationError as LMStudioAuthenticationError,
        LMStudioCancelledError as LMStudioCancelledError,
        LMStudioClientError as LMStudioClientError,
        LMStudioConfigError as LMStudioConfigError,
        LMStudioConnectionError as LMStudioConnectionError,
        LMStudioError as LMStudioError,
        LMStudioModelNotFoundError as LMStudioModelNotFoundError,
        LMStudioNotAServerError as LMStudioNotAServerError,
        LMStudioPredictionError as LMStudioPredictionError,
        LMStudioProtocolError as LMStudioProtocolError,
        LMStudioServerError as LMStudioServerError,
        LMStudioTimeoutError as LMStudioTimeoutError,
    )
    from lmsdk.files import (
        FileHandle as FileHandle,
        ParseDocumentResult as ParseDocumentResult,
        RetrievalResult as RetrievalResult,
        RetrievalResultEntry as RetrievalResultEntry,
    )
    from lmsdk.results import (
        ActResult as ActResult,
        PredictionFragment as PredictionFragment,
        PredictionResult as PredictionResult,
        PredictionRoundResult as PredictionRoundResult,
    )
    from lmsdk.tools import (
        ToolDefinition as ToolDefinition,
        ToolFunctionDef as ToolFunctionDef,
        ToolFunctionDefDict as ToolFunctionDefDict,
    )
    # isort: on

# PEP 562: the public names are imported on first access, so that `import lmsdk` stays cheap and the
# sync client never imports the async stack (nor the async client the sync one).
if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is still an error
    _MODULE_OF = {name: module for module, names in _PUBLIC.items() for name in names}

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
