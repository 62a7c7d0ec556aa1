"""`f`: narrow the jobs table (minimum fit, remote, board, status, age, salary)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from jobtui.salary import SalaryError, parse_minimum
from jobtui.tui.data import (
    APPLICATION_STATUSES,
    MIN_RATING_RANGE,
    POSTED_WITHIN_RANGE,
    JobFilter,
)

REMOTE_CHOICES = [("remote only", True), ("on-site only", False)]


class FilterError(ValueError):
    """A filter field holds something that is not allowed (shown under the form)."""


def _number(raw: str, name: str, low: float, high: float | None, whole: bool) -> float | None:
    raw = raw.strip().replace(",", "").replace("_", "")
    if not raw:
        return None
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise FilterError(f"{name} must be {kind}, not '{raw[:20]}'") from None
    if value < low or (high is not None and value > high):
        limits = f"{low:g} to {high:g}" if high is not None else f"at least {low:g}"
        raise FilterError(f"{name} must be {limits}")
    return value


class FilterScreen(ModalScreen[JobFilter | None]):
    """Edits a copy of the current JobFilter; returns it on Apply, None on cancel."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="filters-cancel"),
        Binding("ctrl+s", "apply", "Apply", id="filters-apply"),
        Binding("ctrl+r", "clear", "Clear all", id="filters-clear"),
    ]

    def __init__(self, current: JobFilter, boards: list[str]) -> None:
        super().__init__()
        self.current = current
        self.boards = boards

    def compose(self) -> ComposeResult:
        c = self.current
        with VerticalScroll(classes="dialog", id="filters-dialog"):
            yield Static("[b]Filter jobs[/b]  (empty = any)")
            with Grid(id="filters-grid", classes="form-grid"):
                yield Label("Minimum fit (0-100)")
                yield Input("" if c.min_rating is None else str(c.min_rating),
                            id="min-rating", type="integer")
                yield Label("Remote")
                yield Select(REMOTE_CHOICES, value=c.remote if c.remote is not None
                             else Select.NULL, prompt="any", id="remote")
                yield Label("Board")
                yield Select([(b, b) for b in self.boards], prompt="any", id="site",
                             value=c.site if c.site in self.boards else Select.NULL)
                yield Label("Status")
                yield Select([(s, s) for s in APPLICATION_STATUSES], prompt="any (not hidden)",
                             id="status-filter", value=c.status or Select.NULL)
                yield Label("Posted within (days)")
                yield Input("" if c.posted_within_days is None else str(c.posted_within_days),
                            id="posted-within", type="integer")
                yield Label("Minimum salary")
                yield Input("" if c.min_salary is None
                            else f"{c.min_salary:.0f} {c.salary_currency}",
                            id="min-salary", placeholder="yearly: 90k, or 70k EUR")
            yield Static("", id="filters-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Apply (ctrl+s)", variant="primary", id="apply")
                yield Button("Clear all", id="clear")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#min-rating").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"apply": self.action_apply, "clear": self.action_clear,
         "cancel": self.action_cancel}[event.button.id]()

    def on_input_submitted(self) -> None:
        self.action_apply()

    def read_filter(self) -> JobFilter:
        """The filter the form describes, or FilterError naming the bad field."""

        def value(widget_id: str) -> str:
            return self.query_one(f"#{widget_id}", Input).value

        def choice(widget_id: str):
            selected = self.query_one(f"#{widget_id}", Select).value
            return None if selected == Select.NULL else selected

        min_rating = _number(value("min-rating"), "Minimum fit", *MIN_RATING_RANGE, True)
        days = _number(value("posted-within"), "Posted within", *POSTED_WITHIN_RANGE, True)
        salary, currency = None, self.current.salary_currency
        if value("min-salary").strip():
            try:
                salary, currency = parse_minimum(value("min-salary"), currency)
            except SalaryError as exc:
                raise FilterError(f"Minimum salary: {exc}") from None
        return self.current.with_(salary_currency=currency,
            min_rating=None if min_rating is None else int(min_rating),
            remote=choice("remote"), site=choice("site"), status=choice("status-filter"),
            posted_within_days=None if days is None else int(days), min_salary=salary,
        )

    def action_apply(self) -> None:
        try:
            flt = self.read_filter()
        except FilterError as exc:
            error = self.query_one("#filters-error", Static)
            error.update(Text(str(exc)))
            # On a short terminal the dialog scrolls and the error sits below the fold
            # (scrolled to after the refresh, once the message has its height).
            self.call_after_refresh(error.scroll_visible, animate=False)
            return
        self.dismiss(flt)

    def action_clear(self) -> None:
        self.dismiss(JobFilter(search_id=self.current.search_id, query=self.current.query,
                               sort=self.current.sort))

    def action_cancel(self) -> None:
        self.dismiss(None)
