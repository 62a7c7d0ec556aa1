"""Keys pressed fast in the app, found by using it (QA pass)."""

from __future__ import annotations

import threading

import pytest

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


async def test_try_model_at_80x24_shows_its_line(fake_ollama):
    demo = demo_session()
    try:
        demo.session.settings.rating.host = fake_ollama.host
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("comma")
            await settle(pilot)
            dialog, line = app.screen.query_one("#settings-dialog"), app.screen.query_one(
                "#connection")
            assert not dialog.region.contains_region(line.region)  # below the fold at first
            await pilot.press("ctrl+r")
            await wait_for(pilot, lambda: "llama3.1:8b" in str(line.render()))
            await settle(pilot)
            assert dialog.region.contains_region(line.region)
            await pilot.press("escape")
    finally:
        demo.close()


def test_a_worker_event_arriving_after_the_screens_are_gone_is_only_logged(session):
    app = JobtuiApp(session, background=False)  # no screen on the stack, as while quitting
    app.log_activity("worker stopped")
    assert "worker stopped" in str(app.activity_log[-1])


async def test_del_in_the_companies_list_removes_the_first_without_arrowing_to_it(session):
    from textual.widgets import OptionList

    from jobtui.cli import main

    assert main(["--user", "tester", "company", "add", "greenhouse:acme"]) == 0
    assert main(["--user", "tester", "company", "add", "lever:beta"]) == 0
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        listing = app.screen.query_one("#companies-list", OptionList)
        await pilot.press("tab", "tab")  # from the address field to the list
        assert app.focused is listing
        await pilot.press("delete")
        await settle(pilot)
        assert listing.option_count == 1
        assert "lever:beta" in str(listing.get_option_at_index(0).prompt)


@pytest.mark.parametrize("key, read", [("p", "preferences"), ("f", "known_boards"),
                                       ("n", "note_for")])
async def test_escape_before_a_screen_opens_cancels_it(monkeypatch, key, read):
    read_allowed, reading = threading.Event(), threading.Event()
    original = getattr(data, read)

    def slow_read(*args):  # a busy database: Esc arrives while the screen is still being read
        reading.set()
        read_allowed.wait(30)
        return original(*args)

    monkeypatch.setattr(data, read, slow_read)
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press(key)
            await wait_for(pilot, reading.is_set)
            await pilot.press("escape")
            read_allowed.set()
            await settle(pilot)
            assert type(app.screen).__name__ == "MainScreen"
            # The next time, with no Esc, the same key opens its screen.
            await pilot.press(key)
            await wait_for(pilot, lambda: type(app.screen).__name__ != "MainScreen")
    finally:
        read_allowed.set()
        demo.close()
