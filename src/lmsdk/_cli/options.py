"""The options the client commands share (server, model, prediction, --json) and reading them."""

from __future__ import annotations

import argparse
import sys

from lmsdk._cli.exits import EXIT_CODES_HELP
from lmsdk._generated.config_dicts import LlmPredictionConfigDict

DEFAULT_MODEL_KEY = "smollm2-135m-instruct"
"""The embedded server's default model; picked when nothing is loaded and it is downloaded.

The server's own is ``lmsdk.server.model_files.DEFAULT_MODEL_KEY``; the commands do not
import the server (it needs its extra), and tests/cli pins the two together."""


def describe(parser: argparse.ArgumentParser, epilog: str = "") -> None:
    """Put the exit codes (after epilog, if any) at the end of the command's --help."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = f"{epilog}\n\n{EXIT_CODES_HELP}" if epilog else EXIT_CODES_HELP


def add_server_options(parser: argparse.ArgumentParser, *, embedded: bool = True) -> None:
    """--host, and --embedded (exclusive with it) when the command can use an embedded server."""
    group = parser.add_mutually_exclusive_group() if embedded else parser
    group.add_argument(
        "--host",
        metavar="HOST:PORT",
        help="the server to use (default: $LMSDK_API_HOST, else LM Studio's ports on 127.0.0.1)",
    )
    if embedded:
        group.add_argument(
            "--embedded",
            action="store_true",
            help=f"start an embedded server in this process with the default model ({DEFAULT_MODEL_KEY}); "
            "no LM Studio needed",
        )


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """--model."""
    parser.add_argument(
        "--model",
        metavar="KEY",
        help="model key or loaded identifier, loaded if needed (default: the loaded model; "
        f"if none, {DEFAULT_MODEL_KEY} when downloaded)",
    )


def add_prediction_options(parser: argparse.ArgumentParser, *, stop: bool = False) -> None:
    """--max-tokens, --temperature and (optionally) --stop."""
    parser.add_argument(
        "--max-tokens", type=_positive_int, metavar="N", help="stop after N predicted tokens"
    )
    parser.add_argument("--temperature", type=float, metavar="T", help="sampling temperature")
    if stop:
        parser.add_argument(
            "--stop",
            action="append",
            default=[],
            metavar="S",
            help=r"stop when the output contains S (repeatable; \n, \t and \\ are understood)",
        )


def add_json_option(parser: argparse.ArgumentParser, what: str) -> None:
    """--json; what is printed is described in the command's epilog."""
    parser.add_argument("--json", action="store_true", help=f"print {what} as JSON, for scripts")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def unescape(text: str) -> str:
    r"""Turn the two-character escapes \n, \t and \\ into the characters they name."""
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
    return "".join(out)


def prediction_config(args: argparse.Namespace) -> LlmPredictionConfigDict:
    """The prediction config (documented camelCase keys) from the prediction options."""
    config: LlmPredictionConfigDict = {}
    if args.max_tokens is not None:
        config["maxTokens"] = args.max_tokens
    if args.temperature is not None:
        config["temperature"] = args.temperature
    if getattr(args, "stop", None):
        config["stopStrings"] = [unescape(s) for s in args.stop]
    return config


def read_prompt(text: str) -> str:
    """The PROMPT argument, or all of stdin when it is "-"."""
    return sys.stdin.read() if text == "-" else text
