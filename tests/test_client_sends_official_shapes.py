"""Everything our client sends decodes with the official lmstudio 1.5.0 models of the same messages.

A real session against the embedded server is captured client-side; each payload the client sent is
then decoded with the official SDK's own model for that endpoint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lmsdk as lms
import tests.protocol.conftest  # noqa: F401 - registers the Hypothesis profile the module below uses
from lmsdk._generated.endpoints import LLM_ENDPOINTS, SYSTEM_ENDPOINTS
from tests.protocol.test_official_conformance import OFFICIAL_TYPES, official_decode

SPECS = {**LLM_ENDPOINTS, **SYSTEM_ENDPOINTS}


def _official_type(ours: Any) -> Any:
    return OFFICIAL_TYPES[ours.__name__] if hasattr(ours, "__name__") else None


# Endpoints of protocol 2.0.0, which lmstudio 1.5.0 has no models for: their payloads are checked
# against our schema by tests/protocol instead.
NEWER_ENDPOINTS = {"completeRawText"}


def test_every_payload_our_client_sends_decodes_with_the_official_models(
    api_host: str, tmp_path: Path
) -> None:
    capture = tmp_path / "session.jsonl"
    with lms.Client(api_host, capture=capture) as client:
        model = client.llm.model("smollm2-135m-instruct", config={"contextLength": 2048})
        model.respond(
            "Hi",
            config={
                "maxTokens": 4,
                "temperature": 0.2,
                "topPSampling": 0.9,
                "stopStrings": ["\n\n"],
            },
        )
        model.respond("Give JSON.", response_format={"type": "object"}, config={"maxTokens": 8})
        stream = model.complete_stream("Once upon", config={"maxTokens": 30})
        next(iter(stream))
        stream.cancel()
        stream.result()
        model.tokenize("abc")
        model.count_tokens("abc")
        model.apply_prompt_template("Hello")
        model.get_info()
        client.llm.list_loaded()
        client.system.list_downloaded_models()
    channels: dict[int, Any] = {}
    decoded: list[str] = []
    for line in capture.read_text().splitlines():
        record = json.loads(line)
        frame = record["frame"]
        if record["from"] != "client" or "type" not in frame:
            continue
        if frame["type"] == "channelCreate":
            spec = SPECS[frame["endpoint"]]
            channels[frame["channelId"]] = spec
            if "creationParameter" in frame and spec.name not in NEWER_ENDPOINTS:
                official_decode(frame["creationParameter"], _official_type(spec.parameter))
                decoded.append(f"{spec.name}.creationParameter")
        elif frame["type"] == "channelSend":
            spec = channels[frame["channelId"]]
            official_decode(frame["message"], OFFICIAL_TYPES[f"{spec.to_server.__name__}"])
            decoded.append(f"{spec.name}.{frame['message']['type']}")
        elif frame["type"] == "rpcCall" and "parameter" in frame:
            spec = SPECS[frame["endpoint"]]
            official_decode(frame["parameter"], _official_type(spec.parameter))
            decoded.append(f"{spec.name}.parameter")
    assert set(decoded) >= {
        "getOrLoad.creationParameter",
        "predict.creationParameter",
        "completeRawText.cancel",
        "tokenize.parameter",
        "countTokens.parameter",
        "applyPromptTemplate.parameter",
        "getModelInfo.parameter",
    }
