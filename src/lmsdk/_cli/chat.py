"""`lmsdk chat`: stream an answer (one-shot with PROMPT, else an interactive multi-turn chat)."""

from __future__ import annotations

import argparse
import functools
import sys

from lmsdk._cli import discovery, exits, options, output
from lmsdk._cli.progress import Progress
from lmsdk._generated.config_dicts import LlmPredictionConfigDict
from lmsdk._sync.llm import LLM
from lmsdk.chat import Chat

EPILOG = """\
With PROMPT (or "-" to read it from stdin), one answer is streamed and the command exits; without it,
an interactive chat starts: a blank line or Ctrl-D ends it, Ctrl-C during an answer stops that answer
(the chat goes on), and Ctrl-C at the prompt exits. Answers go to stdout as they arrive; the progress
bar (on a terminal) and the stats line after each answer go to stderr.

--json (one-shot only) prints {"content", "model", "modelIdentifier", "stats", "cancelled"} instead.

examples:
  lmsdk chat --embedded "What is the meaning of life?"
  lmsdk chat --model qwen2.5-7b-instruct --system "You are a terse assistant."
  lmsdk chat --host 127.0.0.1:1234 --max-tokens 50 --json "Say hi" | jq -r .content"""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the chat options."""
    options.describe(parser, EPILOG)
    parser.add_argument(
        "prompt", nargs="?", metavar="PROMPT", help="ask one question and exit (else: interactive)"
    )
    options.add_model_option(parser)
    parser.add_argument("--system", metavar="TEXT", help="system prompt")
    options.add_server_options(parser)
    options.add_prediction_options(parser)
    options.add_json_option(parser, "the answer and its stats (with PROMPT only)")


def run(args: argparse.Namespace) -> int:
    """Run `lmsdk chat`."""
    return exits.run_command("chat", lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    if args.json and args.prompt is None:
        raise exits.CliError("--json needs a PROMPT (it is for one-shot use)", exits.EXIT_USAGE)
    config = options.prediction_config(args)
    progress = Progress()
    chat = Chat(args.system)
    prompt = options.read_prompt(args.prompt) if args.prompt is not None else None
    with discovery.connect(args) as client:
        model = discovery.pick_model(client, args.model, progress)
        if prompt is None:
            return _interactive(model, chat, config, progress)
        chat.add_user_message(prompt)
        outcome = output.stream_prediction(
            functools.partial(model.respond_stream, chat, config=config),
            progress=progress,
            echo=not args.json,
        )
        return output.finish_one_shot(outcome, as_json=args.json)


def _interactive(
    model: LLM, chat: Chat, config: LlmPredictionConfigDict, progress: Progress
) -> int:
    try:
        import readline  # noqa: F401 - gives input() line editing and history
    except ImportError:  # pragma: no cover - not on every platform
        pass
    # Typed at a terminal: "You: " and "Bot: " prompts. Piped in: one answer per line, nothing else.
    you, bot = ("You: ", "Bot: ") if sys.stdin.isatty() else ("", "")
    print(
        f"Chatting with {model.identifier}. A blank line or Ctrl-D exits; Ctrl-C stops an answer.",
        file=sys.stderr,
        flush=True,
    )
    while True:
        try:
            text = input(you)
        except EOFError:
            print(flush=True)
            return exits.EXIT_OK
        except KeyboardInterrupt:
            print(flush=True)
            return exits.EXIT_INTERRUPTED
        if not text.strip():
            return exits.EXIT_OK
        before = chat.copy()
        chat.add_user_message(text)
        outcome = output.stream_prediction(
            functools.partial(model.respond_stream, chat, config=config),
            progress=progress,
            prefix=bot,
        )
        output.print_stats(outcome)
        if outcome.result is not None and outcome.result.content:
            chat.add_assistant_response(outcome.result)  # a cancelled answer keeps what arrived
        else:
            chat = before  # nothing came back: forget the question, as if it was never asked
