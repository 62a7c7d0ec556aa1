"""Whether a CPU core is spare right now, measured rather than assumed: a big import hands
its parsing to a worker process only while one is. With no core free the worker and the
storing process share one core, and the worker's extra work (moving lines and rows between
the two processes) makes the import slower than doing everything in one process."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

PROC_STAT = Path("/proc/stat")
WINDOW_SECONDS = 0.15  # the CPU counters tick every 10 ms: a window holds ~15 ticks per core
SPARE_CORES = 0.5  # idle time over a window, in cores, that counts as a core to spare
SCHEDSTAT = Path("/proc/self/schedstat")
RATE_WINDOW_SECONDS = 0.5  # how often a running worker is checked to pay off
# The storing process and its worker waiting for a CPU this share of the time they could
# run: they are sharing a core (with another program on the other: each waits ~1/2 of the
# time; three busy processes on two cores: 1/3; alone on two cores: ~0).
WAITING_SHARE = 0.25

log = logging.getLogger(__name__)
Sample = tuple[int, int]  # (idle ticks, all ticks) of the CPUs this process may run on


def usable_cpus() -> set[int] | None:
    """The CPUs this process may run on (None where the system does not say)."""
    try:
        return os.sched_getaffinity(0)
    except (AttributeError, OSError):
        return None


def read_ticks(stat: Path | None = None, cpus: set[int] | None = None) -> Sample | None:
    """Idle and total CPU ticks so far, summed over ``cpus`` (all when None), from Linux's
    /proc/stat (``stat``: another file of its format); None where there is no such file."""
    try:
        text = (stat or PROC_STAT).read_text(encoding="ascii")
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

    def __init__(self, stat: Path | None = None, clock: Callable[[], float] = time.monotonic,
                 window: float | None = None) -> None:
        cpus = usable_cpus()
        self.cores = len(cpus) if cpus is not None else (os.cpu_count() or 1)
        self._read = lambda: read_ticks(stat, cpus)
        self.clock = clock
        self.window = WINDOW_SECONDS if window is None else window
        self._start = self._read()
        self._since = clock()

    def restart(self) -> None:
        """Start a new window now."""
        self._start, self._since = self._read(), self.clock()

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


def run_times() -> tuple[float, float] | None:
    """Seconds this process has run on a CPU and waited, runnable, for one (Linux's
    /proc/self/schedstat); None where the system does not say."""
    try:
        with open(SCHEDSTAT, "rb") as stat:
            on_cpu, waiting = stat.read().split()[:2]
        return int(on_cpu) / 1e9, int(waiting) / 1e9
    except (OSError, ValueError):
        return None


class WorkerChoice:
    """Chunk by chunk, whether the next chunk goes to a worker process (``fixed`` True or
    False: always or never). Measured: a worker is used once a window shows a core to
    spare (``SpareCore``), and dropped again once a window shows this process and its worker
    waiting for a CPU ``WAITING_SHARE`` of the time they could run (another program took the
    second core); the worker then waits, unused, until a core is spare again."""

    def __init__(self, fixed: bool | None = None, *, stat: Path | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 times: Callable[[], tuple[float, float] | None] = run_times) -> None:
        self.fixed = fixed
        self.clock, self.times = clock, times
        self.spare = SpareCore(stat, clock) if fixed is None else None
        self.using = bool(fixed)
        # Since when, and (run, wait) seconds of this process and of its worker by then.
        self._window: tuple[float, tuple[float, float], tuple[float, float]] | None = None
        self._latest: tuple[float, float] | None = None

    def use_worker(self) -> bool:
        """Whether the next chunk goes to the worker."""
        if self.spare is None:
            return self.using
        if not self.using:
            if self.spare.check():
                self.using, self._window = True, None
                log.info("import: a CPU core is spare: a worker process parses")
        elif self._shares_a_core():
            self.using = False
            self.spare.restart()
            log.info("import: no CPU core to spare: this process parses")
        return self.using

    def worker_reported(self, worker_times: tuple[float, float] | None) -> None:
        """A worker's result came in, with its ``run_times()`` then."""
        if worker_times is None:
            return
        if self._window is None:  # the first result: the worker has started
            own = self.times()
            if own is None:
                return
            self._window = (self.clock(), own, worker_times)
        self._latest = worker_times

    def _shares_a_core(self) -> bool:
        if self._window is None or self._latest is None:
            return False
        since, own, worker = self._window
        now = self.clock()
        if now - since < RATE_WINDOW_SECONDS:
            return False
        mine = self.times()
        if mine is None:
            return False
        self._window = (now, mine, self._latest)
        ran = mine[0] - own[0] + self._latest[0] - worker[0]
        waited = mine[1] - own[1] + self._latest[1] - worker[1]
        return ran + waited > 0 and waited >= WAITING_SHARE * (ran + waited)
