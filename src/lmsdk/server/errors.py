"""Errors the embedded server reports to clients, in the serialized wire shape.

Handlers raise :class:`ServerError`; the protocol layer turns it into a
``channelError`` or ``rpcError`` carrying :attr:`ServerError.error`. The
constructors below build the errors whose ``displayData`` codes clients map to
specific exceptions (``generic.noModelMatchingQuery`` becomes
``LMStudioModelNotFoundError`` in the official Python client).
"""

from __future__ import annotations

from collections.abc import Sequence

from lmsdk._generated.common import (
    ErrorDisplayDataNoModelMatchingQuery,
    ErrorDisplayDataPresetNotFound,
    ErrorDisplayDataSpecificModelUnloaded,
    ModelQuery,
    SerializedError,
)

__all__ = [
    "NoResult",
    "ServerError",
    "duplicate_identifier",
    "identifier_not_found",
    "invalid_request",
    "model_not_found",
    "no_model_matching_query",
    "not_supported",
    "preset_not_found",
    "specific_model_unloaded",
]

# Error display data lists at most this many loaded models, like LM Studio's samples.
_SAMPLE_SIZE = 10


class ServerError(Exception):
    """A failure to report to the client as a serialized error."""

    def __init__(
        self,
        title: str,
        *,
        cause: str | None = None,
        suggestion: str | None = None,
        error: SerializedError | None = None,
    ) -> None:
        """Build the error.

        Args:
            title: One-line summary; also the exception message.
            cause: What caused it.
            suggestion: How the user can fix it.
            error: A complete serialized error to send instead of one built
                from the other arguments.
        """
        super().__init__(title)
        self.error = error or SerializedError(
            title=title, root_title=title, cause=cause, suggestion=suggestion
        )


class NoResult(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised by an RPC handler to answer with an ``rpcResult`` that has no ``result`` key.

    ``getModelInfo`` with ``throwIfNotFound: false`` answers a miss this way,
    while its typed handler signature still promises a model info.
    """


def not_supported(endpoint: str, cause: str, suggestion: str | None = None) -> ServerError:
    """An endpoint of the protocol that lmsdk serve answers but cannot carry out.

    Args:
        endpoint: ``namespace/endpoint``, as the client called it.
        cause: Why this server cannot do it.
        suggestion: What the user can do instead.
    """
    return ServerError(
        f"lmsdk serve does not support {endpoint}", cause=cause, suggestion=suggestion
    )


def invalid_request(title: str, cause: str) -> ServerError:
    """An error for a request the server understood but cannot honour."""
    return ServerError(title, cause=cause)


def no_model_matching_query(query: ModelQuery, loaded: Sequence[str]) -> ServerError:
    """No loaded instance matches a model query."""
    title = "No model found that matches the query"
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            cause=f"No loaded model matches {_describe_query(query)}.",
            suggestion=_load_suggestion(loaded),
            display_data=ErrorDisplayDataNoModelMatchingQuery(
                query=query,
                loaded_models_sample=list(loaded[:_SAMPLE_SIZE]),
                total_loaded_models=len(loaded),
            ),
        ),
    )


def model_not_found(key: str, available: Sequence[str], loaded: Sequence[str]) -> ServerError:
    """No downloaded model has a key or path.

    Uses the ``noModelMatchingQuery`` code rather than ``pathNotFound``:
    lmstudio-python 1.5.0 maps only the former to ``LMStudioModelNotFoundError``.
    """
    title = f'No model found with key or path "{key}"'
    shown = ", ".join(available[:_SAMPLE_SIZE]) or "none"
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            cause=f"The server knows these models: {shown}.",
            suggestion="Pass a model key or path listed by listDownloadedModels, or start the "
            "server with --model/--models-dir to add models.",
            display_data=ErrorDisplayDataNoModelMatchingQuery(
                query=ModelQuery(identifier=key),
                loaded_models_sample=list(loaded[:_SAMPLE_SIZE]),
                total_loaded_models=len(loaded),
            ),
        ),
    )


def identifier_not_found(identifier: str, loaded: Sequence[str]) -> ServerError:
    """No loaded instance has an identifier (``unloadModel``).

    Uses the ``noModelMatchingQuery`` code, as LM Studio does: the official
    clients turn it into their model-not-found error.
    """
    title = f'No loaded model has the identifier "{identifier}"'
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            suggestion=_load_suggestion(loaded),
            display_data=ErrorDisplayDataNoModelMatchingQuery(
                query=ModelQuery(identifier=identifier),
                loaded_models_sample=list(loaded[:_SAMPLE_SIZE]),
                total_loaded_models=len(loaded),
            ),
        ),
    )


def duplicate_identifier(identifier: str) -> ServerError:
    """``loadModel`` asked for an identifier that a loaded instance already has.

    Title only, as LM Studio sends it: clients show it on one line.
    """
    return ServerError(
        f'A model instance with the identifier "{identifier}" already exists. '
        "Choose another identifier, or leave it out to get a free one."
    )


def preset_not_found(preset: str) -> ServerError:
    """A prediction named a preset that the server does not have."""
    title = f'No preset found with the identifier "{preset}"'
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            suggestion="lmsdk serve keeps no presets: leave fuzzyPresetIdentifier out and send "
            "the config itself.",
            display_data=ErrorDisplayDataPresetNotFound(
                specified_fuzzy_preset_identifier=preset,
                available_presets_sample=[],
                total_available_presets=0,
            ),
        ),
    )


def specific_model_unloaded() -> ServerError:
    """The instance an ``instanceReference`` named is gone."""
    title = "The model instance this request refers to has been unloaded"
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            suggestion="Get a new model handle (load the model again).",
            display_data=ErrorDisplayDataSpecificModelUnloaded(),
        ),
    )


def _describe_query(query: ModelQuery) -> str:
    parts = [
        f"{name}={value!r}"
        for name, value in (
            ("identifier", query.identifier),
            ("path", query.path),
            ("domain", query.domain),
            ("vision", query.vision),
        )
        if value is not None
    ]
    return "the query " + (", ".join(parts) if parts else "{} (any model)")


def _load_suggestion(loaded: Sequence[str]) -> str:
    if not loaded:
        return "No model is loaded; load one first (for example with getOrLoad)."
    return "Loaded models: " + ", ".join(loaded[:_SAMPLE_SIZE]) + "."
