"""`lmsdk wire validate`: check captured frames against the generated models and the protocol's sequence.

Each line of a capture is one record (schema/wire/capture.json). Records are grouped into connections
by their `conn` id (per file); each connection is followed by `lmsdk.wire.sequence.Connection`, which
checks auth-first ordering, channel/call/subscription lifecycles and every payload against the type
its endpoint declares. Problems carry the line, connection, wire-named JSON path, what was expected
and what was found. Unknown keys, enum values, endpoints and namespaces are what newer servers send:
warnings, unless `strict` makes them errors.

Example:
    >>> report = validate_lines(['{"ts": 1, "conn": "a", "namespace": "llm", "from": "client",'
    ...                          ' "frame": {"type": "keepAlive"}}'])
    >>> report.problems[0].render()
    '<capture>:1: [a] error: $: expected the auth packet before any message, found keepAlive'
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import Any, Final

from lmsdk._generated.wire import CaptureRecord
from lmsdk._protocol.describe import show_value
from lmsdk.wire.report import Problem, Report, severity_of
from lmsdk.wire.revisions import Revision
from lmsdk.wire.sequence import MANIFESTS, Connection
from lmsdk.wire.typecheck import check

__all__ = ["CaptureError", "Validator", "validate_files", "validate_lines"]

_ORIGINS: Final = ("client", "server")


class CaptureError(Exception):
    """The input is not a capture at all (unreadable, not UTF-8, not JSON Lines): nothing to judge."""


class Validator:
    """Validates capture records fed in order; the result accumulates in `report`.

    Args:
        strict: make unknown keys, enum values, endpoints and namespaces errors instead of warnings.
        revision: also hold the capture to what this protocol revision's peers need (the fields
            2.0.0 requires, or only the endpoints Release-54 knows); None accepts either.
    """

    def __init__(self, *, strict: bool = False, revision: Revision | None = None) -> None:
        self.report = Report(strict=strict)
        self.revision = revision
        self._connections: dict[tuple[str, str], Connection] = {}

    def feed_file(self, path: str | os.PathLike[str]) -> None:
        """Validate every line of a capture file.

        Raises:
            CaptureError: if the file cannot be read or is not JSON Lines.
        """
        source = os.fspath(path)
        self.report.sources.append(source)
        try:
            with open(source, encoding="utf-8") as lines:
                for number, text in enumerate(lines, 1):
                    self.feed_line(source, number, text)
        except OSError as exc:
            raise CaptureError(f"{source}: cannot read: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise CaptureError(f"{source}: not a capture: not UTF-8 text ({exc.reason})") from exc

    def feed_line(self, source: str, number: int, text: str) -> None:
        """Validate one line of a capture (blank lines are skipped).

        Raises:
            CaptureError: if the line is not JSON.
        """
        if not text.strip():
            return
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise CaptureError(f"{source}:{number}: not JSON Lines: {exc}") from exc
        self.feed_record(source, number, record)

    def feed_record(self, source: str, number: int, record: Any) -> None:
        """Validate one decoded capture record."""
        report = self.report
        report.frames += 1
        # The common case is tested inline: the generated model is only consulted to explain a bad record.
        if not (
            type(record) is dict
            and len(record) == 5
            and type(record.get("ts")) in (float, int)
            and type(record.get("conn")) is str
            and type(record.get("namespace")) is str
            and record.get("from") in _ORIGINS
            and "frame" in record
        ):
            for f in check(record, CaptureRecord, "record"):
                # A new value of `from` cannot be followed, unlike a new key or a frame's new enum value.
                kind = "value" if f.kind == "unknown-enum" else f.kind
                report.problems.append(
                    Problem(
                        source,
                        number,
                        _conn_of(record),
                        severity_of(kind, report.strict),
                        kind,
                        f.path,
                        f.expected,
                        f.found,
                        "capture record",
                    )
                )
            if not (
                isinstance(record, dict)
                and isinstance(record.get("conn"), str)
                and isinstance(record.get("namespace"), str)
                and record.get("from") in _ORIGINS
                and "frame" in record
            ):
                report.endpoints["(bad record)"] += 1
                return  # without a connection and a direction the frame cannot be followed
        conn_id: str = record["conn"]
        namespace: str = record["namespace"]
        connection = self._connections.get((source, conn_id))
        if connection is None:
            connection = self._open(source, number, conn_id, namespace)
        elif connection.namespace != namespace:
            report.problems.append(
                Problem(
                    source,
                    number,
                    conn_id,
                    "error",
                    "record",
                    "record.namespace",
                    f"{connection.namespace!r}, the namespace of the connection's first line",
                    show_value(namespace),
                    "capture record",
                )
            )
        connection.frame(number, record["from"], record["frame"])

    def _open(self, source: str, number: int, conn_id: str, namespace: str) -> Connection:
        connection = Connection(self.report, source, conn_id, namespace, self.revision)
        self._connections[(source, conn_id)] = connection
        self.report.connections += 1
        if namespace not in MANIFESTS:
            kind = "unknown-namespace"
            self.report.problems.append(
                Problem(
                    source,
                    number,
                    conn_id,
                    severity_of(kind, self.report.strict),
                    kind,
                    "record.namespace",
                    "a namespace with an endpoint manifest (" + ", ".join(MANIFESTS) + ")",
                    f"{show_value(namespace)}: payloads on this connection are not checked",
                    "capture record",
                )
            )
        return connection


def _conn_of(record: Any) -> str | None:
    conn = record.get("conn") if isinstance(record, dict) else None
    return conn if isinstance(conn, str) else None


def validate_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    strict: bool = False,
    revision: Revision | None = None,
) -> Report:
    """Validate capture files (connections are followed within each file).

    Args:
        paths: the .jsonl capture files.
        strict: make unknown keys, enum values, endpoints and namespaces errors.
        revision: also check what this protocol revision's peers need (see Validator).

    Returns:
        The report.

    Raises:
        CaptureError: if a file cannot be read or is not JSON Lines.
    """
    validator = Validator(strict=strict, revision=revision)
    for path in paths:
        validator.feed_file(path)
    return validator.report


def validate_lines(
    lines: Iterable[str],
    *,
    source: str = "<capture>",
    strict: bool = False,
    revision: Revision | None = None,
) -> Report:
    """Validate capture lines held in memory (numbered from 1, as in a file).

    Raises:
        CaptureError: if a line is not JSON.
    """
    validator = Validator(strict=strict, revision=revision)
    validator.report.sources.append(source)
    for number, text in enumerate(lines, 1):
        validator.feed_line(source, number, text)
    return validator.report
