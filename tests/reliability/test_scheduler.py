"""The model's turns (lmsdk.server.scheduler) on their own: order, limits, cancellation, relays.

No sockets: these pin down the rules that tests/reliability/test_hostile_clients.py shows from a
user's side (another user waits for at most one turn of each busy connection).
"""

from __future__ import annotations

import asyncio

import pytest

from lmsdk.server.errors import ServerError
from lmsdk.server.replay_engine import ReplayEngine
from lmsdk.server.scheduler import (
    MAX_PROMPT_CHARS_PER_TOKEN,
    FairScheduler,
    Relay,
    admit_prompt,
    check_prompt_size,
    current_client,
)


async def run_turns(
    scheduler: FairScheduler, requests: list[tuple[str, str]], hold: float = 0.01
) -> list[str]:
    """Start every (client, request) in order while the first holds the turn; returns run order."""
    order: list[str] = []

    async def request(client: str, name: str) -> None:
        async with scheduler.turn(client):
            order.append(name)
            await asyncio.sleep(hold)

    tasks = []
    for client, name in requests:
        tasks.append(asyncio.create_task(request(client, name)))
        await asyncio.sleep(0)  # arrival order is creation order
    await asyncio.wait_for(asyncio.gather(*tasks), 10)
    return order


def test_turns_go_round_robin_across_clients_then_in_arrival_order() -> None:
    requests = [("hog", "h1"), ("hog", "h2"), ("hog", "h3"), ("a", "a1"), ("b", "b1")]
    requests += [("a", "a2"), ("hog", "h4")]
    order = asyncio.run(run_turns(FairScheduler(), requests))
    # The hog had a turn when a and b arrived: each of them goes before its second one.
    assert order == ["h1", "a1", "b1", "h2", "a2", "h3", "h4"]


def test_one_client_alone_is_served_in_arrival_order() -> None:
    requests = [("only", f"r{i}") for i in range(6)]
    assert asyncio.run(run_turns(FairScheduler(), requests)) == [f"r{i}" for i in range(6)]


def test_a_client_beyond_its_queue_limit_gets_a_clear_error() -> None:
    async def scenario() -> list[BaseException | None]:
        scheduler = FairScheduler(max_queued_per_client=2)
        release = asyncio.Event()

        async def request() -> None:
            async with scheduler.turn("hog"):
                await release.wait()

        tasks = [asyncio.create_task(request()) for _ in range(5)]
        await asyncio.sleep(0.05)
        assert scheduler.queued("hog") == 2
        release.set()
        return await asyncio.gather(*tasks, return_exceptions=True)

    outcomes = asyncio.run(scenario())
    errors = [o for o in outcomes if o is not None]
    assert len(errors) == 2  # one ran, two waited, two were refused
    assert all(isinstance(e, ServerError) for e in errors)
    error = errors[0]
    assert isinstance(error, ServerError)
    assert error.error.title == "Too many requests queued on this connection"
    assert error.error.cause is not None and "2 requests waiting" in error.error.cause


def test_a_cancelled_waiter_leaves_the_queue_and_the_turn_moves_on() -> None:
    async def scenario() -> list[str]:
        scheduler = FairScheduler()
        order: list[str] = []
        release = asyncio.Event()

        async def request(client: str, name: str) -> None:
            async with scheduler.turn(client):
                order.append(name)
                await release.wait()

        first = asyncio.create_task(request("a", "a1"))
        await asyncio.sleep(0)
        gone = asyncio.create_task(request("b", "b1"))
        last = asyncio.create_task(request("c", "c1"))
        await asyncio.sleep(0.01)
        gone.cancel()
        await asyncio.sleep(0.01)
        release.set()
        await asyncio.wait_for(asyncio.gather(first, last), 5)
        assert not scheduler.locked() and scheduler.queued("b") == 0
        return order

    assert asyncio.run(scenario()) == ["a1", "c1"]


def test_a_waiter_cancelled_as_it_gets_the_turn_passes_it_on() -> None:
    async def scenario() -> list[str]:
        scheduler = FairScheduler()
        order: list[str] = []

        async def request(client: str) -> None:
            async with scheduler.turn(client):
                order.append(client)

        await scheduler._acquire("holder")  # noqa: SLF001 - hold the turn by hand
        unlucky = asyncio.create_task(request("unlucky"))
        after = asyncio.create_task(request("after"))
        await asyncio.sleep(0.01)
        scheduler._release("holder")  # noqa: SLF001 - hands the turn to "unlucky"...
        unlucky.cancel()  # ...which is cancelled before it runs
        await asyncio.wait_for(asyncio.gather(unlucky, after, return_exceptions=True), 5)
        assert not scheduler.locked()
        return order

    assert asyncio.run(scenario()) == ["after"]


def test_the_lock_form_takes_turns_per_current_client() -> None:
    async def scenario() -> list[str]:
        scheduler = FairScheduler()
        order: list[str] = []

        async def request(client: str, name: str) -> None:
            current_client.set(client)
            async with scheduler:
                order.append(name)
                await asyncio.sleep(0.01)

        tasks = []
        for client, name in [("x", "x1"), ("x", "x2"), ("y", "y1")]:
            tasks.append(asyncio.create_task(request(client, name)))
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)
        return order

    assert asyncio.run(scenario()) == ["x1", "y1", "x2"]


def test_a_relay_never_makes_the_producer_wait_and_keeps_order() -> None:
    async def scenario() -> tuple[float, list[int]]:
        received: list[int] = []

        async def slow_consumer(batch: list[int]) -> None:
            await asyncio.sleep(0.05)
            received.extend(batch)

        relay: Relay[int] = Relay(slow_consumer)
        loop = asyncio.get_running_loop()
        started = loop.time()
        for index in range(100):
            await relay.put([index])
        producing = loop.time() - started
        await asyncio.wait_for(relay.close(), 5)
        return producing, received

    producing, received = asyncio.run(scenario())
    assert producing < 0.05  # not one consumer call's worth
    assert received == list(range(100))


def test_a_relay_reports_its_consumers_failure_on_close() -> None:
    async def scenario() -> None:
        async def failing(batch: list[int]) -> None:
            raise ValueError("cannot send")

        relay: Relay[int] = Relay(failing)
        await relay.put([1])
        await relay.close()

    with pytest.raises(ValueError, match="cannot send"):
        asyncio.run(scenario())


def test_several_slots_run_that_many_turns_at_once_still_round_robin() -> None:
    async def scenario() -> tuple[int, list[str]]:
        scheduler = FairScheduler(slots=2)
        order: list[str] = []
        most = 0

        async def request(client: str, name: str) -> None:
            nonlocal most
            async with scheduler.turn(client):
                order.append(name)
                most = max(most, scheduler.running)
                await asyncio.sleep(0.02)

        tasks = []
        for client, name in [("hog", "h1"), ("hog", "h2"), ("hog", "h3"), ("hog", "h4")]:
            tasks.append(asyncio.create_task(request(client, name)))
            await asyncio.sleep(0)
        tasks.append(asyncio.create_task(request("a", "a1")))
        await asyncio.wait_for(asyncio.gather(*tasks), 5)
        assert not scheduler.locked() and scheduler.running == 0
        return most, order

    most, order = asyncio.run(scenario())
    assert most == 2
    assert order.index("a1") <= 2  # after the two running hog turns at most


def test_prompts_longer_than_any_context_could_hold_are_refused() -> None:
    check_prompt_size(["x" * (4096 * MAX_PROMPT_CHARS_PER_TOKEN)], 4096)  # the limit itself fits
    with pytest.raises(ServerError) as refused:
        check_prompt_size(["x" * 5_000_000, "y"], 4096)
    assert refused.value.error.title == "The prompt does not fit in the model's context window"
    assert refused.value.error.cause is not None and "5,000,001" in refused.value.error.cause


def test_a_long_prompt_is_tokenized_before_it_queues_and_refused_if_it_cannot_fit() -> None:
    engine = ReplayEngine(context_length=4096)  # one token per whitespace-separated word
    # Long, but one "word": it fits, and is admitted.
    asyncio.run(admit_prompt(engine, ["a" * 100_000], 4096))
    text = "a " * 50_000
    with pytest.raises(ServerError) as refused:
        asyncio.run(admit_prompt(engine, [text], 4096))
    assert refused.value.error.cause is not None
    assert f"{len(engine.tokenize(text, False)):,} tokens" in refused.value.error.cause
