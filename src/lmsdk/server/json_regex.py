r"""GBNF text helpers, and JSON schema ``pattern`` regexes as GBNF.

A schema ``pattern`` is a regex the *decoded* string must contain
(``re.search``), while the grammar constrains the *encoded* JSON text between
the quotes. The translation therefore writes each matched character in its JSON
spelling (``"`` as ``\"``, a newline as ``\n``) and pads an unanchored side
with any JSON characters (the base rule ``char``).

Only a subset of Python's regex syntax is translated: literals, escapes,
classes, ``.``, groups, alternation, greedy or lazy quantifiers, and ``^``/``$``
at the ends of a top-level alternative. Anything else (lookarounds,
backreferences, inline flags, word boundaries, possessive quantifiers) raises
ValueError naming the construct. Where Python's classes are Unicode-aware
(``\d``, ``\w``, ``\s`` and their negations) the grammar admits their ASCII
part, a subset, so every admitted string still matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["alternatives", "gbnf_literal", "pattern_to_gbnf"]

_MAX_CODE_POINT = 0x10FFFF
_PRINTABLE_ASCII = [(0x20, 0x7E)]
_DIGIT = [(0x30, 0x39)]
_WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_SPACE = [(0x09, 0x0D), (0x20, 0x20)]
_ESCAPED_CONTROLS = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"}
_SIMPLE_ESCAPES = {"n": 0x0A, "t": 0x09, "r": 0x0D, "f": 0x0C, "v": 0x0B, "a": 0x07, "0": 0x00}


def gbnf_literal(text: str) -> str:
    """Quote ``text`` as a GBNF string literal."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def alternatives(options: Iterable[str]) -> str:
    """Join GBNF expressions as one parenthesised alternation (deduplicated)."""
    unique = list(dict.fromkeys(options))
    if not unique:
        raise ValueError("an alternation needs at least one option")
    return unique[0] if len(unique) == 1 else "( " + " | ".join(unique) + " )"


# ----------------------------------------------------------------- char sets


@dataclass(frozen=True)
class _Chars:
    """A set of code points as sorted, merged inclusive ranges."""

    ranges: tuple[tuple[int, int], ...]

    @staticmethod
    def of(ranges: Iterable[tuple[int, int]]) -> _Chars:
        merged: list[tuple[int, int]] = []
        for low, high in sorted(ranges):
            if merged and low <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return _Chars(tuple(merged))

    def complement(self) -> _Chars:
        out, start = [], 0
        for low, high in self.ranges:
            if low > start:
                out.append((start, low - 1))
            start = high + 1
        if start <= _MAX_CODE_POINT:
            out.append((start, _MAX_CODE_POINT))
        return _Chars(tuple(out))

    def minus(self, other: _Chars) -> _Chars:
        return self.intersect(other.complement())

    def intersect(self, other: _Chars) -> _Chars:
        out = []
        for a_low, a_high in self.ranges:
            for b_low, b_high in other.ranges:
                low, high = max(a_low, b_low), min(a_high, b_high)
                if low <= high:
                    out.append((low, high))
        return _Chars.of(out)


_SURROGATES = _Chars.of([(0xD800, 0xDFFF)])
_RAW_FORBIDDEN = _Chars.of([(0x00, 0x1F), (0x22, 0x22), (0x5C, 0x5C)])


def _class_char(code: int) -> str:
    char = chr(code)
    if char.isalnum() and code < 0x80:
        return char
    return (
        f"\\x{code:02X}"
        if code < 0x100
        else f"\\u{code:04X}"
        if code < 0x10000
        else f"\\U{code:08X}"
    )


def _json_spelling(chars: _Chars) -> str:
    """GBNF for one character of the set, as it is written inside a JSON string."""
    usable = chars.minus(_SURROGATES)
    options = []
    raw = usable.minus(_RAW_FORBIDDEN)
    if raw.ranges:
        parts = [
            _class_char(low) if low == high else f"{_class_char(low)}-{_class_char(high)}"
            for low, high in raw.ranges
        ]
        options.append("[" + "".join(parts) + "]")
    special = usable.intersect(_RAW_FORBIDDEN)
    for low, high in special.ranges:
        for code in range(low, high + 1):
            if code in (0x22, 0x5C):
                options.append(gbnf_literal("\\" + chr(code)))
            else:
                options.append(gbnf_literal(_ESCAPED_CONTROLS.get(code, f"\\u{code:04x}")))
    if not options:
        raise ValueError("a character class matches no character a JSON string can hold")
    return alternatives(options)


# -------------------------------------------------------------------- parser


class _Parser:
    """Recursive descent over the pattern, emitting GBNF as it goes."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.text[self.i : self.i + n]

    def fail(self, what: str) -> ValueError:
        return ValueError(f"{what} at position {self.i} of the pattern is not supported")

    def top(self) -> str:
        options = [self.sequence(top=True)]
        while self.peek() == "|":
            self.i += 1
            options.append(self.sequence(top=True))
        if self.i != len(self.text):
            raise self.fail(f"unbalanced {self.peek()!r}")
        return alternatives(options)

    def alternation(self) -> str:
        options = [self.sequence(top=False)]
        while self.peek() == "|":
            self.i += 1
            options.append(self.sequence(top=False))
        return alternatives(options)

    def sequence(self, *, top: bool) -> str:
        anchored_start = anchored_end = False
        if top and self.peek() == "^" or top and self.peek(2) == "\\A":
            anchored_start = True
            self.i += 1 if self.peek() == "^" else 2
        parts: list[str] = []
        while self.i < len(self.text) and self.peek() not in "|)":
            if self.peek() == "$" or self.peek(2) in ("\\Z", "\\z"):
                if not top:
                    raise self.fail("an anchor inside a group")
                self.i += 1 if self.peek() == "$" else 2
                if self.i < len(self.text) and self.peek() != "|":
                    raise self.fail("an anchor before the end")
                anchored_end = True
                break
            if self.peek() == "^":
                raise self.fail("an anchor inside the pattern")
            parts.append(self.quantified(self.atom()))
        if top:
            if not anchored_start:
                parts.insert(0, "char*")
            if not anchored_end:
                parts.append("char*")
        return " ".join(parts) if parts else '""'

    def quantified(self, atom: str) -> str:
        match = re.compile(r"\*|\+|\?|\{(\d*)(?:(,)(\d*))?\}").match(self.text, self.i)
        if match is None or match.group(0) == "{}" or match.group(0) == "{,}":
            return atom
        token = match.group(0)
        self.i = match.end()
        if self.peek() == "+":
            raise self.fail("a possessive quantifier")
        if self.peek() == "?":
            self.i += 1  # lazy: the same set of strings
        group = atom if re.fullmatch(r"[\w-]+|\[[^\]]*\]", atom) else f"( {atom} )"
        if token in "*+?":
            return group + token
        low = int(match.group(1) or 0)
        if match.group(2) is None:
            return f"{group}{{{low}}}"
        high = match.group(3)
        if high and int(high) < low:
            raise self.fail("a quantifier whose maximum is below its minimum")
        return f"{group}{{{low},{high}}}"

    def atom(self) -> str:
        char = self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return _json_spelling(self.char_class())
        if char == ".":
            self.i += 1
            return _json_spelling(_Chars.of([(0x0A, 0x0A)]).complement())
        if char == "\\":
            return _json_spelling(self.escape(in_class=False))
        if char in "*+?{":
            if char == "{" and not re.compile(r"\{\d*,?\d*\}").match(self.text, self.i):
                self.i += 1
                return _json_spelling(_Chars.of([(ord(char), ord(char))]))
            raise self.fail(f"a quantifier {char!r} with nothing to repeat")
        self.i += 1
        return _json_spelling(_Chars.of([(ord(char), ord(char))]))

    def group(self) -> str:
        self.i += 1
        if self.peek() == "?":
            named = re.compile(r"\?P?<[A-Za-z_]\w*>").match(self.text, self.i)
            if self.peek(2) == "?:":
                self.i += 2
            elif named:
                self.i = named.end()
            else:
                raise self.fail(f"the group syntax '({self.peek(3)}'")
        body = self.alternation()
        if self.peek() != ")":
            raise self.fail("an unclosed group")
        self.i += 1
        return f"( {body} )"

    def escape(self, *, in_class: bool) -> _Chars:
        self.i += 1
        char = self.peek()
        if not char:
            raise self.fail("a trailing backslash")
        self.i += 1
        classes = {"d": _DIGIT, "w": _WORD, "s": _SPACE}
        if char in classes:
            return _Chars.of(classes[char])
        if char in "DWS":
            # Python's \D is Unicode-aware; the ASCII rest of it is a safe subset.
            return _Chars.of(_PRINTABLE_ASCII).minus(_Chars.of(classes[char.lower()]))
        if char == "b" and in_class:
            return _Chars.of([(0x08, 0x08)])
        if char in _SIMPLE_ESCAPES and not (char == "0" and self.peek().isdigit()):
            code = _SIMPLE_ESCAPES[char]
            return _Chars.of([(code, code)])
        widths = {"x": 2, "u": 4, "U": 8}
        if char in widths:
            digits = self.peek(widths[char])
            if not re.fullmatch(f"[0-9a-fA-F]{{{widths[char]}}}", digits):
                raise self.fail(f"a malformed \\{char} escape")
            self.i += widths[char]
            return _Chars.of([(int(digits, 16), int(digits, 16))])
        if char.isalnum():
            self.i -= 2
            raise self.fail(f"the escape \\{char}")
        return _Chars.of([(ord(char), ord(char))])

    def char_class(self) -> _Chars:
        self.i += 1
        negated = self.peek() == "^"
        if negated:
            self.i += 1
        ranges: list[tuple[int, int]] = []
        unicode_aware = False
        first = True
        while True:
            if self.i >= len(self.text):
                raise self.fail("an unclosed character class")
            char = self.peek()
            if char == "]" and not first:
                self.i += 1
                break
            first = False
            if char == "[" and self.peek(2) in ("[:", "[=", "[."):
                raise self.fail("a POSIX class")
            if char == "\\":
                unicode_aware |= self.peek(2)[1:] in ("d", "w", "s", "D", "W", "S")
                chars = self.escape(in_class=True)
            else:
                self.i += 1
                chars = _Chars.of([(ord(char), ord(char))])
            if self.peek() == "-" and self.peek(2) != "-]" and self.peek(2)[1:] not in ("]", ""):
                if len(chars.ranges) != 1 or chars.ranges[0][0] != chars.ranges[0][1]:
                    raise self.fail("a range from a class escape")
                self.i += 1
                end = self.escape(in_class=True) if self.peek() == "\\" else None
                if end is None:
                    end = _Chars.of([(ord(self.peek()), ord(self.peek()))])
                    self.i += 1
                if len(end.ranges) != 1 or end.ranges[0][0] != end.ranges[0][1]:
                    raise self.fail("a range to a class escape")
                low, high = chars.ranges[0][0], end.ranges[0][0]
                if high < low:
                    raise self.fail("a reversed range")
                ranges.append((low, high))
            else:
                ranges.extend(chars.ranges)
        chars = _Chars.of(ranges)
        if not negated:
            return chars
        if unicode_aware:
            # [^\d] excludes every Unicode digit; keep to ASCII, where the
            # excluded set is known exactly.
            return _Chars.of(_PRINTABLE_ASCII).minus(chars)
        return chars.complement()


def pattern_to_gbnf(pattern: object) -> str:
    """Translate a JSON schema ``pattern`` into GBNF for the string's JSON content.

    Args:
        pattern: The regular expression (Python ``re`` syntax, searched, not
            anchored, as JSON Schema defines it).

    Returns:
        A GBNF expression for the text between the quotes; it refers to the
        base rule ``char`` (any one JSON string character).

    Raises:
        ValueError: If the pattern is not a string, does not compile, or uses
            syntax outside the translated subset.
    """
    if not isinstance(pattern, str):
        raise ValueError("the pattern must be a string")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"it is not a valid regular expression ({exc})") from exc
    return _Parser(pattern).top()
