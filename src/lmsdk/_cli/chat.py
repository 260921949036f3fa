"""`lmsdk chat`: stream an answer (one-shot with PROMPT, else an interactive multi-turn chat).

Exit codes: 0 success; 1 the server reported an error; 2 bad arguments or config; 3 no server reachable.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any

from lmsdk._sync.client import Client
from lmsdk._sync.llm import LLM
from lmsdk.chat import Chat
from lmsdk.errors import LMStudioClientError, LMStudioConnectionError, LMStudioError
from lmsdk.results import PredictionResult

EXIT_SERVER_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_SERVER = 3


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the chat options."""
    parser.add_argument("prompt", nargs="?", help="ask one question and exit (else: interactive)")
    parser.add_argument("--model", help="model key to use (default: any loaded model)")
    parser.add_argument("--system", help="system prompt")
    parser.add_argument(
        "--embedded", action="store_true", help="start an embedded server in-process"
    )
    parser.add_argument(
        "--host", help="server host:port (default: LMSDK_API_HOST or LM Studio's ports)"
    )
    parser.add_argument("--max-tokens", type=int, help="stop after this many tokens")
    parser.add_argument("--temperature", type=float, help="sampling temperature")
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (one-shot only)"
    )


@contextlib.contextmanager
def server_for(args: argparse.Namespace) -> Iterator[str | None]:
    """Yield the api_host to use, starting an embedded server when asked."""
    if not args.embedded:
        yield args.host
        return
    from lmsdk.server import EmbeddedServer

    print("Starting the embedded server (SmolLM2-135M-Instruct)...", file=sys.stderr)
    with EmbeddedServer() as server:
        yield server.api_host


def stats_line(result: PredictionResult) -> str:
    """One line of prediction stats."""
    s = result.stats
    tps = f"{s.tokens_per_second:.1f} tok/s" if s.tokens_per_second is not None else "? tok/s"
    ttft = f"{s.time_to_first_token_sec:.2f}s" if s.time_to_first_token_sec is not None else "?"
    return (
        f"[{s.predicted_tokens_count} tokens, {tps}, first token {ttft}, stop: {s.stop_reason}, "
        f"model: {result.model_info.display_name}]"
    )


class _Progress:
    """Prompt-processing progress on stderr, cleared when the first token arrives."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def __call__(self, progress: float) -> None:
        if self.enabled and progress < 1.0:
            bar = "#" * int(progress * 20)
            print(f"\rprocessing prompt [{bar:<20}] {progress:4.0%}", end="", file=sys.stderr)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            print("\r" + " " * 40 + "\r", end="", file=sys.stderr, flush=True)
            self.shown = False


def answer(
    model: LLM, chat: Chat, config: dict[str, Any], *, quiet: bool
) -> PredictionResult | None:
    """Stream one answer to stdout; Ctrl-C cancels it (returns the partial result)."""
    progress = _Progress(enabled=not quiet and sys.stderr.isatty())
    stream = model.respond_stream(
        chat,
        config=config,
        on_prompt_processing_progress=progress,
        on_first_token=progress.clear,
    )
    try:
        for fragment in stream:
            if not quiet:
                print(fragment.content, end="", flush=True)
    except KeyboardInterrupt:
        stream.cancel()
        print("\n[cancelled]", file=sys.stderr)
        with contextlib.suppress(LMStudioError):
            return stream.result()
        return None
    return stream.result()


def run(args: argparse.Namespace) -> int:
    """Run `lmsdk chat`."""
    config: dict[str, Any] = {}
    if args.max_tokens is not None:
        config["maxTokens"] = args.max_tokens
    if args.temperature is not None:
        config["temperature"] = args.temperature
    try:
        with server_for(args) as host, Client(host) as client:
            model = client.llm.model(args.model)
            chat = Chat(args.system)
            if args.prompt is not None:
                chat.add_user_message(args.prompt)
                result = answer(model, chat, config, quiet=args.json)
                if result is None:
                    return EXIT_SERVER_ERROR
                if args.json:
                    print(json.dumps(_result_json(result), indent=2))
                else:
                    print("\n" + stats_line(result), file=sys.stderr)
                return 0
            return _interactive(model, chat, config)
    except LMStudioConnectionError as exc:
        print(
            f"lmsdk chat: {exc}\nTry `lmsdk chat --embedded`, or start `lmsdk serve`.",
            file=sys.stderr,
        )
        return EXIT_NO_SERVER
    except LMStudioClientError as exc:
        print(f"lmsdk chat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LMStudioError as exc:
        print(f"lmsdk chat: {exc}", file=sys.stderr)
        return EXIT_SERVER_ERROR


def _interactive(model: LLM, chat: Chat, config: dict[str, Any]) -> int:
    print("Chatting with " + model.identifier + " (blank line or Ctrl-D exits).", file=sys.stderr)
    while True:
        try:
            text = input("You: ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return 0
        if not text.strip():
            return 0
        chat.add_user_message(text)
        print("Bot: ", end="", flush=True)
        result = answer(model, chat, config, quiet=False)
        print()
        if result is not None:
            chat.add_assistant_response(result)
            print(stats_line(result), file=sys.stderr)


def _result_json(result: PredictionResult) -> dict[str, Any]:
    s = result.stats
    return {
        "content": result.content,
        "model": result.model_info.model_key,
        "stats": {
            "stopReason": s.stop_reason,
            "predictedTokensCount": s.predicted_tokens_count,
            "promptTokensCount": s.prompt_tokens_count,
            "tokensPerSecond": s.tokens_per_second,
            "timeToFirstTokenSec": s.time_to_first_token_sec,
        },
    }
