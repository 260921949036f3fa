# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""Which KV config key and value encoding each user-facing config field travels as.

The runtime builds `kvConfig` layers from typed configs with this table, and reads the effective configs
in `success` packets back through it, so that the mapping is stated once (in schema/) rather than in code.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs


@attrs.frozen
class KvField:
    """One config field and its KV encoding."""

    py_name: str
    """Attribute name on the typed config class."""
    wire_name: str
    """The camelCase name users write in config dicts."""
    key: str
    """The KV config key on the wire."""
    encoding: Literal["plain", "checkbox", "gpuSplit"] | str
    """`plain` sends the value as is; `checkbox` wraps it as {checked, value}; others are special."""
    placeholder: Any = None
    """For checkbox fields, the value sent alongside checked=false."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Further x-kv-* annotations from the schema."""


KV_FIELDS: Final[dict[str, tuple[KvField, ...]]] = {
    "FeedConfig": (
        KvField(
            "grams",
            "grams",
            "pets.feed.grams",
            "plain",
            None,
            {},
        ),
        KvField(
            "max_treats",
            "maxTreats",
            "pets.feed.maxTreats",
            "checkbox",
            1,
            {},
        ),
    ),
}
"""Config class name -> its KV-mapped fields, in schema order."""
