"""Run an async service on its own event loop in a daemon thread, for sync callers.

The embedded server and the recording proxy are asyncio services that sync code (tests, the CLI, a
notebook) starts with `with ...:`, and async code with `async with ...:`. Both need the same careful
dance: start the loop, report a startup failure to the caller, and stop from another thread; it lives
here once (BackgroundLoop), as do the context-manager faces over it (BackgroundService).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self


class BackgroundLoop:
    """Runs `astart()` then, when asked, `astop()` on a private event loop in a daemon thread.

    Args:
        name: the thread's name (shows in tracebacks and py-spy).
        astart: coroutine function that starts the service; its exception is re-raised by start().
        astop: coroutine function that stops the service.
    """

    def __init__(
        self,
        name: str,
        astart: Callable[[], Awaitable[Any]],
        astop: Callable[[], Awaitable[Any]],
    ) -> None:
        self._name = name
        self.astart = astart
        self.astop = astop
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    @property
    def running(self) -> bool:
        """Whether the thread is running the service."""
        return self._thread is not None

    def start(self) -> None:
        """Start the thread and return once the service has started.

        Raises:
            RuntimeError: it is already running.
            Exception: whatever `astart()` raised.
        """
        if self._thread is not None:
            raise RuntimeError(f"{self._name} is already running")
        ready = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            try:
                await self.astart()
            except BaseException as exc:
                failure.append(exc)
                return
            finally:
                ready.set()
            try:
                await self._stop.wait()
            finally:
                await self.astop()

        self._thread = threading.Thread(
            target=asyncio.run, args=(main(),), name=self._name, daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]

    def stop(self) -> None:
        """Ask the service to stop and wait for the thread (a no-op when not running)."""
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None or loop is None or stop is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop already ended
            loop.call_soon_threadsafe(stop.set)
        thread.join()
        self._thread = None


class BackgroundService:
    """The ways to run an asyncio service whose `_background` is a BackgroundLoop over it.

    `async with service:` runs it on the caller's loop; `with service:` (or start() and stop()) runs
    it on its own loop in a daemon thread. Either way it starts with the loop's `astart` and stops with
    its `astop`.
    """

    _background: BackgroundLoop

    async def __aenter__(self) -> Self:
        await self._background.astart()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._background.astop()

    def start(self) -> Self:
        """Start in a background thread with its own event loop; return once it has started.

        Raises:
            RuntimeError: it is already running.
            Exception: whatever startup raised in the background thread (OSError: the address
                cannot be bound).
        """
        self._background.start()
        return self

    def stop(self) -> None:
        """Stop what :meth:`start` started and wait for its thread, so its shutdown is complete."""
        self._background.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
