"""The inference engine seam of the embedded server.

The server talks to a loaded model only through :class:`Engine`, a narrow
interface: a context length, tokenize, the chat template, generate and close.
Concrete engines live in their own modules (``llama_engine`` for real GGUF
models via llama-cpp-python, ``replay_engine`` for benchmarks,
``openai_engine`` for another server behind an OpenAI-compatible API) and are
registered in :mod:`lmsdk.server.engines`, so importing this module never
imports llama_cpp or an HTTP client.

A prompt is either text (a raw continuation: ``complete()`` or a prompt
template the client chose) or a :class:`ChatPrompt`, which each engine formats
itself: a local engine with the model's own chat template, a remote one by
sending the messages to the other server's chat endpoint. Rendering a model's
own (Jinja2) chat template lives in :mod:`lmsdk.server.chat_template`.

Generation is a *blocking* iterator of :data:`GenerationEvent` values: the
server runs it in a worker thread and forwards events to the client. An engine
runs one generation at a time unless it declares more (:func:`parallel_slots`);
the server queues requests per model beyond that rather than rely on the
engine's internal lock or queue.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeAlias, runtime_checkable

from lmsdk._generated.constraints import CONSTRAINTS, Bounds

# ChatTemplateError is part of the seam (apply_chat_template and generate raise it) and
# render_chat_template is what local engines implement apply_chat_template with.
from lmsdk.server.chat_template import ChatTemplateError, render_chat_template

__all__ = [
    "ChatPrompt",
    "ChatTemplateError",
    "Engine",
    "Finished",
    "GenerationEvent",
    "GenerationParams",
    "Piece",
    "Prompt",
    "PromptProgress",
    "PromptTooLong",
    "StopReason",
    "calls_tools_natively",
    "parallel_slots",
    "prompt_text",
    "render_chat_template",
]

StopReason: TypeAlias = Literal[
    "eosFound",
    "maxPredictedTokensReached",
    "stopStringFound",
    "userStopped",
    "contextLengthReached",
]


# The prediction config fields the engine takes, whose ranges the schema states (one home for each).
_CONFIG_BOUNDS: dict[str, Bounds] = {
    name: next(f.bounds for f in CONSTRAINTS["LlmPredictionConfig"] if f.wire_name == wire)
    for name, wire in (
        ("temperature", "temperature"),
        ("top_k", "topKSampling"),
        ("top_p", "topPSampling"),
        ("min_p", "minPSampling"),
        ("repeat_penalty", "repeatPenalty"),
        ("presence_penalty", "presencePenalty"),
    )
}


@dataclass(frozen=True, slots=True)
class GenerationParams:
    """Sampling and stopping parameters of one generation.

    Defaults follow LM Studio's defaults. ``temperature == 0`` means greedy
    decoding. At most one of ``grammar_json_schema`` and ``gbnf`` may be set.

    Attributes:
        temperature: Sampling temperature, ``>= 0``. The ranges of this and the
            sampling parameters below are the prediction config's (schema/).
        max_tokens: Maximum number of predicted tokens, ``None`` for no limit
            other than the context length.
        stop_strings: Strings that end generation; never emitted themselves.
        top_k: Top-k sampling (``<= 0`` disables it).
        top_p: Nucleus sampling threshold in ``[0, 1]``.
        min_p: Min-p sampling threshold in ``[0, 1]``.
        repeat_penalty: Repetition penalty (1.0 disables it).
        presence_penalty: Subtracted from the logit of every token already in the
            context (0.0 disables it; LM Studio's ``llm.prediction.llama.presencePenalty``).
        seed: RNG seed, ``None`` for a random one.
        grammar_json_schema: JSON schema the output must satisfy.
        gbnf: llama.cpp GBNF grammar (root rule ``root``) the output must match.
    """

    temperature: float = 0.8
    max_tokens: int | None = None
    stop_strings: tuple[str, ...] = ()
    top_k: int = 40
    top_p: float = 0.95
    min_p: float = 0.05
    repeat_penalty: float = 1.1
    presence_penalty: float = 0.0
    seed: int | None = None
    grammar_json_schema: Mapping[str, Any] | None = field(default=None, hash=False)
    gbnf: str | None = None

    def __post_init__(self) -> None:
        """Reject contradictory or out-of-range values early, with clear errors.

        Raises:
            ValueError: If a parameter is out of range or both grammars are set.
        """
        for name, bounds in _CONFIG_BOUNDS.items():
            problem = bounds.problem(getattr(self, name))
            if problem is not None:
                raise ValueError(f"{name} {problem}")
        # The engine's own budget (tool rounds pass what is left, possibly 0), not the config's
        # maxTokens, whose range is checked where configs are read.
        if self.max_tokens is not None and self.max_tokens < 0:
            raise ValueError(f"max_tokens must be >= 0 or None, got {self.max_tokens}")
        if self.seed is not None and not 0 <= self.seed < 2**32:
            raise ValueError(f"seed must fit in 32 unsigned bits, got {self.seed}")
        if self.grammar_json_schema is not None and self.gbnf is not None:
            raise ValueError("set at most one of grammar_json_schema and gbnf")
        if isinstance(self.stop_strings, str):
            # A bare string would silently become one stop string per character.
            raise TypeError("stop_strings must be a tuple of strings, not a str")


@dataclass(frozen=True, slots=True)
class PromptProgress:
    """Prompt processing progress.

    Attributes:
        processed: Prompt tokens in the KV cache so far, *including* ``cached``.
        total: Number of prompt tokens.
        cached: Prompt tokens reused from the KV cache of an earlier call.
    """

    processed: int
    total: int
    cached: int

    @property
    def fraction(self) -> float:
        """Progress over the tokens that actually need evaluating, in [0, 1]."""
        todo = self.total - self.cached
        if todo <= 0:
            return 1.0
        return min(1.0, max(0.0, (self.processed - self.cached) / todo))


@dataclass(frozen=True, slots=True)
class Piece:
    """A chunk of generated text, always whole Unicode characters.

    Attributes:
        text: Non-empty text. All pieces of a generation concatenate to the
            final text exactly.
        tokens: Number of predicted tokens this piece accounts for (tokens
            whose text was held back are counted in the piece that releases
            it; an EOS token or the tokens of a stop string may be in none).
    """

    text: str
    tokens: int


@dataclass(frozen=True, slots=True)
class Finished:
    """The last event of every generation.

    Attributes:
        stop_reason: Why generation ended.
        stop_string: The stop string found, when ``stop_reason`` is
            ``"stopStringFound"``.
        prompt_tokens: Number of prompt tokens (from the tokenizer).
        predicted_tokens: Number of tokens sampled, including an EOS token and
            tokens that were part of a stop string.
        time_to_first_token_sec: From the start of generation to the first
            emitted :class:`Piece`; to the first predicted token if no piece
            was emitted; the total time if nothing was predicted.
        tokens_per_second: ``predicted_tokens`` divided by the time spent
            predicting them (from the end of prompt processing to the end of
            generation); 0.0 when nothing was predicted.
        total_time_sec: Wall time of the whole generation.
    """

    stop_reason: StopReason
    stop_string: str | None
    prompt_tokens: int
    predicted_tokens: int
    time_to_first_token_sec: float
    tokens_per_second: float
    total_time_sec: float


GenerationEvent: TypeAlias = PromptProgress | Piece | Finished


@dataclass(frozen=True, slots=True)
class ChatPrompt:
    """A chat for the engine to format with its own chat template.

    Attributes:
        messages: Messages with ``role`` and ``content`` keys.
        tools: Tool definitions in the OpenAI ``{"type": "function", "function":
            {...}}`` shape (LM Studio's ``llm.prediction.tools`` uses it too), set
            only for an engine that calls tools natively (see
            :func:`calls_tools_natively`); other engines see tools in the prompt text.
        tools_required: Whether the model must call one of ``tools``.
    """

    messages: tuple[Mapping[str, str], ...]
    tools: tuple[Mapping[str, Any], ...] = field(default=(), hash=False)
    tools_required: bool = False
    enable_thinking: bool | None = None
    """``llm.prediction.reasoning.enableThinking``: given to the chat template as the
    ``enable_thinking`` variable (Qwen3-style templates read it; others ignore it); None leaves
    the template's own default."""


Prompt: TypeAlias = str | ChatPrompt
"""Raw prompt text (special tokens are parsed), or a chat the engine formats."""


class PromptTooLong(ValueError):
    """The prompt leaves no room in the context window for a single token."""

    def __init__(self, prompt_tokens: int, context_length: int) -> None:
        """Build the error message from the sizes involved.

        Args:
            prompt_tokens: Number of prompt tokens.
            context_length: Context window size of the loaded model.
        """
        super().__init__(
            f"the prompt has {prompt_tokens} tokens but the model is loaded with a "
            f"context length of {context_length}; there is no room to predict a token"
        )
        self.prompt_tokens = prompt_tokens
        self.context_length = context_length


@runtime_checkable
class Engine(Protocol):
    """A loaded model: the one interface between the server and any engine.

    Implementations must be safe to call from any thread; ``generate`` runs
    one generation at a time per engine (others block until it finishes), or
    :func:`parallel_slots` at once for an engine that declares them.
    Engines describe their models through the catalog (``ModelEntry``), not
    through this interface. An engine that lacks a feature (a remote server
    without a tokenize endpoint) raises ``lmsdk.server.errors.ServerError``.
    """

    @property
    def context_length(self) -> int:
        """Context length the model is loaded with."""
        ...

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """Tokenize text.

        Args:
            text: Text to tokenize. Special-token text (e.g. ``<|im_end|>``)
                is parsed as special tokens.
            add_special: Whether to add the model's BOS token if it uses one.

        Returns:
            Token ids.
        """
        ...

    def apply_chat_template(
        self, messages: Sequence[Mapping[str, str]], add_generation_prompt: bool = True
    ) -> str:
        """Render a chat with the model's own chat template.

        Args:
            messages: Messages with ``role`` and ``content`` keys.
            add_generation_prompt: Whether to append the assistant turn opener.

        Returns:
            The prompt text.

        Raises:
            ChatTemplateError: If the template is missing or rejects the chat.
        """
        ...

    def generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """Generate a continuation of ``prompt``; blocking, run in a worker thread.

        Yields :class:`PromptProgress` events (first with fraction 0.0, last
        with 1.0), then :class:`Piece` events, then exactly one
        :class:`Finished`. Setting ``cancel`` stops within one token with
        ``"userStopped"``. Callers must exhaust or ``close()`` the iterator:
        the engine's lock is held until the generator ends.

        Args:
            prompt: Prompt text (special tokens are parsed) or a chat.
            params: Sampling and stopping parameters.
            cancel: Set by another thread to stop generation.

        Returns:
            An iterator of generation events.

        Raises:
            PromptTooLong: If the prompt does not fit the context window.
            ChatTemplateError: If the chat template rejects a chat prompt.
            ValueError: If the grammar or JSON schema is invalid.
        """
        ...

    def close(self) -> None:
        """Release the model's resources; the engine is unusable afterwards."""
        ...


def calls_tools_natively(engine: object) -> bool:
    """Whether an engine takes tools in :attr:`ChatPrompt.tools` and reports calls itself.

    An optional capability, not part of :class:`Engine`: such an engine (another
    server with a tool-calling API) writes each call it gets back as one piece
    ``[TOOL_REQUEST]{"name": ..., "arguments": ...}[END_TOOL_REQUEST]``, the
    format the server's tool-call parser reads. Engines declare it with a
    ``native_tool_calls = True`` class attribute.
    """
    return getattr(engine, "native_tool_calls", False) is True


def parallel_slots(engine: object) -> int:
    """How many generations an engine runs at once; the server lets that many through.

    An optional capability, not part of :class:`Engine`: an engine that decodes
    several sequences together (``batched_engine``) declares a
    ``parallel_slots`` attribute; any other runs one generation at a time.
    """
    slots = getattr(engine, "parallel_slots", 1)
    return slots if isinstance(slots, int) and slots >= 1 else 1


class _ChatTemplated(Protocol):
    def apply_chat_template(
        self,
        messages: Sequence[Mapping[str, str]],
        add_generation_prompt: bool = True,
        *,
        enable_thinking: bool | None = None,
    ) -> str: ...


def prompt_text(engine: _ChatTemplated, prompt: Prompt) -> str:
    """The text an engine that formats chats locally should tokenize.

    Args:
        engine: The engine, for its chat template.
        prompt: Raw text (returned as is) or a chat (rendered with the template).

    Raises:
        ChatTemplateError: If the template is missing or rejects the chat.
    """
    if isinstance(prompt, str):
        return prompt
    return engine.apply_chat_template(
        prompt.messages, add_generation_prompt=True, enable_thinking=prompt.enable_thinking
    )


def available_cpus() -> int:
    """CPUs this process may run on (affinity, as in containers or taskset, not the host's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def default_threads() -> int:
    """CPU threads per generation: all available CPUs but one (at least one).

    The event loop thread needs a core to stream packets, and llama.cpp's
    worker threads spin on barriers: when one of them is descheduled the
    others burn time waiting. Measured on 2 shared cores with SmolLM2-135M,
    one thread gave ~75 tokens/s where two gave 13-19.
    """
    return max(1, available_cpus() - 1)
