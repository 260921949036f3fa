"""Load schema/ into the IR.

Only the JSON Schema subset described in schema/README.md is accepted; anything else is an error that
names the file and JSON pointer, because silently guessing would emit bindings that disagree with the
wire.
"""

from __future__ import annotations

import hashlib
import json
import keyword
import re
from pathlib import Path, PurePosixPath
from typing import Any

from codegen.ir import (
    AliasDef,
    Constraint,
    DictOf,
    Endpoint,
    EnumDef,
    Field,
    KvInfo,
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

JsonObj = dict[str, Any]

# Directory name -> generated module name, where the two should differ.
MODULE_NAMES = {"models": "model_info"}

_PRIMS: dict[str, TypeExpr] = {
    "string": Prim("str"),
    "integer": Prim("int"),
    "number": Prim("float"),
    "boolean": Prim("bool"),
    "null": Prim("None"),
}


class SchemaError(Exception):
    """The schema uses something outside the supported subset."""


def snake_case(name: str) -> str:
    """Turn a camelCase wire name into a snake_case attribute name."""
    name = name.lstrip("$")
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = name.replace("-", "_").replace(".", "_").lower()
    return name + "_" if keyword.iskeyword(name) else name


def schema_files(root: Path) -> list[Path]:
    """Every schema file below root, in a stable order."""
    return sorted(p for p in root.rglob("*.json") if p.is_file())


def schema_hash(root: Path) -> str:
    """A hash over the relative paths and bytes of every schema file."""
    h = hashlib.sha256()
    for path in schema_files(root):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.docs: dict[str, JsonObj] = {}
        for path in schema_files(root):
            rel = path.relative_to(root).as_posix()
            try:
                self.docs[rel] = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise SchemaError(f"{rel}: not valid JSON: {exc}") from exc
        self.defs: list[Any] = []
        self.names: dict[str, str] = {}  # class name -> "file#/$defs/Name" where it was defined

    # -- references ---------------------------------------------------------------------------
    def resolve(self, ref: str, here: str, where: str) -> tuple[str, str, JsonObj]:
        """(file, name, node) of the definition a $ref in file `here`, at pointer `where`, names."""
        file_part, _, pointer = ref.partition("#")
        target = str(PurePosixPath(here).parent.joinpath(file_part)) if file_part else here
        target = _normalise(target)
        if target not in self.docs:
            raise SchemaError(f"{where}: $ref {ref!r} names a file that does not exist")
        parts = [p for p in pointer.split("/") if p]
        if len(parts) != 2 or parts[0] != "$defs":
            raise SchemaError(f"{where}: $ref {ref!r} must point at #/$defs/<Name>")
        node = self.docs[target].get("$defs", {}).get(parts[1])
        if node is None:
            raise SchemaError(f"{where}: $ref {ref!r}: no such definition")
        return target, parts[1], node

    # -- definitions --------------------------------------------------------------------------
    def load(self) -> Schema:
        for rel, doc in self.docs.items():
            for name, node in doc.get("$defs", {}).items():
                self.define(rel, name, node)
        endpoints: list[Endpoint] = []
        namespaces: set[str] = set()
        for rel, doc in self.docs.items():
            if "x-endpoints" in doc:
                endpoints.extend(self.endpoints(rel, doc))
                namespaces.add(doc["x-namespace"])
        modules = tuple(sorted({d.module for d in self.defs}))
        return Schema(
            definitions=tuple(self.defs),
            endpoints=tuple(endpoints),
            namespaces=tuple(sorted(namespaces)),
            schema_hash=schema_hash(self.root),
            modules=modules,
        )

    def module_of(self, rel: str) -> str:
        top = PurePosixPath(rel).parts[0] if "/" in rel else PurePosixPath(rel).stem
        return MODULE_NAMES.get(top, top)

    def claim(self, name: str, where: str) -> None:
        if name in self.names:
            raise SchemaError(
                f"{where}: class name {name!r} is already defined at {self.names[name]}"
            )
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            raise SchemaError(f"{where}: definition name {name!r} must be PascalCase")
        self.names[name] = where

    def define(self, rel: str, name: str, node: JsonObj) -> None:
        where = f"{rel}#/$defs/{name}"
        self.claim(name, where)
        module = self.module_of(rel)
        desc = node.get("description")
        if node.get("type") == "object" and "properties" in node:
            self.defs.append(self.model(rel, name, node, module, where))
        elif node.get("type") == "string" and "enum" in node:
            self.defs.append(EnumDef(name, module, desc, tuple(node["enum"]), where))
        elif "oneOf" in node and (tagged := self.tagged_union(rel, node, where)) is not None:
            disc, members = tagged
            self.defs.append(UnionDef(name, module, desc, disc, members, where))
        else:
            _no_constraints(node, where)
            self.defs.append(AliasDef(name, module, desc, self.type_of(rel, node, where), where))

    def model(self, rel: str, name: str, node: JsonObj, module: str, where: str) -> ModelDef:
        required = set(node.get("required", []))
        fields = []
        seen: set[str] = set()
        for wire, prop in node["properties"].items():
            py = snake_case(wire)
            if py in seen:
                raise SchemaError(f"{where}: two properties map to attribute {py!r}")
            seen.add(py)
            const = prop.get("const") if isinstance(prop, dict) else None
            kv = None
            if isinstance(prop, dict) and "x-kv-key" in prop:
                extra = tuple(
                    sorted(
                        (k[len("x-kv-") :], v)
                        for k, v in prop.items()
                        if k.startswith("x-kv-") and k not in _KV_MAIN
                    )
                )
                kv = KvInfo(
                    key=prop["x-kv-key"],
                    encoding=prop.get("x-kv-encoding", "plain"),
                    placeholder=prop.get("x-kv-placeholder"),
                    extra=extra,
                )
            fields.append(
                Field(
                    wire_name=wire,
                    py_name=py,
                    type=self.type_of(rel, prop, f"{where}/properties/{wire}"),
                    required=wire in required,
                    description=prop.get("description") if isinstance(prop, dict) else None,
                    tag_value=const,
                    kv=kv,
                    required_since=_required_since(prop, f"{where}/properties/{wire}"),
                    constraint=_constraint(prop, f"{where}/properties/{wire}"),
                )
            )
        unknown = required - set(node["properties"])
        if unknown:
            raise SchemaError(f"{where}: required names unknown properties {sorted(unknown)}")
        return ModelDef(name, module, node.get("description"), tuple(fields), where)

    def tagged_union(
        self, rel: str, node: JsonObj, where: str
    ) -> tuple[str, tuple[tuple[str, str], ...]] | None:
        """Infer the discriminator of a oneOf whose members all carry one const property."""
        members: list[tuple[str, JsonObj]] = []
        for i, sub in enumerate(node["oneOf"]):
            if "$ref" in sub:
                _, member_name, target = self.resolve(sub["$ref"], rel, f"{where}/oneOf/{i}")
            elif sub.get("type") == "object" and "title" in sub:
                member_name, target = sub["title"], sub
                self.define(rel, member_name, sub)
            else:
                raise SchemaError(f"{where}/oneOf/{i}: use a $ref or an object with a title")
            if target.get("type") != "object" or "properties" not in target:
                return None
            members.append((member_name, target))
        candidates = None
        for _, target in members:
            consts = {
                k for k, v in target["properties"].items() if isinstance(v, dict) and "const" in v
            }
            candidates = consts if candidates is None else candidates & consts
        if not candidates:
            raise SchemaError(f"{where}: oneOf members share no const property to discriminate on")
        disc = "type" if "type" in candidates else sorted(candidates)[0]
        tags = tuple((t["properties"][disc]["const"], n) for n, t in members)
        if len({tag for tag, _ in tags}) != len(tags):
            raise SchemaError(f"{where}: two oneOf members share the tag value on {disc!r}")
        return disc, tags

    # -- inline types -------------------------------------------------------------------------
    def type_of(self, rel: str, node: Any, where: str) -> TypeExpr:
        if node is True or node == {} or (isinstance(node, dict) and _only_annotations(node)):
            return Prim("Any")
        if not isinstance(node, dict):
            raise SchemaError(f"{where}: expected a schema object")
        if "$ref" in node:
            _, name, _ = self.resolve(node["$ref"], rel, where)
            return Named(name)
        if "const" in node:
            return LiteralOf((node["const"],))
        if "enum" in node:
            return LiteralOf(tuple(node["enum"]))
        for key in ("anyOf", "oneOf"):
            if key in node:
                subs = [self.type_of(rel, s, f"{where}/{key}/{i}") for i, s in enumerate(node[key])]
                return _union(subs)
        t = node.get("type")
        if isinstance(t, list):
            return _union([self.type_of(rel, {**node, "type": x}, where) for x in t])
        if t in _PRIMS:
            return _PRIMS[t]
        if t == "array":
            items = node.get("items", {})
            return ListOf(self.type_of(rel, items, f"{where}/items"))
        if t == "object":
            if "properties" in node:
                if "title" not in node:
                    raise SchemaError(f"{where}: an inline object with properties needs a title")
                self.define(rel, node["title"], node)
                return Named(node["title"])
            extra = node.get("additionalProperties", {})
            _no_constraints(extra, f"{where}/additionalProperties")
            return DictOf(self.type_of(rel, extra if isinstance(extra, dict) else {}, where))
        raise SchemaError(f"{where}: unsupported schema {json.dumps(node)[:120]}")

    # -- endpoint manifests -------------------------------------------------------------------
    def endpoints(self, rel: str, doc: JsonObj) -> list[Endpoint]:
        namespace = doc.get("x-namespace")
        if not isinstance(namespace, str):
            raise SchemaError(f"{rel}: a manifest needs x-namespace")
        out = []
        for name, entry in doc["x-endpoints"].items():
            where = f"{rel}#/x-endpoints/{name}"
            kind = entry.get("kind")
            if kind not in ("rpc", "channel"):
                raise SchemaError(f"{where}: kind must be 'rpc' or 'channel'")

            def typ(key: str, entry: JsonObj = entry, where: str = where) -> TypeExpr | None:
                return self.type_of(rel, entry[key], f"{where}/{key}") if key in entry else None

            out.append(
                Endpoint(
                    namespace=namespace,
                    name=name,
                    kind=kind,
                    description=entry.get("description"),
                    parameter=typ("parameter"),
                    returns=typ("returns"),
                    creation_parameter=typ("creationParameter"),
                    to_client=typ("toClientPacket"),
                    to_server=typ("toServerPacket"),
                    since=_since(entry.get("x-since", doc.get("x-since")), where),
                )
            )
        return out


_KV_MAIN = {"x-kv-key", "x-kv-encoding", "x-kv-placeholder"}


def _required_since(prop: Any, where: str) -> str | None:
    """The `x-required-since` revision of a property (see schema/README.md)."""
    return _since(prop.get("x-required-since") if isinstance(prop, dict) else None, where)


def _since(since: Any, where: str) -> str | None:
    """A protocol revision named by `x-since` or `x-required-since`, checked."""
    if since is not None and not (isinstance(since, str) and re.fullmatch(r"\d+(\.\d+)*", since)):
        raise SchemaError(f"{where}: a revision must be a version string like '2.0.0'")
    return since


# JSON Schema keyword -> Constraint attribute. Each applies to one kind of value only (numbers, strings,
# arrays), so the constraint of a `{"anyOf": [{"type": "integer", "minimum": 1}, {"const": false}]}`
# field is that of its number branch.
_CONSTRAINT_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
}
_COUNTS = {"min_length", "max_length", "min_items", "max_items"}


def _constraint(node: Any, where: str) -> Constraint | None:
    """The value constraints of a property: on it, on the branches of its anyOf/oneOf, on its items."""
    if not isinstance(node, dict):
        return None
    found: dict[str, Any] = {}
    items: Constraint | None = None
    branches = [(node, where)] + [
        (sub, f"{where}/{key}/{i}")
        for key in ("anyOf", "oneOf")
        for i, sub in enumerate(node.get(key, ()))
        if isinstance(sub, dict) and "$ref" not in sub
    ]
    for branch, at in branches:
        for key, attr in _CONSTRAINT_KEYS.items():
            if key not in branch:
                continue
            value = branch[key]
            ok = isinstance(value, int) if attr in _COUNTS else isinstance(value, int | float)
            if isinstance(value, bool) or not ok:
                kind = "a non-negative integer" if attr in _COUNTS else "a number"
                raise SchemaError(f"{at}/{key}: must be {kind}, found {json.dumps(value)}")
            if attr in found and found[attr] != value:
                raise SchemaError(
                    f"{at}/{key}: another branch of the property states a different {key}"
                )
            found[attr] = value
        sub_items = branch.get("items")
        if isinstance(sub_items, dict):
            items = items or _constraint(sub_items, f"{at}/items")
    if not found and items is None:
        return None
    return Constraint(**found, items=items)


def _no_constraints(node: Any, where: str) -> None:
    """Refuse value constraints where the bindings cannot carry them (only on properties)."""
    found = sorted(k for k in _CONSTRAINT_KEYS if isinstance(node, dict) and k in node)
    if found:
        raise SchemaError(
            f"{where}: {', '.join(found)} can only be stated on an object's property (or its items)"
        )


_ANNOTATIONS = {"description", "title", "examples", "default", "$comment"}


def _only_annotations(node: JsonObj) -> bool:
    return all(k in _ANNOTATIONS or k.startswith("x-") for k in node)


def _union(subs: list[TypeExpr]) -> TypeExpr:
    flat: list[TypeExpr] = []
    for s in subs:
        for m in s.members if isinstance(s, UnionOf) else (s,):
            if m not in flat:
                flat.append(m)
    return flat[0] if len(flat) == 1 else UnionOf(tuple(flat))


def _normalise(path: str) -> str:
    parts: list[str] = []
    for p in PurePosixPath(path).parts:
        if p == "..":
            parts.pop()
        elif p != ".":
            parts.append(p)
    return "/".join(parts)


def load_schema(root: Path) -> Schema:
    """Parse every schema file below root into the IR."""
    return _Loader(root).load()
