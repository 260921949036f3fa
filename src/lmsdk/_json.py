"""JSON text for WebSocket frames: compact, non-ASCII kept as is, encoded by one cached C encoder.

`json.dumps` (and `JSONEncoder.encode`) build a new C encoder object and a dict of visited containers
on every call; for small frames such as a streamed fragment that set-up costs as much as the encoding.
Frames are trees of dicts, lists and scalars built by the converter, so the circular-reference check
is left out (a cycle would end in RecursionError instead of ValueError).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _encoder
from typing import Any

loads: Callable[[str | bytes], Any] = json.loads
"""Parse JSON text (`json.loads`)."""


def _make_dumps() -> Callable[[Any], str]:
    make = getattr(_encoder, "c_make_encoder", None)
    default = json.JSONEncoder().default  # raises TypeError for what JSON cannot hold
    if make is None:  # no C accelerator: the pure-Python encoder, still without the cycle check
        return json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), check_circular=False
        ).encode
    encode = make(None, default, _encoder.encode_basestring, None, ":", ",", False, False, True)

    def dumps(obj: Any) -> str:
        return "".join(encode(obj, 0))

    return dumps


dumps: Callable[[Any], str] = _make_dumps()
"""Encode a JSON-shaped value as compact text (`separators=(",", ":")`, `ensure_ascii=False`)."""
