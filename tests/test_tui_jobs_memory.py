"""Scrolling the jobs table holds what is near the screen, not what was scrolled past: the
rendered cells and lines stay a few screens big, a window shift re-makes only the new rows,
and the rows just below the screen are rendered before PageDown asks for them."""

from __future__ import annotations

import gc

from textual.widgets._data_table import Row

from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.test_tui_jobs_window import add_jobs, until
from tests.tui_demo import settle


def live(kind: type) -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is kind)


async def test_paging_through_many_jobs_keeps_caches_and_rows_bounded(session):
    order = add_jobs(session.user)
    session.settings.ui.page_size = 60  # a window shift every few PageDowns
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total == len(order))
        screen = max(table.size.height, 20)
        window = 3 * table.page_rows
        rows_seen, rendered, lines = [], 0, 0
        while table.more or table.cursor_row < len(table.job_rows) - 1:
            before = table.job_rows[0].id
            kept = {key: row for key, row in table.rows.items()}
            await pilot.press("pagedown")
            await settle(pilot, rounds=1)
            if table.job_rows[0].id != before:  # the window shifted: rows still shown kept
                assert all(table.rows[key] is row for key, row in kept.items()
                           if key in table.rows)
            rendered = max(rendered, len(table._rendered), len(table._lines))
            lines = max(lines, len(table._line_cache), len(table._row_render_cache))
            rows_seen.append(live(Row))
        assert table.current_job_id == order[-1] and len(rows_seen) > 20
        # DataTable kept every row it drew until the window shifted (10 screens here), and a
        # thousand lines drawn for cursor positions long gone.
        assert rendered <= 4 * screen
        assert lines <= table.size.height + 8
        assert max(rows_seen) <= window + table.page_rows


async def test_the_screen_below_is_rendered_before_pagedown(session):
    add_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(140, 30)) as pilot:
        table = app.screen.query_one(JobsTable)
        await until(pilot, lambda: table.total is not None)
        await pilot.press("pagedown")
        await settle(pilot)
        drawn = []
        render = table._render_text_cell

        def counted(row_index, *args):
            drawn.append(row_index)
            return render(row_index, *args)

        table._render_text_cell = counted
        table._prerender = lambda: None  # count what drawing the next screen renders
        cursor = table.cursor_row
        await pilot.press("pagedown")
        await pilot.pause()
        assert table.cursor_row > cursor + 5
        # Only the cursor's row (and the one it left) are drawn anew: the rest were ready.
        fresh = set(drawn) - {cursor, table.cursor_row}
        assert drawn and not fresh, sorted(fresh)
