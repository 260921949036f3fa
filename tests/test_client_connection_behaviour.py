"""Client behaviour around connections: concurrency, running loops, deadlines and server restarts."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

import lmsdk as lms
from lmsdk.server import EmbeddedServer
from tests.fakes import FakeConnection, ScriptedServer, fragment, is_cancel, success

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


def _answer_each_stream_alone(count: int) -> Callable[[FakeConnection], None]:
    """A FAKE server script: `count` predict channels; each in turn gets one fragment, and the
    next only once the client has cancelled that one, so nothing else is on the wire meanwhile."""

    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            return conn.idle()
        conn.serve_get_or_load()
        channels = [conn.expect_channel_create("predict")["channelId"] for _ in range(count)]
        # Newest first: with turns handed round in order, the newest waiter reads last.
        for channel_id in reversed(channels):
            conn.send_packet(channel_id, fragment(f"to {channel_id}"))
            conn.expect(
                lambda f, c=channel_id: is_cancel(f) and f["channelId"] == c,
                f"the cancel of channel {channel_id}",
                timeout=5,
            )
        for channel_id in channels:
            conn.send_packet(channel_id, success(stop_reason="userStopped"))
            conn.close_channel(channel_id)
        conn.idle()

    return script


async def test_a_stream_gets_its_fragment_while_the_other_streams_on_the_socket_are_silent() -> (
    None
):
    # Every waiter but one sleeps while one reads the socket; the reader must wake the owner of
    # what it reads. (Handing the socket round in turn left this fragment's owner asleep behind
    # a waiter blocked reading a silent socket, until that one's deadline.)
    with ScriptedServer(_answer_each_stream_alone(3)) as fake:
        async with lms.AsyncClient(fake.api_host, timeout=30) as client:
            model = await client.llm.model("fake-model")

            async def first_fragment(k: int) -> str:
                stream = await model.respond_stream(f"Prompt {k}")
                async for piece in stream:
                    await stream.cancel()
                    return piece.content
                raise AssertionError("the stream ended without a fragment")

            texts = await asyncio.wait_for(asyncio.gather(*map(first_fragment, range(3))), 20)
    assert not fake.errors, fake.errors
    assert len(set(texts)) == 3 and all(t.startswith("to ") for t in texts)


def test_a_sync_stream_gets_its_fragment_while_the_other_streams_on_the_socket_are_silent() -> None:
    with (
        ScriptedServer(_answer_each_stream_alone(3)) as fake,
        lms.Client(fake.api_host, timeout=30) as client,
    ):
        model = client.llm.model("fake-model")

        def first_fragment(k: int) -> str:
            stream = model.respond_stream(f"Prompt {k}")
            for piece in stream:
                stream.cancel()
                return piece.content
            raise AssertionError("the stream ended without a fragment")

        with ThreadPoolExecutor(3) as pool:
            texts = list(pool.map(first_fragment, range(3), timeout=20))
    assert not fake.errors, fake.errors
    assert len(set(texts)) == 3 and all(t.startswith("to ") for t in texts)
