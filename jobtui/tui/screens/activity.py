"""`l`: what the background worker did in this session (scrape runs per board, ratings,
failures, state changes), newest last, updated live."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Footer, RichLog, Static


class ActivityScreen(ModalScreen[None]):
    """Shows the app's activity entries; the app calls ``add`` for each new one."""

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
        log = self.query_one(RichLog)
        entries = list(self.app.activity_log)
        if not entries:
            log.write(Text("Nothing yet: scrape runs, ratings and errors will show here.",
                           style="dim"))
        for entry in entries:
            log.write(entry)

    def add(self, entry: Text) -> None:
        self.query_one(RichLog).write(entry)
