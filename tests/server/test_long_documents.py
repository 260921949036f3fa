"""A document longer than the model's context: the server gives the model retrieved passages."""

from __future__ import annotations

import lmsdk as lms

MODEL = "smollm2-135m-instruct"
FACTS = [
    f"Room {n} of the museum holds {thing}."
    for n, thing in enumerate(
        ["maps", "coins", "clocks", "masks", "shells", "stamps", "bells", "kites", "lamps", "fans"]
        * 6
    )
]


def test_a_document_longer_than_the_context_is_searched_not_pasted(api_host: str) -> None:
    document = "\n".join(FACTS)
    with lms.Client(api_host) as client:
        model = client.llm.load_new_instance(MODEL, "small-context", config={"contextLength": 512})
        try:
            assert model.count_tokens(document) > 512  # whole, it could never fit
            handle = client.files.prepare_file(document.encode(), "museum.txt")
            chat = lms.Chat()
            chat.add_user_message("Which room holds the clocks?", files=[handle])
            result = model.respond(chat, config={"maxTokens": 8})
            preview = model.apply_prompt_template(chat)
        finally:
            model.unload()
    assert result.stats.prompt_tokens_count is not None
    assert 0 < result.stats.prompt_tokens_count < 512
    assert document in preview  # the preview shows the document whole; predictions cannot
