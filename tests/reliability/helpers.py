"""Helpers of the reliability tests: `lmsdk serve` as a killable subprocess, ports, the test token.

Everything listens on loopback only, and every wait has a timeout.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[2]
MODEL_KEY = "smollm2-135m-instruct"
TOKEN_ID = "Ab12Cd34"
TOKEN_SECRET = "s3cretS3cretS3cret12"
TOKEN = f"sk-lm-{TOKEN_ID}:{TOKEN_SECRET}"


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServeProcess:
    """`python -m lmsdk.cli serve` as a subprocess that a test can SIGKILL and start again.

    Args:
        port: the port (kept across restarts; 0 picks one on the first start).
        args: extra `serve` options, e.g. ("--engine", "replay").
    """

    def __init__(self, port: int = 0, *args: str) -> None:
        self.port = port
        self.args = args
        self.process: subprocess.Popen[str] | None = None
        self.api_host = ""

    @property
    def pid(self) -> int:
        """The running server's process id."""
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 60) -> ServeProcess:
        """Start the server and wait until it prints its address (the model is loaded then)."""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lmsdk.cli", "serve", "--port", str(self.port), *self.args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": str(ROOT / "src"),
                "LM_API_TOKEN": "",
                "LMSTUDIO_API_TOKEN": "",
            },
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            match = re.search(r"listening on ws://(\S+)", line)
            if match:
                self.api_host = match.group(1)
                self.port = int(self.api_host.rsplit(":", 1)[1])
                return self
            if not line and self.process.poll() is not None:
                break
        self.kill()
        raise AssertionError(f"lmsdk serve did not start on port {self.port}")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no close frames; the kernel drops the sockets."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> ServeProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.kill()
