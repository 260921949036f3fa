# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 d341ab5c21d60b08)
# from schema/ (sha256 0180835de806b4e1). Change schema/ or codegen/ and regenerate instead.

"""Fields that a protocol revision requires although older peers leave them out.

The schema keeps such fields optional, so that messages of older peers decode, and marks them with
`x-required-since`; lmsdk always sends them, and `lmsdk wire validate --revision` checks that a peer did.
"""

from __future__ import annotations

from typing import Final

REQUIRED_SINCE: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "2.0.0": {
        "PredictPromptProcessingProgressPacket": ("details",),
        "LlmPredictionFragment": ("isStructural",),
        "LlmInfo": (
            "publisher",
            "indexedModelIdentifier",
            "deviceIdentifier",
        ),
        "LlmInstanceInfo": (
            "publisher",
            "indexedModelIdentifier",
            "deviceIdentifier",
            "ttlMs",
            "lastUsedTime",
        ),
        "EmbeddingModelInfo": (
            "publisher",
            "indexedModelIdentifier",
            "deviceIdentifier",
        ),
        "EmbeddingModelInstanceInfo": (
            "publisher",
            "indexedModelIdentifier",
            "deviceIdentifier",
            "ttlMs",
            "lastUsedTime",
        ),
    },
}
"""Revision -> generated class name -> wire names of the fields that revision requires."""
