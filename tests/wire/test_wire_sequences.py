"""Hypothesis breaks the order of real captures; the validator must flag the first frame that is out of place.

Each test inserts, copies or drops whole records of a clean capture (same connection), so every frame
still decodes: only the sequence rules can find the fault, at the line and path asserted here.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lmsdk.wire.report import Report
from lmsdk.wire.validate import validate_lines
from tests.wire.sessions import Captures
from tests.wire.typed import read

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WHICH = ["official", "lmsdk_proxy"]
_FINAL = {"success", "loadSuccess", "alreadyLoaded"}


@functools.cache
def _records(path: Path) -> list[dict[str, Any]]:
    return read(path)


def _type(record: dict[str, Any]) -> str | None:
    kind = record["frame"].get("type")
    return f"{record['from']}:{kind}" if kind else None


def _id_key(record: dict[str, Any]) -> str:
    return "callId" if "callId" in record["frame"] else "channelId"


def _indexes(records: list[dict[str, Any]], *types: str) -> list[int]:
    return [i for i, r in enumerate(records) if _type(r) in types]


def _validate(records: list[dict[str, Any]]) -> Report:
    return validate_lines([json.dumps(r) for r in records])


def _flagged(report: Report, line: int, path: str) -> None:
    shown = "\n".join(p.render() for p in report.problems)
    assert any(
        p.line == line and p.path == path and p.kind == "sequence" and p.severity == "error"
        for p in report.problems
    ), f"expected a sequence error at line {line} {path}; got:\n{shown}"
    assert all(p.line >= line for p in report.problems), shown
    assert not report.ok


def _later_same_conn(records: list[dict[str, Any]], i: int) -> list[int]:
    return [
        j for j in range(i + 1, len(records) + 1) if records[j - 1]["conn"] == records[i]["conn"]
    ]


@pytest.fixture(scope="module", params=WHICH)
def records(request: pytest.FixtureRequest, captures: Captures) -> list[dict[str, Any]]:
    found = _records(getattr(captures, request.param))
    assert _validate(found).problems == []
    return found


@SETTINGS
@given(data=st.data())
def test_a_reused_id_is_flagged(records: list[dict[str, Any]], data: Any) -> None:
    i = data.draw(st.sampled_from(_indexes(records, "client:channelCreate", "client:rpcCall")))
    at = data.draw(st.sampled_from(_later_same_conn(records, i)))
    broken = copy.deepcopy(records)
    broken.insert(at, copy.deepcopy(records[i]))
    _flagged(_validate(broken), at + 1, f"$.{_id_key(records[i])}")


@SETTINGS
@given(data=st.data())
def test_traffic_on_an_id_never_opened_is_flagged(records: list[dict[str, Any]], data: Any) -> None:
    i = data.draw(st.sampled_from(_indexes(records, "client:channelCreate", "client:rpcCall")))
    key = _id_key(records[i])
    ident, conn = records[i]["frame"][key], records[i]["conn"]
    broken = copy.deepcopy(records)
    del broken[i]
    first = next(
        (
            j
            for j in range(i, len(broken))
            if broken[j]["conn"] == conn and broken[j]["frame"].get(key) == ident
        ),
        None,
    )
    assume(first is not None)
    assert first is not None
    _flagged(_validate(broken), first + 1, f"$.{key}")


@SETTINGS
@given(data=st.data())
def test_a_second_end_or_answer_is_flagged(records: list[dict[str, Any]], data: Any) -> None:
    ends = _indexes(
        records, "server:channelClose", "server:channelError", "server:rpcResult", "server:rpcError"
    )
    i = data.draw(st.sampled_from(ends))
    at = data.draw(st.sampled_from(_later_same_conn(records, i)))
    broken = copy.deepcopy(records)
    broken.insert(at, copy.deepcopy(records[i]))
    _flagged(_validate(broken), at + 1, f"$.{_id_key(records[i])}")


def _channel_packets(records: list[dict[str, Any]]) -> list[int]:
    """Server channelSend records that are not a channel's final packet."""
    return [
        i
        for i in _indexes(records, "server:channelSend")
        if records[i]["frame"]["message"].get("type") not in _FINAL
    ]


def _index_of(records: list[dict[str, Any]], i: int, kind: str, types: set[str]) -> int:
    """The index of the record on i's connection and channel with this type and message type."""
    conn, channel = records[i]["conn"], records[i]["frame"]["channelId"]
    return next(
        j
        for j, r in enumerate(records)
        if r["conn"] == conn
        and r["frame"].get("channelId") == channel
        and r["frame"].get("type") == kind
        and (not types or r["frame"].get("message", {}).get("type") in types)
    )


@SETTINGS
@given(data=st.data())
def test_a_packet_after_channel_close_is_flagged(records: list[dict[str, Any]], data: Any) -> None:
    i = data.draw(st.sampled_from(_channel_packets(records)))
    closed = _index_of(records, i, "channelClose", set())
    at = data.draw(st.sampled_from(_later_same_conn(records, closed)))
    broken = copy.deepcopy(records)
    broken.insert(at, copy.deepcopy(records[i]))
    _flagged(_validate(broken), at + 1, "$.channelId")


@SETTINGS
@given(data=st.data())
def test_a_packet_after_the_final_one_is_flagged(records: list[dict[str, Any]], data: Any) -> None:
    i = data.draw(st.sampled_from(_channel_packets(records)))
    final = _index_of(records, i, "channelSend", _FINAL)
    broken = copy.deepcopy(records)
    broken.insert(final + 1, copy.deepcopy(records[i]))
    _flagged(_validate(broken), final + 2, "$.message")


@SETTINGS
@given(data=st.data())
def test_messages_before_auth_are_flagged(records: list[dict[str, Any]], data: Any) -> None:
    i = data.draw(
        st.sampled_from([j for j, r in enumerate(records) if _type(r) and r["from"] == "client"])
    )
    conn = records[i]["conn"]
    auth = next(j for j, r in enumerate(records) if r["conn"] == conn and "type" not in r["frame"])
    # Anywhere up to the auth packet, or between the auth packet and the server's reply.
    at = data.draw(st.sampled_from([*range(auth + 1), auth + 1]))
    broken = copy.deepcopy(records)
    broken.insert(at, copy.deepcopy(records[i]))
    _flagged(_validate(broken), at + 1, "$")
