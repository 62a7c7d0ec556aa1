"""The jobs table keeps drawn lines across cursor moves (FastTable): a PageDown finds the
screen below drawn ahead and draws only the cursor's row, the lines are exactly what
DataTable draws, and the screens are drawn ahead only after the frame went out."""

from __future__ import annotations

from functools import partial

from textual.coordinate import Coordinate
from textual.widgets import DataTable

from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets import fast_table
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.test_tui_jobs_window import JOBS, add_jobs, until


async def all_rows_loaded(pilot, session) -> JobsTable:
    """The table with every job in its window (no page arrives mid-test)."""
    table = pilot.app.screen.query_one(JobsTable)
    await until(pilot, lambda: table.total == JOBS)
    while table.more:
        table.load_more()
        await until(pilot, lambda: not table.loading_rows)
    return table


def visible_lines(table: JobsTable) -> list[int]:
    top = int(table.scroll_y) + table.header_height
    return [0, *range(top, top + table.size.height - table.header_height)]


async def test_pagedown_draws_only_the_cursor_row_anew(session):
    add_jobs(session.user)
    session.settings.ui.page_size = JOBS
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = await all_rows_loaded(pilot, session)
        await pilot.press("pagedown")
        await until(pilot, lambda: not table._prerender_pending)
        assembled = []
        assemble = table._render_line_in_row

        def counted(row_key, *args, **kwargs):
            assembled.append(row_key.value)
            return assemble(row_key, *args, **kwargs)

        table._render_line_in_row = counted
        table._prerender = lambda: None  # count what drawing the next screen puts together
        cursor = table.cursor_row
        await pilot.press("pagedown")
        await pilot.pause()
        assert table.cursor_row > cursor + 5
        # DataTable keys its lines by the cursor's position: it drew every line again.
        assert assembled and set(assembled) == {str(table.current_job_id)}


async def test_kept_lines_are_what_datatable_draws(session):
    add_jobs(session.user)
    session.settings.ui.page_size = JOBS
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = await all_rows_loaded(pilot, session)
        compared = 0
        for key in ("pagedown", "pagedown", "down", "pageup", "end", "up"):
            await pilot.press(key)
            await until(pilot, lambda: not table._prerender_pending)
            width = table.size.width
            base = table.rich_style
            for y in visible_lines(table):
                kept = table._render_line(y, 0, width, base)
                table._line_cache.clear()  # DataTable's own, keyed by the cursor's position
                table._row_render_cache.clear()
                table._render_line_in_row = partial(DataTable._render_line_in_row, table)
                try:
                    assert kept == DataTable._render_line(table, y, 0, width, base), (key, y)
                finally:
                    del table._render_line_in_row
                compared += 1
        assert compared > 50


async def test_screens_are_drawn_ahead_only_after_a_pause(session, monkeypatch):
    add_jobs(session.user)
    session.settings.ui.page_size = JOBS
    monkeypatch.setattr(fast_table, "PRERENDER_AFTER", 3600, raising=False)  # never, here
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = await all_rows_loaded(pilot, session)
        await pilot.press("pagedown")
        await pilot.pause()
        below = int(table.scroll_y) + table.size.height + table.header_height
        drawn = len(table._lines)
        # Drawing ahead at once held the GIL while Textual's writer thread sent the frame.
        assert table._prerender_pending
        table._render_line(below + 1, 0, table.size.width, table.rich_style)
        assert len(table._lines) == drawn + 1  # the screen below was not drawn yet


async def test_lines_put_together_are_what_datatable_puts_together(session):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = pilot.app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == JOBS)
        table._show_hover_cursor = True
        base = table.rich_style
        keys = [table._header_row_key, *list(table.rows)[:12]]
        compared = 0
        for cursor, hover in ((Coordinate(0, 0), Coordinate(3, 1)),
                              (Coordinate(5, 0), Coordinate(5, 2))):
            for row_key in keys:
                table._frame = {}  # as while drawing (the lines are put together then)
                try:
                    fast = table._render_line_in_row(row_key, 0, base, cursor, hover)
                finally:
                    table._frame = None
                table._row_render_cache.clear()
                slow = DataTable._render_line_in_row(table, row_key, 0, base, cursor, hover)
                assert fast == slow, (row_key.value, cursor, hover)
                compared += 1
        assert compared == 2 * len(keys)
