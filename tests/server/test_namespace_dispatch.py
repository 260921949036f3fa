"""Routing of requests to endpoints a namespace lists but no handler implements (no socket)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from lmsdk._generated.base import EndpointSpec
from lmsdk.server.protocol import Namespace, ProtocolSession

LISTED = {
    "ping": EndpointSpec("demo", "ping", "rpc", "ping"),
    "missing": EndpointSpec("demo", "missing", "rpc", "missing"),
    "stream": EndpointSpec("demo", "stream", "channel", "stream"),
}


class Handlers:
    async def ping(self) -> None:
        return None


async def exchange(frame: dict[str, Any]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        sent.append(json.loads(json.dumps(message)))

    session = ProtocolSession(Namespace("demo", LISTED, Handlers()), send)
    await session.handle_frame(json.dumps(frame))
    await asyncio.sleep(0.1)  # the request runs in a task of its own
    await session.close()
    return sent


async def test_listed_rpc_without_a_handler_answers_not_supported() -> None:
    sent = await exchange({"type": "rpcCall", "endpoint": "missing", "callId": 7})
    errors = [m for m in sent if m["type"] == "rpcError"]
    assert len(errors) == 1 and errors[0]["callId"] == 7
    assert errors[0]["error"]["title"] == "lmsdk serve does not support RPC endpoint demo/missing"


async def test_listed_channel_without_a_handler_answers_not_supported() -> None:
    frame = {
        "type": "channelCreate",
        "endpoint": "stream",
        "channelId": 2,
        "creationParameter": None,
    }
    sent = await exchange(frame)
    errors = [m for m in sent if m["type"] == "channelError"]
    assert len(errors) == 1 and errors[0]["channelId"] == 2
    assert "does not support channel endpoint demo/stream" in errors[0]["error"]["title"]


async def test_implemented_rpc_still_runs() -> None:
    sent = await exchange({"type": "rpcCall", "endpoint": "ping", "callId": 1})
    assert sent == [{"type": "rpcResult", "callId": 1}]


async def test_unlisted_endpoint_is_unknown() -> None:
    sent = await exchange({"type": "rpcCall", "endpoint": "nope", "callId": 3})
    assert [m["error"]["title"] for m in sent if m["type"] == "rpcError"] == [
        "Unknown RPC endpoint demo/nope"
    ]
