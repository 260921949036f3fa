"""The generated straight-line converter functions against the generic cattrs hooks they replace.

`structure`/`unstructure` (and TOLERANT) run per-class functions written by codegen/fastconv.py; they
must decode and encode exactly as `make_converter(strict=False)` does, the generic tolerant converter:
same values for valid instances, the same kind of error (KeyError, TypeError, ValueError,
UnknownTagError) for broken ones, and the same JSON (keys in the same order) when encoding.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lmsdk._generated import converter
from lmsdk._generated.base import UnknownTagError
from tests.protocol.strategies import (
    PROFILE,
    all_def_names,
    json_instances,
    model_values,
    python_type,
)

PROTOCOL_SETTINGS = settings(settings.get_profile(PROFILE))
GENERIC = converter.make_converter(strict=False)

WRONG_VALUES: list[Any] = [None, True, 0, 1.5, "text", [], {}, [1], {"a": 1}, -3]
"""What a broken peer might put in place of a value."""


def outcome(decode: Any) -> tuple[Any, ...]:
    """The decoded value, or the kind of error (cattrs may wrap errors in its own subclasses)."""
    try:
        return ("ok", decode())
    except UnknownTagError:
        return ("error", "UnknownTagError")
    except Exception as exc:  # noqa: BLE001 - which kind is what is compared
        for kind in (KeyError, TypeError, ValueError):
            if isinstance(exc, kind):
                return ("error", kind.__name__)
        return ("error", type(exc).__name__)


def broken(data: st.DataObject, value: Any, depth: int = 0) -> Any:
    """The value with one key dropped, one value replaced or one unknown key added, at any depth."""
    if isinstance(value, dict) and value and depth < 4:
        key = data.draw(st.sampled_from(sorted(value)), label="key")
        how = data.draw(st.sampled_from(["drop", "replace", "deeper", "extra"]), label="how")
        changed = dict(value)
        if how == "drop":
            del changed[key]
        elif how == "replace":
            changed[key] = data.draw(st.sampled_from(WRONG_VALUES), label="wrong value")
        elif how == "deeper":
            changed[key] = broken(data, value[key], depth + 1)
        else:
            changed["zzFromANewerPeer"] = 1
        return changed
    if isinstance(value, list) and value and depth < 4:
        index = data.draw(st.integers(0, len(value) - 1), label="index")
        changed_list = list(value)
        changed_list[index] = broken(data, value[index], depth + 1)
        return changed_list
    return data.draw(st.sampled_from(WRONG_VALUES), label="wrong value")


@pytest.mark.parametrize("def_name", all_def_names())
def test_decodes_and_encodes_like_the_generic_tolerant_converter(def_name: str) -> None:
    target = python_type(def_name)

    @PROTOCOL_SETTINGS
    @given(instance=json_instances(def_name), data=st.data())
    def check(instance: Any, data: st.DataObject) -> None:
        for value in (instance, broken(data, instance)):
            fast = outcome(lambda v=value: converter.structure(json.loads(json.dumps(v)), target))
            generic = outcome(lambda v=value: GENERIC.structure(json.loads(json.dumps(v)), target))
            assert fast == generic, value
            if fast[0] == "ok":
                encoded = json.dumps(converter.unstructure(fast[1]))
                assert encoded == json.dumps(GENERIC.unstructure(generic[1]))

    check()


@pytest.mark.parametrize("def_name", all_def_names())
def test_encodes_model_values_like_the_generic_converter(def_name: str) -> None:
    @PROTOCOL_SETTINGS
    @given(value=model_values(def_name))
    def check(value: Any) -> None:
        assert json.dumps(converter.unstructure(value)) == json.dumps(GENERIC.unstructure(value))
        assert json.dumps(converter.TOLERANT.unstructure(value)) == json.dumps(
            GENERIC.unstructure(value)
        )

    check()
