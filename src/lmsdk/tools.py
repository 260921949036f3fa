"""Tools for `act()` and `respond(tools=...)`: Python functions in, LM Studio tool definitions out.

A tool is a plain function (its JSON schema comes from the signature, the type hints and the
docstring's Google-style ``Args:`` section), a `ToolFunctionDef` (or the same as a dict) whose
parameters are either Python types or an explicit JSON schema, or a mix of both in one list.

Arguments a model sends are checked against the tool's JSON schema here, on the client, before the
function runs: a server may not constrain generation, and a call that does not fit must come back to
the model as an error message rather than as a Python exception deep inside the tool.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypedDict

import attrs

from lmsdk._generated.converter import structure
from lmsdk._generated.tools import (
    LlmTool,
    LlmToolFunction,
    LlmToolParameters,
    LlmToolUseSettingToolArray,
)
from lmsdk.errors import LMStudioClientError

__all__ = [
    "AsyncToolRunner",
    "ClientTool",
    "ToolDefinition",
    "ToolFunctionDef",
    "ToolFunctionDefDict",
    "ToolRunner",
    "parse_tools",
    "tool_use_setting",
]


class ToolFunctionDefDict(TypedDict):
    """A tool as a dict: the keyword arguments of `ToolFunctionDef`."""

    name: str
    description: str
    parameters: Mapping[str, Any]
    implementation: Callable[..., Any]


_NO_DEFAULT = object()


@attrs.frozen(kw_only=True)
class ToolFunctionDef:
    """A tool: its name and description for the model, its parameters, and the function to run.

    `parameters` is either a JSON schema of the arguments object (`{"type": "object", "properties":
    {...}, "required": [...]}`), or a mapping from parameter name to a Python type, or to
    `{"type": <type>, "default": <value>}` for an optional parameter (the official SDK's form).
    """

    name: str
    description: str
    parameters: Mapping[str, Any]
    implementation: Callable[..., Any]

    @classmethod
    def from_callable(
        cls,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> ToolFunctionDef:
        """Describe a function: parameters from its signature and hints, text from its docstring.

        Raises:
            LMStudioClientError: the function takes *args/**kwargs or a type has no JSON schema.
        """
        tool_name = name or getattr(function, "__name__", None)
        if not tool_name:
            raise LMStudioClientError(f"cannot tell the tool name of {function!r}; pass name=")
        summary, arg_docs = _parse_docstring(inspect.getdoc(function) or "")
        try:
            hints = typing.get_type_hints(function, include_extras=True)
            signature = inspect.signature(function)
        except (TypeError, ValueError, NameError) as exc:
            raise LMStudioClientError(
                f"cannot read the parameters of tool {tool_name!r}: {exc}"
            ) from None
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param in signature.parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise LMStudioClientError(
                    f"tool {tool_name!r}: *args and **kwargs cannot be described to a model"
                )
            annotation = hints.get(param.name, Any)
            schema = _schema_of(annotation, f"tool {tool_name!r}, parameter {param.name!r}")
            if param.name in arg_docs and "description" not in schema:
                schema = {**schema, "description": arg_docs[param.name]}
            if param.default is param.empty:
                required.append(param.name)
            elif _is_json(param.default):
                schema = {**schema, "default": param.default}
            properties[param.name] = schema
        parameters: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            parameters["required"] = required
        parameters["additionalProperties"] = False
        return cls(
            name=tool_name,
            description=description if description is not None else summary,
            parameters=parameters,
            implementation=function,
        )

    def json_schema(self) -> dict[str, Any]:
        """The JSON schema of the arguments object."""
        if isinstance(self.parameters.get("type"), str):
            return dict(self.parameters)  # already a JSON schema
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param, spec in self.parameters.items():
            where = f"tool {self.name!r}, parameter {param!r}"
            default: Any = _NO_DEFAULT
            if isinstance(spec, Mapping):
                if "type" not in spec:
                    raise LMStudioClientError(f"{where}: a dict parameter needs a 'type' key")
                default = spec.get("default", _NO_DEFAULT)
                spec = spec["type"]
            schema = _schema_of(spec, where)
            if default is _NO_DEFAULT:
                required.append(param)
            elif _is_json(default):
                schema = {**schema, "default": default}
            properties[param] = schema
        schema_out: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema_out["required"] = required
        schema_out["additionalProperties"] = False
        return schema_out


ToolDefinition = ToolFunctionDef | ToolFunctionDefDict | Callable[..., Any]
"""What act() and respond() accept as one tool."""


@attrs.frozen(kw_only=True)
class ClientTool:
    """A tool ready to offer and run: its wire definition, schema, defaults and implementation."""

    name: str
    definition: LlmTool
    schema: dict[str, Any]
    implementation: Callable[..., Any]
    is_async: bool

    def check_arguments(self, arguments: Mapping[str, Any] | None) -> dict[str, Any]:
        """The keyword arguments to call the tool with.

        Raises:
            ValueError: the arguments do not fit the tool's schema (the message says where).
        """
        values = dict(arguments or {})
        problems = _validate(values, self.schema, self.schema, "arguments")
        if problems:
            raise ValueError("; ".join(problems[:5]))
        properties = self.schema.get("properties", {})
        for key, value in values.items():
            # JSON does not tell 3 from 3.0; an integer parameter gets a Python int.
            if isinstance(value, float) and properties.get(key, {}).get("type") == "integer":
                values[key] = int(value)
        return values


def _to_client_tool(tool: ToolDefinition) -> ClientTool:
    if isinstance(tool, ToolFunctionDef):
        definition = tool
    elif isinstance(tool, Mapping):
        try:
            definition = ToolFunctionDef(**tool)
        except TypeError as exc:
            raise LMStudioClientError(f"invalid tool definition {dict(tool)!r}: {exc}") from None
    elif callable(tool):
        definition = ToolFunctionDef.from_callable(tool)
    else:
        raise LMStudioClientError(f"a tool must be a function or a ToolFunctionDef, not {tool!r}")
    schema = definition.json_schema()
    try:
        parameters: LlmToolParameters = structure(schema, LlmToolParameters)
    except Exception:  # noqa: BLE001 - reported as a client error naming the tool
        raise LMStudioClientError(
            f"tool {definition.name!r}: parameters must be an object schema with 'properties'"
        ) from None
    implementation = definition.implementation
    return ClientTool(
        name=definition.name,
        definition=LlmTool(
            function=LlmToolFunction(
                name=definition.name,
                description=definition.description or None,
                parameters=parameters,
            )
        ),
        schema=schema,
        implementation=implementation,
        is_async=inspect.iscoroutinefunction(implementation),
    )


def parse_tools(tools: Iterable[ToolDefinition], *, allow_async: bool) -> dict[str, ClientTool]:
    """Check and convert tools, by name, in the given order.

    Raises:
        LMStudioClientError: no tools, a duplicate name, an unusable definition, or an `async def`
            tool given to the sync API.
    """
    if isinstance(tools, Mapping) or callable(tools) or isinstance(tools, ToolFunctionDef):
        raise LMStudioClientError("tools must be a list of tools")
    found: dict[str, ClientTool] = {}
    for tool in tools:
        client_tool = _to_client_tool(tool)
        if client_tool.name in found:
            raise LMStudioClientError(
                f"duplicate tool name {client_tool.name!r}: tool names must be unique"
            )
        if client_tool.is_async and not allow_async:
            raise LMStudioClientError(
                f"tool {client_tool.name!r} is async; use AsyncClient for async tools"
            )
        found[client_tool.name] = client_tool
    if not found:
        raise LMStudioClientError("at least one tool is needed")
    return found


def tool_use_setting(tools: Mapping[str, ClientTool]) -> LlmToolUseSettingToolArray:
    """The `rawTools` config value that offers the tools."""
    return LlmToolUseSettingToolArray(tools=[tool.definition for tool in tools.values()])


class AsyncToolRunner:
    """Runs tools for the async client: `async def` tools awaited, plain ones in a thread."""

    allow_async = True

    async def run(self, tool: ClientTool, arguments: dict[str, Any]) -> Any:
        """Call the tool and return its result."""
        if tool.is_async:
            return await tool.implementation(**arguments)
        import asyncio  # only the async client pays for importing asyncio

        return await asyncio.to_thread(tool.implementation, **arguments)


class ToolRunner:
    """Runs tools for the sync client, in the calling thread."""

    allow_async = False

    def run(self, tool: ClientTool, arguments: dict[str, Any]) -> Any:
        """Call the tool and return its result."""
        return tool.implementation(**arguments)


# -- Python types -> JSON schema -------------------------------------------------------------------

_SCALARS: dict[Any, str] = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    type(None): "null",
}


def _schema_of(annotation: Any, where: str) -> dict[str, Any]:
    """The JSON schema of a type annotation.

    Raises:
        LMStudioClientError: the type has no JSON form (naming where it was found).
    """
    if annotation is Any or annotation is inspect.Parameter.empty:
        return {}
    if annotation is None:
        return {"type": "null"}
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        schema = _schema_of(args[0], where)
        notes = [a for a in args[1:] if isinstance(a, str)]
        return {**schema, "description": " ".join(notes)} if notes else schema
    if annotation in _SCALARS:
        return {"type": _SCALARS[annotation]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"enum": [member.value for member in annotation]}
    if origin in (typing.Union, types.UnionType):
        options = [_schema_of(a, where) for a in args]
        return {"anyOf": options}
    if origin in (list, set, frozenset, Sequence, Iterable) or annotation in (list, set, tuple):
        return {"type": "array", "items": _schema_of(args[0], where)} if args else {"type": "array"}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(args[0], where)}
        items = [_schema_of(a, where) for a in args]
        return {
            "type": "array",
            "prefixItems": items,
            "minItems": len(items),
            "maxItems": len(items),
        }
    if origin in (dict, Mapping) or annotation is dict:
        if args and args[0] is not str:
            raise LMStudioClientError(f"{where}: JSON objects have string keys, not {args[0]!r}")
        values = _schema_of(args[1], where) if args else {}
        return {"type": "object", "additionalProperties": values} if values else {"type": "object"}
    raise LMStudioClientError(
        f"{where}: no JSON schema for the type {annotation!r}; use JSON types (int, float, str, "
        "bool, list, dict, Literal, Enum, Optional) or give the tool an explicit JSON schema"
    )


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


_SECTION = re.compile(
    r"^(Args|Arguments|Parameters|Returns|Return|Raises|Yields|Examples?|Note)s?:\s*$"
)
_ARG_LINE = re.compile(r"^(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


def _parse_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """Split a Google-style docstring into its text and its per-argument descriptions."""
    text: list[str] = []
    args: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    args_indent = 0
    for line in doc.splitlines():
        stripped = line.strip()
        heading = _SECTION.match(stripped)
        if heading and not line.startswith((" ", "\t")):
            section = heading.group(1)
            current = None
            continue
        if section is None:
            text.append(line)
        elif section in ("Args", "Arguments", "Parameters") and stripped:
            match = _ARG_LINE.match(stripped)
            indent = len(line) - len(line.lstrip())
            if match and (current is None or indent <= args_indent):
                current = match.group(1).lstrip("*")
                args_indent = indent
                args[current] = match.group(2).strip()
            elif current is not None:
                args[current] = f"{args[current]} {stripped}".strip()
    return "\n".join(text).strip(), args


# -- checking arguments against a JSON schema ------------------------------------------------------

_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
}


def _resolve(ref: str, root: Mapping[str, Any]) -> Mapping[str, Any]:
    node: Any = root
    for key in ref.removeprefix("#").strip("/").split("/"):
        if not key:
            continue
        if not isinstance(node, Mapping) or key not in node:
            raise ValueError(f"unresolvable $ref {ref!r}")
        node = node[key.replace("~1", "/").replace("~0", "~")]
    return node if isinstance(node, Mapping) else {}


def _validate(value: Any, schema: Any, root: Mapping[str, Any], path: str) -> list[str]:
    """The ways value does not fit schema (empty if it fits).

    Covers the keywords tool schemas use: type, enum, const, properties, required,
    additionalProperties, items, prefixItems, lengths, ranges, pattern, anyOf/oneOf/allOf and local
    $ref. Other keywords (format, ...) are not checked.
    """
    if schema is True or schema is None:
        return []
    if schema is False:
        return [f"{path} is not allowed"]
    if not isinstance(schema, Mapping):
        return []
    if "$ref" in schema:
        return _validate(value, _resolve(schema["$ref"], root), root, path)
    problems: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        names = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_JSON_TYPES.get(name, lambda v: True)(value) for name in names):
            return [f"{path} must be of type {' or '.join(names)}, got {json.dumps(value)}"]
    if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
        problems.append(f"{path} must be one of {json.dumps(schema['enum'])}")
    if "const" in schema and not _same(value, schema["const"]):
        problems.append(f"{path} must be {json.dumps(schema['const'])}")
    if isinstance(value, dict):
        problems.extend(_validate_object(value, schema, root, path))
    elif isinstance(value, list):
        problems.extend(_validate_array(value, schema, root, path))
    elif isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            problems.append(f"{path} must have at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            problems.append(f"{path} must have at most {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(f"{path} must match {schema['pattern']!r}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        problems.extend(_validate_number(value, schema, path))
    for sub in schema.get("allOf", ()):
        problems.extend(_validate(value, sub, root, path))
    for key in ("anyOf", "oneOf"):
        if key in schema:
            fits = [not _validate(value, sub, root, path) for sub in schema[key]]
            if not any(fits) or (key == "oneOf" and sum(fits) > 1):
                problems.append(
                    f"{path} does not fit {'any' if key == 'anyOf' else 'exactly one'} "
                    "of the allowed schemas"
                )
    return problems


def _validate_object(
    value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], path: str
) -> list[str]:
    problems = [
        f"{path} is missing {key!r}" for key in schema.get("required", ()) if key not in value
    ]
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        where = f"{path}.{key}"
        if key in properties:
            problems.extend(_validate(item, properties[key], root, where))
        elif extra is False:
            problems.append(f"{path} has an unknown key {key!r}")
        else:
            problems.extend(_validate(item, extra, root, where))
    return problems


def _validate_array(
    value: list[Any], schema: Mapping[str, Any], root: Mapping[str, Any], path: str
) -> list[str]:
    problems: list[str] = []
    if len(value) < schema.get("minItems", 0):
        problems.append(f"{path} must have at least {schema['minItems']} items")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        problems.append(f"{path} must have at most {schema['maxItems']} items")
    prefix = schema.get("prefixItems", [])
    for index, item in enumerate(value):
        sub = prefix[index] if index < len(prefix) else schema.get("items", True)
        problems.extend(_validate(item, sub, root, f"{path}[{index}]"))
    return problems


def _validate_number(value: float, schema: Mapping[str, Any], path: str) -> list[str]:
    problems: list[str] = []
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{path} must be >= {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        problems.append(f"{path} must be <= {schema['maximum']}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        problems.append(f"{path} must be > {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        problems.append(f"{path} must be < {schema['exclusiveMaximum']}")
    step = schema.get("multipleOf")
    if step and (value / step) != int(value / step):
        problems.append(f"{path} must be a multiple of {step}")
    return problems


def _same(a: Any, b: Any) -> bool:
    # JSON equality: true is not 1, and 1 equals 1.0.
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)
