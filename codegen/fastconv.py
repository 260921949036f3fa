"""Straight-line structure/unstructure functions for the converter template.

The generic cattrs converter dispatches on the type at every level of every message. For the tolerant
converter (what clients and servers decode with) the generator writes one plain function per class
instead: `_s_<Class>(value) -> Class` and `_u_<Class>(obj) -> dict`, with tagged unions dispatched by a
dict lookup on the tag, and one small function per list, map or untagged union type that fields use.

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
from typing import Any

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
# Code generation


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


class Generator:
    """Writes the functions; `source()` is the text the converter template includes."""

    def __init__(self, schema: Schema, py_type: Any, field_type: Any) -> None:
        self.schema = schema
        self.rt = RuntimeTypes(schema)
        self._py_type = py_type
        self._field_type = field_type
        self._functions: list[str] = []
        self._setters: list[str] = []
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
    def _check(self, r: RType, var: str) -> list[str]:
        """Statements that raise unless var holds a valid value of a simple type."""
        if isinstance(r, RAny):
            return []
        if isinstance(r, RPrim):
            if r.name == "None":
                return [
                    f"if {var} is not None:",
                    f'    raise TypeError("expected null, found " + _type_name({var}))',
                ]
            if r.name == "float":
                return [
                    f"if not isinstance({var}, (int, float)) or isinstance({var}, bool):",
                    f'    raise _wrong({var}, "a number")',
                ]
            return [
                f"if type({var}) is not {r.name}:",
                f"    raise _wrong({var}, {_str(_SCALARS[r.name])})",
            ]
        assert isinstance(r, RLit)
        if r.enum is not None:
            return [
                f"if not isinstance({var}, str):",
                f'    raise TypeError("expected a string ({r.enum}), found " + _type_name({var}))',
            ]
        values = ", ".join(_lit(v) for v in r.values)
        types = ", ".join(sorted({type(v).__name__ for v in r.values}))
        expected = _str(f"expected one of [{', '.join(repr(v) for v in r.values)}], found ")
        return [
            f"if {var} not in ({values},) or type({var}) not in ({types},):",
            f"    raise ValueError({expected} + repr({var}))",
        ]

    def _assign(self, r: RType, src: str, var: str) -> list[str]:
        """Statements that set var to the structured value of the expression src."""
        if _simple(r):
            return [f"{var} = {src}", *self._check(r, var)]
        return [f"{var} = {self.structure_fn(r)}({src})"]

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
        body = self._structure_body(r)
        self._functions.append(
            f"def {name}(v: Any) -> Any:\n" + "".join(f"    {line}\n" for line in body)
        )
        return name

    def _structure_body(self, r: RType) -> list[str]:
        if _simple(r):
            return [*self._check(r, "v"), "return v"]
        if isinstance(r, RList):
            head = [
                "if not isinstance(v, list):",
                '    raise TypeError("expected an array, found " + _type_name(v))',
            ]
            if isinstance(r.item, RAny):
                return [*head, "return list(v)"]
            if _simple(r.item):
                return [*head, "for x in v:", *_indent(self._check(r.item, "x")), "return list(v)"]
            return [*head, f"return [{self.structure_fn(r.item)}(x) for x in v]"]
        if isinstance(r, RDict):
            head = [
                "if not isinstance(v, dict):",
                '    raise TypeError("expected an object, found " + _type_name(v))',
            ]
            if isinstance(r.value, RAny):
                return [*head, "return dict(v)"]
            if _simple(r.value):
                return [
                    *head,
                    "for x in v.values():",
                    *_indent(self._check(r.value, "x")),
                    "return dict(v)",
                ]
            return [*head, f"return {{k: {self.structure_fn(r.value)}(x) for k, x in v.items()}}"]
        if isinstance(r, RTagged):
            expected = [str(tag) for tag, _ in r.tags]
            tags = ", ".join(
                f"{_lit(tag)}: _{'t' if member in self._trusted else 's'}_{member}"
                for tag, member in r.tags
            )
            table = f"_TAGS_{r.name}"
            self._functions.append(
                f"{table}: Final[dict[Any, Callable[[Any], Any]]] = {{{tags}}}\n"
            )
            disc = _str(r.discriminator)
            return [
                "if isinstance(v, dict):",
                f"    fn = {table}.get(v.get({disc}, _NO_TAG))",
                "    if fn is not None:",
                "        return fn(v)",
                "else:",
                f'    raise TypeError("expected an object ({r.name}), found " + _type_name(v))',
                f"if {disc} not in v:",
                f"    raise KeyError({_str(f'{r.name} needs the {r.discriminator!r} key (one of {expected})')})",
                f"raise UnknownTagError({_str(r.name)}, {disc}, v[{disc}], {expected!r})",
            ]
        assert isinstance(r, RUnion)
        # Like the untagged hook: the first member whose shape accepts the value decodes it.
        lines: list[str] = []
        for m in r.members:
            if isinstance(m, RUnset):
                continue
            if isinstance(m, RAny):
                lines.append("return v")
                return lines
            if isinstance(m, RPrim):
                if m.name == "None":
                    lines += ["if v is None:", "    return None"]
                elif m.name == "float":
                    lines += [
                        "if isinstance(v, (int, float)) and not isinstance(v, bool):",
                        "    return v",
                    ]
                else:
                    lines += [f"if type(v) is {m.name}:", "    return v"]
            elif isinstance(m, RLit):
                if m.enum is not None and all(isinstance(x, str) for x in m.values):
                    lines += ["if isinstance(v, str):", "    return v"]
                else:
                    values = ", ".join(_lit(x) for x in m.values)
                    lines += [
                        f"if isinstance(v, (str, int, float, bool)) and v in ({values},):",
                        *_indent(self._check(m, "v")),
                        "    return v",
                    ]
            elif isinstance(m, RList):
                lines += ["if isinstance(v, list):", f"    return {self.structure_fn(m)}(v)"]
            elif isinstance(m, RDict):
                lines += ["if isinstance(v, dict):", f"    return {self.structure_fn(m)}(v)"]
            elif isinstance(m, RClass):
                conds = ["isinstance(v, dict)"] + [
                    f"v.get({_str(wire)}, {_lit(fixed)}) == {_lit(fixed)}"
                    for wire, fixed in self._consts[m.name]
                ]
                lines += [f"if {' and '.join(conds)}:", f"    return _s_{m.name}(v)"]
            else:  # a tagged union inside a union is flattened; nothing else is left
                raise AssertionError(f"unexpected union member {m}")
        lines.append(f"raise TypeError({_str(f'expected {describe(r)}, found ')} + _type_name(v))")
        return lines

    def class_structure(self, m: ModelDef) -> str:
        """`_s_<Class>`: check each wire key and build the instance."""
        head = [
            "if not isinstance(v, dict):",
            f'    raise TypeError("expected an object ({m.name}), found " + _type_name(v))',
        ]
        trusted_disc = self._trusted.get(m.name)
        lines: list[str] = []
        for f in m.fields:
            wire = _str(f.wire_name)
            var = f"f_{f.py_name}"
            if f.tag_value is not None:
                if f.wire_name == trusted_disc:
                    head += self._const_check(m, f)
                    continue
                lines += self._const_check(m, f)
                continue  # the attribute's default is that very value
            r = self.rt.field(f, self._py_type(f.type))
            if f.required:
                lines += self._assign(r, f"v[{wire}]", var)
                if isinstance(r, RLit):
                    # Annotated, so that the check does not narrow an enum value to plain str.
                    lines[-len(self._check(r, var)) - 1] = (
                        f"{var}: {self._field_type(f)} = v[{wire}]"
                    )
            else:
                default = "UNSET" if f.unset_default else "None"
                lines.append(f"{var} = v.get({wire}, {default})")
                check = [] if isinstance(r, RAny) else self._assign(r, var, var)
                if check:
                    lines += [f"if {var} is not {default}:", *_indent(check)]
        # Built without __init__: each slot is set through its descriptor, which is about twice as
        # fast. The generated classes have no validators, converters or post-init hooks to skip.
        lines.append(f"o = _new({m.name})")
        for f in m.fields:
            value = _lit(f.tag_value) if f.tag_value is not None else f"f_{f.py_name}"
            lines.append(f"{self._setter(m, f)}(o, {value})")
        lines.append("return o")
        if trusted_disc is None:
            return _function(f"_s_{m.name}(v: Any) -> {m.name}", head + lines)
        return _function(
            f"_s_{m.name}(v: Any) -> {m.name}", [*head, f"return _t_{m.name}(v)"]
        ) + _function(f"_t_{m.name}(v: Any) -> {m.name}", lines)

    def _const_check(self, m: ModelDef, f: Field) -> list[str]:
        wire, var, fixed = _str(f.wire_name), f"f_{f.py_name}", _lit(f.tag_value)
        message = _str(f"{f.wire_name!r} must be {f.tag_value!r} for {m.name}, found ")
        return [
            f"if {wire} in v:",
            f"    {var} = v[{wire}]",
            f"    if {var} != {fixed} or type({var}) is not {type(f.tag_value).__name__}:",
            f"        raise ValueError({message} + repr({var}))",
        ]

    def _setter(self, m: ModelDef, f: Field) -> str:
        name = f"_set_{m.name}_{f.py_name}"
        self._setters.append(f'{name}: Final = {m.name}.__dict__["{f.py_name}"].__set__\n')
        return name

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

    def class_unstructure(self, m: ModelDef) -> str:
        """`_u_<Class>`: the instance as a JSON object."""
        # As cattrs writes them: the always-written fields first (one dict literal), then each
        # optional field unless it holds its default, both in attribute order.
        fixed: list[str] = []
        lines: list[str] = []
        for f in m.fields:
            wire = _str(f.wire_name)
            always = f.required or f.tag_value is not None
            var = f"o.{f.py_name}" if always else f"x_{f.py_name}"
            if f.tag_value is not None:
                value = var
            else:
                r = self.rt.field(f, self._py_type(f.type))
                if not always and not f.unset_default and isinstance(r, RUnion):
                    # `is not None` below narrows X | None to X.
                    rest = [m for m in r.members if m != RPrim("None")]
                    if len(rest) == 1:
                        r = rest[0]
                value = self._unstructure_expr(r, var)
            if always:
                fixed.append(f"{wire}: {value}")
            else:
                default = "UNSET" if f.unset_default else "None"
                lines += [
                    f"{var} = o.{f.py_name}",
                    f"if {var} is not {default}:",
                    f"    d[{wire}] = {value}",
                ]
        body = [f"d: dict[str, Any] = {{{', '.join(fixed)}}}", *lines, "return d"]
        return f"def _u_{m.name}(o: {m.name}) -> dict[str, Any]:\n" + "".join(
            f"    {x}\n" for x in body
        )

    # -- everything ----------------------------------------------------------------------------------
    def source(self) -> str:
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
        out = ["".join(self._setters), *classes, *self._functions, *unclasses]
        table = "".join(f"    {k}: {fn},\n" for k, fn in keys)
        out.append(
            "_STRUCTURE: Final[dict[Any, Callable[[Any], Any]]] = {\n" + table + "}\n"
            '"""Type -> its specialised structure function (tolerant)."""\n'
        )
        untable = "".join(f"    {m.name}: _u_{m.name},\n" for m in self.models)
        out.append(
            "_UNSTRUCTURE: Final[dict[type, Callable[[Any], Any]]] = {\n" + untable + "}\n"
            '"""Class -> its specialised unstructure function."""\n'
        )
        return "\n\n".join(out)


def _function(signature: str, body: list[str]) -> str:
    return f"def {signature}:\n" + "".join(f"    {line}\n" for line in body) + "\n\n"


def _indent(lines: list[str]) -> list[str]:
    return [f"    {line}" for line in lines]
