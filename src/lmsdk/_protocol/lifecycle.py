"""The lifecycles of one connection's channels, RPC calls and signal subscriptions, for either role.

One table keyed by the ids the client picks, fed every frame either side sends: the client's core
feeds what it sends and what the server answers, the server's core the other way round, and the wire
validator replays a capture's frames of both origins through it. Each transition that breaks a rule of
the protocol (PROTOCOL.md 3-5) comes back as a :class:`Breach`, which each side words its own way: the
client as a ProtocolViolation, the server as a communicationWarning, the validator as a sequence
problem.

The rules: an id is opened once per connection (channelCreate, rpcCall, a subscribe); later frames
name an open id; a channel ends with one channelClose or channelError and, after a packet that carries
its result, only channelClose may follow; a call gets one rpcResult or rpcError; a signal error ends
its subscription.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs

from lmsdk._generated.base import EndpointSpec

__all__ = [
    "FINAL_PACKETS",
    "ID_KEYS",
    "Breach",
    "Entry",
    "Kind",
    "Lifecycle",
    "Origin",
    "Rule",
    "frame_id",
]

Origin = Literal["client", "server"]
"""Which side sent a frame; a live connection's own role is one of these, its peer the other."""

Kind = Literal["channel", "rpc", "signal", "writableSignal"]
"""The id spaces of a connection (the client numbers each one on its own)."""

Rule = Literal["reused", "unknown", "ended", "after-final", "answered"]
"""Which rule a frame broke: an id opened twice, an id never opened, an id used after its end, a
channel packet after the final one, a second answer to a call."""

# Packets that carry a channel's result: after one, only channelClose may follow (PROTOCOL.md 3, 5).
FINAL_PACKETS: Final = frozenset({"success", "loadSuccess", "alreadyLoaded"})

ID_KEYS: Final[dict[Kind, str]] = {  # the key that carries each kind of id in a frame
    "channel": "channelId",
    "rpc": "callId",
    "signal": "subscribeId",
    "writableSignal": "subscribeId",
}


@attrs.define
class Entry:
    """One channel, call or subscription, and the steps (frame numbers) where its life changed."""

    kind: Kind
    ident: int
    endpoint: str
    spec: EndpointSpec | None
    opened: int
    finished: int | None = None
    """Step of the final packet (channels) or of the answer (calls)."""
    closed: int | None = None
    state: Any = None
    """Whatever the role keeps with the id (the client keeps the decoder of the replies)."""


@attrs.frozen
class Breach:
    """A frame that broke a lifecycle rule."""

    rule: Rule
    kind: Kind
    ident: int | None
    """None when the frame names no usable id (reported by the envelope check, not as a breach)."""
    verb: str
    """The frame type (or packet type, for after-final) that broke it."""
    previous: Entry | None = None
    """The entry the frame collided with (reused, ended, after-final, answered)."""


def frame_id(frame: dict[str, Any], key: str) -> int | None:
    """An id field of a frame, when it is an integer (JSON booleans are not ids)."""
    value = frame.get(key)
    return value if type(value) is int else None


class Lifecycle:
    """Id-keyed lifecycles of one connection.

    Args:
        keep_ended: keep ended entries, so that a frame naming one is reported as ``ended`` (with
            the step it ended at) rather than ``unknown``. The validator keeps them; a live
            connection does not, so that its table holds only what is open.
    """

    def __init__(self, keep_ended: bool = False) -> None:
        self.keep_ended = keep_ended
        self.step = 0
        """The current frame number (the validator's capture line); recorded in entries."""
        self._entries: dict[tuple[Kind, int], Entry] = {}

    def __len__(self) -> int:
        return sum(1 for e in self._entries.values() if e.closed is None)

    def open_entries(self) -> list[Entry]:
        """The entries not ended yet, in the order they were opened."""
        return [e for e in self._entries.values() if e.closed is None]

    def get(self, kind: Kind, ident: int) -> Entry | None:
        """The open entry of an id, else None."""
        entry = self._entries.get((kind, ident))
        return entry if entry is not None and entry.closed is None else None

    # -- transitions -----------------------------------------------------------------------------
    def open(
        self,
        kind: Kind,
        ident: int,
        endpoint: str,
        spec: EndpointSpec | None,
        state: Any = None,
        verb: str = "",
    ) -> tuple[Entry, Breach | None]:
        """An id is opened (channelCreate, rpcCall, a subscribe); a reused id breaks a rule.

        The new entry replaces the old one either way, so later frames are judged against it.
        """
        key = (kind, ident)
        old = self._entries.get(key)
        entry = self._entries[key] = Entry(kind, ident, endpoint, spec, self.step, state=state)
        if old is None:
            return entry, None
        return entry, Breach("reused", kind, ident, verb, old)

    def refer(self, kind: Kind, ident: int, verb: str) -> tuple[Entry | None, Breach | None]:
        """A frame names an id (a channelSend, an ack, a signal update): it must be open.

        Returns the entry (also an ended one that was kept, which the frame still belongs to)
        and the breach, if any.
        """
        entry = self._entries.get((kind, ident))
        if entry is None:
            return None, Breach("unknown", kind, ident, verb)
        if entry.closed is not None:
            return entry, Breach("ended", kind, ident, verb, entry)
        return entry, None

    def packet(self, ident: int, packet_type: Any) -> tuple[Entry | None, Breach | None]:
        """The server sends a packet on a channel: after the final packet only channelClose follows."""
        entry, breach = self.refer("channel", ident, "channelSend")
        if entry is None or breach is not None:
            return entry, breach
        if entry.finished is not None:
            breach = Breach("after-final", "channel", ident, str(packet_type), entry)
        elif packet_type in FINAL_PACKETS:
            entry.finished = self.step
        return entry, breach

    def end(self, kind: Kind, ident: int, verb: str) -> tuple[Entry | None, Breach | None]:
        """A channel or subscription ends (channelClose, channelError, a signal error)."""
        entry, breach = self.refer(kind, ident, verb)
        if entry is not None and breach is None:
            self._finish(entry)
        return entry, breach

    def answer(self, ident: int, verb: str) -> tuple[Entry | None, Breach | None]:
        """A call is answered (rpcResult, rpcError): once."""
        entry = self._entries.get(("rpc", ident))
        if entry is None:
            return None, Breach("unknown", "rpc", ident, verb)
        if entry.finished is not None:
            return entry, Breach("answered", "rpc", ident, verb, entry)
        entry.finished = self.step
        self._finish(entry)
        return entry, None

    def drop(self, kind: Kind, ident: int) -> Entry | None:
        """Stop tracking an id without a frame (the client's waiter left; the connection closed)."""
        return self._entries.pop((kind, ident), None)

    def clear(self) -> list[Entry]:
        """Forget every id (the connection is gone); returns the ones that were open."""
        entries = self.open_entries()
        self._entries.clear()
        return entries

    def _finish(self, entry: Entry) -> None:
        if self.keep_ended:
            entry.closed = self.step
        else:
            del self._entries[(entry.kind, entry.ident)]

    # -- frames ----------------------------------------------------------------------------------
    def frame(
        self, origin: Origin, frame: dict[str, Any]
    ) -> tuple[Entry | None, Breach | None] | None:
        """Apply one envelope frame sent by ``origin``; returns the entry it concerns and any breach.

        None for frames that do not follow an open id: keepAlive, warnings, auth, and the
        opening frames, which the caller opens with :meth:`open` since it knows which
        endpoints are served. A frame without a usable id breaks the ``unknown`` rule with
        ``ident`` None.
        """
        kind = frame.get("type")
        if not isinstance(kind, str):
            return None
        rule = _TRANSITIONS[origin].get(kind)
        if rule is None:
            return None
        transition, id_kind = rule
        ident = frame_id(frame, ID_KEYS[id_kind])
        if ident is None:
            return None, Breach("unknown", id_kind, None, kind)
        if transition == "refer":
            return self.refer(id_kind, ident, kind)
        if transition == "end":
            return self.end(id_kind, ident, kind)
        if transition == "answer":
            return self.answer(ident, kind)
        message = frame.get("message")
        return self.packet(ident, message.get("type") if isinstance(message, dict) else None)


# What each frame does to the id it names, by the side that sends it ("open" frames are opened by
# the caller with the endpoint's spec, so they are not listed).
_TRANSITIONS: Final[dict[str, dict[str, tuple[str, Kind]]]] = {
    "client": {
        "channelSend": ("refer", "channel"),
        "channelAck": ("refer", "channel"),
        "signalUnsubscribe": ("end", "signal"),
        "writableSignalUnsubscribe": ("end", "writableSignal"),
        "writableSignalUpdate": ("refer", "writableSignal"),
    },
    "server": {
        "channelSend": ("packet", "channel"),
        "channelAck": ("refer", "channel"),
        "channelClose": ("end", "channel"),
        "channelError": ("end", "channel"),
        "rpcResult": ("answer", "rpc"),
        "rpcError": ("answer", "rpc"),
        "signalUpdate": ("refer", "signal"),
        "signalError": ("end", "signal"),
        "writableSignalUpdate": ("refer", "writableSignal"),
        "writableSignalError": ("end", "writableSignal"),
    },
}
