"""Typing in the search box: a word typed fast draws the table once, for its last letter
(and no garbage collection runs before); a result held for a burst never replaces a newer
one; an older filter's idle wait does not fetch the next page of a newer one; a key starts
its query before its echo is drawn."""

from __future__ import annotations

import asyncio
import gc
import threading

from jobtui.store.listing import JobFilter
from jobtui.tui import collector, data
from jobtui.tui.app import JobtuiApp
from jobtui.tui.screens import main
from jobtui.tui.widgets import jobs_table
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.test_tui_jobs_window import JOBS, add_jobs, until
from tests.tui_demo import settle


def titles(table: JobsTable) -> list[str]:
    return [row.title for row in table.job_rows]


def record_shown(monkeypatch) -> list[str | None]:
    """The query of every first page the table draws."""
    shown: list[str | None] = []
    real = JobsTable._first_page

    def first_page(self, page):
        shown.append(self.filter.query)
        return real(self, page)

    monkeypatch.setattr(JobsTable, "_first_page", first_page)
    return shown


async def test_a_word_typed_fast_draws_only_its_last_letters_results(session, monkeypatch):
    add_jobs(session.user)
    monkeypatch.setattr(main, "FAST_TYPING", 3600.0)  # every key after the first: a burst
    monkeypatch.setattr(main, "SEARCH_HOLD", 3600.0)  # that never pauses: Enter ends it
    monkeypatch.setattr(collector, "HOLD_AT_MOST", 3600.0)
    answered = threading.Event()
    real = data.job_page

    def job_page(user, flt, **kwargs):
        rows = real(user, flt, **kwargs)
        if flt.query == "Job 007":
            answered.set()
        return rows

    monkeypatch.setattr(data, "job_page", job_page)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        shown = record_shown(monkeypatch)
        await pilot.press("slash", "J", "o", "b", "space", "0", "0", "7")
        assert await asyncio.to_thread(answered.wait, 30)
        await settle(pilot)  # the last letter's rows have arrived: they wait for the pause
        assert table.filter.query == "Job 007" and titles(table) != ["Job 007"]
        assert shown in ([], ["J"])  # the first key is answered at once, no key after it
        assert not gc.isenabled()  # no garbage collection before the rows are on screen
        await pilot.press("enter")
        await until(pilot, lambda: titles(table) == ["Job 007"])
        assert shown in (["Job 007"], ["J", "Job 007"]) and gc.isenabled()


async def test_rows_held_for_a_burst_never_replace_a_newer_filters(session):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        table.load(JobFilter(query="Job 00"), held=True)
        await settle(pilot)
        assert table.filter.query == "Job 00" and "Job 360" in titles(table)  # still held
        table.load(JobFilter(query="Job 007"))
        await until(pilot, lambda: titles(table) == ["Job 007"])
        table.show_held()  # the burst's pause comes after the newer filter: nothing to show
        await settle(pilot)
        assert titles(table) == ["Job 007"] and table.filter.query == "Job 007"


async def test_an_older_filters_idle_wait_fetches_no_page_of_a_newer_one(session, monkeypatch):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        monkeypatch.setattr(jobs_table, "PREFETCH_DELAY", 1.0)
        table.load(JobFilter(query="Job"))  # its first page waits 1 s for the user to idle
        await until(pilot, lambda: table.shown[0] == table.generation)
        monkeypatch.setattr(jobs_table, "PREFETCH_DELAY", 3600.0)
        table.load(JobFilter(query="Job 0"))  # this one's user goes on reading for an hour
        await until(pilot, lambda: table.shown[0] == table.generation and table.total)
        rows = len(table.job_rows)
        outlasted = asyncio.Event()
        app.set_timer(1.2, outlasted.set)  # due after the first filter's wait
        await outlasted.wait()
        await settle(pilot)
        assert len(table.job_rows) == rows and table.more  # no next page was fetched


async def test_a_search_key_starts_its_query_before_its_echo_is_drawn(session):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        await pilot.press("slash")
        box = app.screen.query_one("#search")
        box.value = "Job 007"  # what a key does; no message has been handled yet
        assert table.filter.query == "Job 007" and table.loading_rows
        await until(pilot, lambda: titles(table) == ["Job 007"])
