"""Render the IR through the Jinja2 templates into Python source text (one string per file)."""

from __future__ import annotations

import hashlib
import json
import keyword
import re
from pathlib import Path
from typing import Any

import jinja2

from codegen.fastconv import Generator
from codegen.ir import (
    AliasDef,
    Constraint,
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
    UnionOf,
)
from codegen.loader import SchemaError

TEMPLATES = Path(__file__).parent / "templates"
PACKAGE = "lmsdk._generated"


def generator_hash() -> str:
    """A hash over the generator's own code and templates, so that changing either marks output stale."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted([*here.glob("*.py"), *TEMPLATES.glob("*.jinja")]):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def py_type(t: TypeExpr) -> str:
    """The Python annotation for a type expression."""
    if isinstance(t, Prim):
        return t.name
    if isinstance(t, Named):
        return t.name
    if isinstance(t, ListOf):
        return f"list[{py_type(t.item)}]"
    if isinstance(t, DictOf):
        return f"dict[str, {py_type(t.value)}]"
    if isinstance(t, LiteralOf):
        return f"Literal[{', '.join(_literal(v) for v in t.values)}]"
    members = [py_type(m) for m in t.members if m != Prim("None")]
    if Prim("Any") in t.members:
        return "Any"
    if Prim("None") in t.members:
        members.append("None")
    return " | ".join(members)


def field_type(f: Field) -> str:
    """The annotation of an attribute, with None or UNSET added for optional fields."""
    base = py_type(f.type)
    if f.required or f.tag_value is not None:
        return base
    if f.unset_default:
        return f"{base} | Unset" if base != "Any" else "Any"
    return base if base.endswith("| None") or base == "Any" else f"{base} | None"


def field_default(f: Field) -> str | None:
    """The default value expression of an attribute, or None when it is required."""
    if f.tag_value is not None:
        return _literal(f.tag_value)
    if f.required:
        return None
    return "UNSET" if f.unset_default else "None"


def _literal(v: Any) -> str:
    return repr(v) if not isinstance(v, str) else json.dumps(v)


def named_refs(t: TypeExpr | None) -> set[str]:
    """Every definition name a type expression mentions."""
    if t is None:
        return set()
    if isinstance(t, Named):
        return {t.name}
    if isinstance(t, ListOf):
        return named_refs(t.item)
    if isinstance(t, DictOf):
        return named_refs(t.value)
    if isinstance(t, UnionOf):
        return set().union(*(named_refs(m) for m in t.members))
    return set()


def _refs_of(d: Definition) -> set[str]:
    if isinstance(d, ModelDef):
        return set().union(set(), *(named_refs(f.type) for f in d.fields))
    if isinstance(d, UnionDef):
        return {name for _, name in d.members}
    if isinstance(d, AliasDef):
        return named_refs(d.type)
    return set()


def _ordered(defs: list[Definition], local: set[str]) -> list[Definition]:
    """Classes first (their annotations are lazy), then aliases in dependency order."""
    classes = [d for d in defs if isinstance(d, ModelDef | EnumDef)]
    rest = [d for d in defs if not isinstance(d, ModelDef | EnumDef)]
    done = {d.name for d in classes}
    out: list[Definition] = list(classes)
    while rest:
        ready = [d for d in rest if (_refs_of(d) & local) <= done]
        if not ready:
            raise ValueError(f"alias cycle among {[d.name for d in rest]}")
        for d in ready:
            out.append(d)
            done.add(d.name)
            rest.remove(d)
    return out


def _doc(text: str | None, indent: int) -> str:
    """A docstring body that ruff's D rules accept: first line ends with a period."""
    text = (text or "").strip()
    if not text:
        return ""
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    first, _, rest = text.partition("\n")
    if not first.endswith((".", "?", "!")):
        first += "."
    pad = " " * indent
    body = (
        first
        if not rest
        else first + "\n\n" + "\n".join(pad + ln if ln else "" for ln in rest.splitlines())
    )
    return body


def _bounds(c: Constraint) -> str:
    """The `Bounds(...)` expression of a field's constraints."""
    parts = [
        f"{name}={_literal(getattr(c, name))}"
        for name in (
            "minimum",
            "maximum",
            "exclusive_minimum",
            "exclusive_maximum",
            "min_length",
            "max_length",
            "min_items",
            "max_items",
        )
        if getattr(c, name) is not None
    ]
    if c.items is not None:
        parts.append(f"items={_bounds(c.items)}")
    return f"Bounds({', '.join(parts)})"


def _method_name(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


class Renderer:
    """Turn one Schema into {relative path: source text}."""

    def __init__(self, schema: Schema, *, package: str = PACKAGE) -> None:
        self.schema = schema
        self.package = package
        self.index = schema.by_name()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            py_type=py_type,
            field_type=field_type,
            field_default=field_default,
            doc=_doc,
            method_name=_method_name,
            bounds=_bounds,
            literal=_literal,
            tojson=lambda v: json.dumps(v, sort_keys=True),
        )
        self.env.filters["dict_field_type"] = self.dict_field_type
        self.env.tests["identifier"] = lambda name: (
            name.isidentifier() and not keyword.iskeyword(name)
        )
        self.header = self.env.get_template("_header.jinja").render(
            schema_hash=schema.schema_hash, generator_hash=generator_hash()
        )

    def module_of(self, name: str) -> str:
        """The generated module that defines a name."""
        return self.index[name].module

    def imports_for(
        self, names: set[str], exclude_module: str | None = None
    ) -> dict[str, list[str]]:
        """Group names by the module to import them from."""
        by_module: dict[str, set[str]] = {}
        for name in names:
            mod = self.module_of(name)
            if mod != exclude_module:
                by_module.setdefault(mod, set()).add(name)
        return {m: sorted(v) for m, v in sorted(by_module.items())}

    def render(self, template: str, **ctx: Any) -> str:
        """Render one template with the shared context."""
        body = self.env.get_template(template).render(
            header=self.header, package=self.package, schema=self.schema, **ctx
        )
        return body

    def check_module_cycles(self) -> None:
        """Refuse schemas whose folders import each other: Python could not import the result."""
        deps: dict[str, set[str]] = {m: set() for m in self.schema.modules}
        for d in self.schema.definitions:
            deps[d.module] |= {self.module_of(n) for n in _refs_of(d)} - {d.module}

        def visit(module: str, path: tuple[str, ...]) -> None:
            for dep in sorted(deps[module]):
                if dep in path:
                    cycle = " -> ".join((*path[path.index(dep) :], dep))
                    raise SchemaError(
                        f"schema folders reference each other in a cycle ({cycle}); "
                        "move the shared definitions into one folder"
                    )
                visit(dep, (*path, dep))

        for module in self.schema.modules:
            visit(module, (module,))

    def check_distinct_types(self) -> None:
        """Refuse two unions (or enums) that are the same Python type under two names.

        `A | B` is one object however often it is written, so the converter's tables, keyed by type,
        could keep only one of the names; errors would then name the wrong definition.
        """
        seen: dict[object, str] = {}
        for d in self.schema.definitions:
            if isinstance(d, UnionDef) and len(d.members) > 1:
                key: object = ("union", frozenset(name for _, name in d.members))
            elif isinstance(d, EnumDef):
                key = ("enum", frozenset(d.values))
            else:
                continue
            if key in seen:
                raise SchemaError(
                    f"{d.source}: {d.name} is the same type as {seen[key]}; define it once and "
                    "reference that definition from both places"
                )
            seen[key] = d.name

    def required_since(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Revision -> class name -> wire names of the fields it requires (x-required-since)."""
        table: dict[str, dict[str, tuple[str, ...]]] = {}
        for d in self.schema.definitions:
            if not isinstance(d, ModelDef):
                continue
            for f in d.fields:
                if f.required_since is not None:
                    names = table.setdefault(f.required_since, {}).get(d.name, ())
                    table[f.required_since][d.name] = (*names, f.wire_name)
        return {rev: table[rev] for rev in sorted(table)}

    def config_dict_models(self, roots: list[ModelDef]) -> list[ModelDef]:
        """The config classes and every object class their fields reach, in schema order."""
        reached: set[str] = set()
        todo = [d.name for d in roots]
        while todo:
            name = todo.pop()
            if name in reached:
                continue
            d = self.index[name]
            if isinstance(d, ModelDef):
                reached.add(name)
                todo.extend(n for f in d.fields for n in named_refs(f.type))
            elif isinstance(d, UnionDef):
                todo.extend(m for _, m in d.members)
            elif isinstance(d, AliasDef):
                todo.extend(named_refs(d.type))
        return [d for d in self.schema.definitions if isinstance(d, ModelDef) and d.name in reached]

    def dict_type(self, t: TypeExpr) -> str:
        """A field's type in a config dict: each object may also be given as its dict."""
        if isinstance(t, Named):
            d = self.index[t.name]
            if isinstance(d, ModelDef):
                return f"{t.name} | {t.name}Dict"
            if isinstance(d, UnionDef):
                return " | ".join(f"{m} | {m}Dict" for _, m in d.members)
            return t.name
        if isinstance(t, ListOf):
            return f"list[{self.dict_type(t.item)}]"
        if isinstance(t, DictOf):
            return f"dict[str, {self.dict_type(t.value)}]"
        if isinstance(t, UnionOf):
            if Prim("Any") in t.members:
                return "Any"
            return " | ".join(self.dict_type(m) for m in t.members)
        return py_type(t)

    def dict_field_type(self, f: Field) -> str:
        """The annotation of a config dict key: Required for a required field or a union tag."""
        base = self.dict_type(f.type)
        if f.tag_value is not None:
            return f"Required[{py_type(LiteralOf((f.tag_value,)))}]"
        return f"Required[{base}]" if f.required else base

    def files(self) -> dict[str, str]:
        """Every generated file, unformatted."""
        self.check_module_cycles()
        self.check_distinct_types()
        out: dict[str, str] = {}
        out["base.py"] = self.render("base.py.jinja")
        for module in self.schema.modules:
            defs = self.schema.in_module(module)
            local = {d.name for d in defs}
            refs = set().union(*(_refs_of(d) for d in defs)) - local
            out[f"{module}.py"] = self.render(
                "models.py.jinja",
                module=module,
                definitions=_ordered(defs, local),
                imports=self.imports_for(refs, module),
            )
        out["converter.py"] = self.render(
            "converter.py.jinja",
            models=[d for d in self.schema.definitions if isinstance(d, ModelDef)],
            unions=[d for d in self.schema.definitions if isinstance(d, UnionDef)],
            enums=[d for d in self.schema.definitions if isinstance(d, EnumDef)],
            imports=self.imports_for(set(self.index)),
            plan=Generator(self.schema, py_type, field_type).plan(),
        )
        out["converter_runtime.py"] = self.render("converter_runtime.py.jinja")
        kv_models = [
            d
            for d in self.schema.definitions
            if isinstance(d, ModelDef) and any(f.kv for f in d.fields)
        ]
        out["kv_fields.py"] = self.render("kv_fields.py.jinja", models=kv_models)
        out["constraints.py"] = self.render(
            "constraints.py.jinja",
            models=[
                d
                for d in self.schema.definitions
                if isinstance(d, ModelDef) and any(f.constraint for f in d.fields)
            ],
            kv_models=kv_models,
        )
        dict_models = self.config_dict_models(kv_models)
        dict_refs: set[str] = set()
        for name in set().union(
            set(), *(named_refs(f.type) for d in dict_models for f in d.fields)
        ):
            found = self.index[name]
            # A union's members appear in the annotation, not the union's own name.
            if isinstance(found, UnionDef):
                dict_refs.update(m for _, m in found.members)
            else:
                dict_refs.add(name)
        out["config_dicts.py"] = self.render(
            "config_dicts.py.jinja", models=dict_models, imports=self.imports_for(dict_refs)
        )
        endpoints_since: dict[str, list[str]] = {}
        for e in self.schema.endpoints:
            if e.since is not None:
                endpoints_since.setdefault(e.since, []).append(f"{e.namespace}/{e.name}")
        out["revisions.py"] = self.render(
            "revisions.py.jinja",
            revisions=self.required_since(),
            endpoints_since={rev: endpoints_since[rev] for rev in sorted(endpoints_since)},
        )
        namespaces = list(self.schema.namespaces)
        endpoint_refs = set().union(
            set(),
            *(
                named_refs(t)
                for e in self.schema.endpoints
                for t in (e.parameter, e.returns, e.creation_parameter, e.to_client, e.to_server)
            ),
        )
        common = dict(
            namespaces=namespaces,
            endpoints=self.schema.endpoints,
            imports=self.imports_for(endpoint_refs),
        )
        for mode, name in (
            ("spec", "endpoints"),
            ("async", "client_async"),
            ("sync", "client_sync"),
            ("server", "server"),
        ):
            out[f"{name}.py"] = self.render("endpoints.py.jinja", mode=mode, **common)
        out["__init__.py"] = self.render("init.py.jinja")
        return out
