"""Helpers for the TUI tests: the demo database with a frozen "today", and waiting for the
app's thread workers and timers to settle."""

from __future__ import annotations

from datetime import date

from textual.worker import WorkerCancelled

from jobtui.config import load_settings
from jobtui.demo import DemoSession
from jobtui.tui.screens.main import DETAIL_DEBOUNCE

FROZEN_TODAY = date(2026, 11, 26)


def demo_session(today: date = FROZEN_TODAY) -> DemoSession:
    return DemoSession(load_settings(), today=today)


async def settle(pilot, rounds: int = 4) -> None:
    """Let debounce timers fire and thread workers finish, a few times over."""
    for index in range(rounds):
        # One round outlasts the detail pane's debounce: a cursor move's detail gets loaded.
        await pilot.pause(DETAIL_DEBOUNCE + 0.02 if index == rounds - 2 else 0.06)
        # DirectoryTree keeps a loader worker alive for as long as it is shown.
        ours = [w for w in pilot.app.workers if type(w.node).__name__ != "DirectoryTree"]
        if ours:  # an empty list would mean "every worker"
            try:
                await pilot.app.workers.wait_for_complete(ours)
            except WorkerCancelled:  # replaced by a newer one (exclusive): keep settling
                pass
    await pilot.pause()
