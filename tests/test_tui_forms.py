"""The search form (add, edit, inline validation) and the export dialog."""

from __future__ import annotations

import csv

from jobtui.db.models import Search
from jobtui.store import searches
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.searches_list import SearchesList
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


async def open_form(pilot, key: str) -> None:
    await pilot.press(key)
    app = pilot.app
    await wait_for(pilot, lambda: not app.screen.query_one("#save").disabled)
    await settle(pilot)


async def test_new_search_shows_errors_inline_then_saves(session):
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        await open_form(pilot, "plus")
        form = app.screen
        assert type(form).__name__ == "SearchFormScreen"
        assert "indeed" in form.query_one("#sites").selected  # the settings' default boards
        form.query_one("#results").value = "5000"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "search term" in str(form.query_one("#terms-error").render())
        assert "1 to 1000" in str(form.query_one("#results-error").render())
        assert searches.searches_for_user(session.user) == []

        form.query_one("#terms").value = "rust developer, systems engineer"
        form.query_one("#location").value = "Hamburg"
        form.query_one("#results").value = "40"
        form.query_one("#interval").value = "6"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        await settle(pilot)
        (saved,) = searches.searches_for_user(session.user)
        assert saved.search_term == ["rust developer", "systems engineer"]
        assert (saved.location, saved.results_wanted, saved.interval_hours) == ("Hamburg", 40, 6)
        assert saved.id in app.screen.query_one(SearchesList).summaries


async def test_edit_search_from_the_searches_pane():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(120, 50)) as pilot:
            await settle(pilot)
            await pilot.press("E")
            assert type(app.screen).__name__ == "MainScreen"  # "All jobs" is not editable
            await pilot.press("tab", "tab", "j")
            await settle(pilot)
            search_id = app.screen.query_one(SearchesList).search_id
            await open_form(pilot, "E")
            form = app.screen
            assert form.query_one("#terms").value == "python developer, backend engineer"
            assert form.query_one("#country").value == "germany"
            form.query_one("#location").value = "Munich, Germany"
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
            assert Search.get_by_id(search_id).location == "Munich, Germany"
    finally:
        demo.close()


async def test_export_writes_the_shown_jobs(tmp_path):
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("e")
            assert type(app.screen).__name__ == "ExportScreen"
            box = app.screen.query_one("#export-path")
            box.value = str(tmp_path / "jobs.txt")
            await pilot.press("enter")
            assert ".csv" in str(app.screen.query_one("#export-error").render())
            box.value = str(tmp_path / "jobs.csv")
            await pilot.press("enter")
            await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        with open(tmp_path / "jobs.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) == 14
        assert rows[0]["title"] == "Senior Python Engineer, Logistics Platform"
    finally:
        demo.close()
