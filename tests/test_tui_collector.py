"""Full garbage collections run when the user pauses, over an unfrozen heap only, and the
main screen's key bar keeps no removed keys alive."""

from __future__ import annotations

import gc

import pytest
from textual.widgets._footer import FooterKey

from jobtui.tui import collector
from jobtui.tui.app import JobtuiApp
from jobtui.tui.collector import IdleCollector
from tests.tui_demo import demo_session, settle


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def idle():
    clock = Clock()
    idle = IdleCollector(clock)
    yield idle, clock
    idle.stop()
    assert gc.get_freeze_count() == 0  # the process gets its collector back


def garbage_cycle() -> None:
    """Make one young collection due, so a full one has something to look at."""
    for _ in range(gc.get_threshold()[0] * 2):
        cycle: list = []
        cycle.append(cycle)
    gc.collect(1)


def test_a_full_collection_waits_until_the_user_pauses(idle):
    idle, clock = idle
    idle.start()
    assert gc.get_freeze_count() > 0
    garbage_cycle()
    idle.touched()
    clock.now += collector.IDLE_SECONDS / 2
    assert not idle.tick()  # typing: nothing runs
    clock.now += collector.IDLE_SECONDS
    assert idle.tick() and gc.get_count()[2] == 0  # paused: the full collection ran
    assert not idle.tick()  # and not again until younger collections happened


def test_nothing_runs_before_start(idle):
    idle, clock = idle
    garbage_cycle()
    clock.now += 10 * collector.IDLE_SECONDS
    assert not idle.tick() and gc.get_freeze_count() == 0


async def test_focus_changes_keep_no_removed_footer_keys_alive():
    # Keys of the apps of earlier tests in this process may still await collection: count
    # only what this app adds.
    gc.collect()
    earlier = sum(isinstance(o, FooterKey) for o in gc.get_objects())
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert app.idle_collector.started  # the first jobs were shown
            for _ in range(6):  # each focus change rebuilds the key bar
                await pilot.press("slash")
                await settle(pilot, rounds=2)
                await pilot.press("escape")
                await settle(pilot, rounds=2)
            gc.unfreeze()  # count every key, frozen or not
            gc.collect()
            keys = [o for o in gc.get_objects() if isinstance(o, FooterKey)]
            shown = list(app.screen.query(FooterKey))
            assert shown and len(keys) - earlier <= len(shown)  # a leak adds ~20 per change
    finally:
        demo.close()


def test_a_hold_keeps_automatic_collections_off_until_released_or_overdue(idle):
    idle, clock = idle
    idle.hold()
    assert gc.isenabled()  # not started: the process's collector is left alone
    idle.start()
    idle.hold()  # a key's answer is on its way to the screen
    assert not gc.isenabled()
    idle.release()  # on screen
    assert gc.isenabled()
    idle.hold()
    clock.now += collector.HOLD_AT_MOST / 2
    idle.tick()
    assert not gc.isenabled()
    clock.now += collector.HOLD_AT_MOST  # the answer never came
    idle.tick()
    assert gc.isenabled()
    idle.hold()
    idle.stop()
    assert gc.isenabled()
