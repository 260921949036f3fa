"""The public names of `lmsdk`: pinned, all importable, declared once, and `import lmsdk` stays lazy."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import lmsdk

# The public API. A name added to or removed from lmsdk._PUBLIC must be added or removed here too,
# on purpose: removing one breaks users.
EXPORTED = [
    "ActResult",
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
    "LLM",
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
    "ParseDocumentResult",
    "PredictionFragment",
    "PredictionResult",
    "PredictionRoundResult",
    "PredictionStream",
    "RetrievalResult",
    "RetrievalResultEntry",
    "SystemNamespace",
    "ToolCallRequest",
    "ToolDefinition",
    "ToolFunctionDef",
    "ToolFunctionDefDict",
    "configure_default_client",
    "embedding_model",
    "get_default_client",
    "list_downloaded_models",
    "list_loaded_models",
    "llm",
    "prepare_file",
    "prepare_image",
]


def test_all_is_pinned() -> None:
    assert lmsdk.__all__ == sorted(EXPORTED)


@pytest.mark.parametrize("name", EXPORTED)
def test_every_public_name_imports_from_its_home(name: str) -> None:
    home = next(module for module, names in lmsdk._PUBLIC.items() if name in names)
    assert getattr(lmsdk, name) is getattr(importlib.import_module(home), name)
    assert name in dir(lmsdk)


def test_a_name_that_is_not_public_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="'lmsdk' has no attribute 'Conection'"):
        lmsdk.Conection  # type: ignore[attr-defined]  # noqa: B018


def test_type_checkers_see_exactly_the_public_names() -> None:
    # The TYPE_CHECKING imports are what mypy and pyright read; they must re-export (`X as X`)
    # exactly what _PUBLIC declares, from the same modules.
    tree = ast.parse(Path(lmsdk.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )
    seen: dict[str, list[str]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            assert alias.asname == alias.name, f"{alias.name} is not re-exported as itself"
            seen.setdefault(node.module, []).append(alias.name)
    assert {m: sorted(n) for m, n in seen.items()} == {
        m: sorted(n) for m, n in lmsdk._PUBLIC.items()
    }


def _modules_after(code: str) -> list[str]:
    probe = (
        "import sys\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return run.stdout.split()


def test_import_lmsdk_imports_nothing_else() -> None:
    assert _modules_after("import lmsdk") == ["lmsdk"]


def test_the_sync_client_does_not_import_the_async_front_end() -> None:
    loaded = _modules_after("import lmsdk\nlmsdk.Client")
    assert "lmsdk._sync.client" in loaded
    assert not [m for m in loaded if m.startswith("lmsdk._async")]
