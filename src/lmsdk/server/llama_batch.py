"""llama.cpp's C API for batched decoding: one model, one context, several sequences.

:class:`BatchContext` owns a model and a context whose KV cache has one
*stream* per slot (``n_seq_max`` slots, ``kv_unified`` off), so each sequence
attends only to its own cells, has a whole context window to itself, and its
logits do not depend on what else shares the batch: greedy output in a batch
equals greedy output alone (``tests/server/test_batched_engine.py`` holds
that). A unified cache makes every sequence attend over the cells of all of
them and changed greedy output after a few dozen tokens here.

:class:`SamplerChain` is one sequence's sampler, built like llama-cpp-python's
``Llama`` builds its own (penalties, grammar, then greedy or top-k, typical,
top-p, min-p, temperature and a seeded distribution), so a sequence samples as
:class:`~lmsdk.server.llama_engine.LlamaEngine` does.

Every call into llama_cpp's partly typed bindings is confined to this module.
Methods of :class:`BatchContext` that touch the context or the batch must be
called from one thread at a time (the batched engine's decode thread);
tokenizing and detokenizing read only the vocabulary and are safe from any
thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lmsdk.server.engine import GenerationParams
from lmsdk.server.llama_engine import (
    EndOfGeneration,
    InvalidGrammar,
    check_grammar,
    token_piece,
    vocab_text,
)
from lmsdk.server.thread_tuner import ThreadTuner

__all__ = ["PENALTY_LAST_N", "BatchContext", "SamplerChain"]

PENALTY_LAST_N = 64
"""Tokens the repeat penalty looks back over (llama-cpp-python's ``last_n_tokens_size``)."""

_backend_ready = False


class SamplerChain:
    """One sequence's sampler chain; free it with :meth:`close`.

    Raises:
        InvalidGrammar: If ``grammar`` does not parse.
    """

    def __init__(
        self, vocab: Any, n_vocab: int, params: GenerationParams, grammar: str | None
    ) -> None:
        """Build the chain for ``params`` (and a GBNF grammar, root rule ``root``)."""
        import llama_cpp

        self._chain: Any = llama_cpp.llama_sampler_chain_init(
            llama_cpp.llama_sampler_chain_default_params()
        )
        add = llama_cpp.llama_sampler_chain_add
        add(
            self._chain,
            llama_cpp.llama_sampler_init_penalties(
                n_vocab, PENALTY_LAST_N, params.repeat_penalty, 0.0, 0.0
            ),
        )
        if grammar is not None:
            sampler = llama_cpp.llama_sampler_init_grammar(vocab, grammar.encode("utf-8"), b"root")
            if not sampler:
                self.close()
                raise InvalidGrammar("the GBNF grammar does not parse (root rule must be 'root')")
            add(self._chain, sampler)
        if params.temperature == 0:
            add(self._chain, llama_cpp.llama_sampler_init_greedy())
        else:
            seed = params.seed if params.seed is not None else llama_cpp.LLAMA_DEFAULT_SEED
            add(self._chain, llama_cpp.llama_sampler_init_top_k(params.top_k))
            add(self._chain, llama_cpp.llama_sampler_init_typical(1.0, 1))
            add(self._chain, llama_cpp.llama_sampler_init_top_p(params.top_p, 1))
            add(self._chain, llama_cpp.llama_sampler_init_min_p(params.min_p, 1))
            add(self._chain, llama_cpp.llama_sampler_init_temp(params.temperature))
            add(self._chain, llama_cpp.llama_sampler_init_dist(seed))

    def sample(self, context: BatchContext, index: int) -> int:
        """Sample from the logits of batch row ``index`` and accept the token (grammar too)."""
        import llama_cpp

        return int(llama_cpp.llama_sampler_sample(self._chain, context.ctx, index))

    def close(self) -> None:
        """Free the chain and its samplers (idempotent)."""
        if self._chain is not None:
            import llama_cpp

            llama_cpp.llama_sampler_free(self._chain)
            self._chain = None


class BatchContext:
    """A GGUF model with a context of ``slots`` sequences of ``context_length`` tokens each.

    Raises:
        ValueError: If llama.cpp cannot load the model or create the context.
    """

    def __init__(
        self,
        path: Path,
        *,
        context_length: int,
        slots: int,
        n_threads: int,
        n_batch: int,
        batch_threads: Sequence[int] = (),
    ) -> None:
        """Load the model and allocate the context and one batch of ``n_batch`` tokens.

        A decode of one token runs on ``n_threads`` threads; a larger one on the
        count of ``batch_threads`` that a :class:`ThreadTuner` finds fastest
        (``n_threads`` when empty).
        """
        global _backend_ready
        import llama_cpp

        # Llama(verbose=False) does the same: llama.cpp's own log goes through this logger.
        logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)
        if not _backend_ready:
            llama_cpp.llama_backend_init()
            _backend_ready = True
        self.model: Any = llama_cpp.llama_model_load_from_file(
            str(path).encode("utf-8"), llama_cpp.llama_model_default_params()
        )
        if not self.model:
            raise ValueError(f"llama.cpp cannot load the model file {path}")
        self.ctx: Any = None
        self._batch: Any = None
        try:
            vocab = llama_cpp.llama_model_get_vocab(self.model)
            if not vocab:
                raise ValueError(f"model has no vocabulary: {path}")
            self.vocab: Any = vocab
            self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(vocab))
            self.bos_id = int(llama_cpp.llama_vocab_bos(vocab))
            self.eos_id = int(llama_cpp.llama_vocab_eos(vocab))
            self.n_ctx_train = int(llama_cpp.llama_model_n_ctx_train(self.model))
            # Recurrent state cannot be cut back to a prefix (no prefix cache then).
            self.can_truncate = not (
                llama_cpp.llama_model_is_recurrent(self.model)
                or llama_cpp.llama_model_is_hybrid(self.model)
            )
            params = llama_cpp.llama_context_default_params()
            params.n_ctx = context_length * slots
            params.n_batch = n_batch
            params.n_ubatch = n_batch
            params.n_seq_max = slots
            params.n_threads = n_threads
            params.n_threads_batch = n_threads
            params.kv_unified = False  # one KV stream per slot, see the module docstring
            self.ctx = llama_cpp.llama_init_from_model(self.model, params)
            if not self.ctx:
                raise ValueError(f"llama.cpp cannot create a context of {slots} slots")
            self.slots = int(llama_cpp.llama_n_seq_max(self.ctx))
            self.context_length = min(context_length, int(llama_cpp.llama_n_ctx_seq(self.ctx)))
            self._memory = llama_cpp.llama_get_memory(self.ctx)
            self.n_batch = n_batch
            self._batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
            self.n_threads = n_threads
            self._tuner = ThreadTuner(batch_threads or (n_threads,))
            self._batch_threads = n_threads
        except BaseException:
            self.close()
            raise
        self._eog = EndOfGeneration(self.vocab)

    # -- vocabulary (any thread) ---------------------------------------------------------------

    def tokenize(self, text: bytes, *, add_bos: bool) -> list[int]:
        """Token ids of ``text``, special-token text parsed as special tokens."""
        import llama_cpp

        size = len(text) + 8
        while True:
            buffer = (llama_cpp.llama_token * size)()
            n = llama_cpp.llama_tokenize(self.vocab, text, len(text), buffer, size, add_bos, True)
            if n >= 0:
                return list(buffer[:n])
            size = -n  # a negative result is the count the tokens need

    def token_bytes(self, token: int) -> bytes:
        """Bytes of one token."""
        return token_piece(self.vocab, token)

    def token_text(self, token: int) -> str:
        """The vocabulary text of a token ("" for none)."""
        return vocab_text(self.vocab, token)

    def is_eog(self, token: int) -> bool:
        """Whether a token ends generation (EOS, EOT, ...)."""
        return self._eog(token)

    def check_grammar(self, grammar: str) -> None:
        """Parse a GBNF grammar as a sampler would.

        Raises:
            InvalidGrammar: If it does not parse.
        """
        check_grammar(self.vocab, grammar)

    def sampler(self, params: GenerationParams, grammar: str | None) -> SamplerChain:
        """A new sampler chain for one sequence."""
        return SamplerChain(self.vocab, self.n_vocab, params, grammar)

    # -- the KV cache and decoding (decode thread only) ------------------------------------------

    def forget(self, seq_id: int, start: int) -> None:
        """Drop sequence ``seq_id``'s KV cells from position ``start`` on."""
        import llama_cpp

        if not llama_cpp.llama_memory_seq_rm(self._memory, seq_id, start, -1):
            # Only recurrent memory refuses a partial removal; a full one always works.
            llama_cpp.llama_memory_seq_rm(self._memory, seq_id, 0, -1)

    def decode(self, rows: Sequence[tuple[int, int, int, bool]]) -> int:
        """Decode one batch of (token, position, sequence id, wants logits) rows.

        Returns:
            llama_decode's result: 0 on success, 1 if the KV cache had no room,
            2 if aborted, negative on an error.
        """
        import llama_cpp

        batch = self._batch
        batch.n_tokens = len(rows)
        token, pos, n_seq_id, seq_id, logits = (
            batch.token,
            batch.pos,
            batch.n_seq_id,
            batch.seq_id,
            batch.logits,
        )
        for i, (tok, position, seq, wants) in enumerate(rows):
            token[i] = tok
            pos[i] = position
            n_seq_id[i] = 1
            seq_id[i][0] = seq
            logits[i] = wants
        if len(rows) == 1:  # llama.cpp decodes a single token on n_threads
            return int(llama_cpp.llama_decode(self.ctx, batch))
        threads = self._tuner.choose(len(rows))
        if threads != self._batch_threads:
            llama_cpp.llama_set_n_threads(self.ctx, self.n_threads, threads)
            self._batch_threads = threads
        start = time.perf_counter()
        result = int(llama_cpp.llama_decode(self.ctx, batch))
        self._tuner.record(len(rows), threads, time.perf_counter() - start)
        return result

    def close(self) -> None:
        """Free the batch, the context and the model (idempotent)."""
        import llama_cpp

        if self._batch is not None:
            llama_cpp.llama_batch_free(self._batch)
            self._batch = None
        if self.ctx:
            llama_cpp.llama_free(self.ctx)
            self.ctx = None
        if self.model:
            llama_cpp.llama_model_free(self.model)
            self.model = None
