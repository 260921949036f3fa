# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Typed async client stubs: one method per endpoint, each a single call into the runtime."""

from __future__ import annotations

import typing

from lmsdk._generated.base import AsyncChannel, AsyncSession
from lmsdk._generated.config import KvConfig
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelToClientPacket,
    EmbedStringParameter,
    EmbedStringResult,
)
from lmsdk._generated.endpoints import (
    EMBEDDING_ENDPOINTS,
    FILES_ENDPOINTS,
    LLM_ENDPOINTS,
    RUNTIME_ENDPOINTS,
    SYSTEM_ENDPOINTS,
)
from lmsdk._generated.files import (
    DocumentParsingLibraryIdentifier,
    GetDocumentParsingLibraryParameter,
    ParseDocumentCreationParameter,
    ParseDocumentToClientPacket,
    ParseDocumentToServerPacket,
    RetrieveCreationParameter,
    RetrieveToClientPacket,
    RetrieveToServerPacket,
    UploadFileBase64Parameter,
    UploadFileBase64Result,
)
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
    GetOrLoadCreationParameter,
    GetOrLoadToClientPacket,
    GetOrLoadToServerPacket,
    InstanceProcessingState,
    LoadModelCreationParameter,
    LoadModelToClientPacket,
    LoadModelToServerPacket,
    ModelUsageEstimate,
    PredictCreationParameter,
    PredictToClientPacket,
    PredictToServerPacket,
    TokenizeParameter,
    TokenizeResult,
    UnloadModelParameter,
)
from lmsdk._generated.model_info import EmbeddingModelInstanceInfo, LlmInstanceInfo, ModelInfo
from lmsdk._generated.runtime import (
    DownloadRuntimeExtensionCreationParameter,
    DownloadRuntimeExtensionToClientPacket,
    DownloadRuntimeExtensionToServerPacket,
    EngineSelections,
    RuntimeEngineInfo,
    RuntimeEngineSpecifier,
    SearchRuntimeExtensionsParameter,
    SearchRuntimeExtensionsResult,
    SelectEngineParameter,
    SurveyHardwareParameter,
    SurveyHardwareResult,
)
from lmsdk._generated.system import (
    ListDownloadedModelVariantsParameter,
    NotifyParameter,
    StartHttpServerParameter,
    SystemInfoResult,
    SystemVersionResult,
)


class AsyncDiagnosticsEndpoints:
    """Typed stubs for the `diagnostics` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session


class AsyncEmbeddingEndpoints:
    """Typed stubs for the `embedding` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_or_load(
        self, parameter: GetOrLoadCreationParameter
    ) -> AsyncChannel[EmbeddingGetOrLoadToClientPacket, GetOrLoadToServerPacket]:
        """Returns a loaded embedding model instance matching an identifier, loading the model first if none is loaded."""
        channel = await self._session.open_channel(EMBEDDING_ENDPOINTS["getOrLoad"], parameter)
        return typing.cast(
            "AsyncChannel[EmbeddingGetOrLoadToClientPacket, GetOrLoadToServerPacket]", channel
        )

    async def load_model(
        self, parameter: EmbeddingLoadModelCreationParameter
    ) -> AsyncChannel[EmbeddingLoadModelToClientPacket, LoadModelToServerPacket]:
        """Loads a new instance of a downloaded embedding model, reporting progress."""
        channel = await self._session.open_channel(EMBEDDING_ENDPOINTS["loadModel"], parameter)
        return typing.cast(
            "AsyncChannel[EmbeddingLoadModelToClientPacket, LoadModelToServerPacket]", channel
        )

    async def get_model_info(self, parameter: GetModelInfoParameter) -> EmbeddingModelInstanceInfo:
        """Describes the loaded embedding instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["getModelInfo"], parameter)
        return typing.cast("EmbeddingModelInstanceInfo", result)

    async def list_loaded(self) -> list[EmbeddingModelInstanceInfo]:
        """Lists every loaded embedding model instance."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["listLoaded"], None)
        return typing.cast("list[EmbeddingModelInstanceInfo]", result)

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded embedding model instance."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["unloadModel"], parameter)
        return typing.cast("None", result)

    async def embed_string(self, parameter: EmbedStringParameter) -> EmbedStringResult:
        """Embeds one text with a loaded embedding model."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["embedString"], parameter)
        return typing.cast("EmbedStringResult", result)

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded embedding model's tokenizer."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["countTokens"], parameter)
        return typing.cast("CountTokensResult", result)

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded embedding model's tokenizer."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["tokenize"], parameter)
        return typing.cast("TokenizeResult", result)

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded embedding instance as a KV config."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["getLoadConfig"], parameter)
        return typing.cast("KvConfig", result)

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """Returns the prediction settings a loaded embedding instance starts from (none: embeddings take no prediction settings)."""
        result = await self._session.call_rpc(
            EMBEDDING_ENDPOINTS["getBasePredictionConfig"], parameter
        )
        return typing.cast("KvConfig", result)

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Says whether a loaded embedding instance is idle or computing an embedding, and how many requests it has."""
        result = await self._session.call_rpc(
            EMBEDDING_ENDPOINTS["getInstanceProcessingState"], parameter
        )
        return typing.cast("InstanceProcessingState", result)

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimates the memory that loading a downloaded embedding model with some load settings would take."""
        result = await self._session.call_rpc(EMBEDDING_ENDPOINTS["estimateModelUsage"], parameter)
        return typing.cast("ModelUsageEstimate", result)


class AsyncFilesEndpoints:
    """Typed stubs for the `files` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def upload_file_base64(
        self, parameter: UploadFileBase64Parameter
    ) -> UploadFileBase64Result:
        """Stores a file for the client's later requests and reports its detected type."""
        result = await self._session.call_rpc(FILES_ENDPOINTS["uploadFileBase64"], parameter)
        return typing.cast("UploadFileBase64Result", result)

    async def get_document_parsing_library(
        self, parameter: GetDocumentParsingLibraryParameter
    ) -> DocumentParsingLibraryIdentifier:
        """Names the parser an uploaded document would be parsed with."""
        result = await self._session.call_rpc(
            FILES_ENDPOINTS["getDocumentParsingLibrary"], parameter
        )
        return typing.cast("DocumentParsingLibraryIdentifier", result)

    async def parse_document(
        self, parameter: ParseDocumentCreationParameter
    ) -> AsyncChannel[ParseDocumentToClientPacket, ParseDocumentToServerPacket]:
        """Parses an uploaded document into text, reporting progress."""
        channel = await self._session.open_channel(FILES_ENDPOINTS["parseDocument"], parameter)
        return typing.cast(
            "AsyncChannel[ParseDocumentToClientPacket, ParseDocumentToServerPacket]", channel
        )

    async def retrieve(
        self, parameter: RetrieveCreationParameter
    ) -> AsyncChannel[RetrieveToClientPacket, RetrieveToServerPacket]:
        """Chunks and embeds uploaded files, then returns the passages nearest a query."""
        channel = await self._session.open_channel(FILES_ENDPOINTS["retrieve"], parameter)
        return typing.cast("AsyncChannel[RetrieveToClientPacket, RetrieveToServerPacket]", channel)


class AsyncLlmEndpoints:
    """Typed stubs for the `llm` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def predict(
        self, parameter: PredictCreationParameter
    ) -> AsyncChannel[PredictToClientPacket, PredictToServerPacket]:
        """Generates a response to a chat history, streaming fragments and ending with a success packet."""
        channel = await self._session.open_channel(LLM_ENDPOINTS["predict"], parameter)
        return typing.cast("AsyncChannel[PredictToClientPacket, PredictToServerPacket]", channel)

    async def complete_raw_text(
        self, parameter: CompleteRawTextCreationParameter
    ) -> AsyncChannel[CompleteRawTextToClientPacket, PredictToServerPacket]:
        """Continues a raw prompt text without a chat template (protocol 2.0.0), streaming fragments and ending with a success packet."""
        channel = await self._session.open_channel(LLM_ENDPOINTS["completeRawText"], parameter)
        return typing.cast(
            "AsyncChannel[CompleteRawTextToClientPacket, PredictToServerPacket]", channel
        )

    async def get_or_load(
        self, parameter: GetOrLoadCreationParameter
    ) -> AsyncChannel[GetOrLoadToClientPacket, GetOrLoadToServerPacket]:
        """Returns a loaded instance matching an identifier, loading the model first if none is loaded."""
        channel = await self._session.open_channel(LLM_ENDPOINTS["getOrLoad"], parameter)
        return typing.cast(
            "AsyncChannel[GetOrLoadToClientPacket, GetOrLoadToServerPacket]", channel
        )

    async def load_model(
        self, parameter: LoadModelCreationParameter
    ) -> AsyncChannel[LoadModelToClientPacket, LoadModelToServerPacket]:
        """Loads a new instance of a downloaded model, reporting progress."""
        channel = await self._session.open_channel(LLM_ENDPOINTS["loadModel"], parameter)
        return typing.cast(
            "AsyncChannel[LoadModelToClientPacket, LoadModelToServerPacket]", channel
        )

    async def get_model_info(self, parameter: GetModelInfoParameter) -> LlmInstanceInfo:
        """Describes the loaded instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["getModelInfo"], parameter)
        return typing.cast("LlmInstanceInfo", result)

    async def list_loaded(self) -> list[LlmInstanceInfo]:
        """Lists every loaded LLM instance."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["listLoaded"], None)
        return typing.cast("list[LlmInstanceInfo]", result)

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded LLM instance."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["unloadModel"], parameter)
        return typing.cast("None", result)

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded model's tokenizer."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["countTokens"], parameter)
        return typing.cast("CountTokensResult", result)

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded model's tokenizer."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["tokenize"], parameter)
        return typing.cast("TokenizeResult", result)

    async def apply_prompt_template(
        self, parameter: ApplyPromptTemplateParameter
    ) -> ApplyPromptTemplateResult:
        """Renders a chat history into the prompt text a loaded model would see."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["applyPromptTemplate"], parameter)
        return typing.cast("ApplyPromptTemplateResult", result)

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded instance as a KV config."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["getLoadConfig"], parameter)
        return typing.cast("KvConfig", result)

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """Returns the prediction settings a loaded instance starts from, before a request's own layers (protocol 2.0.0)."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["getBasePredictionConfig"], parameter)
        return typing.cast("KvConfig", result)

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Says whether a loaded instance is idle, processing a prompt or generating, and how many requests wait for it (protocol 2.0.0)."""
        result = await self._session.call_rpc(
            LLM_ENDPOINTS["getInstanceProcessingState"], parameter
        )
        return typing.cast("InstanceProcessingState", result)

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimates the memory that loading a downloaded model with some load settings would take (protocol 2.0.0)."""
        result = await self._session.call_rpc(LLM_ENDPOINTS["estimateModelUsage"], parameter)
        return typing.cast("ModelUsageEstimate", result)


class AsyncPluginsEndpoints:
    """Typed stubs for the `plugins` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session


class AsyncRepositoryEndpoints:
    """Typed stubs for the `repository` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session


class AsyncRuntimeEndpoints:
    """Typed stubs for the `runtime` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_engines(self) -> list[RuntimeEngineInfo]:
        """Lists the installed runtime engines."""
        result = await self._session.call_rpc(RUNTIME_ENDPOINTS["listEngines"], None)
        return typing.cast("list[RuntimeEngineInfo]", result)

    async def get_engine_selections(self) -> EngineSelections:
        """Says which engine runs each model format (a Map, serialized with superjson)."""
        result = await self._session.call_rpc(RUNTIME_ENDPOINTS["getEngineSelections"], None)
        return typing.cast("EngineSelections", result)

    async def select_engine(self, parameter: SelectEngineParameter) -> None:
        """Chooses the engine that runs a model format."""
        result = await self._session.call_rpc(RUNTIME_ENDPOINTS["selectEngine"], parameter)
        return typing.cast("None", result)

    async def remove_engine(self, parameter: RuntimeEngineSpecifier) -> None:
        """Uninstalls a runtime engine."""
        result = await self._session.call_rpc(RUNTIME_ENDPOINTS["removeEngine"], parameter)
        return typing.cast("None", result)

    async def survey_hardware(
        self, parameter: SurveyHardwareParameter | None
    ) -> SurveyHardwareResult:
        """Surveys this machine's CPU, GPUs and memory as engines see them."""
        result = await self._session.call_rpc(RUNTIME_ENDPOINTS["surveyHardware"], parameter)
        return typing.cast("SurveyHardwareResult", result)

    async def search_runtime_extensions(
        self, parameter: SearchRuntimeExtensionsParameter
    ) -> SearchRuntimeExtensionsResult:
        """Searches the runtime extensions available for download."""
        result = await self._session.call_rpc(
            RUNTIME_ENDPOINTS["searchRuntimeExtensions"], parameter
        )
        return typing.cast("SearchRuntimeExtensionsResult", result)

    async def download_runtime_extension(
        self, parameter: DownloadRuntimeExtensionCreationParameter
    ) -> AsyncChannel[
        DownloadRuntimeExtensionToClientPacket, DownloadRuntimeExtensionToServerPacket
    ]:
        """Downloads and installs a runtime extension, reporting progress."""
        channel = await self._session.open_channel(
            RUNTIME_ENDPOINTS["downloadRuntimeExtension"], parameter
        )
        return typing.cast(
            "AsyncChannel[DownloadRuntimeExtensionToClientPacket, DownloadRuntimeExtensionToServerPacket]",
            channel,
        )


class AsyncSystemEndpoints:
    """Typed stubs for the `system` namespace."""

    __slots__ = ("_session",)

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Lists every downloaded model, LLMs and embedding models alike."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["listDownloadedModels"], None)
        return typing.cast("list[ModelInfo]", result)

    async def version(self) -> SystemVersionResult:
        """Reports the version and build number of the running LM Studio."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["version"], None)
        return typing.cast("SystemVersionResult", result)

    async def info(self) -> SystemInfoResult:
        """Describes the running server process: its pid, whether it is headless and its version (protocol 2.0.0)."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["info"], None)
        return typing.cast("SystemInfoResult", result)

    async def list_downloaded_model_variants(
        self, parameter: ListDownloadedModelVariantsParameter
    ) -> list[ModelInfo]:
        """Lists the downloaded variants (quantizations or formats) of one model (protocol 2.0.0)."""
        result = await self._session.call_rpc(
            SYSTEM_ENDPOINTS["listDownloadedModelVariants"], parameter
        )
        return typing.cast("list[ModelInfo]", result)

    async def start_http_server(self, parameter: StartHttpServerParameter) -> None:
        """Starts the app's OpenAI-compatible HTTP server (protocol 2.0.0)."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["startHttpServer"], parameter)
        return typing.cast("None", result)

    async def stop_http_server(self) -> None:
        """Stops the app's OpenAI-compatible HTTP server (protocol 2.0.0)."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["stopHttpServer"], None)
        return typing.cast("None", result)

    async def request_shutdown(self) -> None:
        """Asks the server to shut down (protocol 2.0.0)."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["requestShutdown"], None)
        return typing.cast("None", result)

    async def notify(self, parameter: NotifyParameter) -> None:
        """Shows a notification to the server's user (lmsdk serve logs it)."""
        result = await self._session.call_rpc(SYSTEM_ENDPOINTS["notify"], parameter)
        return typing.cast("None", result)
