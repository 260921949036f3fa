"""Streaming one prediction to stdout, and what is printed about it (stats line, JSON)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from typing import Any

import attrs

from lmsdk._cli.exits import EXIT_INTERRUPTED, EXIT_OK
from lmsdk._cli.progress import Progress
from lmsdk._generated.converter import unstructure
from lmsdk._sync.stream import PredictionStream
from lmsdk.errors import LMStudioError
from lmsdk.results import PredictionResult


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
