"""A BENCHMARK engine that replays a fixed token sequence at no model cost.

:class:`ReplayEngine` exists to measure the server and protocol overhead
(queueing, streaming, serialization) without the cost of a model. It is never
a default: it must be chosen explicitly. It produces nonsense text, but it
goes through the same stop-condition code as the real engine
(:func:`lmsdk.server.stopping.stream_tokens`), so cancellation, ``max_tokens``,
stop strings, the context limit and the stats behave exactly the same.

Its SCRIPTED mode (``scripts=...``) replays given replies instead, for
deterministic protocol tests of tool use: reply ``n`` answers a prompt that
holds ``n`` tool results, so one script describes a whole ``act()`` loop, and
a reply may hold tool calls written in the tool-use format (well-formed or
not: the grammar a real model is held to does not apply here).
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from lmsdk.server.chat_template import render_chat_template
from lmsdk.server.engine import (
    GenerationEvent,
    GenerationParams,
    Prompt,
    PromptProgress,
    PromptTooLong,
    prompt_text,
)
from lmsdk.server.stopping import GenerationClock, TokenSource, stream_tokens
from lmsdk.server.tool_use import CALL_MARKUPS

__all__ = ["DEFAULT_REPLAY_PIECES", "ReplayEngine"]

DEFAULT_REPLAY_PIECES: tuple[str, ...] = (
    "The",
    " quick",
    " brown",
    " fox",
    " jumps",
    " over",
    " the",
    " lazy",
    " dog",
    ".",
    "\n",
)

# ChatML, the format of SmolLM2's template, so prompts look realistic.
_CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# Runs of whitespace stick to the following word, like BPE tokenizers do.
_TOKEN_PATTERN = re.compile(r"\s*\S+|\s+")
_BOS_ID = 1
_VOCAB_SIZE = 49152


class ReplayEngine:
    """BENCHMARK engine: replays a fixed token sequence as fast as possible.

    Implements ``Engine``. Tokenization splits text at whitespace boundaries
    and hashes each word to a stable id; ``generate`` cycles through
    ``pieces`` until ``piece_count`` tokens were emitted, then ends with
    ``"eosFound"``. Not for serving: never make it a default.
    """

    def __init__(
        self,
        *,
        piece_count: int = 20000,
        pieces: Sequence[str] = DEFAULT_REPLAY_PIECES,
        model_key: str = "replay-benchmark",
        context_length: int = 1_000_000,
        prompt_batch: int = 512,
        scripts: Sequence[Sequence[str]] | None = None,
        piece_delay: float = 0.0,
        chat_template: str | None = None,
    ) -> None:
        """Configure the replay.

        Args:
            piece_count: Number of tokens one generation replays.
            pieces: Token texts to cycle through; each is one token.
            model_key: Key the engine reports.
            context_length: Context window used for the context limit.
            prompt_batch: Prompt tokens per progress event.
            scripts: SCRIPTED mode: the replies, one list of token texts per
                round; the reply to a prompt with ``n`` tool results is
                ``scripts[n]`` (the last one once ``n`` runs past the end).
                A prompt that already ends with a reply's text up to a
                tool-call start marker (the server continuing a call) gets
                the rest of that reply.
            piece_delay: Seconds to wait before each replayed token (so that
                tests can act in the middle of a reply).
            chat_template: A chat template to use instead of ChatML (tests of
                templates that present tools themselves).

        Raises:
            ValueError: If ``pieces`` or a script is empty or a count is negative.
        """
        if not pieces or piece_count < 0 or prompt_batch <= 0 or context_length <= 0:
            raise ValueError("pieces must be non-empty and the counts positive")
        if scripts is not None and (not scripts or not all(scripts)):
            raise ValueError("scripts must be a non-empty list of non-empty replies")
        if piece_delay < 0:
            raise ValueError("piece_delay must be >= 0")
        self._scripts = tuple(tuple(script) for script in scripts) if scripts else None
        self._piece_delay = piece_delay
        self._chat_template = chat_template or _CHATML_TEMPLATE
        self._piece_count = piece_count
        # Encoded once: the point of this engine is near-zero per-token cost.
        self._piece_bytes = tuple(p.encode("utf-8") for p in pieces)
        self._model_key = model_key
        self._context_length = context_length
        self._prompt_batch = prompt_batch
        self._lock = threading.Lock()

    @property
    def model_key(self) -> str:
        """The configured model key (default ``"replay-benchmark"``)."""
        return self._model_key

    @property
    def path(self) -> Path:
        """A placeholder path: no file backs this engine."""
        return Path(f"replay://{self._model_key}")

    @property
    def display_name(self) -> str:
        """Human-readable name."""
        return "Replay Benchmark Engine"

    @property
    def architecture(self) -> str:
        """Always ``"replay"``."""
        return "replay"

    @property
    def size_bytes(self) -> int:
        """Always 0: there are no weights."""
        return 0

    @property
    def max_context_length(self) -> int:
        """The configured context length."""
        return self._context_length

    @property
    def context_length(self) -> int:
        """The configured context length."""
        return self._context_length

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """Split at whitespace boundaries; hash each chunk to a stable id."""
        ids = [
            2 + zlib.crc32(chunk.encode("utf-8")) % (_VOCAB_SIZE - 2)
            for chunk in _TOKEN_PATTERN.findall(text)
        ]
        return [_BOS_ID, *ids] if add_special else ids

    def apply_chat_template(
        self,
        messages: Sequence[Mapping[str, str]],
        add_generation_prompt: bool = True,
        *,
        enable_thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> str:
        """Render messages as ChatML (SmolLM2's format) or with the configured template."""
        return render_chat_template(
            self._chat_template,
            messages,
            bos_token="<|im_start|>",
            eos_token="<|im_end|>",
            add_generation_prompt=add_generation_prompt,
            enable_thinking=enable_thinking,
            tools=tools,
        )

    @property
    def metadata(self) -> Mapping[str, str]:
        """The chat template, where a GGUF engine has it (``tokenizer.chat_template``)."""
        return {"tokenizer.chat_template": self._chat_template}

    def generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """Replay the fixed token sequence (blocking, no sleeping).

        Sampling parameters and grammars are ignored; ``max_tokens``, stop
        strings, ``cancel`` and the context limit are honoured exactly as by
        the real engine. Only the prompt's token count matters.

        Raises:
            PromptTooLong: If the prompt leaves no room for a predicted token.
        """
        text = prompt_text(self, prompt)
        total = len(self.tokenize(text, add_special=True))
        if total >= self._context_length:
            raise PromptTooLong(total, self._context_length)
        source = self._replay() if self._scripts is None else self._scripted(text)
        return self._generate(total, params, cancel, source)

    def _generate(
        self,
        total: int,
        params: GenerationParams,
        cancel: threading.Event,
        source: TokenSource,
    ) -> Iterator[GenerationEvent]:
        with self._lock:
            clock = GenerationClock()
            yield PromptProgress(0, total, 0)
            for done in range(self._prompt_batch, total, self._prompt_batch):
                yield PromptProgress(done, total, 0)
            yield PromptProgress(total, total, 0)
            clock.prompt_done = time.perf_counter()
            yield from stream_tokens(
                source,
                params=params,
                cancel=cancel,
                prompt_tokens=total,
                context_length=self._context_length,
                clock=clock,
            )

    def _replay(self) -> TokenSource:
        pieces = self._piece_bytes
        count = len(pieces)
        for index in range(self._piece_count):
            yield pieces[index % count]

    def _scripted(self, prompt: str) -> TokenSource:
        assert self._scripts is not None
        script = self._scripts[min(prompt.count("<|im_start|>tool\n"), len(self._scripts) - 1)]
        start = 0
        for end in range(len(script), 0, -1):
            done = "".join(script[:end])
            starts_call = any(done.endswith(markup.start) for markup in CALL_MARKUPS)
            if starts_call and prompt.endswith(done):
                start = end
                break
        for piece in script[start:]:
            if self._piece_delay:
                time.sleep(self._piece_delay)
            yield piece.encode("utf-8")

    def close(self) -> None:
        """Nothing to free."""
