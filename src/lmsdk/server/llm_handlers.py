"""The ``llm`` namespace: implements the generated ``LlmHandlers`` protocol."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Sequence
from typing import cast

import attrs

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.common import SerializedError
from lmsdk._generated.config import KvConfig, KvConfigStack
from lmsdk._generated.llm import (
    ApplyPromptTemplateParameter,
    ApplyPromptTemplateResult,
    CompleteRawTextCreationParameter,
    CompleteRawTextToClientPacket,
    CountTokensParameter,
    CountTokensResult,
    EstimateModelUsageParameter,
    GetBasePredictionConfigParameter,
    GetInstanceProcessingStateParameter,
    GetLoadConfigParameter,
    GetModelInfoParameter,
    GetOrLoadAlreadyLoadedPacket,
    GetOrLoadCreationParameter,
    GetOrLoadLoadProgressPacket,
    GetOrLoadLoadSuccessPacket,
    GetOrLoadStartLoadingPacket,
    GetOrLoadToClientPacket,
    GetOrLoadToServerPacket,
    GetOrLoadUnloadingOtherJitModelPacket,
    InstanceProcessingState,
    LlmPredictionFragment,
    LlmPredictionStats,
    LlmPredictionStopReason,
    LlmPromptProcessingDetails,
    LoadModelCreationParameter,
    LoadModelProgressPacket,
    LoadModelResolvedPacket,
    LoadModelSuccessPacket,
    LoadModelToClientPacket,
    LoadModelToServerPacket,
    ModelUsageEstimate,
    PredictCreationParameter,
    PredictFragmentPacket,
    PredictPromptProcessingProgressPacket,
    PredictSuccessPacket,
    PredictToClientPacket,
    PredictToolCallGenerationArgumentFragmentGeneratedPacket,
    PredictToolCallGenerationEndPacket,
    PredictToolCallGenerationFailedPacket,
    PredictToolCallGenerationNameReceivedPacket,
    PredictToolCallGenerationStartPacket,
    PredictToServerPacket,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import LlmInfo, LlmInstanceInfo
from lmsdk.server.catalog import ModelEntry
from lmsdk.server.engine import (
    ChatPrompt,
    Finished,
    GenerationEvent,
    Piece,
    PromptProgress,
    PromptTooLong,
    calls_tools_natively,
)
from lmsdk.server.errors import ServerError, preset_not_found
from lmsdk.server.file_parts import Documents
from lmsdk.server.generation import (
    history_messages,
    prediction_prompt,
    render_prompt,
    run_generation,
    run_native_tool_generation,
    with_native_tools,
)
from lmsdk.server.instance_state import processing_state, track
from lmsdk.server.kv import PROMPT_TEMPLATE, load_settings, merge_stack, prediction_settings
from lmsdk.server.model_requests import (
    LoadingPackets,
    resolve_or_absent,
    serve_get_or_load,
    serve_load_model,
    token_count,
    token_ids,
    usage_estimate,
)
from lmsdk.server.models import Instance, ModelRegistry
from lmsdk.server.raw_completion import as_prediction
from lmsdk.server.reasoning import (
    REASONING_PARSING,
    ReasoningSplitter,
    Segment,
    splitter_for,
)
from lmsdk.server.scheduler import Relay, admit_prompt
from lmsdk.server.tool_use import (
    DEFAULT_MARKUP,
    ToolCallArguments,
    ToolCallEnded,
    ToolCallEvent,
    ToolCallNamed,
    ToolCallStarted,
    ToolUse,
    native_tool_prompt,
    run_tool_generation,
    template_markup,
    with_tools,
)

__all__ = ["LlmNamespace"]

log = logging.getLogger("lmsdk.server")

_LOADING: LoadingPackets[
    LlmInstanceInfo, LlmInfo, GetOrLoadToClientPacket, LoadModelToClientPacket
] = LoadingPackets(
    domain="llm",
    settings=load_settings,
    instance_info=Instance.info,
    model_info=ModelEntry.info,
    already_loaded=GetOrLoadAlreadyLoadedPacket,
    start_loading=GetOrLoadStartLoadingPacket,
    get_or_load_progress=GetOrLoadLoadProgressPacket,
    unloading_other=GetOrLoadUnloadingOtherJitModelPacket,
    get_or_load_success=GetOrLoadLoadSuccessPacket,
    resolved=LoadModelResolvedPacket,
    load_progress=LoadModelProgressPacket,
    load_success=LoadModelSuccessPacket,
)


class LlmNamespace:
    """Handlers of ``ws://HOST:PORT/llm`` over a model registry."""

    def __init__(
        self,
        registry: ModelRegistry,
        *,
        coalesce_fragments: bool = True,
        documents: Documents | None = None,
    ) -> None:
        """Serve a registry.

        Args:
            registry: The models.
            documents: Reads the uploaded files that file parts of histories refer to.
            coalesce_fragments: Send the pieces that queued up while a fragment was
                being sent as one fragment (the default). False sends one fragment
                per engine piece, so a replayed stream has a fixed fragment count
                (benchmarks).
        """
        self.registry = registry
        self.coalesce_fragments = coalesce_fragments
        self.documents = documents

    async def predict(
        self,
        parameter: PredictCreationParameter,
        channel: AsyncChannel[PredictToServerPacket, PredictToClientPacket],
    ) -> None:
        """Generate a reply: progress, fragments, then ``success``."""
        if parameter.fuzzy_preset_identifier:
            raise preset_not_found(parameter.fuzzy_preset_identifier)
        instance = self.registry.resolve(parameter.model_specifier)
        if self.documents is not None:
            history = await self.documents.expand(parameter.history, instance)
            parameter = attrs.evolve(parameter, history=history)
        settings = prediction_settings(parameter.prediction_config_stack, instance.seed)
        # Before the prompt is rendered or queued (see admit_prompt).
        await admit_prompt(
            instance.engine,
            (m["content"] for m in history_messages(parameter.history)),
            instance.engine.context_length,
        )
        prompt = prediction_prompt(
            instance.engine,
            history_messages(parameter.history),
            settings.prompt_template,
            merge_stack(parameter.prediction_config_stack),
        )
        tool_use = ToolUse.from_config(merge_stack(parameter.prediction_config_stack))
        native_tools = tool_use is not None and calls_tools_natively(instance.engine)
        if native_tools and tool_use is not None:
            prompt = with_native_tools(prompt, tool_use)
        tool_prompt = ""
        markup = template_markup(instance.engine) if settings.prompt_template is None else None
        if tool_use is not None and not native_tools and markup is not None:
            # The model's own template presents the tools; its calls use the template's markup.
            tool_prompt = native_tool_prompt(
                instance.engine, history_messages(parameter.history, markup), tool_use.tools
            )
        elif tool_use is not None and not native_tools:
            # The tools are presented in the prompt text, and a call continues that text.
            tool_prompt = render_prompt(
                instance.engine,
                with_tools(history_messages(parameter.history), tool_use.tools),
                settings.prompt_template,
                merge_stack(parameter.prediction_config_stack).get(PROMPT_TEMPLATE),
            )
        stop_reason: LlmPredictionStopReason | None = None
        cancel = threading.Event()
        # A cancel packet or the client leaving (receive() -> None) both stop
        # the generation; it still ends with a success packet (userStopped).
        watcher = asyncio.create_task(_cancel_on_request(channel, cancel))
        instance.cancels.add(cancel)
        stream = _PredictionStream(
            channel,
            coalesce=self.coalesce_fragments,
            reasoning=splitter_for(
                merge_stack(parameter.prediction_config_stack).get(REASONING_PARSING), prompt
            ),
        )
        # Events reach the client through a relay, so the turn ends when the engine is
        # done, however slowly this client reads.
        relay = Relay(stream.forward)
        try:
            async with instance.lock:
                self.registry.get_checked(instance)
                # tracked for getInstanceProcessingState
                with track(instance, relay.put) as forward:
                    try:
                        if tool_use is None:
                            await run_generation(
                                instance.engine, prompt, settings.params, cancel, forward
                            )
                        elif isinstance(prompt, ChatPrompt) and native_tools:
                            stop_reason = await run_native_tool_generation(
                                instance.engine, prompt, settings.params, cancel, forward
                            )
                        else:
                            stop_reason = await run_tool_generation(
                                run_generation,
                                instance.engine,
                                tool_prompt,
                                settings.params,
                                tool_use,
                                cancel,
                                forward,
                                markup=markup or DEFAULT_MARKUP,
                            )
                    except PromptTooLong as exc:
                        raise ServerError(
                            "The prompt does not fit in the model's context window",
                            cause=str(exc),
                            suggestion="Load the model with a larger contextLength or shorten "
                            "the conversation.",
                        ) from exc
                    except ValueError as exc:  # invalid grammar / JSON schema, empty prompt
                        raise ServerError(
                            "The prediction request was rejected", cause=str(exc)
                        ) from exc
                instance.touch()
        finally:
            instance.cancels.discard(cancel)
            watcher.cancel()
            await relay.close()
        if stream.finished is None:
            raise ServerError("The engine ended without a result")
        await channel.send(
            PredictSuccessPacket(
                stats=_stats(stream.finished, stop_reason),
                model_info=instance.info(),
                load_model_config=instance.load_config,
                prediction_config=settings.effective,
            )
        )

    async def complete_raw_text(
        self,
        parameter: CompleteRawTextCreationParameter,
        channel: AsyncChannel[PredictToServerPacket, CompleteRawTextToClientPacket],
    ) -> None:
        """Continue a raw prompt with no chat template: progress, fragments, ``success``."""
        # The predict path with the tools switched off sends only the packet types
        # that completeRawText allows (fragment, progress, success).
        await self.predict(
            as_prediction(parameter),
            cast(AsyncChannel[PredictToServerPacket, PredictToClientPacket], channel),
        )

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, GetOrLoadToClientPacket],
    ) -> None:
        """Return the instance an identifier names, loading its model if needed."""
        await serve_get_or_load(self.registry, _LOADING, parameter, channel)

    async def load_model(
        self,
        parameter: LoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, LoadModelToClientPacket],
    ) -> None:
        """Load a new instance: ``resolved``, progress, ``success``."""
        await serve_load_model(self.registry, _LOADING, parameter, channel)

    async def get_model_info(self, parameter: GetModelInfoParameter) -> LlmInstanceInfo:
        """Describe the instance a specifier names; a miss may be an absent result."""
        return resolve_or_absent(
            self.registry, parameter.specifier, parameter.throw_if_not_found, "llm"
        ).info()

    async def list_loaded(self) -> list[LlmInstanceInfo]:
        """Every loaded instance."""
        return [i.info() for i in self.registry.instances if i.entry.domain == "llm"]

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unload an instance by identifier."""
        await self.registry.unload(parameter.identifier)

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Count the tokens of a text (without special tokens)."""
        engine = self.registry.resolve(parameter.specifier).engine
        return await token_count(engine, parameter.input_string)

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Token ids of a text (without special tokens)."""
        engine = self.registry.resolve(parameter.specifier).engine
        return await token_ids(engine, parameter.input_string, False)

    async def apply_prompt_template(
        self, parameter: ApplyPromptTemplateParameter
    ) -> ApplyPromptTemplateResult:
        """Render a history into the prompt the model would see."""
        instance = self.registry.resolve(parameter.specifier)
        settings = prediction_settings(parameter.prediction_config_stack, instance.seed)
        raw_template = merge_stack(parameter.prediction_config_stack).get(PROMPT_TEMPLATE)
        history = parameter.history
        if self.documents is not None:
            history = await self.documents.expand(history, instance, preview=True)
        messages = history_messages(history)
        if parameter.opts.tool_definitions:
            # Shown as a prediction offering these tools would show them.
            messages = with_tools(messages, parameter.opts.tool_definitions)
        formatted = await asyncio.to_thread(
            render_prompt, instance.engine, messages, settings.prompt_template, raw_template
        )
        return ApplyPromptTemplateResult(formatted=formatted)

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """The settings every prediction on the instance starts from (the engine's defaults)."""
        instance = self.registry.resolve(parameter.specifier)
        return prediction_settings(KvConfigStack(layers=[]), instance.seed).effective

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Idle, processing a prompt or generating, and how many predictions wait."""
        instance = resolve_or_absent(
            self.registry, parameter.specifier, parameter.throw_if_not_found, "llm"
        )
        return processing_state(instance)

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimated memory of loading a downloaded LLM (see :mod:`lmsdk.server.estimates`)."""
        return await usage_estimate(self.registry, parameter, "llm")

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """The effective load config of an instance."""
        return self.registry.resolve(parameter.specifier).load_config


async def _cancel_on_request(
    channel: AsyncChannel[PredictToServerPacket, PredictToClientPacket], cancel: threading.Event
) -> None:
    while True:
        packet = await channel.receive()
        if packet is None or packet.type == "cancel":
            cancel.set()
            return


class _PredictionStream:
    """Turns engine events into predict packets on a channel."""

    def __init__(
        self,
        channel: AsyncChannel[PredictToServerPacket, PredictToClientPacket],
        *,
        coalesce: bool = True,
        reasoning: ReasoningSplitter | None = None,
    ) -> None:
        self._channel = channel
        self._coalesce = coalesce
        self._last_progress = -1.0
        # Thinking is sent as reasoning fragments; tokens of text held back (a partial tag) are
        # counted in the next fragment sent.
        self._reasoning = reasoning or ReasoningSplitter()
        self._held_tokens = 0
        self.finished: Finished | None = None

    async def forward(self, events: Sequence[GenerationEvent | ToolCallEvent]) -> None:
        pieces: list[Piece] = []
        for event in events:
            if isinstance(event, Piece):
                pieces.append(event)
                continue
            await self._flush(pieces)
            pieces = []
            if isinstance(event, PromptProgress):
                await self._progress(event)
            elif isinstance(event, Finished):
                await self._send_segments(self._reasoning.finish(), 0)
                self.finished = event
            else:
                await self._channel.send(_tool_call_packet(event))
        await self._flush(pieces)

    async def _progress(self, event: PromptProgress) -> None:
        fraction = event.fraction
        # Clients expect progress to start at 0 and only rise.
        if fraction <= self._last_progress:
            return
        if self._last_progress < 0 and fraction > 0:
            await self._send_progress(0.0, event.cached, event.total, event.cached)
        self._last_progress = fraction
        await self._send_progress(fraction, event.processed, event.total, event.cached)

    async def _send_progress(
        self, fraction: float, processed: int, total: int, cached: int
    ) -> None:
        await self._channel.send(
            PredictPromptProcessingProgressPacket(
                progress=fraction,
                details=LlmPromptProcessingDetails(
                    cached_token_count=cached,
                    total_prompt_token_count=total,
                    processed_prompt_token_count=processed,
                    unprocessed_prompt_token_count=max(0, total - processed),
                ),
            )
        )

    async def _flush(self, pieces: list[Piece]) -> None:
        # Pieces that queued up while we were sending travel as one fragment;
        # a fragment may span several tokens.
        if not pieces:
            return
        if not self._coalesce and len(pieces) > 1:
            for piece in pieces:
                await self._flush([piece])
            return
        segments = self._reasoning.feed("".join(p.text for p in pieces))
        await self._send_segments(segments, sum(p.tokens for p in pieces))

    async def _send_segments(self, segments: list[Segment], tokens: int) -> None:
        self._held_tokens += tokens
        for text, kind in segments:
            await self._channel.send(
                PredictFragmentPacket(
                    fragment=LlmPredictionFragment(
                        content=text,
                        tokens_count=self._held_tokens,
                        contains_drafted=False,
                        reasoning_type=kind,
                        is_structural=kind in ("reasoningStartTag", "reasoningEndTag"),
                    )
                )
            )
            self._held_tokens = 0


def _tool_call_packet(event: ToolCallEvent) -> PredictToClientPacket:
    if isinstance(event, ToolCallStarted):
        return PredictToolCallGenerationStartPacket(tool_call_id=event.call_id)
    if isinstance(event, ToolCallNamed):
        return PredictToolCallGenerationNameReceivedPacket(name=event.name)
    if isinstance(event, ToolCallArguments):
        return PredictToolCallGenerationArgumentFragmentGeneratedPacket(content=event.text)
    if isinstance(event, ToolCallEnded):
        return PredictToolCallGenerationEndPacket(
            tool_call_request=event.request, raw_content=event.raw
        )
    return PredictToolCallGenerationFailedPacket(
        error=SerializedError(
            title="Failed to parse the tool call", root_title=event.message, cause=event.message
        ),
        raw_content=event.raw,
    )


def _stats(
    finished: Finished, stop_reason: LlmPredictionStopReason | None = None
) -> LlmPredictionStats:
    return LlmPredictionStats(
        stop_reason=stop_reason or finished.stop_reason,
        stop_string=finished.stop_string if finished.stop_reason == "stopStringFound" else None,
        tokens_per_second=finished.tokens_per_second,
        num_gpu_layers=0,
        time_to_first_token_sec=finished.time_to_first_token_sec,
        total_time_sec=finished.total_time_sec,
        prompt_tokens_count=finished.prompt_tokens,
        predicted_tokens_count=finished.predicted_tokens,
        total_tokens_count=finished.prompt_tokens + finished.predicted_tokens,
    )
