"""`lmsdk status`: which hosts were tried, which answered, whether auth worked, version, models."""

from __future__ import annotations

import argparse
from typing import Any

import attrs

from lmsdk._cli import discovery, exits, options, output
from lmsdk._generated.client_sync import LlmEndpoints
from lmsdk._host import credentials
from lmsdk._sync.client import Client
from lmsdk.errors import LMStudioAuthenticationError, LMStudioError

EPILOG = """\
Every candidate host is probed with GET /lmstudio-greeting: the --host given, else $LMSDK_API_HOST,
else LM Studio's ports on 127.0.0.1. On each host that answers, the command authenticates (with
$LM_API_TOKEN / $LMSTUDIO_API_TOKEN if set, else as a guest), asks for the server version and lists
the loaded models. The exit code is 0 when a server answered and accepted the credentials.

--json prints {"hosts": [{"host", "answered", "reason", "auth", "apiToken", "authError", "version",
"build", "loadedModels", "error"}, ...], "server": the host a client would use, or null}."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the status options."""
    options.describe(parser, EPILOG)
    options.add_server_options(parser, embedded=False)
    options.add_json_option(parser, "the report")


def run(args: argparse.Namespace) -> int:
    """Run `lmsdk status`."""
    return exits.run_command("status", lambda: _run(args))


@attrs.define
class HostReport:
    """What one candidate host said."""

    host: str
    answered: bool
    reason: str | None = None
    auth: bool | None = None
    api_token: bool | None = None
    auth_error: str | None = None
    version: str | None = None
    build: float | None = None
    loaded_models: list[dict[str, Any]] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Answered, accepted the credentials and answered the RPCs."""
        return self.answered and bool(self.auth) and self.error is None

    def to_json(self) -> dict[str, Any]:
        """The --json form (camelCase keys, as the rest of the protocol)."""
        return {
            "host": self.host,
            "answered": self.answered,
            "reason": self.reason,
            "auth": self.auth,
            "apiToken": self.api_token,
            "authError": self.auth_error,
            "version": self.version,
            "build": self.build,
            "loadedModels": self.loaded_models,
            "error": self.error,
        }


def _run(args: argparse.Namespace) -> int:
    probes = discovery.probe_hosts(args.host, all_hosts=True)
    reports = [_inspect(p) for p in probes]
    server = next((r for r in reports if r.ok), None)
    if args.json:
        output.print_json(
            {"hosts": [r.to_json() for r in reports], "server": server.host if server else None}
        )
    else:
        print(_render(reports), flush=True)
    if server is not None:
        return exits.EXIT_OK
    if not any(r.answered for r in reports):
        if not args.json:
            raise exits.CliError(
                "no LM Studio server answered.\n" + discovery.NO_SERVER_ADVICE_STATUS,
                exits.EXIT_NO_SERVER,
            )
        return exits.EXIT_NO_SERVER
    if any(r.auth is False for r in reports):
        return exits.EXIT_USAGE
    return exits.EXIT_SERVER_ERROR


def _inspect(probe: discovery.Probe) -> HostReport:
    report = HostReport(probe.host, probe.answered, probe.reason)
    if not probe.answered:
        return report
    report.api_token = credentials(None).from_token
    with Client(probe.host) as client:
        try:
            version = client.system.version()
        except LMStudioAuthenticationError as exc:
            report.auth, report.auth_error = False, str(exc)
            return report
        except LMStudioError as exc:
            report.error = str(exc)
            return report
        report.auth = True
        report.version, report.build = version.version, version.build
        try:
            loaded = LlmEndpoints(client.session("llm")).list_loaded()
        except LMStudioError as exc:
            report.error = str(exc)
            return report
    report.loaded_models = [
        {"identifier": m.identifier, "modelKey": m.model_key, "contextLength": m.context_length}
        for m in loaded
    ]
    return report


def _render(reports: list[HostReport]) -> str:
    lines = ["Hosts tried:"]
    width = max(len(r.host) for r in reports)
    for r in reports:
        lines.append(
            f"  {r.host.ljust(width)}  "
            + ("answered (LM Studio greeting)" if r.answered else f"no: {r.reason}")
        )
    for r in reports:
        if not r.answered:
            continue
        lines += ["", f"Server {r.host}:"]
        how = "with the API token" if r.api_token else "as a guest (no API token set)"
        if r.auth is False:
            lines.append(f"  authentication: REFUSED {how}: {r.auth_error}")
        elif r.auth:
            lines.append(f"  authentication: ok, {how}")
        if r.version is not None:
            lines.append(f"  version:        {r.version} (build {r.build:g})")
        if r.loaded_models is not None:
            models = ", ".join(
                f"{m['identifier']} (context {m['contextLength']})" for m in r.loaded_models
            )
            lines.append(f"  loaded models:  {models or '(none)'}")
        if r.error is not None:
            lines.append(f"  error:          {r.error}")
    return "\n".join(lines)
