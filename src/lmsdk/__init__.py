"""lmsdk: a typed Python SDK for LM Studio, generated from JSON schemas of its wire protocol.

`import lmsdk as lms` and use it as the official SDK's documentation shows: `lms.llm()`, `lms.Chat`,
`model.respond(...)`, `model.respond_stream(...)`, `model.complete(...)`, or the scoped
`with lms.Client() as client:` and `async with lms.AsyncClient() as client:` APIs.
"""

from lmsdk._async.client import AsyncClient, AsyncLLMNamespace, AsyncSystemNamespace
from lmsdk._async.llm import AsyncLLM
from lmsdk._async.stream import AsyncPredictionStream
from lmsdk._convenience import (
    configure_default_client,
    get_default_client,
    list_downloaded_models,
    list_loaded_models,
    llm,
)
from lmsdk._generated.config import LlmLoadModelConfig, LlmPredictionConfig
from lmsdk._sync.client import Client, LLMNamespace, SystemNamespace
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
from lmsdk.results import PredictionFragment, PredictionResult

__version__ = "0.1.0"

__all__ = [
    "LLM",
    "AsyncClient",
    "AsyncLLM",
    "AsyncLLMNamespace",
    "AsyncPredictionStream",
    "AsyncSystemNamespace",
    "Chat",
    "Client",
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
    "get_default_client",
    "list_downloaded_models",
    "list_loaded_models",
    "llm",
]
