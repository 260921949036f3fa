#!/usr/bin/env python3
"""Message cost for scripts/bench.py: encode and decode of single messages, lmsdk against lmstudio.

The messages are real ones: the predict creation parameter that lmsdk's client sends for a chat
respond() with a config, and a fragment and the success packet that the embedded server (replay
engine) sends back, recorded with lmsdk's wire capture. Each side does what its client does:

* lmsdk: encode `lmsdk._json.dumps(unstructure(model))`, decode `structure(json.loads(text), type)` with the
  generated converter (decoding a packet against the PredictToClientPacket union, as the client does);
* lmstudio: encode `json.dumps(struct.to_dict())` (to_dict is msgspec.to_builtins; httpx_ws sends
  with json.dumps), decode `msgspec.convert(json.loads(text), type)` (its `_from_api_dict`).

Prints one JSON object: {message: {"encode": {"lmsdk": us, "official": us}, "decode": {...}}}, the
medians over --repeats timed batches of about 20 ms each, lmsdk and lmstudio interleaved.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def record_messages() -> dict[str, Any]:
    """Run one respond() against a replay server with a wire capture; pick out the three messages."""
    import lmsdk
    from lmsdk.server.catalog import ModelEntry
    from lmsdk.server.embedded import EmbeddedServer
    from lmsdk.server.engine import Engine
    from lmsdk.server.replay_engine import ReplayEngine

    def factory(entry: ModelEntry, context_length: int) -> Engine:
        return ReplayEngine(piece_count=8, model_key=entry.key, context_length=context_length)

    with tempfile.TemporaryDirectory() as tmp:
        capture = Path(tmp) / "capture.jsonl"
        with EmbeddedServer(engine_factory=factory) as server:
            with lmsdk.Client(server.api_host, capture=capture) as client:
                chat = lmsdk.Chat("You are a helpful assistant. Answer in one short paragraph.")
                chat.add_user_message("What is the capital of France?")
                chat.add_assistant_response("The capital of France is Paris.")
                chat.add_user_message("And what is it famous for? Give three examples.")
                client.llm.model().respond(chat, config={"temperature": 0.7, "maxTokens": 256})
        frames = [json.loads(line)["frame"] for line in capture.read_text().splitlines()]
    found: dict[str, Any] = {}
    for frame in frames:
        if not isinstance(frame, dict):
            continue
        if frame.get("type") == "channelCreate" and frame.get("endpoint") == "predict":
            found["predict creationParameter"] = frame["creationParameter"]
        message = frame.get("message")
        if frame.get("type") == "channelSend" and isinstance(message, dict):
            kind = message.get("type")
            if kind == "fragment" and "fragment packet" not in found:
                found["fragment packet"] = message
            elif kind == "success":
                found["success packet"] = message
    return found


def per_call_us(fn: Callable[[], Any], repeats: int) -> Callable[[], float]:
    """A function that times one batch of calls of fn and returns microseconds per call."""
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            fn()
        if time.perf_counter() - started > 0.02:
            break
        number *= 2

    def batch() -> float:
        started = time.perf_counter()
        for _ in range(number):
            fn()
        return (time.perf_counter() - started) / number * 1e6

    return batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    import lmstudio._sdk_models as sdk
    import msgspec

    from lmsdk._generated import converter
    from lmsdk._generated.llm import PredictCreationParameter, PredictToClientPacket

    messages = record_messages()
    types: dict[str, tuple[Any, Any]] = {
        "predict creationParameter": (PredictCreationParameter, sdk.PredictionChannelRequest),
        "fragment packet": (PredictToClientPacket, sdk.LlmChannelPredictToClientPacket),
        "success packet": (PredictToClientPacket, sdk.LlmChannelPredictToClientPacket),
    }
    try:  # what the client and the server send frames with
        from lmsdk._json import dumps
    except ImportError:  # older lmsdk (the "before" figures)
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, data in messages.items():
        ours_t, theirs_t = types[name]
        text = json.dumps(data)
        ours: Any = converter.structure(json.loads(text), ours_t)
        theirs: Any = msgspec.convert(json.loads(text), theirs_t)
        assert json.loads(dumps(converter.unstructure(ours))) == data, name
        cases: dict[str, dict[str, Callable[[], Any]]] = {
            "encode": {
                "lmsdk": lambda o=ours: dumps(converter.unstructure(o)),
                "official": lambda t=theirs: json.dumps(t.to_dict()),
            },
            "decode": {
                "lmsdk": lambda x=text, c=ours_t: converter.structure(json.loads(x), c),
                "official": lambda x=text, c=theirs_t: msgspec.convert(json.loads(x), c),
            },
        }
        results[name] = {}
        for op, impls in cases.items():
            batches = {impl: per_call_us(fn, args.repeats) for impl, fn in impls.items()}
            times: dict[str, list[float]] = {impl: [] for impl in impls}
            for _ in range(args.repeats):
                for impl, batch in batches.items():
                    times[impl].append(batch())
            results[name][op] = {impl: statistics.median(t) for impl, t in times.items()}
        results[name]["bytes"] = {"lmsdk": len(text), "official": len(text)}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
