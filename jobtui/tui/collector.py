"""Python's full garbage collections kept off the keystrokes.

A full (oldest-generation) collection walks every object the process holds: with the app's
modules, styles and widgets that took 100-200 ms, every few seconds while the user scrolled or
typed, and it landed on whichever key came next. So once the first jobs are on screen, what the
start built is frozen (``gc.freeze``: never garbage, no longer walked), full collections run
when the user pauses, and the automatic ones become a rare safety net."""

from __future__ import annotations

import gc
import time

IDLE_SECONDS = 0.5  # no key or mouse input for this long: the user has paused
CHECK_EVERY = 0.25
MAX_BUSY_SECONDS = 15.0  # a user who never pauses still gets a full collection this often
AUTO_FULL_AFTER = 100  # young collections between automatic full ones (Python's default: 10)


class IdleCollector:
    """Runs full collections when the user pauses (``touched`` marks input); ``start`` freezes
    the heap built so far, ``stop`` gives the process its usual collector back."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._last_input = clock()
        self._last_full = clock()
        self._thresholds: tuple[int, int, int] | None = None
        self.full_collections = 0

    @property
    def started(self) -> bool:
        return self._thresholds is not None

    def start(self) -> None:
        """Collect once, freeze what survives, and make automatic full collections rare."""
        if self.started:
            return
        self._thresholds = gc.get_threshold()
        gc.collect()
        gc.freeze()
        young, middle, _ = self._thresholds
        gc.set_threshold(young, middle, AUTO_FULL_AFTER)
        self._last_full = self._clock()

    def stop(self) -> None:
        if self._thresholds is not None:
            gc.set_threshold(*self._thresholds)
            gc.unfreeze()  # a process that goes on (a test run) collects those objects again
            self._thresholds = None

    def touched(self) -> None:
        """The user pressed a key or used the mouse."""
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Run a full collection if one is due and the user has paused (or never pauses);
        whether it ran."""
        if not self.started or gc.get_count()[2] == 0:  # no young collection since the last
            return False
        now = self._clock()
        if now - self._last_input < IDLE_SECONDS and now - self._last_full < MAX_BUSY_SECONDS:
            return False
        gc.collect()
        self._last_full = now
        self.full_collections += 1
        return True
