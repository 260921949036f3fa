"""Run an async service on its own event loop in a daemon thread, for sync callers.

The embedded server and the recording proxy are asyncio services that sync code (tests, the CLI, a
notebook) starts with `with ...:`. Both need the same careful dance: start the loop, report a startup
failure to the caller, and stop from another thread; it lives here once.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Awaitable, Callable
from typing import Any


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
        self._astart = astart
        self._astop = astop
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
                await self._astart()
            except BaseException as exc:
                failure.append(exc)
                return
            finally:
                ready.set()
            try:
                await self._stop.wait()
            finally:
                await self._astop()

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
