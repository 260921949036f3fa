"""An engine that is another server: any OpenAI-compatible HTTP API behind the LM Studio protocol.

``lmsdk serve --engine openai --upstream URL`` puts the LM Studio protocol in front of vLLM,
llama.cpp's server, llama-cpp-python's server, Ollama or TGI, so code written against LM Studio runs
unchanged against a cluster. The upstream's ``/v1/models`` become downloaded and loaded models; a chat
prediction is a streamed ``/v1/chat/completions`` request (the upstream applies its chat template), and
a prediction with a prompt template of the client's (``complete()``) is rendered here and sent to
``/v1/completions``.

Design decisions:

* Stop strings are matched here, not sent upstream: OpenAI's ``finish_reason: "stop"`` does not say
  whether the model ended or which stop string matched, and LM Studio reports both. When one matches,
  the stream is closed, which makes the upstream stop generating (vLLM, llama.cpp and
  llama-cpp-python all abort a request whose client went away).
* Only the sampling parameters of the OpenAI API are sent (temperature, top-p, max tokens, seed), plus
  the structured-output and tool definitions. LM Studio's clients always carry top-k, min-p and repeat
  penalty defaults; sending them would override the upstream's own per-model defaults.
* Dialects differ where the OpenAI API has no word: the tokenize endpoint (``/tokenize`` on vLLM and
  llama.cpp, ``/extras/tokenize`` on llama-cpp-python) and the JSON-schema response format
  (llama-cpp-python wants ``{"type": "json_object", "schema": ...}``). Each is probed on first use and
  remembered per upstream.
* The HTTP side (connections, events, errors that name the upstream) is :mod:`openai_upstream`; one
  connection pool serves every model of the upstream.
"""

from __future__ import annotations

import json
import logging
import queue
import re
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import attrs

from lmsdk._generated.common import SerializedError
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.engine import (
    ChatPrompt,
    GenerationEvent,
    GenerationParams,
    Piece,
    Prompt,
    PromptProgress,
    StopReason,
)
from lmsdk.server.engines import Catalog, EngineOptions
from lmsdk.server.errors import ServerError
from lmsdk.server.kv import DEFAULT_CONTEXT_LENGTH
from lmsdk.server.model_files import display_name_from_path, model_key_from_path
from lmsdk.server.openai_upstream import (
    StreamCutShort,
    Upstream,
    UpstreamError,
    engine_does_not_support,
)
from lmsdk.server.stopping import GenerationClock, PieceAssembler
from lmsdk.server.tool_use import END_MARKER, START_MARKER

__all__ = ["DEFAULT_PARALLEL", "OpenAIBackend", "OpenAIEngine"]

log = logging.getLogger("lmsdk.server")

DEFAULT_PARALLEL = 16
"""Predictions per model sent to the upstream at once, unless the load config's
``maxParallelPredictions`` says otherwise; the upstream batches them (vLLM, llama.cpp's
``--parallel``) or queues them."""


class OpenAIEngine:
    """One model of an OpenAI-compatible upstream, implementing ``Engine``.

    Unlike the local engines it holds no lock: predictions run in parallel on the upstream, which
    batches them. Tools go to the upstream's tool-calling API, and the calls it returns are written
    in the server's tool-call markup (see ``calls_tools_natively``).
    """

    native_tool_calls = True

    def __init__(
        self,
        upstream: Upstream,
        model_id: str,
        context_length: int,
        parallel: int = DEFAULT_PARALLEL,
    ) -> None:
        """Serve ``model_id`` of ``upstream``.

        Args:
            upstream: The server.
            model_id: The model's id in the upstream's ``/v1/models``.
            context_length: The context length to report (the upstream's, when it says).
            parallel: How many predictions the server may run on it at once.

        Raises:
            ValueError: If ``parallel`` is less than 1.
        """
        if parallel < 1:
            raise ValueError(f"parallel must be at least 1, got {parallel}")
        self._upstream = upstream
        self._model_id = model_id
        self._context_length = context_length
        self.parallel_slots = parallel
        """Generations the server lets through at once (see ``engine.parallel_slots``)."""

    @property
    def model_id(self) -> str:
        """The upstream's id of the model."""
        return self._model_id

    @property
    def context_length(self) -> int:
        """The upstream's context length if it reports one, else the requested one."""
        return self._context_length

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """See :meth:`Engine.tokenize`; asks the upstream's tokenize endpoint."""
        return self._upstream.tokenize(self._model_id, text, add_special)

    def apply_chat_template(
        self, messages: Sequence[Mapping[str, str]], add_generation_prompt: bool = True
    ) -> str:
        """The chat template lives upstream; OpenAI's API has no endpoint to render it.

        Raises:
            ServerError: ``engineDoesNotSupportFeature`` always.
        """
        raise engine_does_not_support("applyPromptTemplate", self._upstream.root)

    def generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """See :meth:`Engine.generate`; streams a chat or text completion from the upstream.

        Raises:
            ServerError: If the request asks for what the upstream cannot do (a GBNF grammar
                with a chat) — transport and upstream errors come from the iterator.
        """
        return self._generate(prompt, params, cancel)

    def _generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        clock = GenerationClock()
        if params.max_tokens == 0:
            yield PromptProgress(0, 0, 0)
            clock.prompt_done = time.perf_counter()
            yield clock.finished("maxPredictedTokensReached", None, 0, 0)
            return
        chat = isinstance(prompt, ChatPrompt)
        path = "/v1/chat/completions" if chat else "/v1/completions"
        assembler = PieceAssembler(params.stop_strings)
        chunks = 0
        streamed = 0
        finish: str | None = None
        usage: Mapping[str, Any] = {}
        reason: StopReason | None = None
        calls = _ToolCalls()
        thinking = _Reasoning()
        try:
            for event in _pumped(self._read(path, prompt, params), cancel):
                if clock.prompt_done is None:
                    # The first event comes once the upstream has read the prompt.
                    clock.prompt_done = time.perf_counter()
                    yield PromptProgress(0, 0, 0)
                if isinstance(event.get("usage"), dict):
                    usage = event["usage"]
                choices = event.get("choices")
                if not isinstance(choices, list) or not choices:
                    continue
                choice = choices[0] if isinstance(choices[0], dict) else {}
                if chat:
                    calls.feed(choice)
                text = thinking.wrap(choice) if chat else _completion_text(choice)
                if text:
                    chunks += 1
                    if clock.first_token is None:
                        clock.first_token = time.perf_counter()
                    released, count = assembler.feed(text.encode("utf-8"))
                    if released:
                        if clock.first_piece is None:
                            clock.first_piece = time.perf_counter()
                        streamed += len(released)
                        yield Piece(released, count)
                    if assembler.stop_string is not None:
                        reason = "stopStringFound"
                        break
                if isinstance(choice.get("finish_reason"), str):
                    finish = choice["finish_reason"]
                if cancel.is_set():
                    reason = "userStopped"
                    break
        except UpstreamError as exc:
            # A stream that said how it finished lacks nothing but its [DONE].
            if not isinstance(exc, StreamCutShort) or finish is None:
                if streamed:
                    exc.error = _with_partial(exc.error, streamed)
                log.warning("%s: %s", exc, exc.error.cause)
                raise
        if reason is None and cancel.is_set():
            reason = "userStopped"
        if reason is None and thinking.open:
            # A stream that ended while still reasoning: close the tag it opened.
            released, count = assembler.feed(_THINK_END.encode("utf-8"))
            if released:
                yield Piece(released, count)
        tail, count = assembler.finish()
        if tail:
            if clock.first_piece is None:
                clock.first_piece = time.perf_counter()
            yield Piece(tail, count)
        if reason is None:
            for markup in calls.markup():
                if clock.first_piece is None:
                    clock.first_piece = time.perf_counter()
                yield Piece(markup, 0)
        predicted = _int(usage.get("completion_tokens"), chunks)
        if reason is None:
            reason = _stop_reason(finish, params.max_tokens, usage)
        prompt_tokens = _int(usage.get("prompt_tokens"), -1)
        if prompt_tokens < 0:
            prompt_tokens = self._count_prompt(prompt)
        yield clock.finished(reason, assembler.stop_string, prompt_tokens, predicted)

    def _count_prompt(self, prompt: Prompt) -> int:
        # For upstreams that send no usage while streaming (llama-cpp-python): a text prompt is
        # counted with the upstream's tokenizer; a chat's templated length is unknown here.
        if isinstance(prompt, ChatPrompt) or self._upstream.tokenize_path == "":
            return 0
        try:
            return len(self._upstream.tokenize(self._model_id, prompt, True))
        except ServerError:
            return 0

    def _read(
        self, path: str, prompt: Prompt, params: GenerationParams
    ) -> Iterator[dict[str, Any]]:
        with self._open(path, prompt, params) as events:
            yield from events

    @contextmanager
    def _open(
        self, path: str, prompt: Prompt, params: GenerationParams
    ) -> Iterator[Iterator[dict[str, Any]]]:
        upstream = self._upstream
        body = self._body(prompt, params, upstream.schema_format_style)
        opened = False
        try:
            with upstream.stream(path, body) as events:
                opened = True
                yield events
            return
        except UpstreamError as exc:
            # llama-cpp-python rejects OpenAI's json_schema format but takes the schema inside
            # json_object; retry once in that dialect and keep it for this upstream.
            retry = (
                not opened
                and "response_format" in body
                and upstream.schema_format_style == "json_schema"
                and "response_format" in str(exc.error.cause or "")
            )
            if not retry:
                raise
        upstream.schema_format_style = "json_object"
        with upstream.stream(path, self._body(prompt, params, "json_object")) as events:
            yield events

    def _body(self, prompt: Prompt, params: GenerationParams, schema_style: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self._model_id,
            "stream": True,
            # vLLM and llama.cpp send token counts in a last chunk when asked; others ignore it.
            "stream_options": {"include_usage": True},
            "temperature": params.temperature,
            "top_p": params.top_p,
        }
        if params.max_tokens is not None:
            body["max_tokens"] = params.max_tokens
        if params.seed is not None:
            body["seed"] = params.seed
        if isinstance(prompt, ChatPrompt):
            body["messages"] = _openai_messages(prompt.messages)
            if prompt.enable_thinking is not None:
                # vLLM and llama.cpp's server hand these to the chat template.
                body["chat_template_kwargs"] = {"enable_thinking": prompt.enable_thinking}
            if prompt.tools:
                body["tools"] = [dict(t) for t in prompt.tools]
                body["tool_choice"] = _tool_choice(prompt)
        else:
            body["prompt"] = prompt
        if params.grammar_json_schema is not None:
            schema = dict(params.grammar_json_schema)
            body["response_format"] = (
                {"type": "json_object", "schema": schema}
                if schema_style == "json_object"
                else {
                    "type": "json_schema",
                    "json_schema": {"name": "response", "schema": schema, "strict": True},
                }
            )
        if params.gbnf is not None:
            body["grammar"] = params.gbnf  # llama.cpp's and llama-cpp-python's key
        return body

    def close(self) -> None:
        """Nothing to free: the upstream keeps the model; the backend owns the connections."""


class OpenAIBackend:
    """``--engine openai``: the models of an OpenAI-compatible upstream server."""

    def __init__(self, options: EngineOptions) -> None:
        """Configure the upstream from the engine options.

        Raises:
            ValueError: If no upstream URL is given or it is not an http(s) URL.
        """
        if not options.upstream:
            raise ValueError("the openai engine needs the upstream's URL (--upstream URL)")
        self.upstream = Upstream(
            options.upstream, options.upstream_api_key, options.upstream_timeout
        )
        self._ids: dict[str, str] = {}

    def catalog(self, models: Sequence[str], models_dir: Path | None) -> Catalog:
        """Every model the upstream lists; ``--model`` picks which to preload (default: all).

        Raises:
            ValueError: If ``models_dir`` is given, the upstream cannot be reached, or a
                ``--model`` names no upstream model.
        """
        if models_dir is not None:
            raise ValueError("--models-dir does not apply to the openai engine")
        try:
            listed = self.upstream.list_models()
        except UpstreamError as exc:
            raise ValueError(f"{exc} ({exc.error.cause})") from exc
        entries: list[ModelEntry] = []
        for model in listed:
            entry = _entry(model)
            if any(e.key == entry.key for e in entries):
                entry = attrs.evolve(entry, key=model["id"])
            self._ids[entry.key] = model["id"]
            entries.append(entry)
        chosen: list[ModelEntry] = []
        for wanted in models:
            found = next((e for e in entries if wanted in (e.key, self._ids[e.key])), None)
            if found is None:
                known = ", ".join(self._ids.values()) or "none"
                raise ValueError(f"the upstream has no model {wanted!r}; it serves: {known}")
            chosen.append(found)
        return Catalog(entries, chosen or list(entries))

    def load(
        self, entry: ModelEntry, context_length: int, parallel: int | None = None
    ) -> OpenAIEngine:
        """The upstream keeps its models loaded: this only names one.

        Args:
            entry: The model.
            context_length: Unused: the upstream's context length is what it is.
            parallel: ``maxParallelPredictions`` of the load config (None: :data:`DEFAULT_PARALLEL`).
        """
        model_id = self._ids.get(entry.key)
        if model_id is None:
            raise ValueError(f"{entry.key!r} is not a model of {self.upstream.root}")
        return OpenAIEngine(
            self.upstream,
            model_id,
            entry.max_context_length,
            parallel if parallel is not None else DEFAULT_PARALLEL,
        )

    def close(self) -> None:
        """Close the connections to the upstream."""
        self.upstream.close()


def _entry(model: Mapping[str, Any]) -> ModelEntry:
    model_id: str = model["id"]
    # llama-cpp-python names a model by its file path unless given an alias.
    is_file = model_id.lower().endswith(".gguf")
    key = model_key_from_path(model_id) if is_file else model_id
    name = display_name_from_path(model_id) if is_file else model_id.rsplit("/", 1)[-1]
    owner = model.get("owned_by")
    publisher = model_id.split("/", 1)[0] if "/" in model_id and not is_file else None
    publisher = publisher or (owner if isinstance(owner, str) and owner else "upstream")
    context = _context_length(model)
    return ModelEntry(
        key=key,
        file=Path(model_id),
        path=f"{publisher}/{re.sub(r'[^A-Za-z0-9._-]+', '-', name)}",
        publisher=publisher,
        display_name=name,
        size_bytes=0,
        architecture=None,
        max_context_length=context or DEFAULT_CONTEXT_LENGTH,
        params_string=None,
        quantization=None,
        trained_for_tool_use=False,
    )


def _context_length(model: Mapping[str, Any]) -> int | None:
    # vLLM: max_model_len; llama.cpp's server: meta.n_ctx_train (and n_ctx in newer builds).
    meta = model.get("meta")
    for value in (
        model.get("max_model_len"),
        meta.get("n_ctx") if isinstance(meta, dict) else None,
        meta.get("n_ctx_train") if isinstance(meta, dict) else None,
    ):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return None


_CALL_MARKUP = re.compile(re.escape(START_MARKER) + r"(.*?)" + re.escape(END_MARKER), re.DOTALL)


def _openai_messages(messages: Sequence[Mapping[str, str]]) -> list[dict[str, Any]]:
    """The chat in the OpenAI shape: tool calls as ``tool_calls``, results with ``tool_call_id``.

    The server's messages carry an assistant's tool calls as markup in its text (the form local
    models read) and tool results as ``tool`` messages; the OpenAI API wants the calls structured
    and each result tied to its call, so calls get ids here and results take them in order.
    """
    converted: list[dict[str, Any]] = []
    pending: list[str] = []
    for message in messages:
        role, content = message.get("role", "user"), message.get("content", "")
        if role == "assistant" and START_MARKER in content:
            calls: list[dict[str, Any]] = []
            for body in _CALL_MARKUP.findall(content):
                try:
                    call = json.loads(body)
                except ValueError:
                    continue  # a malformed call stays out; its text was the model's
                if not isinstance(call, dict) or not isinstance(call.get("name"), str):
                    continue
                call_id = f"call_{len(converted)}_{len(calls)}"
                pending.append(call_id)
                arguments = call.get("arguments") or {}
                calls.append(
                    {
                        "id": call_id,
                        "type": "function",
                        "function": {"name": call["name"], "arguments": json.dumps(arguments)},
                    }
                )
            # Content as a string, even empty: some upstreams refuse null, and chat templates
            # (SmolLM2's, as llama-cpp-python renders it) read every message's content.
            text = _CALL_MARKUP.sub("", content).strip()
            converted.append({"role": "assistant", "content": text, "tool_calls": calls})
        elif role == "tool":
            call_id = pending.pop(0) if pending else "call_unmatched"
            converted.append({"role": "tool", "content": content, "tool_call_id": call_id})
        else:
            converted.append({"role": role, "content": content})
    return converted


def _tool_choice(prompt: ChatPrompt) -> str | dict[str, Any]:
    if not prompt.tools_required:
        return "auto"
    if len(prompt.tools) == 1:
        # The same demand as "required"; llama-cpp-python only forces a call when one is named.
        function = prompt.tools[0].get("function")
        name = function.get("name") if isinstance(function, Mapping) else None
        if isinstance(name, str):
            return {"type": "function", "function": {"name": name}}
    return "required"


class _ToolCalls:
    """Tool calls streamed in ``delta.tool_calls``: name and argument fragments per index."""

    def __init__(self) -> None:
        self._calls: dict[int, tuple[str, str]] = {}

    def feed(self, choice: Mapping[str, Any]) -> None:
        delta = choice.get("delta")
        listed = delta.get("tool_calls") if isinstance(delta, dict) else None
        if not isinstance(listed, list):
            return
        for call in listed:
            if not isinstance(call, dict):
                continue
            index = call.get("index", 0)
            function = call.get("function")
            if not isinstance(index, int) or not isinstance(function, dict):
                continue
            name, arguments = self._calls.get(index, ("", ""))
            if isinstance(function.get("name"), str) and not name:
                name = function["name"]
            if isinstance(function.get("arguments"), str):
                arguments += function["arguments"]
            self._calls[index] = (name, arguments)

    def markup(self) -> list[str]:
        """Each call as ``[TOOL_REQUEST]{"name": ..., "arguments": ...}[END_TOOL_REQUEST]``.

        The arguments text goes in as the upstream sent it, so arguments that are not JSON
        reach the client as a failed tool call rather than being repaired here.
        """
        return [
            f'{START_MARKER}{{"name": {json.dumps(name)}, "arguments": {arguments.strip() or "{}"}}}'
            f"{END_MARKER}"
            for _, (name, arguments) in sorted(self._calls.items())
        ]


_END = object()
_POLL_SEC = 0.1


def _pumped(source: Iterator[dict[str, Any]], cancel: threading.Event) -> Iterator[dict[str, Any]]:
    """``source``'s events, read in a thread of their own so that a cancel ends this at once.

    A read from the upstream may block for long (a long prompt, an overloaded or hung server) and
    cannot be interrupted; meanwhile the model's turn must not stay taken by a cancelled request.
    So the reader runs apart, this side returns as soon as ``cancel`` is set, and the reader
    closes the stream (which stops the upstream) at its next event or at the upstream timeout.
    """
    events: queue.SimpleQueue[object] = queue.SimpleQueue()
    stop = threading.Event()

    def read() -> None:
        try:
            for event in source:
                events.put(event)
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the consumer, which raises it
            events.put(exc)
        else:
            events.put(_END)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    threading.Thread(target=read, name="lmsdk-upstream-reader", daemon=True).start()
    try:
        while True:
            try:
                item = events.get(timeout=_POLL_SEC)
            except queue.Empty:
                if cancel.is_set():
                    return
                continue
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield cast(dict[str, Any], item)
    finally:
        stop.set()


def _completion_text(choice: Mapping[str, Any]) -> str:
    text = choice.get("text")
    return text if isinstance(text, str) else ""


_THINK_START, _THINK_END = "<think>", "</think>"


class _Reasoning:
    """Chat deltas to text: reasoning (vLLM's and llama.cpp's ``reasoning_content``) in think tags.

    Upstreams that split a reasoning model's thinking from its answer send it in a field of its
    own; the LM Studio protocol streams it as text, which is how the model wrote it.
    """

    def __init__(self) -> None:
        self.open = False

    def wrap(self, choice: Mapping[str, Any]) -> str:
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            return ""
        reasoning = delta.get("reasoning_content")
        if not isinstance(reasoning, str):
            reasoning = delta.get("reasoning")
        content = delta.get("content")
        text = ""
        if isinstance(reasoning, str) and reasoning:
            if not self.open:
                text, self.open = _THINK_START, True
            text += reasoning
        if isinstance(content, str) and content:
            if self.open:
                text, self.open = text + _THINK_END, False
            text += content
        return text


def _stop_reason(
    finish: str | None, max_tokens: int | None, usage: Mapping[str, Any]
) -> StopReason:
    if finish == "length":
        completion = usage.get("completion_tokens")
        if max_tokens is not None and (not isinstance(completion, int) or completion >= max_tokens):
            return "maxPredictedTokensReached"
        return "contextLengthReached"
    return "eosFound"


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _with_partial(error: SerializedError, streamed: int) -> SerializedError:
    cause = (error.cause + " " if error.cause else "") + (
        f"The prediction had streamed {streamed} characters; they are the partial text."
    )
    return SerializedError(
        title=error.title,
        root_title=error.root_title,
        cause=cause,
        suggestion=error.suggestion,
        display_data=error.display_data,
    )
