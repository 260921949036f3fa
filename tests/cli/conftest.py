"""Fixtures driving the `lmsdk` command line as a user would: in a subprocess or a pseudo-terminal."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator

import pexpect
import pytest

from tests.cli.helpers import CLI, cli_env

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli() -> RunCli:
    """Run `lmsdk ARGS...` to completion; returns the CompletedProcess (text stdout and stderr)."""

    def run(
        *args: str, stdin: str | None = None, timeout: float = 120, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CLI, *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            timeout=timeout,
            env=cli_env(**env),
        )

    return run


@pytest.fixture
def spawn_cli() -> Iterator[Callable[..., pexpect.spawn]]:
    """Start `lmsdk ARGS...` in a pseudo-terminal (stdin, stdout and stderr all a TTY)."""
    children: list[pexpect.spawn] = []

    def spawn(*args: str) -> pexpect.spawn:
        child = pexpect.spawn(
            CLI[0],
            [*CLI[1:], *args],
            env=cli_env(),
            encoding="utf-8",
            timeout=60,
            dimensions=(40, 200),
        )
        children.append(child)
        return child

    yield spawn
    for child in children:
        if child.isalive():
            child.terminate(force=True)
