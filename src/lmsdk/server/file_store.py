"""Uploaded files: kept in the server's own folder under names the server chooses.

Nothing a client sends ever reaches the file system as a path: the upload's
``name`` is kept only for display, every stored file is named by a random
token inside a private temporary folder, and files are found again only by
the random identifier the upload returned. Uploads are size-limited one by
one and in total, and base64 is decoded strictly.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import shutil
import tempfile
import threading
import unicodedata
import weakref
from pathlib import Path
from typing import Final

import attrs

from lmsdk._generated.chat import FileType
from lmsdk.server.documents import parse_document, sniff_file_type
from lmsdk.server.errors import ServerError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_FILES",
    "MAX_TOTAL_BYTES",
    "FileStore",
    "StoredFile",
    "display_name",
]

MAX_FILE_BYTES: Final = 10 * 1024 * 1024
"""Largest upload (its base64 must also fit in one 16 MiB frame)."""
MAX_TOTAL_BYTES: Final = 256 * 1024 * 1024
"""All uploads of one server together."""
MAX_FILES: Final = 1000
"""Most files one server keeps."""
_MAX_NAME = 255


@attrs.frozen
class StoredFile:
    """An uploaded file."""

    identifier: str
    name: str
    """The client's name for it, cleaned, for display only."""
    file_type: FileType
    size_bytes: int
    path: Path
    """Where the server keeps it (a server-chosen name in the store's folder)."""


def display_name(name: str) -> str:
    """The client's file name made safe to show: its last path component, no control characters.

    It is never used as a path; this only keeps logs and prompts readable.
    """
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    clean = "".join(c for c in last if unicodedata.category(c)[0] != "C").strip()
    return clean[:_MAX_NAME] or "file"


class FileStore:
    """The uploaded files of one server, in a private temporary folder removed when closed."""

    def __init__(
        self,
        *,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_total_bytes: int = MAX_TOTAL_BYTES,
        max_files: int = MAX_FILES,
    ) -> None:
        """Create the folder (mode 0700) the files will be kept in.

        The folder goes when the store is closed, garbage collected, or the process exits.
        """
        self.root = Path(tempfile.mkdtemp(prefix="lmsdk-files-"))
        self._remove = weakref.finalize(self, shutil.rmtree, self.root, ignore_errors=True)
        self.max_file_bytes = max_file_bytes
        self.max_total_bytes = max_total_bytes
        self.max_files = max_files
        self._files: dict[str, StoredFile] = {}
        self._texts: dict[str, str] = {}
        self._total = 0
        self._lock = threading.Lock()

    def add(self, name: str, content_base64: str) -> StoredFile:
        """Decode and store an upload.

        Raises:
            ServerError: The base64 is invalid, the file is too large, or the store is full.
        """
        # Refuse before decoding: a huge upload should cost no memory beyond its frame.
        if len(content_base64) > 4 * ((self.max_file_bytes + 2) // 3) + 4:
            raise self._too_large(len(content_base64) * 3 // 4)
        try:
            data = base64.b64decode(content_base64, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ServerError(
                "The upload is not valid base64",
                cause=str(exc),
                suggestion="Send the file's bytes base64-encoded (RFC 4648, with padding).",
            ) from None
        if len(data) > self.max_file_bytes:
            raise self._too_large(len(data))
        shown = display_name(name)
        file_type = sniff_file_type(shown, data)
        with self._lock:
            if len(self._files) >= self.max_files or self._total + len(data) > self.max_total_bytes:
                raise ServerError(
                    "The server's file store is full",
                    cause=f"it holds {len(self._files)} files, {self._total} bytes",
                    suggestion="Restart the server to clear its uploads.",
                )
            identifier = "file-" + secrets.token_hex(16)
            path = self.root / secrets.token_hex(16)
            self._total += len(data)
            stored = StoredFile(identifier, shown, file_type, len(data), path)
            self._files[identifier] = stored
        try:
            # "x": never replace an existing file; the name is random and inside our folder.
            with path.open("xb") as out:
                out.write(data)
        except OSError:
            with self._lock:
                self._files.pop(identifier, None)
                self._total -= len(data)
            raise
        return stored

    def get(self, identifier: str) -> StoredFile:
        """The file an upload identifier names.

        Raises:
            ServerError: No file has that identifier.
        """
        with self._lock:
            found = self._files.get(identifier)
        if found is None:
            raise ServerError(
                f'No uploaded file has the identifier "{identifier[:80]}"',
                cause="The identifier does not come from this server's files/uploadFileBase64, "
                "or the server was restarted since.",
                suggestion="Upload the file again (prepare_file / prepare_image).",
            )
        return found

    def read(self, stored: StoredFile) -> bytes:
        """The bytes of a stored file."""
        return stored.path.read_bytes()

    def text(self, stored: StoredFile) -> str:
        """A stored document's text, parsed once (every later turn of a chat reads it again).

        Raises:
            ServerError: The file is not a document this server can parse, or is damaged.
        """
        with self._lock:
            found = self._texts.get(stored.identifier)
        if found is None:
            found = parse_document(stored, self.read(stored)).text
            with self._lock:
                self._texts[stored.identifier] = found
        return found

    def close(self) -> None:
        """Delete every stored file and the folder."""
        with self._lock:
            self._files.clear()
            self._texts.clear()
            self._total = 0
        self._remove()

    def _too_large(self, size: int) -> ServerError:
        return ServerError(
            "The file is too large to upload",
            cause=f"about {size} bytes; this server accepts files of at most "
            f"{self.max_file_bytes} bytes",
        )
