"""Hypothesis strategies derived from the JSON Schemas in schema/, not written by hand per type.

`json_instances(name)` walks the `$defs` entry called `name` (following `$ref`s across files) and draws
JSON values that the schema accepts. `model_values(cls)` draws instances of the generated attrs class
(or union/enum/alias) of that definition by calling its constructor directly, with the constructor
arguments drawn from the same schema nodes, so that it does not depend on the converter under test.

`SchemaStrategies(overrides=...)` builds the same strategies over a narrowed view of the schema: each
override replaces the node of one definition (the replacement must accept a subset of what the
original accepts). The conformance tests use this to describe what an older peer knows.

Only the JSON Schema subset that schema/README.md allows is supported; anything else raises, so a
schema change that the strategies do not understand fails loudly instead of generating bad data.
"""

from __future__ import annotations

import copy
import importlib
import json
import math
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import attrs
import jsonschema
from hypothesis import strategies as st
from referencing import Registry, Resource

from codegen.ir import Definition, ModelDef
from codegen.loader import load_schema

JsonObj = dict[str, Any]

SCHEMA_ROOT = Path(__file__).resolve().parents[2] / "schema"

PROFILE = "lmsdk-protocol"
"""Name of the Hypothesis settings profile that tests/protocol/conftest.py registers."""

# Integers are bounded to what a JavaScript peer (LM Studio) can represent exactly.
MAX_SAFE_INTEGER = 2**53 - 1
MAX_STRING = 12
MAX_ITEMS = 3

_ANNOTATIONS = {"description", "title", "default", "examples", "$comment"}
_HANDLED = _ANNOTATIONS | {
    "$ref",
    "const",
    "enum",
    "anyOf",
    "oneOf",
    "not",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
}

# ---------------------------------------------------------------------------------------------------
# Reading the schema files


@cache
def schema_documents() -> dict[str, JsonObj]:
    """Every schema file, keyed by its path relative to schema/ (POSIX separators)."""
    return {
        path.relative_to(SCHEMA_ROOT).as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(SCHEMA_ROOT.rglob("*.json"))
    }


@cache
def schema_defs() -> dict[str, tuple[str, JsonObj]]:
    """Every `$defs` entry of every schema file: name -> (file, node). Names are unique."""
    found: dict[str, tuple[str, JsonObj]] = {}
    for rel, doc in schema_documents().items():
        for name, node in doc.get("$defs", {}).items():
            if name in found:
                raise AssertionError(f"$defs name {name} defined twice: {found[name][0]} and {rel}")
            found[name] = (rel, node)
    return found


def all_def_names() -> list[str]:
    """Sorted names of all `$defs` entries in schema/."""
    return sorted(schema_defs())


@cache
def ir_definitions() -> dict[str, Definition]:
    """The codegen IR of schema/, by definition name."""
    return load_schema(SCHEMA_ROOT).by_name()


def python_type(name: str) -> Any:
    """The generated Python class, union alias, enum alias or type alias of a definition."""
    definition = ir_definitions()[name]
    module = importlib.import_module(f"lmsdk._generated.{definition.module}")
    return getattr(module, name)


def resolve_ref(ref: str, here: str) -> str:
    """Name of the definition a `$ref` in file `here` points at (only `file#/$defs/Name` refs)."""
    file_part, _, pointer = ref.partition("#")
    target = here
    if file_part:
        parts: list[str] = []
        for part in PurePosixPath(here).parent.joinpath(file_part).parts:
            if part == "..":
                parts.pop()
            elif part != ".":
                parts.append(part)
        target = "/".join(parts)
    prefix = "/$defs/"
    if not pointer.startswith(prefix) or "/" in pointer[len(prefix) :]:
        raise ValueError(f"{here}: unsupported $ref {ref!r}")
    name = pointer[len(prefix) :]
    defined_in, _ = schema_defs()[name]
    if defined_in != target:
        raise ValueError(
            f"{here}: $ref {ref!r} resolves to {target}, but {name} is in {defined_in}"
        )
    return name


# ---------------------------------------------------------------------------------------------------
# Validating with jsonschema

_BASE_URI = "https://lmsdk.invalid/schema/"


@cache
def _registry() -> Registry:
    return Registry().with_resources(
        (_BASE_URI + rel, Resource.from_contents(doc)) for rel, doc in schema_documents().items()
    )


@cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    """A draft 2020-12 validator for one definition, resolving `$ref`s across our files."""
    rel, _ = schema_defs()[name]
    return jsonschema.Draft202012Validator(
        {"$ref": f"{_BASE_URI}{rel}#/$defs/{name}"}, registry=_registry()
    )


def assert_valid(name: str, instance: Any) -> None:
    """Fail with every jsonschema error if `instance` is not a valid `name`."""
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        details = "\n".join(f"  at {list(e.absolute_path)}: {e.message}" for e in errors)
        raise AssertionError(f"not a valid {name}: {json.dumps(instance)}\n{details}")


def assert_same_json(actual: Any, expected: Any, path: str = "$") -> None:
    """Assert two parsed JSON values are equal, where 1 == 1.0 but true is not 1 (unlike Python's ==)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        assert actual.keys() == expected.keys(), (
            f"{path}: keys differ: missing {sorted(expected.keys() - actual.keys())}, "
            f"unexpected {sorted(actual.keys() - expected.keys())}"
        )
        for key in expected:
            assert_same_json(actual[key], expected[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected an array, got {actual!r}"
        assert len(actual) == len(expected), (
            f"{path}: {len(actual)} items instead of {len(expected)}"
        )
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_same_json(a, e, f"{path}[{i}]")
    else:
        assert _json_equal(actual, expected), f"{path}: {actual!r} != {expected!r}"


# ---------------------------------------------------------------------------------------------------
# Any JSON value

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-MAX_SAFE_INTEGER, MAX_SAFE_INTEGER)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=MAX_STRING)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=MAX_ITEMS)
        | st.dictionaries(st.text(max_size=MAX_STRING), children, max_size=MAX_ITEMS)
    ),
    max_leaves=6,
)
"""Any small JSON value (what `{}` in the schema means)."""


def _matches_simple(value: Any, schema: JsonObj) -> bool:
    """Whether value matches a `not` subschema; only const, enum and type are supported there."""
    if set(schema) - _ANNOTATIONS - {"const", "enum", "type"}:
        raise ValueError(f"unsupported 'not' schema {schema}")
    if "const" in schema and not _json_equal(value, schema["const"]):
        return False
    if "enum" in schema and not any(_json_equal(value, v) for v in schema["enum"]):
        return False
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return any(_has_json_type(value, t) for t in types)
    return True


def _has_json_type(value: Any, json_type: str) -> bool:
    checks: dict[str, Callable[[Any], bool]] = {
        "null": lambda v: v is None,
        "boolean": lambda v: isinstance(v, bool),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "string": lambda v: isinstance(v, str),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
    }
    return checks[json_type](value)


def _json_equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


# ---------------------------------------------------------------------------------------------------
# The schema walker


class SchemaStrategies:
    """Strategies over schema/, optionally with some definitions replaced by narrower nodes."""

    def __init__(self, overrides: Mapping[str, JsonObj] | None = None) -> None:
        self.overrides = dict(overrides or {})
        unknown = set(self.overrides) - set(schema_defs())
        if unknown:
            raise ValueError(f"overrides for unknown definitions {sorted(unknown)}")
        self._json: dict[str, st.SearchStrategy[Any]] = {}
        self._python: dict[str, st.SearchStrategy[Any]] = {}

    def definition(self, name: str) -> tuple[str, JsonObj]:
        """(file, node) of a definition, after overrides."""
        rel, node = schema_defs()[name]
        return rel, self.overrides.get(name, node)

    def json_instances(self, name: str) -> st.SearchStrategy[Any]:
        """JSON values valid against the definition `name`."""
        if name not in self._json:
            rel, node = self.definition(name)
            self._json[name] = st.deferred(lambda: self._node(node, rel, python=False))
        return self._json[name]

    def model_values(self, target: type | Any | str) -> st.SearchStrategy[Any]:
        """Generated-model values of a definition, given by name or by its generated type."""
        name = target if isinstance(target, str) else _def_name_of(target)
        if name not in self._python:
            rel, node = self.definition(name)
            self._python[name] = st.deferred(lambda: self._definition(name, node, rel))
        return self._python[name]

    # -- internals ----------------------------------------------------------------------------
    def _definition(self, name: str, node: JsonObj, rel: str) -> st.SearchStrategy[Any]:
        definition = ir_definitions()[name]
        if isinstance(definition, ModelDef):
            return self._model(definition, node, rel)
        return self._node(node, rel, python=True)

    def _model(self, definition: ModelDef, node: JsonObj, rel: str) -> st.SearchStrategy[Any]:
        cls = python_type(definition.name)
        fields = {f.wire_name: f for f in definition.fields}
        defaults = {a.name: a.default for a in attrs.fields(cls)}
        required = set(node.get("required", []))
        kwargs: dict[str, st.SearchStrategy[Any]] = {}
        for wire, prop in node["properties"].items():
            py_name = fields[wire].py_name
            value = self._node(prop, rel, python=True)
            # An optional field is left at its default (None, or UNSET where null is a value).
            kwargs[py_name] = value if wire in required else st.just(defaults[py_name]) | value
        return st.builds(cls, **kwargs)

    def _node(self, node: Any, rel: str, *, python: bool) -> st.SearchStrategy[Any]:
        if node is True:
            return json_values
        if not isinstance(node, dict):
            raise ValueError(f"{rel}: unsupported schema {node!r}")
        unsupported = {k for k in node if not k.startswith("x-")} - _HANDLED
        if unsupported:
            raise ValueError(f"{rel}: strategies do not support {sorted(unsupported)} in {node}")
        if "not" in node:
            rest = {k: v for k, v in node.items() if k != "not"}
            excluded = node["not"]
            return self._node(rest, rel, python=python).filter(
                lambda v: not _matches_simple(v, excluded)
            )
        if "$ref" in node:
            name = resolve_ref(node["$ref"], rel)
            return self.model_values(name) if python else self.json_instances(name)
        if "const" in node:
            return st.just(node["const"])
        if "enum" in node:
            return st.sampled_from(node["enum"])
        for key in ("anyOf", "oneOf"):
            if key in node:
                return st.one_of([self._node(sub, rel, python=python) for sub in node[key]])
        json_type = node.get("type")
        if json_type is None:
            return json_values
        if isinstance(json_type, list):
            return st.one_of(
                [self._node({**node, "type": t}, rel, python=python) for t in json_type]
            )
        builders: dict[str, Callable[[JsonObj, str, bool], st.SearchStrategy[Any]]] = {
            "null": lambda n, r, p: st.none(),
            "boolean": lambda n, r, p: st.booleans(),
            "integer": lambda n, r, p: _integers(n),
            "number": lambda n, r, p: _numbers(n),
            "string": lambda n, r, p: _strings(n),
            "array": self._array,
            "object": self._object,
        }
        return builders[json_type](node, rel, python)

    def _array(self, node: JsonObj, rel: str, python: bool) -> st.SearchStrategy[Any]:
        items = self._node(node.get("items", {}), rel, python=python)
        min_items = node.get("minItems", 0)
        return st.lists(
            items, min_size=min_items, max_size=max(min_items, node.get("maxItems", MAX_ITEMS))
        )

    def _object(self, node: JsonObj, rel: str, python: bool) -> st.SearchStrategy[Any]:
        if "properties" in node:
            if python:
                if "title" not in node:
                    raise ValueError(f"{rel}: an inline object with properties needs a title")
                definition = ir_definitions()[node["title"]]
                assert isinstance(definition, ModelDef)
                return self._model(definition, node, rel)
            required = set(node.get("required", []))
            must = {
                k: self._node(v, rel, python=False)
                for k, v in node["properties"].items()
                if k in required
            }
            may = {
                k: self._node(v, rel, python=False)
                for k, v in node["properties"].items()
                if k not in required
            }
            return st.fixed_dictionaries(must, optional=may)
        extra = node.get("additionalProperties", {})
        if extra is False:
            return st.just({})
        values = self._node(extra, rel, python=python)
        return st.dictionaries(st.text(max_size=MAX_STRING), values, max_size=MAX_ITEMS)


def _integers(node: JsonObj) -> st.SearchStrategy[int]:
    low = node.get("minimum", -MAX_SAFE_INTEGER)
    high = node.get("maximum", MAX_SAFE_INTEGER)
    if "exclusiveMinimum" in node:
        low = max(low, math.floor(node["exclusiveMinimum"]) + 1)
    if "exclusiveMaximum" in node:
        high = min(high, math.ceil(node["exclusiveMaximum"]) - 1)
    return st.integers(math.ceil(low), math.floor(high))


def _numbers(node: JsonObj) -> st.SearchStrategy[int | float]:
    # JSON does not tell 1 from 1.0, so a number is drawn as either an int or a float.
    low, high = node.get("minimum"), node.get("maximum")
    exclude_low, exclude_high = "exclusiveMinimum" in node, "exclusiveMaximum" in node
    if exclude_low:
        low = node["exclusiveMinimum"]
    if exclude_high:
        high = node["exclusiveMaximum"]
    floats = st.floats(
        min_value=low,
        max_value=high,
        exclude_min=exclude_low,
        exclude_max=exclude_high,
        allow_nan=False,
        allow_infinity=False,
    )
    return _integers(node) | floats


def _strings(node: JsonObj) -> st.SearchStrategy[str]:
    min_size = node.get("minLength", 0)
    max_size = min(node.get("maxLength", MAX_STRING), max(min_size, MAX_STRING))
    return st.text(min_size=min_size, max_size=max_size)


def _def_name_of(target: Any) -> str:
    for name in ir_definitions():
        if python_type(name) is target:
            return name
    raise KeyError(f"{target!r} is not the generated type of any schema definition")


# ---------------------------------------------------------------------------------------------------
# Module-level entry points over the unmodified schema

DEFAULT = SchemaStrategies()


def json_instances(def_name: str) -> st.SearchStrategy[Any]:
    """JSON values valid against the schema definition `def_name`."""
    return DEFAULT.json_instances(def_name)


def model_values(cls: type | Any | str) -> st.SearchStrategy[Any]:
    """Values of the generated model (or union/enum/alias) of a definition, built by its constructor."""
    return DEFAULT.model_values(cls)


def narrowed(
    name: str, *, drop: tuple[str, ...] = (), replace: Mapping[str, Any] | None = None
) -> JsonObj:
    """A copy of an object definition without some optional properties and with others replaced.

    Dropping a required property is refused: the result must stay valid against the original.
    """
    _, node = schema_defs()[name]
    node = copy.deepcopy(node)
    for wire in drop:
        if wire in node.get("required", []):
            raise ValueError(f"{name}.{wire} is required; it cannot be dropped")
        del node["properties"][wire]
    for wire, sub in (replace or {}).items():
        if wire not in node["properties"]:
            raise ValueError(f"{name} has no property {wire}")
        node["properties"][wire] = sub
    return node


def enum_without(name: str, *values: str) -> JsonObj:
    """A copy of a string enum definition without some of its values."""
    _, node = schema_defs()[name]
    missing = set(values) - set(node["enum"])
    if missing:
        raise ValueError(f"{name} has no values {sorted(missing)}")
    return {**node, "enum": [v for v in node["enum"] if v not in values]}


def union_without(name: str, *members: str) -> JsonObj:
    """A copy of a oneOf definition without the members that `$ref` the named definitions."""
    rel, node = schema_defs()[name]
    kept = [m for m in node["oneOf"] if resolve_ref(m["$ref"], rel) not in members]
    if len(kept) != len(node["oneOf"]) - len(members):
        raise ValueError(f"{name} does not have all of {members} as members")
    return {**node, "oneOf": kept}
