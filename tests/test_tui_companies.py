"""Issue 13 acceptance in the app: a saved search on one remote-job feed from the search form,
three companies on three systems from the Companies screen; the app's background worker reads
them from a local server, rates them through the fake Ollama server, and they show rated in the
jobs table and in the searches pane."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, SelectionList

from jobtui.scrape.sources import http
from jobtui.store import searches
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from jobtui.tui.widgets.searches_list import SearchesList
from tests.fake_sources import FakeSources, write_config
from tests.rating_data import add_resume
from tests.test_tui_forms import open_form
from tests.test_tui_resume import wait_for
from tests.tui_demo import settle


@pytest.fixture
def server(isolated_home, monkeypatch):
    monkeypatch.setattr(http, "RETRY_DELAYS", (0.0, 0.0))
    monkeypatch.setattr(http, "HOST_SPACING", 0.0)
    fake = FakeSources().start()
    write_config(fake)
    yield fake
    fake.stop()


def listed(screen) -> list[str]:
    listing = screen.query_one("#companies-list", OptionList)
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)
            if listing.get_option_at_index(i).id]


async def add(pilot, spec: str, name: str = "") -> None:
    screen = pilot.app.screen
    before = len(listed(screen))
    screen.query_one("#company-spec").value = spec
    screen.query_one("#company-name").value = name
    screen.query_one("#company-spec").focus()
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(listed(screen)) == before + 1, seconds=20)


async def test_watch_companies_in_the_app_and_see_them_rated(server, fake_ollama, session):
    add_resume(session.user)
    app = JobtuiApp(session)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await settle(pilot)
        # A saved search on one remote-job feed, from the search form.
        await open_form(pilot, "plus")
        form = app.screen
        form.query_one("#terms").value = "python"
        boards = form.query_one("#sites", SelectionList)
        boards.deselect_all()
        boards.select("remotive")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        [search] = searches.searches_for_user(session.user)
        assert search.job_source == ["remotive"]

        await pilot.press("C")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "CompaniesScreen")
        screen = app.screen
        await add(pilot, "greenhouse:acme", "Acme Robotics")
        await add(pilot, "lever:betapay", "Beta Payments")
        await add(pilot, "https://jobs.ashbyhq.com/gamma", "Gamma AI")
        screen.query_one("#company-spec").value = "bamboohr:acme"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "unknown system 'bamboohr'" in str(
            screen.query_one("#company-error").render()))
        assert len(listed(screen)) == 3
        await pilot.press("escape")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")

        table = app.screen.query_one(JobsTable)
        await wait_for(pilot, lambda: len(table.job_rows) == 7 and all(
            r.rating is not None for r in table.job_rows), seconds=60)
        sites = {s for r in table.job_rows for s in r.sites}
        assert sites == {"greenhouse", "lever", "ashby", "remotive"}
        pane = app.screen.query_one(SearchesList)
        await wait_for(pilot, lambda: {"greenhouse:acme", "lever:betapay", "ashby:gamma"} <= {
            t for s in pane.summaries.values() for t in s.terms})
        assert len(fake_ollama.chat_requests()) == 7
        # A watched company in the searches pane is managed with C, not the search form.
        company_id = next(i for i, s in pane.summaries.items() if s.terms == ["ashby:gamma"])
        pane.focus()
        pane.highlighted = pane.get_option_index(str(company_id))
        await pilot.press("E")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert any("ashby:gamma is a watched company" in n.message for n in app._notifications)

        # Removing one from the screen: its jobs stay, it is no longer read.
        await pilot.press("C")
        await wait_for(pilot, lambda: len(listed(app.screen)) == 3)
        listing = app.screen.query_one("#companies-list", OptionList)
        listing.focus()
        listing.highlighted = 0
        await pilot.press("delete")
        await wait_for(pilot, lambda: len(listed(app.screen)) == 2)
        assert "greenhouse:acme" not in str(listing.get_option_at_index(0).prompt)
