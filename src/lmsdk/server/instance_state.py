"""What a loaded instance is busy with, for ``getInstanceProcessingState``.

An instance runs as many generations at a time as its engine has slots, under
its scheduler, and every prediction registers its cancel event on the instance
before it waits for a turn (see :class:`~lmsdk.server.models.Instance`). So the
scheduler says whether the instance works at all, and the cancel events count
the running and waiting requests. Whether a running generation is still reading
its prompt or already writing is only visible in its events: :func:`track`
wraps the callback that receives them for as long as the generation runs. The
instance is ``generating`` while any of its generations writes, else
``processingPrompt``. ``queued`` counts the running requests too, as
lmstudio-js documents it ("including the current one").
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from lmsdk._generated.llm import InstanceProcessingState, ModelInstanceProcessingStatus
from lmsdk.server.engine import Piece
from lmsdk.server.models import Instance

__all__ = ["processing_state", "track"]

EventT = TypeVar("EventT")


class _Activity:
    """The phase of one running generation."""

    def __init__(self) -> None:
        self.generating = False


# Weak keys: an unloaded instance takes its activities with it.
_activities: weakref.WeakKeyDictionary[Instance, set[_Activity]] = weakref.WeakKeyDictionary()


@contextmanager
def track(
    instance: Instance, forward: Callable[[Sequence[EventT]], Awaitable[None]]
) -> Iterator[Callable[[Sequence[EventT]], Awaitable[None]]]:
    """Wrap the event callback of a generation running on ``instance`` while the block runs.

    Enter it in the generation's turn, right before the generation: it is then
    processing the prompt until the first generated piece arrives.
    """
    activity = _Activity()

    async def forward_tracked(events: Sequence[EventT]) -> None:
        if not activity.generating and any(isinstance(e, Piece) for e in events):
            activity.generating = True
        await forward(events)

    running = _activities.setdefault(instance, set())
    running.add(activity)
    try:
        yield forward_tracked
    finally:
        running.discard(activity)


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
        running = _activities.get(instance, set())
        status = "generating" if any(a.generating for a in running) else "processingPrompt"
    # Requests register their cancel event before waiting for a turn and drop it after their
    # generation, so while one runs the events are the running requests and the waiting ones.
    queued = len(instance.cancels) if busy else 0
    return InstanceProcessingState(status=status, queued=queued)
