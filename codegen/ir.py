"""The intermediate representation that every template renders from.

The loader turns JSON Schema into these plain frozen values; fix-ups rewrite them; templates only read
them. Keeping the IR free of schema details is what lets one IR feed the models, the converter, the KV
table and the endpoint stubs without any template re-deriving facts from raw JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# ---------------------------------------------------------------------------------------------------
# Type expressions


@dataclass(frozen=True)
class Prim:
    """A JSON primitive or any JSON value."""

    name: Literal["str", "int", "float", "bool", "Any", "None"]


@dataclass(frozen=True)
class Named:
    """A reference to a generated class, enum alias or union alias."""

    name: str


@dataclass(frozen=True)
class ListOf:
    """A JSON array."""

    item: TypeExpr


@dataclass(frozen=True)
class DictOf:
    """A JSON object used as a map from string keys."""

    value: TypeExpr


@dataclass(frozen=True)
class LiteralOf:
    """One or more constant values."""

    values: tuple[str | int | float | bool, ...]


@dataclass(frozen=True)
class UnionOf:
    """An untagged union (nullable values, checkbox values, numbers or keywords)."""

    members: tuple[TypeExpr, ...]


TypeExpr = Prim | Named | ListOf | DictOf | LiteralOf | UnionOf


def admits_null(t: TypeExpr) -> bool:
    """Whether JSON null is a valid value of the type."""
    if isinstance(t, Prim):
        return t.name in ("Any", "None")
    if isinstance(t, UnionOf):
        return any(admits_null(m) for m in t.members)
    return False


# ---------------------------------------------------------------------------------------------------
# Definitions


@dataclass(frozen=True)
class KvInfo:
    """How a user-facing config field maps onto a KV config entry."""

    key: str
    encoding: str
    placeholder: Any = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Constraint:
    """The value constraints JSON Schema states for a field (each applies to its kind of value only).

    ``items`` holds the constraint on every element of an array field.
    """

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    items: Constraint | None = None


@dataclass(frozen=True)
class Field:
    """One property of an object definition."""

    wire_name: str
    py_name: str
    type: TypeExpr
    required: bool
    description: str | None
    tag_value: str | None = None
    kv: KvInfo | None = None
    required_since: str | None = None
    """Protocol revision that requires the field although older peers omit it (always sent)."""
    constraint: Constraint | None = None
    """Value ranges and lengths the schema states for the field (None: none)."""

    @property
    def unset_default(self) -> bool:
        """Optional fields that admit null need a sentinel, so that null and absent stay distinct."""
        return not self.required and self.tag_value is None and admits_null(self.type)


@dataclass(frozen=True)
class ModelDef:
    """An object definition: a frozen attrs class."""

    name: str
    module: str
    description: str | None
    fields: tuple[Field, ...]
    source: str


@dataclass(frozen=True)
class EnumDef:
    """A string enum: a Literal alias."""

    name: str
    module: str
    description: str | None
    values: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class UnionDef:
    """A discriminated union of object definitions."""

    name: str
    module: str
    description: str | None
    discriminator: str
    members: tuple[tuple[str, str], ...]  # (tag value, class name)
    source: str


@dataclass(frozen=True)
class AliasDef:
    """Any other named type (arrays, maps, untagged unions, any)."""

    name: str
    module: str
    description: str | None
    type: TypeExpr
    source: str


Definition = ModelDef | EnumDef | UnionDef | AliasDef


@dataclass(frozen=True)
class Endpoint:
    """One endpoint from a namespace manifest."""

    namespace: str
    name: str
    kind: Literal["rpc", "channel"]
    description: str | None
    parameter: TypeExpr | None = None
    returns: TypeExpr | None = None
    creation_parameter: TypeExpr | None = None
    to_client: TypeExpr | None = None
    to_server: TypeExpr | None = None
    since: str | None = None
    """Protocol revision that added the endpoint (``x-since``); None for the oldest one described."""


@dataclass(frozen=True)
class Schema:
    """Everything the templates need."""

    definitions: tuple[Definition, ...]
    endpoints: tuple[Endpoint, ...]
    schema_hash: str
    namespaces: tuple[str, ...] = field(default=())
    """Every namespace with a manifest, including those whose manifest lists no endpoint."""
    modules: tuple[str, ...] = field(default=())

    def by_name(self) -> dict[str, Definition]:
        """Index the definitions by class name."""
        return {d.name: d for d in self.definitions}

    def in_module(self, module: str) -> list[Definition]:
        """The definitions that live in one generated module, in schema order."""
        return [d for d in self.definitions if d.module == module]
