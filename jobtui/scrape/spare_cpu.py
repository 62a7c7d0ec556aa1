"""Whether a CPU core is spare right now, measured rather than assumed: a big import hands
its parsing to a worker process only then. With no core free the worker and the storing
process share one core, and the worker's extra work (moving lines and rows between the two
processes) makes the import slower than doing everything in one process."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

PROC_STAT = Path("/proc/stat")
WINDOW_SECONDS = 0.15  # the CPU counters tick every 10 ms: a window holds ~15 ticks per core
SPARE_CORES = 0.5  # idle time over a window, in cores, that counts as a core to spare

Sample = tuple[int, int]  # (idle ticks, all ticks) of the CPUs this process may run on


def usable_cpus() -> set[int] | None:
    """The CPUs this process may run on (None where the system does not say)."""
    try:
        return os.sched_getaffinity(0)
    except (AttributeError, OSError):
        return None


def read_ticks(stat: Path = PROC_STAT, cpus: set[int] | None = None) -> Sample | None:
    """Idle and total CPU ticks so far, summed over ``cpus`` (all when None), from Linux's
    /proc/stat; None where there is no such file."""
    try:
        text = stat.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    idle = total = 0
    for line in text.splitlines():
        name, _, rest = line.partition(" ")
        if not name.startswith("cpu") or name == "cpu":
            continue
        if cpus is not None and int(name[3:]) not in cpus:
            continue
        ticks = [int(value) for value in rest.split()[:8]]  # guest time is in user already
        idle += sum(ticks[3:5])  # idle and iowait
        total += sum(ticks)
    return (idle, total) if total else None


class SpareCore:
    """Tells, window by window, whether a core was idle while this process was busy."""

    def __init__(self, stat: Path = PROC_STAT, clock: Callable[[], float] = time.monotonic,
                 window: float = WINDOW_SECONDS) -> None:
        cpus = usable_cpus()
        self.cores = len(cpus) if cpus is not None else (os.cpu_count() or 1)
        self._read = lambda: read_ticks(stat, cpus)
        self.clock = clock
        self.window = window
        self._start = self._read()
        self._since = clock()

    def check(self) -> bool | None:
        """True when over the last window at least ``SPARE_CORES`` were idle, False when
        not, None while the window is still open. Where the system has no CPU counters,
        the load average stands in (a core is spare when it is a core below the count)."""
        if self.cores < 2:
            return False
        now = self.clock()
        if now - self._since < self.window:
            return None
        sample = self._read()
        start, self._start, self._since = self._start, sample, now
        if sample is None or start is None:
            return _load_leaves_a_core(self.cores)
        idle, total = sample[0] - start[0], sample[1] - start[1]
        if total <= 0:
            return None
        return idle * self.cores / total >= SPARE_CORES


def _load_leaves_a_core(cores: int) -> bool:
    try:
        return os.getloadavg()[0] <= cores - 1
    except OSError:
        return True
