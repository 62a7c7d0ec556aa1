"""Writes the user asks for in the app land or say clearly that they did not: a database
locked by another process (retried first) and a full disk."""

from __future__ import annotations

import peewee
import pytest

from jobtui.db import errors
from jobtui.store import applications
from jobtui.tui.app import JobtuiApp
from jobtui.tui.screens.main import MainScreen
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.faults import short_busy_timeout, write_lock_held
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setattr(errors, "BUSY_PAUSE", 0.01)
    demo = demo_session()
    short_busy_timeout(demo.session.db)
    yield demo
    demo.close()


def errors_shown(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def status_of(session, job_id):
    row = applications.get(session.user, job_id)
    return row.status if row else "new"


async def test_marking_with_a_full_disk_says_so_and_stores_nothing(demo, monkeypatch):
    def full(*args, **kwargs):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(applications, "_upsert", full)
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        job_id = app.screen.query_one(JobsTable).current_job_id
        before = status_of(demo.session, job_id)
        await pilot.press("i")
        await wait_for(pilot, lambda: errors_shown(app), seconds=30)
        shown = errors_shown(app)[0]
        assert shown.startswith("Could not mark the job ") and ": the disk holding " in shown
        assert "is full (" in shown and "MB free)" in shown
        assert app.last_error == shown
        assert any("is full" in e.plain for e in app.activity_log)
    monkeypatch.undo()
    assert status_of(demo.session, job_id) == before


async def test_marking_while_another_process_holds_the_lock_says_busy(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        job_id = app.screen.query_one(JobsTable).current_job_id
        with write_lock_held(demo.session.settings.db_path):
            await pilot.press("a")
            await wait_for(pilot, lambda: errors_shown(app), seconds=30)
        assert "is busy: another jobtui process kept it locked" in errors_shown(app)[0]
        assert status_of(demo.session, job_id) != "applied"
        await pilot.press("a")  # the lock is gone: the same key now lands
        await wait_for(pilot, lambda: status_of(demo.session, job_id) == "applied", seconds=30)


async def test_a_note_that_cannot_be_saved_says_so(demo, monkeypatch):
    def full(*args, **kwargs):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(applications, "_upsert", full)
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        app.screen.save_note(app.screen.jobs.current_job_id, "call back Monday")
        await wait_for(pilot, lambda: errors_shown(app), seconds=30)
        assert errors_shown(app)[0].startswith("Could not save the note: the disk holding")


async def test_a_failed_screen_worker_reaches_the_app(demo, monkeypatch):
    from jobtui.tui import data

    def broken(user, job_id):
        raise peewee.OperationalError("database or disk is full")

    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        monkeypatch.setattr(data, "job_view", broken)
        await pilot.press("down")  # the next job's detail loads on a screen worker
        await wait_for(pilot, lambda: errors_shown(app), seconds=30)
        assert errors_shown(app)[0].startswith("loading job detail failed: the disk holding")


async def test_a_search_that_cannot_be_saved_says_why(demo, monkeypatch):
    from jobtui.store import searches
    from tests.test_tui_forms import open_form

    def full(*args, **kwargs):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(searches, "find_or_create_search", full)
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        await open_form(pilot, "plus")
        form = app.screen
        form.query_one("#terms").value = "rust developer"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "is full" in str(form.query_one("#form-error").render()))
        assert "the disk holding" in str(form.query_one("#form-error").render())
        assert type(app.screen).__name__ == "SearchFormScreen"  # the form stays, nothing lost
