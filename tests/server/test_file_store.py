"""Uploads and document parsing on the server side, with hostile input: nothing escapes the store."""

from __future__ import annotations

import base64
import io
import itertools
import os
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from lmsdk.server.chunking import split_recursive
from lmsdk.server.documents import (
    MAX_DOCX_XML_BYTES,
    parse_document,
    sniff_file_type,
)
from lmsdk.server.errors import ServerError
from lmsdk.server.file_store import FileStore, display_name

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def docx(body_xml: str | bytes, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX archive whose word/document.xml is body_xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return out.getvalue()


def paragraphs(*texts: str) -> str:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'


def minimal_pdf(text: str, *, deflated: bytes | None = None) -> bytes:
    """A one-page PDF showing text in Helvetica (or a given deflated stream), with a correct xref."""
    stream = deflated or f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    flate = b" /Filter /FlateDecode" if deflated else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.fixture
def store() -> Iterator[FileStore]:
    files = FileStore(max_file_bytes=64 * 1024, max_total_bytes=256 * 1024, max_files=8)
    yield files
    files.close()


def test_upload_is_stored_under_a_server_chosen_name(store: FileStore) -> None:
    stored = store.add("notes.txt", b64(b"hello"))
    assert stored.identifier.startswith("file-") and len(stored.identifier) == 37
    assert stored.path.parent == store.root and stored.path.name != "notes.txt"
    assert store.read(store.get(stored.identifier)) == b"hello"
    assert (stored.file_type, stored.size_bytes, stored.name) == ("text/plain", 5, "notes.txt")


@pytest.mark.parametrize(
    "name",
    ["../../escape.txt", "..\\..\\escape.txt", "/etc/passwd", "a/../../b.txt", "nul\x00byte.txt"],
)
def test_names_with_path_separators_never_reach_the_file_system(
    store: FileStore, name: str
) -> None:
    outside = sorted(os.listdir(store.root.parent))
    stored = store.add(name, b64(b"data"))
    assert stored.path.parent == store.root
    assert "/" not in stored.name and "\\" not in stored.name and "\x00" not in stored.name
    assert sorted(os.listdir(store.root.parent)) == outside  # nothing new beside the store
    assert [p.name for p in store.root.iterdir()] == [stored.path.name]


def test_display_name_keeps_the_last_component_only() -> None:
    assert display_name("../../secret/report.pdf") == "report.pdf"
    assert display_name("C:\\Users\\me\\a.txt") == "a.txt"
    assert display_name("../") == "file"
    assert len(display_name("x" * 1000)) == 255


@pytest.mark.parametrize("content", ["not base64!", "YWJj=ZGVm", "YQ", "Y" * 5, "🙂"])
def test_bad_base64_is_a_clear_error_and_writes_nothing(store: FileStore, content: str) -> None:
    with pytest.raises(ServerError, match="not valid base64"):
        store.add("x.txt", content)
    assert list(store.root.iterdir()) == []


def test_oversized_uploads_are_refused_before_and_after_decoding(store: FileStore) -> None:
    with pytest.raises(ServerError, match="too large"):
        store.add("big.bin", b64(b"x" * (64 * 1024 + 1)))
    with pytest.raises(ServerError, match="too large"):
        store.add("huge.bin", "A" * (10 * 1024 * 1024))  # refused before any decoding
    assert list(store.root.iterdir()) == []


def test_a_full_store_refuses_more(store: FileStore) -> None:
    for i in range(8):
        store.add(f"{i}.txt", b64(b"x"))
    with pytest.raises(ServerError, match="full"):
        store.add("9.txt", b64(b"x"))


def test_unknown_identifiers_are_a_clear_error(store: FileStore) -> None:
    with pytest.raises(ServerError, match="No uploaded file"):
        store.get("file-" + "0" * 32)
    with pytest.raises(ServerError, match="No uploaded file"):
        store.get("../../etc/passwd")


def test_close_removes_every_file(tmp_path: Path) -> None:
    files = FileStore()
    files.add("a.txt", b64(b"a"))
    root = files.root
    files.close()
    assert not root.exists()


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("dot.png", PNG, "image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "image"),
        ("anim.gif", b"GIF89a" + b"\x00" * 20, "image"),
        ("pic.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image"),
        ("paper.pdf", b"%PDF-1.4\n", "application/pdf"),
        ("letter.docx", docx(paragraphs("Hi")), "application/word"),
        ("archive.zip", docx(paragraphs("Hi"))[:0] + b"PK\x03\x04junk", "unknown"),
        ("notes.txt", b"plain words", "text/plain"),
        ("README", b"no extension", "text/plain"),
        ("notes.md", "# Title\n\nText \u00e9".encode(), "text/other"),
        ("image.png", b"# actually markdown", "text/other"),  # the bytes decide, not the name
        ("blob.bin", b"\x00\x01\x02\xff", "unknown"),
    ],
)
def test_type_is_sniffed_from_the_content(name: str, data: bytes, expected: str) -> None:
    assert sniff_file_type(name, data) == expected


def test_text_markdown_docx_and_pdf_parse(store: FileStore) -> None:
    for name, data, expected in [
        ("a.txt", "caf\u00e9\nline two".encode(), "caf\u00e9\nline two"),
        ("b.md", b"# Title\n\n- item", "# Title\n\n- item"),
        (
            "c.docx",
            docx(paragraphs("First paragraph.", "Second one.")),
            "First paragraph.\nSecond one.",
        ),
    ]:
        stored = store.add(name, b64(data))
        assert parse_document(stored, store.read(stored)).text == expected
    pdf = store.add("d.pdf", b64(minimal_pdf("Hello PDF world")))
    parsed = parse_document(pdf, store.read(pdf))
    assert "Hello PDF world" in parsed.text and parsed.parser.library == "pypdf"


def test_images_and_unknown_files_are_not_documents(store: FileStore) -> None:
    image = store.add("dot.png", b64(PNG))
    with pytest.raises(ServerError, match="not a document"):
        parse_document(image, store.read(image))


def _lie_about_size(archive: bytes, member: bytes, size: int) -> bytes:
    """The archive with member's uncompressed size in its local and central headers set to size."""
    data = bytearray(archive)
    for signature, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(member)] == member:
                data[start + offset : start + offset + 4] = size.to_bytes(4, "little")
            start += 4
    return bytes(data)


@pytest.mark.parametrize("lying", [False, True])
def test_a_docx_zip_bomb_stops_at_the_cap(store: FileStore, lying: bool) -> None:
    bomb = docx(b"<" + b"a" * (MAX_DOCX_XML_BYTES + 1024) + b">")
    if lying:  # the header claims a small text part; the reader must not trust it
        bomb = _lie_about_size(bomb, b"word/document.xml", 100)
    assert len(bomb) < 64 * 1024  # tiny on the wire
    stored = store.add("bomb.docx", b64(bomb))
    assert stored.file_type == "application/word"
    with pytest.raises(ServerError, match="could not be parsed") as caught:
        parse_document(stored, store.read(stored))
    cause = caught.value.error.cause or ""
    assert ("declares" in cause) if not lying else ("malformed" in cause or "readable" in cause)


def test_a_docx_with_entity_expansion_is_refused(store: FileStore) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    stored = store.add("laughs.docx", b64(docx(laughs)))
    with pytest.raises(ServerError, match="could not be parsed") as caught:
        parse_document(stored, store.read(stored))
    assert "DOCTYPE or entities" in (caught.value.error.cause or "")


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4\ngarbage without objects", minimal_pdf("x")[:60], b"%PDF-" + bytes(300)]
)
def test_damaged_pdfs_are_a_clear_error(store: FileStore, data: bytes) -> None:
    stored = store.add("broken.pdf", b64(data))
    try:
        text = parse_document(stored, store.read(stored)).text
    except ServerError as exc:
        assert "could not be parsed" in str(exc)
    else:
        assert text.strip() == ""  # pypdf may recover an empty document instead


def test_damaged_docx_is_a_clear_error(store: FileStore) -> None:
    broken = docx(paragraphs("ok"))
    stored = store.add("broken.docx", b64(broken[: len(broken) // 2] + b"PK\x03\x04"))
    if stored.file_type == "application/word":
        with pytest.raises(ServerError, match="could not be parsed"):
            parse_document(stored, store.read(stored))


def test_chunks_cover_the_text_in_order_within_the_size() -> None:
    text = "\n\n".join(f"Paragraph {i}: " + "word " * (i % 7 + 3) for i in range(40))

    def count(piece: str) -> int:
        return len(piece.split())

    chunks = split_recursive(text, 20, 5, count)
    assert all(count(c.text) <= 20 and c.text == text[c.start : c.end] for c in chunks)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    assert all(a.start < b.start and b.start <= a.end for a, b in itertools.pairwise(chunks))
    with pytest.raises(ValueError, match="chunkOverlap"):
        split_recursive(text, 10, 10, count)


def _deflate_bomb(size: int) -> bytes:
    """zlib data that inflates to size bytes of spaces, made without holding them."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    out = [packer.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n")]
    out += [packer.compress(chunk) for _ in range(size >> 20)]
    return b"".join(out) + packer.flush()


def test_a_pdf_deflate_bomb_is_refused_by_the_parser(tmp_path: Path) -> None:
    bomb = _deflate_bomb(300 * 1024 * 1024)
    pdf = minimal_pdf("", deflated=bomb)
    assert b"FlateDecode" in pdf and len(pdf) < 1024 * 1024
    files = FileStore()
    try:
        stored = files.add("bomb.pdf", b64(pdf))
        with pytest.raises(ServerError, match="could not be parsed") as caught:
            parse_document(stored, files.read(stored))
        assert "Limit" in (caught.value.error.cause or "")
    finally:
        files.close()
