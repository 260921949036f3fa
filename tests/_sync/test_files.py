# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from tests/_async/test_files.py.
"""End to end: uploads, documents in chats, images and retrieval, against the embedded server."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from lmsdk._sync.client import Client
from lmsdk.chat import Chat
from lmsdk.errors import LMStudioClientError, LMStudioError
from lmsdk.files import FileHandle

MODEL = "smollm2-135m-instruct"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
DOC = "\n\n".join(
    [
        "The lighthouse keeper logs the weather at dawn.",
        "Bread rises faster in a warm kitchen.",
        "The vault code is written on the blue card.",
        "Migrating birds follow the coastline south.",
    ]
)


def test_prepare_file_from_a_path_bytes_or_a_file_object(api_host: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(DOC)
    with Client(api_host) as client:
        from_path = client.files.prepare_file(path)
        from_bytes = client.files.prepare_file(DOC.encode(), "copy.md")
        with path.open("rb") as handle:
            from_object = client.files.prepare_file(handle)
        image = client.files.prepare_image(io.BytesIO(PNG), "dot.png")
        with pytest.raises(LMStudioClientError, match="name="):
            client.files.prepare_file(b"no name")
    assert (from_path.name, from_path.file_type, from_path.size_bytes) == (
        "notes.txt",
        "text/plain",
        len(DOC),
    )
    assert (from_bytes.name, from_bytes.file_type) == ("copy.md", "text/other")
    assert from_object.name == "notes.txt"
    assert len({from_path.identifier, from_bytes.identifier, from_object.identifier}) == 3
    assert (image.file_type, image.size_bytes) == ("image", len(PNG))


def test_parse_document_returns_the_text(api_host: str) -> None:
    with Client(api_host) as client:
        handle = client.files.prepare_file(DOC.encode(), "notes.txt")
        seen: list[float] = []
        parsed = client.files.parse_document(handle, on_progress=seen.append)
        library = client.files.get_document_parsing_library(handle)
        image = client.files.prepare_image(PNG, "dot.png")
        with pytest.raises(LMStudioError, match="not a document"):
            client.files.parse_document(image)
    assert parsed.content == DOC
    assert parsed.parser == library
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_a_document_in_the_history_is_given_to_the_model(api_host: str) -> None:
    with Client(api_host) as client:
        handle = client.files.prepare_file(DOC.encode(), "notes.txt")
        model = client.llm.model(MODEL)
        chat = Chat()
        chat.add_user_message("Where is the vault code written?", files=[handle])
        prompt = model.apply_prompt_template(chat)
        result = model.respond(chat, config={"maxTokens": 4})
        bare = model.respond("Where is the vault code written?", config={"maxTokens": 4})
    assert DOC in prompt and "notes.txt" in prompt
    assert prompt.index(DOC) < prompt.index("Where is the vault code written?")
    assert result.stats.prompt_tokens_count is not None
    assert bare.stats.prompt_tokens_count is not None
    assert result.stats.prompt_tokens_count > bare.stats.prompt_tokens_count + 30


def test_an_image_for_a_model_without_vision_is_refused_naming_it(api_host: str) -> None:
    with Client(api_host) as client:
        image = client.files.prepare_image(PNG, "dot.png")
        model = client.llm.model(MODEL)
        chat = Chat()
        chat.add_user_message("What is in this picture?", images=[image])
        with pytest.raises(LMStudioError, match=f'"{MODEL}" does not support images') as caught:
            model.respond(chat, config={"maxTokens": 4})
    assert "generic.engineDoesNotSupportFeature" in str(caught.value) or caught.value


def test_an_unknown_file_identifier_is_a_clear_error(api_host: str) -> None:
    forged = FileHandle(
        name="x.txt", identifier="file-" + "0" * 32, size_bytes=1, file_type="text/plain"
    )
    with Client(api_host) as client:
        model = client.llm.model(MODEL)
        chat = Chat()
        chat.add_user_message("Read this", files=[forged])
        with pytest.raises(LMStudioError, match="No uploaded file"):
            model.respond(chat, config={"maxTokens": 4})
        with pytest.raises(LMStudioError, match="No uploaded file"):
            client.files.retrieve("anything", [forged])


def test_a_prompt_preview_names_files_it_cannot_read(api_host: str) -> None:
    forged = FileHandle(
        name="elsewhere.txt", identifier="file-" + "0" * 32, size_bytes=1, file_type="text/plain"
    )
    with Client(api_host) as client:
        image = client.files.prepare_image(PNG, "dot.png")
        model = client.llm.model(MODEL)
        chat = Chat()
        chat.add_user_message("Compare", images=[image], files=[forged])
        prompt = model.apply_prompt_template(chat)
    assert "[Attached file: dot.png]" in prompt and "[Attached file: elsewhere.txt]" in prompt


def test_retrieve_ranks_chunks_and_cites_their_source(api_host: str) -> None:
    with Client(api_host) as client:
        handle = client.files.prepare_file(DOC.encode(), "notes.txt")
        other = client.files.prepare_file(b"Completely different words here.", "b.txt")
        steps: list[tuple[str, float]] = []
        result = client.files.retrieve(
            "Where is the vault code?",
            [handle, other],
            limit=3,
            chunk_size=16,
            chunk_overlap=0,
            on_file_processing_step_progress=lambda f, step, p: steps.append((step, p)),
        )
        # A query equal to a chunk's text embeds to that chunk's vector: it must come first.
        target = result.entries[-1]
        again = client.files.retrieve(
            target.content, [handle, other], limit=1, chunk_size=16, chunk_overlap=0
        )
    assert 1 <= len(result.entries) <= 3
    scores = [e.score for e in result.entries]
    assert scores == sorted(scores, reverse=True)
    for entry in result.entries:
        assert entry.source in (handle, other)
        text = DOC if entry.source == handle else "Completely different words here."
        assert entry.content in text
        assert entry.line_number is not None and 1 <= entry.line_number[0] <= entry.line_number[1]
    assert ("embedding", 1.0) in steps
    assert again.entries[0].content == target.content
    assert again.entries[0].score == pytest.approx(1.0, abs=1e-4)


def test_retrieve_refuses_bad_settings(api_host: str) -> None:
    with Client(api_host) as client:
        handle = client.files.prepare_file(DOC.encode(), "notes.txt")
        with pytest.raises(LMStudioError, match="retrieval"):
            client.files.retrieve("q", [handle], chunk_size=8, chunk_overlap=8)
        with pytest.raises(LMStudioError, match="smollm2-135m-instruct"):
            client.files.retrieve("q", [handle], embedding_model=MODEL)
        with pytest.raises(LMStudioClientError, match="handles"):
            client.files.retrieve("q", ["file-1"])  # type: ignore[list-item]


def test_hostile_uploads_over_the_wire_are_clear_errors(api_host: str) -> None:
    from lmsdk._generated.client_sync import FilesEndpoints
    from lmsdk._generated.files import UploadFileBase64Parameter

    with Client(api_host) as client:
        endpoints = FilesEndpoints(client.session("files"))
        with pytest.raises(LMStudioError, match="not valid base64"):
            endpoints.upload_file_base64(
                UploadFileBase64Parameter(name="x.txt", content_base64="not base64!")
            )
        with pytest.raises(LMStudioError, match="too large"):
            endpoints.upload_file_base64(
                UploadFileBase64Parameter(
                    name="big.bin",
                    content_base64=base64.b64encode(bytes(11 * 1024 * 1024)).decode(),
                )
            )
        stored = endpoints.upload_file_base64(
            UploadFileBase64Parameter(name="../../etc/passwd", content_base64="aGk=")
        )
        handle = FileHandle(
            name="passwd", identifier=stored.identifier, size_bytes=2, file_type=stored.file_type
        )
        parsed = client.files.parse_document(handle)
    assert stored.identifier.startswith("file-") and parsed.content == "hi"


def test_retrieve_with_an_embedding_model_handle_or_key(api_host: str) -> None:
    with Client(api_host) as client:
        handle = client.files.prepare_file(DOC.encode(), "notes.txt")
        embedder = client.embedding.model("smollm2-135m-instruct-embedding-mode")
        by_handle = client.files.retrieve("vault", [handle], embedding_model=embedder, limit=1)
        by_key = client.files.retrieve(
            "vault", [handle], embedding_model=embedder.identifier, limit=1
        )
    assert by_handle.entries[0].content == by_key.entries[0].content
    assert by_handle.entries[0].score == pytest.approx(by_key.entries[0].score)


def test_pdf_and_docx_documents_parse_over_the_wire(api_host: str) -> None:
    from tests.server.test_file_store import docx, minimal_pdf, paragraphs

    with Client(api_host) as client:
        pdf = client.files.prepare_file(minimal_pdf("Quarterly report"), "report.pdf")
        word = client.files.prepare_file(docx(paragraphs("Dear team,", "Thanks.")), "a.docx")
        pdf_text = client.files.parse_document(pdf)
        word_text = client.files.parse_document(word)
    assert (pdf.file_type, word.file_type) == ("application/pdf", "application/word")
    assert "Quarterly report" in pdf_text.content and pdf_text.parser.library == "pypdf"
    assert word_text.content == "Dear team,\nThanks."
