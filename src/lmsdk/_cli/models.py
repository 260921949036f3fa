"""`lmsdk models`: the loaded model instances and the downloaded models, as tables or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from lmsdk._cli import discovery, exits, options, output
from lmsdk._generated.client_sync import LlmEndpoints
from lmsdk._generated.converter import unstructure
from lmsdk._generated.model_info import LlmInstanceInfo, ModelInfo

EPILOG = """\
--json prints {"loaded": [...], "downloaded": [...]}: the server's model info objects, with the
protocol's camelCase field names (modelKey, identifier, contextLength, sizeBytes, ...)."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the models options."""
    options.describe(parser, EPILOG)
    options.add_server_options(parser)
    options.add_json_option(parser, "the model lists")


def run(args: argparse.Namespace) -> int:
    """Run `lmsdk models`."""
    return exits.run_command("models", lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    with discovery.connect(args) as client:
        loaded = LlmEndpoints(client.session("llm")).list_loaded()
        downloaded = client.system.list_downloaded_models()
    if args.json:
        output.print_json(
            {
                "loaded": [unstructure(m) for m in loaded],
                "downloaded": [unstructure(m) for m in downloaded],
            }
        )
    else:
        print(render(loaded, downloaded), flush=True)
    return exits.EXIT_OK


def render(loaded: Sequence[LlmInstanceInfo], downloaded: Sequence[ModelInfo]) -> str:
    """The two tables as text."""
    instances: dict[str, list[str]] = {}
    for info in loaded:
        instances.setdefault(info.model_key, []).append(info.identifier)
    loaded_rows = [
        [m.identifier, m.model_key, str(m.context_length), _ttl(m.ttl_ms)] for m in loaded
    ]
    downloaded_rows = [
        [
            m.model_key,
            m.type,
            m.params_string or "-",
            m.architecture or "-",
            (m.quantization.name or "-") if m.quantization is not None else "-",
            _size(m.size_bytes),
            ", ".join(instances.get(m.model_key, [])) or "-",
        ]
        for m in downloaded
    ]
    return "\n".join(
        [
            f"Loaded ({len(loaded)}):",
            _table(["IDENTIFIER", "MODEL", "CONTEXT", "TTL"], loaded_rows),
            "",
            f"Downloaded ({len(downloaded)}):",
            _table(
                ["KEY", "TYPE", "PARAMS", "ARCH", "QUANT", "SIZE", "LOADED AS"], downloaded_rows
            ),
        ]
    )


def _table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "  (none)"
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    )


def _size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _ttl(ttl_ms: object) -> str:
    if isinstance(ttl_ms, int | float):
        return f"{ttl_ms / 1000:.0f}s"
    return "-"
