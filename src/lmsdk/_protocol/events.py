"""Events that the sans-I/O connection emits: small frozen values, one per thing that happened."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.frozen
class AuthAccepted:
    """The server accepted the auth packet; requests may now be sent."""


@attrs.frozen
class AuthRejected:
    """The server refused the credentials (it closes the socket next)."""

    error: str


@attrs.frozen
class ChannelMessage:
    """A decoded packet arrived on a channel."""

    channel_id: int
    message: Any
    raw: Any = None


@attrs.frozen
class ChannelClosed:
    """The server ended a channel normally."""

    channel_id: int


@attrs.frozen
class ChannelFailed:
    """The server ended a channel with an error, or the connection was lost."""

    channel_id: int
    error: Any
    lost: bool = False


@attrs.frozen
class RpcSucceeded:
    """An RPC returned (result is None for void results and absent "not found" answers)."""

    call_id: int
    result: Any


@attrs.frozen
class RpcFailed:
    """An RPC failed on the server, its result could not be decoded, or the connection was lost."""

    call_id: int
    error: Any
    lost: bool = False
    protocol: bool = False


@attrs.frozen
class PeerWarning:
    """The server sent a communicationWarning (or a packet this client cannot use and skips)."""

    warning: str
    kind: str | None = None


@attrs.frozen
class ProtocolViolation:
    """A frame broke the protocol; channel_id is set when one channel's payload was unusable."""

    detail: str
    channel_id: int | None = None


Event = (
    AuthAccepted
    | AuthRejected
    | ChannelMessage
    | ChannelClosed
    | ChannelFailed
    | RpcSucceeded
    | RpcFailed
    | PeerWarning
    | ProtocolViolation
)
