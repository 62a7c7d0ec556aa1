"""The resume screen: preview the redacted text, store only after confirming."""

from __future__ import annotations

import json
from pathlib import Path

from jobtui.db.models import Resume
from jobtui.tui.app import JobtuiApp
from jobtui.tui.screens.resume import preview_text
from tests.tui_demo import settle

FIXTURES = Path(__file__).parent / "fixtures" / "resumes"


async def wait_for(pilot, condition, seconds: float = 60.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        await pilot.pause(0.1)
    raise AssertionError("timed out waiting for the app")


async def test_preview_highlights_placeholders_and_stores_only_on_confirm(session):
    pii = json.loads((FIXTURES / "alex_morgan.pii.json").read_text())
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(120, 45)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        assert type(app.screen).__name__ == "ResumeScreen"
        await settle(pilot)
        assert "No resume yet" in str(app.screen.query_one("#resume-active").render())
        app.screen.query_one("#resume-path").value = "/no/such/resume.pdf"
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "/no/such/resume.pdf" in str(app.screen.query_one("#resume-error").render())

        app.screen.query_one("#resume-path").value = str(FIXTURES / "alex_morgan.txt")
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: app.screen.prepared is not None)
        preview = app.screen.query_one("#resume-preview").render()
        shown = str(preview)
        assert "<EMAIL>" in shown and "<PHONE>" in shown
        for secret in pii["must_not_appear"]:
            assert secret.lower() not in shown.lower()
        summary = str(app.screen.query_one("#resume-summary").render())
        assert "tokens (budget 1,000" in summary and "Removed:" in summary
        assert Resume.select().count() == 0  # nothing stored before confirming

        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "MainScreen")
        stored = Resume.get()
        assert stored.is_active and "<EMAIL>" in stored.content


async def test_resume_screen_closes_without_storing(session):
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("ctrl+o")
        assert not app.screen.query_one("#resume-tree").has_class("hidden")
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MainScreen"
        assert Resume.select().count() == 0


def test_placeholders_are_highlighted_and_markup_stays_literal():
    shown = preview_text("Call <PHONE> or [b]me[/b] at <EMAIL>\x1b[31m")
    assert shown.plain == "Call <PHONE> or [b]me[/b] at <EMAIL>"
    marked = [shown.plain[s.start:s.end] for s in shown.spans if "yellow" in str(s.style)]
    assert marked == ["<PHONE>", "<EMAIL>"]
