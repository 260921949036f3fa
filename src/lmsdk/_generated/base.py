# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Shared pieces of the generated bindings: the UNSET sentinel, decode errors and runtime protocols."""

from __future__ import annotations

import enum
from typing import Any, Final, Generic, Literal, Protocol, TypeVar

import attrs

JsonValue = Any
"""Any JSON value (payloads whose shape depends on the endpoint or on the KV key)."""


class Unset(enum.Enum):
    """Marks an optional field whose key is absent, where JSON null is a value of its own."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Final = Unset.UNSET


class UnknownTagError(ValueError):
    """A tagged union member has a tag value that this version of the bindings does not know."""

    def __init__(self, union: str, discriminator: str, found: object, expected: list[str]) -> None:
        self.union = union
        self.discriminator = discriminator
        self.found = found
        self.expected = expected
        super().__init__(
            f"unknown {discriminator!r} value {found!r} for {union}; expected one of {expected}"
        )


class UnknownEnumValueError(ValueError):
    """An enum field holds a value that this version of the bindings does not know (strict mode)."""

    def __init__(self, enum_name: str, found: object, expected: list[str]) -> None:
        self.enum_name = enum_name
        self.found = found
        self.expected = expected
        super().__init__(f"unknown {enum_name} value {found!r}; expected one of {expected}")


@attrs.frozen
class EndpointSpec:
    """What a namespace manifest says about one endpoint."""

    namespace: str
    name: str
    kind: Literal["rpc", "channel"]
    method: str
    parameter: Any = None
    """Type of the RPC parameter or channel creation parameter; None when the endpoint takes none."""
    returns: Any = None
    """Type of the RPC result; None for void RPCs and for channels."""
    to_client: Any = None
    to_server: Any = None


ToClient = TypeVar("ToClient", covariant=True)
ToServer = TypeVar("ToServer", contravariant=True)
SendT = TypeVar("SendT", contravariant=True)
RecvT = TypeVar("RecvT", covariant=True)


class AsyncSession(Protocol):
    """What the async client stubs call into (implemented by the hand-written runtime)."""

    async def call_rpc(self, spec: EndpointSpec, parameter: object) -> Any:
        """Perform an RPC and return its decoded result."""
        ...

    async def open_channel(self, spec: EndpointSpec, creation_parameter: object) -> Any:
        """Open a channel and return the runtime's channel object."""
        ...


class SyncSession(Protocol):
    """What the sync client stubs call into (implemented by the hand-written runtime)."""

    def call_rpc(self, spec: EndpointSpec, parameter: object) -> Any:
        """Perform an RPC and return its decoded result."""
        ...

    def open_channel(self, spec: EndpointSpec, creation_parameter: object) -> Any:
        """Open a channel and return the runtime's channel object."""
        ...


class AsyncChannel(Protocol, Generic[RecvT, SendT]):
    """A typed channel as the async client stubs return it."""

    async def receive(self) -> RecvT | None:
        """The next packet, or None once the channel has closed."""
        ...

    async def send(self, message: SendT) -> None:
        """Send a packet to the other side."""
        ...


class SyncChannel(Protocol, Generic[RecvT, SendT]):
    """A typed channel as the sync client stubs return it."""

    def receive(self) -> RecvT | None:
        """The next packet, or None once the channel has closed."""
        ...

    def send(self, message: SendT) -> None:
        """Send a packet to the other side."""
        ...
