"""Snapshots of the main screens on the demo database with a frozen "today".

Update after an intended change: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jobtui.tui.app import JobtuiApp
from tests.tui_demo import demo_session, settle


@pytest.fixture
def demo_app(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # board status lines show local times
    time.tzset()
    demo = demo_session()
    # A fixed path keeps the settings screen stable (the real one is a random temp folder).
    demo.session.settings.config_path = Path("/home/you/.config/jobtui/config.toml")
    yield JobtuiApp(demo.session, demo=True, clock=lambda: demo.now)
    demo.close()


async def still(pilot) -> None:
    """Settle, and stop cursor blinking so two screenshots are identical."""
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause()


async def wait(pilot) -> None:
    await still(pilot)


def test_main_screen(snap_compare, demo_app):
    assert snap_compare(demo_app, terminal_size=(120, 36), run_before=wait)


def test_main_screen_80x24(snap_compare, demo_app):
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=wait)


def test_main_screen_wide(snap_compare, demo_app):
    assert snap_compare(demo_app, terminal_size=(240, 50), run_before=wait)


def test_job_detail_of_a_cross_posted_job(snap_compare, demo_app):
    async def focus_detail(pilot) -> None:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)

    assert snap_compare(demo_app, terminal_size=(120, 36), run_before=focus_detail)


def test_filters(snap_compare, demo_app):
    async def open_filters(pilot) -> None:
        await settle(pilot)
        await pilot.press("f")
        await still(pilot)

    assert snap_compare(demo_app, terminal_size=(100, 32), run_before=open_filters)


def test_help(snap_compare, demo_app):
    async def open_help(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(demo_app, terminal_size=(100, 50), run_before=open_help)


def test_settings(snap_compare, demo_app):
    async def open_settings(pilot) -> None:
        await settle(pilot)
        await pilot.press("comma")
        await still(pilot)

    assert snap_compare(demo_app, terminal_size=(100, 36), run_before=open_settings)
