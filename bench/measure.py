"""Small measuring tools: percentiles, peak memory, bytes on disk, a commit id, the machine."""
from __future__ import annotations

import contextlib
import os
import platform
import resource
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def percentile(values: list[float], p: float) -> float | None:
    """The p-th percentile (0-100) by the nearest rank; None for no values."""
    if not values:
        return None
    xs = sorted(values)
    rank = max(1, -(-len(xs) * p // 100))  # ceil(n * p / 100), at least the first
    return xs[int(rank) - 1]


def timed(fn: Callable, *args, **kwargs) -> tuple[float, object]:
    """(milliseconds, result) of one call."""
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return (time.perf_counter() - t0) * 1e3, out


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_bytes(folder: Path, skip: tuple[str, ...] = ()) -> int:
    """Bytes of the files under `folder` (sizes as listed), leaving out top-level names in `skip`."""
    total = 0
    for root, dirs, files in os.walk(folder):
        if Path(root) == Path(folder):
            dirs[:] = [d for d in dirs if d not in skip]
            files = [f for f in files if f not in skip]
        for f in files:
            with contextlib.suppress(OSError):  # a WAL file checkpointed away meanwhile
                total += (Path(root) / f).stat().st_size
    return total


def commit(repo: Path) -> str:
    """The checked-out commit, with '+dirty' when the work tree has changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                              check=False).stdout.strip()

    head = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def machine() -> str:
    """CPU model, cores, memory and load: enough to tell two runs' machines apart."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):  # no /proc: keep the platform's name
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)
    mem = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem = f", {int(Path('/proc/meminfo').read_text().split()[1]) / 2**20:.0f} GiB"
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{cpu}, {len(os.sched_getaffinity(0))} cores{mem}{load}, Python {platform.python_version()}"
