"""The ``runtime`` namespace (protocol 2.0.0): implements the generated ``RuntimeHandlers``.

LM Studio installs runtime engines as downloadable extensions and lets users pick one per
model format. ``lmsdk serve`` has exactly one engine, the llama.cpp build of the installed
llama-cpp-python, which runs GGUF models on the CPU: it is listed and selected for GGUF, the
hardware survey describes this machine as that engine sees it, and everything that would
install, remove or download engines answers the protocol's not-supported error.
"""

from __future__ import annotations

import importlib.metadata
import sys

from lmsdk._generated.base import AsyncChannel
from lmsdk._generated.runtime import (
    CpuInfo,
    CpuSurveyResult,
    DownloadRuntimeExtensionCreationParameter,
    DownloadRuntimeExtensionToClientPacket,
    DownloadRuntimeExtensionToServerPacket,
    EngineCompatibility,
    EngineHardwareSurvey,
    EngineSelections,
    GpuSurveyResult,
    HardwareSurvey,
    MemoryInfo,
    RuntimeCpuTarget,
    RuntimeEngineInfo,
    RuntimeEngineSpecifier,
    SearchRuntimeExtensionsParameter,
    SearchRuntimeExtensionsResult,
    SelectEngineParameter,
    SurveyHardwareCustom,
    SurveyHardwareParameter,
    SurveyHardwareResult,
    SurveyResult,
)
from lmsdk.server.errors import ServerError, not_supported
from lmsdk.server.hardware import cpu_facts, total_memory_bytes

__all__ = ["ENGINE_FAMILY", "RuntimeNamespace", "llama_engine_info"]

ENGINE_FAMILY = "llama.cpp"
_NO_DOWNLOADS = (
    "lmsdk serve runs the llama.cpp engine of its installed llama-cpp-python package and "
    "never downloads or installs engines."
)
_UPGRADE = "Install another llama-cpp-python version with pip to change the engine."


def llama_engine_info() -> RuntimeEngineInfo:
    """The one engine: llama.cpp as built into the installed llama-cpp-python."""
    cpu = cpu_facts()
    try:
        version = importlib.metadata.version("llama-cpp-python")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    # LM Studio names engines <family>-<platform>-<arch>[-<extension>], such as
    # llama.cpp-linux-x86_64-avx2.
    suffix = f"-{cpu.extensions[-1].lower()}" if cpu.extensions else ""
    arch = cpu.architecture.lower()
    return RuntimeEngineInfo(
        name=f"{ENGINE_FAMILY}-{sys.platform}-{arch}{suffix}",
        version=version,
        engine=ENGINE_FAMILY,
        platform=sys.platform,
        cpu=RuntimeCpuTarget(
            architecture=cpu.architecture, instruction_set_extensions=list(cpu.extensions)
        ),
        supported_model_format_names=["GGUF"],
    )


class RuntimeNamespace:
    """Handlers of ``ws://HOST:PORT/runtime``."""

    async def list_engines(self) -> list[RuntimeEngineInfo]:
        """The llama.cpp engine, the only one."""
        return [llama_engine_info()]

    async def get_engine_selections(self) -> EngineSelections:
        """GGUF runs on the llama.cpp engine; superjson's form of that one-entry Map."""
        engine = llama_engine_info()
        pair = ["GGUF", {"name": engine.name, "version": engine.version}]
        return EngineSelections(json=[pair], meta={"values": ["map"]})

    async def select_engine(self, parameter: SelectEngineParameter) -> None:
        """Selecting the engine that is already selected is a no-op; anything else is refused."""
        engine = llama_engine_info()
        wanted = parameter.engine
        if (
            parameter.model_format_name == "GGUF"
            and wanted.name == engine.name
            and wanted.version == engine.version
        ):
            return
        raise not_supported(
            "runtime/selectEngine",
            f"The only engine is {engine.name} {engine.version}, for GGUF models; "
            f"{wanted.name} {wanted.version} for {parameter.model_format_name} is not installed.",
            _UPGRADE,
        )

    async def remove_engine(self, parameter: RuntimeEngineSpecifier) -> None:
        """Refused: the engine is part of the installed Python package."""
        raise not_supported("runtime/removeEngine", _NO_DOWNLOADS, _UPGRADE)

    async def survey_hardware(
        self, parameter: SurveyHardwareParameter | None
    ) -> SurveyHardwareResult:
        """This machine's CPU and memory as the llama.cpp engine sees them (no GPU is used)."""
        engine = llama_engine_info()
        if isinstance(parameter, SurveyHardwareCustom):
            unknown = [
                f"{e.name} {e.version}"
                for e in parameter.engines
                if (e.name, e.version) != (engine.name, engine.version)
            ]
            if unknown:
                raise ServerError(
                    "No such runtime engine",
                    cause=f"Not installed: {', '.join(unknown)}.",
                    suggestion=f"The only engine is {engine.name} {engine.version}.",
                )
        cpu = cpu_facts()
        ram = total_memory_bytes()
        survey = EngineHardwareSurvey(
            name=engine.name,
            version=engine.version,
            engine=engine.engine,
            platform=engine.platform,
            compatibility=EngineCompatibility(status="compatible"),
            supported_model_format_names=list(engine.supported_model_format_names),
            hardware_survey=HardwareSurvey(
                cpu_survey_result=CpuSurveyResult(
                    result=SurveyResult(code="success", message=""),
                    cpu_info=CpuInfo(
                        name=cpu.name,
                        architecture=cpu.architecture,
                        supported_instruction_set_extensions=list(cpu.extensions),
                    ),
                ),
                gpu_survey_result=GpuSurveyResult(
                    result=SurveyResult(
                        code="noDevicesFound",
                        message="The llama.cpp engine of lmsdk serve runs on the CPU only.",
                    ),
                    gpu_info=[],
                ),
            ),
            memory_info=MemoryInfo(ram_capacity=ram, vram_capacity=0, total_memory=ram),
        )
        return SurveyHardwareResult(status="ok", engines=[survey])

    async def search_runtime_extensions(
        self, parameter: SearchRuntimeExtensionsParameter
    ) -> SearchRuntimeExtensionsResult:
        """Refused: there is no extension catalog to search (no network access)."""
        raise not_supported("runtime/searchRuntimeExtensions", _NO_DOWNLOADS)

    async def download_runtime_extension(
        self,
        parameter: DownloadRuntimeExtensionCreationParameter,
        channel: AsyncChannel[
            DownloadRuntimeExtensionToServerPacket, DownloadRuntimeExtensionToClientPacket
        ],
    ) -> None:
        """Refused: engines are never downloaded."""
        raise not_supported("runtime/downloadRuntimeExtension", _NO_DOWNLOADS, _UPGRADE)
