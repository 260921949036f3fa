"""complete() against a server older than protocol 2.0.0, which has no `llm/completeRawText`.

The server is the SCRIPTED FAKE of tests/fakes.py, because `lmsdk serve` has the channel: the fake
refuses it the two ways older servers do (LM Studio's communicationWarning alone, which names the
endpoint but no channel id, or a channelError), then serves `predict`. The client must complete
through `predict` with the completion formatting layer, and remember the refusal for the rest of
the connection. Against `lmsdk serve` itself the channel is used (tests/server/test_protocol_20_endpoints.py).
"""

from __future__ import annotations

from typing import Any

import pytest

import lmsdk as lms
from lmsdk._prediction import COMPLETION_TEMPLATE
from tests.fakes import (
    FAKE_MODEL,
    FakeConnection,
    ScriptedServer,
    fragment,
    progress,
    serialized_error,
    success,
    user_text,
)

REFUSALS = {
    # LM Studio (Release-54) only warns, with no id, in these words (lmstudio-js ServerPort);
    # the connection turns the warning into the failure.
    "warning": lambda channel_id: {
        "type": "communicationWarning",
        "warning": "Received channelCreate for unknown endpoint, endpoint = completeRawText",
    },
    # lmsdk serve before protocol 2.0.0 answered with the warning's text as a channelError.
    "channelError": lambda channel_id: {
        "type": "channelError",
        "channelId": channel_id,
        "error": serialized_error(
            "Unknown channel endpoint llm/completeRawText", "", "Update the server."
        ),
    },
}


def _serve_old_server(refusal: str, prompts: list[str]) -> Any:
    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            conn.idle()
            return
        conn.serve_get_or_load()
        create = conn.expect_channel_create("completeRawText")
        conn.send(REFUSALS[refusal](create["channelId"]))
        for answer in (" Paris", " Rome"):
            predict = conn.expect_channel_create("predict")
            prompts.append(user_text(predict))
            layers = predict["creationParameter"]["predictionConfigStack"]["layers"]
            last = layers[-1]
            assert last["layerName"] == "completeModeFormatting"
            template = last["config"]["fields"][0]["value"]["jinjaPromptTemplate"]["template"]
            assert template == COMPLETION_TEMPLATE
            channel_id = predict["channelId"]
            conn.send_packet(channel_id, progress(0.0))
            conn.send_packet(channel_id, progress(1.0))
            conn.send_packet(channel_id, fragment(answer))
            conn.send_packet(channel_id, success())
            conn.close_channel(channel_id)
        conn.idle(timeout=2)

    return script


@pytest.mark.parametrize("refusal", sorted(REFUSALS))
def test_complete_falls_back_to_predict_and_remembers_it(refusal: str) -> None:
    prompts: list[str] = []
    with ScriptedServer(_serve_old_server(refusal, prompts)) as server:
        with lms.Client(server.api_host, timeout=10) as client:
            model = client.llm.model(FAKE_MODEL)
            first = model.complete("The capital of France is")
            second = model.complete("The capital of Italy is")
        assert not server.errors, server.errors
        created = [
            f["endpoint"]
            for f in server.received("llm")
            if isinstance(f, dict) and f.get("type") == "channelCreate"
        ]
    assert first.content == " Paris"
    assert second.content == " Rome"
    assert prompts == ["The capital of France is", "The capital of Italy is"]
    # One refused completeRawText, then predict only: the refusal is remembered.
    assert created == ["getOrLoad", "completeRawText", "predict", "predict"]


def test_another_refusal_of_complete_raw_text_is_reported_not_retried() -> None:
    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            conn.idle()
            return
        conn.serve_get_or_load()
        create = conn.expect_channel_create("completeRawText")
        conn.send(
            {
                "type": "channelError",
                "channelId": create["channelId"],
                "error": serialized_error("The model crashed", "out of memory", "Load less."),
            }
        )
        conn.idle(timeout=2)

    with ScriptedServer(script) as server:
        with lms.Client(server.api_host, timeout=10) as client:
            model = client.llm.model(FAKE_MODEL)
            with pytest.raises(lms.LMStudioServerError, match="The model crashed"):
                model.complete("Hello")
        assert not server.errors, server.errors
        assert not any(
            isinstance(f, dict) and f.get("endpoint") == "predict" for f in server.received("llm")
        )
