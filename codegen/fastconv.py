"""What the straight-line structure/unstructure functions of the converter are made of.

The generic cattrs converter dispatches on the type at every level of every message. For the tolerant
converter (what clients and servers decode with) the generator writes one plain function per class
instead: `_s_<Class>(value) -> Class` and `_u_<Class>(obj) -> dict`, with tagged unions dispatched by a
dict lookup on the tag, and one small function per list, map or untagged union type that fields use.
This module decides which functions exist and what each one checks (the plan values below);
`templates/converter_functions.py.jinja` writes them out.

The functions must behave exactly like the cattrs hooks in converter.py.jinja (`make_converter`), and
those see the types as Python builds them at run time, not as the schema spells them: `A | B | None`
flattens a tagged union `A | B` into an untagged one, equal unions and equal Literal aliases are one
key, an optional field gets `| None` or `| Unset`. So the IR is first turned into that run-time view
(the R* values below), and code is generated from it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.ir import (
    AliasDef,
    Definition,
    DictOf,
    EnumDef,
    Field,
    ListOf,
    LiteralOf,
    ModelDef,
    Named,
    Prim,
    Schema,
    TypeExpr,
    UnionDef,
)

# ---------------------------------------------------------------------------------------------------
# The run-time view of a type


@dataclass(frozen=True)
class RPrim:
    """str, int, float, bool or None."""

    name: str


@dataclass(frozen=True)
class RAny:
    """typing.Any."""


@dataclass(frozen=True)
class RUnset:
    """The Unset sentinel class (only ever a member of an optional field's union)."""


@dataclass(frozen=True)
class RClass:
    """A generated attrs class."""

    name: str


@dataclass(frozen=True)
class RLit:
    """A Literal; `enum` names the ENUMS entry it equals (Literal equality ignores order)."""

    values: tuple[Any, ...]
    enum: str | None = field(default=None, compare=False)

    @property
    def key(self) -> frozenset[tuple[type, Any]]:
        """What Literal equality compares: the (type, value) pairs, in any order."""
        return frozenset((type(v), v) for v in self.values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RLit) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True)
class RList:
    """list[item]."""

    item: RType


@dataclass(frozen=True)
class RDict:
    """dict[str, value]."""

    value: RType


@dataclass(frozen=True)
class RTagged:
    """A union of classes that equals a UNIONS key: (name, discriminator, tags) of that entry."""

    members: tuple[RClass, ...]  # in the order of the alias this value was reached through
    name: str
    discriminator: str
    tags: tuple[tuple[Any, str], ...]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RTagged) and set(self.members) == set(other.members)

    def __hash__(self) -> int:
        return hash(frozenset(self.members))


@dataclass(frozen=True)
class RUnion:
    """Any other union (flattened, deduplicated, at least two members)."""

    members: tuple[RType, ...]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RUnion) and set(self.members) == set(other.members)

    def __hash__(self) -> int:
        return hash(frozenset(self.members))


RType = RPrim | RAny | RUnset | RClass | RLit | RList | RDict | RTagged | RUnion

_SCALARS = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}


class RuntimeTypes:
    """Resolves IR type expressions into their run-time view."""

    def __init__(self, schema: Schema) -> None:
        self.index: dict[str, Definition] = schema.by_name()
        self.enums: dict[RLit, str] = {}
        for d in schema.definitions:
            if isinstance(d, EnumDef):
                lit = RLit(d.values)
                # A dict literal keeps the first equal key but the last value.
                self.enums[lit] = d.name
        self.unions: dict[frozenset[RClass], tuple[str, str, tuple[tuple[Any, str], ...]]] = {}
        for d in schema.definitions:
            if isinstance(d, UnionDef) and len(d.members) > 1:
                key = frozenset(RClass(m) for _, m in d.members)
                self.unions[key] = (d.name, d.discriminator, d.members)

    def literal(self, values: tuple[Any, ...]) -> RLit:
        """A Literal of these values, naming the enum it equals, if any."""
        lit = RLit(values)
        return RLit(values, self.enums.get(lit))

    def resolve(self, t: TypeExpr) -> RType:
        """The run-time type of a schema type expression (what `py_type` spells)."""
        if isinstance(t, Prim):
            return RAny() if t.name == "Any" else RPrim(t.name)
        if isinstance(t, Named):
            d = self.index[t.name]
            if isinstance(d, ModelDef):
                return RClass(d.name)
            if isinstance(d, EnumDef):
                return self.literal(d.values)
            if isinstance(d, UnionDef):
                if len(d.members) == 1:
                    return RClass(d.members[0][1])
                return self.union([RClass(m) for _, m in d.members])
            assert isinstance(d, AliasDef)
            return self.resolve(d.type)
        if isinstance(t, ListOf):
            return RList(self.resolve(t.item))
        if isinstance(t, DictOf):
            return RDict(self.resolve(t.value))
        if isinstance(t, LiteralOf):
            return self.literal(t.values)
        # As py_type spells it: Any swallows the union; None goes last.
        if Prim("Any") in t.members:
            return RAny()
        members = [self.resolve(m) for m in t.members if m != Prim("None")]
        if Prim("None") in t.members:
            members.append(RPrim("None"))
        return self.union(members)

    def field(self, f: Field, py_base: str) -> RType:
        """The run-time type of an attribute (field_type adds None or Unset to optional ones)."""
        base = self.resolve(f.type)
        if f.required or f.tag_value is not None:
            return base
        if f.unset_default:
            return RAny() if py_base == "Any" else self.union([base, RUnset()])
        if py_base == "Any" or py_base.endswith("| None"):
            return base
        return self.union([base, RPrim("None")])

    def union(self, items: list[RType]) -> RType:
        """Flatten and deduplicate like typing does; an equal UNIONS key makes it a tagged union."""
        flat: list[RType] = []
        for item in items:
            if isinstance(item, RUnion):
                expanded: list[RType] = list(item.members)
            elif isinstance(item, RTagged):
                expanded = list(item.members)
            else:
                expanded = [item]
            for member in expanded:
                if member not in flat:
                    flat.append(member)
        if len(flat) == 1:
            return flat[0]
        if all(isinstance(m, RClass) for m in flat):
            classes = tuple(m for m in flat if isinstance(m, RClass))
            entry = self.unions.get(frozenset(classes))
            if entry is not None:
                return RTagged(classes, *entry)
        return RUnion(tuple(flat))


# ---------------------------------------------------------------------------------------------------
# The plan: what each generated function does, for templates/converter_functions.py.jinja


def _lit(v: Any) -> str:
    return json.dumps(v) if isinstance(v, str) else repr(v)


def _str(text: str) -> str:
    """A Python string literal."""
    return json.dumps(text)


def _slug(r: RType) -> str:
    if isinstance(r, RPrim):
        return r.name
    if isinstance(r, RAny):
        return "any"
    if isinstance(r, RUnset):
        return "unset"
    if isinstance(r, RClass):
        return r.name
    if isinstance(r, RLit):
        if r.enum:
            return r.enum
        return "lit_" + "_".join(re.sub(r"\W", "", str(v)) or "x" for v in r.values)
    if isinstance(r, RList):
        return "list_" + _slug(r.item)
    if isinstance(r, RDict):
        return "dict_" + _slug(r.value)
    if isinstance(r, RTagged):
        return r.name
    return "_or_".join(_slug(m) for m in r.members)


def describe(r: RType) -> str:
    """How an error message names a type."""
    if isinstance(r, RPrim):
        return r.name
    if isinstance(r, RAny):
        return "Any"
    if isinstance(r, RUnset):
        return "Unset"
    if isinstance(r, RClass):
        return r.name
    if isinstance(r, RLit):
        return r.enum or f"Literal[{', '.join(_lit(v) for v in r.values)}]"
    if isinstance(r, RList):
        return f"list[{describe(r.item)}]"
    if isinstance(r, RDict):
        return f"dict[str, {describe(r.value)}]"
    if isinstance(r, RTagged):
        return r.name
    return " | ".join(describe(m) for m in r.members)


def _simple(r: RType) -> bool:
    """Whether a value of this type is checked inline (no function of its own)."""
    return isinstance(r, RPrim | RAny | RLit)


def _plain_json(r: RType) -> bool:
    """Whether values of this type are already JSON values (unstructure is the identity)."""
    if isinstance(r, RPrim | RLit):
        return True
    if isinstance(r, RUnion):
        return all(isinstance(m, RPrim | RLit | RUnset) for m in r.members)
    return False


@dataclass(frozen=True)
class Check:
    """Statements that raise unless `var` holds a valid value of a simple type.

    `kind`: null, number (int or float, not bool), scalar (`type(var) is <name>`), enum (any string:
    the tolerant converter lets enums grow) or literal (one of `values`, of one of `types`).
    """

    kind: Literal["null", "number", "scalar", "enum", "literal"]
    var: str
    name: str = ""
    """The scalar's type, or the enum's name."""
    message: str = ""
    """A Python string literal: what the error says was expected."""
    values: str = ""
    types: str = ""


@dataclass(frozen=True)
class Assign:
    """`var = fn(src)`, or for a simple type `var = src` followed by its check."""

    var: str
    src: str
    fn: str | None = None
    check: Check | None = None
    annotation: str | None = None
    """Annotates the assignment, so that the check does not narrow an enum value to plain str."""


@dataclass(frozen=True)
class ConstCheck:
    """A fixed-value field: the key may be absent, but if present it must hold that value."""

    wire: str
    var: str
    fixed: str
    type_name: str
    message: str


@dataclass(frozen=True)
class OptionalField:
    """`var = v.get(wire, default)`, structured unless it is the default."""

    var: str
    wire: str
    default: str
    assign: Assign | None


Statement = Assign | ConstCheck | OptionalField


@dataclass(frozen=True)
class ClassStructure:
    """`_s_<Class>`; with `trusted`, the body is `_t_<Class>`, which a tag table calls directly."""

    name: str
    head: tuple[Statement, ...]
    body: tuple[Statement, ...]
    setters: tuple[tuple[str, str], ...]
    """(setter name, value expression) for every field, in attribute order."""
    trusted: bool


@dataclass(frozen=True)
class Branch:
    """One member of an untagged union: `kind` names the shape test, `fn` structures a match."""

    kind: Literal["any", "null", "number", "scalar", "string", "literal", "list", "dict", "class"]
    name: str = ""
    fn: str = ""
    values: str = ""
    check: Check | None = None
    conds: tuple[tuple[str, str], ...] = ()
    """For a class: (wire key, fixed value) pairs a matching object may not contradict."""


@dataclass(frozen=True)
class Function:
    """`_s_<slug>(v)`: structures one list, map, tagged or untagged union, or simple type."""

    name: str
    kind: Literal["simple", "list", "dict", "tagged", "union"]
    check: Check | None = None
    """simple: the check; list and dict: the check of each item, if simple."""
    item_fn: str | None = None
    """list and dict: the function that structures each item (neither: items are Any)."""
    table: str = ""
    disc: str = ""
    union: str = ""
    expected: str = ""
    branches: tuple[Branch, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class TagTable:
    """`_TAGS_<Union>`: tag value -> the member's structure function."""

    name: str
    entries: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ClassUnstructure:
    """`_u_<Class>`: always-written fields in one dict literal, then each optional one if set."""

    name: str
    fixed: tuple[tuple[str, str], ...]
    """(wire key literal, value expression)."""
    optional: tuple[tuple[str, str, str, str, str], ...]
    """(variable, attribute, default, wire key literal, value expression)."""


@dataclass(frozen=True)
class Plan:
    """Everything the converter functions template writes, in output order."""

    setters: tuple[tuple[str, str, str], ...]
    """(setter name, class, attribute)."""
    classes: tuple[ClassStructure, ...]
    functions: tuple[Function | TagTable, ...]
    unclasses: tuple[ClassUnstructure, ...]
    structure: tuple[tuple[str, str], ...]
    """(type expression, structure function) of the _STRUCTURE table."""
    unstructure: tuple[str, ...]


class Generator:
    """Decides the functions; `plan()` is what the converter template renders."""

    def __init__(self, schema: Schema, py_type: Any, field_type: Any) -> None:
        self.schema = schema
        self.rt = RuntimeTypes(schema)
        self._py_type = py_type
        self._field_type = field_type
        self._functions: list[Function | TagTable] = []
        self._setters: list[tuple[str, str, str]] = []
        self._names: dict[RType, str] = {}
        self._taken: set[str] = set()
        self.models = [d for d in schema.definitions if isinstance(d, ModelDef)]
        # Classes reached through a tag table get a second entry point, `_t_<Class>`, that skips what
        # the lookup has just established (an object whose discriminator has this class's value).
        discs: dict[str, set[str]] = {}
        for _name, disc, members in self.rt.unions.values():
            for _tag, member in members:
                discs.setdefault(member, set()).add(disc)
        self._trusted: dict[str, str] = {
            name: next(iter(found)) for name, found in discs.items() if len(found) == 1
        }
        self._consts: dict[str, list[tuple[str, Any]]] = {
            m.name: [(f.wire_name, f.tag_value) for f in m.fields if f.tag_value is not None]
            for m in self.models
        }

    # -- structure -----------------------------------------------------------------------------------
    def _check(self, r: RType, var: str) -> Check | None:
        """The check that var holds a valid value of a simple type (None for Any)."""
        if isinstance(r, RAny):
            return None
        if isinstance(r, RPrim):
            if r.name == "None":
                return Check("null", var)
            if r.name == "float":
                return Check("number", var)
            return Check("scalar", var, name=r.name, message=_str(_SCALARS[r.name]))
        assert isinstance(r, RLit)
        if r.enum is not None:
            return Check("enum", var, name=r.enum)
        return Check(
            "literal",
            var,
            message=_str(f"expected one of [{', '.join(repr(v) for v in r.values)}], found "),
            values=", ".join(_lit(v) for v in r.values),
            types=", ".join(sorted({type(v).__name__ for v in r.values})),
        )

    def _assign(self, r: RType, src: str, var: str) -> Assign:
        if _simple(r):
            return Assign(var, src, check=self._check(r, var))
        return Assign(var, src, fn=self.structure_fn(r))

    def structure_fn(self, r: RType) -> str:
        """The name of a function that structures a value of run-time type r."""
        if isinstance(r, RClass):
            return f"_s_{r.name}"
        if r in self._names:
            return self._names[r]
        name = f"_s_{_slug(r)}"
        if len(name) > 60 or name in self._taken:
            base = name[:50]
            n = 2
            while f"{base}_{n}" in self._taken:
                n += 1
            name = f"{base}_{n}"
        self._names[r] = name
        self._taken.add(name)
        self._functions.append(self._function(name, r))
        return name

    def _function(self, name: str, r: RType) -> Function:
        if _simple(r):
            return Function(name, "simple", check=self._check(r, "v"))
        if isinstance(r, RList | RDict):
            item = r.item if isinstance(r, RList) else r.value
            kind: Literal["list", "dict"] = "list" if isinstance(r, RList) else "dict"
            if _simple(item):
                return Function(name, kind, check=self._check(item, "x"))
            return Function(name, kind, item_fn=self.structure_fn(item))
        if isinstance(r, RTagged):
            table = f"_TAGS_{r.name}"
            self._functions.append(
                TagTable(
                    table,
                    tuple(
                        (_lit(tag), f"_{'t' if member in self._trusted else 's'}_{member}")
                        for tag, member in r.tags
                    ),
                )
            )
            expected = [str(tag) for tag, _ in r.tags]
            return Function(
                name,
                "tagged",
                table=table,
                disc=_str(r.discriminator),
                union=r.name,
                expected=repr(expected),
                message=_str(f"{r.name} needs the {r.discriminator!r} key (one of {expected})"),
            )
        assert isinstance(r, RUnion)
        return Function(
            name,
            "union",
            branches=self._branches(r),
            message=_str(f"expected {describe(r)}, found "),
        )

    def _branches(self, r: RUnion) -> tuple[Branch, ...]:
        # Like the untagged hook: the first member whose shape accepts the value decodes it.
        out: list[Branch] = []
        for m in r.members:
            if isinstance(m, RUnset):
                continue
            if isinstance(m, RAny):
                out.append(Branch("any"))
                break
            if isinstance(m, RPrim):
                if m.name == "None":
                    out.append(Branch("null"))
                elif m.name == "float":
                    out.append(Branch("number"))
                else:
                    out.append(Branch("scalar", name=m.name))
            elif isinstance(m, RLit):
                if m.enum is not None and all(isinstance(x, str) for x in m.values):
                    out.append(Branch("string"))
                else:
                    values = ", ".join(_lit(x) for x in m.values)
                    out.append(Branch("literal", values=values, check=self._check(m, "v")))
            elif isinstance(m, RList | RDict):
                kind: Literal["list", "dict"] = "list" if isinstance(m, RList) else "dict"
                out.append(Branch(kind, fn=self.structure_fn(m)))
            elif isinstance(m, RClass):
                conds = tuple((_str(w), _lit(fixed)) for w, fixed in self._consts[m.name])
                out.append(Branch("class", fn=f"_s_{m.name}", conds=conds))
            else:  # a tagged union inside a union is flattened; nothing else is left
                raise AssertionError(f"unexpected union member {m}")
        return tuple(out)

    def class_structure(self, m: ModelDef) -> ClassStructure:
        """`_s_<Class>`: check each wire key and build the instance."""
        trusted_disc = self._trusted.get(m.name)
        head: list[Statement] = []
        body: list[Statement] = []
        for f in m.fields:
            wire = _str(f.wire_name)
            var = f"f_{f.py_name}"
            if f.tag_value is not None:
                # The attribute's default is that very value.
                (head if f.wire_name == trusted_disc else body).append(self._const_check(m, f))
                continue
            r = self.rt.field(f, self._py_type(f.type))
            if f.required:
                assign = self._assign(r, f"v[{wire}]", var)
                if isinstance(r, RLit):
                    assign = Assign(
                        var, assign.src, check=assign.check, annotation=self._field_type(f)
                    )
                body.append(assign)
            else:
                default = "UNSET" if f.unset_default else "None"
                check = None if isinstance(r, RAny) else self._assign(r, var, var)
                body.append(OptionalField(var, wire, default, check))
        setters = []
        for f in m.fields:
            # Built without __init__: each slot is set through its descriptor, which is about twice
            # as fast. The generated classes have no validators, converters or post-init hooks.
            name = f"_set_{m.name}_{f.py_name}"
            self._setters.append((name, m.name, f.py_name))
            setters.append(
                (name, _lit(f.tag_value) if f.tag_value is not None else f"f_{f.py_name}")
            )
        return ClassStructure(
            m.name, tuple(head), tuple(body), tuple(setters), trusted_disc is not None
        )

    def _const_check(self, m: ModelDef, f: Field) -> ConstCheck:
        return ConstCheck(
            wire=_str(f.wire_name),
            var=f"f_{f.py_name}",
            fixed=_lit(f.tag_value),
            type_name=type(f.tag_value).__name__,
            message=_str(f"{f.wire_name!r} must be {f.tag_value!r} for {m.name}, found "),
        )

    # -- unstructure ---------------------------------------------------------------------------------
    def _unstructure_expr(self, r: RType, expr: str) -> str:
        if _plain_json(r):
            return expr
        if isinstance(r, RClass):
            return f"_u_{r.name}({expr})"
        if isinstance(r, RList):
            if _plain_json(r.item):
                return f"list({expr})"
            return f"[{self._unstructure_expr(r.item, 'x')} for x in {expr}]"
        if isinstance(r, RDict):
            if _plain_json(r.value):
                return f"dict({expr})"
            return f"{{k: {self._unstructure_expr(r.value, 'x')} for k, x in {expr}.items()}}"
        if isinstance(r, RAny) and expr.isidentifier():
            # Usually a JSON scalar: the type test is cheaper than the call.
            return f"{expr} if type({expr}) in _PRIMITIVES else _u_any({expr})"
        return f"_u_any({expr})"

    def class_unstructure(self, m: ModelDef) -> ClassUnstructure:
        """`_u_<Class>`: the instance as a JSON object."""
        # As cattrs writes them: the always-written fields first (one dict literal), then each
        # optional field unless it holds its default, both in attribute order.
        fixed: list[tuple[str, str]] = []
        optional: list[tuple[str, str, str, str, str]] = []
        for f in m.fields:
            wire = _str(f.wire_name)
            always = f.required or f.tag_value is not None
            var = f"o.{f.py_name}" if always else f"x_{f.py_name}"
            if f.tag_value is not None:
                value = var
            else:
                r = self.rt.field(f, self._py_type(f.type))
                if not always and not f.unset_default and isinstance(r, RUnion):
                    # `is not None` narrows X | None to X.
                    rest = [m for m in r.members if m != RPrim("None")]
                    if len(rest) == 1:
                        r = rest[0]
                value = self._unstructure_expr(r, var)
            if always:
                fixed.append((wire, value))
            else:
                default = "UNSET" if f.unset_default else "None"
                optional.append((var, f.py_name, default, wire, value))
        return ClassUnstructure(m.name, tuple(fixed), tuple(optional))

    # -- everything ----------------------------------------------------------------------------------
    def plan(self) -> Plan:
        """The functions, then the tables that map types to them."""
        classes = [self.class_structure(m) for m in self.models]
        unclasses = [self.class_unstructure(m) for m in self.models]
        keys: list[tuple[str, str]] = []
        seen: set[str] = set()
        for d in self.schema.definitions:
            if isinstance(d, ModelDef):
                keys.append((d.name, f"_s_{d.name}"))
            elif isinstance(d, EnumDef):
                keys.append((d.name, self.structure_fn(self.rt.literal(d.values))))
            elif isinstance(d, UnionDef):
                keys.append((d.name, self.structure_fn(self.rt.resolve(Named(d.name)))))
            elif isinstance(d, AliasDef):
                keys.append((d.name, self.structure_fn(self.rt.resolve(d.type))))
            seen.add(d.name)
        for e in self.schema.endpoints:
            for t in (e.parameter, e.returns, e.creation_parameter, e.to_client, e.to_server):
                if t is None:
                    continue
                spelled = self._py_type(t)
                if spelled not in seen:
                    seen.add(spelled)
                    keys.append((spelled, self.structure_fn(self.rt.resolve(t))))
        return Plan(
            setters=tuple(self._setters),
            classes=tuple(classes),
            functions=tuple(self._functions),
            unclasses=tuple(unclasses),
            structure=tuple(keys),
            unstructure=tuple(m.name for m in self.models),
        )
