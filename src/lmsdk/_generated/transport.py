# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `transport` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET
from lmsdk._generated.common import SerializedError

__all__ = [
    "AuthPacket",
    "AuthResult",
    "ChannelCreate",
    "ClientChannelSend",
    "ClientChannelAck",
    "RpcCall",
    "SignalSubscribe",
    "SignalUnsubscribe",
    "WritableSignalSubscribe",
    "WritableSignalUnsubscribe",
    "ClientWritableSignalUpdate",
    "KeepAlive",
    "CommunicationWarning",
    "ServerChannelSend",
    "ServerChannelAck",
    "ChannelClose",
    "ChannelError",
    "RpcResult",
    "RpcError",
    "SignalUpdate",
    "SignalError",
    "ServerWritableSignalUpdate",
    "WritableSignalError",
    "KeepAliveAck",
    "ClientMessage",
    "ServerMessage",
]


@attrs.frozen(kw_only=True)
class AuthPacket:
    """Credentials the client sends as its first frame, before any envelope message."""

    auth_version: Literal[1] = 1
    client_identifier: str
    """Client identity (a random guest id or the public part of an API token)."""
    client_passkey: str
    """Secret paired with the identifier (a random passkey or the secret part of an API token)."""


@attrs.frozen(kw_only=True)
class AuthResult:
    """The server's answer to the auth packet; after a failure the server closes the socket."""

    success: bool
    """Whether the client is now authenticated."""
    error: str | None = None
    """Why authentication failed."""


@attrs.frozen(kw_only=True)
class ChannelCreate:
    """Opens a channel to a channel endpoint."""

    type: Literal["channelCreate"] = "channelCreate"
    endpoint: str
    """Name of the endpoint within the socket's namespace."""
    channel_id: int
    """Client-chosen id of the channel."""
    creation_parameter: Any = UNSET
    """Endpoint-specific creation parameter; the key is left out when the endpoint takes none."""


@attrs.frozen(kw_only=True)
class ClientChannelSend:
    """Sends one packet to the server over an open channel."""

    type: Literal["channelSend"] = "channelSend"
    channel_id: int
    """Client-chosen id of the channel."""
    message: Any
    """The endpoint's to-server packet."""
    ack_id: int | None = None
    """Asks the receiver to acknowledge this packet with this id."""


@attrs.frozen(kw_only=True)
class ClientChannelAck:
    """Acknowledges a server packet that carried an ackId."""

    type: Literal["channelAck"] = "channelAck"
    channel_id: int
    """Client-chosen id of the channel."""
    ack_id: int
    """The ackId being acknowledged."""


@attrs.frozen(kw_only=True)
class RpcCall:
    """Calls a request/response endpoint."""

    type: Literal["rpcCall"] = "rpcCall"
    endpoint: str
    """Name of the endpoint within the socket's namespace."""
    call_id: int
    """Client-chosen id of the call."""
    parameter: Any = UNSET
    """Endpoint-specific parameter; the key is left out when the endpoint takes none."""


@attrs.frozen(kw_only=True)
class SignalSubscribe:
    """Subscribes to a read-only signal endpoint."""

    type: Literal["signalSubscribe"] = "signalSubscribe"
    endpoint: str
    """Name of the endpoint within the socket's namespace."""
    subscribe_id: int
    """Client-chosen id of the subscription."""
    creation_parameter: Any
    """Endpoint-specific creation parameter."""


@attrs.frozen(kw_only=True)
class SignalUnsubscribe:
    """Ends a read-only signal subscription."""

    type: Literal["signalUnsubscribe"] = "signalUnsubscribe"
    subscribe_id: int
    """Client-chosen id of the subscription."""


@attrs.frozen(kw_only=True)
class WritableSignalSubscribe:
    """Subscribes to a writable signal endpoint."""

    type: Literal["writableSignalSubscribe"] = "writableSignalSubscribe"
    endpoint: str
    """Name of the endpoint within the socket's namespace."""
    subscribe_id: int
    """Client-chosen id of the subscription."""
    creation_parameter: Any
    """Endpoint-specific creation parameter."""


@attrs.frozen(kw_only=True)
class WritableSignalUnsubscribe:
    """Ends a writable signal subscription."""

    type: Literal["writableSignalUnsubscribe"] = "writableSignalUnsubscribe"
    subscribe_id: int
    """Client-chosen id of the subscription."""


@attrs.frozen(kw_only=True)
class ClientWritableSignalUpdate:
    """Writes changes to a writable signal."""

    type: Literal["writableSignalUpdate"] = "writableSignalUpdate"
    subscribe_id: int
    """Client-chosen id of the subscription."""
    patches: list[Any]
    """Immer-style patches to apply to the signal value."""
    tags: list[str]
    """Tags identifying the writes that produced these patches."""


@attrs.frozen(kw_only=True)
class KeepAlive:
    """Optional liveness probe; the server answers with keepAliveAck."""

    type: Literal["keepAlive"] = "keepAlive"


@attrs.frozen(kw_only=True)
class CommunicationWarning:
    """Reports a message the peer could not use; no error reply follows for the offending request."""

    type: Literal["communicationWarning"] = "communicationWarning"
    warning: str
    """Human-readable description of the problem."""
    kind: str | None = None
    """Machine-readable category such as channelUnknown or rpcParameterTypeError (newer peers only)."""


@attrs.frozen(kw_only=True)
class ServerChannelSend:
    """Delivers one packet from the server over an open channel."""

    type: Literal["channelSend"] = "channelSend"
    channel_id: int
    """Client-chosen id of the channel."""
    message: Any
    """The endpoint's to-client packet."""
    ack_id: int | None = None
    """Asks the client to acknowledge this packet with this id."""


@attrs.frozen(kw_only=True)
class ServerChannelAck:
    """Acknowledges a client packet that carried an ackId."""

    type: Literal["channelAck"] = "channelAck"
    channel_id: int
    """Client-chosen id of the channel."""
    ack_id: int
    """The ackId being acknowledged."""


@attrs.frozen(kw_only=True)
class ChannelClose:
    """Ends a channel normally after its handler finished."""

    type: Literal["channelClose"] = "channelClose"
    channel_id: int
    """Client-chosen id of the channel."""


@attrs.frozen(kw_only=True)
class ChannelError:
    """Ends a channel because its handler failed."""

    type: Literal["channelError"] = "channelError"
    channel_id: int
    """Client-chosen id of the channel."""
    error: SerializedError
    """What went wrong."""


@attrs.frozen(kw_only=True)
class RpcResult:
    """Successful answer to an rpcCall."""

    type: Literal["rpcResult"] = "rpcResult"
    call_id: int
    """Client-chosen id of the call."""
    result: Any = UNSET
    """The endpoint's return value; absent for void results and for not-found answers."""


@attrs.frozen(kw_only=True)
class RpcError:
    """Failed answer to an rpcCall."""

    type: Literal["rpcError"] = "rpcError"
    call_id: int
    """Client-chosen id of the call."""
    error: SerializedError
    """What went wrong."""


@attrs.frozen(kw_only=True)
class SignalUpdate:
    """Changes to the value of a read-only signal."""

    type: Literal["signalUpdate"] = "signalUpdate"
    subscribe_id: int
    """Client-chosen id of the subscription."""
    patches: list[Any]
    """Immer-style patches to apply to the signal value."""
    tags: list[str]
    """Tags identifying the writes that produced these patches."""


@attrs.frozen(kw_only=True)
class SignalError:
    """Ends a read-only signal subscription because it failed."""

    type: Literal["signalError"] = "signalError"
    subscribe_id: int
    """Client-chosen id of the subscription."""
    error: SerializedError
    """What went wrong."""


@attrs.frozen(kw_only=True)
class ServerWritableSignalUpdate:
    """Changes to the value of a writable signal."""

    type: Literal["writableSignalUpdate"] = "writableSignalUpdate"
    subscribe_id: int
    """Client-chosen id of the subscription."""
    patches: list[Any]
    """Immer-style patches to apply to the signal value."""
    tags: list[str]
    """Tags identifying the writes that produced these patches."""


@attrs.frozen(kw_only=True)
class WritableSignalError:
    """Ends a writable signal subscription because it failed."""

    type: Literal["writableSignalError"] = "writableSignalError"
    subscribe_id: int
    """Client-chosen id of the subscription."""
    error: SerializedError
    """What went wrong."""


@attrs.frozen(kw_only=True)
class KeepAliveAck:
    """The server's answer to a keepAlive."""

    type: Literal["keepAliveAck"] = "keepAliveAck"


ClientMessage: TypeAlias = (
    ChannelCreate
    | ClientChannelSend
    | ClientChannelAck
    | RpcCall
    | SignalSubscribe
    | SignalUnsubscribe
    | WritableSignalSubscribe
    | WritableSignalUnsubscribe
    | ClientWritableSignalUpdate
    | KeepAlive
    | CommunicationWarning
)
"""Any message a client sends to the server. Tagged by `type`."""


ServerMessage: TypeAlias = (
    ServerChannelSend
    | ServerChannelAck
    | ChannelClose
    | ChannelError
    | RpcResult
    | RpcError
    | SignalUpdate
    | SignalError
    | ServerWritableSignalUpdate
    | WritableSignalError
    | KeepAliveAck
    | CommunicationWarning
)
"""Any message the server sends to a client. Tagged by `type`."""
