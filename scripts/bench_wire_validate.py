#!/usr/bin/env python3
"""How fast `lmsdk wire validate` is, next to the jsonschema package checking the same frames.

1. A real capture: the official `lmstudio` client against an embedded server, recorded through the
   proxy (or `--capture FILE`).
2. A large capture: that one repeated with fresh connection ids until it has `--frames` frames.
3. Our validator on the large file, end to end (reading, JSON parsing, sequence, every payload).
4. jsonschema (Draft202012Validator over a referencing.Registry of schema/**) on the same frames,
   already parsed, with the same per-frame schema choice: the record, then the auth packet or
   reply or the envelope union, then each payload by the endpoint its id was opened with.
5. Verdicts: on the clean capture and on seeded random corruptions of it (a value of another JSON
   type, a deleted key, an unknown tag or enum value), both must judge every frame alike.
   Schema-level verdicts are compared: sequence problems and unknown keys (which the schema allows by
   convention) are not jsonschema's business; strict mode, since the schema's enums are closed.
   Value constraints (minimum, maximum, minLength, maxLength) are not corrupted: the generated models
   do not carry them, so only jsonschema checks them.

Usage: python scripts/bench_wire_validate.py [--capture FILE] [--frames N] [--corruptions N] [--profile]
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource

from lmsdk.wire.report import Report
from lmsdk.wire.validate import validate_files, validate_lines

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "schema"
BASE = "https://lmsdk.invalid/schema/"
# Not schema verdicts: jsonschema has no sequence, and the schema allows extra keys by convention.
NOT_SCHEMA = {"sequence", "unknown-key", "unknown-endpoint", "unknown-namespace"}


def record_capture(out: Path) -> None:
    """The official client's session against the embedded server, through the recording proxy."""
    import lmstudio

    from lmsdk.server import EmbeddedServer
    from lmsdk.wire.proxy import RecordingProxy

    config: Any = {"maxTokens": 24, "temperature": 0.0}
    with EmbeddedServer() as server, RecordingProxy(server.api_host, out) as proxy:
        with lmstudio.Client(proxy.listen_host) as client:
            model = client.llm.model()
            model.get_info()
            model.count_tokens("Hello there")
            model.respond("What is the meaning of life?", config=config)
            for _ in model.respond_stream("Name three colours.", config=config):
                pass
            client.list_downloaded_models()


def repeat(records: list[dict[str, Any]], frames: int) -> Iterator[str]:
    """Lines of the capture repeated with fresh connection ids, until there are `frames` of them."""
    for n in range(frames):
        rep, record = divmod(n, len(records))
        yield json.dumps({**records[record], "conn": f"{records[record]['conn']}.{rep}"})


class JsonSchemaChecker:
    """Judges each record with jsonschema, choosing schemas the way the validator does."""

    def __init__(self) -> None:
        docs = {
            p.relative_to(SCHEMA).as_posix(): json.loads(p.read_text())
            for p in SCHEMA.rglob("*.json")
        }
        self.registry: Registry[Any] = Registry().with_resources(
            (BASE + rel, Resource.from_contents(doc)) for rel, doc in docs.items()
        )
        self.manifests = {
            doc["x-namespace"]: doc["x-endpoints"]
            for rel, doc in docs.items()
            if rel.startswith("endpoints/")
        }
        self._validators: dict[str, Draft202012Validator] = {}
        self.record = self._validator("wire/capture.json#/$defs/CaptureRecord")
        self.auth = self._validator("transport/auth.json#/$defs/AuthPacket")
        self.reply = self._validator("transport/auth.json#/$defs/AuthResult")
        self.client = self._validator("transport/envelope.json#/$defs/ClientMessage")
        self.server = self._validator("transport/envelope.json#/$defs/ServerMessage")
        self._open: dict[tuple[str, str, int], str] = {}

    def _validator(self, ref: str) -> Draft202012Validator:
        found = self._validators.get(ref)
        if found is None:
            found = self._validators[ref] = Draft202012Validator(
                {"$ref": BASE + ref}, registry=self.registry
            )
        return found

    def valid(self, record: dict[str, Any]) -> bool:
        """Whether every schema chosen for this record accepts it."""
        if not self.record.is_valid(record):
            return False
        frame, conn, ns = record["frame"], record["conn"], record["namespace"]
        client = record["from"] == "client"
        if not isinstance(frame, dict):
            return False
        if "type" not in frame:
            return bool((self.auth if client else self.reply).is_valid(frame))
        if not (self.client if client else self.server).is_valid(frame):
            return False
        kind = frame["type"]
        if kind in ("channelCreate", "rpcCall"):
            key = "channelId" if kind == "channelCreate" else "callId"
            self._open[(conn, key, frame[key])] = frame["endpoint"]
            part = "creationParameter" if kind == "channelCreate" else "parameter"
            # The manifest decides whether the key is there at all (absent: the endpoint takes none).
            return self._part(ns, frame["endpoint"], part, frame, part, optional=False)
        if kind == "channelSend":
            endpoint = self._open.get((conn, "channelId", frame["channelId"]), "")
            part = "toServerPacket" if client else "toClientPacket"
            return self._part(ns, endpoint, part, frame, "message", optional=False)
        if kind == "rpcResult":
            endpoint = self._open.get((conn, "callId", frame["callId"]), "")
            return self._part(ns, endpoint, "returns", frame, "result", optional=True)
        return True

    def _part(
        self, ns: str, endpoint: str, part: str, frame: dict[str, Any], key: str, *, optional: bool
    ) -> bool:
        spec = self.manifests.get(ns, {}).get(endpoint)
        if spec is None:
            return True  # an unknown endpoint: nothing to check the payload against
        if part not in spec:
            return key not in frame
        if key not in frame:
            return optional
        validator = self._validator(f"endpoints/{ns}.json#/x-endpoints/{endpoint}/{part}")
        return bool(validator.is_valid(frame[key]))


def our_verdicts(report: Report, lines: int) -> list[bool]:
    bad = {p.line for p in report.problems if p.kind not in NOT_SCHEMA}
    return [n not in bad for n in range(1, lines + 1)]


def corrupt(frame: Any, rng: random.Random) -> Any:
    """The frame with one random value of another JSON type, one key gone, or one string renamed."""
    frame = copy.deepcopy(frame)
    spots: list[tuple[Any, Any]] = []

    def collect(node: Any) -> None:
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else ()
        )
        for key, value in items:
            spots.append((node, key))
            collect(value)

    collect(frame)
    if not spots:
        return "not an object"
    parent, key = rng.choice(spots)
    value = parent[key]
    op = rng.choice(["retype", "retype", "delete", "rename"])
    if op == "delete" and isinstance(parent, dict):
        del parent[key]
    elif op == "rename" and isinstance(value, str):
        # Not "" or long strings: minLength/maxLength (like minimum/maximum) are schema constraints
        # the generated models do not carry, a known difference.
        parent[key] = rng.choice(["zzUnknown", "FRAGMENT", "channelsend"])
    elif isinstance(value, bool):
        parent[key] = "true"
    elif isinstance(value, str):
        parent[key] = 12345
    elif isinstance(value, int | float):
        parent[key] = "12"
    elif value is None:
        parent[key] = "null"
    else:
        parent[key] = "not an object" if isinstance(value, dict) else {"not": "a list"}
    return frame


def agreement(records: list[dict[str, Any]], corruptions: int) -> tuple[int, int, int]:
    """(frames compared, corrupted frames both rejected, corrupted frames both accepted)."""
    lines = [json.dumps(r) for r in records]
    checker = JsonSchemaChecker()
    theirs = [checker.valid(r) for r in records]
    ours = our_verdicts(validate_lines(lines, strict=True), len(lines))
    assert ours == theirs == [True] * len(lines), "the clean capture must pass both"
    compared, rejected, accepted = len(lines), 0, 0
    rng = random.Random(1234)
    for _ in range(corruptions):
        i = rng.randrange(len(records))
        broken = [
            *records[:i],
            {**records[i], "frame": corrupt(records[i]["frame"], rng)},
            *records[i + 1 :],
        ]
        checker = JsonSchemaChecker()
        theirs = [checker.valid(r) for r in broken]
        ours = our_verdicts(
            validate_lines([json.dumps(r) for r in broken], strict=True), len(broken)
        )
        if ours != theirs:
            line = next(n for n, (a, b) in enumerate(zip(ours, theirs, strict=True), 1) if a != b)
            sys.exit(
                f"verdicts differ at line {line}: ours {ours[line - 1]}, jsonschema {theirs[line - 1]}\n"
                + json.dumps(broken[line - 1])[:400]
            )
        compared += len(broken)
        rejected += not theirs[i]
        accepted += theirs[i]
    return compared, rejected, accepted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--capture", type=Path, help="a capture to start from (default: record one)"
    )
    parser.add_argument("--frames", type=int, default=60_000, help="frames in the large capture")
    parser.add_argument("--corruptions", type=int, default=400, help="corrupted captures compared")
    parser.add_argument(
        "--profile", action="store_true", help="print where our validator spends its time"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = args.capture
        if source is None:
            source = Path(folder) / "session.jsonl"
            print("recording a session of the official client ...", file=sys.stderr)
            record_capture(source)
        records = [json.loads(line) for line in source.open(encoding="utf-8")]
        big = Path(folder) / "big.jsonl"
        big.write_text("\n".join(repeat(records, args.frames)) + "\n", encoding="utf-8")
        print(
            f"capture: {len(records)} frames, repeated to {args.frames} frames ({big.stat().st_size >> 20} MiB)"
        )

        started = time.perf_counter()
        report = validate_files([big])
        ours = args.frames / (time.perf_counter() - started)
        assert report.frames == args.frames and report.ok, report.render_text()[-2000:]
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(validate_files, [big])
            pstats.Stats(profiler).sort_stats("tottime").print_stats(20)

        frames = [json.loads(line) for line in big.open(encoding="utf-8")]
        checker = JsonSchemaChecker()
        started = time.perf_counter()
        verdicts = [checker.valid(r) for r in frames]
        theirs = len(frames) / (time.perf_counter() - started)
        assert all(verdicts)

    compared, rejected, accepted = agreement(records, args.corruptions)
    print(
        f"lmsdk wire validate: {ours:10,.0f} frames/s  (whole file: read, parse, sequence, payloads)"
    )
    print(f"jsonschema         : {theirs:10,.0f} frames/s  (frames already parsed)")
    print(f"ratio              : {ours / theirs:10.1f}x  (goal: 10x)")
    print(
        f"verdicts agree on {compared} frames: the clean capture and {args.corruptions} corrupted "
        f"copies ({rejected} corruptions rejected by both, {accepted} accepted by both)"
    )


if __name__ == "__main__":
    main()
