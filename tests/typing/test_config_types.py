"""mypy flags misspelt config keys and wrong value types in every public signature that takes a config.

The official SDK's LlmPredictionConfigDict does this; a plain `Mapping[str, Any]` parameter would let
`respond("hi", config={"temprature": 0.5})` through without a word.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SAMPLE = HERE / "config_uses.py"


def test_mypy_flags_exactly_the_wrong_uses() -> None:
    expected = {
        number
        for number, line in enumerate(SAMPLE.read_text().splitlines(), 1)
        if line.rstrip().endswith("# error")
    }
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    flagged = {
        int(m.group(1))
        for m in re.finditer(rf"^\S*{re.escape(SAMPLE.name)}:(\d+): error:", run.stdout, re.M)
    }
    assert flagged == expected, run.stdout
