"""AsyncLLM: a handle on one loaded model instance, with respond/complete and the model RPCs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, overload

import attrs

from lmsdk._async import act as _act
from lmsdk._async.completion import open_raw_completion
from lmsdk._async.model import AsyncModelHandle
from lmsdk._async.session import AsyncChannel
from lmsdk._async.stream import AsyncPredictionStream
from lmsdk._generated.chat import ChatMessageAssistant, ChatMessageData
from lmsdk._generated.client_async import AsyncLlmEndpoints
from lmsdk._generated.config import (
    KvConfig,
    KvConfigField,
    KvConfigStack,
    KvConfigStackLayer,
    LlmLoadModelConfig,
    LlmPredictionConfig,
)
from lmsdk._generated.llm import (
    ApplyPromptTemplateParameter,
    GetBasePredictionConfigParameter,
    GetInstanceProcessingStateParameter,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    InstanceProcessingState,
    LlmApplyPromptTemplateOpts,
    PredictCreationParameter,
)
from lmsdk._generated.model_info import LlmInstanceInfo
from lmsdk._generated.tools import LlmToolUseSettingToolArray
from lmsdk._prediction import COMPLETE_MODE_LAYER, prediction_config
from lmsdk.chat import Chat
from lmsdk.config import PredictionConfigInput, config_from_kv, to_kv_fields
from lmsdk.errors import LMStudioConfigError, LMStudioModelNotFoundError
from lmsdk.results import (
    ActResult,
    FragmentCallback,
    PredictionFolder,
    PredictionFragment,
    PredictionResult,
    PredictionRoundResult,
    ProgressCallback,
)
from lmsdk.tools import ToolDefinition, parse_tools, tool_use_setting

_DEFAULT = object()


class AsyncLLM(AsyncModelHandle[AsyncLlmEndpoints]):
    """A loaded LLM instance, addressed by its identifier."""

    async def _endpoints(self) -> AsyncLlmEndpoints:
        return AsyncLlmEndpoints(await self._client.session("llm"))

    # -- predictions ------------------------------------------------------------------------------
    async def respond_stream(
        self,
        history: Any,
        *,
        config: PredictionConfigInput = None,
        response_format: Any = None,
        preset: str | None = None,
        on_message: Callable[[ChatMessageAssistant], Any] | None = None,
        on_first_token: Callable[[], Any] | None = None,
        on_prediction_fragment: FragmentCallback | None = None,
        on_prompt_processing_progress: ProgressCallback | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None | object = _DEFAULT,
        tools: Iterable[ToolDefinition] | None = None,
    ) -> AsyncPredictionStream:
        """Start a chat response and stream it.

        Args:
            history: a string (one user message), a Chat, a `{"messages": [...]}` dict, or a list of
                `{"role", "content"}` dicts.
            config: prediction config: a dict with the documented camelCase keys
                (`{"temperature": 0.6, "maxTokens": 50}`) or an LlmPredictionConfig.
            response_format: a JSON schema dict, or a class with `model_json_schema()`.
            preset: a preset on the server whose settings apply under config's.
            on_message: called with the assistant message at the end (`chat.append` fits).
            on_first_token: called when the first fragment arrives.
            on_prediction_fragment: called with each fragment.
            on_prompt_processing_progress: called with 0.0 .. 1.0 while the prompt is processed.
            on_progress: the same as on_prompt_processing_progress (the spelling the docs use).
            timeout: seconds allowed for the first token and between messages (None: no limit).
            tools: tools to offer the model (functions or ToolFunctionDefs). They are not run:
                the calls the model makes are in the result's `tool_calls` (see act() to run them).

        Raises:
            LMStudioConfigError: the config has an unknown key or a bad value (nothing is sent).
            LMStudioClientError: a tool cannot be described to the model, or two share a name.
        """
        chat = Chat.coerce(history)
        typed = prediction_config(config, response_format)
        if tools is not None:
            if typed.raw_tools is not None:
                raise LMStudioConfigError(
                    "give the tools either as tools= or as config['rawTools'], not both",
                    key="rawTools",
                )
            offered = tool_use_setting(parse_tools(tools, allow_async=True))
            typed = attrs.evolve(typed, raw_tools=offered)
        return await self._predict(
            chat,
            typed,
            extra_layers=(),
            preset=preset,
            on_message=on_message,
            on_first_token=on_first_token,
            on_fragment=on_prediction_fragment,
            on_progress=on_prompt_processing_progress or on_progress,
            timeout=timeout,
        )

    async def respond(
        self,
        history: Any,
        *,
        config: PredictionConfigInput = None,
        response_format: Any = None,
        preset: str | None = None,
        on_message: Callable[[ChatMessageAssistant], Any] | None = None,
        on_first_token: Callable[[], Any] | None = None,
        on_prediction_fragment: FragmentCallback | None = None,
        on_prompt_processing_progress: ProgressCallback | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None | object = _DEFAULT,
        tools: Iterable[ToolDefinition] | None = None,
    ) -> PredictionResult:
        """Generate a chat response and return the whole result (see respond_stream for arguments)."""
        stream = await self.respond_stream(
            history,
            config=config,
            response_format=response_format,
            preset=preset,
            on_message=on_message,
            on_first_token=on_first_token,
            on_prediction_fragment=on_prediction_fragment,
            on_prompt_processing_progress=on_prompt_processing_progress,
            on_progress=on_progress,
            timeout=timeout,
            tools=tools,
        )
        async with stream:
            return await stream.result()

    async def act(
        self,
        chat: Any,
        tools: Iterable[ToolDefinition],
        *,
        max_prediction_rounds: int | None = None,
        config: PredictionConfigInput = None,
        on_message: Callable[[ChatMessageData], Any] | None = None,
        on_first_token: Callable[[int], Any] | None = None,
        on_prediction_fragment: Callable[[PredictionFragment, int], Any] | None = None,
        on_round_start: Callable[[int], Any] | None = None,
        on_round_end: Callable[[int], Any] | None = None,
        on_prediction_completed: Callable[[PredictionRoundResult], Any] | None = None,
        on_prompt_processing_progress: Callable[[float, int], Any] | None = None,
        handle_invalid_tool_request: _act.InvalidToolRequestHandler | None = None,
        timeout: float | None | object = _DEFAULT,
    ) -> ActResult:
        """Let the model use tools: predict, run the calls it makes, answer them, until it is done.

        Args:
            chat: the conversation so far (whatever respond() accepts); it is copied, not changed.
            tools: plain functions (described from their signature, type hints and docstring),
                ToolFunctionDefs (or their dict form), or both; names must be unique. The async
                client also runs `async def` tools.
            max_prediction_rounds: most rounds to run; the last one is offered no tools, so that it
                answers in text. None: rounds run until the model stops calling tools.
            config: prediction config, as for respond() (toolChoice included).
            on_message: called with each message the loop adds to its chat, in order: per tool
                round the assistant's tool-call request and the tool results, then the answer.
            on_first_token: called with the round index when a round's first fragment arrives.
            on_prediction_fragment: called with each fragment and its round index.
            on_round_start: called with the round index before each round.
            on_round_end: called with the round index after each round (its tools have run).
            on_prediction_completed: called with each round's PredictionRoundResult.
            on_prompt_processing_progress: called with (progress, round index).
            handle_invalid_tool_request: called with (error, request) for a tool that raised, an
                unknown tool or arguments that do not fit (return a string to replace the message
                the model gets, or raise to stop), and with (error, None) for a call that could not
                be parsed, which then ends the loop with that error.
            timeout: seconds allowed for each round's first token and between messages.

        Returns:
            The number of rounds and the total time.

        Raises:
            LMStudioClientError: bad tools or max_prediction_rounds (nothing is sent).
            LMStudioPredictionError: the model wrote a tool call that could not be parsed.
        """
        return await _act.act(
            self,
            chat,
            tools,
            max_prediction_rounds=max_prediction_rounds,
            config=config,
            on_message=on_message,
            on_first_token=on_first_token,
            on_prediction_fragment=on_prediction_fragment,
            on_round_start=on_round_start,
            on_round_end=on_round_end,
            on_prediction_completed=on_prediction_completed,
            on_prompt_processing_progress=on_prompt_processing_progress,
            handle_invalid_tool_request=handle_invalid_tool_request,
            timeout=timeout,
        )

    async def complete_stream(
        self,
        prompt: str,
        *,
        config: PredictionConfigInput = None,
        response_format: Any = None,
        preset: str | None = None,
        on_message: Callable[[ChatMessageAssistant], Any] | None = None,
        on_first_token: Callable[[], Any] | None = None,
        on_prediction_fragment: FragmentCallback | None = None,
        on_prompt_processing_progress: ProgressCallback | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None | object = _DEFAULT,
    ) -> AsyncPredictionStream:
        """Start a raw text completion of prompt (no chat template) and stream it.

        Uses the server's ``llm/completeRawText`` channel (protocol 2.0.0); a server without it
        completes through ``predict`` instead (see lmsdk._async.completion).
        """
        typed = prediction_config(config, response_format, completion=True)
        limit = self._client.timeout if timeout is _DEFAULT else timeout
        channel = await open_raw_completion(
            await self._client.session("llm"),
            self._specifier(),
            prompt,
            KvConfigStack(layers=[_api_override(typed)]),
            limit,  # type: ignore[arg-type]
            preset=preset,
        )
        if channel is not None:
            return self._stream(
                channel,
                typed,
                on_message=on_message,
                on_first_token=on_first_token,
                on_fragment=on_prediction_fragment,
                on_progress=on_prompt_processing_progress or on_progress,
                timeout=timeout,
            )
        chat = Chat()
        chat.add_user_message(prompt)
        return await self._predict(
            chat,
            typed,
            extra_layers=(COMPLETE_MODE_LAYER,),
            preset=preset,
            on_message=on_message,
            on_first_token=on_first_token,
            on_fragment=on_prediction_fragment,
            on_progress=on_prompt_processing_progress or on_progress,
            timeout=timeout,
        )

    async def complete(
        self,
        prompt: str,
        *,
        config: PredictionConfigInput = None,
        response_format: Any = None,
        preset: str | None = None,
        on_message: Callable[[ChatMessageAssistant], Any] | None = None,
        on_first_token: Callable[[], Any] | None = None,
        on_prediction_fragment: FragmentCallback | None = None,
        on_prompt_processing_progress: ProgressCallback | None = None,
        on_progress: ProgressCallback | None = None,
        timeout: float | None | object = _DEFAULT,
    ) -> PredictionResult:
        """Complete prompt and return the whole result (see complete_stream for arguments)."""
        stream = await self.complete_stream(
            prompt,
            config=config,
            response_format=response_format,
            preset=preset,
            on_message=on_message,
            on_first_token=on_first_token,
            on_prediction_fragment=on_prediction_fragment,
            on_prompt_processing_progress=on_prompt_processing_progress,
            on_progress=on_progress,
            timeout=timeout,
        )
        async with stream:
            return await stream.result()

    async def _predict(
        self,
        chat: Chat,
        config: LlmPredictionConfig,
        *,
        extra_layers: tuple[KvConfigStackLayer, ...],
        preset: str | None = None,
        on_message: Callable[[ChatMessageAssistant], Any] | None,
        on_first_token: Callable[[], Any] | None,
        on_fragment: FragmentCallback | None,
        on_progress: ProgressCallback | None,
        timeout: float | None | object,
    ) -> AsyncPredictionStream:
        parameter = PredictCreationParameter(
            model_specifier=self._specifier(),
            history=chat.to_history(),
            prediction_config_stack=KvConfigStack(layers=[_api_override(config), *extra_layers]),
            fuzzy_preset_identifier=preset,
        )
        channel = await (await self._endpoints()).predict(parameter)
        return self._stream(
            channel,  # type: ignore[arg-type]
            config,
            on_message=on_message,
            on_first_token=on_first_token,
            on_fragment=on_fragment,
            on_progress=on_progress,
            timeout=timeout,
        )

    def _stream(
        self,
        channel: AsyncChannel,
        config: LlmPredictionConfig,
        *,
        on_message: Callable[[ChatMessageAssistant], Any] | None,
        on_first_token: Callable[[], Any] | None,
        on_fragment: FragmentCallback | None,
        on_progress: ProgressCallback | None,
        timeout: float | None | object,
    ) -> AsyncPredictionStream:
        folder = PredictionFolder(
            structured=config.structured is not None and config.structured.type != "none",
            on_progress=on_progress,
            on_first_token=on_first_token,
            on_fragment=on_fragment,
        )
        limit = self._client.timeout if timeout is _DEFAULT else timeout
        return AsyncPredictionStream(
            channel,
            folder,
            timeout=limit,  # type: ignore[arg-type]
            on_message=on_message,
        )

    # -- model RPCs -------------------------------------------------------------------------------
    async def get_info(self) -> LlmInstanceInfo:
        """The instance's model info (context length, path, display name, ...)."""
        info = await (await self._endpoints()).get_model_info(
            GetModelInfoParameter(specifier=self._specifier(), throw_if_not_found=True)
        )
        if info is None:
            raise LMStudioModelNotFoundError(f"model instance {self.identifier!r} is not loaded")
        return info

    async def get_base_prediction_config(self) -> LlmPredictionConfig:
        """The prediction settings the instance starts from before a request's own (2.0.0).

        Raises:
            LMStudioServerError: the server predates protocol 2.0.0 (it does not know the call).
        """
        kv = await (await self._endpoints()).get_base_prediction_config(
            GetBasePredictionConfigParameter(specifier=self._specifier())
        )
        return config_from_kv(kv.fields, LlmPredictionConfig)

    async def get_instance_processing_state(self) -> InstanceProcessingState:
        """What the instance is busy with, and how many requests it has (protocol 2.0.0).

        The status is idle, processingPrompt or generating; queued counts the running request
        and the waiting ones (0 when idle).

        Raises:
            LMStudioModelNotFoundError: the instance is no longer loaded.
            LMStudioServerError: the server predates protocol 2.0.0.
        """
        state = await (await self._endpoints()).get_instance_processing_state(
            GetInstanceProcessingStateParameter(
                specifier=self._specifier(), throw_if_not_found=True
            )
        )
        if state is None:
            raise LMStudioModelNotFoundError(f"model instance {self.identifier!r} is not loaded")
        return state

    async def get_context_length(self) -> int:
        """The context length the instance was loaded with."""
        return (await self.get_info()).context_length

    @overload
    async def tokenize(self, text: str) -> list[int]: ...
    @overload
    async def tokenize(self, text: list[str]) -> list[list[int]]: ...
    async def tokenize(self, text: str | list[str]) -> list[int] | list[list[int]]:
        """The model's token ids for a text, or for each text of a list (in order).

        Raises:
            LMStudioClientError: text is neither a str nor a list of str (nothing is sent).
        """
        return await self._tokenize(text)

    async def get_load_config(self) -> LlmLoadModelConfig:
        """The settings the instance was loaded with, as the server reports them."""
        config = await (await self._endpoints()).get_load_config(
            GetLoadConfigParameter(specifier=self._specifier())
        )
        return config_from_kv(config.fields, LlmLoadModelConfig)

    async def apply_prompt_template(
        self,
        history: Any,
        *,
        omit_bos_token: bool = False,
        omit_eos_token: bool = False,
        tools: Iterable[ToolDefinition] | None = None,
    ) -> str:
        """The prompt text the model's chat template makes of history.

        Args:
            history: whatever respond() accepts.
            omit_bos_token: leave out the beginning-of-sequence token the template writes first.
            omit_eos_token: leave out an end-of-sequence token the template writes last.
            tools: tools to present in the prompt, as respond(tools=...) would.
        """
        definitions = None
        if tools is not None:
            setting = tool_use_setting(parse_tools(tools, allow_async=True))
            definitions = setting.tools if isinstance(setting, LlmToolUseSettingToolArray) else None
        result = await (await self._endpoints()).apply_prompt_template(
            ApplyPromptTemplateParameter(
                specifier=self._specifier(),
                history=Chat.coerce(history).to_history(),
                prediction_config_stack=KvConfigStack(layers=[]),
                opts=LlmApplyPromptTemplateOpts(
                    omit_bos_token=omit_bos_token or None,
                    omit_eos_token=omit_eos_token or None,
                    tool_definitions=definitions,
                ),
            )
        )
        return result.formatted


def _api_override(config: LlmPredictionConfig) -> KvConfigStackLayer:
    """The config layer a request's own settings travel in."""
    fields = [KvConfigField(key=f["key"], value=f["value"]) for f in to_kv_fields(config)]
    return KvConfigStackLayer(layer_name="apiOverride", config=KvConfig(fields=fields))
