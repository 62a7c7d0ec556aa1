"""Keys pressed fast in the app, found by using it (QA pass)."""

from __future__ import annotations

import threading

from jobtui.tui import data
from jobtui.tui.app import JobtuiApp
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


async def test_a_screen_opened_meanwhile_is_not_covered_by_preferences_read_later(monkeypatch):
    read_allowed = threading.Event()
    read = data.preferences

    def slow_read(user):  # a busy database: the read finishes after the next key
        read_allowed.wait(30)
        return read(user)

    monkeypatch.setattr(data, "preferences", slow_read)
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("p", "C")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "CompaniesScreen")
            read_allowed.set()
            await settle(pilot)
            assert type(app.screen).__name__ == "CompaniesScreen"
            await pilot.press("escape")
            await settle(pilot)
            assert type(app.screen).__name__ == "MainScreen"
    finally:
        read_allowed.set()
        demo.close()
