"""What a loaded instance is busy with, for ``getInstanceProcessingState``.

An instance runs one generation at a time under its lock, and every prediction
registers its cancel event on the instance before it waits for that lock (see
:class:`~lmsdk.server.models.Instance`). So the lock says whether the instance
works at all, and the cancel events count the waiting requests. Whether a
running generation is still reading its prompt or already writing is only
visible in its events: :func:`track` wraps the callback that receives them.
``queued`` counts the running request too, as lmstudio-js documents it.
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from lmsdk._generated.llm import InstanceProcessingState, ModelInstanceProcessingStatus
from lmsdk.server.engine import Piece
from lmsdk.server.models import Instance

__all__ = ["processing_state", "track"]

EventT = TypeVar("EventT")


class _Activity:
    """The phase of the generation an instance runs now (or ran last)."""

    def __init__(self) -> None:
        self.generating = False


# Weak keys: an unloaded instance takes its activity with it.
_activities: weakref.WeakKeyDictionary[Instance, _Activity] = weakref.WeakKeyDictionary()


def track(
    instance: Instance, forward: Callable[[Sequence[EventT]], Awaitable[None]]
) -> Callable[[Sequence[EventT]], Awaitable[None]]:
    """Wrap the event callback of a generation that is starting on ``instance``.

    Call it under the instance's lock, right before the generation: the instance
    is then processing the prompt until the first generated piece arrives.
    """
    activity = _Activity()
    _activities[instance] = activity

    async def forward_tracked(events: Sequence[EventT]) -> None:
        if not activity.generating and any(isinstance(e, Piece) for e in events):
            activity.generating = True
        await forward(events)

    return forward_tracked


def processing_state(instance: Instance, *, embedding: bool = False) -> InstanceProcessingState:
    """The instance's current status and the number of requests waiting for it.

    Args:
        instance: A loaded instance.
        embedding: Whether it is an embedding model (its work is ``computingEmbedding``).
    """
    busy = instance.lock.running > 0  # locked() means every slot is taken
    status: ModelInstanceProcessingStatus = "idle"
    if busy and embedding:
        status = "computingEmbedding"
    elif busy:
        activity = _activities.get(instance)
        status = (
            "generating" if activity is not None and activity.generating else "processingPrompt"
        )
    # Requests register their cancel event before waiting for the lock and drop it after
    # their generation, so while the lock is held the events are the running request and
    # the waiting ones: what lmstudio-js documents as queued ("including the current one").
    queued = len(instance.cancels) if busy else 0
    return InstanceProcessingState(status=status, queued=queued)
