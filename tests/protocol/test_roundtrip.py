"""Every schema definition against its generated binding: round trips, strictness and type checks.

The instances come from the schema files themselves (tests/protocol/strategies.py) and are checked
with jsonschema, so a strategy that drifts from the schema fails here too.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from cattrs.errors import ForbiddenExtraKeysError
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.ir import EnumDef, ModelDef, Named, Prim, UnionDef, admits_null
from codegen.loader import load_schema
from lmsdk._generated.base import UnknownEnumValueError, UnknownTagError
from lmsdk._generated.converter import (
    ENUMS,
    RENAMES,
    STRICT,
    TOLERANT,
    UNIONS,
    structure,
    unstructure,
)
from tests.protocol.strategies import (
    PROFILE,
    SCHEMA_ROOT,
    all_def_names,
    assert_same_json,
    assert_valid,
    ir_definitions,
    json_instances,
    model_values,
    python_type,
    schema_defs,
    validator,
)

PROTOCOL_SETTINGS = settings(settings.get_profile(PROFILE))

ROUNDTRIP_DEFS = all_def_names()
"""What the round-trip tests are parametrized over: every `$defs` name in schema/."""

DEFS = ir_definitions()
MODELS = {name: d for name, d in DEFS.items() if isinstance(d, ModelDef)}

SINGLE_MEMBER_UNIONS = sorted(
    name for name, d in DEFS.items() if isinstance(d, UnionDef) and len(d.members) == 1
)
"""One-member tagged unions: at runtime their alias is the member class itself."""


def _json_round_trip(value: Any) -> Any:
    return json.loads(json.dumps(value))


# ---------------------------------------------------------------------------------------------------
# Coverage guards


def test_round_trips_cover_every_schema_definition() -> None:
    scanned = [
        name
        for path in sorted(SCHEMA_ROOT.rglob("*.json"))
        for name in json.loads(path.read_text(encoding="utf-8")).get("$defs", {})
    ]
    assert len(scanned) == len(set(scanned)), "a $defs name is defined twice"
    assert sorted(ROUNDTRIP_DEFS) == sorted(scanned)
    assert {d.name for d in load_schema(SCHEMA_ROOT).definitions} == set(scanned)


def test_every_generated_class_union_and_enum_maps_to_a_schema_definition() -> None:
    defs = set(schema_defs())
    classes = {cls.__name__ for cls in RENAMES}
    assert classes <= defs, f"classes without a schema definition: {sorted(classes - defs)}"
    assert classes == set(MODELS), "every object definition must have a converter entry"
    for cls in RENAMES:
        assert python_type(cls.__name__) is cls
    assert {name for name, _, _ in UNIONS.values()} <= defs
    for name in SINGLE_MEMBER_UNIONS:
        ((_, member),) = DEFS[name].members
        assert python_type(name) is python_type(member)
    assert set(ENUMS.values()) == {name for name, d in DEFS.items() if isinstance(d, EnumDef)}


def test_every_union_definition_has_its_own_converter_entry() -> None:
    unions = {name for name, _, _ in UNIONS.values()}
    assert unions == {
        name
        for name, d in DEFS.items()
        if isinstance(d, UnionDef) and name not in SINGLE_MEMBER_UNIONS
    }


# ---------------------------------------------------------------------------------------------------
# Round trips


@pytest.mark.parametrize("def_name", ROUNDTRIP_DEFS)
def test_schema_instance_survives_structure_then_unstructure(def_name: str) -> None:
    target = python_type(def_name)

    @PROTOCOL_SETTINGS
    @given(instance=json_instances(def_name))
    def check(instance: Any) -> None:
        assert_valid(def_name, instance)  # checks the strategy itself
        value = structure(instance, target)
        assert_same_json(_json_round_trip(unstructure(value)), instance)
        assert STRICT.structure(instance, target) == value, (
            "strict must accept every valid instance"
        )

    check()


@pytest.mark.parametrize("def_name", ROUNDTRIP_DEFS)
def test_model_value_survives_json_encoding_then_structure(def_name: str) -> None:
    target = python_type(def_name)

    @PROTOCOL_SETTINGS
    @given(value=model_values(def_name))
    def check(value: Any) -> None:
        encoded = unstructure(value)
        assert_valid(def_name, encoded)  # what the models encode is valid on the wire
        decoded = structure(json.loads(json.dumps(encoded)), target)
        assert decoded == value
        # attrs' == would let True stand for 1; compare the encodings JSON-wise as well.
        assert_same_json(unstructure(decoded), encoded)

    check()


@pytest.mark.parametrize("union_name", SINGLE_MEMBER_UNIONS)
def test_single_member_union_decodes_its_only_member(union_name: str) -> None:
    # Regression test: these used to recurse until RecursionError (fixed in dc787f6).
    union = DEFS[union_name]
    assert isinstance(union, UnionDef)
    ((tag, member),) = union.members
    for converter in (STRICT, TOLERANT):
        decoded = converter.structure({union.discriminator: tag}, python_type(union_name))
        assert type(decoded) is python_type(member)
        with pytest.raises(ValueError):
            converter.structure({union.discriminator: "tagFromTheFuture"}, python_type(union_name))


# ---------------------------------------------------------------------------------------------------
# Strict versus tolerant decoding


def _largest_object_def_per_file() -> list[str]:
    """The object definition with the most properties in each schema file: a representative set."""
    best: dict[str, str] = {}
    for name in ROUNDTRIP_DEFS:
        rel, node = schema_defs()[name]
        if name in MODELS:
            if rel not in best or len(node["properties"]) > len(
                schema_defs()[best[rel]][1]["properties"]
            ):
                best[rel] = name
    return sorted(best.values())


@pytest.mark.parametrize("def_name", _largest_object_def_per_file())
def test_strict_rejects_an_unknown_key_that_tolerant_ignores(def_name: str) -> None:
    target = python_type(def_name)
    known = set(schema_defs()[def_name][1]["properties"])

    @PROTOCOL_SETTINGS
    @given(
        instance=json_instances(def_name),
        key=st.text(min_size=1, max_size=10).filter(lambda k: k not in known),
    )
    def check(instance: dict[str, Any], key: str) -> None:
        extended = {**instance, key: "from a newer peer"}
        with pytest.raises(ExceptionGroup) as caught:
            STRICT.structure(extended, target)
        assert caught.group_contains(ForbiddenExtraKeysError)
        assert TOLERANT.structure(extended, target) == TOLERANT.structure(instance, target)

    check()


def _one_required_enum_field_per_enum() -> list[tuple[str, str, str]]:
    picks: dict[str, tuple[str, str, str]] = {}
    for name, model in MODELS.items():
        for f in model.fields:
            if f.required and isinstance(f.type, Named) and isinstance(DEFS[f.type.name], EnumDef):
                picks.setdefault(f.type.name, (name, f.wire_name, f.py_name))
    return [picks[enum] for enum in sorted(picks)]


@pytest.mark.parametrize(("def_name", "wire_name", "py_name"), _one_required_enum_field_per_enum())
def test_strict_rejects_an_unknown_enum_value_that_tolerant_keeps(
    def_name: str, wire_name: str, py_name: str
) -> None:
    target = python_type(def_name)
    (field,) = [f for f in MODELS[def_name].fields if f.wire_name == wire_name]
    assert isinstance(field.type, Named)
    allowed = set(schema_defs()[field.type.name][1]["enum"])

    @PROTOCOL_SETTINGS
    @given(
        instance=json_instances(def_name),
        newer=st.text(min_size=1, max_size=12).filter(lambda v: v not in allowed),
    )
    def check(instance: dict[str, Any], newer: str) -> None:
        changed = {**instance, wire_name: newer}
        with pytest.raises(ExceptionGroup) as caught:
            STRICT.structure(changed, target)
        assert caught.group_contains(UnknownEnumValueError)
        decoded = TOLERANT.structure(changed, target)
        assert getattr(decoded, py_name) == newer
        assert_same_json(_json_round_trip(unstructure(decoded)), changed)

    check()


@pytest.mark.parametrize(
    "enum_name", sorted(name for name, d in DEFS.items() if isinstance(d, EnumDef))
)
def test_bare_enum_strict_rejects_and_tolerant_keeps_an_unknown_value(enum_name: str) -> None:
    alias = python_type(enum_name)
    with pytest.raises(UnknownEnumValueError):
        STRICT.structure("valueFromTheFuture", alias)
    assert TOLERANT.structure("valueFromTheFuture", alias) == "valueFromTheFuture"
    for converter in (STRICT, TOLERANT):
        with pytest.raises(TypeError):
            converter.structure(3, alias)


@pytest.mark.parametrize(
    "union_name",
    [
        name
        for name, d in sorted(DEFS.items())
        if isinstance(d, UnionDef) and name not in SINGLE_MEMBER_UNIONS
    ],
)
def test_unknown_union_tag_is_an_error_in_both_converters(union_name: str) -> None:
    union = DEFS[union_name]
    assert isinstance(union, UnionDef)
    for converter in (STRICT, TOLERANT):
        with pytest.raises(UnknownTagError) as caught:
            converter.structure({union.discriminator: "tagFromTheFuture"}, python_type(union_name))
        assert caught.value.union == union_name
        assert set(caught.value.expected) == {tag for tag, _ in union.members}


# ---------------------------------------------------------------------------------------------------
# Wrong JSON types

WRONG_VALUES: dict[str, list[Any]] = {
    "str": [5, 1.5, True, None, [], {}],
    "int": ["5", 1.5, True, False, None, [], {}],
    "float": ["1.5", True, None, [], {}],
    "bool": [0, 1, "true", None, [], {}],
}
"""JSON values of the wrong type for each scalar; note that true must not pass for 1, nor 1 for true."""


def _required_scalar_fields() -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for name, model in MODELS.items():
        for f in model.fields:
            if f.required and isinstance(f.type, Prim) and f.type.name in WRONG_VALUES:
                found.setdefault(name, []).append((f.wire_name, f.type.name))
    return found


REQUIRED_SCALARS = _required_scalar_fields()


@pytest.mark.parametrize("def_name", sorted(REQUIRED_SCALARS))
def test_a_wrong_json_type_is_rejected_by_both_converters(def_name: str) -> None:
    target = python_type(def_name)
    fields = REQUIRED_SCALARS[def_name]

    @PROTOCOL_SETTINGS
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        instance = data.draw(json_instances(def_name), label="instance")
        wire, scalar = data.draw(st.sampled_from(fields), label="field")
        wrong = data.draw(st.sampled_from(WRONG_VALUES[scalar]), label="wrong value")
        changed = {**instance, wire: wrong}
        with pytest.raises((TypeError, ValueError)):
            TOLERANT.structure(changed, target)
        with pytest.raises(ExceptionGroup) as caught:
            STRICT.structure(changed, target)
        assert caught.group_contains(TypeError) or caught.group_contains(ValueError)

    check()


def test_wrong_json_types_inside_arrays_and_maps_are_rejected() -> None:
    for data, name in [
        ({"tokens": [1, "2"]}, "TokenizeResult"),
        ({"tokens": [1, True]}, "TokenizeResult"),
        ({"fields": [{"key": 5}]}, "KvConfig"),
        ({"type": "function", "name": "f", "arguments": []}, "ToolCallRequest"),
        ({"messages": [{"role": "user", "content": "plain text"}]}, "ChatHistoryData"),
    ]:
        for converter in (STRICT, TOLERANT):
            with pytest.raises(Exception) as caught:  # noqa: B017 - cattrs may wrap the error
                converter.structure(data, python_type(name))
            assert isinstance(caught.value, TypeError | ValueError | ExceptionGroup), name


# ---------------------------------------------------------------------------------------------------
# Missing and null keys


def strict_errors(def_name: str, instance: Any) -> list[Exception]:
    """What STRICT raises for an instance that jsonschema rejects (an empty list if it accepts it)."""
    assert list(validator(def_name).iter_errors(instance)), "precondition: the schema rejects it"
    try:
        STRICT.structure(instance, python_type(def_name))
    except (TypeError, ValueError, KeyError, ExceptionGroup) as exc:
        return [exc]
    return []


def _required_plain_keys() -> dict[str, list[str]]:
    found = {
        name: [f.wire_name for f in model.fields if f.required and f.tag_value is None]
        for name, model in MODELS.items()
    }
    return {name: keys for name, keys in found.items() if keys}


REQUIRED_PLAIN_KEYS = _required_plain_keys()


@pytest.mark.parametrize("def_name", sorted(REQUIRED_PLAIN_KEYS))
def test_an_object_without_a_required_key_is_rejected_by_both_converters(def_name: str) -> None:
    target = python_type(def_name)

    @PROTOCOL_SETTINGS
    @given(instance=json_instances(def_name), wire=st.sampled_from(REQUIRED_PLAIN_KEYS[def_name]))
    def check(instance: dict[str, Any], wire: str) -> None:
        without = {k: v for k, v in instance.items() if k != wire}
        assert strict_errors(def_name, without)
        with pytest.raises(Exception):  # noqa: B017 - cattrs raises its own error types here
            TOLERANT.structure(without, target)

    check()


# The strict converter (the wire validator) holds to the schema where the generated classes are more
# lenient: fixed keys the schema requires must be present, and optional keys may not be null.

REQUIRED_CONSTS = [
    (name, f.wire_name)
    for name, model in sorted(MODELS.items())
    for f in model.fields
    if f.required and f.tag_value is not None
]

OPTIONAL_NON_NULLABLE = [
    (name, f.wire_name)
    for name, model in sorted(MODELS.items())
    for f in model.fields
    if not f.required and not admits_null(f.type)
]


@PROTOCOL_SETTINGS
@given(data=st.data())
def test_strict_rejects_an_object_without_a_required_const_key(data: st.DataObject) -> None:
    def_name, wire = data.draw(st.sampled_from(REQUIRED_CONSTS), label="const field")
    instance = data.draw(json_instances(def_name), label="instance")
    assert strict_errors(def_name, {k: v for k, v in instance.items() if k != wire})


@PROTOCOL_SETTINGS
@given(data=st.data())
def test_strict_rejects_null_in_an_optional_field_that_is_not_nullable(data: st.DataObject) -> None:
    def_name, wire = data.draw(st.sampled_from(OPTIONAL_NON_NULLABLE), label="optional field")
    instance = data.draw(json_instances(def_name), label="instance")
    assert strict_errors(def_name, {**instance, wire: None})
