"""`lmsdk serve` as a real subprocess: prints its address, serves, stops cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import lmstudio as lms
import pytest

from lmsdk import cli

TOKEN = "sk-lm-Ab12Cd34:s3cretS3cretS3cret12"


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "lmsdk.cli", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": "src", **(env or {})},
        cwd=Path(__file__).resolve().parents[2],
    )


def read_address(process: subprocess.Popen[str], timeout: float = 60) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        match = re.search(r"listening on ws://(\S+)", line)
        if match:
            return match.group(1)
        if not line and process.poll() is not None:
            break
    process.kill()
    _, err = process.communicate()
    raise AssertionError(f"no address printed; stderr: {err}")


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, err


def test_serve_prints_address_serves_and_stops_on_ctrl_c() -> None:
    process = start("--port", "0")
    try:
        api_host = read_address(process)
        assert api_host.startswith("127.0.0.1:")
        with urllib.request.urlopen(f"http://{api_host}/lmstudio-greeting", timeout=10) as reply:
            assert json.loads(reply.read()) == {"lmstudio": True}
        with lms.Client(api_host) as client:
            result = client.llm.model().complete("My name is", config={"maxTokens": 4})
        assert result.stats.predicted_tokens_count == 4
    finally:
        code, err = stop(process)
    assert code == 0, err
    assert "Traceback" not in err


def test_serve_refuses_public_host_without_token() -> None:
    process = start(
        "--host",
        "0.0.0.0",
        "--port",
        "0",
        "--no-preload",
        env={"LM_API_TOKEN": "", "LMSTUDIO_API_TOKEN": ""},
    )
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "without an API token" in err


def test_serve_takes_token_from_environment() -> None:
    process = start("--port", "0", "--no-preload", env={"LMSTUDIO_API_TOKEN": TOKEN})
    try:
        api_host = read_address(process)
        from websockets.sync.client import connect

        with connect(f"ws://{api_host}/system", open_timeout=10) as ws:
            ws.send(
                json.dumps({"authVersion": 1, "clientIdentifier": "guest:x", "clientPasskey": "y"})
            )
            assert json.loads(ws.recv(timeout=10))["success"] is False
    finally:
        code, err = stop(process)
    assert code == 0, err


def test_serve_rejects_unknown_model_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--port", "0", "--model", "no-such-model"]) == 2
    assert "unknown model 'no-such-model'" in capsys.readouterr().err
