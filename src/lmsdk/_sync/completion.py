# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/completion.py.
"""Raw text completion: ``llm/completeRawText`` where the server has it, else ``predict``.

Protocol 2.0.0 gave completions a channel of their own, which sends the prompt as it is. Older
servers (LM Studio before it, lmsdk serve in older versions) do not know it: they refuse the
channel (an error, or a warning that the connection turns into one). The client then makes the
same completion through ``predict`` with the completion formatting layer, as Release-54 clients
did, and remembers for the rest of the connection that the server lacks the channel, so only the
first completion on a socket pays for the extra round trip. The official 2.0.0 SDK has no such
fallback and cannot complete against older servers.

To learn which case applies before handing out the stream, the first packet is read here: a
refusal arrives before any packet, and a served completion starts with its first progress report.
"""

from __future__ import annotations

from typing import Any

from lmsdk._generated.common import ModelSpecifier
from lmsdk._generated.config import KvConfigStack
from lmsdk._generated.endpoints import LLM_ENDPOINTS
from lmsdk._generated.llm import CompleteRawTextCreationParameter, PredictCancelPacket
from lmsdk._prediction import is_unknown_endpoint
from lmsdk._sync.session import Channel, Session
from lmsdk.errors import LMStudioServerError, LMStudioTimeoutError

__all__ = ["COMPLETE_RAW_TEXT", "PrefetchedChannel", "open_raw_completion"]

COMPLETE_RAW_TEXT = "completeRawText"


class PrefetchedChannel(Channel):
    """A channel whose first packet was already read: receive() hands it out first."""

    def __init__(self, session: Session, channel_id: int, first: Any) -> None:
        super().__init__(session, LLM_ENDPOINTS[COMPLETE_RAW_TEXT], channel_id)
        self._first: Any = first
        self._pending = True

    def receive(self, timeout: float | None = None) -> Any:
        """The prefetched packet, then the channel's own packets."""
        if self._pending:
            self._pending = False
            self.closed = self._first is None  # None: the channel ended before any packet
            return self._first
        return super().receive(timeout)


def open_raw_completion(
    session: Session,
    specifier: ModelSpecifier,
    prompt: str,
    stack: KvConfigStack,
    timeout: float | None,
    *,
    preset: str | None = None,
) -> PrefetchedChannel | None:
    """Open ``completeRawText``; None if this server does not have it (now or before).

    Raises:
        LMStudioServerError: The server refused the completion for another reason.
        LMStudioTimeoutError: Nothing arrived within ``timeout``.
    """
    if COMPLETE_RAW_TEXT in session.missing_endpoints:
        return None
    parameter = CompleteRawTextCreationParameter(
        model_specifier=specifier,
        raw_prompt=prompt,
        prediction_config_stack=stack,
        fuzzy_preset_identifier=preset,
    )
    channel = session.open_channel(LLM_ENDPOINTS[COMPLETE_RAW_TEXT], parameter)
    try:
        first = channel.receive(timeout)
    except LMStudioTimeoutError:
        channel.send(PredictCancelPacket())  # the server may still start it later
        channel.forget()
        raise
    except LMStudioServerError as exc:
        if not is_unknown_endpoint(exc, COMPLETE_RAW_TEXT):
            raise
        session.missing_endpoints.add(COMPLETE_RAW_TEXT)
        return None
    return PrefetchedChannel(session, channel.channel_id, first)
