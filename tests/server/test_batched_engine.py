"""The batched engine on the real SmolLM2-135M model: generations decoded together stay apart.

What is guaranteed and asserted: greedy output of a stream decoded beside others
equals the same request alone from the same cache state (each slot has its own
KV stream and a prompt is read in the same chunks however busy the engine is,
so a sequence's logits do not depend on the other rows; llama.cpp's results do
depend on how a sequence's own tokens are split into decodes, so each
comparison starts with every slot's cache evicted); cancel of one stream ends it at once
and leaves the others' text unchanged; each stream keeps its own grammar, stop
strings and limits; a freed slot takes the next queued request; a slot's cached
prefix is reused; through the server, maxParallelPredictions predictions generate at once
and a client that disconnects frees its slot for a queued request.
"""

from __future__ import annotations

import importlib
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

import lmsdk
from lmsdk.server.batched_engine import DEFAULT_PARALLEL, BatchedLlamaEngine
from lmsdk.server.embedded import EmbeddedServer
from lmsdk.server.engine import (
    Finished,
    GenerationEvent,
    GenerationParams,
    Piece,
    PromptProgress,
    PromptTooLong,
)
from lmsdk.server.llama_engine import InvalidGrammar
from lmsdk.server.model_files import DEFAULT_MODEL_KEY
from lmsdk.server.stopping import truncate_at_stop
from lmsdk.types import LlmPredictionConfigDict

jsonschema = importlib.import_module("jsonschema")

QUESTIONS = (
    "What is the capital of France?",
    "Write a short poem about the sea.",
    "Explain gravity to a child.",
    "List three colors and what they mean.",
    "Why is the sky blue?",
    "Name two planets.",
)
TOKENS = 24
ENDLESS = 'root ::= [a-z]+ " " root'
"""A grammar with no accepting state: a stream under it never ends early on EOS."""


def endless(max_tokens: int) -> LlmPredictionConfigDict:
    """A client config for a greedy stream of exactly ``max_tokens`` tokens."""
    return {
        "maxTokens": max_tokens,
        "temperature": 0.0,
        "structured": {"type": "gbnf", "gbnfGrammar": ENDLESS},
    }


def greedy(**changes: object) -> GenerationParams:
    return GenerationParams(**{"temperature": 0.0, "max_tokens": TOKENS, **changes})  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engine() -> Iterator[BatchedLlamaEngine]:
    loaded = BatchedLlamaEngine(context_length=1024, parallel=4)
    yield loaded
    loaded.close()


def chat(engine: BatchedLlamaEngine, question: str) -> str:
    return engine.apply_chat_template([{"role": "user", "content": question}])


def run(
    engine: BatchedLlamaEngine,
    prompt: str,
    params: GenerationParams,
    cancel: threading.Event | None = None,
) -> tuple[list[GenerationEvent], str, Finished]:
    events = list(engine.generate(prompt, params, cancel or threading.Event()))
    final = events[-1]
    assert isinstance(final, Finished)
    assert all(not isinstance(e, Finished) for e in events[:-1])
    return events, "".join(e.text for e in events if isinstance(e, Piece)), final


def together(
    engine: BatchedLlamaEngine, jobs: list[tuple[str, GenerationParams]]
) -> list[tuple[list[GenerationEvent], str, Finished]]:
    with ThreadPoolExecutor(len(jobs)) as pool:
        futures = [pool.submit(run, engine, prompt, params) for prompt, params in jobs]
        return [f.result(timeout=300) for f in futures]


def evict(engine: BatchedLlamaEngine) -> None:
    """Make every slot's cache hold an unrelated prompt, so that the next prompts are read cold.

    One short generation per slot at once, each prompt with a first token of its own: each
    takes a slot of its own (a free slot that shares no prefix goes least recently used first).
    """
    words = ["Zebra", "Yacht", "Walrus", "Tulip", "Saddle", "Umbrella", "Violin", "Xylophone"]
    together(
        engine, [(f"{w} one two", greedy(max_tokens=1)) for w in words[: engine.parallel_slots]]
    )


@pytest.fixture(scope="module")
def alone(engine: BatchedLlamaEngine) -> dict[str, str]:
    """Each question's greedy text, generated cold with nothing else running."""
    texts = {}
    for question in QUESTIONS:
        evict(engine)
        texts[question] = run(engine, chat(engine, question), greedy())[1]
    return texts


def test_slots_default_to_lm_studios_parallel_sessions() -> None:
    # llm.load.numParallelSessions defaults to 4 in LM Studio 0.4's config schema.
    engine = BatchedLlamaEngine(context_length=256)
    try:
        assert engine.parallel_slots == DEFAULT_PARALLEL == 4
    finally:
        engine.close()


def test_each_slot_has_the_whole_context(engine: BatchedLlamaEngine) -> None:
    assert engine.parallel_slots == 4
    assert engine.context_length == 1024
    with pytest.raises(PromptTooLong):
        engine.generate("word " * 1100, greedy(), threading.Event())


def test_concurrent_greedy_streams_equal_each_alone(
    engine: BatchedLlamaEngine, alone: dict[str, str]
) -> None:
    evict(engine)
    results = together(engine, [(chat(engine, q), greedy()) for q in QUESTIONS[:4]])
    for question, (events, text, final) in zip(QUESTIONS, results, strict=False):
        assert text == alone[question]
        assert final.predicted_tokens <= TOKENS
        progress = [e for e in events if isinstance(e, PromptProgress)]
        assert progress[0].fraction == 0.0 and progress[-1].fraction == 1.0
        assert final.prompt_tokens == progress[-1].total


def test_more_requests_than_slots_queue_and_all_match(
    engine: BatchedLlamaEngine, alone: dict[str, str]
) -> None:
    evict(engine)
    results = together(engine, [(chat(engine, q), greedy()) for q in QUESTIONS])
    for question, (_, text, _) in zip(QUESTIONS, results, strict=True):
        assert text == alone[question]


def test_cancel_of_one_stream_leaves_the_others_intact(
    engine: BatchedLlamaEngine, alone: dict[str, str]
) -> None:
    cancel = threading.Event()
    long_params = GenerationParams(temperature=0.0, max_tokens=400)
    pieces: list[str] = []
    first_piece = threading.Event()

    def cancelled_stream() -> Finished:
        for event in engine.generate(chat(engine, "Tell me a long story."), long_params, cancel):
            if isinstance(event, Piece):
                pieces.append(event.text)
                first_piece.set()
            if isinstance(event, Finished):
                return event
        raise AssertionError("no Finished event")

    evict(engine)
    with ThreadPoolExecutor(4) as pool:
        victim: Future[Finished] = pool.submit(cancelled_stream)
        others = [pool.submit(run, engine, chat(engine, q), greedy()) for q in QUESTIONS[:3]]
        assert first_piece.wait(120)
        cancelled_at = time.perf_counter()
        cancel.set()
        final = victim.result(timeout=60)
        stopped_after = time.perf_counter() - cancelled_at
        results = [f.result(timeout=300) for f in others]
    assert final.stop_reason == "userStopped"
    assert final.predicted_tokens < 400
    assert stopped_after < 5.0  # within a decode step or two, even on a loaded machine
    for question, (_, text, _) in zip(QUESTIONS[:3], results, strict=True):
        assert text == alone[question]


def test_a_long_prompt_read_while_others_generate_equals_it_alone(
    engine: BatchedLlamaEngine,
) -> None:
    text = "The sea, the ships and the sailors who crossed it for centuries. " * 12
    prompt = chat(engine, text + "Summarize this.")
    assert len(engine.tokenize(prompt, add_special=True)) > 150  # several chunks
    evict(engine)
    _, reference, _ = run(engine, prompt, greedy())
    evict(engine)
    generating = threading.Event()

    def background(question: str) -> None:
        for event in engine.generate(
            chat(engine, question), GenerationParams(max_tokens=200), threading.Event()
        ):
            if isinstance(event, Piece):
                generating.set()

    with ThreadPoolExecutor(3) as pool:
        others = [pool.submit(background, q) for q in QUESTIONS[:2]]
        assert generating.wait(120)
        _, text_loaded, _ = run(engine, prompt, greedy())
        for other in others:
            other.result(timeout=300)
    assert text_loaded == reference


def test_cancel_before_the_prompt_is_read(engine: BatchedLlamaEngine) -> None:
    cancel = threading.Event()
    cancel.set()
    events, text, final = run(engine, chat(engine, QUESTIONS[0]), greedy(), cancel)
    assert final.stop_reason == "userStopped" and text == "" and final.predicted_tokens == 0


def test_grammar_and_schema_hold_per_sequence(engine: BatchedLlamaEngine) -> None:
    schema = {
        "type": "object",
        "properties": {"age": {"type": "integer", "minimum": 0, "maximum": 120}},
        "required": ["age"],
        "additionalProperties": False,
    }
    jobs = [
        (chat(engine, "Do you like the sea?"), greedy(gbnf='root ::= "yes" | "no"')),
        (
            chat(engine, "How old is a typical student? Answer in JSON."),
            GenerationParams(temperature=1.5, seed=7, max_tokens=60, grammar_json_schema=schema),
        ),
        (chat(engine, QUESTIONS[1]), GenerationParams(temperature=1.5, seed=3, max_tokens=20)),
        (chat(engine, "Pick a number."), greedy(gbnf='root ::= [0-9] [0-9]? "!"')),
    ]
    (_, yes_no, f1), (_, json_text, f2), (_, free, _), (_, number, _) = together(engine, jobs)
    assert yes_no in ("yes", "no") and f1.stop_reason == "eosFound"
    if f2.stop_reason == "eosFound":  # a schema-valid document is complete at its end
        jsonschema.validate(json.loads(json_text), schema)
    else:
        assert f2.stop_reason == "maxPredictedTokensReached"
        assert json_text.startswith("{")
    assert free  # unconstrained: any text
    assert number.endswith("!") and number[:-1].isdigit() and 1 <= len(number[:-1]) <= 2


def test_invalid_grammar_is_refused_before_any_event(engine: BatchedLlamaEngine) -> None:
    with pytest.raises(InvalidGrammar):
        engine.generate("Hi", greedy(gbnf="root ::= ("), threading.Event())


def test_stop_strings_per_sequence(engine: BatchedLlamaEngine, alone: dict[str, str]) -> None:
    # Each stream stops at a word of its own greedy text; the others do not see that stop string.
    stops: list[tuple[str, ...]] = []
    for question in QUESTIONS:
        words = [w for w in alone[question].split() if len(w) > 3]
        assert words, alone[question]
        stops.append((words[len(words) // 2],))
    jobs = [
        (chat(engine, q), greedy(stop_strings=stop))
        for q, stop in zip(QUESTIONS, stops, strict=True)
    ]
    evict(engine)
    results = together(engine, jobs)
    for question, stop, (_, text, final) in zip(QUESTIONS, stops, results, strict=True):
        expected = truncate_at_stop(alone[question], stop)
        assert final.stop_reason == "stopStringFound"
        assert final.stop_string == expected.stop_string == stop[0]
        assert text == expected.text


def test_a_slot_reuses_its_cached_prefix(engine: BatchedLlamaEngine) -> None:
    history = [
        {"role": "user", "content": "My name is Ada. Remember it."},
        {"role": "assistant", "content": "Nice to meet you, Ada."},
    ]
    first = engine.apply_chat_template(history)
    second = engine.apply_chat_template([*history, {"role": "user", "content": "Who am I?"}])
    run(engine, first, greedy(max_tokens=2))
    events, _, final = run(engine, second, greedy(max_tokens=2))
    progress = [e for e in events if isinstance(e, PromptProgress)]
    old, new = engine.tokenize(first, add_special=True), engine.tokenize(second, add_special=True)
    shared = next(i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b)
    assert shared > 30  # the system prompt and the first turn
    assert progress[0].cached >= shared
    assert final.prompt_tokens == len(engine.tokenize(second, add_special=True))


def test_close_waits_for_cancelled_generations_and_refuses_new_ones() -> None:
    engine = BatchedLlamaEngine(context_length=512, parallel=2)
    cancel = threading.Event()
    started = threading.Event()
    finals: list[Finished] = []

    def stream() -> None:
        for event in engine.generate("Once upon a time", GenerationParams(max_tokens=300), cancel):
            started.set()
            if isinstance(event, Finished):
                finals.append(event)

    worker = threading.Thread(target=stream)
    worker.start()
    assert started.wait(60)
    cancel.set()
    engine.close()
    worker.join(60)
    assert finals and finals[0].stop_reason == "userStopped"
    with pytest.raises(RuntimeError, match="closed"):
        engine.generate("Hi", greedy(), threading.Event())


def test_the_server_runs_max_parallel_predictions_at_once() -> None:
    # Through the protocol: the load config's maxParallelPredictions sets the slots, and that
    # many predictions (from different connections) generate at the same time.
    with EmbeddedServer(port=0, engine="llama", preload=False) as server:
        with lmsdk.Client(server.api_host) as client:
            model = client.llm.load_new_instance(
                DEFAULT_MODEL_KEY,
                "batched",
                config={"maxParallelPredictions": 3, "contextLength": 1024},
            )
            assert model.get_load_config().max_parallel_predictions == 3

        config = endless(40)  # no stream can end early on EOS

        def stream(i: int) -> tuple[float, float, str]:
            with lmsdk.Client(server.api_host) as own:
                first = 0.0
                parts = []
                prediction = own.llm.model("batched").complete_stream(
                    f"{QUESTIONS[i]} Answer:", config=config
                )
                for fragment in prediction:
                    first = first or time.monotonic()
                    parts.append(fragment.content)
                result = prediction.result()
                assert result.stats.predicted_tokens_count == 40
                return first, time.monotonic(), "".join(parts)

        with ThreadPoolExecutor(3) as pool:
            runs = list(pool.map(stream, range(3), timeout=300))
        assert max(first for first, _, _ in runs) < min(end for _, end, _ in runs)
        alone = stream(0)
    assert alone[2] == runs[0][2]


def test_a_disconnect_frees_its_slot_for_a_queued_request() -> None:
    # Two slots, both busy: a third request waits until the client of one of them goes away,
    # and then starts while the other stream goes on undisturbed to its token limit.
    with EmbeddedServer(port=0, engine="llama", preload=False) as server:
        with lmsdk.Client(server.api_host) as client:
            client.llm.load_new_instance(
                DEFAULT_MODEL_KEY,
                "two",
                config={"maxParallelPredictions": 2, "contextLength": 2048},
            )
        stayer_started = threading.Event()

        def stay() -> tuple[float, str, int | None]:
            with lmsdk.Client(server.api_host) as own:
                prediction = own.llm.model("two").complete_stream("Once", config=endless(150))
                for _ in prediction:
                    stayer_started.set()
                stats = prediction.result().stats
                return time.monotonic(), stats.stop_reason, stats.predicted_tokens_count

        def queued() -> float:
            with lmsdk.Client(server.api_host) as own:
                prediction = own.llm.model("two").complete_stream("Twice", config=endless(4))
                first = 0.0
                for _ in prediction:
                    first = first or time.monotonic()
                return first

        leaver = lmsdk.Client(server.api_host)
        # Far more tokens than the test takes: only the disconnect ends this stream.
        leaving = leaver.llm.model("two").complete_stream("Thrice", config=endless(2000))
        next(iter(leaving))
        with ThreadPoolExecutor(2) as pool:
            stayer = pool.submit(stay)
            assert stayer_started.wait(120)
            waiting = pool.submit(queued)
            time.sleep(1.0)  # the third request is queued behind the two busy slots by now
            assert not waiting.done()
            leaver.close()
            started = waiting.result(timeout=120)
            ended, reason, predicted = stayer.result(timeout=300)
    assert started < ended
    assert reason == "maxPredictedTokensReached" and predicted == 150
