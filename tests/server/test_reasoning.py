"""Thinking as reasoning fragments: the server's splitter, and the client's split of the result."""

from __future__ import annotations

import pytest

import lmsdk as lms
from lmsdk.server.reasoning import ReasoningSplitter, Segment, starts_in_reasoning

TEXT = "Hmm <think>Let me see: 2 < 3.</think>The answer is <b>yes</b>."
EXPECTED: list[Segment] = [
    ("Hmm ", "none"),
    ("<think>", "reasoningStartTag"),
    ("Let me see: 2 < 3.", "reasoning"),
    ("</think>", "reasoningEndTag"),
    ("The answer is <b>yes</b>.", "none"),
]


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for text, kind in segments:
        if merged and merged[-1][1] == kind and "Tag" not in kind:
            merged[-1] = (merged[-1][0] + text, kind)
        else:
            merged.append((text, kind))
    return merged


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64])
def test_any_chunking_gives_the_same_typed_segments(size: int) -> None:
    splitter = ReasoningSplitter()
    segments: list[Segment] = []
    for start in range(0, len(TEXT), size):
        segments.extend(splitter.feed(TEXT[start : start + size]))
    segments.extend(splitter.finish())
    assert "".join(text for text, _ in segments) == TEXT
    assert _merge(segments) == EXPECTED


def test_a_partial_tag_at_the_end_is_plain_text() -> None:
    splitter = ReasoningSplitter()
    assert splitter.feed("a <thi") == [("a ", "none")]
    assert splitter.finish() == [("<thi", "none")]


def test_an_open_think_block_in_the_prompt_starts_in_reasoning() -> None:
    assert starts_in_reasoning("<|im_start|>assistant\n<think>\n")
    assert not starts_in_reasoning("<think>done</think>\nanswer")
    assert not starts_in_reasoning("<|im_start|>assistant\n")
    splitter = ReasoningSplitter(in_reasoning=True)
    assert splitter.feed("pondering</think>done") == [
        ("pondering", "reasoning"),
        ("</think>", "reasoningEndTag"),
        ("done", "none"),
    ]


# A template that opens the think block, as Qwen3's does: everything the model writes until it
# closes the block is reasoning.
THINKING_TEMPLATE = {
    "type": "jinja",
    "jinjaPromptTemplate": {
        "template": "{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}"
        "assistant: <think>\n"
    },
    "stopStrings": [],
}


def test_a_prediction_inside_an_open_think_block_is_reasoning(api_host: str) -> None:
    with lms.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond(
            "Is 7 prime?", config={"maxTokens": 12, "promptTemplate": THINKING_TEMPLATE}
        )
    assert result.content
    if "</think>" not in result.content:
        assert result.reasoning_content == result.content
        assert result.non_reasoning_content == ""
    else:  # the model closed the block: the parts split around the tag
        before, _, after = result.content.partition("</think>")
        assert (result.reasoning_content, result.non_reasoning_content) == (before, after)


def test_a_prediction_without_thinking_is_all_answer(api_host: str) -> None:
    with lms.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond("Say hello.", config={"maxTokens": 8})
    if "<think>" not in result.content:
        assert result.non_reasoning_content == result.content
        assert result.reasoning_content == ""


def test_the_reasoning_parsing_setting_names_other_markers_or_turns_it_off() -> None:
    from lmsdk.server.reasoning import splitter_for

    custom = splitter_for({"enabled": True, "startString": "[THINK]", "endString": "[/THINK]"}, "")
    assert custom.feed("a[THINK]b[/THINK]c") == [
        ("a", "none"),
        ("[THINK]", "reasoningStartTag"),
        ("b", "reasoning"),
        ("[/THINK]", "reasoningEndTag"),
        ("c", "none"),
    ]
    off = splitter_for({"enabled": False}, "assistant: <think>\n")
    assert off.feed("x<think>y</think>z") == [("x<think>y</think>z", "none")]
    assert splitter_for("not a dict", "<think>").in_reasoning


def test_a_prediction_with_reasoning_parsing_off_is_all_answer(api_host: str) -> None:
    with lms.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        result = model.respond(
            "Is 7 prime?",
            config={
                "maxTokens": 8,
                "promptTemplate": THINKING_TEMPLATE,
                "reasoningParsing": {"enabled": False, "startString": "", "endString": ""},
            },
        )
    assert result.non_reasoning_content == result.content and result.reasoning_content == ""
