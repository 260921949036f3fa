"""Where the typed values of a capture are: an independent walk over frames and their declared types.

The corruption tests use it to pick a value to break and to know the path the validator must report.
It replays channel and call ids to learn each payload's endpoint, then walks the JSON alongside the
generated types (not the validator's code), yielding every node whose type it can name.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Iterator
from typing import Any, Literal, get_args, get_origin

import attrs

from lmsdk._generated.base import Unset
from lmsdk._generated.converter import CONST_FIELDS, ENUMS, RENAMES, UNIONS
from lmsdk._generated.endpoints import LLM_ENDPOINTS, SYSTEM_ENDPOINTS
from lmsdk._generated.transport import AuthPacket, AuthResult, ClientMessage, ServerMessage

Kind = Literal["object", "scalar", "enum", "literal", "union"]

MANIFESTS = {"llm": LLM_ENDPOINTS, "system": SYSTEM_ENDPOINTS}


@attrs.frozen
class Node:
    line: int
    """1-based line of the record."""
    path: str
    kind: Kind
    type: Any
    value: Any
    required: tuple[str, ...] = ()
    """For objects: wire names of the required keys present in the value."""


def read(path: Any) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def child(path: str, key: str) -> str:
    if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


def roots(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For each record, its frame's typed parts: JSON path -> declared type."""
    channels: dict[tuple[str, int], Any] = {}
    calls: dict[tuple[str, int], Any] = {}
    out: list[dict[str, Any]] = []
    for record in records:
        frame, conn, client = record["frame"], record["conn"], record["from"] == "client"
        manifest = MANIFESTS[record["namespace"]]
        if "type" not in frame:
            out.append({"$": AuthPacket if client else AuthResult})
            continue
        union = ClientMessage if client else ServerMessage
        parts: dict[str, Any] = {"$": union}
        kind = frame["type"]
        if kind == "channelCreate":
            spec = channels[(conn, frame["channelId"])] = manifest[frame["endpoint"]]
            if spec.parameter is not None:
                parts["$.creationParameter"] = spec.parameter
        elif kind == "channelSend":
            spec = channels[(conn, frame["channelId"])]
            parts["$.message"] = spec.to_server if client else spec.to_client
        elif kind == "rpcCall":
            spec = calls[(conn, frame["callId"])] = manifest[frame["endpoint"]]
            if spec.parameter is not None:
                parts["$.parameter"] = spec.parameter
        elif kind == "rpcResult" and "result" in frame:
            parts["$.result"] = calls[(conn, frame["callId"])].returns
        out.append(parts)
    return out


def nodes(records: list[dict[str, Any]]) -> list[Node]:
    """Every typed node of every record."""
    found: list[Node] = []
    for number, (record, parts) in enumerate(zip(records, roots(records), strict=True), 1):
        for path, t in parts.items():
            value = _at(record["frame"], path)
            found.extend(walk(value, t, path, number))
    return found


def _at(frame: dict[str, Any], path: str) -> Any:
    return frame if path == "$" else frame[path.removeprefix("$.")]


def walk(value: Any, t: Any, path: str, line: int) -> Iterator[Node]:
    if t is Any:
        return
    if t in UNIONS:
        _, disc, tags = UNIONS[t]
        yield Node(line, path, "union", t, value)
        yield from walk(value, tags[value[disc]], path, line)
        return
    if t in ENUMS:
        yield Node(line, path, "enum", t, value)
        return
    origin = get_origin(t)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in get_args(t) if m not in (Unset, type(None))]
        if value is not None and len(members) == 1:
            yield from walk(value, members[0], path, line)
        return
    if origin is list:
        (item,) = get_args(t)
        for i, v in enumerate(value):
            yield from walk(v, item, f"{path}[{i}]", line)
        return
    if origin is dict:
        _, item = get_args(t)
        for k, v in value.items():
            yield from walk(v, item, child(path, k), line)
        return
    if origin is Literal:
        yield Node(line, path, "literal", t, value)
        return
    if t in (str, int, float, bool):
        yield Node(line, path, "scalar", t, value)
        return
    assert isinstance(t, type) and t in RENAMES, t
    hints = typing.get_type_hints(t)
    renames = RENAMES[t]
    # The schema requires every fixed-value key too (tags, authVersion), though the classes default them.
    required = tuple(
        renames[f.name]
        for f in attrs.fields(t)
        if (f.default is attrs.NOTHING or f.name in CONST_FIELDS.get(t, ()))
        and renames[f.name] in value
    )
    yield Node(line, path, "object", t, value, required)
    for name, wire in renames.items():
        if wire in value:
            yield from walk(value[wire], hints[name], child(path, wire), line)
