"""One range, three checkers: the client, the server and the wire validator refuse exactly the same
config values, the ones outside the schema's bounds (the generated table, `_generated/constraints.py`).

Property-based over every constrained field that travels as a KV config entry: a value near or far
from its bounds is accepted by all three or refused by all three, and which it is follows from the
bounds as JSON Schema defines them (computed here independently of the checkers).
"""

from __future__ import annotations

import typing
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lmsdk._generated import config as generated_config
from lmsdk._generated.config import KvConfigStack
from lmsdk._generated.constraints import CONSTRAINTS, KV_BOUNDS, Bounds
from lmsdk._generated.kv_fields import KV_FIELDS
from lmsdk.config import read_kv_config, validate_config
from lmsdk.errors import LMStudioConfigError
from lmsdk.server.embedding_handlers import embedding_load_settings
from lmsdk.server.engine import _CONFIG_BOUNDS, GenerationParams
from lmsdk.server.errors import ServerError
from lmsdk.server.kv import load_settings, prediction_settings
from lmsdk.wire.typecheck import check

ENTRIES = sorted(KV_BOUNDS.items())


def _bounds(cls: str, wire: str) -> Bounds:
    return next(f.bounds for f in CONSTRAINTS[cls] if f.wire_name == wire)


def _integer(cls: str, wire: str) -> bool:
    py = next(f.py_name for f in CONSTRAINTS[cls] if f.wire_name == wire)
    hint = typing.get_type_hints(getattr(generated_config, cls))[py]
    return int in get_args(hint) and float not in get_args(hint)


def _keeps(b: Bounds, v: Any) -> bool:
    """JSON Schema's reading of the bounds, written out independently of Bounds.problem."""
    if isinstance(v, list):
        n = len(v)
        return (
            (b.min_items is None or n >= b.min_items)
            and (b.max_items is None or n <= b.max_items)
            and (b.items is None or all(_keeps(b.items, x) for x in v))
        )
    if isinstance(v, str):
        return (b.min_length is None or len(v) >= b.min_length) and (
            b.max_length is None or len(v) <= b.max_length
        )
    return (
        (b.minimum is None or v >= b.minimum)
        and (b.maximum is None or v <= b.maximum)
        and (b.exclusive_minimum is None or v > b.exclusive_minimum)
        and (b.exclusive_maximum is None or v < b.exclusive_maximum)
    )


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, str, str, Any]:
    key, (cls, wire) = draw(st.sampled_from(ENTRIES))
    b = _bounds(cls, wire)
    if b.items is not None:  # arrays of strings with a length bound per item
        value: Any = draw(st.lists(st.text(max_size=3), max_size=3))
        return key, cls, wire, value
    edges = [
        e for e in (b.minimum, b.maximum, b.exclusive_minimum, b.exclusive_maximum) if e is not None
    ]
    if _integer(cls, wire):
        near = [int(e) + d for e in edges for d in (-1, 0, 1)]
        value = draw(st.one_of(st.sampled_from(near), st.integers(-5000, 5000)))
    else:
        near = [e + d for e in edges for d in (-0.5, -1e-9, 0, 1e-9, 0.5)]
        value = draw(st.one_of(st.sampled_from(near), st.floats(-5000, 5000, allow_nan=False)))
    return key, cls, wire, value


def _kv_value(cls: str, key: str, value: Any) -> Any:
    field = next(f for f in KV_FIELDS[cls] if f.key == key)
    return {"checked": True, "value": value} if field.encoding == "checkbox" else value


def _stack(key: str, value: Any) -> dict[str, Any]:
    return {
        "layers": [
            {"layerName": "apiOverride", "config": {"fields": [{"key": key, "value": value}]}}
        ]
    }


def _refuses(fn: Any, *errors: type[BaseException]) -> bool:
    try:
        fn()
    except errors:
        return True
    return False


@settings(max_examples=400, deadline=None)
@given(cases())
def test_client_server_and_validator_refuse_exactly_the_values_out_of_bounds(
    case: tuple[str, str, str, Any],
) -> None:
    key, cls_name, wire, value = case
    cls = getattr(generated_config, cls_name)
    refused = not _keeps(_bounds(cls_name, wire), value)
    kv_value = _kv_value(cls_name, key, value)
    stack_json = _stack(key, kv_value)

    client = _refuses(lambda: validate_config({wire: value}, cls), LMStudioConfigError)
    reader = _refuses(lambda: read_kv_config({key: kv_value}, cls), LMStudioConfigError)
    validator = bool(check(stack_json, KvConfigStack))
    assert (client, reader, validator) == (refused,) * 3, (key, value)

    # The server's own entry points, for the configs it reads.
    stack = generated_config.KvConfigStack(
        layers=[
            generated_config.KvConfigStackLayer(
                layer_name="apiOverride",
                config=generated_config.KvConfig(
                    fields=[generated_config.KvConfigField(key=key, value=kv_value)]
                ),
            )
        ]
    )
    if cls_name == "LlmPredictionConfig":
        assert _refuses(lambda: prediction_settings(stack, None), ServerError) == refused
    elif cls_name == "LlmLoadModelConfig":
        assert _refuses(lambda: load_settings(stack), ServerError) == refused
    else:
        assert cls_name == "EmbeddingLoadModelConfig"
        assert _refuses(lambda: embedding_load_settings(stack), ServerError) == refused


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_CONFIG_BOUNDS)), st.floats(-600, 600, allow_nan=False))
def test_the_engine_parameters_take_the_prediction_config_ranges(name: str, value: float) -> None:
    assert _refuses(lambda: GenerationParams(**{name: value}), ValueError) == (
        not _keeps(_CONFIG_BOUNDS[name], value)
    )


def test_every_range_the_old_hand_kept_tables_had_is_in_the_schema() -> None:
    prediction = {f.wire_name: f.bounds for f in CONSTRAINTS["LlmPredictionConfig"]}
    load = {f.wire_name: f.bounds for f in CONSTRAINTS["LlmLoadModelConfig"]}
    assert prediction["temperature"].minimum == 0
    assert prediction["maxTokens"].minimum == 1
    assert (prediction["topPSampling"].minimum, prediction["topPSampling"].maximum) == (0, 1)
    assert (prediction["minPSampling"].minimum, prediction["minPSampling"].maximum) == (0, 1)
    assert (prediction["topKSampling"].minimum, prediction["topKSampling"].maximum) == (-1, 500)
    assert prediction["cpuThreads"].minimum == 1
    assert (prediction["presencePenalty"].minimum, prediction["presencePenalty"].maximum) == (-2, 2)
    assert load["contextLength"].minimum == 1
    assert (load["maxParallelPredictions"].minimum, load["maxParallelPredictions"].maximum) == (
        1,
        1023,
    )


def test_a_refusal_names_the_key_and_the_bound() -> None:
    with pytest.raises(
        LMStudioConfigError, match=r"'topPSampling' must be >= 0 and <= 1, found 1.5"
    ):
        validate_config({"topPSampling": 1.5}, generated_config.LlmPredictionConfig)
    stop = generated_config.LlmPredictionConfig
    with pytest.raises(LMStudioConfigError, match="stopStrings.*item 1 must have at least 1"):
        validate_config({"stopStrings": ["a", ""]}, stop)


def test_the_validator_checks_ranges_of_every_message_not_only_configs() -> None:
    from lmsdk._generated.llm import PredictToClientPacket

    found = check({"type": "promptProcessingProgress", "progress": 1.5}, PredictToClientPacket)
    assert [(f.path, f.kind, f.found) for f in found] == [
        ("$.progress", "value", "must be >= 0 and <= 1, found 1.5")
    ]
    assert check({"type": "promptProcessingProgress", "progress": 1}, PredictToClientPacket) == []
    nested = _stack("llm.prediction.stopStrings", ["ok", ""])
    assert [(f.path, f.found) for f in check(nested, KvConfigStack)] == [
        (
            "$.layers[0].config.fields[0].value",
            "llm.prediction.stopStrings item 1 must have at least 1 characters, found 0",
        )
    ]
