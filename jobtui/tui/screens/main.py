"""The main screen: searches on the left, the jobs table, the detail pane, the status bar."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList
from textual.worker import Worker, get_current_worker

from jobtui.tui import data
from jobtui.tui.data import SORTS, JobFilter
from jobtui.tui.messages import JobsChanged
from jobtui.tui.screens.job_actions import JobActions
from jobtui.tui.widgets.footer import Footer
from jobtui.tui.widgets.job_detail import JobDetail
from jobtui.tui.widgets.jobs_table import JobsTable
from jobtui.tui.widgets.search_box import SearchBox
from jobtui.tui.widgets.searches_list import SearchesList
from jobtui.tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from jobtui.tui.app import JobtuiApp

DETAIL_DEBOUNCE = 0.15  # the detail pane follows the cursor once it rests (not while paging)
FAST_TYPING = 0.1  # search keys this close together are typed in a burst
SEARCH_HOLD = 0.04  # the table shows a burst key's results once the next key is this late


class MainScreen(JobActions, Screen):
    """Browse, filter and act on jobs."""

    if TYPE_CHECKING:  # the app these screens run in: typed session, rerate, clock...
        @property
        def app(self) -> JobtuiApp: ...

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-normal"), (240, "-wide")]

    BINDINGS = [
        Binding("question_mark", "app.help", "Help", key_display="?", id="help"),
        Binding("tab", "app.focus_next", "Next pane", id="next-pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="previous-pane"),
        # A priority binding runs as the app reads the key, so the letters typed right after
        # "/" (queued behind it) already find the search box focused.
        Binding("slash", "search", "Search", key_display="/", id="search", priority=True),
        Binding("f", "filters", "Filters", id="filters"),
        Binding("p", "preferences", "Preferences", show=False, id="preferences"),
        Binding("P", "toggle_filtered", "Show filtered", show=False, id="toggle-filtered"),
        Binding("s", "sort", "Sort", id="sort"),
        Binding("o", "open_job", "Open", id="open"),
        Binding("a", "mark('applied')", "Applied", id="mark-applied"),
        Binding("i", "mark('interested')", "Interested", id="mark-interested"),
        Binding("x", "mark('hidden')", "Hide", id="mark-hidden"),
        Binding("n", "note", "Note", id="note"),
        Binding("r", "rerate", "Re-rate", id="rerate"),
        Binding("R", "app.scrape_now", "Scrape now", id="scrape-now"),
        Binding("e", "export", "Export", id="export"),
        Binding("plus", "add_search", "New search", key_display="+", id="new-search"),
        Binding("E", "edit_search", "Edit search", id="edit-search"),
        Binding("u", "app.resume", "Resume", id="resume"),
        Binding("comma", "app.settings", "Settings", key_display=",", id="settings"),
        Binding("l", "app.activity", "Activity", id="activity"),
        Binding("C", "app.companies", "Companies", show=False, id="companies"),
        Binding("escape", "clear_search", "Clear search", show=False, id="clear-search"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._detail_timer = None
        # The screen being read on a worker before it opens; Esc meanwhile cancels it.
        self._opening: str | None = None
        self._searches_loaded = False
        self._detail_job_id: int | None = None  # the job the detail pane shows or will show
        self._detail_stale = False  # the jobs changed: reload the detail even for the same job
        self._last_typed = float("-inf")  # time.monotonic() of the last change of the search box
        self._hold_timer = None  # shows the results of a burst's last key once it pauses

    @property
    def session(self):
        return self.app.session

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys queued behind q do nothing: their screens would mount into a closing app."""
        if self.app.quitting:
            return False
        if action == "search" and isinstance(self.focused, SearchBox):
            return False  # "/" typed in the search box ("ui/ux") is text
        return super().check_action(action, parameters)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield SearchesList(id="searches")
            with Horizontal(id="jobs-area"):
                with Vertical(id="jobs-column"):
                    yield SearchBox(self._query_typed,
                                    placeholder="search titles, companies, descriptions "
                                    "(Enter: to the table, Esc: clear)", id="search")
                    yield JobsTable(self.session.user, self.session.settings.ui.page_size,
                                    id="jobs")
                yield JobDetail(id="detail")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#searches").border_title = "Searches"
        self.query_one("#jobs").border_title = "Jobs"
        self.query_one("#detail").border_title = "Detail"
        self.jobs.focus()
        self.watch(self.jobs, "total", lambda _: self._update_counts())
        self.jobs.load(JobFilter())

    @property
    def jobs(self) -> JobsTable:
        return self.query_one(JobsTable)

    # -- searches pane ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="searches", exit_on_error=False,
          description="loading searches")
    def refresh_searches(self) -> None:
        clock = self.app.clock
        summaries = data.search_summaries(self.session.user, clock() if clock else None)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.query_one(SearchesList).show, summaries)

    @on(OptionList.OptionHighlighted, "#searches")
    def _search_chosen(self) -> None:
        search_id = self.query_one(SearchesList).search_id
        if search_id != self.jobs.filter.search_id:
            self.jobs.load(self.jobs.filter.with_(search_id=search_id))

    # -- table and detail -------------------------------------------------------------------

    @on(JobsTable.Loaded)
    def _first_page(self) -> None:
        # Collections may run once the rows are drawn (the refresh that brought this message
        # may have been another widget's).
        self.call_after_refresh(self.app.idle_collector.release)
        self._update_counts()
        self._row_changed(force=self._detail_stale)
        self._detail_stale = False
        if not self._searches_loaded:  # after the first jobs are on screen
            self._searches_loaded = True
            self.refresh_searches()
            self.app.idle_collector.start()

    @on(DataTable.RowHighlighted, "#jobs")
    def _highlighted(self) -> None:
        self._row_changed()

    def _row_changed(self, force: bool = False) -> None:
        """Show the highlighted job's detail (only if it is another job, unless ``force``)."""
        job_id = self.jobs.current_job_id
        if job_id == self._detail_job_id and job_id is not None and not force:
            return
        self._detail_job_id = job_id
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DEBOUNCE, self._load_detail)

    def _load_detail(self) -> None:
        if not self.jobs.job_rows:
            self.query_one(JobDetail).show(None, self._empty_hint())
            return
        self.load_detail(self.jobs.current_job_id)

    def _empty_hint(self) -> str:
        flt = self.jobs.filter
        if flt.query or flt.describe():
            return "No jobs match. Change the filters with f, or clear the search with Esc."
        if flt.search_id is not None:
            return "This search has no jobs yet: they arrive after its next run (R runs it now)."
        return ("No jobs yet. Add a saved search with +, and your resume with u so jobs can be "
                "rated. To look around first: jobtui --demo")

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False,
          description="loading job detail")
    def load_detail(self, job_id: int | None) -> None:
        view = None if job_id is None else data.job_view(self.session.user, job_id)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.query_one(JobDetail).show, view)

    def _update_counts(self) -> None:
        table = self.jobs
        flt = table.filter
        parts = [f"{table.total:,} jobs" if table.total is not None else "counting…",
                 f"sort: {flt.sort}"]
        if flt.query:
            parts.append(f"search: {flt.query}")
        active = flt.describe()
        if active:
            parts.append(active)
        self.query_one(StatusBar).jobs_shown = " · ".join(parts)

    @on(JobsChanged)
    def _jobs_changed(self, message: JobsChanged) -> None:
        # Stay on the job the user moved to; a cursor still on the first row follows the top.
        keep = message.keep_job_id
        if keep is None and self.jobs.cursor_row > 0:
            keep = self.jobs.current_job_id
        self._detail_stale = True
        self.jobs.load(self.jobs.filter, keep_job_id=keep)
        self.refresh_searches()

    # -- search box -------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.add_class("-shown")
        self.set_focus(box)  # now, not via focus()'s call_later: the next key must find it

    def _query_typed(self, value: str) -> None:
        # Every keystroke starts its query at once, interrupting the one in flight for the
        # previous key (not awaiting it). A key typed in a fast burst shows its results only
        # if the next key is late (SEARCH_HOLD): drawing the table for each letter of a word
        # typed 30 ms apart kept the UI thread busy while the last letter's query ran.
        self.app.idle_collector.hold()  # no garbage collection before the rows are shown
        now = time.monotonic()
        burst = now - self._last_typed < FAST_TYPING
        self._last_typed = now
        if self._hold_timer is not None:
            self._hold_timer.stop()
        self._hold_timer = self.set_timer(SEARCH_HOLD, self.jobs.show_held) if burst else None
        self.apply_query(held=burst)

    def apply_query(self, held: bool = False) -> None:
        """Filter the table by the search box (``held``: its rows wait for
        ``JobsTable.show_held``); the rows held for earlier keys are shown now otherwise."""
        query = self.query_one("#search", Input).value.strip() or None
        if query != self.jobs.filter.query:
            self.jobs.load(self.jobs.filter.with_(query=query), held=held)
        elif not held:
            self.jobs.show_held()

    @on(Input.Submitted, "#search")
    def _query_submitted(self) -> None:
        self.apply_query()  # Enter: the results now, even in the middle of a burst
        self.jobs.focus()

    def action_clear_search(self) -> None:
        if self._opening is not None:  # Esc pressed before the screen it meant to close opened
            self._opening = None
            return
        box = self.query_one("#search", Input)
        if box.value or box.has_class("-shown"):
            box.value = ""
            box.remove_class("-shown")
            self.apply_query()
            self.jobs.focus()

    # -- filters, sort ----------------------------------------------------------------------

    def open_later(self, name: str) -> None:
        """A screen named ``name`` is being read on a worker and opens when it is read."""
        self._opening = name

    def still_wanted(self, name: str) -> bool:
        """Whether the screen read on a worker should open now: not cancelled by Esc,
        superseded by another key, or covered by another screen meanwhile."""
        wanted = self._opening == name and self.app.screen is self
        if self._opening == name:
            self._opening = None
        return wanted

    def action_filters(self) -> None:
        self.open_later("filters")
        self.load_filter_boards(self.jobs.filter)

    @work(thread=True, exclusive=True, group="filters", exit_on_error=False,
          description="reading the boards for the filter")
    def load_filter_boards(self, flt: JobFilter) -> None:
        boards = data.known_boards(self.session.user, self.session.settings.scraping.boards)
        self.app.call_from_thread(self._open_filters, flt, boards)

    def _open_filters(self, flt: JobFilter, boards: list[str]) -> None:
        from jobtui.tui.screens.filters import FilterScreen

        if not self.still_wanted("filters"):
            return

        def apply(flt: JobFilter | None) -> None:
            if flt is not None:
                self.jobs.load(flt)

        self.app.push_screen(FilterScreen(flt, boards), apply)

    def action_preferences(self) -> None:
        self.open_later("prefs")
        self.load_preferences()

    @work(thread=True, exclusive=True, group="prefs", exit_on_error=False,
          description="reading preferences")
    def load_preferences(self) -> None:
        current, filtered = data.preferences(self.session.user)
        self.app.call_from_thread(self._edit_preferences, current, filtered)

    def _edit_preferences(self, current, filtered: int) -> None:
        from jobtui.tui.screens.prefs import PrefsScreen

        if not self.still_wanted("prefs"):
            return

        def save(rules) -> None:
            if rules is not None:
                self.save_preferences(rules)

        self.app.push_screen(PrefsScreen(current, filtered), save)

    @work(thread=True, group="writes", exit_on_error=False, description="saving preferences")
    def save_preferences(self, rules) -> None:
        filtered = data.save_preferences(self.session.user, rules)
        self.app.call_from_thread(self._preferences_saved, filtered)

    def _preferences_saved(self, filtered: int) -> None:
        self.jobs.load(self.jobs.filter)
        self.notify(f"Preferences saved: {filtered} jobs filtered out (shift+p shows them).",
                    timeout=4)

    def action_toggle_filtered(self) -> None:
        shown = not self.jobs.filter.filtered
        self.jobs.load(self.jobs.filter.with_(filtered=shown))
        self.notify("Showing only jobs your preferences filter out." if shown
                    else "Filtered-out jobs hidden again.", timeout=3)

    def action_sort(self) -> None:
        flt = self.jobs.filter
        sort = SORTS[(SORTS.index(flt.sort) + 1) % len(SORTS)]
        self.jobs.load(flt.with_(sort=sort))
        self.notify(f"Sorted by {sort}", timeout=2)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A screen's failed worker reaches the app's handler (the message does not bubble)."""
        self.app.on_worker_state_changed(event)

    def action_export(self) -> None:
        from jobtui.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(self.jobs.filter))

    def action_add_search(self) -> None:
        self.app.open_search_form(None)

    def action_edit_search(self) -> None:
        search_id = self.query_one(SearchesList).search_id
        if search_id is None:
            self.notify("Highlight a saved search in the left pane to edit it.",
                        severity="warning")
            return
        self.app.open_search_form(search_id)
