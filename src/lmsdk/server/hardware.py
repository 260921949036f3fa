"""Facts about this machine that the ``runtime`` namespace and the memory estimates report.

Read from ``/proc`` on Linux (the CPU's name and flags, total and available memory), with
portable fallbacks elsewhere. The llama.cpp build behind ``lmsdk serve`` runs on the CPU, so
no GPU is ever reported.
"""

from __future__ import annotations

import functools
import os
import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from lmsdk._generated.runtime import CpuArchitecture, CpuInstructionSetExtension

__all__ = ["CpuFacts", "available_memory_bytes", "cpu_facts", "total_memory_bytes"]

_MEMINFO = Path("/proc/meminfo")
_CPUINFO = Path("/proc/cpuinfo")

# The instruction set extensions LM Studio's engines are built for, by /proc/cpuinfo flag.
_EXTENSION_FLAGS: dict[str, CpuInstructionSetExtension] = {
    "avx": "AVX",
    "avx2": "AVX2",
    "asimd": "AdvSIMD",
}


@dataclass(frozen=True)
class CpuFacts:
    """The CPU, as engines see it.

    Attributes:
        name: Model name (``/proc/cpuinfo``), or the platform's processor string.
        architecture: ``x86_64``, ``ARM64`` or ``unknown`` (LM Studio's spelling).
        extensions: Supported extensions among AVX, AVX2 and AdvSIMD.
    """

    name: str
    architecture: CpuArchitecture
    extensions: tuple[CpuInstructionSetExtension, ...]


@functools.cache
def cpu_facts() -> CpuFacts:
    """This machine's CPU (read once)."""
    machine = platform.machine().lower()
    architecture: CpuArchitecture = (
        "x86_64"
        if machine in ("x86_64", "amd64")
        else "ARM64"
        if machine in ("arm64", "aarch64")
        else "unknown"
    )
    name = platform.processor() or machine or "unknown"
    flags: set[str] = set()
    try:
        text = _CPUINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    if match := re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE):
        name = match.group(1).strip()
    if match := re.search(r"^(?:flags|Features)\s*:\s*(.+)$", text, re.MULTILINE):
        flags = set(match.group(1).split())
    if architecture == "ARM64" and sys.platform == "darwin":
        flags.add("asimd")  # every Apple silicon CPU has it; there is no /proc there
    extensions = tuple(_EXTENSION_FLAGS[f] for f in _EXTENSION_FLAGS if f in flags)
    return CpuFacts(name=name, architecture=architecture, extensions=extensions)


def _meminfo(field: str) -> int | None:
    try:
        text = _MEMINFO.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    match = re.search(rf"^{field}:\s*(\d+)\s*kB$", text, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None


def _memory_bytes(field: str, sysconf_pages: str) -> int | None:
    # /proc/meminfo's field, else that many pages by sysconf (where there is no /proc).
    found = _meminfo(field)
    if found is not None:
        return found
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf(sysconf_pages)
    except (AttributeError, ValueError, OSError):
        return None


def total_memory_bytes() -> int:
    """Installed memory (``MemTotal``), or 0 when it cannot be read."""
    found = _memory_bytes("MemTotal", "SC_PHYS_PAGES")
    return found if found is not None else 0


def available_memory_bytes() -> int:
    """Memory available to a new allocation without swapping (``MemAvailable``)."""
    found = _memory_bytes("MemAvailable", "SC_AVPHYS_PAGES")
    return found if found is not None else total_memory_bytes()
