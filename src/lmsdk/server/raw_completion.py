"""``llm/completeRawText`` (protocol 2.0.0) as a prediction on the ``predict`` path.

A raw completion is the prediction that Release-54 clients ask for through ``predict``: the
prompt as one user message, and a last config layer (``completeModeFormatting``) whose prompt
template passes the message text through unchanged. Turning the new channel's request into that
one keeps a single generation path (queueing, cancelling, stop strings, statistics), and the
prompt reaches the model exactly as sent, with no chat template.

completeRawText has no tool-call packets (2.0.0 refuses tools for completions), so a tool
setting in the request is overridden: the channel only ever carries fragments, progress and
the success packet.
"""

from __future__ import annotations

from lmsdk._generated.chat import ChatHistoryData, ChatMessagePartText, ChatMessageUser
from lmsdk._generated.config import KvConfig, KvConfigField, KvConfigStack, KvConfigStackLayer
from lmsdk._generated.llm import CompleteRawTextCreationParameter, PredictCreationParameter
from lmsdk._prediction import COMPLETE_MODE_LAYER

__all__ = ["as_prediction"]

_NO_TOOLS = KvConfigStackLayer(
    layer_name="completeModeFormatting",
    config=KvConfig(fields=[KvConfigField(key="llm.prediction.tools", value={"type": "none"})]),
)


def as_prediction(parameter: CompleteRawTextCreationParameter) -> PredictCreationParameter:
    """The ``predict`` request that continues ``parameter.raw_prompt`` as it is."""
    layers = [*parameter.prediction_config_stack.layers, _NO_TOOLS, COMPLETE_MODE_LAYER]
    return PredictCreationParameter(
        model_specifier=parameter.model_specifier,
        history=ChatHistoryData(
            messages=[ChatMessageUser(content=[ChatMessagePartText(text=parameter.raw_prompt)])]
        ),
        prediction_config_stack=KvConfigStack(layers=layers),
        fuzzy_preset_identifier=parameter.fuzzy_preset_identifier,
        ignore_server_session_config=parameter.ignore_server_session_config,
    )
