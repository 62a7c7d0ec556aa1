"""`e`: write the jobs under the current filter to a CSV, JSON or JSONL file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from jobtui.paths import expand_user
from jobtui.tui import data
from jobtui.tui.data import EXPORT_FORMATS, JobFilter

if TYPE_CHECKING:
    from jobtui.tui.app import JobtuiApp


def default_export_path() -> Path:
    return Path.home() / f"jobtui-jobs-{date.today().isoformat()}.csv"


class ExportScreen(ModalScreen[None]):
    """Asks for a file name, then exports on a worker thread and reports how many rows."""

    if TYPE_CHECKING:  # the app these screens run in: typed session, rerate, clock...
        @property
        def app(self) -> JobtuiApp: ...

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-cancel")]

    def __init__(self, flt: JobFilter) -> None:
        super().__init__()
        self.flt = flt

    def compose(self) -> ComposeResult:
        shown = self.flt.describe() or "no filter"
        if self.flt.query:
            shown += f"; search '{self.flt.query}'"
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label(Text("Export jobs", style="bold"))
            yield Static(Text(f"The jobs shown now ({shown}), with ratings and statuses. "
                              "The format follows the extension: .csv, .json or .jsonl."))
            yield Input(str(default_export_path()), id="export-path")
            yield Static("", id="export-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Cancel (Esc)", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-go":
            self.start_export()
        else:
            self.action_cancel()

    def on_input_submitted(self) -> None:
        self.start_export()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def start_export(self) -> None:
        raw = self.query_one(Input).value.strip()
        path = expand_user(raw)
        error = ""
        if not raw:
            error = "Type a file name."
        elif path.suffix.lower() not in EXPORT_FORMATS:
            error = f"The file must end in {', '.join(EXPORT_FORMATS)}."
        elif not path.parent.is_dir():
            error = f"The folder {path.parent} does not exist."
        if error:
            self.query_one("#export-error", Static).update(Text(error))
            return
        self.query_one("#export-go", Button).disabled = True
        self.export(path)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False,
          description="exporting jobs")
    def export(self, path: Path) -> None:
        try:
            count = data.export_jobs(self.app.session.user, self.flt, path)
        except Exception as exc:  # a bad path, a full disk, a locked database: say which
            message = str(exc) if isinstance(exc, OSError) else data.failure_message(exc)
            self.app.call_from_thread(self._failed, message)
            return
        self.app.call_from_thread(self._done, count, path)

    def _failed(self, message: str) -> None:
        self.query_one("#export-error", Static).update(Text(message))
        self.query_one("#export-go", Button).disabled = False

    def _done(self, count: int, path: Path) -> None:
        self.app.notify(f"Exported {count:,} jobs to {path}", markup=False)
        self.dismiss(None)
