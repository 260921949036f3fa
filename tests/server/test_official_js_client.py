"""The official JS SDK, `@lmstudio/sdk` 1.5.0 and 2.0.0, against the embedded server with the real model.

Each scenario is a plain node script in tests/js/scenarios/ that connects with `LMStudioClient`, runs one
thing (respond, stream, complete with stop strings, progress, tokens, model info, ...) and prints one JSON
report; this module runs it with `node` for each SDK version and asserts the guarantees on that report
(never what the model happens to write), comparing with what our own client reads from the same server.

The SDKs come from the npm registry, pinned by tests/js/sdk-*/package-lock.json, installed once by
`npm ci` into tests/js/sdk-*/node_modules and reused while the lock file is unchanged.

1.5.0 and 2.0.0 speak two protocol revisions (Release 54 and 2.0.0; issue 12), so the same scenario
exercises both on the wire: 1.5.0's complete() is predict with a completion template, 2.0.0's is
llm/completeRawText; the scenarios only 2.0.0 can run (system info, processing state, usage estimate,
model variants, the runtime namespace) come last.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import lmsdk

MODEL_KEY = "smollm2-135m-instruct"
JS_DIR = Path(__file__).resolve().parents[1] / "js"
SCENARIOS = JS_DIR / "scenarios"
SDK_DIRS = {"1.5": JS_DIR / "sdk-1.5", "2.0": JS_DIR / "sdk-2.0"}
SDK_VERSIONS = {"1.5": "1.5.0", "2.0": "2.0.0"}
NPM_CI_DEADLINE_SEC = 120  # per version; about 2 s with an empty npm cache
# The scripts bound each wait and their whole run themselves (a 2.0.0 client never resolves an RPC
# whose result fails its validation), and report it; the subprocess deadline only catches a node
# that hangs regardless.
WAIT_SEC = 30
SCRIPT_OWN_DEADLINE_SEC = 80
SCRIPT_DEADLINE_SEC = 100
STAMP = ".lmsdk-lock.sha256"


# --- installing the SDKs --------------------------------------------------------------------------


def _lock_digest(sdk_dir: Path) -> str:
    return hashlib.sha256((sdk_dir / "package-lock.json").read_bytes()).hexdigest()


def _npm_ci(sdk_dir: Path) -> None:
    """`npm ci` unless node_modules already holds exactly what the lock file pins."""
    stamp = sdk_dir / "node_modules" / STAMP
    digest = _lock_digest(sdk_dir)
    lock_path = (
        Path(tempfile.gettempdir())
        / f"lmsdk-npm-ci-{hashlib.sha256(bytes(sdk_dir)).hexdigest()[:16]}.lock"
    )
    # Two pytest runs in one checkout must not both rewrite node_modules.
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text() == digest:
            return
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is not on PATH: the official JS SDK tests need node and npm")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=sdk_dir,
                capture_output=True,
                text=True,
                timeout=NPM_CI_DEADLINE_SEC,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"npm ci in {sdk_dir} took longer than {NPM_CI_DEADLINE_SEC} s")
        if done.returncode != 0:
            pytest.fail(f"npm ci in {sdk_dir} failed ({done.returncode}):\n{done.stderr}")
        stamp.write_text(digest)
        print(f"\nnpm ci in {sdk_dir.name}: {time.perf_counter() - started:.2f} s")


@pytest.fixture(scope="session")
def js_sdks() -> dict[str, Path]:
    """Both SDK versions installed; the directories to hand to the scenario scripts."""
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH: the official JS SDK tests need node and npm")
    for sdk_dir in SDK_DIRS.values():
        _npm_ci(sdk_dir)
    return SDK_DIRS


# --- running a scenario ---------------------------------------------------------------------------


class ScenarioFailed(AssertionError):
    """A scenario script reported a failure (its error and the SDK's log are in the message)."""


@dataclass(frozen=True)
class Runner:
    sdk_dirs: dict[str, Path]
    api_host: str

    def __call__(self, sdk: str, scenario: str) -> Any:
        """Runs tests/js/scenarios/<scenario>.mjs with SDK `sdk`; returns its JSON result."""
        command = [
            "node",
            str(SCENARIOS / f"{scenario}.mjs"),
            str(self.sdk_dirs[sdk]),
            self.api_host,
        ]
        env = {
            **os.environ,
            "LMSDK_JS_WAIT_SECONDS": str(WAIT_SEC),
            "LMSDK_JS_DEADLINE_SECONDS": str(SCRIPT_OWN_DEADLINE_SEC),
        }
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=SCRIPT_DEADLINE_SEC,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ScenarioFailed(
                f"{scenario} with SDK {sdk}: node ran past {SCRIPT_DEADLINE_SEC} s"
            ) from exc
        print(
            f"\n{scenario} with @lmstudio/sdk {SDK_VERSIONS[sdk]}: {time.perf_counter() - started:.2f} s"
        )
        lines = done.stdout.strip().splitlines()
        try:
            report = json.loads(lines[-1])
        except (IndexError, json.JSONDecodeError) as exc:
            raise ScenarioFailed(
                f"{scenario} with SDK {sdk} printed no JSON report (exit {done.returncode}):\n"
                f"{done.stdout}\n{done.stderr}"
            ) from exc
        assert report["sdkVersion"] == SDK_VERSIONS[sdk]
        if not report["ok"] or done.returncode != 0:
            log = "\n".join(report["log"])
            raise ScenarioFailed(
                f"{scenario} with SDK {sdk} failed (exit {done.returncode}): {report.get('error')}\nSDK log:\n{log}"
            )
        # A 2.0.0 client drops a packet it cannot validate and only logs a warning: a passing
        # scenario must not have needed one.
        warnings = [line for line in report["log"] if "communication warning" in line.lower()]
        if warnings:
            raise ScenarioFailed(
                f"{scenario} with SDK {sdk}: communication warnings:\n" + "\n".join(warnings)
            )
        return report["result"]


@pytest.fixture(scope="module")
def run(js_sdks: dict[str, Path], api_host: str) -> Runner:
    return Runner(js_sdks, api_host)


@pytest.fixture(scope="module")
def own_model(api_host: str) -> Iterator[lmsdk.LLM]:
    """The same loaded model through our own client: the reference for tokens, context length, info."""
    with lmsdk.Client(api_host) as client:
        yield client.llm.model(MODEL_KEY)


BOTH = ["1.5", "2.0"]

# --- the scenarios --------------------------------------------------------------------------------


@pytest.mark.parametrize("sdk", BOTH)
def test_connect(run: Runner, sdk: str) -> None:
    result = run(sdk, "connect")
    assert result["version"]["version"]
    assert result["loadedLlmCount"] >= 1


@pytest.mark.parametrize("sdk", BOTH)
def test_respond(run: Runner, sdk: str) -> None:
    result = run(sdk, "respond")
    assert result["content"].strip()
    stats = result["stats"]
    assert stats["stopReason"] in ("eosFound", "maxPredictedTokensReached")
    assert 1 <= stats["predictedTokensCount"] <= 16
    assert stats["promptTokensCount"] > 0
    assert result["maxPredictedTokens"] == {"checked": True, "value": 16}
    assert result["modelInfo"] == {"identifier": MODEL_KEY, "modelKey": MODEL_KEY}


@pytest.mark.parametrize("sdk", BOTH)
def test_respond_stream_fragments_join_to_content(run: Runner, sdk: str) -> None:
    result = run(sdk, "respond_stream")
    assert result["fragments"], "no fragment streamed"
    assert "".join(result["fragments"]) == result["content"]
    # The client joins the fragments it accepted; the token count shows that none was dropped.
    assert result["fragmentTokens"] == result["stats"]["predictedTokensCount"]
    if sdk == "2.0":
        assert all(flag is False for flag in result["isStructural"])


@pytest.mark.parametrize("sdk", BOTH)
def test_complete_stops_at_stop_string(run: Runner, sdk: str) -> None:
    # 1.5.0 sends predict with a completion template layer; 2.0.0 sends llm/completeRawText.
    result = run(sdk, "complete_stop")
    baseline, stop = result["baseline"], result["stop"]
    # A completion is the raw prompt, no chat template around it.
    assert result["baselineStats"]["promptTokensCount"] == result["promptTokens"]
    assert result["stats"]["stopReason"] == "stopStringFound"
    assert stop not in result["content"]
    assert result["content"] == baseline[: baseline.index(stop)]
    assert result["progress"][-1] == 1
    if sdk == "2.0":
        assert result["stats"]["stopString"] == stop


@pytest.mark.parametrize("sdk", BOTH)
def test_prompt_processing_progress_reaches_one(run: Runner, sdk: str) -> None:
    result = run(sdk, "progress")
    progress = [call["value"] for call in result["progress"]]
    assert progress, "the progress callback was never called"
    assert progress == sorted(progress)
    assert progress[-1] == 1
    assert all(0 <= value <= 1 for value in progress)
    if sdk == "2.0":
        # 2.0.0 passes token counts beside each value; a packet without them never reaches it.
        details = [call["details"] for call in result["progress"]]
        total = result["stats"]["promptTokensCount"]
        for counts in details:
            assert counts["totalPromptTokenCount"] == total
            assert (
                counts["processedPromptTokenCount"] + counts["unprocessedPromptTokenCount"] == total
            )
            assert 0 <= counts["cachedTokenCount"] <= counts["processedPromptTokenCount"]
        processed = [counts["processedPromptTokenCount"] for counts in details]
        assert processed == sorted(processed)
        assert details[-1]["unprocessedPromptTokenCount"] == 0


@pytest.mark.parametrize("sdk", BOTH)
def test_model_by_key(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    result = run(sdk, "model_by_key")
    info = own_model.get_info()
    assert result["identifier"] == MODEL_KEY
    assert result["modelKey"] == MODEL_KEY
    assert result["format"] == "gguf"
    assert result["path"] == info.path
    assert result["displayName"] == info.display_name
    assert result["sizeBytes"] == info.size_bytes > 0


@pytest.mark.parametrize("sdk", BOTH)
def test_count_tokens_and_tokenize_match_ours(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    result = run(sdk, "tokens")
    first, second = result["texts"]
    assert result["tokens"] == own_model.tokenize(first)
    assert result["count"] == len(result["tokens"]) == own_model.count_tokens(first)
    assert result["tokensOfEach"] == [own_model.tokenize(first), own_model.tokenize(second)]


@pytest.mark.parametrize("sdk", BOTH)
def test_list_loaded(run: Runner, api_host: str, sdk: str) -> None:
    loaded = run(sdk, "list_loaded")
    with lmsdk.Client(api_host) as client:
        own = [llm.identifier for llm in client.llm.list_loaded()]
    assert sorted(m["identifier"] for m in loaded) == sorted(own)
    ours = next(m for m in loaded if m["identifier"] == MODEL_KEY)
    assert ours["modelKey"] == MODEL_KEY
    assert ours["format"] == "gguf"


@pytest.mark.parametrize("sdk", BOTH)
def test_model_info(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    info = run(sdk, "model_info")
    own = own_model.get_info()
    assert info["type"] == "llm"
    assert info["identifier"] == own.identifier == MODEL_KEY
    assert info["modelKey"] == own.model_key
    assert info["instanceReference"] == own.instance_reference
    assert info["path"] == own.path
    assert info["contextLength"] == own_model.get_context_length()
    assert info["maxContextLength"] == own.max_context_length


@pytest.mark.parametrize("sdk", BOTH)
def test_context_length(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    assert run(sdk, "context_length")["contextLength"] == own_model.get_context_length()


@pytest.mark.parametrize("sdk", BOTH)
def test_list_downloaded(run: Runner, api_host: str, sdk: str) -> None:
    result = run(sdk, "list_downloaded")
    with lmsdk.Client(api_host) as client:
        own = {m.model_key: m for m in client.system.list_downloaded_models()}
    assert sorted(m["modelKey"] for m in result["all"]) == sorted(own)
    assert [m["modelKey"] for m in result["llm"]] == [
        m["modelKey"] for m in result["all"] if m["type"] == "llm"
    ]
    smol = next(m for m in result["all"] if m["modelKey"] == MODEL_KEY)
    assert smol["type"] == "llm"
    assert smol["format"] == "gguf"
    assert smol["path"] == own[MODEL_KEY].path
    assert smol["sizeBytes"] == own[MODEL_KEY].size_bytes > 0
    assert smol["maxContextLength"] == own[MODEL_KEY].max_context_length


@pytest.mark.parametrize("sdk", BOTH)
def test_load_then_unload(run: Runner, sdk: str) -> None:
    result = run(sdk, "load_unload")
    assert result["identifier"] == result["requested"]
    assert result["modelKey"] == MODEL_KEY
    assert result["contextLength"] == 1024
    assert result["requested"] in result["loadedWhile"]
    assert result["requested"] not in result["loadedAfter"]
    assert MODEL_KEY in result["loadedAfter"]


@pytest.mark.parametrize("sdk", BOTH)
def test_unknown_model_rejects(run: Runner, sdk: str) -> None:
    result = run(sdk, "model_not_found")
    assert result["query"] in result["message"]


@pytest.mark.parametrize("sdk", BOTH)
def test_apply_prompt_template(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    formatted = run(sdk, "apply_prompt_template")["formatted"]
    history = lmsdk.Chat("Be brief.")
    history.add_user_message("Hello!")
    assert formatted == own_model.apply_prompt_template(history)
    assert "<|im_start|>system\nBe brief.<|im_end|>" in formatted


# --- 2.0.0 only -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sdk", ["2.0"])
def test_server_info(run: Runner, sdk: str) -> None:
    info = run(sdk, "server_info")
    assert info["pid"] == os.getpid()
    assert isinstance(info["isDaemon"], bool)
    assert info["version"]


@pytest.mark.parametrize("sdk", ["2.0"])
def test_load_config(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    # getLoadConfig() is public from 2.0.0 on (1.5.0 keeps it protected).
    config = run(sdk, "load_config")
    assert config["contextLength"] == own_model.get_context_length()


@pytest.mark.parametrize("sdk", ["2.0"])
def test_base_prediction_config(run: Runner, sdk: str) -> None:
    assert isinstance(run(sdk, "base_prediction_config"), dict)


@pytest.mark.parametrize("sdk", ["2.0"])
def test_instance_processing_state(run: Runner, sdk: str) -> None:
    result = run(sdk, "processing_state")
    idle = {"status": "idle", "queued": 0}
    assert result["before"] == idle
    assert result["after"] == idle
    during = result["during"]
    assert during is not None, "no fragment arrived to ask the state on"
    assert during["status"] in ("idle", "processingPrompt", "generating")
    if result["fragmentsAfterState"] > 0:
        # Fragments followed the answer on the same socket: the prediction was still running,
        # and lmstudio-js documents `queued` as counting it ("including the current one").
        assert during["status"] == "generating"
        assert during["queued"] >= 1


@pytest.mark.parametrize("sdk", ["2.0"])
def test_estimate_resources_usage(run: Runner, sdk: str) -> None:
    result = run(sdk, "estimate_usage")
    for estimate in result.values():
        memory = estimate["memory"]
        assert memory["confidence"] in ("high", "low")
        assert isinstance(estimate["passesGuardrails"], bool)
        assert 0 <= memory["modelVramBytes"] <= memory["totalVramBytes"]
        assert 0 <= memory["contextVramBytes"] <= memory["totalVramBytes"]
    small, large = result["small"]["memory"], result["large"]["memory"]
    assert small["modelVramBytes"] == large["modelVramBytes"]
    assert small["contextVramBytes"] <= large["contextVramBytes"]


@pytest.mark.parametrize("sdk", ["2.0"])
def test_list_downloaded_model_variants(run: Runner, own_model: lmsdk.LLM, sdk: str) -> None:
    variants = run(sdk, "model_variants")
    assert variants
    assert all(v["type"] == "llm" and v["format"] == "gguf" for v in variants)
    assert own_model.get_info().path in [v["path"] for v in variants]


def _check_survey(survey: dict[str, Any]) -> None:
    assert survey["status"] == "ok"
    assert survey["engines"]
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    for engine in survey["engines"]:
        # The survey reports the machine it runs on.
        assert engine["memoryInfo"]["ramCapacity"] == pytest.approx(physical, rel=0.05)


@pytest.mark.parametrize("sdk", ["2.0"])
def test_runtime_engines_and_hardware_survey(run: Runner, sdk: str) -> None:
    result = run(sdk, "runtime")
    engines = result["engines"]
    assert engines
    assert all(engine["name"] and engine["version"] for engine in engines)
    assert any("GGUF" in engine["supportedModelFormatNames"] for engine in engines)
    _check_survey(result["survey"])


@pytest.mark.parametrize("sdk", ["2.0"])
def test_hardware_survey_with_the_default_scope(run: Runner, sdk: str) -> None:
    # surveyHardware() with no scope sends an rpcCall without `parameter`.
    _check_survey(run(sdk, "survey_default_scope"))


@pytest.mark.parametrize("sdk", BOTH)
def test_act_runs_the_tool_then_answers(
    run: Runner, sdk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1.5.x cannot send toolChoice: the server's setting forces round 0's call (issue 14).
    monkeypatch.setenv("LMSDK_TOOL_CHOICE", "required")
    result = run(sdk, "act")
    assert result["reportedRounds"] == 2 and result["rounds"] == [0, 1]
    assert len(result["calls"]) >= 1
    assert all(isinstance(c["a"], int) and isinstance(c["b"], int) for c in result["calls"])
    roles = [m["role"] for m in result["messages"]]
    assert roles == ["assistant", "tool", "assistant"]
    assert result["messages"][-1]["text"].strip()  # the tool-free last round answers in text
