"""Pilot tests: every key and screen of the app on the demo database."""

from __future__ import annotations

import time

import pytest

from jobtui.db.models import Application
from jobtui.store import applications
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.job_detail import JobDetail
from jobtui.tui.widgets.jobs_table import JobsTable
from jobtui.tui.widgets.searches_list import SearchesList
from jobtui.tui.widgets.status_bar import StatusBar
from tests.tui_demo import demo_session, settle


@pytest.fixture
def demo():
    d = demo_session()
    yield d
    d.close()


def titles(app) -> list[str]:
    return [r.title for r in app.screen.query_one(JobsTable).job_rows]


def detail_text(app) -> str:
    return str(app.screen.query_one("#detail-summary").render())


async def test_startup_shows_jobs_detail_and_status(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        assert len(table.job_rows) == 14 and table.total == 14
        assert table.job_rows[0].title == "Senior Python Engineer, Logistics Platform"
        assert table.job_rows[0].sites == ["linkedin", "indeed"]  # the cross-post, once
        assert "Parcelwise" in detail_text(app) and "Matched: Python" in detail_text(app)
        bar = str(app.screen.query_one(StatusBar).render())
        assert "worker off" in bar and "14 jobs" in bar
        assert app.screen.query_one(SearchesList).option_count == 3  # all jobs + 2 searches


async def test_moving_with_j_k_and_arrows_updates_the_detail(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        await pilot.press("j", "j")
        await settle(pilot)
        assert table.cursor_row == 2 and "Cartwright Freight" in detail_text(app)
        await pilot.press("k", "down", "up", "up")
        await settle(pilot)
        assert table.cursor_row == 0 and "Parcelwise" in detail_text(app)


async def test_tab_moves_between_panes_and_searches_filter_the_table(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.focused is app.screen.query_one(JobsTable)
        await pilot.press("tab")
        assert app.focused is app.screen.query_one(JobDetail)
        await pilot.press("tab")
        assert app.focused is app.screen.query_one(SearchesList)
        await pilot.press("j")  # the "data engineer" search (separators are skipped)
        await pilot.press("j")
        await settle(pilot)
        assert "Staff Data Engineer" in titles(app)
        assert "Backend Engineer (Python/Django)" not in titles(app)
        assert app.screen.query_one(JobsTable).total == 7


async def test_slash_search_is_debounced_full_text_and_escape_clears(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"informatica")
        await settle(pilot)
        assert titles(app) == ["ETL Developer (contract, 6 months)"]  # from the description
        await pilot.press("enter")
        assert isinstance(app.focused, JobsTable)
        await pilot.press("escape")
        await settle(pilot)
        assert len(titles(app)) == 14


async def test_filters_screen_validates_and_applies(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        assert type(app.screen).__name__ == "FilterScreen"
        app.screen.query_one("#posted-within").value = "abc"
        await pilot.press("ctrl+s")
        assert "whole number" in str(app.screen.query_one("#filters-error").render())
        app.screen.query_one("#posted-within").value = ""
        app.screen.query_one("#min-rating").value = "80"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
        assert len(titles(app)) == 3
        assert "fit ≥ 80" in str(app.screen.query_one(StatusBar).render())
        await pilot.press("f")
        app.screen.query_one("#min-rating").value = ""
        app.screen.query_one("#status-filter").value = "applied"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert titles(app) == ["Backend Engineer (Python/Django)"]
        await pilot.press("f", "ctrl+r")
        await settle(pilot)
        assert len(titles(app)) == 14
        await pilot.press("f", "escape")
        assert type(app.screen).__name__ == "MainScreen"


async def test_sort_cycles_rating_date_company_prerank(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        assert table.filter.sort == "date"
        posted = [r.date_posted for r in table.job_rows]
        assert posted == sorted(posted, reverse=True)
        await pilot.press("s")
        await settle(pilot)
        companies = [r.company.lower() for r in table.job_rows]
        assert table.filter.sort == "company" and companies == sorted(companies)
        await pilot.press("s")
        await settle(pilot)
        assert table.filter.sort == "prerank"
        await pilot.press("s")
        await settle(pilot)
        assert table.filter.sort == "rating"


async def test_open_sends_the_job_url_to_the_browser(demo):
    app = JobtuiApp(demo.session, demo=True)
    opened: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_url = lambda url, **_: opened.append(url)
        await settle(pilot)
        await pilot.press("o")
        assert opened == ["https://www.linkedin.com/jobs/view/1000"]


async def test_applied_interested_hide_are_saved_and_toggle(demo):
    app = JobtuiApp(demo.session, demo=True)
    user = demo.session.user
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        await pilot.press("j", "j")  # Cartwright Freight, no status yet
        await settle(pilot)
        job_id = table.current_job_id
        await pilot.press("a")
        await settle(pilot)
        assert applications.get(user, job_id).status == "applied"
        assert table.current_row.status == "applied"
        await pilot.press("a")
        await settle(pilot)
        assert applications.get(user, job_id).status == "new"
        await pilot.press("i")
        await settle(pilot)
        assert applications.get(user, job_id).status == "interested"
        await pilot.press("x")
        await settle(pilot)
        assert applications.get(user, job_id).status == "hidden"
        assert job_id not in [r.id for r in table.job_rows] and table.total == 13


async def test_note_is_saved_and_shown(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        assert type(app.screen).__name__ == "NoteScreen"
        area = app.screen.query_one("#note-text")
        assert area.text == "Ask about the on-call rotation."
        area.text = "Recruiter: [bold]Dana[/] \x1b[31m"
        await pilot.press("ctrl+s")
        await settle(pilot)
        job_id = app.screen.query_one(JobsTable).current_job_id
        note = Application.get(Application.job == job_id).note
        assert note == "Recruiter: [bold]Dana[/] \x1b[31m"
        assert "Note: Recruiter: [bold]Dana[/]" in detail_text(app)
        await pilot.press("n", "escape")
        assert type(app.screen).__name__ == "MainScreen"


async def test_scrape_now_in_demo_mode_says_it_is_off(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("R")
        assert any("scraping is off" in n.message for n in app._notifications)


async def test_help_lists_every_key_and_closes(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        keys = str(app.screen.query_one("#help-keys").render())
        for words in ("Search", "Filters", "Sort", "Open", "Applied", "Interested", "Hide",
                      "Note", "Re-rate", "Scrape now", "Export", "Quit", "Settings",
                      "Resume", "Activity", "New search"):
            assert words in keys
        await pilot.press("escape")
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("f1")
        assert type(app.screen).__name__ == "MainScreen"


async def test_activity_log_shows_entries(demo, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")  # stored runs are shown in local time
    time.tzset()
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.log_activity("search #1 linkedin: 429 [bold]rate limited[/]")
        await pilot.press("l")
        await settle(pilot)
        log = app.screen.query_one("#activity-log")
        lines = [line.text for line in log.lines]
        assert any("search #2 linkedin: 0 found, 0 new · 429 Too Many" in line
                   for line in lines)  # a stored run of the demo
        assert any("backing off until 2026-11-26 09:30" in line for line in lines)
        assert any("search #1 indeed: 25 found, 4 new" in line for line in lines)
        assert any("429 [bold]rate limited[/]" in line for line in lines)
        app.log_activity("worker idle")
        await settle(pilot)
        assert any("worker idle" in line.text for line in log.lines)
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MainScreen"


async def test_command_palette_runs_actions(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Filters")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "FilterScreen"


async def test_q_quits(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_mouse_clicks_select_a_job_and_a_search(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        await pilot.click(JobsTable, offset=(10, 4))  # border, header, then rows 0, 1, 2
        await settle(pilot)
        assert table.cursor_row == 2 and "Cartwright Freight" in detail_text(app)
        searches = app.screen.query_one(SearchesList)
        await pilot.click(SearchesList, offset=(5, 10))  # inside the second search's entry
        await settle(pilot)
        assert searches.search_id is not None
        assert table.filter.search_id == searches.search_id
        await pilot.press("shift+tab")
        assert app.focused is not searches
