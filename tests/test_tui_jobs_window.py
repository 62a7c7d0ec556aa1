"""The jobs table holds a bounded window of rows and jumps to either end at once."""

from __future__ import annotations

from datetime import date, timedelta

from jobtui.scrape.ingest import ingest_rows
from jobtui.store import searches
from jobtui.store.listing import JobFilter, list_jobs
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.tui_demo import settle

JOBS = 400
PAGE = 10  # the table fetches at least two screens (60 rows here) per page


def add_jobs(user) -> list[int]:
    """JOBS jobs; their ids in the table's order (by date, newest first)."""
    day = date(2026, 11, 1)
    ingest_rows([{"job_url": f"https://example.com/job/{n}", "title": f"Job {n:03d}",
                  "company": f"Company {n % 7}", "site": "indeed",
                  "date_posted": (day - timedelta(days=n % 40)).isoformat()}
                 for n in range(JOBS)], searches.imported_search(user))
    return [r.id for r in list_jobs(user, JobFilter(), limit=JOBS)]


async def until(pilot, done, rounds: int = 40) -> None:
    """Settle until ``done()`` holds (each round waits for the table's workers)."""
    for _ in range(rounds):
        if done():
            return
        await settle(pilot, rounds=1)
    assert done()


async def test_window_is_bounded_and_end_home_g_jump_to_either_end(session):
    order = add_jobs(session.user)
    session.settings.ui.page_size = PAGE
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        assert table.current_job_id == order[0]

        await pilot.press("end")
        await until(pilot, lambda: table.current_job_id == order[-1])
        window = 3 * table.page_rows
        assert len(table.job_rows) <= window and not table.more
        assert [r.id for r in table.job_rows] == order[-len(table.job_rows):]
        assert table.border_subtitle == f"{JOBS:,} of {JOBS:,}"

        await pilot.press("g")
        await until(pilot, lambda: table.current_job_id == order[0])
        assert table.at_start and [r.id for r in table.job_rows] == order[:len(table.job_rows)]
        assert table.border_subtitle == f"1 of {JOBS:,}"

        await pilot.press("G")
        await until(pilot, lambda: table.current_job_id == order[-1])
        await pilot.press("home")
        await until(pilot, lambda: table.current_job_id == order[0])

        # Paging down the whole list keeps at most a few pages, in order, and reaches the end.
        largest, cursor = 0, 0
        for _ in range(JOBS):
            await pilot.press("pagedown")
            await settle(pilot, rounds=1)
            assert order.index(table.current_job_id) > cursor or cursor == JOBS - 1
            cursor = order.index(table.current_job_id)
            largest = max(largest, len(table.job_rows))
            start = order.index(table.job_rows[0].id)
            assert [r.id for r in table.job_rows] == order[start:start + len(table.job_rows)]
            if cursor == JOBS - 1:
                break
        assert cursor == JOBS - 1 and not table.more and largest <= window < JOBS
        # ...and back up to the first job, fetching the pages before the window.
        for _ in range(3):
            await pilot.press("pageup")
            await settle(pilot, rounds=1)
        await pilot.press("ctrl+home")
        await until(pilot, lambda: table.current_job_id == order[0])
        assert table.at_start and len(table.job_rows) <= window
