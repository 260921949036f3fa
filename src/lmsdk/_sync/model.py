# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/model.py.
"""What LLMs and embedding models share: the loaded-model handle, and waiting for a load.

Both namespaces answer the same model RPCs (tokenize, countTokens, unloadModel) with the same
parameter types, and their getOrLoad and loadModel channels report the same way (progress packets,
then the loaded instance's info), so those are written here once over each namespace's own types.
"""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from lmsdk._generated.client_sync import EmbeddingEndpoints, LlmEndpoints
from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
from lmsdk._generated.llm import CountTokensParameter, TokenizeParameter, UnloadModelParameter
from lmsdk._loading import LoadProgressCallback
from lmsdk._text_input import text_list
from lmsdk.errors import LMStudioModelNotFoundError

if TYPE_CHECKING:
    from lmsdk._sync.client import Client

__all__ = ["ModelHandle", "loaded_identifier"]

Endpoints = TypeVar("Endpoints", LlmEndpoints, EmbeddingEndpoints)


class ModelHandle(abc.ABC, Generic[Endpoints]):
    """A loaded model instance, addressed by its identifier."""

    def __init__(self, client: Client, identifier: str) -> None:
        self._client = client
        self.identifier = identifier

    def __repr__(self) -> str:
        return f"{type(self).__name__}(identifier={self.identifier!r})"

    @abc.abstractmethod
    def _endpoints(self) -> Endpoints:
        """The endpoints of the model's namespace, on the client's socket for it."""

    def _specifier(self) -> ModelSpecifierQuery:
        return ModelSpecifierQuery(query=ModelQuery(identifier=self.identifier))

    def _tokenize(self, text: str | list[str]) -> list[int] | list[list[int]]:
        """The token ids of a text, or of each text of a list, in order (what tokenize() returns)."""
        texts = text_list(text, "tokenize()")
        endpoints = self._endpoints()
        if texts is None:
            return self._tokenize_one(endpoints, text)  # type: ignore[arg-type]
        return [self._tokenize_one(endpoints, t) for t in texts]

    def _tokenize_one(self, endpoints: Endpoints, text: str) -> list[int]:
        result = endpoints.tokenize(
            TokenizeParameter(specifier=self._specifier(), input_string=text)
        )
        return [int(t) for t in result.tokens]

    def count_tokens(self, text: str) -> int:
        """How many tokens text is for this model."""
        result = (self._endpoints()).count_tokens(
            CountTokensParameter(specifier=self._specifier(), input_string=text)
        )
        return result.token_count

    def unload(self) -> None:
        """Unload this instance from the server."""
        (self._endpoints()).unload_model(UnloadModelParameter(identifier=self.identifier))


class _PacketSource(Protocol):
    """A load channel of either namespace, as far as waiting for the load needs it."""

    def receive(self) -> Any: ...


def loaded_identifier(
    channel: _PacketSource,
    model_key: str,
    on_load_progress: LoadProgressCallback | None,
    *,
    progress: type[Any],
    loaded: tuple[type[Any], ...],
    done: type[Any] | None = None,
) -> str:
    """The identifier of the instance a getOrLoad or loadModel channel reports, once it has closed.

    Args:
        channel: the open channel.
        model_key: the key that was asked for (named in the error).
        on_load_progress: called with each `progress` packet's fraction.
        progress: the namespace's progress packet type.
        loaded: the packet types that carry the loaded instance's info.
        done: of those, the one after which on_load_progress is also called with 1.0.

    Raises:
        LMStudioModelNotFoundError: the channel closed without naming a loaded instance.
    """
    identifier: str | None = None
    while (packet := channel.receive()) is not None:
        if isinstance(packet, progress) and on_load_progress:
            on_load_progress(float(packet.progress))
        elif isinstance(packet, loaded):
            identifier = packet.info.identifier
            if on_load_progress and done is not None and isinstance(packet, done):
                on_load_progress(1.0)
    if identifier is None:
        raise LMStudioModelNotFoundError(f"the server did not load {model_key!r}")
    return identifier
