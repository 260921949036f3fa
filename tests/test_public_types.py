"""Every generated type that a public signature or result mentions is importable from lmsdk.types."""

from __future__ import annotations

import inspect
import types as pytypes
import typing
from typing import Any

import attrs

import lmsdk
import lmsdk.types

PUBLIC_CLASSES = [
    lmsdk.Client,
    lmsdk.AsyncClient,
    lmsdk.LLM,
    lmsdk.AsyncLLM,
    lmsdk.EmbeddingModel,
    lmsdk.AsyncEmbeddingModel,
    lmsdk.LLMNamespace,
    lmsdk.AsyncLLMNamespace,
    lmsdk.EmbeddingNamespace,
    lmsdk.AsyncEmbeddingNamespace,
    lmsdk.FilesNamespace,
    lmsdk.AsyncFilesNamespace,
    lmsdk.SystemNamespace,
    lmsdk.AsyncSystemNamespace,
    lmsdk.DownloadedLlm,
    lmsdk.DownloadedEmbeddingModel,
    lmsdk.Chat,
]
RESULT_CLASSES = [
    lmsdk.PredictionResult,
    lmsdk.PredictionFragment,
    lmsdk.RetrievalResult,
    lmsdk.RetrievalResultEntry,
    lmsdk.ParseDocumentResult,
]
PUBLIC_FUNCTIONS = [
    lmsdk.llm,
    lmsdk.embedding_model,
    lmsdk.prepare_file,
    lmsdk.prepare_image,
    lmsdk.list_downloaded_models,
    lmsdk.list_loaded_models,
]


def _generated_in(annotation: Any, found: set[type]) -> None:
    if isinstance(annotation, type):
        if annotation.__module__.startswith("lmsdk._generated"):
            if annotation not in found:
                found.add(annotation)
                if attrs.has(annotation):  # the types its fields hold are reached through it
                    for hint in typing.get_type_hints(annotation).values():
                        _generated_in(hint, found)
        return
    for arg in typing.get_args(annotation):
        _generated_in(arg, found)
    if isinstance(annotation, pytypes.UnionType):
        for arg in annotation.__args__:
            _generated_in(arg, found)


# Names the modules import only for type checkers (to avoid import cycles), resolved here.
PUBLIC_NAMES = {name: getattr(lmsdk, name) for name in lmsdk.__all__}


def _hints(obj: Any) -> list[Any]:
    return list(typing.get_type_hints(obj, localns=PUBLIC_NAMES).values())


def test_generated_types_in_public_signatures_are_in_lmsdk_types() -> None:
    found: set[type] = set()
    for cls in PUBLIC_CLASSES:
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_"):
                for hint in _hints(member):
                    _generated_in(hint, found)
    for function in PUBLIC_FUNCTIONS:
        for hint in _hints(function):
            _generated_in(hint, found)
    for cls in RESULT_CLASSES:
        for hint in _hints(cls):
            _generated_in(hint, found)
    missing = sorted(t.__name__ for t in found if getattr(lmsdk.types, t.__name__, None) is not t)
    assert missing == [], missing
