"""`C`: the company career pages you watch (Greenhouse, Lever, Ashby, Workable,
SmartRecruiters, Recruitee): add one by "system:slug" or its careers-page address, remove the
highlighted one. Their jobs arrive with the next scrape and are rated like the rest."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from jobtui.errors import JobtuiError
from jobtui.tui import data, text
from jobtui.tui.data import CompanyOverview


def company_prompt(c: CompanyOverview, width: int = 70) -> Text:
    """Two lines: the page, name and counts; the last run's status (red when it failed)."""
    best = f" · best {c.best_rating}" if c.best_rating is not None else ""
    prompt = Text(text.one_line(f"{c.spec} · {c.name}", width), style="bold")
    prompt.append(f"\n{c.new_jobs} new / {c.total_jobs}{best} · last run {text.when(c.last_run)}")
    bad = not c.status.startswith(("ok", "not run yet"))
    prompt.append(f"\n{text.one_line(c.status, width)}", style="bold red" if bad else "dim")
    return prompt


class CompaniesScreen(ModalScreen[bool]):
    """Returns True when a company was added or removed."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="companies-close"),
        Binding("delete", "remove", "Remove", id="companies-remove"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.changed = False
        self.summaries: list[CompanyOverview] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="companies-dialog"):
            yield Label(Text("Watched companies", style="bold"))
            yield Static(Text("Read on the saved searches' schedule; R scrapes now.", style="dim"))
            yield Input(placeholder="greenhouse:stripe, lever:…, ashby:…, workable:…, "
                        "smartrecruiters:…, recruitee:… or a careers page URL",
                        id="company-spec")
            yield Input(placeholder="company name as job boards write it (optional)",
                        id="company-name")
            yield Static("", id="company-error", classes="error")
            yield OptionList(id="companies-list")
            with Horizontal(classes="buttons"):
                yield Button("Add (Enter)", variant="primary", id="company-add")
                yield Button("Remove (Del)", id="company-remove")
                yield Button("Close (Esc)", id="company-close")

    def on_mount(self) -> None:
        self.query_one("#company-spec").focus()
        self.load_companies()

    @work(thread=True, exclusive=True, group="companies", exit_on_error=False,
          description="loading watched companies")
    def load_companies(self) -> None:
        summaries = data.company_summaries(self.app.session.user)
        self.app.call_from_thread(self._show, summaries)

    def _show(self, summaries: list[CompanyOverview]) -> None:
        self.summaries = summaries
        listing = self.query_one(OptionList)
        listing.clear_options()
        if not summaries:
            listing.add_option(Option(Text("No watched companies yet.", style="dim"),
                                      disabled=True))
            return
        options: list[Option | None] = []
        for c in summaries:
            options += [Option(company_prompt(c), id=str(c.id)), None]
        listing.add_options(options[:-1])
        listing.highlighted = 0  # Del acts on what is shown highlighted, without arrowing first

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_add()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {"company-add": self.action_add, "company-remove": self.action_remove,
                   "company-close": self.action_close}
        actions[event.button.id]()

    def action_add(self) -> None:
        spec = self.query_one("#company-spec", Input).value.strip()
        if not spec:
            self._error("Type a company page, e.g. greenhouse:stripe.")
            return
        self.save_company(spec, self.query_one("#company-name", Input).value)

    @work(thread=True, group="company-writes", exit_on_error=False,
          description="watching a company")
    def save_company(self, spec: str, name: str) -> None:
        try:
            added = data.add_company(self.app.session.user, spec, name)
        except JobtuiError as exc:
            self.app.call_from_thread(self._error, str(exc))
            return
        self.app.call_from_thread(self._added, added)

    def _added(self, added: CompanyOverview) -> None:
        self.changed = True
        self._error("")
        self.query_one("#company-spec", Input).value = ""
        self.query_one("#company-name", Input).value = ""
        self.notify(f"Watching {added.spec} ({added.name}).", timeout=3, markup=False)
        self.load_companies()

    def action_remove(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None or not self.summaries:
            self._error("Highlight a company in the list to remove it.")
            return
        option_id = listing.get_option_at_index(listing.highlighted).id
        if option_id is not None:
            self.drop_company(int(option_id))

    @work(thread=True, group="company-writes", exit_on_error=False,
          description="removing a company")
    def drop_company(self, company_id: int) -> None:
        try:
            data.remove_company(self.app.session.user, company_id)
        except JobtuiError as exc:
            self.app.call_from_thread(self._error, str(exc))
            return
        self.app.call_from_thread(self._removed)

    def _removed(self) -> None:
        self.changed = True
        self.notify("Stopped watching it; its jobs stay.", timeout=3)
        self.load_companies()

    def _error(self, message: str) -> None:
        self.query_one("#company-error", Static).update(Text(message))

    def action_close(self) -> None:
        self.dismiss(self.changed)
