"""The jobs table: rows come page by page from ``store.listing`` on a worker thread, so a
100,000-job database scrolls and filters without loading everything."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable
from textual.worker import get_current_worker

from jobtui.db.models import database
from jobtui.store.listing import JobFilter, JobRow, count_jobs, list_jobs
from jobtui.tui import text

log = logging.getLogger(__name__)

# key: (label, width; None for the flexible title), in the order shown.
COLUMNS = {
    "rating": ("Fit", 3),
    "title": ("Title", None),
    "company": ("Company", 18),
    "location": ("Location", 16),
    "remote": ("Remote", 7),
    "salary": ("Salary", 13),
    "boards": ("Boards", 15),
    "posted": ("Posted", 10),
    "status": ("Status", 12),
}
# Which columns stay when the table is narrow (the detail pane shows everything anyway).
PRIORITY = ("rating", "title", "company", "status", "salary", "remote", "posted", "boards",
            "location")
MIN_TITLE = 24
MAX_TITLE = 80
CELL_PADDING = 2
PREFETCH_ROWS = 40  # load the next page when the cursor or the view gets this close to the end
FIRST_PAGE_MIN = 50
PREFETCH_DELAY = 0.3  # seconds after a first page before the next one is fetched unasked


def fit_columns(width: int) -> tuple[list[str], int]:
    """The columns that fit in ``width`` cells (by priority) and the title column's width."""
    available = width - 2  # the vertical scrollbar
    used = COLUMNS["rating"][1] + MIN_TITLE + 2 * CELL_PADDING
    chosen = {"rating", "title"}
    for key in PRIORITY[2:]:
        needed = COLUMNS[key][1] + CELL_PADDING
        if used + needed <= available:
            chosen.add(key)
            used += needed
    title = min(MAX_TITLE, MIN_TITLE + max(0, available - used))
    return [key for key in COLUMNS if key in chosen], title


@dataclass
class _Page:
    generation: int
    offset: int
    rows: list[JobRow]
    more: bool


class JobsTable(DataTable):
    """A DataTable over ``list_jobs``: ``load(filter)`` replaces the rows; scrolling appends."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    total: reactive[int | None] = reactive(None)
    loading_rows: reactive[bool] = reactive(False)

    class Loaded(Message):
        """A first page arrived for a new filter (``total`` may follow later)."""

    def __init__(self, user, page_size: int = 200, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.user = user
        self.page_size = page_size
        self.filter = JobFilter()
        self.job_rows: list[JobRow] = []
        self.more = False
        self.generation = 0
        self._keep_job_id: int | None = None
        self._title_width = 0
        self._shown: list[str] = []
        # perf_counter() when rows were first on screen, and (generation, when) of the latest
        # first page shown: the benchmark reads these.
        self.first_page_at: float | None = None
        self.shown: tuple[int, float] = (0, 0.0)

    def on_mount(self) -> None:
        self._build_columns()

    def _build_columns(self) -> None:
        self._shown, self._title_width = fit_columns(self.size.width or 120)
        for key in self._shown:
            label, width = COLUMNS[key]
            self.add_column(label, key=key, width=width or self._title_width)

    def on_resize(self) -> None:
        if fit_columns(self.size.width) != (self._shown, self._title_width) and self.columns:
            keep = self.current_job_id
            self.clear(columns=True)
            self._build_columns()
            self._add_rows(self.job_rows)
            self._move_to(keep)

    # -- loading -------------------------------------------------------------------------

    def load(self, flt: JobFilter, keep_job_id: int | None = None) -> None:
        """Show the jobs matching ``flt`` from the first page (keeping the cursor on a job)."""
        self.filter = flt
        self.generation += 1
        self._keep_job_id = keep_job_id
        self.loading_rows = True
        # The first page only needs to fill the screen; the rest follows in the background.
        limit = min(self.page_size, max(FIRST_PAGE_MIN, 2 * self.size.height))
        if keep_job_id is not None:  # reload as many rows as are shown so the cursor can stay
            limit = max(limit, len(self.job_rows))
        self._fetch(self.generation, flt, 0, limit, True)

    def load_more(self) -> None:
        if self.more and not self.loading_rows:
            self.loading_rows = True
            self._fetch(self.generation, self.filter, len(self.job_rows), self.page_size, False)

    @work(thread=True, exclusive=True, group="jobs-page", exit_on_error=False,
          description="loading jobs")
    def _fetch(self, generation: int, flt: JobFilter, offset: int, limit: int,
               first: bool) -> None:
        try:
            rows = list_jobs(self.user, flt, limit=limit + 1, offset=offset)
        finally:
            database.close()
        if not get_current_worker().is_cancelled:
            page = _Page(generation, offset, rows[:limit], len(rows) > limit)
            self.app.call_from_thread(self._apply_page, page, first)

    @work(thread=True, exclusive=True, group="jobs-count", exit_on_error=False,
          description="counting jobs")
    def _count(self, generation: int, flt: JobFilter) -> None:
        try:
            total = count_jobs(self.user, flt)
        finally:
            database.close()
        if not get_current_worker().is_cancelled and generation == self.generation:
            self.app.call_from_thread(setattr, self, "total", total)

    def _apply_page(self, page: _Page, first: bool) -> None:
        if page.generation != self.generation:
            return  # an older filter's answer
        self.loading_rows = False
        self.more = page.more
        if first:
            keep = self._keep_job_id if self._keep_job_id is not None else self.current_job_id
            self.job_rows = list(page.rows)
            self.clear()
            self._add_rows(self.job_rows)
            if self._keep_job_id is not None:
                self._move_to(keep)
            else:
                self.move_cursor(row=0, scroll=True)
            # Counting, the detail pane and prefetching wait until these rows are on screen.
            self.call_after_refresh(self._first_page_shown, page.generation)
            return
        if page.offset == len(self.job_rows):
            self.job_rows += page.rows
            self._add_rows(page.rows)
        self._maybe_load_more()

    def _first_page_shown(self, generation: int) -> None:
        self.shown = (generation, time.perf_counter())
        if self.first_page_at is None:
            self.first_page_at = self.shown[1]
            log.debug("first jobs page on screen %.3f s after start", self.first_page_at)
        if generation == self.generation:
            self.post_message(self.Loaded())
            self._count(generation, self.filter)
            self.set_timer(PREFETCH_DELAY, self._maybe_load_more)

    def _add_rows(self, rows: list[JobRow]) -> None:
        for row in rows:
            self.add_row(*self.cells(row), key=str(row.id))

    def cells(self, row: JobRow) -> list[Text]:
        """The shown cells of one job, every scraped value literal and cut to its column."""
        cell = {
            "rating": lambda: text.fit_text(row.rating, row.prerank),
            "title": lambda: text.literal(row.title, self._title_width or text.TITLE_CHARS),
            "company": lambda: text.literal(row.company, COLUMNS["company"][1]),
            "location": lambda: text.literal(row.location, COLUMNS["location"][1]),
            "remote": lambda: Text(text.remote(row.is_remote)),
            "salary": lambda: Text(
                text.salary(row.min_amount, row.max_amount, row.currency, row.interval)),
            "boards": lambda: text.literal(" ".join(row.sites), COLUMNS["boards"][1]),
            "posted": lambda: Text(text.posted(row.date_posted)),
            "status": lambda: text.status_text(row.status),
        }
        return [cell[key]() for key in self._shown]

    # -- cursor ---------------------------------------------------------------------------

    @property
    def current_job_id(self) -> int | None:
        if not self.job_rows or self.cursor_row < 0 or self.cursor_row >= len(self.job_rows):
            return None
        return self.job_rows[self.cursor_row].id

    @property
    def current_row(self) -> JobRow | None:
        job_id = self.current_job_id
        return None if job_id is None else self.job_rows[self.cursor_row]

    def _move_to(self, job_id: int | None) -> None:
        index = next((i for i, r in enumerate(self.job_rows) if r.id == job_id), 0)
        self.move_cursor(row=index, scroll=True)

    def update_row(self, row: JobRow) -> None:
        """Redraw one job in place (after a status change)."""
        for index, old in enumerate(self.job_rows):
            if old.id == row.id:
                self.job_rows[index] = row
                for key, cell in zip(self._shown, self.cells(row), strict=True):
                    self.update_cell(str(row.id), key, cell)
                return

    def remove_job(self, job_id: int) -> None:
        """Drop a job from the table (it was hidden)."""
        for index, old in enumerate(self.job_rows):
            if old.id == job_id:
                del self.job_rows[index]
                self.remove_row(str(job_id))
                if self.total:
                    self.total -= 1
                return

    def watch_cursor_coordinate(self, old, new) -> None:
        super().watch_cursor_coordinate(old, new)
        self._maybe_load_more()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._maybe_load_more()

    def _maybe_load_more(self) -> None:
        if not self.more or self.loading_rows:
            return
        bottom_visible = int(self.scroll_y) + self.size.height
        if max(self.cursor_row, bottom_visible) >= len(self.job_rows) - PREFETCH_ROWS:
            self.load_more()
