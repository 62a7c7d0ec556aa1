"""`l`: the stored scrape runs per board (found, new, errors, back-off), then what the
background worker did in this session (ratings, failures, state changes), updated live."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Footer, RichLog, Static

from jobtui.tui import data, text
from jobtui.tui.data import RunRecord, local_time

if TYPE_CHECKING:
    from jobtui.tui.app import JobtuiApp


def run_line(run: RunRecord) -> Text:
    """One board's answer to one search run, e.g. "search #2 linkedin: 25 found, 4 new"."""
    line = Text(f"{local_time(run.started_at)}  ", style="dim")
    line.append(f"search #{run.search_id} {text.one_line(run.site, 30)}: "
                f"{run.jobs_found} found, {run.jobs_new} new")
    if run.error:
        code = f"{run.http_status} " if run.http_status and not run.error.startswith(
            str(run.http_status)) else ""
        line.append(f" · {code}{text.one_line(run.error, 200)}", style="red")
    if run.backoff_until:
        line.append(f" · backing off until {local_time(run.backoff_until)}", style="yellow")
    for warning in run.warnings:
        line.append(f" · warning: {text.one_line(warning, 200)}", style="yellow")
    return line


class ActivityScreen(ModalScreen[None]):
    """Shows stored runs and the app's activity entries; the app calls ``add`` for new ones."""

    if TYPE_CHECKING:  # the app these screens run in: typed session, rerate, clock...
        @property
        def app(self) -> JobtuiApp: ...

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="activity-close"),
        Binding("l", "dismiss", "Close", show=False, id="activity-close-l"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Text("Activity (newest at the bottom) · Esc closes", style="bold"),
                     id="activity-title")
        yield RichLog(id="activity-log", wrap=True, markup=False, highlight=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load_runs()

    @work(thread=True, exclusive=True, group="activity", exit_on_error=False,
          description="reading scrape runs")
    def load_runs(self) -> None:
        runs = data.scrape_history()
        self.app.call_from_thread(self._show, runs)

    def _show(self, runs: list[RunRecord]) -> None:
        log = self.query_one(RichLog)
        log.write(Text("Scrape runs", style="bold"))
        if not runs:
            log.write(Text("No scrape runs yet.", style="dim"))
        for run in runs:
            log.write(run_line(run))
        log.write(Text("This session", style="bold"))
        entries = list(self.app.activity_log)
        if not entries:
            log.write(Text("Nothing yet: ratings, failures and worker states will show here.",
                           style="dim"))
        for entry in entries:
            log.write(entry)

    def add(self, entry: Text) -> None:
        self.query_one(RichLog).write(entry)
