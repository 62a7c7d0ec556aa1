"""The jobs table draws its cells in one pass (FastTable): exactly what DataTable draws."""

from __future__ import annotations

from textual.coordinate import Coordinate
from textual.widgets import DataTable

from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.tui_demo import demo_session, settle


async def test_fast_cells_are_what_datatable_renders():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot)
            table = app.screen.query_one(JobsTable)
            table.hover_coordinate = Coordinate(2, 1)
            compared = 0
            for row in range(len(table.job_rows)):
                style = table._get_row_style(row, table.rich_style)
                for column, spec in enumerate(table.ordered_columns):
                    width = spec.get_render_width(table)
                    for cursor, hover in ((False, False), (True, False), (False, True)):
                        fast = table._render_text_cell(row, column, style, width, cursor,
                                                       hover)
                        slow = DataTable._render_cell(table, row, column, style, width,
                                                      cursor, hover)
                        assert fast == slow, (row, column, cursor, hover)
                        compared += 1
            assert compared == len(table.job_rows) * len(table.ordered_columns) * 3 > 100
    finally:
        demo.close()
