"""Prompt rendering and running a blocking engine generation off the event loop.

Engines generate in a blocking iterator; :func:`run_generation` drives it in a
dedicated thread and hands its events to the event loop in batches, so the
loop never blocks and a fast engine does not wake it once per token.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Literal

from lmsdk._generated.chat import (
    ChatHistoryData,
    ChatMessageAssistant,
    ChatMessagePartFile,
    ChatMessagePartText,
    ChatMessagePartToolCallRequest,
    ChatMessagePartToolCallResult,
)
from lmsdk._generated.config import LlmPromptTemplate
from lmsdk._generated.converter import unstructure
from lmsdk.server.engine import (
    ChatPrompt,
    ChatTemplateError,
    Engine,
    Finished,
    GenerationEvent,
    GenerationParams,
    Piece,
    Prompt,
    render_chat_template,
)
from lmsdk.server.errors import ServerError
from lmsdk.server.kv import ENABLE_THINKING, PROMPT_TEMPLATE
from lmsdk.server.tool_use import (
    DEFAULT_MARKUP,
    CallMarkup,
    OutputEvent,
    ToolCallParser,
    ToolUse,
    format_call,
)

__all__ = [
    "history_messages",
    "prediction_prompt",
    "render_prompt",
    "run_generation",
    "run_native_tool_generation",
    "with_native_tools",
]


def history_messages(
    history: ChatHistoryData, call_markup: CallMarkup = DEFAULT_MARKUP
) -> list[dict[str, str]]:
    """Flatten a chat history into ``{"role", "content"}`` messages for templates.

    Tool calls of assistant messages are written in ``call_markup``, the way the model is told to
    write them.

    Raises:
        ServerError: If the history holds file parts (this server has no
            file store and its models read no images).
    """
    messages: list[dict[str, str]] = []
    for message in history.messages:
        texts: list[str] = []
        for part in message.content:
            if isinstance(part, ChatMessagePartText):
                texts.append(part.text)
            elif isinstance(part, ChatMessagePartToolCallRequest):
                # As the model is told to write calls (tool_use), so that earlier calls in the
                # history are examples of the format.
                texts.append(format_call(part.tool_call_request, call_markup))
            elif isinstance(part, ChatMessagePartToolCallResult):
                texts.append(part.content)
            elif isinstance(part, ChatMessagePartFile):
                raise ServerError(
                    "File and image parts are not supported",
                    cause=f'The message contains the file "{part.name}".',
                    suggestion="Send text only.",
                )
        role = "assistant" if isinstance(message, ChatMessageAssistant) else message.role
        messages.append({"role": role, "content": "\n".join(texts)})
    return messages


def render_prompt(
    engine: Engine,
    messages: Sequence[dict[str, str]],
    template: LlmPromptTemplate | None,
    raw_template: Any = None,
) -> str:
    """Render messages with an override template, or else the model's chat template.

    ``complete()`` sends a jinja template that just concatenates the message
    contents; honouring it is what makes completion a raw continuation.

    Args:
        engine: The model (for its own chat template).
        messages: Messages from :func:`history_messages`.
        template: The ``llm.prediction.promptTemplate`` setting, if any.
        raw_template: The same setting as raw JSON, for the bosToken/eosToken
            keys that the schema does not model.

    Raises:
        ServerError: If the template is unusable.
    """
    try:
        if template is None:
            return engine.apply_chat_template(messages, add_generation_prompt=True)
        if template.type == "jinja" and template.jinja_prompt_template is not None:
            extra = (
                raw_template.get("jinjaPromptTemplate", {})
                if isinstance(raw_template, dict)
                else {}
            )
            bos, eos = extra.get("bosToken", ""), extra.get("eosToken", "")
            return render_chat_template(
                template.jinja_prompt_template.template,
                messages,
                bos_token=bos if isinstance(bos, str) else "",
                eos_token=eos if isinstance(eos, str) else "",
                add_generation_prompt=True,
            )
        if template.type == "manual" and template.manual_prompt_template is not None:
            manual = template.manual_prompt_template
            wrap = {
                "system": (manual.before_system, manual.after_system),
                "user": (manual.before_user, manual.after_user),
                "assistant": (manual.before_assistant, manual.after_assistant),
            }
            parts = []
            for message in messages:
                before, after = wrap.get(message["role"], wrap["user"])
                parts.append(before + message["content"] + after)
            return "".join(parts) + manual.before_assistant
    except ChatTemplateError as exc:
        raise ServerError("The prompt template failed to render", cause=str(exc)) from exc
    raise ServerError(
        "Invalid prompt template",
        cause=f"type {template.type!r} needs its matching template field",
    )


def prediction_prompt(
    engine: Engine,
    messages: Sequence[dict[str, str]],
    template: LlmPromptTemplate | None,
    config: Mapping[str, Any],
) -> Prompt:
    """The prompt of a prediction: text when the client chose a template, else a chat.

    A chat is left to the engine to format (its own chat template, or another
    server's chat endpoint); a client's override template (``complete()``
    sends one) is rendered here, so every engine gets the same text.

    Args:
        engine: The model (unused for chats; kept for :func:`render_prompt`).
        messages: Messages from :func:`history_messages`.
        template: The ``llm.prediction.promptTemplate`` setting, if any.
        config: The merged prediction config (raw template and tools).

    Raises:
        ServerError: If the template is unusable.
    """
    if template is not None:
        return render_prompt(engine, messages, template, config.get(PROMPT_TEMPLATE))
    thinking = config.get(ENABLE_THINKING)
    return ChatPrompt(
        messages=tuple(messages),
        enable_thinking=thinking if isinstance(thinking, bool) else None,
    )


def with_native_tools(prompt: Prompt, tool_use: ToolUse) -> ChatPrompt:
    """A chat prompt offering ``tool_use``'s tools to an engine that calls tools natively.

    Raises:
        ServerError: If the prompt is text (a client prompt template): the tools of such an
            engine go with a chat.
    """
    if not isinstance(prompt, ChatPrompt):
        raise ServerError(
            "Tools need a chat prompt with this engine",
            cause="The request sets a prompt template, so the prompt is raw text, and this "
            "engine offers tools through its chat API only.",
            suggestion="Leave llm.prediction.promptTemplate unset when offering tools.",
        )
    return dataclasses.replace(
        prompt,
        tools=tuple(unstructure(tool) for tool in tool_use.tools),
        tools_required=tool_use.required,
    )


async def run_native_tool_generation(
    engine: Engine,
    prompt: ChatPrompt,
    params: GenerationParams,
    cancel: threading.Event,
    on_events: Callable[[list[OutputEvent]], Awaitable[None]],
) -> Literal["toolCalls"] | None:
    """One generation of an engine that calls tools natively, its calls parsed into events.

    The engine writes each call in the tool-call markup (see :func:`calls_tools_natively`), so
    the same parser as for local engines turns it into the ``toolCallGeneration*`` events.

    Returns:
        ``"toolCalls"`` when the model called a tool (the wire stop reason), else None.
    """
    parser = ToolCallParser()

    async def forward(events: list[GenerationEvent]) -> None:
        out: list[OutputEvent] = []
        for event in events:
            if isinstance(event, Piece):
                out.extend(parser.feed(event.text, event.tokens))
            elif isinstance(event, Finished):
                out.extend(parser.finish())
                out.append(event)
            else:
                out.append(event)
        if out:
            await on_events(out)

    await run_generation(engine, prompt, params, cancel, forward)
    return "toolCalls" if parser.calls else None


_DONE = object()


async def run_generation(
    engine: Engine,
    prompt: Prompt,
    params: GenerationParams,
    cancel: threading.Event,
    on_events: Callable[[list[GenerationEvent]], Awaitable[None]],
) -> None:
    """Run one generation in a worker thread, passing its events to ``on_events``.

    Events that piled up while ``on_events`` was busy are passed together, in
    order. If this coroutine is cancelled, ``cancel`` is set and the thread is
    awaited, so the engine is idle again when it returns.

    Raises:
        Exception: Whatever ``engine.generate`` raised (``PromptTooLong`` ...).
    """
    loop = asyncio.get_running_loop()
    thread_done: asyncio.Future[None] = loop.create_future()
    # The worker appends to `pending` and wakes the loop only when no wake-up is outstanding: a
    # fast engine posts one call_soon_threadsafe (a lock and a self-pipe write) per batch of
    # tokens, not per token.
    pending: deque[object] = deque()
    ready = asyncio.Event()
    wake_lock = threading.Lock()
    wake_scheduled = False

    def post(item: object) -> None:
        nonlocal wake_scheduled
        pending.append(item)
        with wake_lock:
            if wake_scheduled:
                return
            wake_scheduled = True
        try:
            loop.call_soon_threadsafe(ready.set)
        except RuntimeError:  # the loop is closed: nobody listens any more
            cancel.set()

    def finish() -> None:
        if not thread_done.done():
            thread_done.set_result(None)

    def work() -> None:
        try:
            events = engine.generate(prompt, params, cancel)
            try:
                for event in events:
                    post(event)
            finally:
                close = getattr(events, "close", None)
                if close is not None:
                    close()  # releases the engine lock even if we stopped early
        except BaseException as exc:
            post(exc)
        finally:
            post(_DONE)
            try:
                loop.call_soon_threadsafe(finish)
            except RuntimeError:
                pass

    threading.Thread(target=work, name="lmsdk-generation", daemon=True).start()
    ended = False  # the engine finished by itself (only its thread's last callback is pending)
    try:
        while True:
            await ready.wait()
            with wake_lock:
                ready.clear()
                wake_scheduled = False
            batch: list[object] = []
            while pending:
                batch.append(pending.popleft())
            events: list[GenerationEvent] = []
            for item in batch:
                if item is _DONE:
                    ended = True
                    if events:
                        await on_events(events)
                    return
                if isinstance(item, BaseException):
                    # Pieces streamed before a failure still reach the client: the
                    # partial text is part of the error report.
                    if events:
                        await on_events(events)
                    raise item
                events.append(item)  # type: ignore[arg-type]  # the thread posts only events
            if events:
                await on_events(events)
    finally:
        if not thread_done.done():
            # Stop the engine only if it is still generating: the caller may run another
            # generation with the same cancel event (a tool call continues the text).
            if not ended:
                cancel.set()
            await asyncio.shield(thread_done)
