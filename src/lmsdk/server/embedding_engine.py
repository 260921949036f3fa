"""A GGUF model loaded in llama.cpp's embedding mode.

An embedding instance lives in the same registry as the LLM instances (one
catalog, one resolution rule), so it satisfies the :class:`Engine` protocol;
it cannot generate, and the ``llm`` namespace never resolves to it because
its catalog entry's domain is ``embedding``.

Pooling follows the GGUF: a file that declares ``<arch>.pooling_type`` (every
real embedding model does) is pooled the way it says, which llama.cpp does by
itself. A file that declares none, such as a chat model served in embedding
mode, is mean-pooled: llama.cpp would otherwise return one vector per token.
Vectors are L2-normalised, as llama.cpp's own server returns them, so a dot
product is the cosine similarity.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from lmsdk.server.engine import GenerationEvent, GenerationParams
from lmsdk.server.file_engine import FileEngine
from lmsdk.server.model_files import POOLING_NAMES

if TYPE_CHECKING:
    import llama_cpp

__all__ = ["EmbeddingEngine", "InputTooLong"]

# llama.cpp's enum llama_pooling_type (names in model_files.POOLING_NAMES).
_POOLING_MEAN: Final = 1
_POOLING_UNSPECIFIED: Final = -1


class InputTooLong(ValueError):
    """A text has more tokens than the embedding model's context window."""

    def __init__(self, tokens: int, context_length: int) -> None:
        """Build the message from the sizes involved."""
        super().__init__(
            f"the input has {tokens} tokens but the embedding model is loaded with a "
            f"context length of {context_length}"
        )
        self.tokens = tokens
        self.context_length = context_length


class EmbeddingEngine(FileEngine):
    """A GGUF model in llama.cpp's embedding mode; thread-safe (one call at a time)."""

    def __init__(
        self,
        model_path: Path,
        *,
        context_length: int,
        n_threads: int,
        model_key: str,
        display_name: str,
        architecture: str,
        max_context_length: int,
        pooling: int | None,
    ) -> None:
        """Load the model.

        Args:
            model_path: The GGUF file.
            context_length: Context window to allocate (the longest text embedded at once).
            n_threads: CPU threads.
            model_key: The catalog key.
            display_name: Human-readable name.
            architecture: ``general.architecture`` of the file.
            max_context_length: Context length the model was trained with.
            pooling: The pooling the GGUF declares (see :func:`lmsdk.server.model_files.declared_pooling`),
                or None to mean-pool.

        Raises:
            ValueError: If llama.cpp cannot load the file.
        """
        import llama_cpp  # deferred: loading the native library is slow

        self._llama: llama_cpp.Llama = llama_cpp.Llama(
            model_path=str(model_path),
            embedding=True,
            n_ctx=context_length,
            # A non-causal model embeds a whole input in one micro-batch.
            n_batch=context_length,
            n_ubatch=context_length,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            pooling_type=_POOLING_UNSPECIFIED if pooling is not None else _POOLING_MEAN,
            verbose=False,
        )
        super().__init__(model_path, model_key=model_key, display_name=display_name)
        self._architecture = architecture
        self._max_context = max_context_length
        self._context = int(self._llama.n_ctx())
        self.pooling = POOLING_NAMES[pooling if pooling is not None else _POOLING_MEAN]
        self.dimension = int(llama_cpp.llama_model_n_embd(self._llama.model))
        self._lock = threading.Lock()
        self._closed = False

    # -- the Engine protocol -----------------------------------------------------------------
    @property
    def architecture(self) -> str:
        """``general.architecture`` of the file."""
        return self._architecture

    @property
    def max_context_length(self) -> int:
        """Context length the model was trained with."""
        return self._max_context

    @property
    def context_length(self) -> int:
        """Context length the model is loaded with."""
        return self._context

    def tokenize(self, text: str, add_special: bool) -> list[int]:
        """Token ids of ``text`` (``add_special`` adds BOS/CLS as the model wants)."""
        with self._lock:
            self._check_open()
            return list(self._llama.tokenize(text.encode("utf-8"), add_bos=add_special))

    # The refusals below take ``object`` so that they stay valid Engine methods
    # whatever prompt and message types LLM engines grow.
    def apply_chat_template(self, messages: object, add_generation_prompt: bool = True) -> str:
        """Embedding models have no chat: always refused."""
        raise ValueError(f"{self._model_key} is an embedding model; it has no chat template")

    def generate(
        self, prompt: object, params: GenerationParams, cancel: threading.Event
    ) -> Iterator[GenerationEvent]:
        """Embedding models do not generate text: always refused."""
        raise ValueError(f"{self._model_key} is an embedding model; it cannot generate text")

    def close(self) -> None:
        """Free the model (waits for a running embedding)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._llama.close()

    # -- embedding ---------------------------------------------------------------------------
    def embed(self, text: str) -> list[float]:
        """The L2-normalised embedding of ``text``.

        Raises:
            InputTooLong: If ``text`` does not fit the context window.
            ValueError: If the text is empty or the engine was closed.
        """
        with self._lock:
            self._check_open()
            tokens = self._llama.tokenize(text.encode("utf-8"), add_bos=True)
            if len(tokens) > self._context:
                raise InputTooLong(len(tokens), self._context)
            raw: Any = self._llama.embed(text, normalize=False, truncate=False)
        vector = [float(x) for x in raw]
        if len(vector) != self.dimension:
            raise ValueError(
                f"llama.cpp returned {len(vector)} values, expected {self.dimension} "
                f"(pooling {self.pooling})"
            )
        norm = math.sqrt(sum(x * x for x in vector))
        return [x / norm for x in vector] if norm > 0 else vector

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError(f"{self._model_key} has been unloaded")
