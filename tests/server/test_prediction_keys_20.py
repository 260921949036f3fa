"""Prediction keys of protocol 2.0.0 that the engine honours: presencePenalty and enableThinking."""

from __future__ import annotations

from typing import Any

import pytest

from lmsdk._generated.config import KvConfig, KvConfigField, KvConfigStack, KvConfigStackLayer
from lmsdk.server.engine import ChatPrompt, GenerationParams, prompt_text, render_chat_template
from lmsdk.server.errors import ServerError
from lmsdk.server.generation import prediction_prompt
from lmsdk.server.kv import merge_stack, prediction_settings
from lmsdk.server.replay_engine import ReplayEngine

THINKING_TEMPLATE = (
    "{% for m in messages %}{{ m['content'] }}{% endfor %}"
    "{% if enable_thinking is defined %}[thinking={{ enable_thinking }}]{% endif %}"
)


def _stack(**fields: Any) -> KvConfigStack:
    config = KvConfig(fields=[KvConfigField(key=k, value=v) for k, v in fields.items()])
    return KvConfigStack(layers=[KvConfigStackLayer(layer_name="apiOverride", config=config)])


PRESENCE = "llm.prediction.llama.presencePenalty"
THINKING = "llm.prediction.reasoning.enableThinking"


def test_presence_penalty_reaches_the_engine_and_the_effective_config() -> None:
    settings = prediction_settings(_stack(**{PRESENCE: {"checked": True, "value": 1.5}}), None)
    assert settings.params.presence_penalty == 1.5
    reported = {f.key: f.value for f in settings.effective.fields}
    assert reported[PRESENCE] == {"checked": True, "value": 1.5}
    off = prediction_settings(_stack(**{PRESENCE: {"checked": False, "value": 1.5}}), None)
    assert off.params.presence_penalty == 0.0
    assert prediction_settings(_stack(), None).params.presence_penalty == 0.0


def test_a_presence_penalty_out_of_range_is_a_clear_error() -> None:
    with pytest.raises(ServerError) as refused:
        prediction_settings(_stack(**{PRESENCE: {"checked": True, "value": 7}}), None)
    assert "must be >= -2 and <= 2, found 7" in str(refused.value.error.cause)
    with pytest.raises(ValueError, match="presence_penalty"):
        GenerationParams(presence_penalty=-3)


def test_keys_the_engine_cannot_honour_are_accepted_and_reported() -> None:
    unknown = {
        "llm.prediction.toolNaming": "snakeCase",
        "llm.prediction.vision.userMaxImageDimensionPixels": {"checked": True, "value": 512},
    }
    settings = prediction_settings(_stack(**unknown), None)
    reported = {f.key: f.value for f in settings.effective.fields}
    assert all(reported[k] == v for k, v in unknown.items())


def test_enable_thinking_is_given_to_templates_that_know_it() -> None:
    messages = [{"role": "user", "content": "Hi"}]
    assert render_chat_template(THINKING_TEMPLATE, messages, bos_token="", eos_token="") == "Hi"
    for flag in (True, False):
        rendered = render_chat_template(
            THINKING_TEMPLATE, messages, bos_token="", eos_token="", enable_thinking=flag
        )
        assert rendered == f"Hi[thinking={flag}]"


def test_enable_thinking_travels_from_the_config_to_the_chat_template() -> None:
    engine = ReplayEngine()
    messages = [{"role": "user", "content": "Hi"}]
    config = merge_stack(_stack(**{THINKING: False}))
    prompt = prediction_prompt(engine, messages, None, config)
    assert isinstance(prompt, ChatPrompt) and prompt.enable_thinking is False
    assert prediction_prompt(engine, messages, None, {}).enable_thinking is None  # type: ignore[union-attr]
    # The replay engine's ChatML template does not know the variable: the prompt is unchanged.
    assert prompt_text(engine, prompt) == prompt_text(engine, ChatPrompt(messages=tuple(messages)))
