"""Right and wrong uses of the typed config dicts; tests/typing/test_config_types.py runs mypy on it.

Each line mypy must flag ends with `# error`; every other line must pass `mypy --strict`.
"""

from __future__ import annotations

import lmsdk as lms
from lmsdk.types import LlmPredictionConfig, LlmPredictionConfigDict


def uses(model: lms.LLM, client: lms.Client, embedder: lms.EmbeddingModel) -> None:
    model.respond("hi", config={"temperature": 0.5, "maxTokens": 10})
    model.respond("hi", config={"maxTokens": False, "stopStrings": ["\n"]})
    model.respond("hi", config={"structured": {"type": "json", "jsonSchema": {"type": "object"}}})
    model.respond("hi", config=LlmPredictionConfig(temperature=0.2))
    model.respond("hi", config={"temprature": 0.5})  # error
    model.respond("hi", config={"maxTokens": "ten"})  # error
    model.respond("hi", config={"stopStrings": "\n"})  # error
    model.complete("1, 2,", config={"topKSampling": 40, "minPSampling": 0.05})
    model.complete("1, 2,", config={"top_k": 40})  # error
    model.respond_stream("hi", config={"temperature": "hot"})  # error
    client.llm.model("m", config={"contextLength": 2048, "gpu": {"ratio": 0.5}})
    client.llm.model("m", config={"contextLenght": 2048})  # error
    client.llm.load_new_instance("m", config={"contextLength": "big"})  # error
    client.embedding.model("e", config={"contextLength": 512})
    client.embedding.model("e", config={"temperature": 0.5})  # error
    lms.llm("m", config={"contextLength": 1024})
    lms.llm("m", config={"maxTokens": 5})  # error
    lms.embedding_model("e", config={"contextLength": 512})
    config: LlmPredictionConfigDict = {"temperature": 0.1}
    model.respond("hi", config=config)
    vector: list[float] = embedder.embed("text")
    vectors: list[list[float]] = embedder.embed(["a", "b"])
    wrong: list[list[float]] = embedder.embed("text")  # error
    del vector, vectors, wrong
