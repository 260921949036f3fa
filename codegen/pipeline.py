"""The generator pipeline: load -> fix up -> render -> format, all in memory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from codegen.loader import load_schema
from codegen.render import Renderer, generator_hash

README = """\
# src/lmsdk/_generated: generated bindings (do not edit)

Every file here is written by `python -m codegen` from the JSON Schema files in `schema/`, through the
templates in `codegen/templates/`. Hand edits are lost and fail CI (`python -m codegen --check`).
To change the protocol: edit `schema/`, run `python -m codegen`, commit both.

- `base.py`: the UNSET sentinel, decode errors, EndpointSpec and the session/channel protocols.
- one module per schema folder (`chat.py`, `config.py`, `llm.py`, ...): frozen attrs models.
- `converter.py`: what the schema decides about (de)serialisation: the rename, union and enum tables and
  one specialised structure/unstructure function per class; `converter_runtime.py`: the schema-free
  code they run on (cattrs hooks built from those tables, for the tolerant and strict converters).
- `kv_fields.py`: config field <-> KV key table; `constraints.py`: the schema's value ranges and
  lengths per field (the client, the server and the wire validator check them).
- `endpoints.py`: the endpoint manifests as data; `client_async.py`, `client_sync.py`: client stubs;
  `server.py`: server handler interfaces. All four come from one template.
- `MANIFEST.json`: hashes of the inputs this output was generated from.
"""


def generate(schema_dir: Path, *, package: str, out: Path) -> dict[str, str]:
    """Produce {file name: text} for the generated package, deterministically."""
    schema = load_schema(schema_dir)
    files = Renderer(schema, package=package).files()
    files = _format(files, out, package.split(".")[0])
    files["README.md"] = README
    files["MANIFEST.json"] = (
        json.dumps(
            {
                "generator": "python -m codegen",
                "generator_sha256": generator_hash(),
                "schema_sha256": schema.schema_hash,
                "files": sorted(n for n in files if n.endswith(".py")),
                "endpoints": {
                    ns: sorted(e.name for e in schema.endpoints if e.namespace == ns)
                    for ns in schema.namespaces
                },
            },
            indent=2,
        )
        + "\n"
    )
    return files


def _ruff() -> str:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if found is None:
        raise RuntimeError("ruff is not installed: run scripts/test or pip install -e '.[dev]'")
    return found


def _format(files: dict[str, str], out: Path, top_package: str) -> dict[str, str]:
    """Drop unused imports, sort imports, then format, as ruff would on the committed files."""
    ruff = _ruff()
    result = {}
    for name, text in files.items():
        target = str(out / name)
        for cmd in (
            # Name the first-party package explicitly: ruff would otherwise guess from what exists on
            # disk, and the output would depend on whether it had been generated before.
            [
                ruff,
                "check",
                "--fix",
                "--quiet",
                "--select",
                "F401,I",
                "--exit-zero",
                "--config",
                f"lint.isort.known-first-party = [{top_package!r}]",
            ],
            [ruff, "format", "--quiet"],
        ):
            proc = subprocess.run(
                [*cmd, "--stdin-filename", target, "-"],
                input=text,
                capture_output=True,
                text=True,
                check=False,
                cwd=Path(__file__).resolve().parent.parent,
            )
            if proc.returncode != 0:
                raise RuntimeError(
                    f"{' '.join(cmd[1:3])} failed on generated {name}:\n{proc.stderr}"
                )
            text = proc.stdout
        result[name] = text
    return result
