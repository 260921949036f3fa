"""Memory estimates for ``estimateModelUsage``, from a GGUF file and the requested context.

An estimate, and labelled as one (``confidence: "low"``): the weights take about the
file's size (llama.cpp maps the file), and the K/V cache takes, per layer and per context
token, one key and one value vector for every key/value head, at the cache's element size.
llama.cpp's compute buffers (a few to a few hundred MiB, depending on the batch size and the
vocabulary) are not included, so the real use is higher: loading SmolLM2-135M (Q4_1, 94 MiB) in
a fresh process grew it by 190 MiB at 2,048 tokens of context (estimate 139 MiB) and by 325 MiB
at 8,192 (estimate 274 MiB), about 50 MiB of buffers more each time. Nothing runs on a GPU here,
so every ``...VramBytes`` figure is 0. The guardrail compares the total with the memory available
now.
"""

from __future__ import annotations

from typing import Any

from lmsdk._generated.config import KvConfigStack
from lmsdk._generated.llm import ModelMemoryEstimate, ModelUsageEstimate
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.errors import ServerError, not_supported
from lmsdk.server.gguf import GgufError, read_gguf_metadata
from lmsdk.server.hardware import available_memory_bytes
from lmsdk.server.kv import DEFAULT_CONTEXT_LENGTH, merge_stack

__all__ = ["CACHE_ELEMENT_BYTES", "estimate_usage", "kv_cache_bytes"]

# Bytes per cached element for llama.cpp's cache types (block formats: 32 elements plus scales).
CACHE_ELEMENT_BYTES: dict[str, float] = {
    "f32": 4.0,
    "f16": 2.0,
    "q8_0": 34 / 32,
    "q5_1": 24 / 32,
    "q5_0": 22 / 32,
    "q4_1": 20 / 32,
    "q4_0": 18 / 32,
    "iq4_nl": 18 / 32,
}

_CONTEXT_KEYS = {"llm": "llm.load.contextLength", "embedding": "embedding.load.contextLength"}
_K_TYPE = "llm.load.llama.kCacheQuantizationType"
_V_TYPE = "llm.load.llama.vCacheQuantizationType"


def kv_cache_bytes(
    metadata: dict[str, Any], context_length: int, k_bytes: float = 2.0, v_bytes: float = 2.0
) -> int:
    """K/V cache size of a model (GGUF metadata) at a context length.

    Returns 0 when the header lacks the attention sizes (the estimate is then the weights alone).
    """
    arch = metadata.get("general.architecture")
    layers = metadata.get(f"{arch}.block_count")
    embedding = metadata.get(f"{arch}.embedding_length")
    heads = metadata.get(f"{arch}.attention.head_count")
    kv_heads = metadata.get(f"{arch}.attention.head_count_kv", heads)
    if not all(isinstance(v, int) and v > 0 for v in (layers, embedding, heads, kv_heads)):
        return 0
    assert isinstance(layers, int) and isinstance(embedding, int)  # narrowed above
    assert isinstance(heads, int) and isinstance(kv_heads, int)
    key_length = metadata.get(f"{arch}.attention.key_length", embedding // heads)
    value_length = metadata.get(f"{arch}.attention.value_length", embedding // heads)
    per_token = kv_heads * (int(key_length) * k_bytes + int(value_length) * v_bytes)
    return int(layers * context_length * per_token)


def estimate_usage(
    entry: ModelEntry, stack: KvConfigStack, device_identifier: object = None, slots: int = 1
) -> ModelUsageEstimate:
    """Estimate the memory of loading ``entry`` with the load settings of ``stack``.

    Args:
        entry: The downloaded model.
        stack: The load settings.
        device_identifier: The request's LM Link device; only this machine (None, null or
            absent) can be estimated.
        slots: Predictions the loaded model runs at once; each has a KV cache of the
            whole context.

    Raises:
        ServerError: If the context length or a cache type in the stack is invalid, the model
            file can no longer be read, or another device is named.
    """
    if isinstance(device_identifier, str):
        raise not_supported(
            "estimateModelUsage on another device",
            f"lmsdk serve has no LM Link: device {device_identifier!r} is not this machine.",
            "Leave deviceIdentifier out (or null) to estimate for this machine.",
        )
    merged = merge_stack(stack)
    key = _CONTEXT_KEYS.get(entry.domain, _CONTEXT_KEYS["llm"])
    requested = merged.get(key)
    if requested is None:
        context_length = min(DEFAULT_CONTEXT_LENGTH, entry.max_context_length)
    elif isinstance(requested, bool) or not isinstance(requested, int) or requested < 1:
        raise ServerError(
            f"Invalid value for the config key {key}",
            cause=f"expected an integer >= 1, found {requested!r}",
        )
    else:
        context_length = requested
    try:
        metadata = read_gguf_metadata(entry.file)
    except (OSError, GgufError) as exc:
        raise ServerError(
            f'Cannot read the model file of "{entry.key}"', cause=f"{type(exc).__name__}: {exc}"
        ) from exc
    context = slots * kv_cache_bytes(
        metadata, context_length, _cache_bytes(merged, _K_TYPE), _cache_bytes(merged, _V_TYPE)
    )
    total = entry.size_bytes + context
    return ModelUsageEstimate(
        memory=ModelMemoryEstimate(
            confidence="low",
            model_vram_bytes=0,
            context_vram_bytes=0,
            total_vram_bytes=0,
            model_bytes=entry.size_bytes,
            context_bytes=context,
            total_bytes=total,
        ),
        passes_guardrails=total <= available_memory_bytes(),
    )


def _cache_bytes(merged: dict[str, Any], key: str) -> float:
    value = merged.get(key)
    if not isinstance(value, dict) or not value.get("checked"):
        return CACHE_ELEMENT_BYTES["f16"]  # llama.cpp's default cache type
    kind = value.get("value")
    if kind not in CACHE_ELEMENT_BYTES:
        raise ServerError(
            f"Invalid value for the config key {key}",
            cause=f"expected one of {sorted(CACHE_ELEMENT_BYTES)}, found {kind!r}",
        )
    return CACHE_ELEMENT_BYTES[kind]
