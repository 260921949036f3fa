"""Constants and helpers of the CLI tests (importable, unlike conftest)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")
CLI = [sys.executable, "-m", "lmsdk.cli"]
STATS = r"\[\d+ tokens, [\d.?]+ tok/s, first token [\d.?]+s?, stop: \w+"
"""The stats line printed after each answer."""

_OUTSIDE = ("LMSDK_API_HOST", "LM_API_TOKEN", "LMSTUDIO_API_TOKEN")


def cli_env(**extra: str) -> dict[str, str]:
    """The environment of a CLI process: this checkout's sources, no host or token from outside."""
    env = {k: v for k, v in os.environ.items() if k not in _OUTSIDE}
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env
