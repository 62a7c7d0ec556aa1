"""`u`: pick a resume file, preview its redacted text (placeholders highlighted) and its token
count against the budget, and only then store it. Redaction runs on a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Label, Static

from jobtui.errors import JobtuiError
from jobtui.paths import expand_user
from jobtui.patterns import PLACEHOLDER
from jobtui.tui import data, text

if TYPE_CHECKING:
    from jobtui.tui.app import JobtuiApp

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown")


def preview_text(redacted: str) -> Text:
    """The redacted resume shown literally, with every <PLACEHOLDER> highlighted."""
    shown = Text(text.clean(redacted))
    shown.highlight_regex(PLACEHOLDER, style="bold black on yellow")
    return shown


def summary_line(prepared, budget: int) -> Text:
    over = prepared.tokens_after > budget
    line = Text(f"{prepared.tokens_after:,} tokens (budget {budget:,}; "
                f"{prepared.tokens_before:,} before trimming)",
                style="bold red" if over else "green")
    removed = ", ".join(f"{count} {kind}" for kind, count in sorted(prepared.counts.items())
                        if count)
    line.append("\nRemoved: " + (removed or "nothing found to remove"), style="")
    return line


class ResumeScreen(ModalScreen[bool]):
    """Returns True when a resume was stored."""

    if TYPE_CHECKING:  # the app these screens run in: typed session, rerate, clock...
        @property
        def app(self) -> JobtuiApp: ...

    BINDINGS = [
        Binding("escape", "cancel", "Close", id="resume-close"),
        Binding("ctrl+o", "browse", "Browse files", id="resume-browse"),
        Binding("ctrl+r", "preview", "Preview", id="resume-preview"),
        Binding("ctrl+s", "store", "Store", id="resume-store"),
        Binding("ctrl+n", "accept_names", "Remove suggested names", id="resume-accept-names"),
    ]

    def __init__(self, settings) -> None:
        super().__init__()
        self.settings = settings
        self.prepared = None
        self.suggested: list[str] = []
        """Names the local model found that the preview still shows (model_names on)."""
        self.accepted: list[str] = []
        """Suggested names the user chose to remove; they apply to this file's preview."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="resume-dialog"):
            yield Static(Text("Resume", style="bold"))
            yield Static(Text("Loading the active resume…", style="dim"), id="resume-active")
            yield Label("File (PDF, DOCX, TXT or Markdown)")
            with Horizontal(id="resume-path-row"):
                yield Input(placeholder="~/Documents/resume.pdf", id="resume-path")
                yield Button("Browse (ctrl+o)", id="browse")
            yield DirectoryTree(str(Path.home()), id="resume-tree", classes="hidden")
            yield Static("", id="resume-error", classes="error")
            yield Static("", id="resume-summary")
            yield Static("", id="resume-suggestions")
            with VerticalScroll(id="resume-preview-box"):
                yield Static(Text("Nothing is stored until you press Store.", style="dim"),
                             id="resume-preview")
            with Horizontal(classes="buttons"):
                yield Button("Preview (ctrl+r)", variant="primary", id="preview")
                yield Button("Store (ctrl+s)", variant="success", id="store", disabled=True)
                yield Button("Close (Esc)", id="close")

    def on_mount(self) -> None:
        self.query_one("#resume-path").focus()
        self.load_active()

    @work(thread=True, exclusive=True, group="resume-active", exit_on_error=False,
          description="reading the active resume")
    def load_active(self) -> None:
        active = data.active_resume(self.app.session.user)
        if active is None:
            line = Text("No resume yet: jobs cannot be rated until you add one.",
                        style="yellow")
        else:
            name = text.one_line(active.file_url or "resume", 80)
            line = Text(f"Active: {name} · {active.token_count:,} tokens · "
                        f"added {text.when(active.date_uploaded)}")
        self.app.call_from_thread(self.query_one("#resume-active", Static).update, line)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"browse": self.action_browse, "preview": self.action_preview,
         "store": self.action_store, "close": self.action_cancel}[event.button.id]()

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_browse(self) -> None:
        tree = self.query_one("#resume-tree", DirectoryTree)
        tree.toggle_class("hidden")
        if not tree.has_class("hidden"):
            tree.focus()

    @on(DirectoryTree.FileSelected)
    def _file_picked(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#resume-path", Input).value = str(event.path)
        self.query_one("#resume-tree").add_class("hidden")
        self.action_preview()

    @on(Input.Submitted, "#resume-path")
    def _path_entered(self) -> None:
        self.action_preview()

    @on(Input.Changed, "#resume-path")
    def _path_changed(self) -> None:
        # A preview belongs to one file: changing the path means previewing again first.
        self.prepared = None
        self.accepted, self.suggested = [], []
        self.query_one("#resume-suggestions", Static).update("")
        self.query_one("#store", Button).disabled = True

    def action_preview(self) -> None:
        raw = self.query_one("#resume-path", Input).value.strip()
        error = self.query_one("#resume-error", Static)
        if not raw:
            error.update(Text("Type a file path or browse for one."))
            return
        error.update(Text("Reading and redacting… (the first time loads Presidio)", style="dim"))
        self.query_one("#store", Button).disabled = True
        self.prepare(expand_user(raw))

    @work(thread=True, exclusive=True, group="resume-prepare", exit_on_error=False,
          description="redacting the resume")
    def prepare(self, path: Path) -> None:
        try:
            # The settings' redact_terms are applied inside prepare_resume.
            prepared = data.prepare_resume(path, self.settings.privacy,
                                           self.settings.rating.resume_tokens, self.accepted)
        except (JobtuiError, OSError) as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._previewed, prepared)

    def _failed(self, message: str) -> None:
        self.query_one("#resume-error", Static).update(Text(message))

    def _previewed(self, prepared) -> None:
        self.prepared = prepared
        self.query_one("#resume-error", Static).update("")
        self.query_one("#resume-summary", Static).update(
            summary_line(prepared, self.settings.rating.resume_tokens))
        self.query_one("#resume-preview", Static).update(preview_text(prepared.text))
        self.query_one("#store", Button).disabled = False
        if self.settings.privacy.model_names:
            self.query_one("#resume-suggestions", Static).update(
                Text("Asking your local model for names the rules missed…", style="dim"))
            self.suggest(prepared)

    @work(thread=True, exclusive=True, group="resume-names", exit_on_error=False,
          description="asking the local model for names")
    def suggest(self, prepared) -> None:
        try:
            names = data.suggest_names(prepared, self.settings.rating)
        except (JobtuiError, OSError) as exc:
            self.app.call_from_thread(self._suggested, prepared, [], f"Names check: {exc}")
            return
        self.app.call_from_thread(self._suggested, prepared, names, "")

    def _suggested(self, prepared, names: list[str], problem: str) -> None:
        if prepared is not self.prepared:
            return  # the file or the preview changed meanwhile
        self.suggested = names
        line = self.query_one("#resume-suggestions", Static)
        if problem:
            line.update(Text(problem, style="yellow"))
        elif names:
            line.update(Text("Your local model also found: " + ", ".join(names)
                             + " — ctrl+n removes them (the preview is redone)", style="bold"))
        else:
            line.update(Text("Your local model found no other names.", style="dim"))

    def action_accept_names(self) -> None:
        if not self.suggested or self.prepared is None:
            return
        self.accepted = [*self.accepted, *self.suggested]
        self.suggested = []
        self.query_one("#resume-suggestions", Static).update(
            Text("Removing the accepted names…", style="dim"))
        self.query_one("#store", Button).disabled = True
        self.prepare(self.prepared.source_path)

    def action_store(self) -> None:
        if self.prepared is None:
            self.query_one("#resume-error", Static).update(Text("Preview the file first."))
            return
        self.query_one("#store", Button).disabled = True
        self.store(self.prepared)

    @work(thread=True, exclusive=True, group="resume-store", exit_on_error=False,
          description="storing the resume")
    def store(self, prepared) -> None:
        try:
            resume_id, created = data.store_resume(self.app.session.user, prepared)
        except Exception as exc:  # a bad file, or a full disk / locked database: say which
            self.app.call_from_thread(self._failed, data.failure_message(exc))
            return
        word = "Stored" if created else "Already stored; made active"
        self.app.call_from_thread(self._stored, f"{word}: resume #{resume_id}. "
                                  "Jobs will be rated against it.")

    def _stored(self, message: str) -> None:
        self.app.notify(message, markup=False)
        self.dismiss(True)
