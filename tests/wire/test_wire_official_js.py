"""The validator on the official JS SDKs' own traffic with `lmsdk serve`, recorded through the proxy.

@lmstudio/sdk 1.5.0 speaks Release-54 and 2.0.0 the newer revision: each capture must validate for
its own revision with no error, and what the server sent must suit 2.0.0 clients in both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lmsdk.wire.proxy import RecordingProxy
from lmsdk.wire.validate import validate_files
from tests.server.test_official_js_client import Runner, js_sdks  # noqa: F401 - the fixture

SCENARIOS = {
    "1.5": ["respond_stream", "complete_stop", "model_info", "list_loaded", "tokens"],
    "2.0": [
        "respond_stream",
        "complete_stop",
        "model_info",
        "processing_state",
        "estimate_usage",
        "server_info",
        "runtime",
    ],
}


@pytest.mark.parametrize(("sdk", "revision"), [("1.5", "release-54"), ("2.0", "2.0.0")])
def test_official_js_traffic_validates_for_its_revision(
    js_sdks: dict[str, Path],  # noqa: F811 - the fixture imported above
    api_host: str,
    tmp_path: Path,
    sdk: str,
    revision: str,
) -> None:
    capture = tmp_path / f"js-{sdk}.jsonl"
    with RecordingProxy(api_host, capture) as proxy:
        run = Runner(js_sdks, proxy.listen_host)
        for scenario in SCENARIOS[sdk]:
            run(sdk, scenario)
    for held_to in (revision, "2.0.0"):
        report = validate_files([capture], revision=held_to)  # type: ignore[arg-type]
        errors = [p for p in report.problems if p.severity == "error"]
        assert not errors, report.render_text()
    report = validate_files([capture])
    assert report.frames > 50
    if sdk == "2.0":
        assert report.endpoints["llm/completeRawText"] > 0
        # Held to the older revision, the 2.0.0 client's new endpoints are what it would miss.
        older = validate_files([capture], revision="release-54").problems
        assert {p.kind for p in older} == {"newer-endpoint"}
