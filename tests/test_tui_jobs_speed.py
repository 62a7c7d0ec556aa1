"""The jobs table answers End and each search keystroke with one small query, and a
keystroke interrupts the query of the one before it instead of waiting for it."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

import peewee

from jobtui.tui import data
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import FIRST_PAGE_MIN, PREFETCH_ROWS, JobsTable
from tests.test_tui_jobs_window import JOBS, add_jobs, until

NEVER_ENDS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
              " SELECT count(*) FROM n")


def record_pages(monkeypatch) -> list[dict]:
    """Every page the table asks ``data.job_page`` for (its keyword arguments)."""
    asked: list[dict] = []
    real = data.job_page

    def job_page(user, flt, **kwargs):
        asked.append({"query": flt.query, **kwargs})
        return real(user, flt, **kwargs)

    monkeypatch.setattr(data, "job_page", job_page)
    return asked


async def test_end_fetches_the_last_screen_and_the_margin_in_one_query(session, monkeypatch):
    order = add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        asked = record_pages(monkeypatch)
        await pilot.press("end")
        await until(pilot, lambda: table.current_job_id == order[-1])
        screen = max(FIRST_PAGE_MIN, table.size.height + 2)
        # +1: is there more?
        assert asked[0]["last"] and asked[0]["limit"] == screen + PREFETCH_ROWS + 1
        assert [a for a in asked if a.get("last")] == asked[:1]
        assert table.border_subtitle == f"{JOBS:,} of {JOBS:,}"
        await pilot.press("home")
        await until(pilot, lambda: table.current_job_id == order[0])
        assert table.border_subtitle == f"1 of {JOBS:,}"


async def test_a_keystroke_interrupts_the_query_of_the_one_before(session, monkeypatch):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        started, outcome = threading.Event(), []
        real = data.job_page

        def job_page(user, flt, **kwargs):
            if flt.query == "Job":  # a query still running when the next key arrives
                from jobtui.db.models import database
                started.set()
                try:
                    database.execute_sql(NEVER_ENDS).fetchone()
                except (sqlite3.OperationalError, peewee.OperationalError) as exc:
                    outcome.append(str(exc))
                    raise
            return real(user, flt, **kwargs)

        monkeypatch.setattr(data, "job_page", job_page)
        await pilot.press("slash", *"Job")
        assert await asyncio.to_thread(started.wait, 30)
        await pilot.press("space", "0", "0", "7")
        await until(pilot, lambda: table.filter.query == "Job 007" and table.total == 1)
        assert outcome == ["interrupted"]
        assert [r.title for r in table.job_rows] == ["Job 007"]
