"""What `lmsdk wire validate` found: problems with their place in a capture, counts, and their rendering."""

from __future__ import annotations

import collections
from typing import Any, Final, Literal

import attrs

__all__ = ["TOLERATED_KINDS", "Problem", "Report", "Severity", "severity_of"]

Severity = Literal["error", "warning"]

TOLERATED_KINDS: Final = frozenset(
    {"unknown-key", "unknown-enum", "unknown-endpoint", "unknown-namespace"}
)
"""Kinds of problem a newer peer causes legitimately: warnings unless validation is strict."""


def severity_of(kind: str, strict: bool) -> Severity:
    """The severity of a problem of this kind."""
    return "warning" if kind in TOLERATED_KINDS and not strict else "error"


@attrs.frozen
class Problem:
    """One thing wrong in a capture, where it is and what was expected instead."""

    source: str
    """The capture file (or the name given to the lines validated)."""
    line: int
    """1-based line number in source."""
    conn: str | None
    """The record's connection id, when it has one."""
    severity: Severity
    kind: str
    """type, missing, value, unknown-tag, unknown-key, unknown-enum, unknown-endpoint,
    unknown-namespace, sequence, record or frame."""
    path: str
    """JSON path with wire names: `$` is the frame, `record` the capture line around it."""
    expected: str
    found: str
    context: str = ""
    """What the path was checked as, e.g. `llm/predict toClientPacket`."""

    def render(self) -> str:
        """One human-readable line."""
        conn = f" [{self.conn}]" if self.conn is not None else ""
        context = f" ({self.context})" if self.context else ""
        if self.kind == "missing":
            what = f"missing required key, expected {self.expected}"
        elif self.kind == "unknown-key":
            what = f"unknown key holding {self.found}; expected {self.expected}"
        else:
            what = f"expected {self.expected}, found {self.found}"
        return f"{self.source}:{self.line}:{conn} {self.severity}: {self.path}: {what}{context}"

    def to_json(self) -> dict[str, Any]:
        """The problem as a JSON object."""
        return attrs.asdict(self)


@attrs.define
class Report:
    """Everything one validation run found."""

    strict: bool
    sources: list[str] = attrs.field(factory=list)
    frames: int = 0
    connections: int = 0
    endpoints: collections.Counter[str] = attrs.field(factory=collections.Counter)
    """Frames per endpoint (`llm/predict`), plus `(auth)`, `(keepAlive)` and the like."""
    problems: list[Problem] = attrs.field(factory=list)

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many problems are warnings."""
        return len(self.problems) - self.errors

    @property
    def ok(self) -> bool:
        """Whether the captures are clean (warnings allowed)."""
        return self.errors == 0

    def to_json(self) -> dict[str, Any]:
        """The machine-readable report printed by `--json`."""
        return {
            "ok": self.ok,
            "strict": self.strict,
            "files": self.sources,
            "frames": self.frames,
            "connections": self.connections,
            "errors": self.errors,
            "warnings": self.warnings,
            "endpoints": dict(sorted(self.endpoints.items())),
            "problems": [p.to_json() for p in self.problems],
        }

    def render_text(self) -> str:
        """Problems one per line, then the summary with the frame counts per endpoint."""
        lines = [p.render() for p in self.problems]
        mode = "strict" if self.strict else "tolerant"
        lines.append(
            f"{self.frames} frames on {self.connections} connections in {len(self.sources)} "
            f"file(s), {mode}: {self.errors} errors, {self.warnings} warnings"
        )
        width = max((len(name) for name in self.endpoints), default=0)
        for name, count in sorted(self.endpoints.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  {name:<{width}}  {count}")
        return "\n".join(lines)
