# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Wire models for the `runtime` part of the protocol (see schema/ for the source definitions)."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

import attrs

from lmsdk._generated.base import UNSET

__all__ = [
    "ModelFormatName",
    "RuntimeEngineSpecifier",
    "RuntimeCpuTarget",
    "RuntimeGpuTarget",
    "RuntimeEngineInfo",
    "EngineSelections",
    "SelectEngineParameter",
    "SurveyHardwareSelected",
    "SurveyHardwareAll",
    "SurveyHardwareCustom",
    "EngineCompatibilityStatus",
    "EngineCompatibility",
    "SurveyResultCode",
    "SurveyResult",
    "CpuArchitecture",
    "CpuInstructionSetExtension",
    "CpuInfo",
    "CpuSurveyResult",
    "GpuDetectionPlatform",
    "GpuIntegrationType",
    "GpuInfo",
    "GpuSurveyResult",
    "HardwareSurvey",
    "MemoryInfo",
    "VisibleDevicesConfig",
    "EngineHardwareSurvey",
    "SurveyHardwareStatus",
    "SurveyHardwareResult",
    "SearchRuntimeExtensionsParameter",
    "RuntimeExtensionEngine",
    "RuntimeExtensionFramework",
    "SearchRuntimeExtensionsResult",
    "DownloadRuntimeExtensionCreationParameter",
    "RuntimeDownloadProgress",
    "DownloadRuntimeExtensionProgressPacket",
    "DownloadRuntimeExtensionStartFinalizingPacket",
    "DownloadRuntimeExtensionSuccessPacket",
    "DownloadRuntimeExtensionCancelPacket",
    "SurveyHardwareParameter",
    "RuntimeExtension",
    "DownloadRuntimeExtensionToClientPacket",
    "DownloadRuntimeExtensionToServerPacket",
]


ModelFormatName: TypeAlias = Literal["GGUF", "MLX", "GGML", "PT", "PTE", "yuzu"]
"""A model file format a runtime engine can run."""


@attrs.frozen(kw_only=True)
class RuntimeEngineSpecifier:
    """Names one installed version of a runtime engine."""

    name: str
    """Engine name, such as llama.cpp-linux-x86_64-avx2."""
    version: str
    """Engine version."""


@attrs.frozen(kw_only=True)
class RuntimeCpuTarget:
    """The CPU a runtime engine was built for."""

    architecture: str
    """CPU architecture, such as x86_64."""
    instruction_set_extensions: list[str] | None = None
    """Instruction set extensions the engine needs, such as AVX2."""


@attrs.frozen(kw_only=True)
class RuntimeGpuTarget:
    """The GPU framework a runtime engine was built for."""

    framework: str | None = None
    """GPU framework, such as CUDA or Vulkan."""
    make: str | None = None
    """GPU maker."""


@attrs.frozen(kw_only=True)
class RuntimeEngineInfo:
    """An installed runtime engine."""

    name: str
    """Engine name."""
    version: str
    """Engine version."""
    engine: str
    """Engine family, such as llama.cpp."""
    platform: str
    """Operating system it runs on, such as linux."""
    cpu: RuntimeCpuTarget
    """The CPU it was built for."""
    gpu: RuntimeGpuTarget | None = None
    """The GPU framework it was built for, if any."""
    supported_model_format_names: list[ModelFormatName]
    """Model formats it runs."""


@attrs.frozen(kw_only=True)
class EngineSelections:
    """Which engine runs each model format, serialized with superjson: `json` is the list of [model format name, engine specifier] pairs of a Map and `meta` says that it was a Map."""

    json: list[list[Any]]
    """The Map's entries as [ModelFormatName, RuntimeEngineSpecifier] pairs."""
    meta: Any = UNSET
    """superjson's type annotations ({"values": ["map"]} for a Map)."""


@attrs.frozen(kw_only=True)
class SelectEngineParameter:
    """Chooses the engine that runs a model format."""

    engine: RuntimeEngineSpecifier
    """The engine to use."""
    model_format_name: ModelFormatName
    """The model format it is for."""


@attrs.frozen(kw_only=True)
class SurveyHardwareSelected:
    """Survey the hardware as the selected engines see it."""

    type: Literal["selected"] = "selected"


@attrs.frozen(kw_only=True)
class SurveyHardwareAll:
    """Survey the hardware as every installed engine sees it."""

    type: Literal["all"] = "all"


@attrs.frozen(kw_only=True)
class SurveyHardwareCustom:
    """Survey the hardware as some engines see it."""

    type: Literal["custom"] = "custom"
    engines: list[RuntimeEngineSpecifier]
    """The engines to ask."""


EngineCompatibilityStatus: TypeAlias = Literal[
    "compatible",
    "incompatibleAppVersion",
    "incompatibleBackendVersion",
    "invalidCpuArchitecture",
    "invalidCpuInstructionSetExtensions",
    "cpuSurveyUnsuccessful",
    "gpuSurveyUnsuccessful",
    "gpuRequiredButNoneFound",
    "gpuTargetsRequiredButNoneSpecified",
    "gpuDriverUnsupported",
    "noSupportedGpus",
    "incompatiblePlatform",
    "libraryOutdated",
    "invalidLibraryVersionFormat",
    "missingLibraries",
    "errorSurveyingHardware",
    "errorCheckingCompatibility",
    "unknown",
]
"""Whether an engine can run on this machine, or why not."""


@attrs.frozen(kw_only=True)
class EngineCompatibility:
    """Whether an engine can run on this machine."""

    status: EngineCompatibilityStatus
    """The verdict."""
    message: str | None = None
    """Details for the user."""


SurveyResultCode: TypeAlias = Literal[
    "unset", "success", "error", "noDevicesFound", "invalidDevice"
]
"""How a hardware survey went."""


@attrs.frozen(kw_only=True)
class SurveyResult:
    """How a hardware survey went."""

    code: SurveyResultCode
    """The outcome."""
    message: str
    """Details."""


CpuArchitecture: TypeAlias = Literal["x86_64", "ARM64", "unknown"]
"""A CPU architecture as surveys report it."""


CpuInstructionSetExtension: TypeAlias = Literal["AVX2", "AdvSIMD", "AVX"]
"""A CPU instruction set extension that engines care about."""


@attrs.frozen(kw_only=True)
class CpuInfo:
    """The CPU as a survey found it."""

    name: str | None = None
    """CPU model name."""
    architecture: CpuArchitecture
    """Its architecture."""
    supported_instruction_set_extensions: list[CpuInstructionSetExtension]
    """Extensions it supports, among those engines care about."""


@attrs.frozen(kw_only=True)
class CpuSurveyResult:
    """The CPU part of a hardware survey."""

    result: SurveyResult
    """How it went."""
    cpu_info: CpuInfo | None = None
    """The CPU, when found."""


GpuDetectionPlatform: TypeAlias = Literal[
    "unknown", "shell", "ROCm", "CUDA", "OpenCl", "Metal", "Vulkan"
]
"""How a GPU was detected."""


GpuIntegrationType: TypeAlias = Literal["unknown", "integrated", "discrete"]
"""Whether a GPU is built into the CPU or a card of its own."""


@attrs.frozen(kw_only=True)
class GpuInfo:
    """A GPU as a survey found it."""

    name: str
    """GPU name."""
    device_id: float
    """Index of the device."""
    total_memory_capacity_bytes: float
    """All memory it can use."""
    dedicated_memory_capacity_bytes: float
    """Its own memory."""
    integration_type: GpuIntegrationType
    """Integrated or discrete."""
    detection_platform: GpuDetectionPlatform
    """How it was detected."""
    detection_platform_version: str
    """Version of that platform."""
    other_info: dict[str, str]
    """Further facts by name."""


@attrs.frozen(kw_only=True)
class GpuSurveyResult:
    """The GPU part of a hardware survey."""

    result: SurveyResult
    """How it went."""
    gpu_info: list[GpuInfo]
    """The GPUs found."""


@attrs.frozen(kw_only=True)
class HardwareSurvey:
    """What an engine found on this machine."""

    cpu_survey_result: CpuSurveyResult
    """The CPU."""
    gpu_survey_result: GpuSurveyResult
    """The GPUs."""


@attrs.frozen(kw_only=True)
class MemoryInfo:
    """Memory of this machine, in bytes."""

    ram_capacity: float
    """System memory."""
    vram_capacity: float
    """GPU memory."""
    total_memory: float
    """Both together."""


@attrs.frozen(kw_only=True)
class VisibleDevicesConfig:
    """Which GPUs an engine is allowed to see."""

    visible_devices: list[float]
    """Indices of the visible devices."""
    changes_order: bool
    """Whether the list also reorders the devices."""


@attrs.frozen(kw_only=True)
class EngineHardwareSurvey:
    """The hardware as one engine sees it."""

    name: str
    """Engine name."""
    version: str
    """Engine version."""
    engine: str
    """Engine family."""
    platform: str
    """Operating system."""
    compatibility: EngineCompatibility
    """Whether it can run here."""
    supported_model_format_names: list[ModelFormatName]
    """Model formats it runs."""
    hardware_survey: HardwareSurvey
    """What it found."""
    memory_info: MemoryInfo
    """Memory of the machine."""
    visible_devices_config: VisibleDevicesConfig | None = None
    """Which GPUs it may use."""


SurveyHardwareStatus: TypeAlias = Literal["ok", "noCompatibleBackends"]
"""Whether any engine can run on this machine."""


@attrs.frozen(kw_only=True)
class SurveyHardwareResult:
    """A hardware survey."""

    status: SurveyHardwareStatus
    """Whether any engine can run here."""
    engines: list[EngineHardwareSurvey]
    """The hardware as each engine sees it."""


@attrs.frozen(kw_only=True)
class SearchRuntimeExtensionsParameter:
    """Searches the runtime extensions available for download."""

    query: str
    """Search text."""
    include_incompatible: bool
    """Whether to list extensions that cannot run here."""
    channel_override: str | None = None
    """Release channel to search instead of the configured one."""


@attrs.frozen(kw_only=True)
class RuntimeExtensionEngine:
    """A downloadable engine."""

    type: Literal["engine"] = "engine"
    name: str
    """Extension name."""
    version: str
    """Newest version."""
    package: str
    """Package name."""
    platform: str
    """Operating system."""
    cpu: RuntimeCpuTarget
    """The CPU it was built for."""
    gpu: RuntimeGpuTarget | None = None
    """The GPU framework it was built for, if any."""
    local_versions: list[str]
    """Versions installed here."""
    supported_model_format_names: list[ModelFormatName]
    """Model formats it runs."""


@attrs.frozen(kw_only=True)
class RuntimeExtensionFramework:
    """A downloadable framework that engines use."""

    type: Literal["framework"] = "framework"
    name: str
    """Extension name."""
    version: str
    """Newest version."""
    package: str
    """Package name."""
    platform: str
    """Operating system."""
    cpu: RuntimeCpuTarget
    """The CPU it was built for."""
    gpu: RuntimeGpuTarget | None = None
    """The GPU framework it was built for, if any."""
    local_versions: list[str]
    """Versions installed here."""


@attrs.frozen(kw_only=True)
class SearchRuntimeExtensionsResult:
    """Runtime extensions found."""

    extensions: list[RuntimeExtension]
    """The matches."""


@attrs.frozen(kw_only=True)
class DownloadRuntimeExtensionCreationParameter:
    """Downloads and installs a runtime extension."""

    name: str
    """Extension name."""
    version: str
    """Version to install."""
    update_selections: bool
    """Whether to select the new engine for the formats it runs."""


@attrs.frozen(kw_only=True)
class RuntimeDownloadProgress:
    """Download progress, in bytes."""

    downloaded_bytes: int
    """Bytes downloaded so far."""
    total_bytes: int
    """Bytes in total."""
    speed_bytes_per_second: float
    """Current speed."""


@attrs.frozen(kw_only=True)
class DownloadRuntimeExtensionProgressPacket:
    """Download progress."""

    type: Literal["downloadProgress"] = "downloadProgress"
    update: RuntimeDownloadProgress
    """The progress."""


@attrs.frozen(kw_only=True)
class DownloadRuntimeExtensionStartFinalizingPacket:
    """The download finished; installing."""

    type: Literal["startFinalizing"] = "startFinalizing"


@attrs.frozen(kw_only=True)
class DownloadRuntimeExtensionSuccessPacket:
    """The extension is installed; the server closes the channel next."""

    type: Literal["success"] = "success"


@attrs.frozen(kw_only=True)
class DownloadRuntimeExtensionCancelPacket:
    """Asks the server to stop the download."""

    type: Literal["cancel"] = "cancel"


SurveyHardwareParameter: TypeAlias = (
    SurveyHardwareSelected | SurveyHardwareAll | SurveyHardwareCustom
)
"""Which engines to survey the hardware with. Tagged by `type`."""


RuntimeExtension: TypeAlias = RuntimeExtensionEngine | RuntimeExtensionFramework
"""A downloadable runtime extension. Tagged by `type`."""


DownloadRuntimeExtensionToClientPacket: TypeAlias = (
    DownloadRuntimeExtensionProgressPacket
    | DownloadRuntimeExtensionStartFinalizingPacket
    | DownloadRuntimeExtensionSuccessPacket
)
"""A packet the server sends during a runtime extension download. Tagged by `type`."""


DownloadRuntimeExtensionToServerPacket: TypeAlias = DownloadRuntimeExtensionCancelPacket
"""A packet the client may send during a runtime extension download. Tagged by `type`."""
