"""The app says at save time which board ignores which option of a search (issue 12)."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, Select, SelectionList

from jobtui.tui.app import JobtuiApp
from tests.test_tui_forms import open_form
from tests.test_tui_resume import wait_for
from tests.tui_demo import settle


async def test_saving_a_search_warns_which_board_ignores_which_option(session):
    app = JobtuiApp(session, background=False)
    shown: list[str] = []
    notify = app.notify

    def record(message, **kwargs):
        shown.append(str(message))
        return notify(message, **kwargs)

    app.notify = record
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        await open_form(pilot, "plus")
        form = app.screen
        form.query_one("#terms", Input).value = "python"
        sites = form.query_one("#sites", SelectionList)
        sites.deselect_all()
        sites.select("linkedin")
        form.query_one("#remote", Checkbox).value = True
        form.query_one("#job-type", Select).value = "fulltime"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        await settle(pilot)
        assert any("linkedin ignores --remote" in m for m in shown), shown
        assert any("linkedin ignores --job-type fulltime" in m for m in shown), shown
