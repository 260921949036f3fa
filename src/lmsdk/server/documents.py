"""What an uploaded file is, and its text: type sniffing and document parsing.

The type comes from the bytes (magic numbers, then "is it UTF-8 text"), never
from the client's name alone; the name's extension only tells plain text from
other text. Parsers are bounded so that a hostile document cannot exhaust the
server: a DOCX is read member by member with a cap on decompressed bytes (zip
bombs stop at the cap) and XML with a DOCTYPE is refused (entity expansion);
a PDF goes through pypdf with a page cap; every parser stops at
``MAX_TEXT_CHARS`` of output.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING, Final
from xml.etree import ElementTree

import attrs

from lmsdk._generated.chat import FileType
from lmsdk._generated.files import DocumentParsingLibraryIdentifier
from lmsdk.server.errors import ServerError

if TYPE_CHECKING:
    from lmsdk.server.file_store import StoredFile

__all__ = [
    "MAX_DOCX_XML_BYTES",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "ParsedDocument",
    "parse_document",
    "parser_for",
    "sniff_file_type",
]

MAX_TEXT_CHARS: Final = 2_000_000
"""Longest text a parse returns (about 500k tokens, far past any context window)."""
MAX_DOCX_XML_BYTES: Final = 32 * 1024 * 1024
"""Most bytes ``word/document.xml`` may inflate to."""
MAX_PDF_PAGES: Final = 2000

_TEXT_PLAIN_SUFFIXES: Final = (".txt", ".text", ".log")
_IMAGE_MAGIC: Final = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

TEXT_PARSER: Final = DocumentParsingLibraryIdentifier(library="lmsdk-text", version="1")
DOCX_PARSER: Final = DocumentParsingLibraryIdentifier(library="lmsdk-docx", version="1")


@attrs.frozen
class ParsedDocument:
    """A document's text and the parser that produced it."""

    text: str
    parser: DocumentParsingLibraryIdentifier


def sniff_file_type(name: str, data: bytes) -> FileType:
    """The kind of an uploaded file, from its content (and, for text, its name's extension)."""
    head = data[:16]
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/word" if _is_docx(data) else "unknown"
    if _is_text(data):
        lower = name.lower()
        plain = lower.endswith(_TEXT_PLAIN_SUFFIXES) or "." not in lower
        return "text/plain" if plain else "text/other"
    return "unknown"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _is_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the sample's end is still text.
        return exc.start >= len(sample) - 3 and len(data) > len(sample)
    return True


def parser_for(file_type: FileType) -> DocumentParsingLibraryIdentifier | None:
    """The parser a file of this type is parsed with, or None if it cannot be parsed."""
    if file_type in ("text/plain", "text/other"):
        return TEXT_PARSER
    if file_type == "application/word":
        return DOCX_PARSER
    if file_type == "application/pdf":
        return _pdf_parser()
    return None


def _pdf_parser() -> DocumentParsingLibraryIdentifier:
    import pypdf  # deferred: only PDF parsing needs it

    return DocumentParsingLibraryIdentifier(library="pypdf", version=pypdf.__version__)


def parse_document(
    stored: StoredFile, data: bytes, wanted: DocumentParsingLibraryIdentifier | None = None
) -> ParsedDocument:
    """The text of an uploaded document.

    Args:
        stored: The file (its type and name).
        data: Its bytes.
        wanted: A parser the client asked for; it must be the one this server uses.

    Raises:
        ServerError: The file is not a document this server parses, the wanted parser is
            not available, or the document is damaged or over the limits.
    """
    parser = parser_for(stored.file_type)
    if parser is None:
        raise ServerError(
            f'"{stored.name}" is not a document this server can parse',
            cause=f"its type is {stored.file_type}",
            suggestion="Send plain text, Markdown or other text, a PDF or a DOCX file.",
        )
    if wanted is not None and wanted.library != parser.library:
        raise ServerError(
            f'The parser "{wanted.library}" is not available for "{stored.name}"',
            cause=f"this server parses {stored.file_type} files with {parser.library} "
            f"{parser.version}",
        )
    if parser is TEXT_PARSER:
        text = data.decode("utf-8-sig", "replace")
    elif parser is DOCX_PARSER:
        text = _docx_text(stored.name, data)
    else:
        text = _pdf_text(stored.name, data)
    return ParsedDocument(text=text[:MAX_TEXT_CHARS], parser=parser)


def _damaged(name: str, cause: str) -> ServerError:
    return ServerError(f'"{name}" could not be parsed', cause=cause)


def _docx_text(name: str, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise _damaged(name, f"its text part declares {info.file_size} bytes")
            with archive.open(info) as member:
                # The declared size can lie: read one byte past the cap to catch that.
                xml = member.read(MAX_DOCX_XML_BYTES + 1)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise _damaged(name, f"not a readable DOCX archive ({exc})") from None
    if len(xml) > MAX_DOCX_XML_BYTES:
        raise _damaged(name, f"its text part inflates past {MAX_DOCX_XML_BYTES} bytes")
    if re.search(rb"<!DOCTYPE|<!ENTITY", xml[:4096] + xml[-4096:]) or b"<!ENTITY" in xml:
        raise _damaged(name, "its XML declares a DOCTYPE or entities")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise _damaged(name, f"its XML is malformed ({exc})") from None
    paragraphs: list[str] = []
    size = 0
    for paragraph in root.iter(_W + "p"):
        pieces: list[str] = []
        for node in paragraph.iter():
            if node.tag == _W + "t" and node.text:
                pieces.append(node.text)
            elif node.tag == _W + "tab":
                pieces.append("\t")
            elif node.tag in (_W + "br", _W + "cr"):
                pieces.append("\n")
        line = "".join(pieces)
        paragraphs.append(line)
        size += len(line) + 1
        if size > MAX_TEXT_CHARS:
            break
    return "\n".join(paragraphs)


def _pdf_text(name: str, data: bytes) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise _damaged(name, "it is encrypted")
        pages: list[str] = []
        size = 0
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES:
                break
            text = page.extract_text() or ""
            pages.append(text)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                break
    except ServerError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise _damaged(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    return "\n\n".join(pages)
