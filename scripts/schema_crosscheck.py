#!/usr/bin/env python3
"""Sanity-check schema/ and compare it with the upstream lms.json export.

What it does (stdlib only; uses `jsonschema` when importable):

1. Every schema/**/*.json file has the required top-level keys, its `$id` equals its path
   relative to schema/, all `$defs` names are PascalCase and unique across files, and (with
   jsonschema) the file is a valid draft 2020-12 schema.
2. Every `$ref` (including those inside endpoint manifests' `x-endpoints`) resolves, and the
   folders do not reference each other in a cycle (codegen makes one Python module per top-level
   folder, and modules that import each other fail to import).
3. Each of our definitions listed in COUNTERPARTS is compared with its lms.json counterpart:
   property names, required lists, enum values and JSON types of shared properties. Differences
   listed in ALLOWED (newer optional fields, deliberate widenings) are reported but do not fail.
4. (With jsonschema) a few illustrative wire messages are validated against our definitions.
5. Config fields' x-kv-key / x-kv-encoding / x-kv-placeholder agree with kv-keys.json.

6. Every endpoint is compared with ../shared/reference/lms-2.0.json (@lmstudio/sdk 2.0.0), walking
   its payloads on both sides in step (lms-2.0.json inlines every schema). A property 2.0.0
   requires but older servers omit is optional here and carries `x-required-since: "2.0.0"`: the
   server always sends it. Other differences need an ALLOWED_20 entry. A definition met on both
   sides explains what lms.json lacks ("added in 2.0.0"), and config fields that kv-keys.json
   lacks are checked against 2.0.0's kvConfigSchematics.

Usage: python scripts/schema_crosscheck.py [--lms PATH] [--lms-20 PATH] [--kv-keys PATH] [-v]
Exit status 0 when no unexplained difference or broken reference was found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO / "schema"
DEFAULT_LMS = REPO.parent / "shared" / "reference" / "lms.json"
DEFAULT_KV_KEYS = REPO.parent / "shared" / "reference" / "kv-keys.json"
DEFAULT_LMS_20 = REPO.parent / "shared" / "reference" / "lms-2.0.json"
# Our config object -> (kv-keys.json section, fields of that section we deliberately leave out).
KV_SECTIONS = {
    ("config/prediction.json", "LlmPredictionConfig"): ("prediction", {"raw"}),
    ("config/load.json", "LlmLoadModelConfig"): (
        "llmLoad",
        {
            "gpu.numCpuExpertLayersRatio",
            "promptTemplate",
            "contextCheckpoints",
            "reasoningBudgetMessage",
            "mlxDiskCache",
            "mlxKvCacheQuantization",
            "speculativeDraftMtp",
            "speculativeDraftSimple",
            "speculativeDraftModel",
            "speculativeDraftMaxTokens",
            "speculativeDraftMinTokens",
            "speculativeDraftMinContinueProbability",
        },
    ),
}
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Our "<file>#<DefName>" (or just DefName; names are globally unique) -> lms.json counterpart.
# Counterpart syntax: "<definition name>[#<json pointer>][@<tag property>=<const value>]".
# The pointer descends into the definition; the selector picks the anyOf member whose tag
# property has that const. A definition that is an anyOf with a single member is unwrapped.
COUNTERPARTS: dict[str, str] = {
    # common/errors.json
    "SerializedError": "serializedLMSExtendedError",
    "ErrorDisplayDataSpecificModelUnloaded": "errorDisplayData@code=generic.specificModelUnloaded",
    "ErrorDisplayDataNoModelMatchingQuery": "errorDisplayData@code=generic.noModelMatchingQuery",
    "ErrorDisplayDataPathNotFound": "errorDisplayData@code=generic.pathNotFound",
    "ErrorDisplayDataIdentifierNotFound": "errorDisplayData@code=generic.identifierNotFound",
    "ErrorDisplayDataDomainMismatch": "errorDisplayData@code=generic.domainMismatch",
    "ErrorDisplayDataEngineDoesNotSupportFeature": "errorDisplayData@code=generic.engineDoesNotSupportFeature",
    "ErrorDisplayDataPresetNotFound": "errorDisplayData@code=generic.presetNotFound",
    "PresetSample": "errorDisplayData@code=generic.presetNotFound#/properties/availablePresetsSample/items",
    # common/model_specifier.json
    "ModelDomainType": "modelDomainType",
    "ModelQuery": "modelQuery",
    "ModelSpecifierQuery": "modelSpecifier@type=query",
    "ModelSpecifierInstanceReference": "modelSpecifier@type=instanceReference",
    # chat/history.json
    "ChatHistoryData": "chatHistoryData",
    "ChatRole": "chatMessageRoleData",
    "ChatMessageSystem": "chatMessageData@role=system",
    "ChatMessageUser": "chatMessageData@role=user",
    "ChatMessageAssistant": "chatMessageData@role=assistant",
    "ChatMessageTool": "chatMessageData@role=tool",
    "ChatMessagePartText": "chatMessagePartTextData",
    "ChatMessagePartFile": "chatMessagePartFileData",
    "ChatMessagePartToolCallRequest": "chatMessagePartToolCallRequestData",
    "ChatMessagePartToolCallResult": "chatMessagePartToolCallResultData",
    "FileType": "fileType",
    # tools/tools.json
    "ToolCallRequest": "functionToolCallRequest",
    "LlmToolParameters": "llmToolParameters",
    "LlmTool": "llmTool",
    "LlmToolFunction": "llmTool#/properties/function",
    "LlmToolUseSettingNone": "llmToolUseSetting@type=none",
    "LlmToolUseSettingToolArray": "llmToolUseSetting@type=toolArray",
    # config/kv.json
    "KvConfigField": "kvConfigField",
    "KvConfig": "kvConfig",
    "KvConfigLayerName": "kvConfigLayerName",
    "KvConfigStackLayer": "kvConfigStackLayer",
    "KvConfigStack": "kvConfigStack",
    # config/prediction.json
    "LlmPredictionConfig": "llmPredictionConfig",
    "LlmContextOverflowPolicy": "llmContextOverflowPolicy",
    "LlmStructuredPredictionType": "llmStructuredPredictionType",
    "LlmStructuredPredictionSetting": "llmStructuredPredictionSetting",
    "LlmReasoningParsing": "llmReasoningParsing",
    "LlmPromptTemplateType": "llmPromptTemplateType",
    "LlmManualPromptTemplate": "llmManualPromptTemplate",
    "LlmJinjaPromptTemplate": "llmJinjaPromptTemplate",
    "LlmPromptTemplate": "llmPromptTemplate",
    # config/load.json
    "LlmLoadModelConfig": "llmLoadModelConfig",
    "GpuSetting": "gpuSetting",
    "LlmSplitStrategy": "llmSplitStrategy",
    "GpuSplitStrategy": "gpuSplitStrategy",
    "GpuSplitConfig": "gpuSplitConfig",
    "LlamaCacheQuantizationType": "llmLlamaCacheQuantizationType",
    # llm/prediction.json
    "LlmReasoningType": "llmPredictionFragmentReasoningType",
    "LlmPredictionFragment": "llmPredictionFragment",
    "LlmPredictionStopReason": "llmPredictionStopReason",
    "LlmPredictionStats": "llmPredictionStats",
    # models/info.json
    "ModelCompatibilityType": "modelCompatibilityType",
    "LlmInfo": "llmInfo",
    "LlmInstanceInfo": "llmInstanceInfo",
    "EmbeddingModelInfo": "embeddingModelInfo",
    "EmbeddingModelInstanceInfo": "embeddingModelInstanceInfo",
    # llm/predict.json
    "PredictCreationParameter": "llm/channel/predict/creationParameter",
    "PredictFragmentPacket": "llm/channel/predict/toClientPacket@type=fragment",
    "PredictPromptProcessingProgressPacket": "llm/channel/predict/toClientPacket@type=promptProcessingProgress",
    "PredictToolCallGenerationStartPacket": "llm/channel/predict/toClientPacket@type=toolCallGenerationStart",
    "PredictToolCallGenerationNameReceivedPacket": "llm/channel/predict/toClientPacket@type=toolCallGenerationNameReceived",
    "PredictToolCallGenerationArgumentFragmentGeneratedPacket": "llm/channel/predict/toClientPacket@type=toolCallGenerationArgumentFragmentGenerated",
    "PredictToolCallGenerationEndPacket": "llm/channel/predict/toClientPacket@type=toolCallGenerationEnd",
    "PredictToolCallGenerationFailedPacket": "llm/channel/predict/toClientPacket@type=toolCallGenerationFailed",
    "PredictSuccessPacket": "llm/channel/predict/toClientPacket@type=success",
    "PredictCancelPacket": "llm/channel/predict/toServerPacket@type=cancel",
    # llm/load.json
    "GetOrLoadCreationParameter": "llm/channel/getOrLoad/creationParameter",
    "GetOrLoadAlreadyLoadedPacket": "llm/channel/getOrLoad/toClientPacket@type=alreadyLoaded",
    "GetOrLoadStartLoadingPacket": "llm/channel/getOrLoad/toClientPacket@type=startLoading",
    "GetOrLoadUnloadingOtherJitModelPacket": "llm/channel/getOrLoad/toClientPacket@type=unloadingOtherJITModel",
    "GetOrLoadLoadProgressPacket": "llm/channel/getOrLoad/toClientPacket@type=loadProgress",
    "GetOrLoadLoadSuccessPacket": "llm/channel/getOrLoad/toClientPacket@type=loadSuccess",
    "GetOrLoadCancelPacket": "llm/channel/getOrLoad/toServerPacket@type=cancel",
    "LoadModelCreationParameter": "llm/channel/loadModel/creationParameter",
    "LoadModelResolvedPacket": "llm/channel/loadModel/toClientPacket@type=resolved",
    "LoadModelProgressPacket": "llm/channel/loadModel/toClientPacket@type=progress",
    "LoadModelSuccessPacket": "llm/channel/loadModel/toClientPacket@type=success",
    "LoadModelCancelPacket": "llm/channel/loadModel/toServerPacket@type=cancel",
    # llm/rpc.json
    "GetModelInfoParameter": "llm/rpc/getModelInfo/parameter",
    "UnloadModelParameter": "llm/rpc/unloadModel/parameter",
    "CountTokensParameter": "llm/rpc/countTokens/parameter",
    "CountTokensResult": "llm/rpc/countTokens/returns",
    "TokenizeParameter": "llm/rpc/tokenize/parameter",
    "TokenizeResult": "llm/rpc/tokenize/returns",
    "LlmApplyPromptTemplateOpts": "llmApplyPromptTemplateOpts",
    "ApplyPromptTemplateParameter": "llm/rpc/applyPromptTemplate/parameter",
    "ApplyPromptTemplateResult": "llm/rpc/applyPromptTemplate/returns",
    "GetLoadConfigParameter": "llm/rpc/getLoadConfig/parameter",
    # system/rpc.json
    "SystemVersionResult": "system/rpc/version/returns",
}

# Slots of an endpoint manifest entry per kind; each must be present here exactly when lms.json's
# "<namespace>/<kind>/<endpoint>/<slot>" is a real (non-void) schema.
ENDPOINT_SLOTS = {
    "channel": ("creationParameter", "toClientPacket", "toServerPacket"),
    "rpc": ("parameter", "returns"),
}

# Differences that are expected. Keys: (our def, kind, detail). Kinds: "extra-property" (ours
# only), "missing-property" (lms.json only), "extra-required", "missing-required", "extra-enum",
# "missing-enum", "type:<property>" (detail = "ours|theirs"). Values say why.
NEWER = "newer field, optional here (PROTOCOL.md section 10)"
ALLOWED: dict[tuple[str, str, str], str] = {
    (
        "ModelDomainType",
        "extra-enum",
        "drafter",
    ): "domain value added in newer js (PROTOCOL.md 6.1)",
    (
        "ModelCompatibilityType",
        "extra-enum",
        "pte",
    ): "format value added in newer js (PROTOCOL.md 6.6)",
    (
        "GpuSplitStrategy",
        "extra-enum",
        "tensor",
    ): "split strategy added in 2.0.0 (PROTOCOL-2.0.md section 2; a KV value, not walked)",
    ("ModelQuery", "extra-property", "deviceIdentifier"): NEWER,
    ("ChatMessagePartToolCallResult", "extra-property", "name"): NEWER,
    ("LlmPredictionFragment", "extra-property", "isStructural"): NEWER,
    ("LlmPredictionStats", "extra-property", "stopString"): NEWER,
    ("LlmPredictionStats", "extra-property", "totalTimeSec"): NEWER,
    ("PredictPromptProcessingProgressPacket", "extra-property", "details"): NEWER,
    ("GetOrLoadCreationParameter", "extra-property", "deviceIdentifier"): NEWER,
    ("LoadModelCreationParameter", "extra-property", "deviceIdentifier"): NEWER,
    ("UnloadModelParameter", "extra-property", "deviceIdentifier"): NEWER,
    # lms.json describes the payload of logprobs; we keep it as any JSON (js dropped the field).
    ("PredictFragmentPacket", "type:logprobs", "-|array"): "legacy field kept as any JSON",
    # (SerializedError: lms.json leaves the fields untyped because upstream parses them leniently;
    # untyped counterpart properties are never reported as type differences.)
    # Prediction config: newer typed fields, and the deliberately skipped `raw`.
    (
        "LlmPredictionConfig",
        "missing-property",
        "raw",
    ): "raw KV passthrough deliberately not modelled",
    # Load config: user-facing false for checkbox fields (js sends {checked:false}) is our widening.
    (
        "LlmLoadModelConfig",
        "type:seed",
        "boolean,integer|integer",
    ): "checkbox field accepts false (kv-keys.json)",
    (
        "LlmLoadModelConfig",
        "type:ropeFrequencyBase",
        "boolean,number|number",
    ): "checkbox field accepts false (kv-keys.json)",
    (
        "LlmLoadModelConfig",
        "type:ropeFrequencyScale",
        "boolean,number|number",
    ): "checkbox field accepts false (kv-keys.json)",
}
for _f in ("publisher", "indexedModelIdentifier", "deviceIdentifier", "quantization"):
    for _d in ("LlmInfo", "LlmInstanceInfo", "EmbeddingModelInfo", "EmbeddingModelInstanceInfo"):
        ALLOWED[(_d, "extra-property", _f)] = NEWER
for _f in ("ttlMs", "lastUsedTime"):
    for _d in ("LlmInstanceInfo", "EmbeddingModelInstanceInfo"):
        ALLOWED[(_d, "extra-property", _f)] = NEWER
for _f in (
    "toolChoice",
    "toolNaming",
    "presencePenalty",
    "xtcProbability",
    "xtcThreshold",
    "logProbs",
    "enableThinking",
    "reasoningBudget",
    "userMaxImageDimensionPixels",
    "ignoreModelPreferredMaxImageDimension",
):
    ALLOWED[("LlmPredictionConfig", "extra-property", _f)] = NEWER + " (kv-keys.json [js])"
for _f in ("maxParallelPredictions", "physicalBatchSize", "useUnifiedKvCache", "tryDirectIO"):
    ALLOWED[("LlmLoadModelConfig", "extra-property", _f)] = NEWER + " (kv-keys.json [js])"

PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")


class Problems:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.allowed: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)
        print("ERROR  " + msg)


# --------------------------------------------------------------------------- loading
def load_schemas(problems: Problems) -> dict[str, dict]:
    docs: dict[str, dict] = {}
    for path in sorted(SCHEMA_DIR.rglob("*.json")):
        rel = path.relative_to(SCHEMA_DIR).as_posix()
        try:
            docs[rel] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.error(f"{rel}: not valid JSON: {exc}")
    return docs


def check_structure(docs: dict[str, dict], problems: Problems) -> dict[str, str]:
    """Top-level keys, $id, $defs naming; returns DefName -> file."""
    owner: dict[str, str] = {}
    for rel, doc in docs.items():
        for key in ("$schema", "$id", "title", "description", "$defs"):
            if key not in doc:
                problems.error(f"{rel}: missing top-level {key!r}")
        if doc.get("$schema") != DIALECT:
            problems.error(f"{rel}: $schema is {doc.get('$schema')!r}, expected {DIALECT}")
        if doc.get("$id") != rel:
            problems.error(f"{rel}: $id is {doc.get('$id')!r}, expected {rel!r}")
        for name, sub in (doc.get("$defs") or {}).items():
            if not PASCAL.match(name):
                problems.error(f"{rel}: $defs name {name!r} is not PascalCase")
            if name in owner:
                problems.error(f"{rel}: $defs name {name!r} also defined in {owner[name]}")
            owner[name] = rel
            if isinstance(sub, dict) and "description" not in sub:
                problems.error(f"{rel}#/$defs/{name}: no description")
            check_conventions(rel, name, sub, problems)
    return owner


def check_conventions(rel: str, name: str, schema: Any, problems: Problems) -> None:
    """Generator conventions from schema/README.md that are easy to check mechanically."""
    for node, where in walk(schema, f"{rel}#/$defs/{name}"):
        if node.get("additionalProperties") is False:
            problems.error(f"{where}: additionalProperties false is not allowed")
        if node.get("type") == "object" and "properties" in node:
            for req in node.get("required", []):
                if req not in node["properties"]:
                    problems.error(f"{where}: required {req!r} is not a property")
        for member in node.get("oneOf", []):
            if "$ref" not in member and "title" not in member:
                problems.error(f"{where}: inline oneOf member without title")


def walk(node: Any, where: str):
    """Yield (dict, location) for every dict below node; property maps are walked by value."""
    if isinstance(node, dict):
        yield node, where
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}/{i}")


# --------------------------------------------------------------------------- $ref resolution
def pointer_get(doc: Any, pointer: str) -> Any:
    if pointer in ("", "/"):
        return doc
    node = doc
    for raw in pointer.lstrip("/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        else:
            node = node[part]
    return node


def normalise(base_rel: str, file_part: str) -> str:
    """Path of file_part, written in file base_rel, relative to schema/ ("a/../b" folded)."""
    parts: list[str] = []
    for piece in (Path(base_rel).parent / file_part).as_posix().split("/"):
        if piece == "..":
            if not parts:
                raise KeyError(f"{file_part!r} climbs out of schema/")
            parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts)


def resolve(docs: dict[str, dict], base_rel: str, ref: str) -> tuple[str, Any]:
    """Resolve a $ref written in file base_rel; returns (file, target schema)."""
    file_part, _, fragment = ref.partition("#")
    target_rel = normalise(base_rel, file_part) if file_part else base_rel
    if target_rel not in docs:
        raise KeyError(f"no schema file {target_rel!r}")
    return target_rel, pointer_get(docs[target_rel], fragment)


def check_refs(docs: dict[str, dict], problems: Problems) -> int:
    count = 0
    for rel, doc in docs.items():
        for node, where in walk(doc, rel + "#"):
            ref = node.get("$ref")
            if not isinstance(ref, str):
                continue
            count += 1
            try:
                resolve(docs, rel, ref)
            except (KeyError, IndexError, ValueError) as exc:
                problems.error(f"{where}: unresolvable $ref {ref!r} ({exc})")
    return count


def check_folder_cycles(docs: dict[str, dict], problems: Problems) -> None:
    """Top-level folders must form an acyclic import graph (one generated module per folder)."""
    graph: dict[str, set[str]] = {}
    for rel, doc in docs.items():
        here = rel.split("/")[0]
        graph.setdefault(here, set())
        for node, _ in walk(doc, rel):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                try:
                    there = normalise(rel, ref.partition("#")[0]).split("/")[0]
                except KeyError:
                    continue
                if there != here:
                    graph[here].add(there)
    state: dict[str, int] = {}

    def visit(folder: str, path: list[str]) -> None:
        state[folder] = 1
        for nxt in sorted(graph.get(folder, ())):
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :] + [nxt] if nxt in path else [folder, nxt]
                problems.error("folder reference cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[folder] = 2

    for folder in sorted(graph):
        if folder not in state:
            visit(folder, [folder])


def check_metaschema(docs: dict[str, dict], problems: Problems) -> bool:
    try:
        import jsonschema
    except ImportError:
        print("note   jsonschema not importable; metaschema validation skipped")
        return False
    for rel, doc in docs.items():
        try:
            jsonschema.Draft202012Validator.check_schema(doc)
        except jsonschema.SchemaError as exc:
            problems.error(f"{rel}: not a valid 2020-12 schema: {exc.message}")
    return True


# --------------------------------------------------------------------------- lms.json side
class Lms:
    def __init__(self, path: Path) -> None:
        self.doc = json.loads(path.read_text(encoding="utf-8"))
        self.defs = self.doc["definitions"]

    def deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            ref = schema["$ref"]
            assert ref.startswith("#/definitions/"), ref
            rest = ref[len("#/definitions/") :]
            # definition names contain "/", so find the longest name that prefixes the path
            name = max((n for n in self.defs if rest == n or rest.startswith(n + "/")), key=len)
            schema = pointer_get(self.defs[name], rest[len(name) :])
            seen += 1
        return schema

    SPEC = re.compile(
        r"^(?P<name>[^#@]+)(?:#(?P<pointer>[^@]*))?(?:@(?P<tag>[^=]+)=(?P<value>[^#]+))?(?:#(?P<after>.*))?$"
    )

    def lookup(self, spec: str) -> Any:
        """Find the lms.json schema a COUNTERPARTS entry names."""
        m = self.SPEC.match(spec)
        if m is None:
            raise KeyError(f"malformed counterpart {spec!r}")
        schema = unwrap_single(self.deref(self.defs[m["name"]]))
        if m["pointer"]:
            schema = unwrap_single(self.deref(pointer_get(schema, m["pointer"])))
        if m["tag"]:
            members = [self.deref(x) for x in schema.get("anyOf", [schema])]
            matches = [
                x
                for x in members
                if self.deref(x.get("properties", {}).get(m["tag"], {})).get("const") == m["value"]
            ]
            if len(matches) != 1:
                raise KeyError(
                    f"{m['name']}: no single anyOf member with {m['tag']}={m['value']!r}"
                )
            schema = matches[0]
        if m["after"]:
            schema = unwrap_single(self.deref(pointer_get(schema, m["after"])))
        return schema


def unwrap_single(schema: Any) -> Any:
    if isinstance(schema, dict) and list(schema) == ["anyOf"] and len(schema["anyOf"]) == 1:
        return schema["anyOf"][0]
    return schema


# --------------------------------------------------------------------------- comparison
def json_types(schema: Any, deref) -> set[str]:
    """Set of JSON types a schema admits ('-' = untyped/any); follows refs and unions."""
    schema = deref(schema)
    if not isinstance(schema, dict):
        return {"-"}
    if schema == {"not": {}}:
        return set()
    if "const" in schema:
        value = schema["const"]
        return {
            "boolean"
            if isinstance(value, bool)
            else "integer"
            if isinstance(value, int)
            else "number"
            if isinstance(value, float)
            else "string"
            if isinstance(value, str)
            else "-"
        }
    for key in ("anyOf", "oneOf"):
        if key in schema:
            out: set[str] = set()
            for member in schema[key]:
                out |= json_types(member, deref)
            return out
    t = schema.get("type")
    if t is None:
        return {"enum-string"} if "enum" in schema else {"-"}
    types = set(t) if isinstance(t, list) else {t}
    return types


def enum_values(schema: Any, deref) -> set | None:
    schema = deref(schema)
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        return set(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            vals: set = set()
            found = False
            for member in schema[key]:
                sub = enum_values(member, deref)
                if sub is not None:
                    vals |= {v for v in sub if v is not False}
                    found = True
            return vals if found and vals else None
    return None


def compare(
    name: str,
    ours: dict,
    ours_deref,
    theirs: dict,
    lms: Lms,
    problems: Problems,
    verbose: bool,
    judge=None,
) -> None:
    """Report the differences between one of our definitions and its counterpart.

    ``judge(name, kind, detail)`` may explain a difference that no allow-list names (the 2.0.0
    comparison explains fields marked ``x-required-since`` that way); it returns None otherwise.
    """
    diffs: list[tuple[str, str]] = []
    our_enum, their_enum = ours.get("enum"), theirs.get("enum")
    if our_enum is not None or their_enum is not None:
        for v in sorted(set(our_enum or []) - set(their_enum or []), key=str):
            diffs.append(("extra-enum", str(v)))
        for v in sorted(set(their_enum or []) - set(our_enum or []), key=str):
            diffs.append(("missing-enum", str(v)))
    our_props, their_props = ours.get("properties", {}), theirs.get("properties", {})
    if our_props or their_props:
        for p in sorted(set(our_props) - set(their_props)):
            diffs.append(("extra-property", p))
        for p in sorted(set(their_props) - set(our_props)):
            diffs.append(("missing-property", p))
        our_req, their_req = set(ours.get("required", [])), set(theirs.get("required", []))
        for p in sorted(our_req - their_req):
            diffs.append(("extra-required", p))
        for p in sorted(their_req - our_req):
            diffs.append(("missing-required", p))
        for p in sorted(set(our_props) & set(their_props)):
            ot = json_types(our_props[p], ours_deref)
            tt = json_types(their_props[p], lms.deref)
            ot_n = {"string" if t == "enum-string" else t for t in ot}
            tt_n = {"string" if t == "enum-string" else t for t in tt}
            if "-" not in tt_n and ot_n != tt_n:
                diffs.append((f"type:{p}", f"{','.join(sorted(ot_n))}|{','.join(sorted(tt_n))}"))
            oe, te = enum_values(our_props[p], ours_deref), enum_values(their_props[p], lms.deref)
            if oe is not None and te is not None:
                # named enums are compared on their own; only flag inline mismatches here
                for v in sorted(oe - te, key=str):
                    diffs.append((f"extra-enum:{p}", str(v)))
                for v in sorted(te - oe, key=str):
                    diffs.append((f"missing-enum:{p}", str(v)))
    for kind, detail in diffs:
        key = (name, kind, detail)
        reason = judge(name, kind, detail) if judge is not None else None
        if reason is not None:
            problems.allowed.append(f"{name}: {kind} {detail} ({reason})")
            if verbose:
                print(f"allow  {name}: {kind} {detail}")
        elif key in ALLOWED or (
            kind.partition(":")[0] in ("extra-enum", "missing-enum")
            and ":" in kind
            and _enum_allowed_elsewhere(kind, detail)
        ):
            problems.allowed.append(
                f"{name}: {kind} {detail} ({ALLOWED.get(key, 'enum difference checked on the named enum')})"
            )
            if verbose:
                print(f"allow  {name}: {kind} {detail}")
        else:
            problems.error(f"{name}: {kind} {detail}")


def _enum_allowed_elsewhere(kind: str, detail: str) -> bool:
    """An inline enum difference is fine if the same value is allowed on a named enum."""
    return any(k[1] == kind.partition(":")[0] and k[2] == detail for k in ALLOWED)


def absolutise(docs: dict[str, dict]) -> dict[str, dict]:
    """Copy of docs with every $ref rewritten to "<file>#<pointer>" relative to schema/."""

    def fix(node: Any, rel: str) -> Any:
        if isinstance(node, dict):
            out = {k: fix(v, rel) for k, v in node.items()}
            if isinstance(node.get("$ref"), str):
                file_part, _, fragment = node["$ref"].partition("#")
                target = normalise(rel, file_part) if file_part else rel
                out["$ref"] = f"{target}#{fragment}"
            return out
        if isinstance(node, list):
            return [fix(v, rel) for v in node]
        return node

    return {rel: fix(doc, rel) for rel, doc in docs.items()}


def crosscheck(
    docs: dict[str, dict],
    owner: dict[str, str],
    lms: Lms,
    problems: Problems,
    verbose: bool,
    walk: RevisionWalk | None = None,
) -> int:
    """Compare COUNTERPARTS with lms.json; what 2.0.0 added (found by ``walk``) is explained."""

    def newer_judge(name: str, kind: str, detail: str) -> str | None:
        theirs = walk.counterparts.get(name) if walk is not None else None
        if theirs is None:
            return None
        if kind == "extra-property" and detail in theirs.get("properties", {}):
            return "added in 2.0.0"
        if kind == "extra-enum" and detail in (theirs.get("enum") or []):
            return "added in 2.0.0"
        if kind.startswith("extra-enum:"):
            prop = _non_null(theirs.get("properties", {}).get(kind.partition(":")[2], {}))
            if detail in (prop.get("enum") or []):
                return "added in 2.0.0"
        return None

    def judge(name: str, kind: str, detail: str) -> str | None:
        if kind == "extra-property" and walk is not None:
            prop = walk.counterpart_prop(name, detail) or {}
            if prop.get("x-kv-key") in walk.ref.doc.get("kvConfigSchematics", {}):
                return "config key added in 2.0.0"
        return newer_judge(name, kind, detail)

    compared = 0
    absolute = absolutise(docs)
    for name, spec in COUNTERPARTS.items():
        rel = owner.get(name)
        if rel is None:
            problems.error(f"COUNTERPARTS names {name!r}, which is not defined in schema/")
            continue
        ours = absolute[rel]["$defs"][name]

        def ours_deref(schema: Any) -> Any:
            for _ in range(20):
                if not (isinstance(schema, dict) and "$ref" in schema):
                    break
                target_rel, _, fragment = schema["$ref"].partition("#")
                try:
                    schema = pointer_get(absolute[target_rel], fragment)
                except (KeyError, IndexError, ValueError):
                    return {}  # already reported by check_refs
            return schema

        try:
            theirs = lms.lookup(spec)
        except KeyError as exc:
            problems.error(f"{name}: counterpart {spec!r} not found in lms.json ({exc})")
            continue
        compare(name, ours, ours_deref, theirs, lms, problems, verbose, judge)
        compared += 1
    return compared


def crosscheck_endpoints(
    docs: dict[str, dict], lms: Lms, problems: Problems, newer: Lms | None = None
) -> int:
    """Every endpoint in our manifests exists in lms.json with the same slots.

    An endpoint that lms.json lacks is fine when the newer revision (``newer``, lms-2.0.json) has
    it: :func:`crosscheck_revision` compares it there.
    """
    count = 0
    for rel, doc in docs.items():
        endpoints = doc.get("x-endpoints")
        if endpoints is None:
            continue
        ns = doc.get("x-namespace")
        for ep, spec in endpoints.items():
            kind = spec.get("kind")
            if kind not in ENDPOINT_SLOTS:
                problems.error(f"{rel}: endpoint {ep!r} has unknown kind {kind!r}")
                continue
            if not spec.get("description"):
                problems.error(f"{rel}: endpoint {ep!r} has no description")
            pseudo = f"pseudo/{ns}/{kind}/{ep}"
            since = spec.get("x-since", doc.get("x-since"))
            if pseudo in lms.defs and since is not None:
                problems.error(f"{rel}: {ep} is in lms.json but marked x-since {since}")
            if pseudo not in lms.defs:
                if newer is not None and pseudo in newer.defs:
                    if since != REVISION:
                        problems.error(f"{rel}: {ep} was added in {REVISION}: mark it x-since")
                    problems.allowed.append(f"{ns}/{kind}/{ep}: endpoint added in 2.0.0")
                    continue
                problems.error(f"{rel}: endpoint {ns}/{kind}/{ep} is not in lms.json")
                continue
            for slot in ENDPOINT_SLOTS[kind]:
                lms_key = f"{ns}/{kind}/{ep}/{slot}"
                theirs = lms.defs.get(lms_key)
                theirs_void = (
                    theirs is None or theirs == {"not": {}} or (slot == "returns" and theirs == {})
                )
                if slot in spec and theirs_void:
                    problems.error(f"{rel}: {ep}.{slot} present here but void/absent in lms.json")
                if slot not in spec and not theirs_void:
                    problems.error(f"{rel}: {ep}.{slot} missing here but lms.json has {lms_key}")
            count += 1
    return count


# --------------------------------------------------------------------------- lms-2.0.json
# lms-2.0.json has no named definitions (every endpoint's schemas are inlined), so instead of a
# COUNTERPARTS table our definitions are found by walking each endpoint's payloads on both sides
# in step: properties by name, array items, union members by their tag. A definition met twice is
# compared once, against the first place it was met.
REQUIRED_SINCE = "x-required-since"
REVISION = "2.0.0"

# Differences from lms-2.0.json that are expected (same key shape as ALLOWED).
ALLOWED_20: dict[tuple[str, str, str], str] = {
    (
        "PredictFragmentPacket",
        "extra-property",
        "logprobs",
    ): "sent by Release-54 servers; kept (optional, any JSON) so that their packets decode",
    (
        "InstanceProcessingState",
        "type:queued",
        "integer|number",
    ): "a count of requests: every value 2.0.0 can send is an integer",
    (
        "EngineSelections",
        "extra-property",
        "json",
    ): "superjson's envelope of the Map that lms-2.0.json describes unwrapped",
    (
        "EngineSelections",
        "extra-property",
        "meta",
    ): "superjson's envelope of the Map that lms-2.0.json describes unwrapped",
    (
        "EngineSelections",
        "extra-required",
        "json",
    ): "superjson's envelope of the Map that lms-2.0.json describes unwrapped",
    (
        "EmbeddingLoadModelCreationParameter",
        "missing-property",
        "deviceIdentifier",
    ): "LM Link device; lmsdk serve has no LM Link, so the embedding load schema leaves it out",
}
for _p in (
    "cachedTokenCount",
    "totalPromptTokenCount",
    "processedPromptTokenCount",
    "unprocessedPromptTokenCount",
):
    ALLOWED_20[("LlmPromptProcessingDetails", f"type:{_p}", "integer|number")] = (
        "a token count: every value 2.0.0 can send is an integer"
    )


class RevisionWalk:
    """Compares our endpoint payloads with one revision's inlined endpoint schemas."""

    def __init__(self, docs: dict[str, dict], ref: Lms, problems: Problems, verbose: bool) -> None:
        self.absolute = absolutise(docs)
        self.ref = ref
        self.problems = problems
        self.verbose = verbose
        self.counterparts: dict[str, dict] = {}
        self.required: dict[str, set[str]] = {}  # our def -> properties the revision requires

    def target(self, schema: Any) -> tuple[str | None, Any]:
        """(definition name, schema) after following our $refs."""
        name = None
        for _ in range(20):
            if not (isinstance(schema, dict) and "$ref" in schema):
                break
            rel, _, fragment = schema["$ref"].partition("#")
            name = fragment.rsplit("/", 1)[-1]
            schema = pointer_get(self.absolute[rel], fragment)
        return name, schema

    def deref(self, schema: Any) -> Any:
        return self.target(schema)[1]

    def judge(self, name: str, kind: str, detail: str) -> str | None:
        if kind == "missing-required":
            prop = self.counterpart_prop(name, detail)
            if isinstance(prop, dict) and prop.get(REQUIRED_SINCE) == REVISION:
                return f"optional when decoding; always sent ({REQUIRED_SINCE} {REVISION})"
        return ALLOWED_20.get((name, kind, detail))

    def counterpart_prop(self, name: str, prop: str) -> Any:
        for doc in self.absolute.values():
            node = doc.get("$defs", {}).get(name)
            if node is not None:
                return node.get("properties", {}).get(prop)
        return None

    def visit(self, ours: Any, theirs: Any, where: str) -> None:
        name, node = self.target(ours)
        theirs = unwrap_single(theirs)
        if not isinstance(node, dict) or not isinstance(theirs, dict):
            return
        if name is not None:
            if name in self.counterparts:
                return
            self.counterparts[name] = theirs
            self.required[name] = set(theirs.get("required", []))
            if "oneOf" not in node:  # a union is judged member by member below
                compare(
                    name,
                    node,
                    self.deref,
                    theirs,
                    self.ref,
                    self.problems,
                    self.verbose,
                    self.judge,
                )
            for prop, sub in node.get("properties", {}).items():
                marked = isinstance(sub, dict) and sub.get(REQUIRED_SINCE) is not None
                if marked and prop not in self.required[name]:
                    self.problems.error(
                        f"{name}.{prop}: marked {REQUIRED_SINCE} but {where} does not require it"
                    )
        members = node.get("oneOf") or node.get("anyOf")
        if members:
            their_members = theirs.get("anyOf", [theirs])
            for member in members:
                _, target = self.target(member)
                if target == {"type": "null"}:
                    continue
                tag = _tag_of(target)
                match = [t for t in their_members if tag is not None and _tag_of(t) == tag]
                if tag is None:
                    match = [t for t in their_members if t.get("type") == target.get("type")] or [
                        t for t in their_members if "properties" in t
                    ]
                if len(match) == 1:
                    self.visit(member, match[0], where)
            return
        for prop, sub in node.get("properties", {}).items():
            their_sub = theirs.get("properties", {}).get(prop)
            if their_sub is not None:
                self.visit(sub, _non_null(their_sub), f"{where}.{prop}")
        if node.get("type") == "array" and isinstance(node.get("items"), dict):
            if isinstance(theirs.get("items"), dict):
                self.visit(node["items"], theirs["items"], f"{where}[]")
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and isinstance(theirs.get("additionalProperties"), dict):
            self.visit(extra, theirs["additionalProperties"], f"{where}{{}}")


def _tag_of(schema: Any) -> tuple[str, Any] | None:
    props = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for key in ("type", "role", "code"):
        const = props.get(key, {}).get("const") if isinstance(props.get(key), dict) else None
        if const is not None:
            return key, const
    return None


def _non_null(schema: Any) -> Any:
    """A nullable property's non-null member (2.0.0 writes `type: [X, "null"]` or anyOf)."""
    if isinstance(schema, dict):
        members = [m for m in schema.get("anyOf", []) if m != {"type": "null"}]
        if "anyOf" in schema and len(members) == 1:
            return members[0]
    return schema


def crosscheck_revision(
    docs: dict[str, dict], ref: Lms, problems: Problems, verbose: bool
) -> tuple[int, int, RevisionWalk]:
    """Compare every endpoint of our manifests with lms-2.0.json; returns (endpoints, definitions)."""
    walk = RevisionWalk(docs, ref, problems, verbose)
    count = 0
    for rel, doc in docs.items():
        endpoints = doc.get("x-endpoints")
        if endpoints is None:
            continue
        ns = doc.get("x-namespace")
        for ep, spec in endpoints.items():
            kind = spec.get("kind")
            pseudo = f"pseudo/{ns}/{kind}/{ep}"
            entry = ref.defs.get(pseudo)
            if entry is None:
                problems.error(f"{rel}: endpoint {ns}/{kind}/{ep} is not in lms-2.0.json")
                continue
            slots = entry.get("properties", {})
            for slot in ENDPOINT_SLOTS.get(kind, ()):
                theirs = slots.get(slot)
                theirs_void = theirs is None or theirs == {"not": {}} or theirs == {}
                if slot in spec and theirs_void:
                    problems.error(f"{rel}: {ep}.{slot} present here but void in lms-2.0.json")
                elif slot not in spec and not theirs_void:
                    problems.error(f"{rel}: {ep}.{slot} missing here but lms-2.0.json has it")
                elif slot in spec:
                    ours = walk.absolute[rel]["x-endpoints"][ep][slot]
                    walk.visit(ours, theirs, f"{ns}/{ep}.{slot}")
            count += 1
    return count, len(walk.counterparts), walk


# --------------------------------------------------------------------------- kv-keys.json
PLACEHOLDER = re.compile(r'false[^>]*-> \{"checked": false, "value": (?P<value>[^}]+)\}')


def check_kv_keys(
    docs: dict[str, dict], path: Path, problems: Problems, schematics: dict | None = None
) -> int:
    """Config fields against kv-keys.json; a field it lacks may use a key of 2.0.0's schematics."""
    table = json.loads(path.read_text(encoding="utf-8"))
    schematics = schematics or {}
    count = 0
    for (rel, name), (section, skipped) in KV_SECTIONS.items():
        props = docs[rel]["$defs"][name]["properties"]
        entries = table[section]
        gpu_entries = {k: v for k, v in entries.items() if k.startswith("gpu.")}
        for field, entry in entries.items():
            if field in skipped or field.startswith("gpu."):
                continue
            prop = props.get(field)
            if prop is None:
                problems.error(f"{name}: kv-keys.json {section}.{field} has no property")
                continue
            count += 1
            if prop.get("x-kv-key") != entry["key"]:
                problems.error(
                    f"{name}.{field}: x-kv-key {prop.get('x-kv-key')!r} != {entry['key']!r}"
                )
            encoding = "checkbox" if entry["encoding"].startswith("checkbox") else "plain"
            if prop.get("x-kv-encoding") != encoding:
                problems.error(
                    f"{name}.{field}: x-kv-encoding {prop.get('x-kv-encoding')!r} != {encoding!r}"
                )
            match = PLACEHOLDER.search(entry["encoding"])
            if encoding == "checkbox":
                want = json.loads(match.group("value")) if match else None
                if match is None or prop.get("x-kv-placeholder") != want:
                    problems.error(
                        f"{name}.{field}: x-kv-placeholder {prop.get('x-kv-placeholder')!r} != {want!r}"
                    )
                members = prop.get("anyOf", [])
                if {"const": False} not in members:
                    problems.error(f"{name}.{field}: checkbox field does not accept false")
        for field, prop in props.items():
            if field in entries or prop.get("x-kv-encoding") == "gpuSplit":
                continue
            known = schematics.get(prop.get("x-kv-key"))
            if known is None:
                problems.error(f"{name}.{field}: not in kv-keys.json {section} or lms-2.0.json")
                continue
            checkbox = set(known.get("schema", {}).get("properties", {})) == {"checked", "value"}
            if (prop.get("x-kv-encoding") == "checkbox") != checkbox:
                problems.error(f"{name}.{field}: x-kv-encoding disagrees with lms-2.0.json")
            count += 1
        if gpu_entries:
            gpu = props.get("gpu", {})
            split_keys = {
                e["key"] for k, e in gpu_entries.items() if k != "gpu.ratio" and k not in skipped
            }
            if {gpu.get("x-kv-key")} != split_keys:
                problems.error(
                    f"{name}.gpu: x-kv-key {gpu.get('x-kv-key')!r} != {sorted(split_keys)}"
                )
            if gpu.get("x-kv-ratio-key") != gpu_entries["gpu.ratio"]["key"]:
                problems.error(f"{name}.gpu: x-kv-ratio-key {gpu.get('x-kv-ratio-key')!r} is wrong")
            count += 1
    return count


# --------------------------------------------------------------------------- samples
SAMPLES: list[tuple[str, str, Any]] = [
    (
        "transport/auth.json",
        "AuthPacket",
        {"authVersion": 1, "clientIdentifier": "guest:x", "clientPasskey": "y"},
    ),
    ("transport/auth.json", "AuthResult", {"success": False, "error": "Authentication timed out"}),
    (
        "transport/envelope.json",
        "ClientMessage",
        {"type": "channelCreate", "endpoint": "predict", "channelId": 2, "creationParameter": {}},
    ),
    (
        "transport/envelope.json",
        "ClientMessage",
        {"type": "rpcCall", "endpoint": "listLoaded", "callId": 1},
    ),
    ("transport/envelope.json", "ServerMessage", {"type": "rpcResult", "callId": 1}),
    ("transport/envelope.json", "ServerMessage", {"type": "keepAliveAck"}),
    (
        "transport/envelope.json",
        "ServerMessage",
        {"type": "communicationWarning", "warning": "Unknown channel", "kind": "channelUnknown"},
    ),
    (
        "transport/envelope.json",
        "ServerMessage",
        {
            "type": "rpcError",
            "callId": 2,
            "error": {
                "title": "No model found",
                "displayData": {
                    "code": "generic.noModelMatchingQuery",
                    "query": {"identifier": "no-such-model"},
                    "loadedModelsSample": ["qwen"],
                    "totalLoadedModels": 1,
                },
            },
        },
    ),
    (
        "llm/predict.json",
        "PredictCreationParameter",
        {
            "modelSpecifier": {"type": "query", "query": {"identifier": "qwen"}},
            "history": {
                "messages": [
                    {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
                    {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
                    {
                        "role": "assistant",
                        "content": [
                            {
                                "type": "toolCallRequest",
                                "toolCallRequest": {
                                    "type": "function",
                                    "id": "1",
                                    "name": "f",
                                    "arguments": {"x": 1},
                                },
                            }
                        ],
                    },
                    {
                        "role": "tool",
                        "content": [{"type": "toolCallResult", "content": "2", "toolCallId": "1"}],
                    },
                ]
            },
            "predictionConfigStack": {
                "layers": [
                    {
                        "layerName": "apiOverride",
                        "config": {
                            "fields": [
                                {
                                    "key": "llm.prediction.maxPredictedTokens",
                                    "value": {"checked": True, "value": 64},
                                }
                            ]
                        },
                    }
                ]
            },
        },
    ),
    (
        "llm/predict.json",
        "PredictToClientPacket",
        {
            "type": "promptProcessingProgress",
            "progress": 1,
            "details": {
                "cachedTokenCount": 0,
                "totalPromptTokenCount": 21,
                "processedPromptTokenCount": 21,
                "unprocessedPromptTokenCount": 0,
            },
        },
    ),
    (
        "llm/predict.json",
        "PredictToClientPacket",
        {
            "type": "fragment",
            "fragment": {
                "content": "Hello",
                "tokensCount": 1,
                "containsDrafted": False,
                "reasoningType": "none",
                "isStructural": False,
            },
        },
    ),
    (
        "llm/predict.json",
        "PredictToClientPacket",
        {
            "type": "success",
            "stats": {
                "stopReason": "eosFound",
                "tokensPerSecond": 52.4,
                "numGpuLayers": -1,
                "predictedTokensCount": 4,
            },
            "modelInfo": {
                "type": "llm",
                "modelKey": "q",
                "format": "gguf",
                "displayName": "Q",
                "path": "a/b/c.gguf",
                "sizeBytes": 1,
                "deviceIdentifier": None,
                "vision": False,
                "trainedForToolUse": True,
                "maxContextLength": 32768,
                "identifier": "q",
                "instanceReference": "r",
                "contextLength": 4096,
                "ttlMs": 3600000,
                "lastUsedTime": None,
            },
            "loadModelConfig": {
                "fields": [{"key": "llm.load.llama.acceleration.offloadRatio", "value": "max"}]
            },
            "predictionConfig": {"fields": []},
        },
    ),
    ("llm/predict.json", "PredictToServerPacket", {"type": "cancel"}),
    (
        "config/prediction.json",
        "LlmPredictionConfig",
        {
            "temperature": 0.3,
            "maxTokens": False,
            "topPSampling": 0.9,
            "structured": {"type": "json", "jsonSchema": {}},
            "rawTools": {
                "type": "toolArray",
                "tools": [
                    {
                        "type": "function",
                        "function": {
                            "name": "f",
                            "parameters": {"type": "object", "properties": {}, "$defs": {}},
                        },
                    }
                ],
            },
        },
    ),
    (
        "config/load.json",
        "LlmLoadModelConfig",
        {
            "contextLength": 4096,
            "gpu": {"ratio": "max", "splitStrategy": "favorMainGpu", "mainGpu": 0},
            "seed": False,
            "llamaKCacheQuantizationType": "q8_0",
        },
    ),
]
BAD_SAMPLES: list[tuple[str, str, Any]] = [
    ("transport/envelope.json", "ClientMessage", {"type": "channelSend", "channelId": 1}),
    ("config/prediction.json", "LlmPredictionConfig", {"topPSampling": True}),
    ("llm/predict.json", "PredictToClientPacket", {"type": "fragment"}),
]


def check_samples(docs: dict[str, dict], problems: Problems) -> int:
    try:
        import jsonschema
        from referencing import Registry, Resource
    except ImportError:
        print("note   jsonschema/referencing not importable; sample validation skipped")
        return 0
    base = "https://lmsdk.invalid/schema/"
    registry = Registry().with_resources(
        (base + rel, Resource.from_contents(doc)) for rel, doc in docs.items()
    )
    count = 0
    for samples, should_pass in ((SAMPLES, True), (BAD_SAMPLES, False)):
        for rel, name, instance in samples:
            validator = jsonschema.Draft202012Validator(
                {"$ref": f"{base}{rel}#/$defs/{name}"}, registry=registry
            )
            errors = list(validator.iter_errors(instance))
            if should_pass and errors:
                problems.error(f"sample for {name} rejected: {errors[0].message}")
            if not should_pass and not errors:
                problems.error(f"bad sample for {name} accepted: {json.dumps(instance)}")
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lms", type=Path, default=DEFAULT_LMS, help="path to lms.json")
    parser.add_argument(
        "--kv-keys", type=Path, default=DEFAULT_KV_KEYS, help="path to kv-keys.json"
    )
    parser.add_argument(
        "--lms-20", type=Path, default=DEFAULT_LMS_20, help="path to lms-2.0.json (2.0.0)"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also print allowed differences"
    )
    args = parser.parse_args()

    problems = Problems()
    docs = load_schemas(problems)
    owner = check_structure(docs, problems)
    meta = check_metaschema(docs, problems)
    refs = check_refs(docs, problems)
    check_folder_cycles(docs, problems)
    compared = endpoints = compared_20 = endpoints_20 = 0
    newer: Lms | None = None
    walk: RevisionWalk | None = None
    if args.lms_20.exists():
        newer = Lms(args.lms_20)
        endpoints_20, compared_20, walk = crosscheck_revision(docs, newer, problems, args.verbose)
    else:
        print(f"note   {args.lms_20} not found; lms-2.0.json comparison skipped")
    if args.lms.exists():
        lms = Lms(args.lms)
        compared = crosscheck(docs, owner, lms, problems, args.verbose, walk)
        endpoints = crosscheck_endpoints(docs, lms, problems, newer)
    else:
        print(f"note   {args.lms} not found; lms.json comparison skipped")
    kv = 0
    if args.kv_keys.exists():
        schematics = newer.doc.get("kvConfigSchematics", {}) if newer is not None else {}
        kv = check_kv_keys(docs, args.kv_keys, problems, schematics)
    else:
        print(f"note   {args.kv_keys} not found; KV key comparison skipped")
    samples = check_samples(docs, problems)
    print(
        f"\n{len(docs)} files, {len(owner)} $defs, metaschema {'checked' if meta else 'skipped'}, "
        f"{refs} $refs resolved, {compared} definitions and {endpoints} endpoints compared with lms.json, "
        f"{compared_20} definitions and {endpoints_20} endpoints with lms-2.0.json, "
        f"{kv} config fields checked against kv-keys.json, {samples} samples validated; {len(problems.allowed)} allowed differences, {len(problems.errors)} problems."
    )
    if not args.verbose and problems.allowed:
        print("(run with -v to list the allowed differences)")
    return 1 if problems.errors else 0


if __name__ == "__main__":
    sys.exit(main())
