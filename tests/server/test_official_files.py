"""The official `lmstudio` 1.5.0 client's file uploads against the embedded server."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import lmstudio as lms
import pytest

MODEL = "smollm2-135m-instruct"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture(scope="module")
def official(api_host: str) -> Iterator[lms.Client]:
    with lms.Client(api_host) as client:
        yield client


def test_official_prepare_image_gets_a_typed_handle(official: lms.Client) -> None:
    handle = official.prepare_image(PNG, name="../../dot.png")
    assert handle.file_type == "image"
    assert handle.size_bytes == len(PNG)
    assert handle.identifier.startswith("file-")


def test_official_prepare_file_and_a_document_in_a_chat(official: lms.Client) -> None:
    text = b"The meeting moved to Thursday at noon."
    handle = official._prepare_file(text, name="memo.txt")
    assert (handle.file_type, handle.size_bytes) == ("text/plain", len(text))
    chat = lms.Chat()
    chat.add_user_message("When is the meeting?", _files=[handle])
    model = official.llm.model(MODEL)
    prompt = model.apply_prompt_template(chat)
    assert text.decode() in prompt and "memo.txt" in prompt
    result = model.respond(chat, config={"maxTokens": 4})
    assert result.stats.prompt_tokens_count is not None


def test_official_client_gets_the_vision_error_naming_the_model(official: lms.Client) -> None:
    image = official.prepare_image(PNG, name="dot.png")
    chat = lms.Chat()
    chat.add_user_message("What is this?", images=[image])
    with pytest.raises(
        lms.LMStudioServerError, match=f'"{MODEL}" does not support images'
    ) as caught:
        official.llm.model(MODEL).respond(chat, config={"maxTokens": 4})
    assert "generic.engineDoesNotSupportFeature" in str(caught.value)
