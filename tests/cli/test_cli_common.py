"""The shared CLI pieces, in-process: escapes, stats line, progress bar, error mapping, --help."""

from __future__ import annotations

import io

import pytest

from lmsdk._cli import exits, options
from lmsdk._cli.progress import Progress
from lmsdk.cli import COMMANDS, build_parser
from lmsdk.errors import (
    LMStudioAuthenticationError,
    LMStudioConfigError,
    LMStudioConnectionError,
    LMStudioModelNotFoundError,
    LMStudioPredictionError,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (r"\n", "\n"),
        (r"a\tb", "a\tb"),
        (r"\\n", "\\n"),
        (r"\x", "\\x"),
        ("end\\", "end\\"),
        ("é", "é"),
    ],
)
def test_unescape(raw, expected):
    assert options.unescape(raw) == expected


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_and_clears_on_a_terminal():
    out = _Tty()
    progress = Progress(out)
    progress.processing(0.0)
    progress.processing(0.5)
    progress.loading(1.0)  # 100%: the bar disappears
    text = out.getvalue()
    assert "processing prompt [------------------------]   0%" in text
    assert "processing prompt [############------------]  50%" in text
    assert text.endswith("\r\x1b[K")


def test_progress_bar_is_silent_off_a_terminal():
    out = io.StringIO()
    progress = Progress(out)
    progress.loading(0.3)
    progress.clear()
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (exits.CliError("x", exits.EXIT_NO_SERVER), 3),
        (LMStudioConnectionError("x"), 3),
        (LMStudioConfigError("x"), 2),
        (LMStudioAuthenticationError("x"), 2),
        (LMStudioModelNotFoundError("x"), 1),
        (LMStudioPredictionError("x"), 1),
        (KeyboardInterrupt(), 130),
    ],
)
def test_errors_map_to_the_documented_exit_codes(error, code, capsys):
    def body() -> int:
        raise error

    assert exits.run_command("test", body) == code
    assert "lmsdk test:" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["chat", "complete", "models", "status"])
def test_help_documents_the_exit_codes(command, capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser([command]).parse_args([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "--json" in text and "--host" in text
    for line in (
        "0    success",
        "1    the server",
        "2    usage",
        "3    no server",
        "130  interrupted",
    ):
        assert line in text
    assert command in COMMANDS


def test_the_default_model_key_is_the_servers():
    # The commands keep their own copy so that they need not import the server (its extra).
    from lmsdk.server.model_files import DEFAULT_MODEL_KEY

    assert options.DEFAULT_MODEL_KEY == DEFAULT_MODEL_KEY
