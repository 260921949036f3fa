"""The validator's rules on small hand-written captures, its reports, and the CLI's exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lmsdk.cli import main
from lmsdk.wire.report import Report
from lmsdk.wire.validate import CaptureError, validate_files, validate_lines
from tests.wire.sessions import Captures

AUTH_PACKET = {"authVersion": 1, "clientIdentifier": "guest:x", "clientPasskey": "<redacted>"}
SPEC = {"type": "query", "query": {"identifier": "m"}}


def rec(frame: Any, origin: str = "client", conn: str = "c1", namespace: str = "llm") -> str:
    record = {"ts": 1.5, "conn": conn, "namespace": namespace, "from": origin, "frame": frame}
    return json.dumps(record)


def authed(*lines: str, conn: str = "c1", namespace: str = "llm") -> list[str]:
    """Lines 1 and 2 are the handshake; the given lines follow from line 3."""
    return [
        rec(AUTH_PACKET, conn=conn, namespace=namespace),
        rec({"success": True}, "server", conn=conn, namespace=namespace),
        *lines,
    ]


def only(report: Report) -> tuple[int, str, str, str]:
    assert len(report.problems) == 1, report.render_text()
    p = report.problems[0]
    return p.line, p.path, p.kind, p.severity


CLEAN = authed(
    rec({"type": "keepAlive"}),
    rec({"type": "keepAliveAck"}, "server"),
    rec({"type": "rpcCall", "endpoint": "listLoaded", "callId": 1}),
    rec({"type": "rpcResult", "callId": 1, "result": []}, "server"),
    rec(
        {
            "type": "rpcCall",
            "endpoint": "getModelInfo",
            "callId": 2,
            "parameter": {"specifier": SPEC, "throwIfNotFound": False},
        }
    ),
    rec({"type": "rpcResult", "callId": 2}, "server"),  # a miss: no result key
    rec(
        {
            "type": "rpcCall",
            "endpoint": "unloadModel",
            "callId": 3,
            "parameter": {"identifier": "m"},
        }
    ),
    rec({"type": "rpcError", "callId": 3, "error": {"title": "no such model"}}, "server"),
    rec({"type": "communicationWarning", "warning": "whatever"}, "server"),
)


def test_a_clean_capture_has_no_problems_and_counts_frames() -> None:
    report = validate_lines(CLEAN, strict=True)
    assert report.problems == [] and report.ok
    assert report.frames == 11 and report.connections == 1
    assert report.endpoints == {
        "(auth)": 2,
        "(keepAlive)": 1,
        "(keepAliveAck)": 1,
        "llm/listLoaded": 2,
        "llm/getModelInfo": 2,
        "llm/unloadModel": 2,
        "(communicationWarning)": 1,
    }


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            authed(rec({"type": "channelSend", "channelId": 7, "message": {"type": "cancel"}})),
            (3, "$.channelId", "sequence", "error"),
            id="send-on-unknown-channel",
        ),
        pytest.param(
            authed(rec({"type": "channelAck", "channelId": 7, "ackId": 0}, "server")),
            (3, "$.channelId", "sequence", "error"),
            id="ack-on-unknown-channel",
        ),
        pytest.param(
            authed(rec({"type": "rpcResult", "callId": 4, "result": []}, "server")),
            (3, "$.callId", "sequence", "error"),
            id="result-for-no-call",
        ),
        pytest.param(
            authed(rec({"type": "channelCreate", "endpoint": "listLoaded", "channelId": 1})),
            (3, "$.endpoint", "value", "error"),
            id="rpc-endpoint-opened-as-channel",
        ),
        pytest.param(
            authed(
                rec({"type": "rpcCall", "endpoint": "listLoaded", "callId": 1, "parameter": None})
            ),
            (3, "$.parameter", "value", "error"),
            id="parameter-for-an-endpoint-without",
        ),
        pytest.param(
            authed(rec({"type": "rpcCall", "endpoint": "countTokens", "callId": 1})),
            (3, "$.parameter", "missing", "error"),
            id="missing-parameter",
        ),
        pytest.param(
            authed(rec({"type": "channelCreate", "endpoint": "predict", "channelId": 1})),
            (3, "$.creationParameter", "missing", "error"),
            id="missing-creation-parameter",
        ),
        pytest.param(
            authed(
                rec(
                    {
                        "type": "rpcCall",
                        "endpoint": "unloadModel",
                        "callId": 1,
                        "parameter": {"identifier": "m"},
                    }
                ),
                rec({"type": "rpcResult", "callId": 1, "result": None}, "server"),
            ),
            (4, "$.result", "value", "error"),
            id="result-of-a-void-endpoint",
        ),
        pytest.param(
            authed(
                rec(
                    {
                        "type": "rpcCall",
                        "endpoint": "countTokens",
                        "callId": 1,
                        "parameter": {"specifier": SPEC, "inputString": "x"},
                    }
                ),
                rec({"type": "rpcResult", "callId": 1, "result": {"tokenCount": 1.5}}, "server"),
            ),
            (4, "$.result.tokenCount", "type", "error"),
            id="result-of-the-wrong-type",
        ),
        pytest.param(
            authed(
                rec({"type": "signalUpdate", "subscribeId": 1, "patches": [], "tags": []}, "server")
            ),
            (3, "$.subscribeId", "sequence", "error"),
            id="update-for-no-subscription",
        ),
        pytest.param(
            [rec({"type": "keepAlive"})],
            (1, "$", "sequence", "error"),
            id="message-before-auth",
        ),
        pytest.param(
            [rec(AUTH_PACKET), rec({"type": "keepAlive"})],
            (2, "$", "sequence", "error"),
            id="message-before-auth-reply",
        ),
        pytest.param(
            [rec({"success": True}, "server")],
            (1, "$", "sequence", "error"),
            id="auth-success-without-packet",
        ),
        pytest.param(
            [*authed(), rec(AUTH_PACKET)],
            (3, "$", "sequence", "error"),
            id="second-auth-packet",
        ),
        pytest.param(
            [
                rec(AUTH_PACKET),
                rec({"success": False, "error": "no"}, "server"),
                rec({"type": "keepAliveAck"}, "server"),
            ],
            (3, "$", "sequence", "error"),
            id="traffic-after-failed-auth",
        ),
        pytest.param(
            [rec({**AUTH_PACKET, "authVersion": 2})],
            (1, "$.authVersion", "value", "error"),
            id="auth-version",
        ),
        pytest.param(
            authed(rec("plain text")),
            (3, "$", "frame", "error"),
            id="frame-not-an-object",
        ),
        pytest.param(
            authed(rec({"type": "keepAlive"}, namespace="system")),
            (3, "record.namespace", "record", "error"),
            id="namespace-changes-within-a-connection",
        ),
        pytest.param(
            [
                json.dumps(
                    {
                        "ts": "now",
                        "conn": "c1",
                        "namespace": "llm",
                        "from": "client",
                        "frame": AUTH_PACKET,
                    }
                )
            ],
            (1, "record.ts", "type", "error"),
            id="record-ts",
        ),
        pytest.param(
            [
                json.dumps(
                    {
                        "ts": 1,
                        "conn": "c1",
                        "namespace": "llm",
                        "from": "proxy",
                        "frame": AUTH_PACKET,
                    }
                )
            ],
            (1, "record.from", "value", "error"),
            id="record-from",
        ),
        pytest.param(
            [json.dumps({"ts": 1, "namespace": "llm", "from": "client", "frame": AUTH_PACKET})],
            (1, "record.conn", "missing", "error"),
            id="record-conn",
        ),
        pytest.param(
            ["[1, 2]"],
            (1, "record", "type", "error"),
            id="record-not-an-object",
        ),
    ],
)
def test_rules(lines: list[str], expected: tuple[int, str, str, str]) -> None:
    assert only(validate_lines(lines)) == expected


def test_a_signal_error_ends_the_subscription() -> None:
    lines = authed(
        rec(
            {
                "type": "writableSignalSubscribe",
                "endpoint": "x",
                "subscribeId": 0,
                "creationParameter": None,
            }
        ),
        rec({"type": "writableSignalError", "subscribeId": 0, "error": {"title": "t"}}, "server"),
        rec({"type": "writableSignalUpdate", "subscribeId": 0, "patches": [], "tags": []}),
    )
    first, second = validate_lines(lines).problems
    assert (first.line, first.path, first.kind) == (3, "$.endpoint", "unknown-endpoint")
    assert (second.line, second.path, second.kind) == (5, "$.subscribeId", "sequence")
    assert second.found == "writableSignalUpdate for 0, ended at line 4"


def test_a_server_auth_timeout_needs_no_auth_packet() -> None:
    lines = [rec({"success": False, "error": "Authentication timed out"}, "server")]
    assert validate_lines(lines, strict=True).problems == []


@pytest.mark.parametrize(
    ("lines", "path", "kind"),
    [
        (authed(rec({"type": "keepAlive", "sequence": 3})), "$.sequence", "unknown-key"),
        (
            [
                json.dumps(
                    {
                        "ts": 1,
                        "conn": "c",
                        "namespace": "llm",
                        "from": "client",
                        "frame": AUTH_PACKET,
                        "seq": 1,
                    }
                )
            ],
            "record.seq",
            "unknown-key",
        ),
        (
            authed(
                rec(
                    {
                        "type": "rpcCall",
                        "endpoint": "someFutureEndpoint",
                        "callId": 1,
                        "parameter": {},
                    }
                )
            ),
            "$.endpoint",
            "unknown-endpoint",
        ),
        (
            authed(
                rec(
                    {
                        "type": "signalSubscribe",
                        "endpoint": "models",
                        "subscribeId": 0,
                        "creationParameter": None,
                    }
                )
            ),
            "$.endpoint",
            "unknown-endpoint",
        ),
        (
            authed(
                rec(
                    {
                        "type": "rpcCall",
                        "endpoint": "someFutureEndpoint",
                        "callId": 1,
                        "parameter": {},
                    },
                    namespace="someFutureNamespace",
                ),
                namespace="someFutureNamespace",
            ),
            "record.namespace",
            "unknown-namespace",
        ),
    ],
)
def test_newer_peers_are_warnings_unless_strict(lines: list[str], path: str, kind: str) -> None:
    tolerant, strict = validate_lines(lines), validate_lines(lines, strict=True)
    assert only(tolerant)[1:] == (path, kind, "warning") and tolerant.ok
    assert only(strict)[1:] == (path, kind, "error") and not strict.ok


def test_problems_render_with_place_expectation_and_finding() -> None:
    lines = authed(
        rec(
            {
                "type": "rpcCall",
                "endpoint": "countTokens",
                "callId": 1,
                "parameter": {"specifier": SPEC, "inputString": 5},
            }
        )
    )
    report = validate_lines(lines, source="s.jsonl")
    assert report.problems[0].render() == (
        "s.jsonl:3: [c1] error: $.parameter.inputString: expected a string, found 5"
        " (llm/countTokens parameter)"
    )
    text = report.render_text()
    assert "3 frames on 1 connections in 1 file(s), tolerant: 1 errors, 0 warnings" in text
    assert "llm/countTokens  1" in text


def test_connections_are_per_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(authed()) + "\n")
    second.write_text("\n".join(authed()) + "\n")  # the same conn id, in another file
    report = validate_files([first, second], strict=True)
    assert report.problems == [] and report.connections == 2


def test_blank_lines_are_skipped_and_empty_files_are_clean(tmp_path: Path) -> None:
    assert validate_lines(["", *CLEAN, "  \n"]).problems == []
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["wire", "validate", str(empty)]) == 0


def test_lines_that_are_not_json_are_unusable() -> None:
    with pytest.raises(CaptureError, match=r"^x.jsonl:3: not JSON Lines"):
        validate_lines([*authed(), "{truncated"], source="x.jsonl")


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = _write(tmp_path / "clean.jsonl", CLEAN)
    warned = _write(tmp_path / "warned.jsonl", authed(rec({"type": "keepAlive", "new": 1})))
    broken = _write(tmp_path / "broken.jsonl", authed(rec({"type": "keepAlive"}, "server")))
    not_jsonl = _write(tmp_path / "pretty.json", ["{", '  "a": 1', "}"])
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["wire", "validate", clean]) == 0
    assert main(["wire", "validate", warned]) == 0
    assert main(["wire", "validate", "--strict", warned]) == 1
    assert main(["wire", "validate", broken]) == 1
    assert main(["wire", "validate", clean, broken]) == 1
    capsys.readouterr()
    assert main(["wire", "validate", not_jsonl]) == 2
    assert "pretty.json:1: not JSON Lines" in capsys.readouterr().err
    assert main(["wire", "validate", str(binary)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert main(["wire", "validate", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["wire", "validate", str(tmp_path)]) == 2


def test_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = _write(
        tmp_path / "broken.jsonl",
        authed(
            rec({"type": "channelSend", "channelId": 2, "message": {"type": "fragment"}}, "server")
        ),
    )
    assert main(["wire", "validate", "--json", broken]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["errors"] == 1 and report["frames"] == 3
    assert report["files"] == [broken]
    (problem,) = report["problems"]
    assert problem == {
        "source": broken,
        "line": 3,
        "conn": "c1",
        "severity": "error",
        "kind": "sequence",
        "path": "$.channelId",
        "expected": "a channel opened by channelCreate",
        "found": "channelSend on channel 2, never opened",
        "context": "",
    }
    assert main(["wire", "validate", "--json", str(tmp_path / "nope.jsonl")]) == 2
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_the_command_runs_as_a_module(captures: Captures) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lmsdk.cli", "wire", "validate", "--strict", str(captures.official)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors, 0 warnings" in done.stdout and "llm/predict" in done.stdout
