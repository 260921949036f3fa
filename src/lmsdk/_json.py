"""JSON text for WebSocket frames: compact, non-ASCII kept as is, encoded by one cached C encoder.

`json.dumps` (and `JSONEncoder.encode`) build a new C encoder object and a dict of visited containers
on every call; for small frames such as a streamed fragment that set-up costs as much as the encoding.
Frames are trees of dicts, lists and scalars built by the converter, so the circular-reference check
is left out (a cycle ends in `JsonEncodeError`, from the RecursionError it causes).

Both sides hold to the same rules, so that neither sends what the other refuses: no NaN or Infinity
(not JSON: LM Studio's parser rejects them), and no nesting deeper than `MAX_DEPTH`. Every failure is
a `ValueError` subclass of this module, never a bare RecursionError, and says where in the value it is.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from json import encoder as _encoder
from typing import Any

__all__ = [
    "MAX_DEPTH",
    "JsonDecodeError",
    "JsonEncodeError",
    "depth",
    "dumps",
    "explain_unencodable",
    "loads",
    "text_too_deep",
    "too_deep",
]

MAX_DEPTH = 100
"""Deepest nesting of objects and arrays a frame may have, envelope included.

Far beyond what the protocol needs (a JSON schema in a prediction config sits about 10 levels
down), and well within what recursive code on either side (the converters, grammar builders) can
walk without exhausting Python's recursion limit.
"""


class JsonEncodeError(ValueError):
    """A value cannot be sent as JSON: NaN or Infinity, too deep, a cycle, or a non-JSON type.

    Attributes:
        path: Where in the value the problem is (``$.a[0].b``), when found.
        key: The ``key`` of the KV config field holding the bad value, if it is in one.
    """

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.key = key


class JsonDecodeError(ValueError):
    """A frame is not JSON the other side may send (here: nested too deeply to parse)."""


def _make_dumps() -> Callable[[Any], str]:
    make = getattr(_encoder, "c_make_encoder", None)
    default = json.JSONEncoder().default  # raises TypeError for what JSON cannot hold
    if make is None:  # no C accelerator: the pure-Python encoder, still without the cycle check
        return json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False
        ).encode
    # The last argument is allow_nan: NaN and Infinity raise ValueError instead of becoming
    # the non-JSON words NaN and Infinity.
    encode = make(None, default, _encoder.encode_basestring, None, ":", ",", False, False, False)

    def join(obj: Any) -> str:
        return "".join(encode(obj, 0))

    return join


_encode = _make_dumps()


def dumps(obj: Any) -> str:
    """Encode a JSON-shaped value as compact text (`separators=(",", ":")`, `ensure_ascii=False`).

    Raises:
        JsonEncodeError: If the value holds NaN or Infinity, a cycle, nesting too deep for the
            encoder, or something JSON has no form for; the message names where.
    """
    try:
        return _encode(obj)
    except (ValueError, TypeError, RecursionError) as exc:
        raise explain_unencodable(obj, exc) from None


def loads(text: str | bytes) -> Any:
    """Parse JSON text (`json.loads`).

    Raises:
        ValueError: If the text is not JSON (`json.JSONDecodeError`), or is nested too deeply
            to parse (`JsonDecodeError`).
    """
    try:
        return json.loads(text)
    except RecursionError:
        raise JsonDecodeError(
            f"the frame is nested too deeply to parse (the limit is {MAX_DEPTH} levels)"
        ) from None


def too_deep(text: str | bytes, value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` (parsed from, or encoded as, ``text``) nests deeper than ``limit``.

    The text is looked at first: with no more than ``limit`` brackets, the value cannot be that
    deep, so the walk over the value runs only for frames with many objects or arrays.
    """
    return _may_nest_deeper(text, limit) and depth(value) > limit


def text_too_deep(text: str | bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON ``text`` nests deeper than ``limit``; parsed only if it might."""
    return _may_nest_deeper(text, limit) and depth(loads(text)) > limit


def _may_nest_deeper(text: str | bytes, limit: int) -> bool:
    """Whether ``text`` has room for more than ``limit`` nested levels: enough characters and brackets.

    A cheap count that spares the walk over the value for almost every frame.
    """
    if len(text) <= 2 * limit:
        return False
    if isinstance(text, str):
        brackets = text.count("[") + text.count("{")
    else:
        brackets = text.count(b"[") + text.count(b"{")
    return brackets > limit


def depth(value: Any) -> int:
    """How deeply objects and arrays nest in ``value`` (a scalar: 0); iterative, any depth."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def explain_unencodable(obj: Any, exc: BaseException) -> JsonEncodeError:
    """Find the first value JSON cannot hold in ``obj`` and say where it is (error path only)."""
    found = _find_problem(obj)
    if found is None:
        return JsonEncodeError(f"it cannot be encoded as JSON: {exc}")
    problem, path, key = found
    where = f" in config key {key!r}" if key else ""
    shown = path if len(path) <= 120 else f"{path[:60]}...{path[-40:]}"
    return JsonEncodeError(f"it holds {problem}{where}, at {shown}", path=path, key=key)


def _find_problem(obj: Any) -> tuple[str, str, str | None] | None:
    # (value, its path, the "key" of the nearest KV config field holding it)
    stack: list[tuple[Any, str, str | None, int]] = [(obj, "$", None, 1)]
    while stack:
        item, path, key, level = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            word = "NaN" if math.isnan(item) else "Infinity" if item > 0 else "-Infinity"
            return f"{word} (JSON has no NaN or Infinity)", path, key
        if item is None or isinstance(item, str | int | float | bool):
            continue
        if not isinstance(item, dict | list | tuple):
            return f"a value of type {type(item).__name__} (not JSON)", path, key
        if level > MAX_DEPTH:  # also where a value that contains itself is caught
            return f"a value nested deeper than {MAX_DEPTH} levels", path, key
        if isinstance(item, dict):
            own_key = item.get("key")
            if isinstance(own_key, str) and "value" in item:
                key = own_key
            children = [(v, f"{path}.{k}") for k, v in item.items()]
        else:
            children = [(v, f"{path}[{i}]") for i, v in enumerate(item)]
        # Reversed, so that the stack pops them in order and the first problem is reported.
        stack.extend((v, p, key, level + 1) for v, p in reversed(children))
    return None
