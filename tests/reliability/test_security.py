"""Security: refused credentials reveal nothing, and tokens never leak into logs, reprs, errors or
captures.

Loopback by default is tested elsewhere and not repeated here: a non-loopback bind without a token is
refused by tests/server/test_server_protocol.py::test_malformed_token_and_public_bind_without_token_refused
(EmbeddedServer) and tests/server/test_serve_cli.py::test_serve_refuses_public_host_without_token
(`lmsdk serve`); random and malformed auth packets are in test_bad_input.py.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import lmstudio
import pytest

import lmsdk as lms
from lmsdk._cli import serve
from lmsdk.server import EmbeddedServer
from tests.reliability.helpers import MODEL_KEY, TOKEN, TOKEN_ID, TOKEN_SECRET

WRONG_SECRET = "wrongWrongWrongWrong"
SHORT = {"maxTokens": 4}


def test_servers_bind_loopback_by_default() -> None:
    assert EmbeddedServer().host == "127.0.0.1"
    parser = argparse.ArgumentParser()
    serve.configure(parser)
    assert parser.parse_args([]).host == "127.0.0.1"


def secrets_in(text: str, *extra: str) -> list[str]:
    """Which secret strings occur in text."""
    return [s for s in (TOKEN_SECRET, TOKEN, WRONG_SECRET, *extra) if s in text]


@pytest.mark.parametrize(
    "token",
    [None, f"sk-lm-{TOKEN_ID}:{WRONG_SECRET}", f"sk-lm-Zz99Yy88:{TOKEN_SECRET}"],
    ids=["no token", "wrong secret", "wrong identifier"],
)
def test_refused_credentials_give_our_client_a_typed_error_revealing_nothing(
    token_server: EmbeddedServer, token: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LM_API_TOKEN", raising=False)
    monkeypatch.delenv("LMSTUDIO_API_TOKEN", raising=False)
    with lms.Client(token_server.api_host, token, timeout=10) as client:
        with pytest.raises(lms.LMStudioAuthenticationError) as raised:
            client.llm.model(MODEL_KEY)
        with pytest.raises(lms.LMStudioAuthenticationError):
            client.system.version()  # every namespace socket is refused alike
    text = f"{raised.value} {raised.value!r}"
    assert "refused the client's credentials" in text
    assert secrets_in(text) == []


async def test_refused_credentials_give_our_async_client_a_typed_error(
    token_server: EmbeddedServer,
) -> None:
    async with lms.AsyncClient(token_server.api_host, f"sk-lm-{TOKEN_ID}:{WRONG_SECRET}") as client:
        with pytest.raises(lms.LMStudioAuthenticationError) as raised:
            await asyncio.wait_for(client.llm.list_loaded(), 20)
    assert secrets_in(str(raised.value)) == []


def test_refused_credentials_make_the_official_client_fail_promptly_revealing_nothing(
    token_server: EmbeddedServer,
) -> None:
    # lmstudio 1.5.0 has no API tokens: it authenticates with random UUIDs and is refused. It then
    # parses the refusal as an error *object* (`dict(error)`), while the protocol (and this server,
    # like LM Studio's reference server) sends a string, so 1.5.0 raises ValueError rather than its
    # LMStudioServerError; 1.6.0b1 parses the string. What we check: it fails at once, with an
    # exception, no hang and nothing secret in it.
    def attempt() -> BaseException:
        try:
            with lmstudio.Client(token_server.api_host) as client:
                client.llm.list_loaded()
        except BaseException as exc:
            return exc
        raise AssertionError("the official client was let in without the token")

    with ThreadPoolExecutor(1) as pool:
        error = pool.submit(attempt).result(timeout=30)
    assert isinstance(error, lmstudio.LMStudioError | ValueError), repr(error)
    assert secrets_in(f"{error} {error!r}") == []


def test_malformed_token_is_refused_without_repeating_it() -> None:
    bad = "sk-lm-short:notTwentyCharsButSecret"
    with pytest.raises(lms.LMStudioClientError) as raised:
        lms.Client("127.0.0.1:1", bad)
    assert "notTwentyCharsButSecret" not in str(raised.value) and bad not in str(raised.value)


def reprs_of(*objects: Any) -> str:
    return "\n".join(f"{o!r} {o!s}" for o in objects)


def test_tokens_never_appear_in_logs_reprs_errors_or_captures(
    token_server: EmbeddedServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything: lmsdk, lmsdk.server, websockets, asyncio
    capture = tmp_path / "capture.jsonl"
    texts: list[str] = []
    with lms.Client(token_server.api_host, TOKEN, capture=capture, timeout=30) as client:
        model = client.llm.model(MODEL_KEY)
        stream = model.respond_stream("Hello", config=SHORT)
        result = stream.result()
        assert result.content
        client.system.version()
        client.llm.list_loaded()
        with pytest.raises(lms.LMStudioModelNotFoundError) as not_found:
            client.llm.model("no-such-model")
        with pytest.raises(lms.LMStudioConfigError) as bad_config:
            model.respond("Hello", config={"maxTokenz": 1})
        sessions = list(client._sessions.values())
        assert sessions, "the client should hold its namespace sessions"
        texts.append(
            reprs_of(
                client,
                client._creds,
                client.llm,
                client.system,
                model,
                stream,
                result,
                *sessions,
                *(session._conn for session in sessions),
                not_found.value,
                bad_config.value,
                token_server,
                token_server.api_token,
            )
        )
    with pytest.raises(lms.LMStudioAuthenticationError) as refused:
        with lms.Client(token_server.api_host, f"sk-lm-{TOKEN_ID}:{WRONG_SECRET}") as wrong:
            wrong.llm.list_loaded()
    texts.append(reprs_of(refused.value, wrong, wrong._creds))

    async def async_session() -> str:
        async with lms.AsyncClient(token_server.api_host, TOKEN) as client:
            model = await client.llm.model(MODEL_KEY)
            await model.respond("Hello", config=SHORT)
            return reprs_of(client, client._creds, model, *client._sessions.values())

    texts.append(asyncio.run(async_session()))

    records = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert [r for r in records if secrets_in(r)] == []
    frame_log = [r.getMessage() for r in caplog.records if r.name.startswith("websockets")]
    assert any("TEXT" in r for r in frame_log), "websockets' DEBUG frame log should have run"
    assert [t for t in texts if secrets_in(t)] == []
    frames = capture.read_text()
    assert "<redacted>" in frames and TOKEN_ID in frames  # the public half may show
    assert secrets_in(frames) == []
