"""`lmsdk models` and `lmsdk status`: tables, --json, no server, refused credentials."""

from __future__ import annotations

import json

import pytest

from lmsdk._host import DEFAULT_PORTS

DEFAULT_KEY = "smollm2-135m-instruct"
TOKEN = "sk-lm-abcdEFGH:abcdefghijABCDEFGHIJ"


def test_models_table(run_cli, api_host):
    done = run_cli("models", "--host", api_host)
    assert done.returncode == 0, done.stderr
    loaded, downloaded = done.stdout.split("Downloaded (")
    assert loaded.startswith("Loaded (")
    assert DEFAULT_KEY in loaded and "CONTEXT" in loaded
    assert DEFAULT_KEY in downloaded and "llm" in downloaded and "MB" in downloaded


def test_models_json(run_cli, api_host):
    done = run_cli("models", "--host", api_host, "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert DEFAULT_KEY in [m["modelKey"] for m in doc["downloaded"]]
    assert DEFAULT_KEY in [m["modelKey"] for m in doc["loaded"]]
    assert all(m["identifier"] and m["contextLength"] > 0 for m in doc["loaded"])


def test_models_embedded(run_cli):
    done = run_cli("models", "--embedded", "--json")
    assert done.returncode == 0, done.stderr
    assert DEFAULT_KEY in [m["modelKey"] for m in json.loads(done.stdout)["loaded"]]


def test_models_no_server_exits_3(run_cli):
    done = run_cli("models", "--host", "127.0.0.1:9")
    assert done.returncode == 3
    assert "127.0.0.1:9" in done.stderr and "--embedded" in done.stderr


def test_status_json(run_cli, api_host):
    done = run_cli("status", "--host", api_host, "--json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["server"] == api_host
    [host] = doc["hosts"]
    assert host["host"] == api_host
    assert host["answered"] is True
    assert host["auth"] is True and host["apiToken"] is False
    assert host["version"] and host["build"] is not None
    assert DEFAULT_KEY in [m["modelKey"] for m in host["loadedModels"]]


def test_status_text(run_cli, api_host):
    done = run_cli("status", "--host", api_host)
    assert done.returncode == 0, done.stderr
    assert f"{api_host}  answered" in done.stdout
    assert "authentication: ok" in done.stdout
    assert "version:" in done.stdout
    assert DEFAULT_KEY in done.stdout


def test_status_lists_every_default_port_tried(run_cli):
    # No --host and no LMSDK_API_HOST: LM Studio's ports are probed (none answers in the test VM,
    # unless a server happens to run there, in which case it must be reported as answering).
    done = run_cli("status", "--json")
    doc = json.loads(done.stdout)
    assert [h["host"] for h in doc["hosts"]] == [f"127.0.0.1:{p}" for p in DEFAULT_PORTS]
    if not any(h["answered"] for h in doc["hosts"]):
        assert done.returncode == 3
        assert doc["server"] is None
        assert all(h["reason"] for h in doc["hosts"])


def test_status_no_server_exits_3(run_cli):
    done = run_cli("status", "--host", "127.0.0.1:9")
    assert done.returncode == 3
    assert "127.0.0.1:9  no: " in done.stdout
    assert "lmsdk serve" in done.stderr


@pytest.fixture(scope="module")
def token_server():
    from lmsdk.server import EmbeddedServer

    with EmbeddedServer(api_token=TOKEN, preload=False) as server:
        yield server.api_host


@pytest.mark.parametrize(
    ("token", "code", "auth"),
    [(None, 2, False), (TOKEN, 0, True), ("sk-lm-abcdEFGH:xxxxxxxxxxxxxxxxxxxx", 2, False)],
)
def test_status_reports_authentication(run_cli, token_server, token, code, auth):
    env = {"LM_API_TOKEN": token} if token else {}
    done = run_cli("status", "--host", token_server, "--json", **env)
    assert done.returncode == code, done.stderr
    [host] = json.loads(done.stdout)["hosts"]
    assert host["answered"] is True
    assert host["auth"] is auth
    assert host["apiToken"] is (token is not None)
    assert (host["authError"] is None) is auth
