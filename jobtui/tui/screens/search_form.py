"""`+` / `E`: add or edit a saved search; each field's error is shown under it.

The choices (boards, countries, job types) come from JobSpy through ``jobtui.scrape.boards``,
loaded on a worker thread because importing JobSpy takes a moment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static

from jobtui.config import ScrapingSettings
from jobtui.errors import JobtuiError
from jobtui.tui import data
from jobtui.tui.data import SearchView

if TYPE_CHECKING:
    from jobtui.tui.app import JobtuiApp


@dataclass(frozen=True)
class Choices:
    sites: list[str]
    countries: list[str]
    job_types: list[str]


FIELDS = ("terms", "location", "sites", "country", "results", "job-type", "interval")


class SearchFormScreen(ModalScreen[int | None]):
    """Returns the saved search's id, or None when cancelled."""

    if TYPE_CHECKING:  # the app these screens run in: typed session, rerate, clock...
        @property
        def app(self) -> JobtuiApp: ...

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="search-form-cancel"),
        Binding("ctrl+s", "save", "Save", id="search-form-save"),
    ]

    def __init__(self, search: SearchView | None, defaults: ScrapingSettings) -> None:
        super().__init__()
        self.search = search
        self.defaults = defaults
        self.choices: Choices | None = None

    def compose(self) -> ComposeResult:
        s, d = self.search, self.defaults
        title = "New saved search" if s is None else f"Edit saved search #{s.id}"
        with VerticalScroll(classes="dialog", id="search-form"):
            yield Static(Text(title, style="bold"))
            yield Label("Search terms (comma-separated; one scrape per term)")
            yield Input(", ".join(s.search_term) if s else "", id="terms",
                        placeholder="python developer, data engineer")
            yield Static("", id="terms-error", classes="error")
            yield Label("Location")
            yield Input((s.location or "") if s else "", id="location",
                        placeholder="Berlin, Germany (empty: anywhere)")
            yield Static("", id="location-error", classes="error")
            yield Label("Boards")
            yield SelectionList(id="sites")
            yield Static("", id="sites-error", classes="error")
            yield Label("Country (Indeed and Glassdoor)")
            yield Select([], prompt="loading…", id="country")
            yield Static("", id="country-error", classes="error")
            yield Label("Results per board and term (1-1000)")
            yield Input(str(s.results_wanted if s else d.results_wanted), id="results",
                        type="integer")
            yield Static("", id="results-error", classes="error")
            yield Checkbox("Remote only", value=bool(s.is_remote) if s else False, id="remote")
            yield Label("Job type")
            yield Select([], prompt="any", id="job-type")
            yield Static("", id="job-type-error", classes="error")
            yield Label(f"Run every (hours; empty: the default {d.interval_hours:g})")
            yield Input(f"{s.interval_hours:g}" if s and s.interval_hours else "",
                        id="interval", type="number")
            yield Static("", id="interval-error", classes="error")
            yield Static("", id="form-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save", disabled=True)
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#terms").focus()
        self.load_choices()

    @work(thread=True, exclusive=True, group="search-choices", exit_on_error=False,
          description="loading JobSpy's boards and countries")
    def load_choices(self) -> None:
        choices = Choices(*data.search_choices())
        self.app.call_from_thread(self._fill_choices, choices)

    def _fill_choices(self, choices: Choices) -> None:
        self.choices = choices
        s, d = self.search, self.defaults
        chosen = list(s.job_source) if s else list(d.boards)
        self.query_one("#sites", SelectionList).add_options(
            [(site, site, site in chosen) for site in choices.sites]
        )
        country = (s.country if s else d.country) or "usa"
        select = self.query_one("#country", Select)
        select.set_options([(c, c) for c in choices.countries])
        if country in choices.countries:
            select.value = country
        job_type = self.query_one("#job-type", Select)
        job_type.set_options([(t, t) for t in choices.job_types])
        if s and s.job_type in choices.job_types:
            job_type.value = s.job_type
        self.query_one("#save", Button).disabled = False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        if self.choices is None:
            return
        for name in (*FIELDS, "form"):
            self.query_one(f"#{name}-error", Static).update("")
        fields, errors = self.read_fields()
        for name, message in errors.items():
            self.query_one(f"#{name}-error", Static).update(Text(message))
        if errors:
            # On a short terminal the first error may sit below the fold; show it once laid out.
            first = self.query_one(f"#{next(iter(errors))}-error", Static)
            self.call_after_refresh(first.scroll_visible, animate=False)
        else:
            self.query_one("#save", Button).disabled = True
            self.save(fields)

    def read_fields(self) -> tuple[dict, dict[str, str]]:
        """The search parameters the form holds, and a one-line error per bad field."""
        validate = data.search_validators()
        errors: dict[str, str] = {}
        fields: dict = {}

        def check(name: str, func, *args):
            try:
                return func(*args)
            except (JobtuiError, ValueError) as exc:
                errors[name] = str(exc)
                return None

        terms = self.query_one("#terms", Input).value.split(",")
        fields["search_term"] = check("terms", validate["terms"], terms)
        fields["location"] = self.query_one("#location", Input).value.strip() or None
        sites = list(self.query_one("#sites", SelectionList).selected)
        if not sites:
            errors["sites"] = "Pick at least one board."
        else:
            fields["job_source"] = check("sites", validate["sites"], sites)
        country = self.query_one("#country", Select).value
        fields["country"] = check("country", validate["country"],
                                  "usa" if country == Select.NULL else str(country))
        raw = self.query_one("#results", Input).value.strip()
        fields["results_wanted"] = check("results", validate["results"],
                                         int(raw) if raw.isdigit() else raw)
        fields["is_remote"] = self.query_one("#remote", Checkbox).value
        job_type = self.query_one("#job-type", Select).value
        fields["job_type"] = None if job_type == Select.NULL else check(
            "job-type", validate["job-type"], str(job_type))
        raw = self.query_one("#interval", Input).value.strip()
        try:
            hours = float(raw) if raw else None
        except ValueError:
            errors["interval"] = f"interval must be a number of hours, got '{raw[:20]}'"
        else:
            fields["interval_hours"] = check("interval", validate["interval"], hours)
        return fields, errors

    @work(thread=True, exclusive=True, group="search-save", exit_on_error=False,
          description="saving the search")
    def save(self, fields: dict) -> None:
        user = self.app.session.user
        search_id = None if self.search is None else self.search.id
        try:
            saved_id, warnings = data.save_search(user, search_id, fields)
        except Exception as exc:  # a bad value, or a full disk / locked database: say which
            self.app.call_from_thread(self._save_failed, data.failure_message(exc))
            return
        # Said now, not after a run: which board will ignore or skip which option.
        for warning in warnings:
            self.app.call_from_thread(self.app.notify, warning, severity="warning",
                                      timeout=8, markup=False)
        self.app.call_from_thread(self.dismiss, saved_id)

    def _save_failed(self, message: str) -> None:
        self.query_one("#form-error", Static).update(Text(message))
        self.query_one("#save", Button).disabled = False
