"""Tool use in the embedded server: tools into the prompt, tool calls out of the generated text.

A GGUF whose chat template presents tools itself in the Hermes style (Qwen 2.5/3 and others:
``<tool_call>{"name": ..., "arguments": ...}</tool_call>``) gets them through its template, and its
calls are read in that markup. SmolLM2's chat template (like most small models') knows nothing of
tools, so there they are presented the way LM Studio does for such models: a system-prompt section
listing them as JSON, and a call format of its own,
``[TOOL_REQUEST]{"name": ..., "arguments": {...}}[END_TOOL_REQUEST]``.

Small models rarely write that format correctly by themselves, so a call is generated in two phases,
through the unchanged engine seam (no engine change, no mid-generation grammar switch):

1. Free text, with the start marker as an extra stop string (with toolChoice ``required`` this phase
   is skipped and the marker is put in the prompt: the model must call).
2. If the model wrote the marker, generation continues from the prompt plus the text plus the marker,
   constrained by a grammar that admits exactly one call object of one of the tools (its name and its
   parameter schema). The engine's KV cache reuses everything before the marker.

Everything the model writes goes through :class:`ToolCallParser`, which turns text between the markers
into the ``toolCallGeneration*`` events as it streams and leaves the rest as ordinary text. The replay
engine's scripted mode writes markers literally and feeds the same parser, so malformed calls (which
the grammar prevents in real generation) can be tested too.

What SmolLM2-135M-Instruct does with tools, measured (2026-11-29, one ``add(a: int, b: int)`` tool,
toolChoice auto, maxTokens 100): of 40 arithmetic requests that call for the tool it called it in 2
(5%) both greedily and at temperature 0.8, and in 0 of 10 requests that do not; it answers (often
wrongly) or writes Python instead. Every call it made had integer arguments (the grammar). A call
is therefore only dependable from this model with toolChoice ``required``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from lmsdk._generated.config import LlmToolChoice, LlmToolChoiceMode
from lmsdk._generated.converter import structure, unstructure
from lmsdk._generated.tools import LlmTool, LlmToolUseSetting, ToolCallRequest
from lmsdk.server.engine import (
    ChatTemplateError,
    Engine,
    Finished,
    GenerationEvent,
    GenerationParams,
    Piece,
    PromptProgress,
)
from lmsdk.server.errors import ServerError

__all__ = [
    "CALL_MARKUPS",
    "DEFAULT_MARKUP",
    "END_MARKER",
    "HERMES_MARKUP",
    "CallMarkup",
    "START_MARKER",
    "ToolCallArguments",
    "ToolCallEnded",
    "ToolCallEvent",
    "ToolCallFailed",
    "ToolCallNamed",
    "ToolCallParser",
    "ToolCallStarted",
    "ToolUse",
    "call_schema",
    "format_call",
    "native_tool_prompt",
    "run_tool_generation",
    "template_markup",
    "tool_system_prompt",
    "with_tools",
]

START_MARKER = "[TOOL_REQUEST]"
END_MARKER = "[END_TOOL_REQUEST]"


@dataclass(frozen=True, slots=True)
class CallMarkup:
    """The text around each tool call the model writes."""

    start: str
    end: str


DEFAULT_MARKUP = CallMarkup(START_MARKER, END_MARKER)
"""LM Studio's default tool-use format, for templates that know nothing of tools."""
HERMES_MARKUP = CallMarkup("<tool_call>", "</tool_call>")
"""The markup of templates that present tools themselves in the Hermes style."""
CALL_MARKUPS = (DEFAULT_MARKUP, HERMES_MARKUP)


def template_markup(engine: object) -> CallMarkup | None:
    """The markup of the engine's own chat template if it presents tools itself, else None.

    Recognised from the GGUF template text (``tokenizer.chat_template``): it must take ``tools``
    and write ``<tool_call>``.
    """
    metadata = getattr(engine, "metadata", None)
    template = metadata.get("tokenizer.chat_template") if isinstance(metadata, Mapping) else None
    if isinstance(template, str) and "tools" in template and HERMES_MARKUP.start in template:
        return HERMES_MARKUP
    return None


def native_tool_prompt(
    engine: object, messages: Sequence[dict[str, str]], tools: Sequence[LlmTool]
) -> str:
    """The prompt from the engine's own chat template, given the tools (see template_markup).

    Raises:
        ServerError: If the template fails to render.
    """
    render: Callable[..., str] = getattr(engine, "apply_chat_template")  # noqa: B009
    try:
        return render(messages, True, tools=[unstructure(tool) for tool in tools])
    except ChatTemplateError as exc:
        raise ServerError("The prompt template failed to render", cause=str(exc)) from exc


DEFAULT_TOOL_CHOICE_ENV = "LMSDK_TOOL_CHOICE"
"""Environment variable with the server's tool choice (auto, required or none) for requests that
offer tools and say nothing about it. lmstudio-python 1.5.0 cannot send toolChoice, so this is how
its act() can be served with forced calls (an operator's choice, as LM Studio's per-model defaults)."""

TOOLS_KEY = "llm.prediction.tools"
TOOL_CHOICE_KEY = "llm.prediction.toolChoice"
STRUCTURED_KEY = "llm.prediction.structured"


# -- the request's tool settings -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToolUse:
    """The tools a prediction offers and whether a call is required.

    Attributes:
        tools: The function tools, in the order the client sent them.
        required: Whether the model must call a tool (toolChoice ``required`` or ``force``).
    """

    tools: tuple[LlmTool, ...]
    required: bool

    @classmethod
    def from_config(cls, merged: Mapping[str, Any]) -> ToolUse | None:
        """Read ``llm.prediction.tools`` and ``toolChoice`` from a merged config.

        Returns:
            None when no tools are offered or toolChoice is ``none``.

        Raises:
            ServerError: If a value is malformed, or tools are combined with structured output.
        """
        raw = merged.get(TOOLS_KEY)
        if raw is None:
            return None
        try:
            setting: LlmToolUseSetting = structure(raw, LlmToolUseSetting)
        except Exception as exc:
            raise ServerError(
                f"Invalid value for the config key {TOOLS_KEY}",
                cause=f"expected a tool use setting, found {raw!r}",
            ) from exc
        if setting.type == "none" or not setting.tools:
            return None
        required = bool(setting.force)
        choice = merged.get(TOOL_CHOICE_KEY)
        if choice is None and not required:
            default = os.environ.get(DEFAULT_TOOL_CHOICE_ENV, "").strip()
            if default:
                if default not in ("auto", "required", "none"):
                    raise ServerError(
                        f"Invalid {DEFAULT_TOOL_CHOICE_ENV} setting of the server",
                        cause=f"expected auto, required or none, found {default!r}",
                    )
                choice = {"type": "generic", "mode": default}
        if choice is not None:
            try:
                mode: LlmToolChoiceMode = structure(choice, LlmToolChoice).mode
                if mode not in ("none", "auto", "required"):
                    raise ValueError(mode)  # the tolerant decoder lets unknown modes through
            except Exception as exc:
                raise ServerError(
                    f"Invalid value for the config key {TOOL_CHOICE_KEY}",
                    cause=f'expected {{"type": "generic", "mode": ...}}, found {choice!r}',
                ) from exc
            if mode == "none":
                return None
            required = mode == "required"
        names = [tool.function.name for tool in setting.tools]
        if len(set(names)) != len(names) or not all(names):
            raise ServerError(
                "Invalid tools",
                cause=f"tool names must be non-empty and unique, got {names!r}",
            )
        structured = merged.get(STRUCTURED_KEY)
        if isinstance(structured, dict) and structured.get("type", "none") != "none":
            raise ServerError(
                "Tools cannot be combined with structured output",
                suggestion="Send either llm.prediction.tools or llm.prediction.structured.",
            )
        return cls(tools=tuple(setting.tools), required=required)


def _tool_json(tool: LlmTool) -> dict[str, Any]:
    data: dict[str, Any] = {"name": tool.function.name}
    if tool.function.description:
        data["description"] = tool.function.description
    if tool.function.parameters is not None:
        data["parameters"] = unstructure(tool.function.parameters)
    return data


def tool_system_prompt(tools: Sequence[LlmTool]) -> str:
    """The system-prompt section that presents the tools and the call format to the model."""
    listing = "\n".join(json.dumps(_tool_json(tool), ensure_ascii=False) for tool in tools)
    example = tools[0].function.name
    return (
        "You have access to the following tools. Each line describes one tool as JSON:\n"
        f"{listing}\n\n"
        "When a tool helps to answer, call it by writing the call on its own, in exactly this form:\n"
        f'{START_MARKER}{{"name": "{example}", "arguments": {{...}}}}{END_MARKER}\n'
        'where "arguments" is a JSON object that fits the tool\'s parameters. You will get the '
        "tool's result in the next message. When no tool is needed, answer the user directly."
    )


def with_tools(
    messages: Sequence[dict[str, str]], tools: Sequence[LlmTool]
) -> list[dict[str, str]]:
    """The messages with the tool section appended to the system prompt (or as a new one)."""
    section = tool_system_prompt(tools)
    out = [dict(m) for m in messages]
    if out and out[0]["role"] == "system":
        base = out[0]["content"]
        out[0]["content"] = f"{base}\n\n{section}" if base else section
    else:
        out.insert(0, {"role": "system", "content": section})
    return out


def format_call(request: ToolCallRequest, markup: CallMarkup = DEFAULT_MARKUP) -> str:
    """A tool call of the chat history as the model is told to write it."""
    body = json.dumps(
        {"name": request.name, "arguments": request.arguments or {}}, ensure_ascii=False
    )
    return f"{markup.start}{body}{markup.end}"


# -- the grammar of one call -----------------------------------------------------------------------


def _prefix_refs(node: Any, prefix: str) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                out[key] = "#/$defs/" + prefix + value[len("#/$defs/") :]
            else:
                out[key] = _prefix_refs(value, prefix)
        return out
    if isinstance(node, list):
        return [_prefix_refs(item, prefix) for item in node]
    return node


def call_schema(tools: Sequence[LlmTool], *, for_grammar: bool = False) -> dict[str, Any]:
    """The JSON schema of one call object: a tool's name with arguments that fit its parameters.

    The ``$defs`` of each tool move to the top, renamed per tool, so that references still resolve
    and two tools may use the same definition name.

    Args:
        tools: The tools offered.
        for_grammar: A tool whose parameters use a keyword no grammar can enforce (the grammar
            converter refuses those) gets "any JSON object" as its arguments instead: the call
            still parses, and the client checks the arguments against the full schema.
    """
    alternatives: list[dict[str, Any]] = []
    defs: dict[str, Any] = {}
    for index, tool in enumerate(tools):
        if tool.function.parameters is None:
            arguments: dict[str, Any] = {"type": "object", "properties": {}}
        else:
            arguments = unstructure(tool.function.parameters)
            if for_grammar and not _enforceable(arguments):
                arguments = {"type": "object", "additionalProperties": True}
        prefix = f"t{index}-"
        arguments = _prefix_refs(arguments, prefix)
        for name, sub in (arguments.pop("$defs", None) or {}).items():
            defs[prefix + name] = sub
        alternatives.append(
            {
                "type": "object",
                "properties": {"name": {"const": tool.function.name}, "arguments": arguments},
                "required": ["name", "arguments"],
            }
        )
    schema: dict[str, Any] = alternatives[0] if len(alternatives) == 1 else {"oneOf": alternatives}
    if defs:
        schema = {**schema, "$defs": defs}
    return schema


def _enforceable(schema: dict[str, Any]) -> bool:
    from lmsdk.server.json_grammar import UnsupportedSchema, schema_to_gbnf

    try:
        schema_to_gbnf(schema)
    except UnsupportedSchema:
        return False
    return True


def _call_constraint(schema: dict[str, Any]) -> dict[str, Any]:
    """GenerationParams fields that constrain the output to the call schema."""
    return {"grammar_json_schema": schema, "gbnf": None}


# -- parsing what the model writes -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ToolCallStarted:
    """The model began a tool call."""

    call_id: str


@dataclass(frozen=True, slots=True)
class ToolCallNamed:
    """The name of the tool being called is known."""

    name: str


@dataclass(frozen=True, slots=True)
class ToolCallArguments:
    """A raw piece of the call's arguments text."""

    text: str


@dataclass(frozen=True, slots=True)
class ToolCallEnded:
    """A complete, well-formed tool call."""

    request: ToolCallRequest
    raw: str


@dataclass(frozen=True, slots=True)
class ToolCallFailed:
    """A tool call that cannot be used (malformed, or cut off)."""

    message: str
    raw: str


ToolCallEvent: TypeAlias = (
    ToolCallStarted | ToolCallNamed | ToolCallArguments | ToolCallEnded | ToolCallFailed
)
OutputEvent: TypeAlias = GenerationEvent | ToolCallEvent


class _CallScanner:
    """Follows the top level of a call object as it streams, to report its name and arguments.

    Only ``"name"`` and ``"arguments"`` at depth 1 matter; the scanner tracks nesting and strings so
    that braces and quotes inside values are not mistaken for structure.
    """

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False
        self.escaped = False
        self.string_start = -1
        self.last_string = ""
        self.key: str | None = None
        self.after_colon = False
        self.name: str | None = None
        self.args_start = -1
        self.args_end = -1

    def scan(self, text: str, start: int) -> None:
        for index in range(start, len(text)):
            char = text[index]
            if self.in_string:
                if self.escaped:
                    self.escaped = False
                elif char == "\\":
                    self.escaped = True
                elif char == '"':
                    self.in_string = False
                    self._string_done(text[self.string_start : index + 1])
                continue
            if self.args_start >= 0 and self.args_end < 0 and self.depth == 1 and char in ",}":
                self.args_end = index  # a scalar arguments value ends here
            if char == '"':
                self.in_string = True
                self.string_start = index
                if self.depth == 1 and self.after_colon and self.key == "arguments":
                    self._begin_arguments(index)
            elif char in "{[":
                if self.depth == 1 and self.after_colon and self.key == "arguments":
                    self._begin_arguments(index)
                self.depth += 1
            elif char in "}]":
                self.depth -= 1
                if self.depth == 1 and self.args_start >= 0 and self.args_end < 0:
                    self.args_end = index + 1
            elif char == ":" and self.depth == 1:
                self.key = self.last_string
                self.after_colon = True
            elif char == "," and self.depth == 1:
                self.after_colon = False
            elif not char.isspace() and self.depth == 1 and self.after_colon:
                if self.key == "arguments":
                    self._begin_arguments(index)

    def _begin_arguments(self, index: int) -> None:
        if self.args_start < 0:
            self.args_start = index
        self.after_colon = False

    def _string_done(self, literal: str) -> None:
        if self.depth != 1:
            return
        try:
            value = json.loads(literal)
        except ValueError:
            value = ""
        if self.after_colon and self.key == "name" and self.name is None:
            self.name = value if isinstance(value, str) else None
            self.after_colon = False
        else:
            self.last_string = value if isinstance(value, str) else ""


class ToolCallParser:
    """Splits generated text into ordinary text and tool calls, as it streams.

    Text outside ``[TOOL_REQUEST]`` ... ``[END_TOOL_REQUEST]`` is passed on as :class:`Piece` events;
    a suffix that may be the start of a marker is held back until it is settled. Inside a call, the
    name and the arguments text are reported as soon as they are known, and the call ends as
    :class:`ToolCallEnded` (it parses) or :class:`ToolCallFailed`.
    """

    def __init__(
        self, new_id: Callable[[], str] | None = None, markup: CallMarkup = DEFAULT_MARKUP
    ) -> None:
        self._new_id = new_id or (lambda: str(100_000_000 + secrets.randbelow(900_000_000)))
        self._start = markup.start
        self._end = markup.end
        self._pending = ""
        self._in_call = False
        self._call_id = ""
        self._body = ""
        self._scanned = 0
        self._scanner = _CallScanner()
        self._named = False
        self._args_sent = 0
        self.text = ""
        """All ordinary text released so far."""
        self.calls: list[ToolCallRequest] = []
        """The well-formed calls, in order."""
        self.failures = 0

    @property
    def in_call(self) -> bool:
        """Whether a call has started and not yet ended."""
        return self._in_call

    def feed(self, text: str, tokens: int = 0) -> list[OutputEvent]:
        """Take the next generated text; return the events it completes."""
        out: list[OutputEvent] = []
        self._pending += text
        while True:
            if self._in_call:
                if not self._feed_call(out):
                    break
            elif not self._feed_text(out, tokens):
                break
            tokens = 0
        return out

    def finish(self) -> list[OutputEvent]:
        """The generation ended: release held text; a call still open has failed."""
        out: list[OutputEvent] = []
        if self._in_call:
            self._body += self._pending
            self._pending = ""
            self._fail(out, "the generation ended before the tool call was complete")
        elif self._pending:
            self._emit_text(out, self._pending, 0)
            self._pending = ""
        return out

    def _emit_text(self, out: list[OutputEvent], text: str, tokens: int) -> None:
        if text:
            self.text += text
            out.append(Piece(text=text, tokens=tokens))

    def _feed_text(self, out: list[OutputEvent], tokens: int) -> bool:
        start = self._pending.find(self._start)
        if start < 0:
            keep = _held_prefix(self._pending, self._start)
            cut = len(self._pending) - keep
            self._emit_text(out, self._pending[:cut], tokens)
            self._pending = self._pending[cut:]
            return False
        self._emit_text(out, self._pending[:start], tokens)
        self._pending = self._pending[start + len(self._start) :]
        self._in_call = True
        self._call_id = self._new_id()
        self._body = ""
        self._scanned = 0
        self._scanner = _CallScanner()
        self._named = False
        self._args_sent = 0
        out.append(ToolCallStarted(call_id=self._call_id))
        return True

    def _feed_call(self, out: list[OutputEvent]) -> bool:
        end = self._pending.find(self._end)
        if end < 0:
            keep = _held_prefix(self._pending, self._end)
            cut = len(self._pending) - keep
            self._body += self._pending[:cut]
            self._pending = self._pending[cut:]
            self._stream_call(out)
            return False
        self._body += self._pending[:end]
        self._pending = self._pending[end + len(self._end) :]
        self._stream_call(out)
        self._end_call(out)
        return True

    def _stream_call(self, out: list[OutputEvent]) -> None:
        scanner = self._scanner
        scanner.scan(self._body, self._scanned)
        self._scanned = len(self._body)
        if scanner.name is not None and not self._named:
            self._named = True
            out.append(ToolCallNamed(name=scanner.name))
        if scanner.args_start >= 0 and self._named:
            stop = scanner.args_end if scanner.args_end >= 0 else len(self._body)
            begin = max(scanner.args_start, self._args_sent)
            if stop > begin:
                out.append(ToolCallArguments(text=self._body[begin:stop]))
                self._args_sent = stop

    def _end_call(self, out: list[OutputEvent]) -> None:
        raw = self._body
        try:
            data = json.loads(raw)
        except ValueError as exc:
            self._fail(out, f"the tool call is not valid JSON: {exc}")
            return
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            self._fail(out, 'a tool call must be a JSON object with a string "name"')
            return
        arguments = data.get("arguments", {})
        if not isinstance(arguments, dict):
            self._fail(out, 'the "arguments" of a tool call must be a JSON object')
            return
        name: str = data["name"]
        if not self._named:
            out.append(ToolCallNamed(name=name))
        if self._args_sent == 0 and arguments:
            out.append(ToolCallArguments(text=json.dumps(arguments, ensure_ascii=False)))
        request = ToolCallRequest(id=self._call_id, name=name, arguments=arguments)
        self.calls.append(request)
        out.append(ToolCallEnded(request=request, raw=raw))
        self._in_call = False

    def _fail(self, out: list[OutputEvent], message: str) -> None:
        self.failures += 1
        out.append(ToolCallFailed(message=message, raw=self._body))
        self._in_call = False


def _held_prefix(text: str, marker: str) -> int:
    """Length of the longest suffix of text that is a proper prefix of marker."""
    for size in range(min(len(text), len(marker) - 1), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


# -- running a prediction with tools ---------------------------------------------------------------


RunGeneration: TypeAlias = Callable[
    [
        Engine,
        str,
        GenerationParams,
        threading.Event,
        Callable[[list[GenerationEvent]], Awaitable[None]],
    ],
    Awaitable[None],
]


@dataclass(slots=True)
class _Phase:
    finished: Finished | None = None


async def run_tool_generation(
    run_generation: RunGeneration,
    engine: Engine,
    prompt: str,
    params: GenerationParams,
    tool_use: ToolUse,
    cancel: threading.Event,
    on_events: Callable[[list[OutputEvent]], Awaitable[None]],
    parser: ToolCallParser | None = None,
    markup: CallMarkup = DEFAULT_MARKUP,
) -> Literal["toolCalls"] | None:
    """Generate with tools offered; events go to ``on_events``, ending with one merged Finished.

    Args:
        run_generation: Runs one engine generation (``generation.run_generation``).
        engine: The model.
        prompt: The prompt, tools already presented in it.
        params: The request's sampling and stopping parameters.
        tool_use: The tools and whether a call is required.
        cancel: Set to stop.
        on_events: Receives text pieces, progress, tool-call events and finally a Finished.
        parser: The parser to use (tests pass one with fixed ids).
        markup: How the model writes calls (the prompt told it so).

    Returns:
        ``"toolCalls"`` when the prediction ended because it made tool calls (the wire stop reason
        that replaces the engine's), else None.
    """
    parser = parser or ToolCallParser(markup=markup)
    phases: list[Finished] = []

    def forwarder(first: bool) -> Callable[[list[GenerationEvent]], Awaitable[None]]:
        async def forward(events: list[GenerationEvent]) -> None:
            out: list[OutputEvent] = []
            for event in events:
                if isinstance(event, Piece):
                    out.extend(parser.feed(event.text, event.tokens))
                elif isinstance(event, PromptProgress):
                    if first:  # later phases re-read a prompt the client already saw processed
                        out.append(event)
                else:
                    phases.append(event)
            if out:
                await on_events(out)

        return forward

    call_params = dataclasses.replace(
        params, stop_strings=(), **_call_constraint(call_schema(tool_use.tools, for_grammar=True))
    )
    if tool_use.required:
        prefix = markup.start
        await on_events(parser.feed(markup.start))
    else:
        free = dataclasses.replace(params, stop_strings=(*params.stop_strings, markup.start))
        await run_generation(engine, prompt, free, cancel, forwarder(True))
        first = phases[-1]
        if first.stop_reason != "stopStringFound" or first.stop_string != markup.start:
            await on_events([*parser.finish(), first])
            return None
        await on_events(parser.feed(markup.start))
        prefix = parser.text + markup.start
        if params.max_tokens is not None:
            left = params.max_tokens - first.predicted_tokens
            if left <= 0:
                out = parser.finish()
                await on_events(
                    [*out, dataclasses.replace(first, stop_reason="maxPredictedTokensReached")]
                )
                return None
            call_params = dataclasses.replace(call_params, max_tokens=left)
    await run_generation(engine, prompt + prefix, call_params, cancel, forwarder(tool_use.required))
    last = phases[-1]
    tail: list[OutputEvent] = []
    if last.stop_reason == "eosFound" and parser.in_call:
        # The grammar ends after the call object: the end marker is implied.
        tail.extend(parser.feed(markup.end))
    tail.extend(parser.finish())
    tail.append(_merge(phases))
    await on_events(tail)
    if parser.calls and last.stop_reason in ("eosFound", "stopStringFound"):
        return "toolCalls"
    return None


def _merge(phases: Sequence[Finished]) -> Finished:
    """One Finished for phases that ran one after another."""
    if len(phases) == 1:
        return phases[0]
    first, last = phases[0], phases[-1]
    predicted = sum(p.predicted_tokens for p in phases)
    generating = sum(
        p.predicted_tokens / p.tokens_per_second for p in phases if p.tokens_per_second
    )
    ttft = first.time_to_first_token_sec
    if first.predicted_tokens == 0 or ttft >= first.total_time_sec:
        ttft = first.total_time_sec + last.time_to_first_token_sec
    return Finished(
        stop_reason=last.stop_reason,
        stop_string=last.stop_string,
        prompt_tokens=first.prompt_tokens,
        predicted_tokens=predicted,
        time_to_first_token_sec=ttft,
        tokens_per_second=predicted / generating if generating > 0 else 0.0,
        total_time_sec=sum(p.total_time_sec for p in phases),
    )
