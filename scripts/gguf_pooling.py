"""Copy a GGUF file, adding ``<arch>.pooling_type`` to its header (test tooling).

No package ships a small embedding GGUF, so the conformance step and the embedding tests make
one the way a real embedding model declares itself: the shipped SmolLM2 GGUF with a pooling
key in its header, tensors untouched. The server then takes it for an embedding model from
its metadata alone, as it would any embedding GGUF.

    python scripts/gguf_pooling.py SRC DST [--pooling 1]
"""

from __future__ import annotations

import argparse
import shutil
import struct
from pathlib import Path
from typing import BinaryIO

__all__ = ["with_pooling"]

_FIXED = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_STRING, _ARRAY, _UINT32 = 8, 9, 4


def _u32(file: BinaryIO) -> int:
    return int(struct.unpack("<I", file.read(4))[0])


def _u64(file: BinaryIO) -> int:
    return int(struct.unpack("<Q", file.read(8))[0])


def _skip_value(file: BinaryIO, kind: int) -> None:
    if kind in _FIXED:
        file.seek(_FIXED[kind], 1)
    elif kind == _STRING:
        file.seek(_u64(file), 1)
    elif kind == _ARRAY:
        item, count = _u32(file), _u64(file)
        if item in _FIXED:
            file.seek(_FIXED[item] * count, 1)
        else:
            for _ in range(count):
                _skip_value(file, item)
    else:
        raise ValueError(f"unknown GGUF value type {kind}")


def _string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def with_pooling(src: Path, dst: Path, pooling: int = 1) -> None:
    """Write dst: src with ``<arch>.pooling_type = pooling`` (llama.cpp's enum; 1 is mean).

    Raises:
        ValueError: src is not a GGUF v2+ file, or already declares a pooling.
    """
    with src.open("rb") as file:
        if file.read(4) != b"GGUF" or (version := _u32(file)) < 2:
            raise ValueError(f"not a GGUF v2+ file: {src}")
        tensors, kvs = _u64(file), _u64(file)
        kv_start = file.tell()
        arch, alignment = None, 32
        for _ in range(kvs):
            key = file.read(_u64(file)).decode()
            kind = _u32(file)
            if key == "general.architecture":
                arch = file.read(_u64(file)).decode()
            elif key == "general.alignment":
                alignment = _u32(file)
            else:
                _skip_value(file, kind)
            if key.endswith(".pooling_type"):
                raise ValueError(f"{src} already declares {key}")
        kv_end = file.tell()
        for _ in range(tensors):
            file.seek(_u64(file), 1)  # name
            dims = _u32(file)
            file.seek(8 * dims + 4 + 8, 1)  # dims, type, offset
        infos_end = file.tell()
        data_start = -(-infos_end // alignment) * alignment
        if arch is None:
            raise ValueError(f"{src} has no general.architecture")
        file.seek(kv_start)
        kv_bytes = file.read(kv_end - kv_start)
        infos = file.read(infos_end - kv_end)
        new_kv = _string(f"{arch}.pooling_type") + struct.pack("<II", _UINT32, pooling)
        head = b"GGUF" + struct.pack("<IQQ", version, tensors, kvs + 1) + kv_bytes + new_kv + infos
        padding = -len(head) % alignment
        with dst.open("wb") as out:
            out.write(head + b"\x00" * padding)
            file.seek(data_start)
            shutil.copyfileobj(file, out, 1 << 20)


def main() -> None:
    """Command line: SRC DST [--pooling N]."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--pooling", type=int, default=1)
    args = parser.parse_args()
    with_pooling(args.src, args.dst, args.pooling)


if __name__ == "__main__":
    main()
