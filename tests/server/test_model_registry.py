"""Model catalog, loading and unloading: LM Studio models folder, --model paths, getOrLoad, TTL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import lmstudio
import lmstudio as lms
import pytest

import lmsdk.server.app as server_app
from lmsdk.server import EmbeddedServer
from lmsdk.server.catalog import build_catalog
from lmsdk.server.gguf import GgufError, read_gguf_metadata
from lmsdk.server.model_files import default_model_path

PUBLISHER, REPO = "acme", "Tiny-Chat-GGUF"
FILE = "Tiny-Chat-Q4_1.gguf"
WIRE_PATH = f"{PUBLISHER}/{REPO}/{FILE}"


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("models")
    folder = root / PUBLISHER / REPO
    folder.mkdir(parents=True)
    (folder / FILE).symlink_to(default_model_path())
    (folder / "mmproj-Tiny-Chat-f16.gguf").symlink_to(default_model_path())  # not a model
    (root / PUBLISHER / "broken" / "x").mkdir(parents=True)
    (root / PUBLISHER / "broken" / "bad.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")  # truncated
    (root / "stray.gguf").symlink_to(default_model_path())  # wrong depth: ignored
    return root


@pytest.fixture(scope="module")
def folder_server(models_dir: Path) -> Iterator[EmbeddedServer]:
    with EmbeddedServer(models_dir=models_dir, preload=False) as server:
        yield server


def test_gguf_metadata_and_errors(tmp_path: Path) -> None:
    meta = read_gguf_metadata(default_model_path())
    assert meta["general.architecture"] == "llama"
    assert meta["llama.context_length"] == 8192
    assert "tokenizer.ggml.tokens" not in meta  # long arrays are skipped
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"NOPE")
    with pytest.raises(GgufError):
        read_gguf_metadata(bad)


def test_catalog_from_models_dir_and_paths(models_dir: Path) -> None:
    entries, chosen = build_catalog([str(models_dir / PUBLISHER / REPO / FILE)], models_dir)
    paths = [e.path for e in entries]
    assert WIRE_PATH in paths
    assert not any("mmproj" in p or "bad.gguf" in p or "stray" in p for p in paths)
    tiny = next(e for e in entries if e.path == WIRE_PATH)
    assert tiny.key == "tiny-chat"
    assert tiny.publisher == PUBLISHER
    assert tiny.quantization is not None and tiny.quantization.name == "Q4_1"
    assert chosen == [tiny]
    with pytest.raises(ValueError, match="unknown model"):
        build_catalog(["nope"], models_dir)
    with pytest.raises(ValueError, match="not found"):
        build_catalog([str(models_dir / "missing.gguf")])


def test_models_dir_listing_and_get_or_load_by_path(folder_server: EmbeddedServer) -> None:
    with lms.Client(folder_server.api_host) as client:
        assert client.llm.list_loaded() == []
        listed = {m.model_key: m.info.path for m in client.list_downloaded_models()}
        assert listed["tiny-chat"] == WIRE_PATH
        assert "smollm2-135m-instruct" in listed

        model = client.llm.model(WIRE_PATH, config={"contextLength": 512})
        try:
            assert model.identifier == "tiny-chat"
            assert model.get_context_length() == 512
            assert model.get_info().path == WIRE_PATH
            # A second getOrLoad, by key or by "<publisher>/<repo>", finds the loaded instance.
            assert client.llm.model("tiny-chat").identifier == "tiny-chat"
            assert client.llm.model(f"{PUBLISHER}/{REPO}").identifier == "tiny-chat"
            assert len(client.llm.list_loaded()) == 1
            result = model.respond("Hello", config={"maxTokens": 3})
            assert result.stats.predicted_tokens_count == 3
            assert result.model_info.path == WIRE_PATH
        finally:
            model.unload()
        assert client.llm.list_loaded() == []
        with pytest.raises(lmstudio.LMStudioServerError):
            client.llm.unload("tiny-chat")  # not loaded any more


def test_prediction_on_unloaded_handle_fails(folder_server: EmbeddedServer) -> None:
    with lms.Client(folder_server.api_host) as client:
        model = client.llm.load_new_instance("tiny-chat", "short-lived", ttl=None)
        model.unload()
        with pytest.raises(lmstudio.LMStudioModelNotFoundError):
            model.respond("Hello", config={"maxTokens": 2})


def test_idle_instance_unloaded_after_ttl(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_app, "_IDLE_CHECK_SEC", 0.2)
    with (
        EmbeddedServer(models_dir=models_dir, preload=False) as server,
        lms.Client(server.api_host) as client,
    ):
        client.llm.load_new_instance("tiny-chat", "ephemeral", ttl=1)
        kept = client.llm.load_new_instance("tiny-chat", "kept", ttl=None)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if [m.identifier for m in client.llm.list_loaded()] == ["kept"]:
                break
            time.sleep(0.2)
        assert [m.identifier for m in client.llm.list_loaded()] == ["kept"]
        kept.unload()


def test_replay_engine_only_when_asked(embedded_server: EmbeddedServer) -> None:
    from lmsdk.server.batched_engine import BatchedLlamaEngine
    from lmsdk.server.llama_engine import LlamaEngine
    from lmsdk.server.replay_engine import ReplayEngine

    assert embedded_server.registry is not None
    assert isinstance(embedded_server.registry.instances[0].engine, BatchedLlamaEngine)
    with EmbeddedServer(engine="llama-serial") as server:
        assert server.registry is not None
        assert isinstance(server.registry.instances[0].engine, LlamaEngine)
    with pytest.raises(ValueError, match="unknown engine"):
        EmbeddedServer(engine="fast", preload=False)  # type: ignore[arg-type]
    with EmbeddedServer(engine="replay") as server, lms.Client(server.api_host) as client:
        assert server.registry is not None
        assert isinstance(server.registry.instances[0].engine, ReplayEngine)
        result = client.llm.model().respond("Hi", config={"maxTokens": 5})
        assert result.content == "The quick brown fox jumps"


def test_the_catalog_imports_no_engine() -> None:
    # Describing a model reads its GGUF header; it must not need llama.cpp or an HTTP client.
    import ast

    import lmsdk.server.catalog as catalog
    import lmsdk.server.model_files as model_files

    for module in (catalog, model_files):
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        imported = {
            name
            for node in ast.walk(tree)
            for name in (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
        }
        assert not [m for m in imported if "engine" in m or m.startswith(("llama_cpp", "httpx"))]
