"""`n`: write a private note on a job."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea

from jobtui.tui import text


class NoteScreen(ModalScreen[str | None]):
    """Returns the note text (empty removes it) or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note-save"),
        Binding("escape", "cancel", "Cancel", id="note-cancel"),
    ]

    def __init__(self, job_title: str, note: str) -> None:
        super().__init__()
        self.job_title = job_title
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog"):
            yield Label(Text("Note on " + text.one_line(self.job_title, 70), style="bold"))
            yield TextArea(self.note, id="note-text")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="note-save")
                yield Button("Cancel (Esc)", id="note-cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "note-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
