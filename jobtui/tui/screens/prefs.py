"""`p`: preferences, the rules that filter jobs out before the model sees them. The same
parsing and checks as `jobtui prefs set`; saving re-evaluates every stored job."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from jobtui.preferences import PreferenceError, Preferences, with_text

# (preference, label, placeholder) in form order; remote_only is a Select.
FIELDS = (
    ("exclude_title", "Exclude titles with", "nurse, driver, senior"),
    ("require_title", "Titles must have one of", "python, data"),
    ("exclude_company", "Exclude companies", "Globex, Initech"),
    ("locations", "Acceptable places", "Austin, Denver, remote"),
    ("min_salary", "Minimum yearly salary", "90k, or 70k EUR"),
    ("rates", "Exchange rates (USD per unit)", "EUR=1.08, GBP=1.27"),
    ("job_types", "Job types", "fulltime, contract"),
    ("max_age_days", "Posted within (days)", "30"),
)


def _text(prefs: Preferences, name: str) -> str:
    """A preference as the form shows it (what ``with_text`` reads back)."""
    value = getattr(prefs, name)
    if name == "min_salary":
        return "" if value is None else f"{value:g} {prefs.currency}"
    if name == "rates":
        return ", ".join(f"{code}={rate:g}" for code, rate in sorted(value.items()))
    if name == "max_age_days":
        return "" if value is None else str(value)
    return ", ".join(value)


class PrefsScreen(ModalScreen[Preferences | None]):
    """Edits the user's preferences; returns the new ones on Save, None on cancel."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="prefs-cancel"),
        Binding("ctrl+s", "save", "Save", id="prefs-save"),
    ]

    def __init__(self, current: Preferences, filtered: int) -> None:
        super().__init__()
        self.current = current
        self.filtered = filtered

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="prefs-dialog"):
            yield Static(Text("Preferences", style="bold"))
            yield Static(Text(
                f"Jobs that fail a rule are never sent to the model; {self.filtered} are "
                "filtered out now (shift+p shows them). Empty = no rule.", style="dim"))
            with Grid(classes="form-grid", id="prefs-grid"):
                for name, label, hint in FIELDS[:3]:
                    yield Label(label)
                    yield Input(_text(self.current, name), placeholder=hint, id=name)
                yield Label("Remote only")
                yield Select([("yes", "yes"), ("no", "no")], allow_blank=False,
                             value="yes" if self.current.remote_only else "no",
                             id="remote_only")
                for name, label, hint in FIELDS[3:]:
                    yield Label(label)
                    yield Input(_text(self.current, name), placeholder=hint, id=name)
            yield Static("", id="prefs-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#exclude_title").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"save": self.action_save, "cancel": self.action_cancel}[event.button.id]()

    def on_input_submitted(self) -> None:
        self.action_save()

    def read_prefs(self) -> Preferences:
        """The preferences the form describes, or PreferenceError naming the bad one."""
        prefs = Preferences(currency=self.current.currency)
        prefs = with_text(prefs, "rates", self.query_one("#rates", Input).value)
        for name, _, _ in FIELDS:
            if name != "rates":
                prefs = with_text(prefs, name, self.query_one(f"#{name}", Input).value)
        return with_text(prefs, "remote_only", str(self.query_one("#remote_only", Select).value))

    def action_save(self) -> None:
        try:
            prefs = self.read_prefs()
        except PreferenceError as exc:
            error = self.query_one("#prefs-error", Static)
            error.update(Text(str(exc)))
            self.call_after_refresh(error.scroll_visible, animate=False)
            return
        self.dismiss(prefs)

    def action_cancel(self) -> None:
        self.dismiss(None)
