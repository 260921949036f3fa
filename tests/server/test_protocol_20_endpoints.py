"""The endpoints protocol 2.0.0 added, served by `lmsdk serve` (the real model), through our client.

What each asserts is a guarantee of the endpoint, never what the model writes.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

import lmsdk as lms
from lmsdk._generated.client_sync import RuntimeEndpoints, SystemEndpoints
from lmsdk._generated.runtime import RuntimeEngineSpecifier, SurveyHardwareAll
from lmsdk.errors import LMStudioServerError
from lmsdk.server.engine import Piece, PromptProgress
from lmsdk.server.instance_state import processing_state, track
from lmsdk.server.model_files import DEFAULT_MODEL_KEY, default_model_path
from lmsdk.server.scheduler import FairScheduler
from tests.server.test_serve_cli import TOKEN, read_address, start

GREEDY = {"temperature": 0, "maxTokens": 8}


def _frames(capture: Path, origin: str) -> list[dict[str, Any]]:
    return [
        json.loads(line)["frame"]
        for line in capture.read_text().splitlines()
        if json.loads(line)["from"] == origin
    ]


def test_complete_uses_the_complete_raw_text_channel_and_equals_the_predict_path(
    api_host: str, tmp_path: Path
) -> None:
    capture = tmp_path / "session.jsonl"
    with lms.Client(api_host, capture=capture) as client:
        model = client.llm.model(DEFAULT_MODEL_KEY)
        raw = model.complete("The capital of France is", config=GREEDY)
        endpoints = [f["endpoint"] for f in _frames(capture, "client") if "endpoint" in f]
        assert "completeRawText" in endpoints
        assert "predict" not in endpoints
        # The same completion the way Release-54 clients make it: predict with the completion
        # formatting layer (what the client falls back to on servers without the channel).
        client.session("llm").missing_endpoints.add("completeRawText")
        via_predict = model.complete("The capital of France is", config=GREEDY)
    endpoints = [f["endpoint"] for f in _frames(capture, "client") if "endpoint" in f]
    assert endpoints.count("predict") == 1
    assert raw.content == via_predict.content
    assert raw.stats.predicted_tokens_count == via_predict.stats.predicted_tokens_count
    assert raw.stats.prompt_tokens_count == via_predict.stats.prompt_tokens_count
    assert raw.stats.stop_reason == "maxPredictedTokensReached"


def test_complete_raw_text_honours_stop_strings_and_streams_progress(api_host: str) -> None:
    seen: list[float] = []
    with lms.Client(api_host) as client:
        model = client.llm.model(DEFAULT_MODEL_KEY)
        stream = model.complete_stream(
            "1, 2, 3, 4,",
            config={"temperature": 0, "maxTokens": 40, "stopStrings": [","]},
            on_prompt_processing_progress=seen.append,
        )
        fragments = [f.content for f in stream]
        result = stream.result()
    assert result.stats.stop_reason == "stopStringFound"
    assert "," not in result.content
    assert "".join(fragments) == result.content
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_base_prediction_config_is_what_a_request_without_settings_gets(api_host: str) -> None:
    with lms.Client(api_host) as client:
        model = client.llm.model(DEFAULT_MODEL_KEY)
        base = model.get_base_prediction_config()
        result = model.respond("Hi", config={"maxTokens": 1})
    effective = result.prediction_config
    assert base.temperature == effective.temperature
    assert base.top_k_sampling == effective.top_k_sampling
    assert base.repeat_penalty == effective.repeat_penalty


def test_processing_state_follows_the_generation_and_counts_the_queue(api_host: str) -> None:
    with lms.Client(api_host) as client:
        model = client.llm.model(DEFAULT_MODEL_KEY)
        assert model.get_instance_processing_state().status == "idle"
        first = model.respond_stream("Count to one hundred.", config={"maxTokens": 400})
        next(iter(first))  # a fragment has arrived: the instance generates
        second = model.respond_stream("And again.", config={"maxTokens": 400})
        deadline = time.monotonic() + 10
        state = model.get_instance_processing_state()
        while state.queued != 2 and time.monotonic() < deadline:
            state = model.get_instance_processing_state()
        assert state.status == "generating"
        assert state.queued == 2  # both predictions, running or waiting for a slot
        first.cancel()
        first.result()
        second.cancel()
        second.result()
        deadline = time.monotonic() + 10
        while model.get_instance_processing_state().status != "idle":
            assert time.monotonic() < deadline, "the instance never became idle again"
            time.sleep(0.05)
        assert model.get_instance_processing_state().queued == 0


def test_processing_state_is_prompt_processing_until_the_first_piece() -> None:
    # The phase inside one generation, driven directly: the instance's lock and waiting
    # predictions are all that processing_state reads besides the tracked events.
    class Busy:
        def __init__(self) -> None:
            self.lock = FairScheduler()  # an instance's turns, as models.Instance holds them
            self.cancels: set[threading.Event] = set()

    async def forward(events: Any) -> None:
        return None

    async def phases() -> list[tuple[str, int]]:
        instance: Any = Busy()
        seen = [_state(instance)]
        instance.cancels.update({threading.Event(), threading.Event()})  # running + one queued
        async with instance.lock:
            with track(instance, forward) as tracked:
                seen.append(_state(instance))
                await tracked([PromptProgress(processed=3, total=5, cached=0)])
                seen.append(_state(instance))
                await tracked([Piece("x", 1)])
                seen.append(_state(instance))
                assert processing_state(instance, embedding=True).status == "computingEmbedding"
                # A second generation in another slot reads its prompt: the instance writes.
                with track(instance, forward) as other:
                    await other([PromptProgress(processed=1, total=5, cached=0)])
                    seen.append(_state(instance))
        return seen

    async def reading_beside_a_writer_that_ends() -> str:
        instance: Any = Busy()
        async with instance.lock:
            with track(instance, forward) as reader:
                with track(instance, forward) as writer:
                    await writer([Piece("x", 1)])
                await reader([PromptProgress(processed=1, total=5, cached=0)])
                return processing_state(instance).status

    assert asyncio.run(phases()) == [
        ("idle", 0),
        ("processingPrompt", 2),
        ("processingPrompt", 2),
        ("generating", 2),
        ("generating", 2),
    ]
    assert asyncio.run(reading_beside_a_writer_that_ends()) == "processingPrompt"


def _state(instance: Any) -> tuple[str, int]:
    state = processing_state(instance)
    return state.status, state.queued


def test_estimate_model_usage_is_the_file_plus_a_cache_linear_in_the_context(
    api_host: str,
) -> None:
    with lms.Client(api_host) as client:
        small = client.llm.estimate_model_usage(DEFAULT_MODEL_KEY, config={"contextLength": 2048})
        large = client.llm.estimate_model_usage(DEFAULT_MODEL_KEY, config={"contextLength": 4096})
        # The default engine runs 4 predictions at once, each with a cache of the whole context.
        one_slot = client.llm.estimate_model_usage(
            DEFAULT_MODEL_KEY, config={"contextLength": 2048, "maxParallelPredictions": 1}
        )
        with pytest.raises(lms.LMStudioModelNotFoundError):
            client.llm.estimate_model_usage("no-such-model")
    size = default_model_path().stat().st_size
    for estimate in (small, large):
        assert estimate.memory.confidence == "low"  # an estimate, and labelled as one
        assert estimate.memory.model_bytes == size
        assert estimate.memory.total_vram_bytes == 0
        assert estimate.memory.total_bytes == size + estimate.memory.context_bytes
        assert estimate.passes_guardrails
    assert small.memory.context_bytes > 0
    assert large.memory.context_bytes == 2 * small.memory.context_bytes
    assert small.memory.context_bytes == 4 * one_slot.memory.context_bytes


def test_system_info_and_model_variants(api_host: str) -> None:
    with lms.Client(api_host) as client:
        info = client.system.info()
        version = client.system.version().version
        variants = client.system.list_downloaded_model_variants(DEFAULT_MODEL_KEY)
        with pytest.raises(lms.LMStudioModelNotFoundError):
            client.system.list_downloaded_model_variants("no-such-model")
    assert info.pid == os.getpid()  # the embedded server runs in this process
    assert info.is_daemon is True
    assert info.version == version
    keys = [v.model_key for v in variants]
    assert DEFAULT_MODEL_KEY in keys
    for variant in variants:
        assert variant.selected_variant == variant.model_key
        assert variant.variants == keys


def test_runtime_lists_the_llama_engine_and_surveys_this_machine(api_host: str) -> None:
    with lms.Client(api_host) as client:
        runtime = RuntimeEndpoints(client.session("runtime"))
        engines = runtime.list_engines()
        selections = runtime.get_engine_selections()
        survey = runtime.survey_hardware(None)  # what 2.0.0's client sends: no parameter
        survey_all = runtime.survey_hardware(SurveyHardwareAll())
        with pytest.raises(LMStudioServerError, match="does not support runtime/removeEngine"):
            runtime.remove_engine(
                RuntimeEngineSpecifier(name=engines[0].name, version=engines[0].version)
            )
    (engine,) = engines
    assert engine.engine == "llama.cpp"
    assert engine.supported_model_format_names == ["GGUF"]
    assert selections.json == [["GGUF", {"name": engine.name, "version": engine.version}]]
    assert selections.meta == {"values": ["map"]}
    (surveyed,) = survey.engines
    assert survey == survey_all
    assert surveyed.name == engine.name
    assert surveyed.compatibility.status == "compatible"
    assert surveyed.memory_info.ram_capacity == psutil.virtual_memory().total
    assert surveyed.hardware_survey.gpu_survey_result.gpu_info == []


def test_http_server_endpoints_and_shutdown_without_token_are_not_supported(
    api_host: str,
) -> None:
    with lms.Client(api_host) as client:
        system = SystemEndpoints(client.session("system"))
        with pytest.raises(LMStudioServerError, match="does not support system/stopHttpServer"):
            system.stop_http_server()
        with pytest.raises(LMStudioServerError, match="does not support system/requestShutdown"):
            system.request_shutdown()
        assert client.system.version().version  # still serving


def test_request_shutdown_stops_a_server_started_with_an_api_token() -> None:
    process = start("--port", "0", "--no-preload", "--api-token", TOKEN)
    try:
        api_host = read_address(process)
        with lms.Client(api_host, api_token=TOKEN) as client:
            SystemEndpoints(client.session("system")).request_shutdown()
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    _, err = process.communicate()
    assert code == 0, err
    assert "a client requested shutdown" in err


def test_concurrent_completions_all_use_the_channel(api_host: str) -> None:
    results: list[str] = []
    with lms.Client(api_host) as client:
        model = client.llm.model(DEFAULT_MODEL_KEY)

        def run() -> None:
            results.append(model.complete("Once upon a time", config=GREEDY).content)

        threads = [threading.Thread(target=run) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    assert len(results) == 3 and len(set(results)) == 1


def test_embedding_instances_report_their_state_and_estimates(api_host: str) -> None:
    from lmsdk._generated.client_sync import EmbeddingEndpoints
    from lmsdk._generated.common import ModelQuery, ModelSpecifierQuery
    from lmsdk._generated.llm import (
        GetBasePredictionConfigParameter,
        GetInstanceProcessingStateParameter,
    )
    from lmsdk.server.catalog import DEFAULT_EMBEDDING_KEY

    with lms.Client(api_host) as client:
        model = client.embedding.model(DEFAULT_EMBEDDING_KEY)
        estimate = client.embedding.estimate_model_usage(
            DEFAULT_EMBEDDING_KEY, config={"contextLength": 1024}
        )
        endpoints = EmbeddingEndpoints(client.session("embedding"))
        specifier = ModelSpecifierQuery(query=ModelQuery(identifier=model.identifier))
        state = endpoints.get_instance_processing_state(
            GetInstanceProcessingStateParameter(specifier=specifier, throw_if_not_found=True)
        )
        base = endpoints.get_base_prediction_config(
            GetBasePredictionConfigParameter(specifier=specifier)
        )
        assert len(model.embed("Hello")) > 0
        with pytest.raises(lms.LMStudioModelNotFoundError):
            client.embedding.estimate_model_usage("no-such-model")
        model.unload()  # the session's server is shared: later tests count its loaded models
    assert state is not None and (state.status, state.queued) == ("idle", 0)
    assert base.fields == []
    assert estimate.memory.confidence == "low"
    assert estimate.memory.model_bytes == default_model_path().stat().st_size
    assert estimate.memory.context_bytes > 0


def test_estimates_for_another_device_are_not_supported(api_host: str) -> None:
    from lmsdk._generated.client_sync import LlmEndpoints
    from lmsdk._generated.config import KvConfigStack
    from lmsdk._generated.llm import EstimateModelUsageParameter

    with lms.Client(api_host) as client:
        endpoints = LlmEndpoints(client.session("llm"))
        with pytest.raises(LMStudioServerError, match="does not support estimateModelUsage"):
            endpoints.estimate_model_usage(
                EstimateModelUsageParameter(
                    model_key=DEFAULT_MODEL_KEY,
                    load_config_stack=KvConfigStack(layers=[]),
                    device_identifier="laptop",
                )
            )
        local = endpoints.estimate_model_usage(
            EstimateModelUsageParameter(
                model_key=DEFAULT_MODEL_KEY,
                load_config_stack=KvConfigStack(layers=[]),
                device_identifier=None,
            )
        )
    assert local.memory.model_bytes == default_model_path().stat().st_size
