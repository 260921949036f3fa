"""Continuous batching: several generations on one llama.cpp model at once.

One decode thread owns a :class:`~lmsdk.server.llama_batch.BatchContext` of
``slots`` sequences. Each step decodes one batch: either the next token of
every generating sequence, or a chunk of one prompt still being read; steps of
the two kinds alternate while both have work, so a long prompt is read over
several steps while the others keep generating, and a new prompt does not wait
behind the others' tokens. After a step each sequence that got logits is
sampled with its own sampler chain (penalties, grammar, temperature, seed). A
decode of 8 tokens reads the weights once where 8 decodes of one read them 8
times, which is where the throughput comes from (how much depends on how
compute bound the CPU is: see the batched rows of ``scripts/bench``).

Each generation runs in its caller's thread (the server's worker) as a
:class:`_Sequence` with a queue: the decode thread puts prompt progress and
sampled token bytes there, and the caller turns them into pieces with the same
:func:`~lmsdk.server.stopping.stream_tokens` every engine uses, so stop
strings, limits, text assembly and stats stay per sequence and identical to
:class:`~lmsdk.server.llama_engine.LlamaEngine`'s. The decode thread stops
decoding a sequence once it has sampled EOG, ``max_tokens`` or the context's
last token; cancel, a stop string or a caller that stops reading release its
slot before the next step.

A slot keeps the KV cells of its last sequence when it ends: a new prompt goes
to the free slot whose cached tokens share the longest prefix with it (else the
least recently used), so a multi-turn chat does not re-read its history.

Slots are the server's concern too: :attr:`BatchedLlamaEngine.parallel_slots`
tells it how many predictions to let through at once; beyond that the engine
queues them in arrival order.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lmsdk.server.engine import (
    GenerationEvent,
    GenerationParams,
    Prompt,
    PromptProgress,
    available_cpus,
    default_threads,
    prompt_text,
)
from lmsdk.server.gguf import read_gguf_metadata
from lmsdk.server.kv import DEFAULT_MAX_PARALLEL
from lmsdk.server.llama_batch import BatchContext, SamplerChain
from lmsdk.server.llama_engine import (
    ModelFileNotFound,
    apply_gguf_chat_template,
    default_model_path,
    model_key_from_path,
    prompt_tokens,
    tokenize_text,
)
from lmsdk.server.stopping import GenerationClock, TokenSource, stream_tokens

__all__ = ["DEFAULT_PARALLEL", "BatchedLlamaEngine"]

log = logging.getLogger("lmsdk.server")

DEFAULT_PARALLEL = DEFAULT_MAX_PARALLEL
"""Slots when the load config sets none (:data:`lmsdk.server.kv.DEFAULT_MAX_PARALLEL`)."""

_POLL_SEC = 0.5
"""How often a waiting caller checks that the decode thread is still alive."""


@dataclass(frozen=True, slots=True)
class _PromptRead:
    """The prompt is in the KV cache (or reading it stopped because of cancel)."""

    at: float
    complete: bool


class _End:
    """The decode thread will send this sequence nothing more."""


_END = _End()

_Item = PromptProgress | _PromptRead | bytes | None | _End | BaseException


@dataclass(eq=False)
class _Sequence:
    """One generation, shared by its caller's thread and the decode thread."""

    tokens: list[int]
    params: GenerationParams
    grammar: str | None
    cancel: threading.Event
    out: queue.SimpleQueue[_Item] = field(default_factory=queue.SimpleQueue)
    released: bool = False
    # Owned by the decode thread from here on.
    sampler: SamplerChain | None = None
    slot: _Slot | None = None
    read: int = 0  # prompt tokens in the KV cache
    cached: int = 0
    predicted: int = 0
    next_token: int | None = None  # sampled, to be decoded in the next step


@dataclass(eq=False)
class _Slot:
    seq_id: int
    tokens: list[int] = field(default_factory=list)  # what its KV cells hold, in order
    last_used: int = 0
    busy: bool = False


class BatchedLlamaEngine:
    """A GGUF model serving up to ``parallel`` generations at once; implements ``Engine``.

    Each slot has the whole ``context_length`` to itself (the KV cache holds
    ``context_length * parallel`` tokens).
    """

    def __init__(
        self,
        model_path: Path | str | None = None,
        *,
        context_length: int = 4096,
        parallel: int = DEFAULT_PARALLEL,
        n_threads: int | None = None,
        prefill_chunk: int = 64,
        model_key: str | None = None,
    ) -> None:
        """Load a model and start the decode thread.

        Args:
            model_path: GGUF file; ``None`` loads the default model.
            context_length: Context window of each slot.
            parallel: Slots: generations decoded together (LM Studio's
                ``maxParallelPredictions``).
            n_threads: CPU threads for every decode. ``None``: ``default_threads()``
                for a decode of one token, and for larger ones whichever of that
                and every available CPU runs faster under the machine's load at
                the time (see :mod:`~lmsdk.server.thread_tuner`).
            prefill_chunk: Prompt tokens per step, and the granularity of
                prompt progress. A prompt is always read in chunks of this size
                from where its cache ends, one prompt per step, so its logits
                do not depend on what else runs (llama.cpp's arithmetic depends
                on how many of a sequence's tokens share a decode). Reading is
                compute bound (10-20 ms a token for SmolLM2-135M on one busy
                core), so this also bounds how long a step makes the
                generating sequences wait.
            model_key: Overrides the key derived from the file name.

        Raises:
            ModelFileNotFound: If the model file does not exist.
            ValueError: If a size is out of range or llama.cpp cannot load the file.
        """
        if parallel < 1:
            raise ValueError(f"parallel must be >= 1, got {parallel}")
        if context_length < 1 or prefill_chunk < 1:
            raise ValueError("context_length and prefill_chunk must be >= 1")
        self._prefill_chunk = prefill_chunk
        path = Path(model_path) if model_path is not None else default_model_path()
        if not path.is_file():
            raise ModelFileNotFound(f"model file not found: {path}")
        self._metadata = {k: v for k, v in read_gguf_metadata(path).items() if isinstance(v, str)}
        self._model_key = model_key if model_key is not None else model_key_from_path(path)
        threads = n_threads if n_threads is not None else default_threads()
        batch_threads = (threads,) if n_threads is not None else (threads, available_cpus())
        self._llama = BatchContext(
            path,
            context_length=context_length,
            slots=parallel,
            n_threads=threads,
            n_batch=max(prefill_chunk, parallel),  # a prompt chunk, or every slot's next token
            batch_threads=batch_threads,
        )
        self._slots = [_Slot(seq_id=i) for i in range(self._llama.slots)]
        self._clock = itertools.count(1)
        self._waiting: deque[_Sequence] = deque()
        self._active: list[_Sequence] = []  # in admission order
        self._read_last = False  # whether the last step read prompt tokens
        self._wake = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, name=f"lmsdk-batch-{self._model_key}", daemon=True
        )
        self._thread.start()

    # -- the Engine interface --------------------------------------------------------------------

    @property
    def model_key(self) -> str:
        """Stable identifier of the model."""
        return self._model_key

    @property
    def context_length(self) -> int:
        """Context length of each generation."""
        return self._llama.context_length

    @property
    def parallel_slots(self) -> int:
        """How many generations are decoded together; more wait in the engine's queue."""
        return len(self._slots)

    @property
    def metadata(self) -> Mapping[str, str]:
        """GGUF metadata with string values."""
        return self._metadata

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """See :meth:`Engine.tokenize`; BOS is added only if the GGUF asks for it."""
        return tokenize_text(self._llama, text, add_special)

    def apply_chat_template(
        self,
        messages: Sequence[Mapping[str, str]],
        add_generation_prompt: bool = True,
        *,
        enable_thinking: bool | None = None,
    ) -> str:
        """See :meth:`Engine.apply_chat_template`; uses ``tokenizer.chat_template``."""
        return apply_gguf_chat_template(
            self._llama,
            self._model_key,
            self._metadata,
            messages,
            add_generation_prompt,
            enable_thinking=enable_thinking,
        )

    def generate(
        self, prompt: Prompt, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """See :meth:`Engine.generate`; runs beside other generations.

        Validation happens in this call, before the iterator is returned.
        Timing starts when the iterator is first advanced.

        Raises:
            RuntimeError: If the engine was closed.
            ValueError: If the prompt is empty.
            PromptTooLong: If the prompt leaves no room for a predicted token.
            InvalidGrammar: If the GBNF grammar is unusable.
            UnsupportedSchema: If the JSON schema has a keyword the grammar cannot enforce.
        """
        if self._closed:
            raise RuntimeError(f"engine for {self._model_key!r} is closed")
        text = prompt_text(self, prompt)
        tokens, grammar = prompt_tokens(self._llama, text, params, self.context_length)
        return self._generate(_Sequence(tokens, params, grammar, cancel))

    def close(self) -> None:
        """Free the model once running generations end (cancel them first); queued ones fail."""
        with self._wake:
            if self._closed:
                return
            self._closed = True
            self._wake.notify()
        self._thread.join()
        self._llama.close()

    # -- the caller's side -----------------------------------------------------------------------

    def _generate(self, seq: _Sequence) -> Iterator[GenerationEvent]:
        clock = GenerationClock()
        total = len(seq.tokens)
        with self._wake:
            if self._closed:
                raise self._closed_error()
            self._waiting.append(seq)
            self._wake.notify()
        try:
            while True:
                item = self._next(seq)
                if isinstance(item, PromptProgress):
                    yield item
                elif isinstance(item, _PromptRead):
                    clock.prompt_done = item.at
                    break
                else:
                    raise RuntimeError(f"unexpected item from the decode thread: {item!r}")
            if not item.complete:
                yield clock.finished("userStopped", None, total, 0)
                return
            yield from stream_tokens(
                self._tokens(seq),
                params=seq.params,
                cancel=seq.cancel,
                prompt_tokens=total,
                context_length=self.context_length,
                clock=clock,
            )
        finally:
            with self._wake:
                seq.released = True
                self._wake.notify()

    def _tokens(self, seq: _Sequence) -> TokenSource:
        while True:
            item = self._next(seq)
            if isinstance(item, bytes) or item is None:
                yield item
            else:  # _END: the decode thread stopped on a limit stream_tokens also enforces
                return

    def _next(self, seq: _Sequence) -> _Item:
        while True:
            try:
                item = seq.out.get(timeout=_POLL_SEC)
            except queue.Empty:
                if not self._thread.is_alive():
                    raise RuntimeError("the decode thread has stopped") from None
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    # -- the decode thread -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while self._step():
                pass
        except BaseException as exc:  # report to every caller rather than leave them waiting
            log.exception("the batched engine's decode thread failed")
            error = RuntimeError(f"the batched engine failed: {exc}")
            with self._wake:
                for seq in [*self._active, *self._waiting]:
                    self._drop(seq)
                    seq.out.put(error)
            raise

    def _closed_error(self) -> RuntimeError:
        return RuntimeError(f"engine for {self._model_key!r} is closed")

    def _step(self) -> bool:
        """One decode step; False once the engine is closed and its generations have ended."""
        with self._wake:
            while True:
                self._active = [s for s in self._active if not self._retire(s)]
                if self._closed:
                    while self._waiting:
                        self._waiting.popleft().out.put(self._closed_error())
                    if not self._active:
                        return False
                else:
                    self._admit()
                if self._work():
                    break
                # Callers notify on every submit and release; the timeout is a safety net.
                self._wake.wait(timeout=1.0)
        rows, sampling = self._build_batch()
        result = self._llama.decode(rows)
        if result != 0:
            raise RuntimeError(f"llama_decode failed with code {result}")
        now = time.perf_counter()
        for seq, index in sampling:
            self._sample(seq, index, now)
        return True

    def _retire(self, seq: _Sequence) -> bool:
        """Drop a sequence whose caller left, or that was cancelled while reading its prompt."""
        if seq.released:
            self._drop(seq)
            return True
        if seq.cancel.is_set() and seq.read < len(seq.tokens):
            seq.out.put(_PromptRead(time.perf_counter(), complete=False))
            self._drop(seq)
            return True
        return False

    def _drop(self, seq: _Sequence) -> None:
        if seq.sampler is not None:
            seq.sampler.close()
            seq.sampler = None
        slot = seq.slot
        if slot is not None:
            slot.busy = False
            seq.slot = None

    def _work(self) -> bool:
        return any(s.next_token is not None or s.read < len(s.tokens) for s in self._active)

    def _admit(self) -> None:
        for seq in [s for s in self._waiting if s.released or s.cancel.is_set()]:
            self._waiting.remove(seq)
            seq.out.put(_PromptRead(time.perf_counter(), complete=False))
        while self._waiting:
            free = [slot for slot in self._slots if not slot.busy]
            if not free:
                return
            seq = self._waiting.popleft()
            slot, common = max(
                ((slot, _common_prefix(slot.tokens, seq.tokens)) for slot in free),
                key=lambda found: (found[1], -found[0].last_used),
            )
            # The last prompt token is always decoded again: sampling needs its logits.
            common = min(common, len(seq.tokens) - 1)
            if not self._llama.can_truncate:
                common = 0
            self._llama.forget(slot.seq_id, common)
            del slot.tokens[common:]
            slot.busy = True
            slot.last_used = next(self._clock)
            seq.slot = slot
            seq.read = seq.cached = common
            try:
                seq.sampler = self._llama.sampler(seq.params, seq.grammar)
            except Exception as exc:  # checked in generate(); a failure here is the library's
                slot.busy = False
                seq.slot = None
                seq.out.put(exc)
                continue
            seq.out.put(PromptProgress(common, len(seq.tokens), common))
            self._active.append(seq)

    def _build_batch(self) -> tuple[list[tuple[int, int, int, bool]], list[tuple[_Sequence, int]]]:
        rows: list[tuple[int, int, int, bool]] = []
        sampling: list[tuple[_Sequence, int]] = []
        generating = [seq for seq in self._active if seq.next_token is not None]
        reading = any(seq.read < len(seq.tokens) for seq in self._active)
        # Steps alternate between a chunk of one prompt and the generating sequences' next
        # tokens (one each: a sequence's logits then never depend on the other rows).
        # On a CPU a decode costs about the same per token however the batch is made up,
        # so mixing both in one step would only make a new prompt wait for the others'
        # tokens; alternating gives it its first token a step sooner and still gives
        # every generating sequence a token every other step, however long the prompt.
        read_now = reading and (not generating or not self._read_last)
        self._read_last = read_now
        if not read_now:
            for seq in generating:
                assert seq.slot is not None and seq.next_token is not None
                sampling.append((seq, len(rows)))
                rows.append((seq.next_token, len(seq.slot.tokens), seq.slot.seq_id, True))
                seq.slot.tokens.append(seq.next_token)
                seq.next_token = None
            return rows, sampling
        seq = next(seq for seq in self._active if seq.read < len(seq.tokens))
        assert seq.slot is not None
        chunk = seq.tokens[seq.read : seq.read + self._prefill_chunk]
        last = seq.read + len(chunk) == len(seq.tokens)
        for offset, token in enumerate(chunk):
            wants = last and offset == len(chunk) - 1  # logits for the prompt's last token only
            rows.append((token, seq.read + offset, seq.slot.seq_id, wants))
        if last:
            sampling.append((seq, len(rows) - 1))
        seq.slot.tokens.extend(chunk)
        seq.read += len(chunk)
        if not last:
            seq.out.put(PromptProgress(seq.read, len(seq.tokens), seq.cached))
        return rows, sampling

    def _sample(self, seq: _Sequence, index: int, now: float) -> None:
        if seq.predicted == 0:
            seq.out.put(PromptProgress(len(seq.tokens), len(seq.tokens), seq.cached))
            seq.out.put(_PromptRead(now, complete=True))
        if seq.released or seq.sampler is None:
            return
        token = seq.sampler.sample(self._llama, index)
        seq.predicted += 1
        if self._llama.is_eog(token):
            seq.out.put(None)
            return self._finish(seq)
        seq.out.put(self._llama.token_bytes(token))
        limit = seq.params.max_tokens
        if (limit is not None and seq.predicted >= limit) or (
            len(seq.tokens) + seq.predicted >= self.context_length
        ):
            # stream_tokens stops here too; the sampled token needs no decode.
            seq.out.put(_END)
            return self._finish(seq)
        seq.next_token = token

    def _finish(self, seq: _Sequence) -> None:
        # The slot is free for the next prompt at once; its KV cells stay for prefix reuse.
        self._drop(seq)
        with self._wake:
            self._active.remove(seq)


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
