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
HOLD_AT_MOST = 1.0  # seconds a hold keeps automatic collections off, whatever happens


class IdleCollector:
    """Runs full collections when the user pauses (``touched`` marks input); ``start`` freezes
    the heap built so far, ``stop`` unfreezes it."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._last_input = clock()
        self.started = False
        self.full_collections = 0
        self._held_since: float | None = None

    def start(self) -> None:
        """Collect once and freeze what survives (the start's modules, styles, widgets)."""
        if self.started:
            return
        self.started = True
        gc.collect()
        gc.freeze()

    def hold(self) -> None:
        """No automatic collection until ``release`` (at most HOLD_AT_MOST): the answer to a
        key is on its way to the screen, and a full collection (25-100 ms) landed on about
        one search key in ten."""
        if self.started and self._held_since is None and gc.isenabled():
            self._held_since = self._clock()
            gc.disable()

    def release(self) -> None:
        """Automatic collections again (one that is due runs at the next allocations)."""
        if self._held_since is not None:
            self._held_since = None
            gc.enable()

    def stop(self) -> None:
        self.release()
        if self.started:
            gc.unfreeze()  # a process that goes on (a test run) collects those objects again
            self.started = False

    def touched(self) -> None:
        """The user pressed a key or used the mouse."""
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Run a full collection if younger ones ran since the last and the user has paused;
        whether it ran."""
        now = self._clock()
        if self._held_since is not None and now - self._held_since > HOLD_AT_MOST:
            self.release()  # the answer never came (an error): collect as usual
        if not self.started or gc.get_count()[2] == 0:
            return False
        if now - self._last_input < IDLE_SECONDS:
            return False
        gc.collect()
        self.full_collections += 1
        return True
