"""The official JS SDK's embedding and files APIs (1.5.0 and 2.0.0) against the embedded server.

Scenarios tests/js/scenarios/embedding.mjs and files.mjs, run as tests/server/test_official_js_client.py
runs its own; the vectors must equal what our client gets for the same texts from the same server.
"""

from __future__ import annotations

import math

import pytest

import lmsdk
from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY
from tests.server.test_official_js_client import BOTH, Runner, js_sdks, run  # noqa: F401

MODEL_KEY = "smollm2-135m-instruct"
TEXTS = ["The cat sat on the mat.", "Quarterly revenue grew five percent."]


@pytest.mark.parametrize("sdk", BOTH)
def test_js_embeds_as_our_client_does(run: Runner, sdk: str, api_host: str) -> None:  # noqa: F811
    result = run(sdk, "embedding")
    with lmsdk.Client(api_host) as client:
        ours = client.embedding.model(DEFAULT_EMBEDDING_KEY)
        expected = ours.embed(TEXTS)
        tokens = ours.tokenize(TEXTS[0])
    assert result["identifier"] == DEFAULT_EMBEDDING_KEY
    assert result["one"] == expected[0] and result["each"] == expected
    assert math.isclose(math.fsum(x * x for x in result["one"]), 1.0, rel_tol=1e-6)
    assert result["tokens"] == tokens and result["count"] == len(tokens)
    assert result["contextLength"] == result["info"]["contextLength"] > 0
    assert result["info"]["type"] == "embedding"
    assert DEFAULT_EMBEDDING_KEY in result["loaded"]


@pytest.mark.parametrize("sdk", BOTH)
def test_js_uploads_parses_retrieves_and_gets_the_vision_error(run: Runner, sdk: str) -> None:  # noqa: F811
    result = run(sdk, "files")
    assert result["doc"]["type"] == "text/plain" and result["doc"]["name"] == "notes.txt"
    assert result["image"]["type"] == "image"
    assert result["parsed"].startswith("The lighthouse keeper") and result["parser"]["library"]
    entries = result["entries"]
    assert 1 <= len(entries) <= 2
    assert all(e["source"] == result["doc"]["identifier"] for e in entries)
    assert all(e["content"].strip() in result["parsed"] for e in entries)
    assert [e["score"] for e in entries] == sorted((e["score"] for e in entries), reverse=True)
    error = result["visionError"]
    assert error is not None and f'"{MODEL_KEY}" does not support images' in (
        (error["title"] or "") + error["message"]
    )
