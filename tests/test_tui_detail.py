"""The detail pane rebuilds its description only when it shows another text."""

from __future__ import annotations

from textual.widgets import Markdown

from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.tui_demo import demo_session, settle


def blocks(app) -> list:
    return list(app.screen.query_one("#detail-description", Markdown).children)


async def test_a_status_change_redraws_the_summary_but_keeps_the_description():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(JobsTable)
            shown = blocks(app)
            assert shown
            await pilot.press("a")  # the same job, marked applied: its summary changes
            await settle(pilot)
            assert table.current_row.status == "applied"
            assert "Status: applied" in str(app.screen.query_one("#detail-summary").render())
            assert blocks(app) == shown  # the same Markdown blocks: nothing was remounted
            await pilot.press("j")  # another job: another description
            await settle(pilot)
            assert blocks(app) and blocks(app) != shown
    finally:
        demo.close()
