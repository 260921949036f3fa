"""The `lmsdk` command: a thin dispatcher over one module per subcommand in `lmsdk._cli`.

Subcommand modules are imported only when their command runs, so that `lmsdk chat` does not pay for
importing the server's llama.cpp engine, and the other way round.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# command name -> (module in lmsdk._cli, one-line help). Each module defines
# `configure(parser: argparse.ArgumentParser) -> None` and `run(args: argparse.Namespace) -> int`.
COMMANDS: dict[str, tuple[str, str]] = {
    "serve": ("serve", "run an LM Studio-compatible server backed by llama.cpp"),
    "wire": ("wire", "record and validate captured wire traffic"),
    "chat": ("chat", "chat with a model (streams the answer, shows stats)"),
    "complete": ("complete", "complete a prompt (streams the completion)"),
    "models": ("models", "list loaded and downloaded models"),
    "status": ("status", "show which server answers and what it has loaded"),
}


def build_parser(available: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser with every available subcommand configured."""
    parser = argparse.ArgumentParser(prog="lmsdk", description="LM Studio SDK command line.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in available if available is not None else COMMANDS:
        module_name, help_text = COMMANDS[name]
        try:
            module = importlib.import_module(f"lmsdk._cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"lmsdk._cli.{module_name}":
                raise
            continue  # not built yet in this version
        child = sub.add_parser(name, help=help_text, description=help_text)
        module.configure(child)
        child.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lmsdk` console script; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = [a for a in args_list[:1] if a in COMMANDS]
    parser = build_parser(chosen or None)
    args = parser.parse_args(args_list)
    code: int = args._module.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
