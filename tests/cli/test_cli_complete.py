"""`lmsdk complete`: streamed completion, --stop, --json, errors."""

from __future__ import annotations

import json
import re

from tests.cli.helpers import STATS


def test_complete_streams_the_completion_then_the_stats_line(run_cli, api_host):
    done = run_cli("complete", "--host", api_host, "--max-tokens", "8", "Once upon a time")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert re.search(STATS, done.stderr), done.stderr


def test_complete_json_with_stop_strings(run_cli, api_host):
    done = run_cli(
        "complete",
        "--host",
        api_host,
        "--temperature",
        "0",
        "--max-tokens",
        "20",
        "--stop",
        ",",
        "--stop",
        r"\n",
        "--json",
        "1, 2, 3, 4,",
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["content"].strip() == "5"
    assert doc["stats"]["stopReason"] == "stopStringFound"
    assert doc["stats"]["stopString"] == ","
    assert doc["stats"]["predictedTokensCount"] > 0
    assert doc["model"] == "smollm2-135m-instruct"


def test_complete_stop_reason_in_the_stats_line(run_cli, api_host):
    done = run_cli(
        "complete", "--host", api_host, "--temperature", "0", "--stop", ",", "1, 2, 3, 4,"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "5"
    assert 'stop: stopStringFound ","' in done.stderr


def test_complete_no_server_exits_3(run_cli):
    done = run_cli("complete", "--host", "127.0.0.1:9", "Hi")
    assert done.returncode == 3
    assert "127.0.0.1:9" in done.stderr and "--embedded" in done.stderr


def test_complete_needs_a_prompt(run_cli):
    done = run_cli("complete")
    assert done.returncode == 2
    assert "PROMPT" in done.stderr


def test_complete_bad_config_value_is_a_usage_error(run_cli, api_host):
    done = run_cli("complete", "--host", api_host, "--temperature", "-5", "Hi")
    assert done.returncode == 2, done.stderr
    assert "lmsdk complete:" in done.stderr and "temperature" in done.stderr
