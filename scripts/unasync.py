"""Generate the sync front end (src/lmsdk/_sync, tests/_sync) from the async one (`--check` compares).

The async code is the source of truth; these substitutions turn it into the sync code. A rule that no
file uses makes the script fail, so stale rules are noticed (as httpcore's scripts/unasync.py does).
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIRS = [
    (ROOT / "src/lmsdk/_async", ROOT / "src/lmsdk/_sync"),
    (ROOT / "tests/_async", ROOT / "tests/_sync"),
]

SUBS = [
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\blmsdk\._async\b", "lmsdk._sync"),
    (r"\bclient_async\b", "client_sync"),
    # Exceptions to the class rule below come first: a name that would otherwise lose its meaning.
    (r"\bAsyncTransport\b", "SyncTransport"),
    # Only async classes carry the prefix (AsyncClient -> Client, AsyncLLM -> LLM, ...).
    (r"\bAsync(\w+)", r"\1"),
]
COMPILED = [(re.compile(p), r) for p, r in SUBS]

HEADER = "# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from {source}.\n"


def convert(text: str, used: set[str]) -> str:
    """Apply every substitution; record which rules fired."""
    for pattern, repl in COMPILED:
        text, count = pattern.subn(repl, text)
        if count:
            used.add(pattern.pattern)
    return text


def tidy(text: str, target: Path) -> str:
    """Re-sort imports and re-format: renamed modules change the import order."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise SystemExit("unasync: ruff is not installed (pip install -e '.[dev]')")
    for cmd in (
        [ruff, "check", "--fix", "--quiet", "--select", "I", "--exit-zero"],
        [ruff, "format", "--quiet"],
    ):
        proc = subprocess.run(
            [*cmd, "--stdin-filename", str(target), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        text = proc.stdout
    return text


def outputs() -> tuple[dict[Path, str], set[str]]:
    """Every sync file as it should be, and the rules used."""
    used: set[str] = set()
    out: dict[Path, str] = {}
    for src_dir, dst_dir in DIRS:
        if not src_dir.exists():
            continue
        for src in sorted(src_dir.rglob("*.py")):
            rel = src.relative_to(src_dir)
            text = convert(src.read_text(encoding="utf-8"), used)
            text = HEADER.format(source=src.relative_to(ROOT).as_posix()) + text
            out[dst_dir / rel] = tidy(text, dst_dir / rel)
    return out, used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 with a diff if _sync is stale")
    args = parser.parse_args(argv)
    files, used = outputs()
    unused = [p for p, _ in SUBS if p not in used]
    if unused:
        print(f"unasync: rules no file uses (remove them): {unused}", file=sys.stderr)
        return 1
    stale = []
    for _, dst_dir in DIRS:
        if dst_dir.exists():
            for existing in dst_dir.rglob("*.py"):
                if existing not in files:
                    stale.append(existing)
                    if not args.check:
                        existing.unlink()
    for path, text in files.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            stale.append(path)
            if args.check:
                sys.stdout.writelines(
                    difflib.unified_diff(
                        current.splitlines(True), text.splitlines(True), str(path), "generated"
                    )
                )
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print(
            f"unasync: {len(stale)} sync file(s) are stale; run python scripts/unasync.py",
            file=sys.stderr,
        )
        return 1
    print(f"unasync: {len(files)} sync files {'checked' if args.check else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
