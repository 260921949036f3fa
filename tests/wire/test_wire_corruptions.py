"""Hypothesis breaks real captures in one place; the validator must report it at that line and path.

The captures are real sessions (the official client and ours against the embedded server, recorded
through the proxy) and validate clean, so whatever is reported comes from the corruption.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmsdk.wire.report import Report
from lmsdk.wire.validate import validate_lines
from tests.wire.sessions import Captures
from tests.wire.typed import Node, child, nodes, read

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WHICH = ["official", "lmsdk_proxy"]


@functools.cache
def _load(path: Path) -> tuple[list[dict[str, Any]], list[Node]]:
    records = read(path)
    return records, nodes(records)


def _capture(captures: Captures, which: str) -> tuple[list[dict[str, Any]], list[Node]]:
    records, found = _load(getattr(captures, which))
    assert validate_lines(map(json.dumps, records), strict=True).problems == []
    return records, found


def _validate(records: list[dict[str, Any]], strict: bool = False) -> Report:
    return validate_lines([json.dumps(r) for r in records], strict=strict)


def _at(frame: Any, path: str) -> tuple[Any, Any]:
    """The parent container and key of the value at a JSON path inside frame."""
    parts: list[Any] = []
    rest = path[1:]
    while rest:
        if rest.startswith("."):
            key = rest[1:].split(".", 1)[0].split("[", 1)[0]
            parts.append(key)
            rest = rest[1 + len(key) :]
        else:
            end = rest.index("]")
            inner = rest[1:end]
            parts.append(json.loads(inner) if inner.startswith('"') else int(inner))
            rest = rest[end + 1 :]
    parent = None
    value = frame
    for part in parts:
        parent, value = value, value[part]
    return parent, parts[-1] if parts else None


def _replace(records: list[dict[str, Any]], node: Node, new: Any) -> list[dict[str, Any]]:
    broken = copy.deepcopy(records)
    record = broken[node.line - 1]
    parent, key = _at(record["frame"], node.path)
    if parent is None:
        record["frame"] = new
    else:
        parent[key] = new
    return broken


def _reported(report: Report, line: int, path: str, severity: str, kind: str | None = None) -> None:
    matches = [
        p
        for p in report.problems
        if p.line == line and p.path == path and p.severity == severity and kind in (None, p.kind)
    ]
    shown = "\n".join(p.render() for p in report.problems)
    assert matches, f"expected a {severity} at line {line} {path}; got:\n{shown}"
    # Nothing before the corrupted line can be affected by it.
    assert all(p.line >= line for p in report.problems), shown


def _wrong_value(node: Node) -> Any:
    if node.kind == "object":
        return "not an object"
    if node.kind == "literal":
        return "1" if isinstance(node.value, int) else 12345
    if node.kind == "enum" or node.type is str:
        return 12345
    if node.type is bool:
        return "true"
    return "12"  # int and float


@pytest.mark.parametrize("which", WHICH)
@SETTINGS
@given(data=st.data())
def test_wrong_types_are_reported_at_their_path(captures: Captures, which: str, data: Any) -> None:
    records, found = _capture(captures, which)
    node = data.draw(st.sampled_from([n for n in found if n.kind != "union"]))
    report = _validate(_replace(records, node, _wrong_value(node)))
    _reported(report, node.line, node.path, "error")


@pytest.mark.parametrize("which", WHICH)
@SETTINGS
@given(data=st.data())
def test_missing_required_keys_are_reported(captures: Captures, which: str, data: Any) -> None:
    records, found = _capture(captures, which)
    node = data.draw(st.sampled_from([n for n in found if n.required]))
    key = data.draw(st.sampled_from(node.required))
    broken_value = {k: v for k, v in node.value.items() if k != key}
    report = _validate(_replace(records, node, broken_value))
    _reported(report, node.line, child(node.path, key), "error", "missing")


@pytest.mark.parametrize("which", WHICH)
@SETTINGS
@given(data=st.data(), tag=st.sampled_from(["zzUnknown", "FRAGMENT", "", "channelsend"]))
def test_unknown_packet_types_are_errors(
    captures: Captures, which: str, data: Any, tag: str
) -> None:
    records, found = _capture(captures, which)
    node = data.draw(st.sampled_from([n for n in found if n.kind == "union"]))
    disc = next(k for k in ("type", "role", "code") if k in node.value)
    report = _validate(_replace(records, node, {**node.value, disc: tag}))
    _reported(report, node.line, child(node.path, disc), "error", "unknown-tag")


@pytest.mark.parametrize("strict", [False, True])
@SETTINGS
@given(data=st.data())
def test_unknown_keys_warn_unless_strict(captures: Captures, strict: bool, data: Any) -> None:
    records, found = _capture(captures, data.draw(st.sampled_from(WHICH)))
    node = data.draw(st.sampled_from([n for n in found if n.kind == "object"]))
    report = _validate(_replace(records, node, {**node.value, "zzExtra": [1]}), strict)
    _reported(report, node.line, child(node.path, "zzExtra"), "error" if strict else "warning")
    assert len(report.problems) == 1
    assert report.ok is not strict


@pytest.mark.parametrize("strict", [False, True])
@SETTINGS
@given(data=st.data())
def test_unknown_enum_values_warn_unless_strict(
    captures: Captures, strict: bool, data: Any
) -> None:
    records, found = _capture(captures, data.draw(st.sampled_from(WHICH)))
    node = data.draw(st.sampled_from([n for n in found if n.kind == "enum"]))
    report = _validate(_replace(records, node, "zzNewValue"), strict)
    _reported(report, node.line, node.path, "error" if strict else "warning", "unknown-enum")
    assert len(report.problems) == 1
