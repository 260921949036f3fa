"""How a payload that does not decode is described, in one place for the client, server and validator.

Every side says the same thing about the same bad value: JSON type names (`a string`, `an object`),
short JSON renderings of found values, and cattrs problems with their JSON paths in wire (camelCase)
names rather than attribute names. The generated converter's own type errors use :func:`type_name`'s
words, so a message reads the same whichever layer caught the problem.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

import cattrs
from cattrs.v import format_exception

__all__ = ["describe_decode_error", "show_value", "type_name"]

_SHOWN_CHARS: Final = 60
_NOTHING: Final = object()

# Only for error messages: the detailed converter reports every problem with its path, which the fast
# tolerant one does not. Built on first use (building it costs milliseconds, and most runs never need it).
_detailed: cattrs.Converter | None = None


def type_name(value: object) -> str:
    """The JSON type of a decoded value, in words (`null`, `a number`, `an object`, ...)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def show_value(value: Any) -> str:
    """A short JSON rendering of a found value for reports."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=repr)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def describe_decode_error(exc: BaseException, data: Any = _NOTHING, cls: Any = None) -> str:
    """One line saying what was wrong with a payload, without a cattrs traceback.

    Args:
        exc: what decoding raised.
        data: the payload, when known: it is decoded again with the detailed converter, so the
            line names the path of every problem (the fast converter does not keep paths).
        cls: the type ``data`` was decoded as (needed with ``data``).
    """
    if data is not _NOTHING and cls is not None:
        global _detailed
        if _detailed is None:
            from lmsdk._generated.converter import make_converter

            _detailed = make_converter(strict=False, detailed=True)
        try:
            _detailed.structure(data, cls)
        except cattrs.BaseValidationError as detailed:
            exc = detailed
        except RecursionError:
            pass  # the one-member union bug (see decode_packet): the original error says more
        except Exception as other:  # noqa: BLE001 - described below like any other
            exc = other
    if isinstance(exc, cattrs.BaseValidationError):
        messages = cattrs.transform_error(exc, format_exception=_format_problem)
        return "; ".join(_camel_path(m) for m in messages)
    if isinstance(exc, KeyError):
        return _format_problem(exc, None)
    return str(exc) or type(exc).__name__


def _format_problem(exc: BaseException, _type: Any) -> str:
    """One problem inside a cattrs error tree (the converters raise TypeError/ValueError with text)."""
    if isinstance(exc, KeyError):
        return f"required field {exc} missing" if exc.args else "required field missing"
    if isinstance(exc, TypeError | ValueError) and str(exc):
        return str(exc)
    return format_exception(exc, _type)


def _camel_path(message: str) -> str:
    # cattrs reports attribute names; peers know the camelCase wire names.
    text, sep, path = message.rpartition(" @ $")
    if not sep:
        return message
    return text + sep + re.sub(r"_([a-z])", lambda m: m.group(1).upper(), path)
