"""The receive timeout: a silent server ends the wait at the deadline, and the socket stays usable.

The async transport arms its timeout only once recv() has to wait (frames already buffered are taken
without one), so this is the test of that path; the generated sync copy tests the sync transport.
"""

from __future__ import annotations

import time

import pytest

import lmsdk as lms
from tests.fakes import FakeConnection, ScriptedServer, fragment, is_cancel, progress


async def test_a_silent_server_ends_the_stream_at_its_deadline_and_the_socket_stays_usable() -> (
    None
):
    def script(conn: FakeConnection) -> None:
        if conn.namespace != "llm":
            return conn.idle()
        conn.serve_get_or_load()
        channel_id = conn.expect_channel_create("predict")["channelId"]
        conn.send_packet(channel_id, progress(0.0))
        conn.send_packet(channel_id, progress(1.0))
        for text in ("Once", " upon", " a"):
            conn.send_packet(channel_id, fragment(text))
        conn.idle()  # silence from here on

    with ScriptedServer(script) as fake:
        async with lms.AsyncClient(fake.api_host, timeout=1.0) as client:
            model = await client.llm.model("fake-model")
            stream = await model.respond_stream("Tell me a story.")
            seen: list[str] = []
            last = time.monotonic()
            with pytest.raises(lms.LMStudioTimeoutError) as raised:
                async for piece in stream:
                    seen.append(piece.content)
                    last = time.monotonic()
            waited = time.monotonic() - last
            assert 0.9 <= waited < 2.5, f"ended {waited:.2f}s after the last fragment"
            assert raised.value.partial_content == "".join(seen) == "Once upon a"
            assert "within 1s" in str(raised.value)
            assert fake.wait_for(is_cancel, timeout=5), "the fake never saw a cancel"
            # The interrupted receive left the socket usable: the next wait times out cleanly too.
            again = await model.respond_stream("And another one.")
            with pytest.raises(lms.LMStudioTimeoutError):
                async for _ in again:
                    pass
    assert not fake.errors
