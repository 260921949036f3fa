"""Who uses a model next: fair turns across connections, and relays that never make a model wait.

A model instance generates one prediction at a time (or one per slot, for an
engine that generates several sequences together). First come, first served
lets one connection that queues ten long predictions put every other user
behind all ten, so :class:`FairScheduler` hands turns out round robin across
clients (one per connection) and in arrival order within a client: another
user waits for at most one turn of each busy client. A client may have only
:data:`MAX_QUEUED_PER_CLIENT` requests waiting; beyond that its requests are
refused with a clear error rather than queued without bound.

A turn covers the engine's work only. Sending the results is the job of a
:class:`Relay`, which takes the engine's events without ever waiting for the
client, so a client that reads slowly (or not at all) delays nobody else's
turn; its socket's own send deadline deals with it (``lmsdk.server.app``).

Admission happens before a request queues (:func:`admit_prompt`): a prompt
longer than any context could hold is refused without being tokenized, and one
long enough to be doubtful is tokenized in a worker thread, outside any turn,
and refused if it cannot fit; tokenizing megabytes takes seconds, which would
otherwise be the model's time.

Requests name their client through :data:`current_client`, which the protocol
session sets for every request task it starts.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Generic, TypeVar

from lmsdk.server.engine import Engine
from lmsdk.server.errors import ServerError

__all__ = [
    "MAX_PROMPT_CHARS_PER_TOKEN",
    "MAX_QUEUED_PER_CLIENT",
    "FairScheduler",
    "Relay",
    "admit_prompt",
    "check_prompt_size",
    "current_client",
    "queue_full",
]

MAX_QUEUED_PER_CLIENT = 32
"""How many requests one client (connection) may have waiting for one model."""

MAX_PROMPT_CHARS_PER_TOKEN = 128
"""More characters than any one token stands for (SmolLM2's longest token is 81 bytes).

A prompt with more than this many characters per context token cannot fit, so
it is refused without being tokenized. The bound also caps the tokenization a
turn can include: about 1 s for a 4096-token context at llama.cpp's slowest
(2 us per character, for runs of one character or of spaces), a fraction of
what evaluating a prompt that fills the context takes anyway.
"""

LIKELY_CHARS_PER_TOKEN = 8
"""Characters per token above which a prompt is tokenized before it queues (English runs near 4)."""

current_client: contextvars.ContextVar[Hashable | None] = contextvars.ContextVar(
    "lmsdk_server_client", default=None
)
"""The client (connection) the running request belongs to; None outside a request."""

T = TypeVar("T")


def queue_full(limit: int) -> ServerError:
    """The error for a request beyond a client's queue limit."""
    return ServerError(
        "Too many requests queued on this connection",
        cause=f"This connection already has {limit} requests waiting for the model; "
        "one connection may queue at most that many.",
        suggestion="Wait for earlier predictions to finish (or cancel them) before starting more.",
    )


def check_prompt_size(texts: Iterable[str], context_length: int) -> None:
    """Refuse a prompt that cannot fit the context, before it is tokenized or queued.

    Args:
        texts: The prompt's texts (message contents, or the prompt itself).
        context_length: The model's context length in tokens.

    Raises:
        ServerError: If the texts hold more characters than ``context_length``
            tokens can stand for.
    """
    limit = context_length * MAX_PROMPT_CHARS_PER_TOKEN
    size = sum(len(text) for text in texts)
    if size > limit:
        raise ServerError(
            "The prompt does not fit in the model's context window",
            cause=f"The prompt has {size:,} characters; a context of {context_length} tokens "
            f"cannot hold more than {limit:,} (no token stands for more than "
            f"{MAX_PROMPT_CHARS_PER_TOKEN} characters).",
            suggestion="Shorten the conversation, or load the model with a larger contextLength.",
        )


async def admit_prompt(engine: Engine, texts: Iterable[str], context_length: int) -> None:
    """Refuse a prompt that cannot fit the context before it waits for (and holds) a turn.

    Past :func:`check_prompt_size`, a prompt with more than
    :data:`LIKELY_CHARS_PER_TOKEN` characters per context token is tokenized
    here, in a worker thread: if its texts alone need the whole context, the
    prediction is refused without taking the model's time. Engines that cannot
    tokenize (a remote server) leave the check to generation.

    Args:
        engine: The model's engine (for its tokenizer).
        texts: The prompt's texts (message contents, or the prompt itself).
        context_length: The model's context length in tokens.

    Raises:
        ServerError: If the prompt cannot fit.
    """
    texts = list(texts)
    check_prompt_size(texts, context_length)
    if sum(len(text) for text in texts) <= context_length * LIKELY_CHARS_PER_TOKEN:
        return

    def count() -> int:
        return sum(len(engine.tokenize(text, False)) for text in texts)

    try:
        tokens = await asyncio.to_thread(count)
    except ServerError:
        return
    # Texts tokenized apart may merge at most one token per seam once joined.
    if tokens - len(texts) >= context_length:
        raise ServerError(
            "The prompt does not fit in the model's context window",
            cause=f"The prompt's texts have {tokens:,} tokens; the model is loaded with a "
            f"context length of {context_length}.",
            suggestion="Shorten the conversation, or load the model with a larger contextLength.",
        )


class FairScheduler:
    """One model's turns: ``slots`` holders at a time, waiters served round robin per client.

    Used like a lock (``async with scheduler:``), for the request's
    :data:`current_client`, or through :meth:`turn` naming the client.

    Args:
        max_queued_per_client: Waiting requests allowed per client.
        slots: Turns that may run at once (an engine that generates several
            sequences together has one per sequence; most have one).

    Raises:
        ValueError: If ``slots`` is less than 1.
    """

    def __init__(
        self, max_queued_per_client: int = MAX_QUEUED_PER_CLIENT, *, slots: int = 1
    ) -> None:
        if slots < 1:
            raise ValueError(f"slots must be at least 1, got {slots}")
        self.max_queued_per_client = max_queued_per_client
        self.slots = slots
        self._running = 0
        # Clients with waiting requests, in the order they get their next turn.
        self._waiting: OrderedDict[Hashable, deque[asyncio.Future[None]]] = OrderedDict()

    def locked(self) -> bool:
        """Whether every slot is taken (as ``asyncio.Lock.locked`` for one slot)."""
        return self._running >= self.slots

    @property
    def running(self) -> int:
        """How many turns are running."""
        return self._running

    def queued(self, client: Hashable) -> int:
        """How many requests of ``client`` are waiting."""
        return len(self._waiting.get(client, ()))

    @asynccontextmanager
    async def turn(self, client: Hashable | None = None) -> AsyncIterator[None]:
        """Wait for this request's turn (round robin per client), hold it, hand it on.

        Args:
            client: Whose request this is; by default :data:`current_client`
                (requests outside any client share one queue).

        Raises:
            ServerError: If the client already has its limit of waiting requests.
        """
        if client is None:
            client = current_client.get()
        await self._acquire(client)
        try:
            yield
        finally:
            self._release(client)

    async def __aenter__(self) -> None:
        """``async with scheduler:`` waits for a turn of :data:`current_client`."""
        await self._acquire(current_client.get())

    async def __aexit__(self, *exc_info: object) -> None:
        """Hand the turn on."""
        self._release(current_client.get())

    async def _acquire(self, client: Hashable | None) -> None:
        if self._running < self.slots and not self._waiting:
            self._running += 1
            return
        queue = self._waiting.get(client)
        if queue is None:
            queue = self._waiting[client] = deque()
        elif len(queue) >= self.max_queued_per_client:
            raise queue_full(self.max_queued_per_client)
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue.append(waiter)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._release(client)  # the turn was handed to us as we were cancelled: pass it on
            else:
                self._forget(client, waiter)
            raise

    def _forget(self, client: Hashable | None, waiter: asyncio.Future[None]) -> None:
        queue = self._waiting.get(client)
        if queue is None:
            return
        try:
            queue.remove(waiter)
        except ValueError:
            return
        if not queue:
            del self._waiting[client]

    def _release(self, finished: Hashable | None) -> None:
        # The client served next goes to the back of the rotation; one with more
        # requests waiting comes round again after every other client had a turn.
        # So does the client whose turn just ended, whatever its place in the rotation.
        if finished in self._waiting and len(self._waiting) > 1:
            self._waiting.move_to_end(finished)
        while self._waiting:
            client, queue = next(iter(self._waiting.items()))
            waiter = queue.popleft()
            if queue:
                self._waiting.move_to_end(client)
            else:
                del self._waiting[client]
            if not waiter.done():
                waiter.set_result(None)
                return  # the slot passes to that waiter
        self._running -= 1


class Relay(Generic[T]):
    """Passes batches of events on to a consumer that may be slow, never making the producer wait.

    ``put`` returns at once; a task feeds the consumer in order. Used so that a
    generation's turn ends when the engine is done, not when the client has
    read everything. What waits here is bounded by the generation's length.

    Args:
        consumer: Called with each batch, in order.
    """

    def __init__(self, consumer: Callable[[list[T]], Awaitable[None]]) -> None:
        self._consumer = consumer
        self._pending: list[T] = []
        self._wake = asyncio.Event()
        self._closing = False
        self._task = asyncio.create_task(self._run())

    async def put(self, events: Sequence[T]) -> None:
        """Queue events for the consumer; returns without waiting for it."""
        self._pending.extend(events)
        self._wake.set()

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                batch, self._pending = self._pending, []
                await self._consumer(batch)
            if self._closing:
                return

    async def close(self) -> None:
        """Wait until the consumer has had every event.

        Raises:
            Exception: Whatever the consumer raised.
        """
        self._closing = True
        self._wake.set()
        try:
            await asyncio.shield(self._task)
        except asyncio.CancelledError:
            self._task.cancel()
            raise
