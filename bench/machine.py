"""What machine a benchmark ran on, for the results file."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe_machine() -> dict[str, str]:
    """CPU model, core count, memory, OS and Python version."""
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    cores = str(os.cpu_count())
    os_name = platform.platform()
    python = platform.python_version()
    summary = f"{cpu}, {cores} cores, {memory} RAM, {os_name}, Python {python}"
    return {
        "cpu": cpu,
        "cores": cores,
        "memory": memory,
        "os": os_name,
        "python": python,
        "summary": summary,
    }
