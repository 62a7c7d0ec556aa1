"""The preferences screen (`p`) and the show-filtered toggle (`P`) (issue 10)."""

from __future__ import annotations

from jobtui.store.prefs import filtered_count
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.rating_data import add_job, add_search
from tests.test_tui_resume import wait_for
from tests.tui_demo import settle


async def test_preferences_filter_jobs_and_the_toggle_shows_them(session):
    search = add_search(session.user)
    add_job(search, 1, title="Registered Nurse")
    add_job(search, 2, title="Python Developer")
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        await wait_for(pilot, lambda: len(table.job_rows) == 2)
        await pilot.press("p")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "PrefsScreen")
        form = app.screen
        form.query_one("#max_age_days").value = "soon"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "max_age_days: expected whole days" in str(form.query_one("#prefs-error").render())
        form.query_one("#max_age_days").value = ""
        form.query_one("#exclude_title").value = "nurse"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        await wait_for(pilot, lambda: [r.title for r in table.job_rows] == ["Python Developer"])
        assert filtered_count(session.user) == 1
        await pilot.press("P")
        await wait_for(pilot, lambda: [r.title for r in table.job_rows] == ["Registered Nurse"])
        assert table.job_rows[0].filtered == "title has 'nurse'"
        await pilot.press("P")
        await wait_for(pilot, lambda: [r.title for r in table.job_rows] == ["Python Developer"])
