"""The full-screen app."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from jobtui.session import Session
from jobtui.store import jobs, searches


class JobtuiApp(App):
    TITLE = "jobtui"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield Header()
        count = len(searches.searches_for_user(self.session.user))
        yield Static(
            f"{count} saved searches, {jobs.count_jobs()} jobs in {self.session.settings.db_path}",
            id="summary",
        )
        yield Footer()
