# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""What each protocol revision added: endpoints, and fields it requires that older peers leave out.

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

ENDPOINTS_SINCE: Final[dict[str, frozenset[str]]] = {
    "2.0.0": frozenset(
        {
            "embedding/getBasePredictionConfig",
            "embedding/getInstanceProcessingState",
            "embedding/estimateModelUsage",
            "llm/completeRawText",
            "llm/getBasePredictionConfig",
            "llm/getInstanceProcessingState",
            "llm/estimateModelUsage",
            "runtime/listEngines",
            "runtime/getEngineSelections",
            "runtime/selectEngine",
            "runtime/removeEngine",
            "runtime/surveyHardware",
            "runtime/searchRuntimeExtensions",
            "runtime/downloadRuntimeExtension",
            "system/info",
            "system/listDownloadedModelVariants",
            "system/startHttpServer",
            "system/stopHttpServer",
            "system/requestShutdown",
        }
    ),
}
"""Revision -> the endpoints (``namespace/name``) it added (``x-since``): older peers lack them."""
