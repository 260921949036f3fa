"""`lmsdk chat`: one-shot, --json, the interactive chat in a real pseudo-terminal, errors, --embedded."""

from __future__ import annotations

import json
import re

import pexpect
import pytest

from tests.cli.helpers import STATS

MAX_TOKENS = "16"


def test_one_shot_streams_the_answer_then_the_stats_line(run_cli, api_host):
    done = run_cli("chat", "--host", api_host, "--max-tokens", "12", "Say hello.")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert done.stdout.endswith("\n")
    assert "tokens" not in done.stdout  # stats go to stderr, the answer alone to stdout
    assert re.search(STATS, done.stderr), done.stderr
    assert "\x1b" not in done.stderr  # no progress bar when stderr is not a terminal


def test_one_shot_json(run_cli, api_host):
    done = run_cli(
        "chat", "--host", api_host, "--max-tokens", "8", "--system", "Be brief.", "--json", "Hi!"
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["content"]
    assert doc["model"] == "smollm2-135m-instruct"
    assert doc["cancelled"] is False
    stats = doc["stats"]
    assert stats["stopReason"] in ("eosFound", "maxPredictedTokensReached")
    assert 0 < stats["predictedTokensCount"] <= 8
    assert stats["tokensPerSecond"] > 0
    assert stats["timeToFirstTokenSec"] >= 0


def test_prompt_from_stdin(run_cli, api_host):
    done = run_cli("chat", "--host", api_host, "--max-tokens", "5", "--json", "-", stdin="Hello")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["content"]


def test_piped_lines_are_a_multi_turn_chat(run_cli, api_host):
    done = run_cli("chat", "--host", api_host, "--max-tokens", "6", stdin="Hi!\nAnd again?\n")
    assert done.returncode == 0, done.stderr
    assert "You:" not in done.stdout  # no prompts when stdin is not a terminal
    assert len(re.findall(STATS, done.stderr)) == 2, done.stderr


def _ask(child: pexpect.spawn, question: str) -> None:
    child.expect_exact("You: ")
    child.sendline(question)


def test_interactive_ctrl_c_cancels_the_answer_and_the_chat_goes_on(spawn_cli, api_host):
    child = spawn_cli("chat", "--host", api_host, "--max-tokens", "200")
    child.expect("Chatting with smollm2-135m-instruct")
    _ask(child, "Tell me a long story about a dragon and a knight.")
    child.expect_exact("Bot: ")
    child.expect(r"\w")  # the first streamed text of the answer
    child.sendintr()  # Ctrl-C
    child.expect_exact("[cancelled]")
    child.expect(r"stop: userStopped")
    _ask(child, "What is the capital of France?")
    child.expect_exact("Bot: ")
    child.expect(STATS)  # a whole second answer, with its stats
    _ask(child, "")  # a blank line ends the chat
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_interactive_multi_turn_then_ctrl_d(spawn_cli, api_host):
    child = spawn_cli(
        "chat", "--host", api_host, "--max-tokens", MAX_TOKENS, "--system", "Be brief."
    )
    _ask(child, "My name is Ada.")
    child.expect(STATS)
    _ask(child, "Thanks.")
    child.expect(STATS)
    child.expect_exact("You: ")
    child.sendeof()  # Ctrl-D
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_interactive_ctrl_c_at_the_prompt_exits(spawn_cli, api_host):
    child = spawn_cli("chat", "--host", api_host, "--max-tokens", MAX_TOKENS)
    child.expect_exact("You: ")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_interactive_shows_the_prompt_processing_progress_bar_on_a_terminal(spawn_cli, api_host):
    child = spawn_cli("chat", "--host", api_host, "--max-tokens", "5")
    _ask(child, "Hello there, how are you today? " * 20)
    child.expect(r"processing prompt \[[#-]+\] +\d+%")
    child.expect(STATS)
    _ask(child, "")
    child.expect(pexpect.EOF)


def test_no_server_exits_3_listing_the_host_and_suggesting_embedded(run_cli):
    done = run_cli("chat", "--host", "127.0.0.1:9", "Hi")
    assert done.returncode == 3
    assert "127.0.0.1:9" in done.stderr
    assert "--embedded" in done.stderr
    assert "lmsdk serve" in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "not a host", "Hi"], "not a host and port"),
        (["--json"], "--json needs a PROMPT"),
        (["--max-tokens", "0", "Hi"], "must be at least 1"),
        (["--host", "127.0.0.1:9", "--embedded", "Hi"], "not allowed with argument"),
    ],
)
def test_usage_errors_exit_2(run_cli, args, message):
    done = run_cli("chat", *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_unknown_model_is_a_server_error(run_cli, api_host):
    done = run_cli("chat", "--host", api_host, "--model", "no-such-model-xyz", "Hi")
    assert done.returncode == 1
    assert "lmsdk models" in done.stderr


def test_embedded_one_shot_needs_no_server(run_cli):
    done = run_cli("chat", "--embedded", "--max-tokens", "8", "Say hi.")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert "Starting the embedded server" in done.stderr
    assert re.search(STATS, done.stderr)


def test_nothing_loaded_loads_the_default_model_with_a_progress_bar(spawn_cli):
    from lmsdk.server import EmbeddedServer

    with EmbeddedServer(preload=False) as server:
        child = spawn_cli("chat", "--host", server.api_host, "--max-tokens", "5", "Hi")
        child.expect_exact("No model is loaded; loading smollm2-135m-instruct.")
        child.expect(r"loading model \[[#-]+\] +\d+%")
        child.expect(STATS)
        child.expect(pexpect.EOF)
        child.close()
    assert child.exitstatus == 0


def test_one_shot_ctrl_c_stops_the_answer_and_exits_130(spawn_cli, api_host):
    child = spawn_cli("chat", "--host", api_host, "--max-tokens", "300", "Write a long poem.")
    child.expect(r"\r\x1b\[K\s*\w")  # the progress bar is gone and the answer has begun
    child.sendintr()
    child.expect_exact("[cancelled]")
    child.expect(r"stop: userStopped")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
