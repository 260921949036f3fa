"""`lmsdk complete`: stream a raw text completion of a prompt (no chat template)."""

from __future__ import annotations

import argparse
import functools

from lmsdk._cli import discovery, exits, options, output
from lmsdk._cli.progress import Progress

EPILOG = """\
The completion goes to stdout as it arrives (the prompt is not repeated); the progress bar (on a
terminal) and the stats line go to stderr. Ctrl-C stops the completion (exit code 130).

--json prints {"content", "model", "modelIdentifier", "stats", "cancelled"} instead.

examples:
  lmsdk complete --embedded --max-tokens 30 "The capital of France is"
  lmsdk complete --stop '\\n' --json "1, 2, 3," | jq -r .content
  echo "Once upon a time" | lmsdk complete -"""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the complete options."""
    options.describe(parser, EPILOG)
    parser.add_argument("prompt", metavar="PROMPT", help='the text to continue ("-": read stdin)')
    options.add_prediction_options(parser, stop=True)
    options.add_model_option(parser)
    options.add_server_options(parser)
    options.add_json_option(parser, "the completion and its stats")


def run(args: argparse.Namespace) -> int:
    """Run `lmsdk complete`."""
    return exits.run_command("complete", lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    config = options.prediction_config(args)
    progress = Progress()
    prompt = options.read_prompt(args.prompt)
    with discovery.connect(args) as client:
        model = discovery.pick_model(client, args.model, progress)
        outcome = output.stream_prediction(
            functools.partial(model.complete_stream, prompt, config=config),
            progress=progress,
            echo=not args.json,
        )
        return output.finish_one_shot(outcome, as_json=args.json)
