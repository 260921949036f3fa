"""The capture format: JSON Lines, one WebSocket frame per line.

`{"ts": <unix seconds>, "conn": "<connection id>", "namespace": "llm", "from": "client"|"server",
"frame": <the frame's JSON>}` (schema: schema/wire/capture.json). The auth packet's passkey is replaced by
"<redacted>" unless the writer is asked to keep it, so captures can be shared.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import threading
import time
from pathlib import Path
from typing import Any, Literal, TextIO

REDACTED = "<redacted>"
CAPTURE_ENV = "LMSDK_WIRE_CAPTURE"

_ids = itertools.count(1)


def redact(frame: Any) -> Any:
    """The frame with an auth packet's passkey hidden."""
    if isinstance(frame, dict) and "clientPasskey" in frame:
        return {**frame, "clientPasskey": REDACTED}
    return frame


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise ValueError(f"{text} does not fit a float")
    return value


class CaptureWriter:
    """Appends frames to a capture file; thread-safe, flushed per line so a crash loses nothing.

    Args:
        path: the .jsonl file (appended to).
        keep_secrets: write the auth passkey as sent instead of redacting it.
    """

    def __init__(self, path: str | os.PathLike[str], *, keep_secrets: bool = False) -> None:
        self.path = Path(path)
        self.keep_secrets = keep_secrets
        self._lock = threading.Lock()
        self._file: TextIO = self.path.open("a", encoding="utf-8")

    def write(
        self,
        conn: str,
        namespace: str,
        origin: Literal["client", "server"],
        text: str,
        *,
        ts: float | None = None,
    ) -> None:
        """Record one frame as received or sent (text that is not JSON is kept as a string).

        Args:
            conn: the connection id.
            namespace: the socket's namespace.
            origin: which peer sent the frame.
            text: the frame's text.
            ts: when the frame was seen (default: now); the recording proxy writes from a
                background thread, after the frame was forwarded, and passes the time it arrived.
        """
        try:
            # NaN, Infinity and numbers too big for a float (1e400) would be written back as
            # NaN/Infinity, which is not JSON: such a frame is kept as its text instead.
            frame: Any = json.loads(text, parse_constant=_not_json, parse_float=_finite)
        except ValueError:
            frame = text
            if not self.keep_secrets and "clientPasskey" in text:
                frame = f"<a frame that is not JSON, with a passkey: {REDACTED}>"
        if not self.keep_secrets:
            frame = redact(frame)
        line = json.dumps(
            {
                "ts": time.time() if ts is None else ts,
                "conn": conn,
                "namespace": namespace,
                "from": origin,
                "frame": frame,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        with self._lock:
            self._file.write(line + "\n")
            self._file.flush()

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._file.close()


class CaptureHook:
    """What a client session calls for each frame: names its connection and writes through."""

    def __init__(self, writer: CaptureWriter) -> None:
        self.writer = writer
        self._conns: dict[str, str] = {}

    def opened(self, namespace: str) -> None:
        """A socket for namespace opened: give it a fresh connection id."""
        self._conns[namespace] = f"c{os.getpid()}-{next(_ids)}"

    def closed(self, namespace: str) -> None:
        """The socket for namespace closed."""
        self._conns.pop(namespace, None)

    def frame(self, namespace: str, origin: Literal["client", "server"], text: str) -> None:
        """Record a frame on namespace's current socket."""
        conn = self._conns.get(namespace) or f"c{os.getpid()}-0"
        self.writer.write(conn, namespace, origin, text)
