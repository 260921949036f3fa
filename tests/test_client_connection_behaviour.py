"""Client behaviour around connections: concurrency, running loops, deadlines and server restarts."""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor

import pytest

import lmsdk as lms
from lmsdk.server import EmbeddedServer
from tests.fakes import FakeConnection, ScriptedServer

KEY = "smollm2-135m-instruct"
SHORT = {"maxTokens": 8, "temperature": 0}


def test_threads_share_one_sync_client_without_mixing_answers(api_host: str) -> None:
    prompts = [f"Repeat the number {n} three times." for n in range(4)]
    with lms.Client(api_host) as client:
        model = client.llm.model(KEY)

        def ask(prompt: str) -> tuple[str, str, str]:
            stream = model.respond_stream(prompt, config=SHORT)
            joined = "".join(f.content for f in stream)
            return prompt, joined, stream.result().content

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(ask, prompts))
        alone = {p: model.respond(p, config=SHORT).content for p in prompts}
    for prompt, joined, content in results:
        assert joined == content
        assert content == alone[prompt], "temperature 0: the same answer as when asked alone"


async def test_tasks_share_one_async_client_without_mixing_answers(api_host: str) -> None:
    prompts = [f"Name the colour number {n}." for n in range(4)]
    async with lms.AsyncClient(api_host) as client:
        model = await client.llm.model(KEY)

        async def ask(prompt: str) -> tuple[str, str]:
            stream = await model.respond_stream(prompt, config=SHORT)
            joined = "".join([f.content async for f in stream])
            return joined, (await stream.result()).content

        results = await asyncio.gather(*(ask(p) for p in prompts))
        alone = [(await model.respond(p, config=SHORT)).content for p in prompts]
    assert [content for _, content in results] == alone
    assert all(joined == content for joined, content in results)


async def test_sync_api_works_inside_a_running_event_loop(api_host: str) -> None:
    # As in a notebook: the sync client uses threads, not a nested loop.
    with lms.Client(api_host) as client:
        result = client.llm.model(KEY).respond("Hi", config=SHORT)
    assert result.content


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_client_recovers_on_its_next_call_after_the_server_restarts() -> None:
    port = _free_port()
    with EmbeddedServer(port=port) as server, lms.Client(server.api_host, timeout=30) as client:
        model = client.llm.model(KEY)
        assert model.respond("Hi", config=SHORT).content
        server.stop()
        with pytest.raises(lms.LMStudioConnectionError):
            model.respond("Hi", config=SHORT)
        server.start()
        model = client.llm.model(KEY)
        assert model.respond("Hi", config=SHORT).content


def test_silent_server_ends_an_rpc_at_its_deadline() -> None:
    def script(conn: FakeConnection) -> None:
        conn.idle()  # authenticated, then never answers

    with ScriptedServer(script) as fake, lms.Client(fake.api_host, timeout=1.5) as client:
        with pytest.raises(lms.LMStudioTimeoutError, match="within 1.5s"):
            client.llm.list_loaded()
