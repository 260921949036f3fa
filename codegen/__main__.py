"""`python -m codegen [--check]`: regenerate the bindings, or check that the committed ones are current."""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

from codegen.loader import SchemaError
from codegen.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Run the generator; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 with a diff if output is stale"
    )
    parser.add_argument("--schema", type=Path, default=ROOT / "schema", help="schema folder")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src/lmsdk/_generated", help="output package folder"
    )
    parser.add_argument("--package", default="lmsdk._generated", help="import path of --out")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        files = generate(args.schema, package=args.package, out=args.out)
    except SchemaError as exc:
        print(f"codegen: schema error: {exc}", file=sys.stderr)
        return 2
    existing = {p.name: p.read_text(encoding="utf-8") for p in args.out.glob("*") if p.is_file()}
    if args.check:
        stale = sorted(
            name for name in set(files) | set(existing) if files.get(name) != existing.get(name)
        )
        for name in stale:
            sys.stdout.writelines(
                difflib.unified_diff(
                    existing.get(name, "").splitlines(keepends=True),
                    files.get(name, "").splitlines(keepends=True),
                    f"committed/{name}",
                    f"generated/{name}",
                )
            )
        if stale:
            print(
                f"codegen: {len(stale)} generated file(s) are stale: {', '.join(stale)}.\n"
                "Run `python -m codegen` and commit the result.",
                file=sys.stderr,
            )
            return 1
        print(f"codegen: {args.out} is up to date ({time.perf_counter() - started:.2f}s)")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name in set(existing) - set(files):
        (args.out / name).unlink()
    for name, text in files.items():
        if existing.get(name) != text:
            (args.out / name).write_text(text, encoding="utf-8")
    print(
        f"codegen: wrote {len(files)} files to {args.out} in {time.perf_counter() - started:.2f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
