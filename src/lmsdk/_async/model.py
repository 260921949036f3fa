"""AsyncModelHandle: what a loaded LLM and a loaded embedding model share.

Both namespaces answer the same model RPCs (tokenize, countTokens, unloadModel) with the same
parameter types, so those calls are written here once; each subclass says which namespace it talks to.
"""

from __future__ import annotations

import abc
from typing import TYPE_CHECKING, Generic, TypeVar

from lmsdk._generated.client_async import AsyncEmbeddingEndpoints, AsyncLlmEndpoints
from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
from lmsdk._generated.llm import CountTokensParameter, TokenizeParameter, UnloadModelParameter
from lmsdk._text_input import text_list

if TYPE_CHECKING:
    from lmsdk._async.client import AsyncClient

__all__ = ["AsyncModelHandle"]

Endpoints = TypeVar("Endpoints", AsyncLlmEndpoints, AsyncEmbeddingEndpoints)


class AsyncModelHandle(abc.ABC, Generic[Endpoints]):
    """A loaded model instance, addressed by its identifier."""

    def __init__(self, client: AsyncClient, identifier: str) -> None:
        self._client = client
        self.identifier = identifier

    def __repr__(self) -> str:
        return f"{type(self).__name__}(identifier={self.identifier!r})"

    @abc.abstractmethod
    async def _endpoints(self) -> Endpoints:
        """The endpoints of the model's namespace, on the client's socket for it."""

    def _specifier(self) -> ModelSpecifierQuery:
        return ModelSpecifierQuery(query=ModelQuery(identifier=self.identifier))

    async def _tokenize(self, text: str | list[str]) -> list[int] | list[list[int]]:
        """The token ids of a text, or of each text of a list, in order (what tokenize() returns)."""
        texts = text_list(text, "tokenize()")
        endpoints = await self._endpoints()
        if texts is None:
            return await self._tokenize_one(endpoints, text)  # type: ignore[arg-type]
        return [await self._tokenize_one(endpoints, t) for t in texts]

    async def _tokenize_one(self, endpoints: Endpoints, text: str) -> list[int]:
        result = await endpoints.tokenize(
            TokenizeParameter(specifier=self._specifier(), input_string=text)
        )
        return [int(t) for t in result.tokens]

    async def count_tokens(self, text: str) -> int:
        """How many tokens text is for this model."""
        result = await (await self._endpoints()).count_tokens(
            CountTokensParameter(specifier=self._specifier(), input_string=text)
        )
        return result.token_count

    async def unload(self) -> None:
        """Unload this instance from the server."""
        await (await self._endpoints()).unload_model(
            UnloadModelParameter(identifier=self.identifier)
        )
