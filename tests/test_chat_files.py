"""File parts in a Chat: added with add_user_message, kept through JSON and dict round trips."""

from __future__ import annotations

import json

import pytest

from lmsdk.chat import Chat
from lmsdk.errors import LMStudioClientError
from lmsdk.files import FileHandle, encode_local_file

IMAGE = FileHandle(name="dot.png", identifier="file-1", size_bytes=70, file_type="image")
DOC = FileHandle(name="notes.txt", identifier="file-2", size_bytes=12, file_type="text/plain")


def test_user_message_holds_text_then_images_then_files() -> None:
    chat = Chat()
    message = chat.add_user_message("Look", images=[IMAGE], files=[DOC])
    assert [p.type for p in message.content] == ["text", "file", "file"]
    assert message.content[1:] == [IMAGE, DOC]


def test_file_parts_survive_json_and_dict_round_trips() -> None:
    chat = Chat("Be brief.")
    chat.add_user_message("Look", images=[IMAGE], files=[DOC])
    wire = json.loads(chat.to_json())
    assert wire["messages"][1]["content"][2] == {
        "type": "file",
        "name": "notes.txt",
        "identifier": "file-2",
        "sizeBytes": 12,
        "fileType": "text/plain",
    }
    assert Chat.from_history(chat.to_json()) == chat
    assert Chat.from_history(chat.to_dict()) == chat


def test_only_upload_handles_are_accepted() -> None:
    with pytest.raises(LMStudioClientError, match="prepare_image"):
        Chat().add_user_message("x", images=["dot.png"])  # type: ignore[list-item]


def test_local_file_inputs_encode_with_their_names(tmp_path: object) -> None:
    assert encode_local_file(b"abc", "a.bin") == ("a.bin", "YWJj")
    with pytest.raises(LMStudioClientError, match="name="):
        encode_local_file(b"abc", None)
    with pytest.raises(LMStudioClientError, match="path, bytes"):
        encode_local_file(42, None)  # type: ignore[arg-type]
