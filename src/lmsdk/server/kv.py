"""KV config stacks in, engine settings and effective KV configs out.

Clients send settings as layered ``kvConfigStack`` values; the server merges
the layers (a later layer wins, as in lmstudio-js), fills in defaults, and
reports the merged result back in ``success.predictionConfig`` /
``getLoadConfig``. Only the keys an engine can honour are interpreted; the
rest are carried through to the effective config unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lmsdk._generated.config import (
    KvConfig,
    KvConfigField,
    KvConfigStack,
    LlmPromptTemplate,
    LlmStructuredPredictionSetting,
)
from lmsdk._generated.converter import structure
from lmsdk.server.engine import GenerationParams
from lmsdk.server.errors import ServerError

__all__ = [
    "DEFAULT_CONTEXT_LENGTH",
    "LoadSettings",
    "PredictionSettings",
    "load_kv_config",
    "load_settings",
    "merge_stack",
    "prediction_settings",
]

# LM Studio's default context window; larger models' trained maximum is often
# far bigger than what fits in memory.
DEFAULT_CONTEXT_LENGTH = 4096

_P = "llm.prediction."
TEMPERATURE = _P + "temperature"
MAX_TOKENS = _P + "maxPredictedTokens"
STOP_STRINGS = _P + "stopStrings"
TOP_K = _P + "topKSampling"
TOP_P = _P + "topPSampling"
MIN_P = _P + "minPSampling"
REPEAT_PENALTY = _P + "repeatPenalty"
PRESENCE_PENALTY = _P + "llama.presencePenalty"
ENABLE_THINKING = _P + "reasoning.enableThinking"
STRUCTURED = _P + "structured"
PROMPT_TEMPLATE = _P + "promptTemplate"
CONTEXT_LENGTH = "llm.load.contextLength"
SEED = "llm.load.seed"
PARALLEL = "llm.load.numParallelSessions"  # maxParallelPredictions in lmstudio-js
OFFLOAD_RATIO = "llm.load.llama.acceleration.offloadRatio"

# Reported in predictionConfig when no layer sets them: what the engine uses.
_PREDICTION_DEFAULTS: dict[str, Any] = {
    TEMPERATURE: 0.8,
    MAX_TOKENS: {"checked": False, "value": 1},
    STOP_STRINGS: [],
    TOP_K: 40,
    TOP_P: {"checked": True, "value": 0.95},
    MIN_P: {"checked": True, "value": 0.05},
    REPEAT_PENALTY: {"checked": True, "value": 1.1},
    STRUCTURED: {"type": "none"},
}


def merge_stack(stack: KvConfigStack) -> dict[str, Any]:
    """Merge the layers of a stack into one key -> value mapping; later layers win."""
    merged: dict[str, Any] = {}
    for layer in stack.layers:
        for field in layer.config.fields:
            merged[field.key] = field.value
    return merged


def _as_kv_config(values: Mapping[str, Any]) -> KvConfig:
    return KvConfig(fields=[KvConfigField(key=k, value=v) for k, v in values.items()])


def _invalid(key: str, value: Any, expected: str) -> ServerError:
    return ServerError(
        f"Invalid value for the config key {key}",
        cause=f"expected {expected}, found {value!r}",
    )


def _number(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(key, value, "a number")
    return float(value)


def _checkbox(key: str, value: Any) -> tuple[bool, Any]:
    """Decode ``{checked, value}``; returns (enabled, inner value).

    lmstudio-python 1.5.0 sends ``{"checked": true, "value": false}`` when the
    user passes ``False``, so a ``False`` inner value also means unchecked.
    """
    if not isinstance(value, dict) or not isinstance(value.get("checked"), bool):
        raise _invalid(key, value, '{"checked": bool, "value": ...}')
    inner = value.get("value")
    if inner is False:
        return False, None
    return value["checked"], inner


@dataclass(frozen=True)
class LoadSettings:
    """Load-time settings taken from a load config stack.

    Attributes:
        context_length: Requested context window, None for the default.
        seed: RNG seed for the instance's generations, None for random.
        max_parallel: Predictions to run at once (``maxParallelPredictions``),
            None for the engine's default; engines that run one at a time ignore it.
    """

    context_length: int | None = None
    seed: int | None = None
    max_parallel: int | None = None


def load_settings(stack: KvConfigStack) -> LoadSettings:
    """Interpret ``llm.load.contextLength`` and ``llm.load.seed``.

    Raises:
        ServerError: If a value has the wrong type or range.
    """
    merged = merge_stack(stack)
    context_length: int | None = None
    if CONTEXT_LENGTH in merged:
        value = merged[CONTEXT_LENGTH]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise _invalid(CONTEXT_LENGTH, value, "an integer >= 1")
        context_length = value
    seed: int | None = None
    if SEED in merged:
        checked, value = _checkbox(SEED, merged[SEED])
        if checked:
            if isinstance(value, bool) or not isinstance(value, int) or value < -1:
                raise _invalid(SEED, value, "an integer seed")
            # -1 is llama.cpp's "random seed"; the engine wants 32 unsigned bits.
            seed = None if value == -1 else value % 2**32
    max_parallel: int | None = None
    if PARALLEL in merged:
        value = merged[PARALLEL]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1023:
            raise _invalid(PARALLEL, value, "an integer from 1 to 1023")
        max_parallel = value
    return LoadSettings(context_length=context_length, seed=seed, max_parallel=max_parallel)


def load_kv_config(context_length: int, seed: int | None, parallel: int = 1) -> KvConfig:
    """The effective load config of an instance, as reported to clients.

    Args:
        context_length: The context length of each prediction.
        seed: The instance's seed, None for random.
        parallel: Predictions the instance runs at once.
    """
    return _as_kv_config(
        {
            CONTEXT_LENGTH: context_length,
            SEED: {"checked": seed is not None, "value": seed if seed is not None else 0},
            # The engine runs on the CPU only.
            OFFLOAD_RATIO: "off",
            PARALLEL: parallel,
        }
    )


@dataclass(frozen=True)
class PredictionSettings:
    """What a prediction config stack asks of one generation.

    Attributes:
        params: Sampling and stopping parameters for the engine.
        prompt_template: A template overriding the model's chat template
            (``complete()`` sends one), or None.
        effective: The merged config, as reported in ``success.predictionConfig``.
    """

    params: GenerationParams
    prompt_template: LlmPromptTemplate | None
    effective: KvConfig


def prediction_settings(stack: KvConfigStack, seed: int | None) -> PredictionSettings:
    """Merge a prediction config stack over the defaults and interpret it.

    Args:
        stack: The ``predictionConfigStack`` of the request.
        seed: The instance's load-time seed.

    Raises:
        ServerError: If a value the engine needs has the wrong type or range.
    """
    merged = {**_PREDICTION_DEFAULTS, **merge_stack(stack)}
    temperature = _number(TEMPERATURE, merged[TEMPERATURE])
    max_tokens: int | None = None
    enabled, value = _checkbox(MAX_TOKENS, merged[MAX_TOKENS])
    if enabled:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _invalid(MAX_TOKENS, value, "an integer")
        max_tokens = None if value < 0 else value  # -1 means "no limit" in LM Studio
    stop_strings = _strings(STOP_STRINGS, merged[STOP_STRINGS])
    top_k = int(_number(TOP_K, merged[TOP_K]))
    enabled, value = _checkbox(TOP_P, merged[TOP_P])
    top_p = _number(TOP_P, value) if enabled else 1.0
    enabled, value = _checkbox(MIN_P, merged[MIN_P])
    min_p = _number(MIN_P, value) if enabled else 0.0
    enabled, value = _checkbox(REPEAT_PENALTY, merged[REPEAT_PENALTY])
    repeat_penalty = _number(REPEAT_PENALTY, value) if enabled else 1.0
    presence_penalty = 0.0
    if PRESENCE_PENALTY in merged:
        enabled, value = _checkbox(PRESENCE_PENALTY, merged[PRESENCE_PENALTY])
        presence_penalty = _number(PRESENCE_PENALTY, value) if enabled else 0.0
    schema, gbnf = _structured(merged[STRUCTURED])
    template: LlmPromptTemplate | None = None
    if merged.get(PROMPT_TEMPLATE) is not None:
        try:
            template = structure(merged[PROMPT_TEMPLATE], LlmPromptTemplate)
        except Exception as exc:
            raise _invalid(PROMPT_TEMPLATE, merged[PROMPT_TEMPLATE], "a prompt template") from exc
        stop_strings = (*stop_strings, *template.stop_strings)
    try:
        params = GenerationParams(
            temperature=temperature,
            max_tokens=max_tokens,
            stop_strings=tuple(dict.fromkeys(s for s in stop_strings if s)),
            top_k=top_k,
            top_p=top_p,
            min_p=min_p,
            repeat_penalty=repeat_penalty,
            presence_penalty=presence_penalty,
            seed=seed,
            grammar_json_schema=schema,
            gbnf=gbnf,
        )
    except ValueError as exc:
        raise ServerError("Invalid prediction config", cause=str(exc)) from exc
    return PredictionSettings(
        params=params, prompt_template=template, effective=_as_kv_config(merged)
    )


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise _invalid(key, value, "an array of strings")
    return tuple(value)


def _structured(value: Any) -> tuple[dict[str, Any] | None, str | None]:
    """Turn ``llm.prediction.structured`` into (JSON schema, GBNF grammar)."""
    try:
        setting: LlmStructuredPredictionSetting = structure(value, LlmStructuredPredictionSetting)
    except Exception as exc:
        raise _invalid(STRUCTURED, value, '{"type": "none" | "json" | "gbnf", ...}') from exc
    if setting.type == "json":
        schema = setting.json_schema
        if schema is None or schema is True or not schema:
            return {"type": "object"}, None  # "some JSON object", as LM Studio does
        if not isinstance(schema, dict):
            raise _invalid(STRUCTURED, value, "a JSON schema object in jsonSchema")
        return schema, None
    if setting.type == "gbnf":
        if not setting.gbnf_grammar:
            raise _invalid(STRUCTURED, value, "a GBNF grammar in gbnfGrammar")
        return None, setting.gbnf_grammar
    if setting.type != "none":
        raise _invalid(STRUCTURED, value, 'type "none", "json" or "gbnf"')
    return None, None
