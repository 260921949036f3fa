"""JSON schema -> GBNF: the grammar admits only JSON the schema accepts, and refuses what it cannot hold.

No model is needed for most of these tests. A small GBNF interpreter below (parser, matcher,
random sampler) stands in for llama.cpp's grammar engine: the matcher decides whether the grammar
admits a string, and the sampler walks the grammar with random choices, as a sampler at a very
high temperature would. llama.cpp's own parser checks that every grammar built here parses.
"""

from __future__ import annotations

import importlib
import json
import math
import random
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import lmstudio
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import lmsdk
from lmsdk.server.engine import GenerationParams
from lmsdk.server.json_grammar import UnsupportedSchema, schema_to_gbnf
from lmsdk.server.llama_engine import LlamaEngine

jsonschema = importlib.import_module("jsonschema")

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------- GBNF interpreter


EXHAUSTED = -1  # an end "position" meaning: the input ran out inside this node


@dataclass
class Node:
    kind: str  # lit, cls, ref, seq, alt, rep
    text: str = ""
    ranges: list[tuple[int, int]] = field(default_factory=list)
    negated: bool = False
    items: list[Node] = field(default_factory=list)
    low: int = 0
    high: int | None = None


class Grammar:
    """The GBNF subset the converter writes: literals, classes, refs, groups, ``| * + ? {m,n}``."""

    def __init__(self, text: str) -> None:
        self.rules: dict[str, Node] = {}
        for line in text.strip().splitlines():
            name, body = line.split(" ::= ", 1)
            self.src, self.i = body, 0
            self.rules[name] = self.alt()
            assert self.i == len(body), f"trailing text in rule {name}: {body[self.i :]!r}"
        for node in self.rules.values():
            self._check_refs(node)
        # Length of the shortest string each rule derives (a fixpoint: rules may recurse).
        self.lengths = dict.fromkeys(self.rules, math.inf)
        changed = True
        while changed:
            changed = False
            for name, node in self.rules.items():
                length = self.shortest(node)
                if length < self.lengths[name]:
                    self.lengths[name], changed = length, True

    def shortest(self, node: Node) -> float:
        if node.kind == "lit":
            return len(node.text)
        if node.kind == "cls":
            return 1
        if node.kind == "ref":
            return self.lengths[node.text]
        if node.kind == "alt":
            return min(self.shortest(item) for item in node.items)
        if node.kind == "seq":
            return sum(self.shortest(item) for item in node.items)
        return node.low * self.shortest(node.items[0]) if node.low else 0

    def _check_refs(self, node: Node) -> None:
        if node.kind == "ref":
            assert node.text in self.rules, f"undefined rule {node.text}"
        for item in node.items:
            self._check_refs(item)

    # -- parsing

    def skip(self) -> None:
        while self.i < len(self.src) and self.src[self.i] == " ":
            self.i += 1

    def alt(self) -> Node:
        options = [self.seq()]
        while self.i < len(self.src) and self.src[self.i] == "|":
            self.i += 1
            options.append(self.seq())
        return options[0] if len(options) == 1 else Node("alt", items=options)

    def seq(self) -> Node:
        items = []
        self.skip()
        while self.i < len(self.src) and self.src[self.i] not in "|)":
            items.append(self.postfix(self.atom()))
            self.skip()
        return Node("seq", items=items)

    def postfix(self, atom: Node) -> Node:
        while self.i < len(self.src):
            c = self.src[self.i]
            if c in "*+?":
                self.i += 1
                atom = Node(
                    "rep", items=[atom], low=1 if c == "+" else 0, high=1 if c == "?" else None
                )
            elif c == "{":
                m = re.compile(r"\{(\d+)(,(\d*))?\}").match(self.src, self.i)
                assert m, self.src[self.i :]
                self.i = m.end()
                low = int(m.group(1))
                high = low if m.group(2) is None else int(m.group(3)) if m.group(3) else None
                atom = Node("rep", items=[atom], low=low, high=high)
            else:
                return atom
        return atom

    def char(self) -> int:
        c = self.src[self.i]
        if c != "\\":
            self.i += 1
            return ord(c)
        e = self.src[self.i + 1]
        widths = {"x": 2, "u": 4, "U": 8}
        if e in widths:
            code = int(self.src[self.i + 2 : self.i + 2 + widths[e]], 16)
            self.i += 2 + widths[e]
            return code
        self.i += 2
        return ord({"n": "\n", "t": "\t", "r": "\r"}.get(e, e))

    def atom(self) -> Node:
        c = self.src[self.i]
        if c == '"':
            self.i += 1
            out = []
            while self.src[self.i] != '"':
                out.append(chr(self.char()))
            self.i += 1
            return Node("lit", text="".join(out))
        if c == "[":
            self.i += 1
            node = Node("cls")
            if self.src[self.i] == "^":
                node.negated = True
                self.i += 1
            while self.src[self.i] != "]":
                low = self.char()
                high = low
                if self.src[self.i] == "-" and self.src[self.i + 1] != "]":
                    self.i += 1
                    high = self.char()
                node.ranges.append((low, high))
            self.i += 1
            return node
        if c == "(":
            self.i += 1
            inner = self.alt()
            assert self.src[self.i] == ")"
            self.i += 1
            return inner
        m = re.compile(r"[a-zA-Z0-9-]+").match(self.src, self.i)
        assert m, f"unexpected {self.src[self.i :]!r}"
        self.i = m.end()
        return Node("ref", text=m.group(0))

    # -- matching: the set of positions where a node can end

    def ends(self, node: Node, s: str, pos: int) -> frozenset[int]:
        key = (id(node), pos)
        if key in self.memo:
            return self.memo[key]
        out: set[int] = set()
        if node.kind == "lit":
            if s.startswith(node.text, pos):
                out.add(pos + len(node.text))
            elif self.prefix and node.text.startswith(s[pos:]):
                out.add(EXHAUSTED)
        elif node.kind == "cls":
            if pos == len(s) and self.prefix:
                out.add(EXHAUSTED)
            elif pos < len(s):
                inside = any(lo <= ord(s[pos]) <= hi for lo, hi in node.ranges)
                if inside != node.negated:
                    out.add(pos + 1)
        elif node.kind == "ref":
            out = set(self.ends(self.rules[node.text], s, pos))
        elif node.kind == "alt":
            for item in node.items:
                out |= self.ends(item, s, pos)
        elif node.kind == "seq":
            current = {pos}
            for item in node.items:
                current = {e for p in current for e in self._next(item, s, p)}
            out = current
        else:  # rep
            current, count = {pos}, 0
            if node.low == 0:
                out |= current
            while current and (node.high is None or count < node.high):
                current = {e for p in current for e in self._next(node.items[0], s, p)} - {pos}
                count += 1
                if count >= node.low:
                    out |= current
                if EXHAUSTED in current:  # ran out before the minimum count: still viable
                    out.add(EXHAUSTED)
                    current.discard(EXHAUSTED)
                if count > len(s) + 1:
                    break
        self.memo[key] = frozenset(out)
        return self.memo[key]

    def _next(self, node: Node, s: str, pos: int) -> frozenset[int]:
        # Input that ran out inside an earlier node stays a viable prefix.
        return frozenset({EXHAUSTED}) if pos == EXHAUSTED else self.ends(node, s, pos)

    def accepts(self, s: str) -> bool:
        self.memo: dict[tuple[int, int], frozenset[int]] = {}
        self.prefix = False
        return len(s) in self.ends(self.rules["root"], s, 0)

    def accepts_prefix(self, s: str) -> bool:
        """Whether ``s`` can be continued into a string the grammar admits."""
        self.memo = {}
        self.prefix = True
        found = self.ends(self.rules["root"], s, 0)
        return EXHAUSTED in found or len(s) in found

    # -- sampling: a random walk, like a sampler at a very high temperature

    def sample(self, rng: random.Random, depth: int = 0) -> str:
        return self._sample(self.rules["root"], rng, depth)

    def _sample(self, node: Node, rng: random.Random, depth: int) -> str:
        if node.kind == "lit":
            return node.text
        if node.kind == "cls":
            if not node.negated:
                lo, hi = rng.choice(node.ranges)
                return chr(rng.randint(lo, hi))
            pool = [*range(0x20, 0x7F), 0xE9, 0x3A9, 0x4E2D, 0x1F600, 0x0A, 0x22, 0x5C]
            while True:
                code = rng.choice(pool)
                if not any(lo <= code <= hi for lo, hi in node.ranges):
                    return chr(code)
        if node.kind == "ref":
            return self._sample(self.rules[node.text], rng, depth + 1)
        if node.kind == "alt":
            options = node.items
            if depth > 12:  # steer recursive grammars towards the shortest option
                options = [min(options, key=self.shortest)]
            return self._sample(rng.choice(options), rng, depth)
        if node.kind == "seq":
            return "".join(self._sample(item, rng, depth) for item in node.items)
        high = node.high if node.high is not None else node.low + rng.choice([0, 1, 2, 5])
        count = node.low if depth > 12 else rng.randint(node.low, high)
        return "".join(self._sample(node.items[0], rng, depth + 1) for _ in range(count))


def grammar(schema: Any) -> Grammar:
    return Grammar(schema_to_gbnf(schema))


def valid(schema: Any, text: str) -> bool:
    tuple_items = isinstance(schema, dict) and isinstance(schema.get("items"), list)
    cls = jsonschema.Draft7Validator if tuple_items else jsonschema.Draft202012Validator
    try:
        jsonschema.validate(json.loads(text), schema, cls=cls)
    except (ValueError, jsonschema.ValidationError):
        return False
    return True


@pytest.fixture(scope="module")
def engine() -> Iterator[LlamaEngine]:
    loaded = LlamaEngine(context_length=256)
    yield loaded
    loaded.close()


def assert_llama_parses(engine: LlamaEngine, text: str) -> None:
    """llama.cpp's own parser accepts the grammar (generate() checks it before returning)."""
    stream = engine.generate("x", GenerationParams(max_tokens=1, gbnf=text), threading.Event())
    stream.close()  # type: ignore[attr-defined]


def test_interpreter_rejects_what_it_should() -> None:
    # The matcher itself must be able to say no, or the properties below prove nothing.
    g = Grammar('root ::= "a" [0-9]{1,2} ( "xy" | "z" )?\n')
    assert g.accepts("a1") and g.accepts("a12xy") and not g.accepts("a123") and not g.accepts("ax")
    assert g.accepts_prefix("a12x") and g.accepts_prefix("") and g.accepts_prefix("a")
    assert (
        not g.accepts_prefix("a12q") and not g.accepts_prefix("b") and not g.accepts_prefix("a123")
    )


# ------------------------------------------------------------------ integers


@st.composite
def integer_bounds(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer"}
    edge = st.integers(-(10**12), 10**12) | st.sampled_from([0, 1, -1, 9, 10, 99, 100, -100, 999])
    for plain, strict in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        choice = draw(st.sampled_from(["none", "plain", "strict", "float"]))
        if choice == "plain":
            schema[plain] = draw(edge)
        elif choice == "strict":
            schema[strict] = draw(edge)
        elif choice == "float":
            schema[plain] = draw(edge) + draw(st.sampled_from([0.5, 0.25, -0.75]))
    big = 10**15
    low = max(
        math.ceil(schema.get("minimum", -big)), math.floor(schema.get("exclusiveMinimum", -big)) + 1
    )
    high = min(
        math.floor(schema.get("maximum", big)), math.ceil(schema.get("exclusiveMaximum", big)) - 1
    )
    assume(low <= high)
    return schema


def in_range(schema: dict[str, Any], n: int) -> bool:
    return (
        n >= schema.get("minimum", n)
        and n <= schema.get("maximum", n)
        and n > schema.get("exclusiveMinimum", n - 1)
        and n < schema.get("exclusiveMaximum", n + 1)
    )


@PROPERTY
@given(schema=integer_bounds(), data=st.data())
def test_integer_range_accepts_exactly_the_integers_in_range(
    schema: dict[str, Any], data: st.DataObject
) -> None:
    g = grammar(schema)
    anchors = [v for k, v in schema.items() if k != "type"]
    near = st.sampled_from([int(a) + d for a in anchors for d in (-2, -1, 0, 1, 2)] or [0])
    for n in data.draw(st.lists(near | st.integers(-(10**14), 10**14), min_size=5, max_size=20)):
        assert g.accepts(str(n)) == in_range(schema, n), (schema, n)
        assert not g.accepts("0" + str(abs(n)) if n else "00"), (schema, n)  # no leading zeros
        assert not g.accepts(f"{n}.0") and not g.accepts(f"{n}e0")


@PROPERTY
@given(schema=integer_bounds(), seed=st.integers(0, 2**32))
def test_integer_range_samples_validate(schema: dict[str, Any], seed: int) -> None:
    g, rng = grammar(schema), random.Random(seed)
    for _ in range(20):
        text = g.sample(rng)
        assert valid(schema, text), (schema, text)


def test_integer_grammars_parse_in_llama(engine: LlamaEngine) -> None:
    for low, high in [(0, 100), (-57, 12345), (None, -3), (7, None), (-(10**12), 10**12 - 1)]:
        schema = {"type": "integer", "minimum": low, "maximum": high}
        assert_llama_parses(
            engine, schema_to_gbnf({k: v for k, v in schema.items() if v is not None})
        )


# ------------------------------------------------------------------- numbers


@st.composite
def number_bounds(draw: st.DrawFn) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "number"}
    value = st.decimals(-1000, 1000, places=draw(st.integers(0, 8))).map(float)
    for plain, strict in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        choice = draw(st.sampled_from(["none", "plain", "strict"]))
        if choice != "none":
            schema[plain if choice == "plain" else strict] = draw(value)
    low = schema.get("minimum", schema.get("exclusiveMinimum", -1e9))
    high = schema.get("maximum", schema.get("exclusiveMaximum", 1e9))
    assume(high - low >= 1e-5)  # leaves grid points at 6 decimals between the bounds
    return schema


def number_in_range(schema: dict[str, Any], x: Decimal) -> bool:
    def d(key: str) -> Decimal:
        return Decimal(repr(schema[key]))

    return (
        ("minimum" not in schema or x >= d("minimum"))
        and ("maximum" not in schema or x <= d("maximum"))
        and ("exclusiveMinimum" not in schema or x > d("exclusiveMinimum"))
        and ("exclusiveMaximum" not in schema or x < d("exclusiveMaximum"))
    )


@PROPERTY
@given(schema=number_bounds(), data=st.data())
def test_number_range_accepts_exactly_the_six_decimal_numbers_in_range(
    schema: dict[str, Any], data: st.DataObject
) -> None:
    g = grammar(schema)
    anchors = [Decimal(repr(v)) for k, v in schema.items() if k != "type"] or [Decimal(0)]
    step = Decimal("0.000001")
    near = st.sampled_from([a + k * step for a in anchors for k in (-2, -1, 0, 1, 2)])
    anywhere = st.decimals(-(10**7), 10**7, places=6)
    for x in data.draw(st.lists(near | anywhere, min_size=5, max_size=20)):
        text = format(x.normalize(), "f")
        text = "0" if text in ("-0", "0") else text
        if g.accepts(text):
            assert valid(schema, text), (schema, text)
        if x == x.quantize(step):  # the grid: values with at most 6 decimals
            assert g.accepts(text) == number_in_range(schema, x), (schema, text)
    if len(schema) > 1:
        assert not g.accepts("1e2") and not g.accepts("01.5") and not g.accepts("1.")


@PROPERTY
@given(schema=number_bounds(), seed=st.integers(0, 2**32))
def test_number_range_samples_validate(schema: dict[str, Any], seed: int) -> None:
    g, rng = grammar(schema), random.Random(seed)
    for _ in range(20):
        text = g.sample(rng)
        assert valid(schema, text), (schema, text)


def test_exclusive_bound_survives_float_rounding() -> None:
    # 0.1 + 1e-17 rounds back to 0.1 as a float: the grid must step past the bound for real.
    schema = {"type": "number", "exclusiveMinimum": 0.1, "exclusiveMaximum": 0.3}
    g = grammar(schema)
    assert not g.accepts("0.10000000000000001") and not g.accepts("0.1") and g.accepts("0.100001")
    big = {"type": "number", "exclusiveMaximum": 1e17}
    with pytest.raises(UnsupportedSchema, match="exclusiveMaximum"):
        schema_to_gbnf(big)


# ------------------------------------------------------------------- strings

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=14)


@PROPERTY
@given(low=st.integers(0, 8), span=st.none() | st.integers(0, 8), text=TEXT)
def test_string_length_accepts_exactly_the_lengths_in_range(
    low: int, span: int | None, text: str
) -> None:
    schema: dict[str, Any] = {"type": "string", "minLength": low}
    if span is not None:
        schema["maxLength"] = low + span
    g = grammar(schema)
    fits = low <= len(text) and (span is None or len(text) <= low + span)
    assert g.accepts(json.dumps(text, ensure_ascii=False)) == fits
    escaped = json.dumps(text)  # \uXXXX escapes, surrogate pairs for astral characters
    if g.accepts(escaped):
        assert valid(schema, escaped)


@PROPERTY
@given(low=st.integers(0, 5), span=st.integers(0, 5), seed=st.integers(0, 2**32))
def test_string_length_samples_validate(low: int, span: int, seed: int) -> None:
    schema = {"type": "string", "minLength": low, "maxLength": low + span}
    g, rng = grammar(schema), random.Random(seed)
    for _ in range(20):
        text = g.sample(rng)
        assert valid(schema, text), (schema, text)


PATTERNS = [
    "^[a-z]+$",
    "^[A-Z]{2,3}-\\d{1,4}$",
    "ab+c",
    "^(cat|dog)s?$",
    '^[^"\\\\]*$',
    "^\\w+@\\w+\\.(com|org)$",
    "^x.y$",
    "^\\s?[\\]\\-]*$",
    '^["\\\\/]{1,3}$',
    "^(?:[0-9a-f]{2}:){2}[0-9a-f]{2}$",
    "^\\D\\W\\S$",
    "^[^\\d]+$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pattern_samples_match_and_matches_are_accepted(pattern: str, engine: LlamaEngine) -> None:
    schema = {"type": "string", "pattern": pattern}
    text = schema_to_gbnf(schema)
    assert_llama_parses(engine, text)
    g, rng = Grammar(text), random.Random(pattern)
    for _ in range(200):
        sample = g.sample(rng)
        assert valid(schema, sample), (pattern, sample)

    @settings(max_examples=60, deadline=None)
    @given(st.from_regex(pattern))
    def accepted(s: str) -> None:
        # The grammar admits the ASCII part of Unicode-aware classes: check ASCII examples.
        if s.isascii() and s.isprintable():
            assert g.accepts(json.dumps(s)), (pattern, s)

    accepted()


@PROPERTY
@given(text=TEXT)
def test_pattern_rejects_what_the_regex_rejects(text: str) -> None:
    for pattern in PATTERNS:
        g = grammar({"type": "string", "pattern": pattern})
        if g.accepts(json.dumps(text, ensure_ascii=False)):
            assert re.search(pattern, text), (pattern, text)


def test_formats() -> None:
    g = grammar({"type": "string", "format": "date"})
    assert g.accepts('"2024-12-31"') and g.accepts('"2023-02-28"')
    assert (
        not g.accepts('"2023-02-30"')
        and not g.accepts('"2023-04-31"')
        and not g.accepts('"2023-13-01"')
    )
    rng = random.Random(1)
    for _ in range(300):
        date.fromisoformat(json.loads(g.sample(rng)))
    uuid = grammar({"type": "string", "format": "uuid"})
    assert uuid.accepts('"123e4567-e89b-12d3-a456-426614174000"') and not uuid.accepts('"123"')
    stamp = grammar({"type": "string", "format": "date-time"})
    assert stamp.accepts('"2024-06-01T12:00:00Z"') and not stamp.accepts('"2024-06-01 12:00:00Z"')
    t = grammar({"type": "string", "format": "time"})
    assert (
        t.accepts('"23:59:59Z"')
        and t.accepts('"08:30:00.5+02:00"')
        and not t.accepts('"24:00:00Z"')
    )


# -------------------------------------------------------------------- arrays


@PROPERTY
@given(
    low=st.integers(0, 4),
    span=st.none() | st.integers(0, 4),
    items=st.lists(st.integers(-5, 5), max_size=10),
    tight=st.booleans(),
)
def test_array_count_accepts_exactly_the_counts_in_range(
    low: int, span: int | None, items: list[int], tight: bool
) -> None:
    schema: dict[str, Any] = {"type": "array", "items": {"type": "integer"}, "minItems": low}
    if span is not None:
        schema["maxItems"] = low + span
    g = grammar(schema)
    fits = low <= len(items) and (span is None or len(items) <= low + span)
    text = json.dumps(items, separators=(",", ":") if tight else (", ", ": "))
    assert g.accepts(text) == fits, (schema, text)


@PROPERTY
@given(
    prefix=st.lists(
        st.sampled_from([{"type": "boolean"}, {"type": "null"}, {"const": "k"}]), max_size=3
    ),
    rest=st.sampled_from([False, {"type": "integer", "minimum": 0, "maximum": 9}, True]),
    low=st.integers(0, 4),
    span=st.none() | st.integers(0, 4),
    seed=st.integers(0, 2**32),
)
def test_prefix_items_samples_validate(
    prefix: list[dict[str, Any]], rest: Any, low: int, span: int | None, seed: int
) -> None:
    schema: dict[str, Any] = {"type": "array", "items": rest, "minItems": low}
    if prefix:
        schema["prefixItems"] = prefix
    if span is not None:
        schema["maxItems"] = low + span
    if rest is False and low > len(prefix):
        with pytest.raises(UnsupportedSchema):
            schema_to_gbnf(schema)
        return
    g, rng = grammar(schema), random.Random(seed)
    for _ in range(20):
        text = g.sample(rng)
        assert valid(schema, text), (schema, text)


# ------------------------------------------------------------------- objects

OBJECT = {
    "type": "object",
    "properties": {
        "a": {"type": "integer", "minimum": 1, "maximum": 3},
        "b": {"type": "string", "maxLength": 2},
        "c": {"type": "boolean"},
        "d": {"type": ["number", "null"], "exclusiveMinimum": 0},
    },
    "required": ["b", "d"],
}


@PROPERTY
@given(keep=st.lists(st.booleans(), min_size=4, max_size=4), extra=st.booleans())
def test_object_members_in_order_required_present_no_extras(keep: list[bool], extra: bool) -> None:
    g = grammar(OBJECT)
    values = {"a": 2, "b": "hi", "c": True, "d": None}
    chosen = {k: values[k] for k, kept in zip(values, keep, strict=True) if kept}
    if extra:
        chosen["zz"] = 1
    text = json.dumps(chosen)
    assert g.accepts(text) == (not extra and {"b", "d"} <= chosen.keys()), text
    # additionalProperties absent means no extra keys, false likewise.
    assert not grammar({**OBJECT, "additionalProperties": False}).accepts(
        '{"b": "", "d": 1, "zz": 1}'
    )


@pytest.mark.parametrize("extra", [True, {"type": "integer", "minimum": 5, "maximum": 6}])
def test_additional_properties_true_or_schema_cannot_shadow_declared_keys(extra: Any) -> None:
    schema = {**OBJECT, "additionalProperties": extra}
    g, rng = grammar(schema), random.Random(3)
    assert g.accepts('{"b": "", "d": 1, "zz": 5}')
    assert not g.accepts('{"b": "", "d": 1, "a": 5}')  # a duplicate of a declared key
    assert not g.accepts('{"b": "", "d": 1, "\\u0061": 5}')  # the same key, escaped
    for _ in range(300):
        text = g.sample(rng)
        assert valid(schema, text), text


TREE = {
    "$defs": {
        "node": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 5},
                "weight": {"type": "integer", "minimum": -3, "maximum": 3},
                "kind": {"enum": ["leaf", "branch", 7, None]},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}, "maxItems": 2},
            },
            "required": ["name", "kind"],
            "additionalProperties": False,
        }
    },
    "$ref": "#/$defs/node",
}

SCHEMAS = [
    TREE,
    OBJECT,
    {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "integer", "minimum": 10}]},
    {
        "oneOf": [
            {
                "type": "object",
                "properties": {"t": {"const": "a"}, "x": {"type": "integer"}},
                "required": ["t"],
            },
            {
                "type": "object",
                "properties": {"t": {"const": "b"}, "y": {"type": "boolean"}},
                "required": ["t"],
            },
        ]
    },
    {"type": "string", "enum": ["yes", "no", 'say "hi"\n'], "maxLength": 4},
    {
        "type": "array",
        "items": [{"type": "string"}, {"type": "number", "minimum": 0.5, "maximum": 1}],
        "additionalItems": False,
    },
    {"type": "object"},
    {"type": "object", "additionalProperties": {"type": "string", "pattern": "^[a-z]{1,3}$"}},
    {"$ref": "#/definitions/x", "definitions": {"x": {"type": "number", "minimum": -1e3}}},
    {"allOf": [{"$ref": "#/$defs/n"}], "$defs": {"n": {"type": "null"}}},
    {"type": "string", "format": "date"},
    {"const": {"nested": [1, "two", None]}},
    True,
    {"type": "object", "properties": {}, "additionalProperties": False},
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_random_walks_through_the_grammar_always_validate(schema: Any, engine: LlamaEngine) -> None:
    text = schema_to_gbnf(schema)
    assert_llama_parses(engine, text)
    g, rng = Grammar(text), random.Random(json.dumps(schema))
    for _ in range(300):
        sample = g.sample(rng)
        assert valid(schema, sample), (schema, sample)


def test_nullable_adds_null() -> None:
    # OpenAPI's nullable is not JSON Schema; the type list it stands for is what validates.
    g = grammar({"type": "integer", "minimum": 0, "maximum": 5, "nullable": True})
    equivalent = {"type": ["integer", "null"], "minimum": 0, "maximum": 5}
    assert g.accepts("null") and g.accepts("5") and not g.accepts("6")
    rng = random.Random(0)
    for _ in range(100):
        assert valid(equivalent, g.sample(rng))


def test_enum_keeps_only_values_that_satisfy_the_rest() -> None:
    g = grammar({"type": "string", "enum": ["yes", "no", "maybe", 3], "maxLength": 3})
    assert (
        g.accepts('"yes"') and g.accepts('"no"') and not g.accepts('"maybe"') and not g.accepts("3")
    )


def test_root_ends_where_the_json_ends() -> None:
    for schema in ({"type": "boolean"}, True, OBJECT):
        g = grammar(schema)
        text = json.dumps({"b": "", "d": 1}) if schema is OBJECT else "true"
        assert g.accepts(text) and not g.accepts(text + "\n") and not g.accepts(text + " x")


# ----------------------------------------------------------------- refusals

REFUSED = [
    ({"type": "integer", "multipleOf": 5}, "multipleOf", "/multipleOf"),
    (
        {"type": "object", "properties": {"a": {"type": "string", "not": {"const": "x"}}}},
        "not",
        "/properties/a/not",
    ),
    ({"type": "object", "minProperties": 1}, "minProperties", "/minProperties"),
    ({"type": "array", "uniqueItems": True}, "uniqueItems", "/uniqueItems"),
    ({"type": "array", "contains": {"type": "integer"}}, "contains", "/contains"),
    ({"type": "string", "pattern": "^(a)\\1$"}, "pattern", "/pattern"),
    ({"type": "string", "pattern": "(?=a)a"}, "pattern", "/pattern"),
    ({"enum": ["a"], "pattern": "("}, "pattern", "/pattern"),
    ({"type": "string", "pattern": "[z-a]"}, "pattern", "/pattern"),
    ({"type": "string", "pattern": "^a+$", "maxLength": 3}, "pattern", "/pattern"),
    ({"type": "string", "format": "email"}, "format", "/format"),
    ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, "oneOf", "/oneOf"),
    ({"allOf": [{"type": "integer"}, {"minimum": 3}]}, "allOf", "/allOf"),
    ({"$ref": "other.json#/x"}, "$ref", "/$ref"),
    ({"$ref": "#/$defs/missing"}, "$ref", "/$ref"),
    (
        {"type": "object", "properties": {"x": {"$ref": "#/$defs/a", "maxLength": 3}}},
        "maxLength",
        "/properties/x/maxLength",
    ),
    ({"type": "integer", "minimum": 5, "maximum": 4}, "minimum", "/minimum"),
    ({"type": "object", "required": ["q"], "additionalProperties": False}, "required", "/required"),
    (
        {"items": {"type": "string"}, "unevaluatedItems": False},
        "unevaluatedItems",
        "/unevaluatedItems",
    ),
    ({"if": {"type": "string"}, "then": {"maxLength": 2}}, "if", "/if"),
    ({"type": "object", "properties": {"a/b": False}}, "false", "/properties/a~1b"),
]


@pytest.mark.parametrize(("schema", "keyword", "path"), REFUSED)
def test_unenforceable_keywords_are_refused_by_name_and_path(
    schema: Any, keyword: str, path: str
) -> None:
    with pytest.raises(UnsupportedSchema) as caught:
        schema_to_gbnf(schema)
    assert caught.value.keyword == keyword and caught.value.path == path
    message = str(caught.value)
    assert repr(keyword) in message and path in message
    assert isinstance(caught.value, ValueError)


def test_engine_refuses_before_generating(engine: LlamaEngine) -> None:
    params = GenerationParams(
        max_tokens=4, grammar_json_schema={"type": "integer", "multipleOf": 3}
    )
    with pytest.raises(UnsupportedSchema, match="multipleOf"):
        engine.generate("x", params, threading.Event())


def test_build_time_of_a_typical_schema() -> None:
    started = time.perf_counter()
    for _ in range(20):
        schema_to_gbnf(TREE)
        schema_to_gbnf(OBJECT)
    assert (time.perf_counter() - started) / 40 < 0.05


# ---------------------------------------------------------------- end to end

UNENFORCEABLE = {
    "type": "object",
    "properties": {"n": {"type": "integer", "multipleOf": 7}},
    "required": ["n"],
}


def test_server_refuses_an_unenforceable_schema_with_a_typed_error(api_host: str) -> None:
    with lmsdk.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        with pytest.raises(lmsdk.LMStudioPredictionError) as caught:
            model.respond("Pick a number.", response_format=UNENFORCEABLE, config={"maxTokens": 8})
        # The connection stays usable: the refusal came before any generation.
        assert model.respond("Hi", config={"maxTokens": 2}).stats.predicted_tokens_count
    cause = caught.value.cause or ""
    assert "'multipleOf'" in cause and "/properties/n/multipleOf" in cause, str(caught.value)


def test_official_client_gets_the_refusal_as_a_prediction_error(api_host: str) -> None:
    with lmstudio.Client(api_host) as client:
        model = client.llm.model("smollm2-135m-instruct")
        with pytest.raises(lmstudio.LMStudioServerError) as caught:
            model.respond("Pick a number.", response_format=UNENFORCEABLE, config={"maxTokens": 8})
    assert "/properties/n/multipleOf" in str(caught.value)


def test_draft4_boolean_exclusive_bounds() -> None:
    schema = {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "maximum": 3}
    g = grammar(schema)
    assert [n for n in range(-2, 6) if g.accepts(str(n))] == [1, 2, 3]
    for n in range(-2, 6):
        ok = jsonschema.Draft4Validator(schema).is_valid(n)
        assert g.accepts(str(n)) == ok


@PROPERTY
@given(key=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=4))
def test_extra_keys_are_exactly_the_plain_undeclared_ones(key: str) -> None:
    schema = {**OBJECT, "additionalProperties": {"type": "integer"}}
    g = grammar(schema)
    text = '{"b": "", "d": 1, ' + json.dumps(key, ensure_ascii=False) + ": 5}"
    plain = not any(c in '"\\' or ord(c) < 0x20 for c in key)
    assert g.accepts(text) == (plain and key not in OBJECT["properties"]), text


def test_one_of_with_disjoint_branches_is_enforced() -> None:
    schema = {"oneOf": [{"enum": ["a", "b"]}, {"enum": ["c", 1]}, {"type": "boolean"}]}
    g = grammar(schema)
    assert all(g.accepts(t) for t in ['"a"', '"c"', "1", "true"]) and not g.accepts('"d"')
    overlapping = {"oneOf": [{"enum": ["a", "b"]}, {"type": "string", "maxLength": 1}]}
    with pytest.raises(UnsupportedSchema, match="branches 0 and 1"):
        schema_to_gbnf(overlapping)


# ------------------------------------------------------- random schemas


def leaf_schemas() -> st.SearchStrategy[dict[str, Any]]:
    small = st.integers(-50, 50)
    integer = st.builds(
        lambda lo, span, strict: (
            {"type": "integer", "minimum": lo, "exclusiveMaximum": lo + span}
            if strict
            else {"type": "integer", "minimum": lo, "maximum": lo + span}
        ),
        small,
        st.integers(1, 300),
        st.booleans(),
    )
    number = st.builds(
        lambda lo, span: {"type": "number", "exclusiveMinimum": lo / 4, "maximum": lo / 4 + span},
        small,
        st.integers(1, 40),
    )
    string = st.builds(
        lambda lo, span: {"type": "string", "minLength": lo, "maxLength": lo + span},
        st.integers(0, 4),
        st.integers(0, 6),
    )
    enum = st.lists(st.sampled_from(["a", "b c", 3, None, True, 2.5]), min_size=1, unique=True).map(
        lambda values: {"enum": values}
    )
    simple = st.sampled_from(
        [{"type": "boolean"}, {"type": "null"}, {"type": "string", "pattern": "^[a-c]{2}$"}]
    )
    return integer | number | string | enum | simple


def compound(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    array = st.builds(
        lambda item, lo, span: {
            "type": "array",
            "items": item,
            "minItems": lo,
            "maxItems": lo + span,
        },
        children,
        st.integers(0, 2),
        st.integers(0, 3),
    )
    obj = st.builds(
        lambda props, required, extra: {
            "type": "object",
            "properties": props,
            "required": [k for k in props if k in required],
            **({} if extra is None else {"additionalProperties": extra}),
        },
        st.dictionaries(st.sampled_from(["x", "y", "z", "é", 'q"']), children, max_size=3),
        st.sets(st.sampled_from(["x", "y", "z", "é", 'q"'])),
        st.sampled_from([None, False, True, {"type": "integer", "minimum": 0, "maximum": 9}]),
    )
    any_of = st.lists(children, min_size=1, max_size=3).map(lambda options: {"anyOf": options})
    return array | obj | any_of


@PROPERTY
@given(schema=st.recursive(leaf_schemas(), compound, max_leaves=8), seed=st.integers(0, 2**32))
def test_random_schemas_only_admit_valid_json(
    schema: dict[str, Any], seed: int, engine: LlamaEngine
) -> None:
    text = schema_to_gbnf(schema)
    assert_llama_parses(engine, text)
    g, rng = Grammar(text), random.Random(seed)
    for _ in range(15):
        text = g.sample(rng)
        assert valid(schema, text), (schema, text)


def test_a_property_whose_rule_name_would_be_root_does_not_replace_the_root() -> None:
    # The rule name for property "é" is derived from "root-é"; non-ASCII letters drop out.
    g = grammar({"type": "object", "properties": {"é": {"type": "integer"}}, "required": ["é"]})
    assert g.accepts('{"é": 1}') and not g.accepts('{"é": {"é": 1}}')
