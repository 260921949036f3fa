"""The real inference engine: GGUF models through llama-cpp-python.

llama_cpp is imported here, never by :mod:`lmsdk.server.engine`, so the rest of
the server can be imported (and tested with the replay engine) without it.
All calls into llama_cpp go through :class:`_Backend`, a narrow typed wrapper
that keeps the library's partially typed API and its private attributes in
one place.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from lmsdk.server.chat_template import ChatTemplateError, render_chat_template
from lmsdk.server.engine import (
    GenerationEvent,
    GenerationParams,
    Prompt,
    PromptProgress,
    PromptTooLong,
    default_threads,
    prompt_text,
)
from lmsdk.server.file_engine import FileEngine
from lmsdk.server.json_grammar import schema_to_gbnf

# Re-exported (in __all__) for the engines that import them from here.
from lmsdk.server.model_files import (
    ModelFileNotFound,
    default_model_path,
    display_name_from_path,
    model_key_from_path,
)
from lmsdk.server.stopping import GenerationClock, TokenSource, stream_tokens

__all__ = [
    "GgufVocab",
    "InvalidGrammar",
    "LlamaEngine",
    "ModelFileNotFound",
    "apply_gguf_chat_template",
    "check_grammar",
    "EndOfGeneration",
    "default_model_path",
    "display_name_from_path",
    "model_key_from_path",
    "prompt_tokens",
    "token_piece",
    "tokenize_text",
    "vocab_text",
]


class InvalidGrammar(ValueError):
    """A JSON schema or GBNF grammar cannot be used for constrained sampling."""


def token_piece(vocab: Any, token: int) -> bytes:
    """Bytes of one token of a llama.cpp vocabulary, growing the buffer for long tokens.

    llama-cpp-python's own ``token_to_piece`` uses a fixed 32-byte buffer
    and silently returns garbage for longer tokens.
    """
    import ctypes

    import llama_cpp

    size = 64
    while True:
        buffer = ctypes.create_string_buffer(size)
        n = llama_cpp.llama_token_to_piece(vocab, token, buffer, size, 0, False)
        if n >= 0:
            return buffer.raw[:n]
        size = -n  # a negative result is the size the piece needs


def vocab_text(vocab: Any, token: int) -> str:
    """The vocabulary text of a token of a llama.cpp vocabulary ("" for none)."""
    import llama_cpp

    if token < 0:
        return ""
    text: bytes = llama_cpp.llama_vocab_get_text(vocab, token)
    return text.decode("utf-8", "replace")


class EndOfGeneration:
    """Whether a token ends generation (EOS, EOT, ...), asked of llama.cpp once per token."""

    def __init__(self, vocab: Any) -> None:
        """Answer for the tokens of ``vocab``."""
        self._vocab = vocab
        self._known: dict[int, bool] = {}

    def __call__(self, token: int) -> bool:
        """Whether ``token`` ends generation."""
        found = self._known.get(token)
        if found is None:
            import llama_cpp

            found = self._known[token] = bool(llama_cpp.llama_vocab_is_eog(self._vocab, token))
        return found


def check_grammar(vocab: Any, grammar: str) -> None:
    """Parse a GBNF grammar once, as the sampler will.

    ``LlamaGrammar.from_string`` does not parse; an invalid grammar only
    fails inside the sampler chain, where a NULL sampler is added silently.

    Raises:
        InvalidGrammar: If the grammar does not parse.
    """
    import llama_cpp

    sampler = llama_cpp.llama_sampler_init_grammar(vocab, grammar.encode("utf-8"), b"root")
    if not sampler:
        raise InvalidGrammar("the GBNF grammar does not parse (root rule must be 'root')")
    llama_cpp.llama_sampler_free(sampler)


class GgufVocab(Protocol):
    """The vocabulary side of a loaded GGUF model, as both llama.cpp engines hold it."""

    bos_id: int
    eos_id: int

    def tokenize(self, text: bytes, *, add_bos: bool) -> list[int]:
        """Token ids of ``text``, special-token text parsed as special tokens."""
        ...

    def token_text(self, token: int) -> str:
        """The vocabulary text of a token ("" for none)."""
        ...

    def check_grammar(self, grammar: str) -> None:
        """Parse a GBNF grammar as the sampler will; raise InvalidGrammar if it does not."""
        ...


def tokenize_text(vocab: GgufVocab, text: str, add_special: bool) -> list[int]:
    """See :meth:`Engine.tokenize`; BOS is added only if the GGUF asks for it."""
    tokens = vocab.tokenize(text.encode("utf-8"), add_bos=add_special)
    bos = vocab.bos_id
    # A chat template that already starts with the BOS text plus the
    # tokenizer's own BOS would give two, which degrades some models.
    if add_special and bos >= 0 and tokens[:2] == [bos, bos]:
        del tokens[0]
    return tokens


def apply_gguf_chat_template(
    vocab: GgufVocab,
    model_key: str,
    metadata: Mapping[str, str],
    messages: Sequence[Mapping[str, str]],
    add_generation_prompt: bool,
    *,
    enable_thinking: bool | None,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Render a chat with the GGUF's ``tokenizer.chat_template``.

    Raises:
        ChatTemplateError: If the model has no template or it rejects the chat.
    """
    template = metadata.get("tokenizer.chat_template")
    if not template:
        raise ChatTemplateError(f"model {model_key!r} has no chat template")
    return render_chat_template(
        template,
        messages,
        bos_token=vocab.token_text(vocab.bos_id),
        eos_token=vocab.token_text(vocab.eos_id),
        add_generation_prompt=add_generation_prompt,
        enable_thinking=enable_thinking,
        tools=tools,
    )


def prompt_tokens(
    vocab: GgufVocab, text: str, params: GenerationParams, context_length: int
) -> tuple[list[int], str | None]:
    """A prompt's tokens and the GBNF grammar its sampling must follow, checked before any event.

    Raises:
        ValueError: If the prompt is empty.
        PromptTooLong: If the prompt leaves no room for a predicted token.
        InvalidGrammar: If the GBNF grammar is unusable.
        UnsupportedSchema: If the JSON schema has a keyword the grammar cannot enforce.
    """
    tokens = tokenize_text(vocab, text, add_special=True)
    if not tokens:
        raise ValueError("the prompt is empty")
    if len(tokens) >= context_length:
        raise PromptTooLong(len(tokens), context_length)
    grammar = params.gbnf
    if params.grammar_json_schema is not None:
        # Our converter, not llama_cpp's: that one ignores ranges and lengths,
        # so the model could write JSON the schema rejects. Ours refuses what
        # it cannot enforce with UnsupportedSchema (a ValueError).
        grammar = schema_to_gbnf(params.grammar_json_schema)
    if grammar is not None:
        vocab.check_grammar(grammar)
    return tokens, grammar


class LlamaEngine(FileEngine):
    """A GGUF model loaded with llama-cpp-python, implementing ``Engine``.

    One generation runs at a time: ``generate`` holds an internal lock for the
    whole generation and a concurrent call blocks until it ends. The server
    queues requests per model so it never relies on that blocking.

    The KV cache is reused across calls: a prompt sharing a prefix with the
    previous prompt plus its output only evaluates the differing suffix.
    """

    def __init__(
        self,
        model_path: Path | str | None = None,
        *,
        context_length: int = 4096,
        n_threads: int | None = None,
        n_batch: int = 512,
        model_key: str | None = None,
    ) -> None:
        """Load a model.

        Args:
            model_path: GGUF file; ``None`` loads :func:`default_model_path`.
            context_length: Context window to allocate; 0 means the trained
                maximum.
            n_threads: CPU threads; ``None`` means ``default_threads()``: every CPU available
                to the process but one.
            n_batch: Prompt tokens evaluated per batch; also the granularity
                of prompt progress events.
            model_key: Overrides the key derived from the file name.

        Raises:
            ModelFileNotFound: If the model file does not exist.
            ValueError: If llama.cpp cannot load the file.
        """
        path = Path(model_path) if model_path is not None else default_model_path()
        if not path.is_file():
            raise ModelFileNotFound(f"model file not found: {path}")
        threads = n_threads if n_threads is not None else default_threads()
        super().__init__(
            path,
            model_key=model_key if model_key is not None else model_key_from_path(path),
            display_name=display_name_from_path(path),
        )
        self._backend = _Backend(path, n_ctx=context_length, n_threads=threads, n_batch=n_batch)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def architecture(self) -> str:
        """``general.architecture`` from the GGUF metadata, e.g. ``"llama"``."""
        return self._backend.metadata.get("general.architecture", "unknown")

    @property
    def max_context_length(self) -> int:
        """Context length the model was trained with."""
        return self._backend.n_ctx_train

    @property
    def context_length(self) -> int:
        """Context length the model is loaded with."""
        return self._backend.n_ctx

    @property
    def metadata(self) -> Mapping[str, str]:
        """GGUF metadata as strings (arrays are not exposed by llama.cpp)."""
        return self._backend.metadata

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """See :meth:`Engine.tokenize`; BOS is added only if the GGUF asks for it."""
        return tokenize_text(self._backend, text, add_special)

    def apply_chat_template(
        self,
        messages: Sequence[Mapping[str, str]],
        add_generation_prompt: bool = True,
        *,
        enable_thinking: bool | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> str:
        """See :meth:`Engine.apply_chat_template`; uses ``tokenizer.chat_template``.

        ``tools`` go to templates that present tools themselves (see ``tool_use``).
        """
        return apply_gguf_chat_template(
            self._backend,
            self._model_key,
            self._backend.metadata,
            messages,
            add_generation_prompt,
            enable_thinking=enable_thinking,
            tools=tools,
        )

    def generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """See :meth:`Engine.generate`; generates token by token with llama.cpp.

        Validation (empty or too long prompt, grammar) happens in this call,
        before the iterator is returned, so errors surface before any event.
        Timing starts when the engine lock is acquired: time spent queued
        behind another generation is not generation time.

        Raises:
            RuntimeError: If the engine was closed.
            ValueError: If the prompt is empty.
            PromptTooLong: If the prompt leaves no room for a predicted token.
            InvalidGrammar: If the GBNF grammar is unusable.
            UnsupportedSchema: If the JSON schema has a keyword the grammar
                cannot enforce.
        """
        if self._closed:
            raise RuntimeError(f"engine for {self._model_key!r} is closed")
        text = prompt_text(self, prompt)
        tokens, grammar = prompt_tokens(self._backend, text, params, self._backend.n_ctx)
        return self._generate(tokens, params, grammar, cancel)

    def _generate(
        self,
        tokens: list[int],
        params: GenerationParams,
        grammar: str | None,
        cancel: threading.Event,
    ) -> Iterator[GenerationEvent]:
        with self._lock:
            if self._closed:
                raise RuntimeError(f"engine for {self._model_key!r} is closed")
            backend = self._backend
            clock = GenerationClock()
            total = len(tokens)
            cached = backend.reuse_cached_prefix(tokens)
            yield PromptProgress(cached, total, cached)
            for processed in backend.eval_prompt(tokens, cancel):
                yield PromptProgress(processed, total, cached)
            clock.prompt_done = time.perf_counter()
            if cancel.is_set():
                # eval_prompt stops between batches once cancel is set.
                yield clock.finished("userStopped", None, total, 0)
                return
            yield from stream_tokens(
                backend.sample(tokens, params, grammar),
                params=params,
                cancel=cancel,
                prompt_tokens=total,
                context_length=backend.n_ctx,
                clock=clock,
            )

    def close(self) -> None:
        """Free the model and context; later ``generate`` calls raise.

        Blocks until a running generation ends: cancel it first.
        """
        with self._lock:
            if not self._closed:
                self._closed = True
                self._backend.close()


class _Backend:
    """Narrow typed wrapper around ``llama_cpp.Llama`` and its C API.

    llama-cpp-python's high-level class is only partly annotated and the
    prompt-progress/cache logic needs a few of its attributes (``n_tokens``,
    ``input_ids``); every such access is confined to this class.
    """

    def __init__(self, path: Path, *, n_ctx: int, n_threads: int, n_batch: int) -> None:
        import llama_cpp  # deferred: loading the native library is slow

        self._llama = llama_cpp.Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_batch=n_batch,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            verbose=False,
        )
        model = self._llama.model
        vocab = llama_cpp.llama_model_get_vocab(model)
        if vocab is None:
            raise ValueError(f"model has no vocabulary: {path}")
        self._vocab = vocab
        self.n_ctx: int = self._llama.n_ctx()
        self.n_batch = n_batch
        self.n_ctx_train: int = llama_cpp.llama_model_n_ctx_train(model)
        self.bos_id: int = llama_cpp.llama_vocab_bos(vocab)
        self.eos_id: int = llama_cpp.llama_vocab_eos(vocab)
        self.metadata: dict[str, str] = dict(self._llama.metadata)
        # Recurrent/hybrid state cannot be truncated to a prefix, so those
        # models always re-evaluate the whole prompt.
        self._can_truncate = not (
            llama_cpp.llama_model_is_recurrent(model) or llama_cpp.llama_model_is_hybrid(model)
        )
        self._eog = EndOfGeneration(vocab)

    def tokenize(self, text: bytes, *, add_bos: bool) -> list[int]:
        return list(self._llama.tokenize(text, add_bos=add_bos, special=True))

    def token_text(self, token: int) -> str:
        return vocab_text(self._vocab, token)

    def is_eog(self, token: int) -> bool:
        return self._eog(token)

    def token_bytes(self, token: int) -> bytes:
        return token_piece(self._vocab, token)

    def check_grammar(self, grammar: str) -> None:
        check_grammar(self._vocab, grammar)

    def reuse_cached_prefix(self, tokens: Sequence[int]) -> int:
        """Keep the longest usable cached prefix of ``tokens``; return its length."""
        llama = self._llama
        previous = llama.input_ids[: llama.n_tokens].tolist()
        common = 0
        for old, new in zip(previous, tokens, strict=False):
            if old != new:
                break
            common += 1
        # At least the last prompt token is re-evaluated: sampling needs its
        # logits, which are only live right after it was decoded.
        common = min(common, len(tokens) - 1)
        if not self._can_truncate:
            common = 0
        if common == 0:
            llama.reset()  # type: ignore[no-untyped-call]  # untyped upstream
        else:
            # Llama.eval() removes KV entries from n_tokens onwards itself.
            llama.n_tokens = common
        return common

    def eval_prompt(self, tokens: Sequence[int], cancel: threading.Event) -> Iterator[int]:
        """Evaluate the uncached prompt tokens batch by batch.

        The last prompt token is always decoded on its own. llama.cpp's results
        depend slightly on batch composition, and the cache-reuse path always
        re-decodes exactly that one token; decoding it alone on the cold path
        too makes greedy output independent of whether the prompt was cached.

        Yields:
            Number of prompt tokens in the cache after each batch.
        """
        llama = self._llama
        position = int(llama.n_tokens)
        last = len(tokens) - 1
        while position < len(tokens) and not cancel.is_set():
            end = min(position + self.n_batch, last) if position < last else len(tokens)
            llama.eval(tokens[position:end])
            position = end
            yield position

    def sample(
        self, tokens: Sequence[int], params: GenerationParams, grammar: str | None
    ) -> TokenSource:
        """Sample tokens after an evaluated prompt; EOG tokens become ``None``.

        ``Llama.generate`` finds the whole prompt already evaluated and starts
        sampling from the live logits without decoding it again.
        """
        from llama_cpp import LLAMA_DEFAULT_SEED
        from llama_cpp.llama_grammar import LlamaGrammar

        llama = self._llama
        # The seed must be set before generate(): it builds the sampler chain.
        llama.set_seed(params.seed if params.seed is not None else LLAMA_DEFAULT_SEED)
        generator = llama.generate(
            list(tokens),
            top_k=params.top_k,
            top_p=params.top_p,
            min_p=params.min_p,
            temp=params.temperature,
            repeat_penalty=params.repeat_penalty,
            presence_penalty=params.presence_penalty,
            grammar=LlamaGrammar.from_string(grammar, verbose=False) if grammar else None,
        )
        try:
            for token in generator:
                yield None if self.is_eog(token) else self.token_bytes(token)
        finally:
            generator.close()

    def close(self) -> None:
        self._llama.close()
