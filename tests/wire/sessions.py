"""Real client sessions that the wire tests record: the official `lmstudio` client and `lmsdk.Client`.

Each session touches as many endpoints as the client offers (RPCs with and without parameters, a void
RPC, the predict and loadModel channels, the system namespace), with tiny predictions (maxTokens 3).
"""

from __future__ import annotations

from pathlib import Path

import attrs
import lmstudio

import lmsdk

MODEL_KEY = "smollm2-135m-instruct"
SMALL = {"maxTokens": 3, "temperature": 0.0}
COPY_ID = "wire-test-copy"


@attrs.frozen
class Captures:
    """The recorded sessions: the official client's and ours (seen by the proxy and by the client)."""

    official: Path
    lmsdk_proxy: Path
    lmsdk_client: Path


def official_session(api_host: str) -> None:
    """The official lmstudio 1.5.0 client, through its public API."""
    with lmstudio.Client(api_host) as client:
        model = client.llm.model(MODEL_KEY)
        model.get_info()
        model.get_context_length()
        model.get_load_config()
        model.count_tokens("Hello there")
        model.tokenize("Hello there")
        chat = lmstudio.Chat("You are terse.")
        chat.add_user_message("Hi")
        model.apply_prompt_template(chat)
        model.respond(chat, config=SMALL)
        stream = model.respond_stream("What is 2+2?", config=SMALL)
        for _ in stream:
            pass
        model.complete("Once upon a time", config=SMALL)
        client.llm.list_loaded()
        client.list_downloaded_models()
        copy = client.llm.load_new_instance(MODEL_KEY, COPY_ID)
        copy.unload()


def lmsdk_session(api_host: str, capture: str | None = None) -> None:
    """Our client, optionally with its own client-side capture."""
    with lmsdk.Client(api_host, capture=capture) as client:
        model = client.llm.model(MODEL_KEY)
        model.get_info()
        model.count_tokens("Hello there")
        model.tokenize("Hello there")
        model.apply_prompt_template([{"role": "user", "content": "Hi"}])
        model.respond("Hi", config=SMALL)
        for _ in model.respond_stream("What is 2+2?", config=SMALL):
            pass
        model.complete("Once upon a time", config=SMALL)
        client.llm.list_loaded()
        client.system.list_downloaded_models()
        client.system.version()
        copy = client.llm.load_new_instance(MODEL_KEY, COPY_ID)
        copy.unload()
