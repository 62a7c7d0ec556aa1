"""Whatever a board sends is shown literally and cannot crash the app or run an action."""

from __future__ import annotations

from datetime import date

from jobtui.db.models import Job, SearchJob
from jobtui.store import searches
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from tests.tui_demo import settle

MARKUP = "[bold red]x[/] [link=https://evil.example]click[/link] [@click=app.quit]quit[/]"
ANSI = "\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 \x1b[2J"
CONTROL = "tab\there\x00nul\x07bell\x08back\x1b"
RTL = "מפתח/ת פייתון בכיר/ה · مهندس برمجيات أول 👩‍💻🚀"
LONG = "Senior " * 1500  # 10,500 characters


def add_hostile_jobs(user) -> dict[str, int]:
    search = searches.find_or_create_search(user, search_term=["x"], job_source=["indeed"])
    rows = {
        "markup": dict(title=MARKUP, company="[red]Evil[/red]",
                       description=f"# {MARKUP}\n\nBody {MARKUP}\n\n[link](javascript:alert(1))"),
        "ansi": dict(title=ANSI, company=ANSI, location=ANSI, description=ANSI),
        "control": dict(title=CONTROL, company=CONTROL, description=CONTROL),
        "rtl": dict(title=RTL, company="شركة", location="תל אביב", description=RTL),
        "long": dict(title=LONG, company=LONG, location=LONG, description=LONG * 10),
    }
    ids = {}
    for n, (name, fields) in enumerate(rows.items()):
        job = Job.create(job_url=f"https://example.com/{name}", site="indeed",
                         date_posted=date(2026, 11, 20 - n), **fields)
        SearchJob.create(search=search, job=job)
        ids[name] = job.id
    return ids


def cell_texts(table: JobsTable, job_id: int) -> list[str]:
    return [cell.plain for cell in table.get_row(str(job_id))]


async def test_hostile_rows_render_literally_without_crashing(session):
    ids = add_hostile_jobs(session.user)
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        table = app.screen.query_one(JobsTable)
        assert len(table.job_rows) == 5
        title = cell_texts(table, ids["markup"])[1]
        assert title.startswith("[bold red]x[/] [link=")  # brackets shown, not styling
        assert cell_texts(table, ids["markup"])[2] == "[red]Evil[/red]"
        for cell in cell_texts(table, ids["ansi"]) + cell_texts(table, ids["control"]):
            assert "\x1b" not in cell and "\x00" not in cell and "\x07" not in cell
        assert cell_texts(table, ids["ansi"])[1] == "red"
        assert cell_texts(table, ids["rtl"])[1].startswith(RTL[:20])
        long_title = cell_texts(table, ids["long"])[1]
        assert len(long_title) <= 200 and long_title.endswith("…")

        # Walk every row so each detail pane renders, then check the first one's text.
        for _ in range(5):
            await pilot.press("j")
            await settle(pilot, rounds=2)
        await pilot.press("home")
        table.move_cursor(row=[r.id for r in table.job_rows].index(ids["markup"]))
        await settle(pilot)
        summary = str(app.screen.query_one("#detail-summary").render())
        assert MARKUP in summary
        markdown = app.screen.query_one("#detail-description")
        assert "[bold red]x[/]" in markdown.source
        rendered = "\n".join(
            str(block.render()) for block in markdown.query("MarkdownBlock")
        )
        assert "[bold red]x[/] [link=https://evil.example]click[/link]" in rendered
        assert app.is_running  # no action ran (e.g. [@click=app.quit])
        await pilot.click("#detail-description")
        assert app.is_running
        table.move_cursor(row=[r.id for r in table.job_rows].index(ids["rtl"]))
        await settle(pilot)
        assert RTL in str(app.screen.query_one("#detail-summary").render())
