"""How a name in a request selects a model: LM Studio's resolution rule, in one place.

Every endpoint that takes a model specifier (``getModelInfo``, ``predict``,
``getOrLoad``, ``loadModel``, ``unloadModel``, ...) resolves names through this
module, and so do the error messages that list what would have matched.

A name matches a model when it equals, ignoring case:
- the instance identifier (loaded models only; an exact, case-sensitive
  identifier always wins over any other match),
- the model key (``llama-3.2-1b-instruct``),
- the wire path ``publisher/repo/file.gguf``, or its ``publisher/repo`` folder,
- ``publisher/name`` where name is the model key or the repository name without
  LM Studio's ``-GGUF`` suffix (and without the quantization tag before it): the catalog names that lmstudio-python's tests
  and LM Studio's model search use (``hugging-quants/llama-3.2-1b-instruct`` for
  ``hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF/llama-3.2-1b-instruct-q8_0.gguf``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from lmsdk.server.model_files import GGUF_REPO_SUFFIX, QUANT_SUFFIX

__all__ = ["Named", "best_match", "names_match", "path_matches"]

# GGUF repositories are "<model name>-GGUF", sometimes with the quantization
# before it ("...-Q8_0-GGUF").
_GGUF_SUFFIX = re.compile(re.escape(GGUF_REPO_SUFFIX) + "$", re.IGNORECASE)


class Named(Protocol):
    """What the rule needs to know about a downloaded model."""

    @property
    def key(self) -> str:
        """The model key."""
        ...

    @property
    def path(self) -> str:
        """The wire path ``<publisher>/<repo>/<file>.gguf``."""
        ...


T = TypeVar("T")


def path_matches(model: Named, path: str) -> bool:
    """Whether a query's ``path`` names this model (``publisher/repo`` matches any file)."""
    wanted = _fold(path)
    mine = _fold(model.path)
    return wanted == mine or ("/" in wanted and mine.startswith(wanted + "/"))


def names_match(model: Named, name: str) -> bool:
    """Whether a model key, path or catalog name names this downloaded model."""
    wanted = _fold(name)
    if wanted == _fold(model.key) or path_matches(model, name):
        return True
    publisher, _, rest = wanted.partition("/")
    if not rest or "/" in rest:
        return False
    parts = model.path.split("/")
    if len(parts) != 3 or parts[0].lower() != publisher:
        return False
    repo = _fold(_GGUF_SUFFIX.sub("", parts[1]))
    return rest in (_fold(model.key), repo, QUANT_SUFFIX.sub("", repo))


def best_match(candidates: Iterable[tuple[T, str | None, Named]], name: str) -> T | None:
    """The candidate a name selects, by the rule's precedence.

    Args:
        candidates: (item, instance identifier or None for a catalog entry, model), in
            the order earlier items are preferred among equal matches.
        name: What the request named.
    """
    ranked: list[tuple[int, int, T]] = []
    for order, (item, identifier, model) in enumerate(candidates):
        if identifier is not None and identifier == name:
            return item
        if identifier is not None and identifier.lower() == name.strip().lower():
            ranked.append((0, order, item))
        elif names_match(model, name):
            ranked.append((1, order, item))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _fold(text: str) -> str:
    return text.strip().strip("/").lower()
