"""KV config stacks in, engine settings and effective KV configs out.

Clients send settings as layered ``kvConfigStack`` values; the server merges
the layers (a later layer wins, as in lmstudio-js), fills in defaults, and
reports the merged result back in ``success.predictionConfig`` /
``getLoadConfig``. The merged values are read into the typed configs through
the generated KV table (``lmsdk.config.read_kv_config``: keys, checkbox
encoding, types and the schema's ranges), so honouring one more key is one
line here that hands its typed field to the engine; the rest are carried
through to the effective config unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lmsdk._generated.config import (
    KvConfig,
    KvConfigField,
    KvConfigStack,
    LlmLoadModelConfig,
    LlmPredictionConfig,
    LlmPromptTemplate,
    LlmStructuredPredictionSetting,
)
from lmsdk.config import C, read_kv_config, to_kv_fields
from lmsdk.errors import LMStudioConfigError
from lmsdk.server.engine import GenerationParams
from lmsdk.server.errors import ServerError

__all__ = [
    "DEFAULT_CONTEXT_LENGTH",
    "LoadSettings",
    "PredictionSettings",
    "load_kv_config",
    "load_settings",
    "DEFAULT_MAX_PARALLEL",
    "merge_stack",
    "prediction_settings",
    "read_config",
]

# LM Studio's default context window; larger models' trained maximum is often
# far bigger than what fits in memory.
DEFAULT_CONTEXT_LENGTH = 4096

_P = "llm.prediction."
ENABLE_THINKING = _P + "reasoning.enableThinking"
STRUCTURED = _P + "structured"
PROMPT_TEMPLATE = _P + "promptTemplate"
OFFLOAD_RATIO = "llm.load.llama.acceleration.offloadRatio"

# Reported in predictionConfig when no layer sets them: what the engine uses.
_PREDICTION_DEFAULTS: dict[str, Any] = {
    entry["key"]: entry["value"]
    for entry in to_kv_fields(
        LlmPredictionConfig(
            temperature=0.8,
            max_tokens=False,
            stop_strings=[],
            top_k_sampling=40,
            top_p_sampling=0.95,
            min_p_sampling=0.05,
            repeat_penalty=1.1,
            structured=LlmStructuredPredictionSetting(type="none"),
        )
    )
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


def read_config(config: KvConfigStack | Mapping[str, Any], cls: type[C]) -> C:
    """The typed config of a stack (or merged KV values), through the generated KV table.

    Raises:
        ServerError: A value has the wrong shape, type or range (the error names its KV key).
    """
    values = merge_stack(config) if isinstance(config, KvConfigStack) else config
    try:
        return read_kv_config(values, cls)
    except LMStudioConfigError as exc:
        raise ServerError(f"Invalid value for the config key {exc.key}", cause=str(exc)) from exc


def _enabled(value: float | bool | None, off: float) -> float:
    """A checkbox number: its value when checked, else what disables it in the engine."""
    return off if value is None or value is False else float(value)


DEFAULT_MAX_PARALLEL = 4
"""Predictions an instance runs at once when its load config sets none (LM Studio's default
``llm.load.numParallelSessions``), on engines that run several."""


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
    """Interpret the load config keys the engines honour (context length, seed, parallel predictions).

    Raises:
        ServerError: If a value has the wrong type or range.
    """
    config = read_config(stack, LlmLoadModelConfig)
    seed: int | None = None
    if config.seed is not None and config.seed is not False and config.seed != -1:
        # -1 is llama.cpp's "random seed"; the engine wants 32 unsigned bits.
        seed = config.seed % 2**32
    return LoadSettings(
        context_length=config.context_length,
        seed=seed,
        max_parallel=config.max_parallel_predictions,
    )


def load_kv_config(context_length: int, seed: int | None, parallel: int = 1) -> KvConfig:
    """The effective load config of an instance, as reported to clients.

    Args:
        context_length: The context length of each prediction.
        seed: The instance's seed, None for random.
        parallel: Predictions the instance runs at once.
    """
    config = LlmLoadModelConfig(
        context_length=context_length,
        seed=seed if seed is not None else False,
        max_parallel_predictions=parallel,
    )
    # The engine runs on the CPU only: the offload ratio alone, with no GPU split to report.
    entries = [*to_kv_fields(config), {"key": OFFLOAD_RATIO, "value": "off"}]
    return _as_kv_config({entry["key"]: entry["value"] for entry in entries})


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
    config = read_config(merged, LlmPredictionConfig)
    stop_strings = tuple(config.stop_strings or ())
    template = config.prompt_template
    if template is not None:
        stop_strings = (*stop_strings, *template.stop_strings)
    schema, gbnf = _structured(config.structured, merged[STRUCTURED])
    max_tokens = config.max_tokens
    try:
        params = GenerationParams(
            temperature=_enabled(config.temperature, 0.8),
            max_tokens=None if max_tokens is None or max_tokens is False else max_tokens,
            stop_strings=tuple(dict.fromkeys(s for s in stop_strings if s)),
            top_k=int(_enabled(config.top_k_sampling, 0)),
            top_p=_enabled(config.top_p_sampling, 1.0),
            min_p=_enabled(config.min_p_sampling, 0.0),
            repeat_penalty=_enabled(config.repeat_penalty, 1.0),
            presence_penalty=_enabled(config.presence_penalty, 0.0),
            seed=seed,
            grammar_json_schema=schema,
            gbnf=gbnf,
        )
    except ValueError as exc:
        raise ServerError("Invalid prediction config", cause=str(exc)) from exc
    return PredictionSettings(
        params=params, prompt_template=template, effective=_as_kv_config(merged)
    )


def _structured(
    setting: LlmStructuredPredictionSetting | None, value: Any
) -> tuple[dict[str, Any] | None, str | None]:
    """Turn ``llm.prediction.structured`` into (JSON schema, GBNF grammar)."""
    if setting is None or setting.type == "none":
        return None, None
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
    raise _invalid(STRUCTURED, value, 'type "none", "json" or "gbnf"')


def _invalid(key: str, value: Any, expected: str) -> ServerError:
    return ServerError(
        f"Invalid value for the config key {key}",
        cause=f"expected {expected}, found {value!r}",
    )
