"""Read the metadata header of a GGUF file without loading the model.

``listDownloadedModels`` reports each model's architecture and trained context
length; reading them from the header takes milliseconds, while loading the
model through llama.cpp would allocate its weights.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

__all__ = ["GgufError", "QUANTIZATION_BITS", "read_gguf_metadata"]


class GgufError(ValueError):
    """The file is not a GGUF file or its header is damaged."""


# GGUF metadata value types: type id -> (struct format, size).
_SCALARS: dict[int, tuple[str, int]] = {
    0: ("<B", 1),
    1: ("<b", 1),
    2: ("<H", 2),
    3: ("<h", 2),
    4: ("<I", 4),
    5: ("<i", 4),
    6: ("<f", 4),
    7: ("<?", 1),
    10: ("<Q", 8),
    11: ("<q", 8),
    12: ("<d", 8),
}
_STRING = 8
_ARRAY = 9
# Array values are skipped, except short ones: tokenizer vocabularies hold
# hundreds of thousands of entries and nothing here needs them.
_MAX_KEPT_ARRAY = 64
# A corrupt length could otherwise make us read gigabytes into one string.
_MAX_STRING = 16 * 1024 * 1024

# general.file_type (llama_ftype) -> (quantization name, rough bits per weight).
QUANTIZATION_BITS: dict[int, tuple[str, int]] = {
    0: ("F32", 32),
    1: ("F16", 16),
    2: ("Q4_0", 4),
    3: ("Q4_1", 4),
    7: ("Q8_0", 8),
    8: ("Q5_0", 5),
    9: ("Q5_1", 5),
    10: ("Q2_K", 2),
    11: ("Q3_K_S", 3),
    12: ("Q3_K_M", 3),
    13: ("Q3_K_L", 3),
    14: ("Q4_K_S", 4),
    15: ("Q4_K_M", 4),
    16: ("Q5_K_S", 5),
    17: ("Q5_K_M", 5),
    18: ("Q6_K", 6),
    19: ("IQ2_XXS", 2),
    20: ("IQ2_XS", 2),
    21: ("Q2_K_S", 2),
    22: ("IQ3_XS", 3),
    23: ("IQ3_XXS", 3),
    24: ("IQ1_S", 1),
    25: ("IQ4_NL", 4),
    26: ("IQ3_S", 3),
    27: ("IQ3_M", 3),
    28: ("IQ2_S", 2),
    29: ("IQ2_M", 2),
    30: ("IQ4_XS", 4),
    31: ("IQ1_M", 1),
    32: ("BF16", 16),
}


def read_gguf_metadata(path: Path) -> dict[str, Any]:
    """Read the key/value metadata of a GGUF file.

    Args:
        path: The GGUF file.

    Returns:
        Metadata by key. Scalars and strings are kept; arrays longer than a
        few dozen entries are skipped.

    Raises:
        GgufError: If the file is not GGUF or its header is truncated.
        OSError: If the file cannot be read.
    """
    with path.open("rb") as file:
        if file.read(4) != b"GGUF":
            raise GgufError(f"not a GGUF file: {path}")
        version = _unpack(file, "<I", 4)
        if version < 2:
            raise GgufError(f"GGUF version {version} is too old (need 2 or later): {path}")
        _unpack(file, "<Q", 8)  # tensor count
        count = _unpack(file, "<Q", 8)
        metadata: dict[str, Any] = {}
        for _ in range(count):
            key = _read_string(file)
            value_type = _unpack(file, "<I", 4)
            value = _read_value(file, value_type)
            if value is not _SKIPPED:
                metadata[key] = value
        return metadata


_SKIPPED = object()


def _read_value(file: BinaryIO, value_type: int) -> Any:
    scalar = _SCALARS.get(value_type)
    if scalar is not None:
        return _unpack(file, *scalar)
    if value_type == _STRING:
        return _read_string(file)
    if value_type == _ARRAY:
        item_type = _unpack(file, "<I", 4)
        length = _unpack(file, "<Q", 8)
        item = _SCALARS.get(item_type)
        if length > _MAX_KEPT_ARRAY:
            if item is not None:
                file.seek(item[1] * length, 1)  # fixed-size items: skip in one seek
            else:
                for _ in range(length):
                    _read_value(file, item_type)
            return _SKIPPED
        return [_read_value(file, item_type) for _ in range(length)]
    raise GgufError(f"unknown GGUF metadata value type {value_type}")


def _read_string(file: BinaryIO) -> str:
    length = _unpack(file, "<Q", 8)
    if length > _MAX_STRING:
        raise GgufError(f"implausible GGUF string length {length}")
    data = file.read(length)
    if len(data) != length:
        raise GgufError("GGUF header is truncated")
    return data.decode("utf-8", "replace")


def _unpack(file: BinaryIO, fmt: str, size: int) -> Any:
    data = file.read(size)
    if len(data) != size:
        raise GgufError("GGUF header is truncated")
    return struct.unpack(fmt, data)[0]
