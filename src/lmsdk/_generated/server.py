# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Typed handler interfaces that the embedded server implements, one Protocol per namespace."""

from __future__ import annotations

from typing import Protocol

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.config import KvConfig
from lmsdk._generated.embedding import (
    EmbeddingGetOrLoadToClientPacket,
    EmbeddingLoadModelCreationParameter,
    EmbeddingLoadModelToClientPacket,
    EmbedStringParameter,
    EmbedStringResult,
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


class DiagnosticsHandlers(Protocol):
    """What a server implements for the `diagnostics` namespace."""


class EmbeddingHandlers(Protocol):
    """What a server implements for the `embedding` namespace."""

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, EmbeddingGetOrLoadToClientPacket],
    ) -> None:
        """Returns a loaded embedding model instance matching an identifier, loading the model first if none is loaded."""
        ...

    async def load_model(
        self,
        parameter: EmbeddingLoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, EmbeddingLoadModelToClientPacket],
    ) -> None:
        """Loads a new instance of a downloaded embedding model, reporting progress."""
        ...

    async def get_model_info(self, parameter: GetModelInfoParameter) -> EmbeddingModelInstanceInfo:
        """Describes the loaded embedding instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        ...

    async def list_loaded(self) -> list[EmbeddingModelInstanceInfo]:
        """Lists every loaded embedding model instance."""
        ...

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded embedding model instance."""
        ...

    async def embed_string(self, parameter: EmbedStringParameter) -> EmbedStringResult:
        """Embeds one text with a loaded embedding model."""
        ...

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded embedding model's tokenizer."""
        ...

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded embedding model's tokenizer."""
        ...

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded embedding instance as a KV config."""
        ...

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """Returns the prediction settings a loaded embedding instance starts from (none: embeddings take no prediction settings)."""
        ...

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Says whether a loaded embedding instance is idle or computing an embedding, and how many requests it has."""
        ...

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimates the memory that loading a downloaded embedding model with some load settings would take."""
        ...


class FilesHandlers(Protocol):
    """What a server implements for the `files` namespace."""

    async def upload_file_base64(
        self, parameter: UploadFileBase64Parameter
    ) -> UploadFileBase64Result:
        """Stores a file for the client's later requests and reports its detected type."""
        ...

    async def get_document_parsing_library(
        self, parameter: GetDocumentParsingLibraryParameter
    ) -> DocumentParsingLibraryIdentifier:
        """Names the parser an uploaded document would be parsed with."""
        ...

    async def parse_document(
        self,
        parameter: ParseDocumentCreationParameter,
        channel: AsyncChannel[ParseDocumentToServerPacket, ParseDocumentToClientPacket],
    ) -> None:
        """Parses an uploaded document into text, reporting progress."""
        ...

    async def retrieve(
        self,
        parameter: RetrieveCreationParameter,
        channel: AsyncChannel[RetrieveToServerPacket, RetrieveToClientPacket],
    ) -> None:
        """Chunks and embeds uploaded files, then returns the passages nearest a query."""
        ...


class LlmHandlers(Protocol):
    """What a server implements for the `llm` namespace."""

    async def predict(
        self,
        parameter: PredictCreationParameter,
        channel: AsyncChannel[PredictToServerPacket, PredictToClientPacket],
    ) -> None:
        """Generates a response to a chat history, streaming fragments and ending with a success packet."""
        ...

    async def complete_raw_text(
        self,
        parameter: CompleteRawTextCreationParameter,
        channel: AsyncChannel[PredictToServerPacket, CompleteRawTextToClientPacket],
    ) -> None:
        """Continues a raw prompt text without a chat template (protocol 2.0.0), streaming fragments and ending with a success packet."""
        ...

    async def get_or_load(
        self,
        parameter: GetOrLoadCreationParameter,
        channel: AsyncChannel[GetOrLoadToServerPacket, GetOrLoadToClientPacket],
    ) -> None:
        """Returns a loaded instance matching an identifier, loading the model first if none is loaded."""
        ...

    async def load_model(
        self,
        parameter: LoadModelCreationParameter,
        channel: AsyncChannel[LoadModelToServerPacket, LoadModelToClientPacket],
    ) -> None:
        """Loads a new instance of a downloaded model, reporting progress."""
        ...

    async def get_model_info(self, parameter: GetModelInfoParameter) -> LlmInstanceInfo:
        """Describes the loaded instance a specifier matches; the result is absent on a miss when throwIfNotFound is false."""
        ...

    async def list_loaded(self) -> list[LlmInstanceInfo]:
        """Lists every loaded LLM instance."""
        ...

    async def unload_model(self, parameter: UnloadModelParameter) -> None:
        """Unloads a loaded LLM instance."""
        ...

    async def count_tokens(self, parameter: CountTokensParameter) -> CountTokensResult:
        """Counts the tokens of a text under a loaded model's tokenizer."""
        ...

    async def tokenize(self, parameter: TokenizeParameter) -> TokenizeResult:
        """Converts a text into token ids with a loaded model's tokenizer."""
        ...

    async def apply_prompt_template(
        self, parameter: ApplyPromptTemplateParameter
    ) -> ApplyPromptTemplateResult:
        """Renders a chat history into the prompt text a loaded model would see."""
        ...

    async def get_load_config(self, parameter: GetLoadConfigParameter) -> KvConfig:
        """Returns the effective load settings of a loaded instance as a KV config."""
        ...

    async def get_base_prediction_config(
        self, parameter: GetBasePredictionConfigParameter
    ) -> KvConfig:
        """Returns the prediction settings a loaded instance starts from, before a request's own layers (protocol 2.0.0)."""
        ...

    async def get_instance_processing_state(
        self, parameter: GetInstanceProcessingStateParameter
    ) -> InstanceProcessingState:
        """Says whether a loaded instance is idle, processing a prompt or generating, and how many requests wait for it (protocol 2.0.0)."""
        ...

    async def estimate_model_usage(
        self, parameter: EstimateModelUsageParameter
    ) -> ModelUsageEstimate:
        """Estimates the memory that loading a downloaded model with some load settings would take (protocol 2.0.0)."""
        ...


class PluginsHandlers(Protocol):
    """What a server implements for the `plugins` namespace."""


class RepositoryHandlers(Protocol):
    """What a server implements for the `repository` namespace."""


class RuntimeHandlers(Protocol):
    """What a server implements for the `runtime` namespace."""

    async def list_engines(self) -> list[RuntimeEngineInfo]:
        """Lists the installed runtime engines."""
        ...

    async def get_engine_selections(self) -> EngineSelections:
        """Says which engine runs each model format (a Map, serialized with superjson)."""
        ...

    async def select_engine(self, parameter: SelectEngineParameter) -> None:
        """Chooses the engine that runs a model format."""
        ...

    async def remove_engine(self, parameter: RuntimeEngineSpecifier) -> None:
        """Uninstalls a runtime engine."""
        ...

    async def survey_hardware(
        self, parameter: SurveyHardwareParameter | None
    ) -> SurveyHardwareResult:
        """Surveys this machine's CPU, GPUs and memory as engines see them."""
        ...

    async def search_runtime_extensions(
        self, parameter: SearchRuntimeExtensionsParameter
    ) -> SearchRuntimeExtensionsResult:
        """Searches the runtime extensions available for download."""
        ...

    async def download_runtime_extension(
        self,
        parameter: DownloadRuntimeExtensionCreationParameter,
        channel: AsyncChannel[
            DownloadRuntimeExtensionToServerPacket, DownloadRuntimeExtensionToClientPacket
        ],
    ) -> None:
        """Downloads and installs a runtime extension, reporting progress."""
        ...


class SystemHandlers(Protocol):
    """What a server implements for the `system` namespace."""

    async def list_downloaded_models(self) -> list[ModelInfo]:
        """Lists every downloaded model, LLMs and embedding models alike."""
        ...

    async def version(self) -> SystemVersionResult:
        """Reports the version and build number of the running LM Studio."""
        ...

    async def info(self) -> SystemInfoResult:
        """Describes the running server process: its pid, whether it is headless and its version (protocol 2.0.0)."""
        ...

    async def list_downloaded_model_variants(
        self, parameter: ListDownloadedModelVariantsParameter
    ) -> list[ModelInfo]:
        """Lists the downloaded variants (quantizations or formats) of one model (protocol 2.0.0)."""
        ...

    async def start_http_server(self, parameter: StartHttpServerParameter) -> None:
        """Starts the app's OpenAI-compatible HTTP server (protocol 2.0.0)."""
        ...

    async def stop_http_server(self) -> None:
        """Stops the app's OpenAI-compatible HTTP server (protocol 2.0.0)."""
        ...

    async def request_shutdown(self) -> None:
        """Asks the server to shut down (protocol 2.0.0)."""
        ...

    async def notify(self, parameter: NotifyParameter) -> None:
        """Shows a notification to the server's user (lmsdk serve logs it)."""
        ...
