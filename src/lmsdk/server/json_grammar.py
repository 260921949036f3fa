r"""JSON schema to GBNF: a grammar that only admits JSON the schema accepts.

llama.cpp samples under a GBNF grammar, so whatever the grammar admits the
model may write. The converter therefore holds to one rule: every string the
grammar admits is JSON that validates against the schema. Where a keyword can
be enforced exactly (integer ranges as digit-range rules, string lengths as
bounded repetitions, object keys as ordered sequences) it is; where the grammar
may only admit part of what the schema allows (integers of at most 16 digits
when unbounded, escapes limited to the BMP, ASCII for ``\d``/``\w``/``\s``)
it admits the smaller set; and a keyword it cannot enforce at all is refused
up front with :class:`UnsupportedSchema`, never silently ignored.

Decisions worth knowing:

- ``additionalProperties`` false or absent: no keys beyond ``properties``
  (absent *and* no ``properties`` means any object). True or a schema: after
  the declared keys, extra keys that differ from every declared name, written
  without escapes, with values of that schema.
- ``oneOf`` is enforced as ``anyOf`` only when its branches provably cannot
  both match (different JSON types, or disjoint ``const``/``enum`` values,
  directly or in a required property); otherwise it is refused.
- ``number`` with bounds is written without an exponent and with a bounded
  fraction, on a decimal grid chosen so that float parsing cannot move a value
  across an exclusive bound.
- OpenAPI's ``nullable: true`` adds ``null`` (plain JSON Schema ignores it).
- ``format`` is enforced for ``date``, ``time``, ``date-time`` and ``uuid``
  and refused for any other name; ``pattern`` cannot be combined with
  ``minLength``/``maxLength`` (a grammar cannot intersect them).
- ``$ref``, ``anyOf``, ``oneOf`` and ``allOf`` (of one schema) take no
  assertion keywords beside them: the grammar cannot intersect two schemas.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lmsdk.server.json_numbers import OPEN_DIGITS, BoundTooCoarse, integer_range, number_range
from lmsdk.server.json_regex import alternatives, gbnf_literal, pattern_to_gbnf

__all__ = ["UnsupportedSchema", "schema_to_gbnf"]

# Keywords that never constrain a value; they are accepted and ignored.
_ANNOTATIONS = frozenset(
    {
        "$schema", "$id", "$comment", "$defs", "definitions", "$anchor", "title",
        "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
        "contentEncoding", "contentMediaType", "discriminator", "example",
    }
)  # fmt: skip
_TYPE_KEYWORDS: dict[str, frozenset[str]] = {
    "object": frozenset({"properties", "required", "additionalProperties"}),
    "array": frozenset({"items", "prefixItems", "additionalItems", "minItems", "maxItems"}),
    "string": frozenset({"minLength", "maxLength", "pattern", "format"}),
    "number": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}),
}
_GENERAL = frozenset({"type", "enum", "const", "nullable", "anyOf", "oneOf", "allOf", "$ref"})
_KNOWN = _GENERAL.union(*_TYPE_KEYWORDS.values())
_ALL_TYPES = ("object", "array", "string", "number", "boolean", "null")


_BASE_RULES = {
    "ws": '| " " | "\\n" " "{0,16}',
    # One character of a JSON string: raw, or an escape that decodes to exactly
    # one character (no surrogate \\u escapes, so lengths count as Python does).
    "char": '[^"\\\\\\x00-\\x1F] | "\\\\" ( ["\\\\/bfnrt] | "u" uhex )',
    "uhex": "[0-9a-cA-Ce-fE-F] hex{3} | [dD] [0-7] hex{2}",
    "hex": "[0-9a-fA-F]",
    "string": '"\\"" char* "\\""',
    "integer": f'"-"? ("0" | [1-9] [0-9]{{0,{OPEN_DIGITS - 1}}})',
    "number": f'integer ("." [0-9]{{1,{OPEN_DIGITS}}})? ([eE] [-+]? [0-9]{{1,2}})?',
    "boolean": '"true" | "false"',
    "null": '"null"',
    "value": "object | array | string | number | boolean | null",
    "object": '"{" ws ( member ( "," ws member )* )? "}"',
    "member": 'string ws ":" ws value ws',
    "array": '"[" ws ( value ws ( "," ws value ws )* )? "]"',
}
_BASE_DEPENDENCIES = {
    "char": ("uhex",),
    "uhex": ("hex",),
    "string": ("char",),
    "number": ("integer",),
    "value": ("object", "array", "string", "number", "boolean", "null"),
    "object": ("ws", "member"),
    "member": ("string", "ws", "value"),
    "array": ("ws", "value"),
}


class UnsupportedSchema(ValueError):
    """A JSON schema keyword that a grammar cannot enforce, refused before generation."""

    def __init__(self, keyword: str, path: str, reason: str, suggestion: str) -> None:
        """Build the error.

        Args:
            keyword: The schema keyword, e.g. ``"multipleOf"``.
            path: JSON pointer of the keyword inside the schema.
            reason: Why the grammar cannot enforce it.
            suggestion: What the caller can do instead (empty: correct the schema).
        """
        self.keyword = keyword
        self.path = path
        super().__init__(
            f"JSON schema keyword {keyword!r} at {path or '/'} cannot be enforced "
            f"by structured output: {reason}. {suggestion or 'Correct the schema.'}"
        )


def schema_to_gbnf(schema: Mapping[str, Any] | bool) -> str:
    """Build a GBNF grammar (root rule ``root``) admitting only JSON valid for ``schema``.

    Args:
        schema: A JSON schema (draft 2020-12 keywords, plus draft-4 style
            ``items`` lists, boolean ``exclusiveMinimum``/``exclusiveMaximum``
            and OpenAPI's ``nullable``).

    Returns:
        The grammar text.

    Raises:
        UnsupportedSchema: If a keyword cannot be enforced; the message names it
            and its JSON pointer path.
    """
    return _Converter(schema).build()


# ------------------------------------------------------------------ schemas

_Check = Callable[[Any], bool]


class _Converter:
    def __init__(self, schema: Mapping[str, Any] | bool) -> None:
        self._root = schema
        self._rules: dict[str, str] = {}
        self._by_body: dict[str, str] = {}
        self._refs: dict[str, str] = {}

    def build(self) -> str:
        # No whitespace after the value: once the JSON is complete only the end
        # of generation is allowed, so the model cannot pad the reply to its limit.
        self._rules["root"] = self._visit(self._root, "")
        order = ["root", *(name for name in self._rules if name != "root")]
        return "".join(f"{name} ::= {self._rules[name]}\n" for name in order)

    # -- rule bookkeeping

    def _use(self, name: str) -> str:
        """Add a shared base rule (and what it refers to) to the grammar."""
        if name not in self._rules:
            self._rules[name] = _BASE_RULES[name]
            for dependency in _BASE_DEPENDENCIES.get(name, ()):
                self._use(dependency)
        return name

    def _rule(self, hint: str, body: str) -> str:
        """A named rule for ``body``, reusing an identical one."""
        found = self._by_body.get(body)
        if found is not None:
            return found
        base = re.sub(r"[^a-zA-Z0-9]+", "-", hint).strip("-").lower() or "r"
        name, n = base, 1
        while name in self._rules or name in _BASE_RULES or name == "root":
            n += 1
            name = f"{base}-{n}"
        self._rules[name] = body
        self._by_body[body] = name
        return name

    # -- schema nodes

    def _visit(self, node: Any, path: str) -> str:
        if node is True:
            return self._use("value")
        if node is False:
            raise UnsupportedSchema(
                "false", path, "the schema false accepts no value", "Remove it or use true."
            )
        if not isinstance(node, Mapping):
            raise UnsupportedSchema(
                "(schema)", path, f"a schema must be an object or boolean, not {node!r}", ""
            )
        for key in node:
            if key not in _KNOWN and key not in _ANNOTATIONS:
                raise UnsupportedSchema(
                    key, _join(path, key), "no grammar rule enforces this keyword",
                    "Remove it, or validate the result yourself after generation.",
                )  # fmt: skip
        assertions = [k for k in node if k not in _ANNOTATIONS]
        for keyword in ("$ref", "anyOf", "oneOf", "allOf"):
            if keyword in node:
                others = [k for k in assertions if k not in (keyword, "nullable")]
                if others:
                    raise UnsupportedSchema(
                        others[0], _join(path, others[0]),
                        f"it stands beside {keyword!r}, and the grammar cannot intersect them",
                        f"Move it into the schema(s) that {keyword!r} names.",
                    )  # fmt: skip
                expression = self._composite(node, keyword, path)
                if node.get("nullable") is True:
                    expression = alternatives([expression, self._use("null")])
                return expression
        if "enum" in node or "const" in node:
            return self._values(node, path)
        if not assertions:
            return self._use("value")
        return alternatives(self._typed(node, t, path) for t in self._types(node, path))

    def _composite(self, node: Mapping[str, Any], keyword: str, path: str) -> str:
        if keyword == "$ref":
            return self._ref(node["$ref"], _join(path, "$ref"))
        branches = node[keyword]
        where = _join(path, keyword)
        if not isinstance(branches, list) or not branches:
            raise UnsupportedSchema(keyword, where, "it must be a non-empty array", "")
        if keyword == "allOf" and len(branches) > 1:
            raise UnsupportedSchema(
                keyword, where, "the grammar cannot intersect several schemas",
                "Merge the allOf schemas into one.",
            )  # fmt: skip
        if keyword == "oneOf":
            self._check_disjoint(branches, where)
        return alternatives(
            self._visit(branch, f"{where}/{i}") for i, branch in enumerate(branches)
        )

    def _ref(self, ref: Any, path: str) -> str:
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise UnsupportedSchema(
                "$ref", path, f"only local references ('#/...') are resolved, not {ref!r}",
                "Inline the referenced schema or put it under $defs.",
            )  # fmt: skip
        if ref not in self._refs:
            target = self._resolve(ref, path)
            name = self._rule("ref-" + ref.rsplit("/", 1)[-1], f"<pending {ref}>")
            self._refs[ref] = name
            body = self._visit(target, ref[1:])
            del self._by_body[f"<pending {ref}>"]
            self._rules[name] = body
        return self._refs[ref]

    def _resolve(self, ref: str, path: str) -> Any:
        target: Any = self._root
        for part in ref[1:].split("/")[1:] if ref != "#" else []:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(target, Mapping) and part in target:
                target = target[part]
            elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
                target = target[int(part)]
            else:
                raise UnsupportedSchema(
                    "$ref", path, f"{ref!r} points to nothing in this schema",
                    "Fix the reference.",
                )  # fmt: skip
        return target

    def _types(self, node: Mapping[str, Any], path: str) -> list[str]:
        declared = node.get("type")
        if declared is None:
            # No type: the type-specific keywords present tell which kinds of
            # value the schema constrains; admitting only those is safe.
            implied = [
                t for t in ("object", "array", "string", "number") if _TYPE_KEYWORDS[t] & set(node)
            ]
            types = implied or list(_ALL_TYPES)
        else:
            types = [declared] if isinstance(declared, str) else declared
            if not isinstance(types, list) or not types:
                raise UnsupportedSchema(
                    "type", _join(path, "type"), "it must be a type name or a list", ""
                )
        for t in types:
            if t not in (*_ALL_TYPES, "integer"):
                raise UnsupportedSchema("type", _join(path, "type"), f"unknown type {t!r}", "")
        if node.get("nullable") is True and "null" not in types:
            types = [*types, "null"]
        if "number" in types and "integer" in types:
            types = [t for t in types if t != "integer"]
        return types

    def _typed(self, node: Mapping[str, Any], kind: str, path: str) -> str:
        if kind == "object":
            return self._object(node, path)
        if kind == "array":
            return self._array(node, path)
        if kind == "string":
            return self._string(node, path)
        if kind in ("integer", "number"):
            return self._number(node, path, integer=kind == "integer")
        return self._use(kind)

    # -- enum / const

    def _values(self, node: Mapping[str, Any], path: str) -> str:
        if "const" in node:
            values, keyword = [node["const"]], "const"
        else:
            values, keyword = node["enum"], "enum"
            if not isinstance(values, list) or not values:
                raise UnsupportedSchema(
                    "enum", _join(path, "enum"), "it must be a non-empty array", ""
                )
        check = _local_check(node, path)
        kept = [v for v in values if check(v)]
        if not kept:
            raise UnsupportedSchema(
                keyword, _join(path, keyword), "no listed value satisfies the rest of the schema",
                "Fix the values or the other keywords.",
            )  # fmt: skip
        if "enum" in node and "const" in node and node["const"] not in node["enum"]:
            raise UnsupportedSchema("const", _join(path, "const"), "it is not in enum", "")
        literals = [gbnf_literal(json.dumps(v, ensure_ascii=False)) for v in kept]
        return self._rule(_hint(path) + "-value", " | ".join(dict.fromkeys(literals)))

    # -- numbers

    def _number(self, node: Mapping[str, Any], path: str, *, integer: bool) -> str:
        low, low_x = _bound(node, "minimum", "exclusiveMinimum", path)
        high, high_x = _bound(node, "maximum", "exclusiveMaximum", path)
        if low is None and high is None:
            return self._use("integer" if integer else "number")
        if integer:
            lo = _integer_bound(low, low_x, upward=True)
            hi = _integer_bound(high, high_x, upward=False)
            if lo is not None and hi is not None and lo > hi:
                raise _empty_range(path)
            return self._rule(_hint(path) + "-int", integer_range(lo, hi))
        try:
            body = number_range(low, low_x, high, high_x)
        except BoundTooCoarse as exc:
            keyword = "exclusiveMinimum" if low_x else "exclusiveMaximum"
            raise UnsupportedSchema(
                keyword, _join(path, keyword), str(exc), "Use an inclusive bound."
            ) from exc
        if body is None:
            raise _empty_range(path)
        return self._rule(_hint(path) + "-num", body)

    # -- strings

    def _string(self, node: Mapping[str, Any], path: str) -> str:
        low = _count(node, "minLength", path) or 0
        high = _count(node, "maxLength", path)
        if high is not None and high < low:
            raise UnsupportedSchema(
                "maxLength", _join(path, "maxLength"), "it is below minLength", ""
            )
        special = [k for k in ("pattern", "format") if k in node]
        if special and ("minLength" in node or "maxLength" in node):
            raise UnsupportedSchema(
                special[0], _join(path, special[0]),
                "the grammar cannot combine it with minLength/maxLength",
                "Express the length inside the pattern, e.g. ^[a-z]{1,8}$.",
            )  # fmt: skip
        if len(special) == 2:
            raise UnsupportedSchema(
                "format", _join(path, "format"), "it stands beside pattern", "Use one of them."
            )
        if "pattern" in node:
            pattern = node["pattern"]
            try:
                body = pattern_to_gbnf(pattern)
            except ValueError as exc:
                raise UnsupportedSchema(
                    "pattern", _join(path, "pattern"), str(exc),
                    "Simplify the regular expression (no lookarounds, backreferences or flags).",
                ) from exc  # fmt: skip
            self._use("char")
            return self._rule(_hint(path) + "-pattern", f'"\\"" {body} "\\""')
        if "format" in node:
            spelled = _FORMATS.get(node["format"])
            if spelled is None:
                raise UnsupportedSchema(
                    "format", _join(path, "format"),
                    f"only the formats {', '.join(sorted(_FORMATS))} are enforced, not {node['format']!r}",
                    "Remove format or describe the text with pattern.",
                )  # fmt: skip
            return self._rule(f"format-{node['format']}", f'"\\"" {spelled} "\\""')
        if low == 0 and high is None:
            return self._use("string")
        self._use("char")
        repeat = f"{{{low},{'' if high is None else high}}}"
        return self._rule(_hint(path) + "-str", f'"\\"" char{repeat} "\\""')

    # -- arrays

    def _array(self, node: Mapping[str, Any], path: str) -> str:
        low = _count(node, "minItems", path) or 0
        high = _count(node, "maxItems", path)
        items = node.get("items", True)
        prefix_key = "prefixItems"
        prefix = node.get("prefixItems", [])
        if isinstance(items, list):  # draft 4-7 tuple form
            prefix, prefix_key = items, "items"
            items = node.get("additionalItems", True)
        elif "additionalItems" in node:
            raise UnsupportedSchema(
                "additionalItems", _join(path, "additionalItems"),
                "it only applies when items is a list", "Use items.",
            )  # fmt: skip
        if high is not None and high < low:
            raise UnsupportedSchema("maxItems", _join(path, "maxItems"), "it is below minItems", "")
        if not isinstance(prefix, list):
            raise UnsupportedSchema(prefix_key, _join(path, prefix_key), "it must be an array", "")
        rest_key = "additionalItems" if prefix_key == "items" else "items"
        if items is False:
            high = len(prefix) if high is None else min(high, len(prefix))
            if low > high:
                raise UnsupportedSchema(
                    rest_key, _join(path, rest_key), "minItems needs more items than allowed", ""
                )
            rest = None
        else:
            rest = self._visit(items, _join(path, rest_key))
        slots = [self._visit(s, f"{_join(path, prefix_key)}/{i}") for i, s in enumerate(prefix)]
        self._use("ws")
        body = f'"[" ws {self._elements(slots, rest, low, high, 0)} "]"'.replace("  ", " ")
        return self._rule(_hint(path) + "-array", body)

    def _elements(
        self, slots: list[str], rest: str | None, low: int, high: int | None, i: int
    ) -> str:
        """Items from position ``i`` on; ``i`` items are already written."""
        if high is not None and i >= high:
            return ""
        comma = '"," ws ' if i else ""
        if i < len(slots):
            item = f"{comma}{slots[i]} ws {self._elements(slots, rest, low, high, i + 1)}".strip()
            return item if i < low else f"( {item} )?"
        if rest is None:
            return ""
        need = max(low - i, 0)
        more = None if high is None else high - i
        if i == 0:
            tail = _repeat(
                f'( "," ws {rest} ws )', max(need - 1, 0), None if more is None else more - 1
            )
            item = f"{rest} ws {tail}".strip()
            return item if need else f"( {item} )?"
        return _repeat(f'( "," ws {rest} ws )', need, more)

    # -- objects

    def _object(self, node: Mapping[str, Any], path: str) -> str:
        properties = node.get("properties", {})
        if not isinstance(properties, Mapping):
            raise UnsupportedSchema(
                "properties", _join(path, "properties"), "it must be an object", ""
            )
        required = node.get("required", [])
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise UnsupportedSchema(
                "required", _join(path, "required"), "it must be an array of names", ""
            )
        extra: Any = node.get("additionalProperties", None if properties else True)
        if not properties and not required and extra is True:
            return self._use("object")
        members: list[tuple[str, str, bool]] = []
        for name, sub in properties.items():
            rule = self._visit(sub, f"{_join(path, 'properties')}/{_escape(name)}")
            members.append((name, rule, name in required))
        for name in required:
            if name not in properties:
                if extra in (None, False):
                    raise UnsupportedSchema(
                        "required", _join(path, "required"),
                        f"{name!r} is required but not allowed (no such property, no additionalProperties)",
                        f"Add {name!r} to properties.",
                    )  # fmt: skip
                rule = self._visit(extra, _join(path, "additionalProperties"))
                members.append((name, rule, True))
        self._use("ws")
        extra_member = None
        if extra not in (None, False):
            value = self._visit(extra, _join(path, "additionalProperties"))
            key = self._rule(_hint(path) + "-extra-key", _key_not_in([m[0] for m in members]))
            extra_member = self._rule(_hint(path) + "-extra", f'{key} ws ":" ws {value} ws')
        pairs = [
            (
                self._rule(
                    _hint(path) + "-" + name,
                    f'{gbnf_literal(json.dumps(name, ensure_ascii=False))} ws ":" ws {rule} ws',
                ),
                needed,
            )
            for name, rule, needed in members
        ]
        body = self._members(pairs, extra_member, _hint(path))
        return self._rule(_hint(path) + "-object", f'"{{" ws {body} "}}"'.replace("  ", " "))

    def _members(self, pairs: list[tuple[str, bool]], extra: str | None, hint: str) -> str:
        """Declared members in order (optional ones may be left out), then extras.

        ``after[i]``: members from i on once one was written (each with a
        leading comma); ``first(i)``: members from i on when none was written.
        """
        extras_after = f'( "," ws {extra} )*' if extra else ""
        after = [extras_after] * (len(pairs) + 1)
        for i in range(len(pairs) - 1, -1, -1):
            pair, needed = pairs[i]
            item = f'"," ws {pair}' if needed else f'( "," ws {pair} )?'
            after[i] = f"{item} {after[i + 1]}".strip()
        # first: the non-empty ways to write members i.. when none was written;
        # optional: whether writing none of them is allowed too.
        first = f"{extra} {extras_after}" if extra else None
        optional = True
        for i in range(len(pairs) - 1, -1, -1):
            pair, needed = pairs[i]
            tail = self._rule(f"{hint}-after-{i}", after[i + 1]) if after[i + 1] else ""
            written = f"{pair} {tail}".strip()
            first = written if needed or first is None else alternatives([written, first])
            optional = optional and not needed
        if first is None:
            return ""
        return f"( {first} )?" if optional else first

    # -- oneOf

    def _check_disjoint(self, branches: list[Any], path: str) -> None:
        shapes = [self._shape(b, f"{path}/{i}", 0) for i, b in enumerate(branches)]
        for i, a in enumerate(shapes):
            for j in range(i):
                if not _disjoint(shapes[j], a):
                    raise UnsupportedSchema(
                        "oneOf", path,
                        f"branches {j} and {i} may both match one value, which oneOf forbids",
                        "Use anyOf, or make the branches differ by type or by a required const property.",
                    )  # fmt: skip

    def _shape(self, node: Any, path: str, depth: int) -> _Shape:
        """What a branch can produce, coarsely: JSON types and finite value sets."""
        while isinstance(node, Mapping) and "$ref" in node and depth < 32:
            node, depth = self._resolve(node["$ref"], path), depth + 1
        if not isinstance(node, Mapping):
            return _Shape(set(_ALL_TYPES) | {"integer"}, None, {})
        values: list[Any] | None = None
        if "const" in node:
            values = [node["const"]]
        elif isinstance(node.get("enum"), list):
            values = list(node["enum"])
        if values is not None:
            kinds = {_kind(v) for v in values}
        else:
            kinds = set(self._types(node, path))
        if "number" in kinds:
            kinds.add("integer")
        keys: dict[str, _Shape] = {}
        if isinstance(node.get("properties"), Mapping):
            for name in node.get("required", []):
                if name in node["properties"]:
                    keys[name] = self._shape(node["properties"][name], path, depth + 1)
        return _Shape(kinds, values, keys)


class _Shape:
    def __init__(self, kinds: set[str], values: list[Any] | None, keys: dict[str, _Shape]) -> None:
        self.kinds, self.values, self.keys = kinds, values, keys


def _disjoint(a: _Shape, b: _Shape) -> bool:
    if not a.kinds & b.kinds:
        return True
    if a.values is not None and b.values is not None:
        return not any(_same(x, y) for x in a.values for y in b.values)
    if a.kinds <= {"object"} and b.kinds <= {"object"}:
        return any(_disjoint(a.keys[k], b.keys[k]) for k in a.keys.keys() & b.keys.keys())
    return False


def _same(x: Any, y: Any) -> bool:
    return (
        _kind(x) == _kind(y)
        and x == y
        or (_kind(x) in ("integer", "number") and _kind(y) in ("integer", "number") and x == y)
    )


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# ------------------------------------------------------------------ helpers


def _join(path: str, key: str) -> str:
    return f"{path}/{_escape(key)}"


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _hint(path: str) -> str:
    parts = [
        p for p in path.split("/") if p and p not in ("properties", "$defs", "definitions", "items")
    ]
    return "-".join(parts[-2:]) or "root"


def _repeat(item: str, low: int, high: int | None) -> str:
    if high == 0:
        return ""
    if (low, high) == (0, None):
        return f"{item}*"
    if (low, high) == (0, 1):
        return f"{item}?"
    return f"{item}{{{low},{'' if high is None else high}}}"


def _count(node: Mapping[str, Any], key: str, path: str) -> int | None:
    value = node.get(key)
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or value < 0
        or value != int(value)
    ):
        raise UnsupportedSchema(key, _join(path, key), "it must be a non-negative integer", "")
    return int(value)


def _bound(
    node: Mapping[str, Any], inclusive: str, exclusive: str, path: str
) -> tuple[float | None, bool]:
    """The tighter of an inclusive and an exclusive bound, as (value, exclusive)."""
    found: list[tuple[float, bool]] = []
    plain = node.get(inclusive)
    strict = node.get(exclusive)
    for key, value in ((inclusive, plain), (exclusive, strict)):
        draft4_flag = key == exclusive and isinstance(value, bool)
        if (
            value is not None
            and not draft4_flag
            and (isinstance(value, bool) or not isinstance(value, int | float))
        ):
            raise UnsupportedSchema(key, _join(path, key), "it must be a number", "")
        if isinstance(value, float) and not math.isfinite(value):
            raise UnsupportedSchema(key, _join(path, key), "it must be finite", "")
    if plain is not None:
        found.append((plain, strict is True))  # draft 4: a boolean exclusive* qualifies the bound
    if strict is not None and not isinstance(strict, bool):
        found.append((strict, True))
    if not found:
        return None, False
    upward = inclusive == "minimum"
    best = max(found) if upward else min(found, key=lambda f: (f[0], not f[1]))
    return best


def _integer_bound(bound: float | None, exclusive: bool, *, upward: bool) -> int | None:
    """The first integer inside a (possibly fractional, possibly exclusive) bound."""
    if bound is None:
        return None
    whole = math.ceil(bound) if upward else math.floor(bound)
    if exclusive and whole == bound:
        whole += 1 if upward else -1
    return whole


def _empty_range(path: str) -> UnsupportedSchema:
    return UnsupportedSchema(
        "minimum", _join(path, "minimum"), "no value lies between the bounds", "Fix the bounds."
    )


def _key_not_in(names: Sequence[str]) -> str:
    """A JSON string without escapes whose text is none of ``names``."""
    plain = '[^"\\\\\\x00-\\x1F]'
    trie: dict[str, Any] = {}
    # A name that needs escapes in JSON can never equal an extra key, which has none.
    for name in (n for n in names if not any(c in '"\\' or ord(c) < 0x20 for c in n)):
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        chars = sorted(c for c in node if c)
        options = [] if "" in node else ['""']
        for char in chars:
            options.append(f"{gbnf_literal(char)} {branch(node[char])}")
        if chars:
            excluded = "".join(
                f"\\u{ord(c):04X}" if ord(c) < 0x10000 else f"\\U{ord(c):08X}" for c in chars
            )
            options.append(f'[^"\\\\\\x00-\\x1F{excluded}] {plain}*')
        else:
            options.append(f"{plain}+")
        return alternatives(options)

    return f'"\\"" {branch(trie)} "\\""'


def _local_check(node: Mapping[str, Any], path: str) -> _Check:
    """A check of an enum/const value against the node's other keywords."""
    others = [
        k for k in node if k not in _ANNOTATIONS and k not in ("enum", "const", "type", "nullable")
    ]
    for key in others:
        if key not in _TYPE_KEYWORDS["string"] | _TYPE_KEYWORDS["number"] or key == "format":
            raise UnsupportedSchema(
                key, _join(path, key), "the grammar cannot combine it with enum/const",
                "Remove it; list only values that satisfy it.",
            )  # fmt: skip
    types = set(_types_of(node))
    pattern = None
    if "pattern" in node:
        try:
            pattern = re.compile(node["pattern"])
        except (re.error, TypeError) as exc:
            raise UnsupportedSchema(
                "pattern",
                _join(path, "pattern"),
                f"it is not a valid regular expression ({exc})",
                "",
            ) from exc

    def check(value: Any) -> bool:
        kind = _kind(value)
        if types and not (kind in types or (kind == "integer" and "number" in types)):
            return False
        if kind in ("integer", "number"):
            low, low_x = _bound(node, "minimum", "exclusiveMinimum", path)
            high, high_x = _bound(node, "maximum", "exclusiveMaximum", path)
            if low is not None and (value < low or (low_x and value == low)):
                return False
            if high is not None and (value > high or (high_x and value == high)):
                return False
        if kind == "string":
            if len(value) < (_count(node, "minLength", path) or 0):
                return False
            high_len = _count(node, "maxLength", path)
            if high_len is not None and len(value) > high_len:
                return False
            if pattern is not None and pattern.search(value) is None:
                return False
        return True

    return check


def _types_of(node: Mapping[str, Any]) -> list[str]:
    declared = node.get("type")
    types = [] if declared is None else [declared] if isinstance(declared, str) else list(declared)
    if types and node.get("nullable") is True:
        types.append("null")
    return types


_HEX = "[0-9a-fA-F]"
_FORMATS = {
    # Years 0001-9999 and days up to 28 in February (leap days are left out rather than
    # admitting 02-29 of any year), so that every date admitted exists.
    "date": (
        '( [1-9] [0-9]{3} | "0" [1-9] [0-9]{2} | "00" [1-9] [0-9] | "000" [1-9] )'
        ' "-" ( ( "0" [13578] | "1" [02] ) "-" ( "0" [1-9] | [12] [0-9] | "3" [01] )'
        ' | ( "0" [469] | "11" ) "-" ( "0" [1-9] | [12] [0-9] | "30" )'
        ' | "02-" ( "0" [1-9] | "1" [0-9] | "2" [0-8] ) )'
    ),
    "time": (
        '( [01] [0-9] | "2" [0-3] ) ":" [0-5] [0-9] ":" [0-5] [0-9] ( "." [0-9]{1,6} )?'
        ' ( "Z" | [+-] ( [01] [0-9] | "2" [0-3] ) ":" [0-5] [0-9] )'
    ),
    "uuid": f'{_HEX}{{8}} "-" {_HEX}{{4}} "-" {_HEX}{{4}} "-" {_HEX}{{4}} "-" {_HEX}{{12}}',
}
_FORMATS["date-time"] = f'{_FORMATS["date"]} "T" {_FORMATS["time"]}'
