"""The validator holds captures to one protocol revision on request (`--revision`), and accepts both without."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lmsdk.cli import main
from lmsdk.wire.validate import validate_files, validate_lines
from tests.wire.sessions import Captures
from tests.wire.test_wire_validate import SPEC, authed, rec

FRAGMENT = {"content": "Hi", "tokensCount": 1, "containsDrafted": False, "reasoningType": "none"}
INSTANCE = {
    "type": "llm",
    "modelKey": "m",
    "format": "gguf",
    "displayName": "M",
    "path": "p/r/m.gguf",
    "sizeBytes": 1,
    "vision": False,
    "trainedForToolUse": False,
    "maxContextLength": 8,
    "identifier": "m",
    "instanceReference": "r",
    "contextLength": 8,
}
NEWER_INFO = {"publisher": "p", "indexedModelIdentifier": "p/r/m.gguf", "deviceIdentifier": None}


def _predict(fragment: dict[str, Any]) -> list[str]:
    create = {
        "type": "channelCreate",
        "endpoint": "predict",
        "channelId": 1,
        "creationParameter": {
            "modelSpecifier": SPEC,
            "history": {"messages": []},
            "predictionConfigStack": {"layers": []},
        },
    }
    packet = {"type": "fragment", "fragment": fragment}
    return authed(
        rec(create),
        rec({"type": "channelSend", "channelId": 1, "message": packet}, "server"),
    )


def _model_info(info: dict[str, Any]) -> list[str]:
    parameter = {"specifier": SPEC, "throwIfNotFound": True}
    return authed(
        rec({"type": "rpcCall", "endpoint": "getModelInfo", "callId": 1, "parameter": parameter}),
        rec({"type": "rpcResult", "callId": 1, "result": info}, "server"),
    )


def test_release_54_shapes_are_clean_without_a_revision_and_flagged_for_2_0_0() -> None:
    old_fragment = _predict(FRAGMENT)
    assert validate_lines(old_fragment).ok
    report = validate_lines(old_fragment, revision="2.0.0")
    (problem,) = report.problems
    assert (problem.line, problem.path, problem.kind, problem.severity) == (
        4,
        "$.message.fragment.isStructural",
        "missing",
        "error",
    )
    assert validate_lines(_predict({**FRAGMENT, "isStructural": False}), revision="2.0.0").ok


def test_2_0_0_needs_every_newer_model_info_field_and_null_counts_as_present() -> None:
    assert validate_lines(_model_info(INSTANCE)).ok
    report = validate_lines(_model_info(INSTANCE), revision="2.0.0")
    assert sorted(p.path for p in report.problems) == [
        "$.result.deviceIdentifier",
        "$.result.indexedModelIdentifier",
        "$.result.lastUsedTime",
        "$.result.publisher",
        "$.result.ttlMs",
    ]
    complete = {**INSTANCE, **NEWER_INFO, "ttlMs": None, "lastUsedTime": None}
    assert validate_lines(_model_info(complete), revision="2.0.0").ok


def test_release_54_flags_the_endpoints_2_0_0_added() -> None:
    lines = authed(
        rec({"type": "rpcCall", "endpoint": "info", "callId": 1}, namespace="system"),
        rec(
            {
                "type": "rpcResult",
                "callId": 1,
                "result": {"pid": 1, "isDaemon": True, "version": "1"},
            },
            "server",
            namespace="system",
        ),
        namespace="system",
    )
    assert validate_lines(lines).ok
    assert validate_lines(lines, revision="2.0.0").ok
    (problem,) = validate_lines(lines, revision="release-54").problems
    assert (problem.path, problem.kind, problem.found) == (
        "$.endpoint",
        "newer-endpoint",
        "'info', added in protocol 2.0.0",
    )


def test_real_sessions_suit_both_revisions_where_they_should(captures: Captures) -> None:
    # lmsdk serve sends every field 2.0.0 requires, to the old official client as to ours.
    for capture in (captures.official, captures.lmsdk_proxy, captures.lmsdk_client):
        report = validate_files([capture], revision="2.0.0")
        assert report.ok and not report.problems, report.render_text()
    # The official 1.5.0 client speaks Release-54 only; ours completes on 2.0.0's channel.
    assert not validate_files([captures.official], revision="release-54").problems
    newer = validate_files([captures.lmsdk_client], revision="release-54").problems
    assert {p.found for p in newer} == {"'completeRawText', added in protocol 2.0.0"}


@pytest.mark.parametrize(("revision", "code"), [("2.0.0", 1), ("release-54", 0)])
def test_the_command_takes_a_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], revision: str, code: int
) -> None:
    capture = tmp_path / "old.jsonl"
    capture.write_text("\n".join(_predict(FRAGMENT)) + "\n")
    assert main(["wire", "validate", str(capture), "--revision", revision]) == code
    assert ("isStructural" in capsys.readouterr().out) == (code == 1)
