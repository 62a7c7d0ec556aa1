"""Python's full garbage collections kept off the keystrokes.

A full (oldest-generation) collection walks every object the process holds: with the app's
modules, styles and widgets that took 100-200 ms, every few seconds while the user scrolled or
typed, and it landed on whichever key came next. So once the first jobs are on screen, what the
start built is frozen (``gc.freeze``: never garbage, no longer walked, so a full collection
costs a fraction of what it did), and full collections also run when the user pauses (so
fewer are left to run mid-keystroke)."""

from __future__ import annotations

import gc
import time

IDLE_SECONDS = 0.5  # no key or mouse input for this long: the user has paused
CHECK_EVERY = 0.25


class IdleCollector:
    """Runs full collections when the user pauses (``touched`` marks input); ``start`` freezes
    the heap built so far, ``stop`` unfreezes it."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._last_input = clock()
        self.started = False
        self.full_collections = 0

    def start(self) -> None:
        """Collect once and freeze what survives (the start's modules, styles, widgets)."""
        if self.started:
            return
        self.started = True
        gc.collect()
        gc.freeze()

    def stop(self) -> None:
        if self.started:
            gc.unfreeze()  # a process that goes on (a test run) collects those objects again
            self.started = False

    def touched(self) -> None:
        """The user pressed a key or used the mouse."""
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Run a full collection if younger ones ran since the last and the user has paused;
        whether it ran."""
        if not self.started or gc.get_count()[2] == 0:
            return False
        now = self._clock()
        if now - self._last_input < IDLE_SECONDS:
            return False
        gc.collect()
        self.full_collections += 1
        return True
