"""Client-side captures (`Client(capture=...)`, LMSDK_WIRE_CAPTURE) write the documented format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

import lmsdk
from lmsdk.wire.capture import CAPTURE_ENV, CaptureWriter
from lmsdk.wire.validate import validate_files
from tests.wire.sessions import Captures
from tests.wire.typed import read

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schema"


def record_validator() -> Draft202012Validator:
    """jsonschema's validator for one capture line, from schema/wire/capture.json."""
    schema = json.loads((SCHEMA_DIR / "wire/capture.json").read_text())
    registry: Registry[Any] = Registry().with_resource(
        "wire/capture.json", Resource.from_contents(schema)
    )
    return Draft202012Validator(
        {"$ref": "wire/capture.json#/$defs/CaptureRecord"}, registry=registry
    )


def test_client_capture_lines_match_the_capture_schema(captures: Captures) -> None:
    validator = record_validator()
    records = read(captures.lmsdk_client)
    assert len(records) > 40
    for record in records:
        validator.validate(record)
        assert set(record) == {"ts", "conn", "namespace", "from", "frame"}


def test_client_capture_validates_clean_and_hides_the_passkey(captures: Captures) -> None:
    report = validate_files([captures.lmsdk_client], strict=True)
    assert report.problems == [], report.render_text()
    assert report.connections == 2
    auth = [r["frame"] for r in read(captures.lmsdk_client) if "authVersion" in r["frame"]]
    assert len(auth) == 2 and {a["clientPasskey"] for a in auth} == {"<redacted>"}


def test_the_environment_variable_turns_capture_on(
    wire_upstream: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "env.jsonl"
    monkeypatch.setenv(CAPTURE_ENV, str(out))
    with lmsdk.Client(wire_upstream) as client:
        client.llm.list_loaded()
        client.system.version()
    report = validate_files([out], strict=True)
    assert report.problems == [] and report.frames == 8
    assert report.endpoints["llm/listLoaded"] == 2 and report.endpoints["system/version"] == 2


def test_keep_secrets(tmp_path: Path) -> None:
    auth = '{"authVersion":1,"clientIdentifier":"a","clientPasskey":"s3cret"}'
    for keep in (False, True):
        writer = CaptureWriter(tmp_path / f"{keep}.jsonl", keep_secrets=keep)
        writer.write("c1", "llm", "client", auth)
        writer.close()
        (record,) = read(tmp_path / f"{keep}.jsonl")
        assert record["frame"]["clientPasskey"] == ("s3cret" if keep else "<redacted>")


@pytest.mark.parametrize("text", ['{"n": 1e400}', '{"n": NaN}', '{"n": -Infinity}'])
def test_lines_stay_strict_json(tmp_path: Path, text: str) -> None:
    writer = CaptureWriter(tmp_path / "c.jsonl")
    writer.write("c1", "llm", "server", text)
    writer.close()
    line = (tmp_path / "c.jsonl").read_text()

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in a capture line")

    assert json.loads(line, parse_constant=refuse)["frame"] == text
