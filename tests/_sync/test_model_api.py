# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from tests/_async/test_model_api.py.
"""The rest of the model API against the embedded server: tokenize on lists, load config, presets."""

from __future__ import annotations

import pytest

from lmsdk._sync.client import Client
from lmsdk.errors import LMStudioClientError, LMStudioError

MODEL = "smollm2-135m-instruct"


def test_tokenize_a_list_gives_one_list_per_text(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model(MODEL)
        both = model.tokenize(["Hello, world!", "Bye"])
        single = model.tokenize("Hello, world!")
        count = model.count_tokens("Bye")
        with pytest.raises(LMStudioClientError, match="str or a list of str"):
            model.tokenize(("a", "b"))  # type: ignore[call-overload]
    assert both[0] == single and len(both[1]) == count


def test_get_load_config_reports_the_context_length(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model(MODEL)
        config = model.get_load_config()
        length = model.get_context_length()
    assert config.context_length == length


def test_a_preset_is_sent_with_the_prediction(api_host: str) -> None:
    with Client(api_host) as client:
        model = client.llm.model(MODEL)
        # lmsdk serve keeps no presets, so naming one is refused, naming it: proof it was sent.
        with pytest.raises(LMStudioError, match="no-such-preset"):
            model.respond("Hi", config={"maxTokens": 2}, preset="no-such-preset")
        with pytest.raises(LMStudioError, match="no-such-preset"):
            model.complete("Hi", config={"maxTokens": 2}, preset="no-such-preset")
