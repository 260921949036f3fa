"""Pure pieces of building a predict request: the effective typed config and the completion layer."""

from __future__ import annotations

from typing import Any

import attrs

from lmsdk._generated.config import (
    KvConfig,
    KvConfigField,
    KvConfigStackLayer,
    LlmPredictionConfig,
    LlmStructuredPredictionSetting,
)
from lmsdk._protocol.connection import names_unknown_endpoint
from lmsdk.config import ConfigInput, validate_config
from lmsdk.errors import LMStudioConfigError, LMStudioServerError

COMPLETION_TEMPLATE = "{% for message in messages %}{{ message['content'] }}{% endfor %}"
"""complete() sends the prompt as one user message; this template turns the history back into it."""

COMPLETE_MODE_LAYER = KvConfigStackLayer(
    layer_name="completeModeFormatting",
    config=KvConfig(
        fields=[
            KvConfigField(
                key="llm.prediction.promptTemplate",
                value={
                    "type": "jinja",
                    "jinjaPromptTemplate": {"template": COMPLETION_TEMPLATE},
                    "stopStrings": [],
                },
            )
        ]
    ),
)
"""The last layer of a completion's config stack, so that it wins over any user prompt template."""


def json_schema_of(response_format: Any) -> dict[str, Any]:
    """The JSON schema a response_format stands for (a schema dict or a class that provides one)."""
    if isinstance(response_format, dict):
        return response_format
    for attr in ("model_json_schema", "json_schema", "schema"):
        provider = getattr(response_format, attr, None)
        if callable(provider):
            schema = provider()
            if isinstance(schema, dict):
                return schema
    raise LMStudioConfigError(
        "response_format must be a JSON schema dict or a class with model_json_schema() "
        f"(such as a pydantic model), not {type(response_format).__name__}",
        key="response_format",
    )


def prediction_config(
    config: ConfigInput, response_format: Any = None, *, completion: bool = False
) -> LlmPredictionConfig:
    """Validate the user's config and fold response_format into it."""
    typed = validate_config(config, LlmPredictionConfig)
    if response_format is not None:
        if typed.structured is not None:
            raise LMStudioConfigError(
                "give the output structure either as response_format or as config['structured'], "
                "not both",
                key="structured",
            )
        typed = attrs.evolve(
            typed,
            structured=LlmStructuredPredictionSetting(
                type="json", json_schema=json_schema_of(response_format)
            ),
        )
    if completion and typed.stop_strings is None:
        typed = attrs.evolve(typed, stop_strings=[])
    return typed


def is_unknown_endpoint(error: LMStudioServerError, endpoint: str) -> bool:
    """Whether a server error says that the server does not know ``endpoint``.

    Servers older than protocol 2.0.0 answer a request for one of its endpoints this way
    (lmsdk serve with an error, LM Studio with a warning that the connection turns into one).
    """
    return names_unknown_endpoint(error.title, endpoint)
