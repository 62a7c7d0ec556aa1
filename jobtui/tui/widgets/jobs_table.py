"""The jobs table: a window of at most a few pages of rows, fetched by sort key (keyset)
from ``store.listing`` on a worker thread, so a 100,000-job database scrolls, jumps to either
end and filters without loading everything (and memory stays flat while scrolling)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.worker import get_current_worker

from jobtui.tui import data
from jobtui.tui.data import JobFilter, JobRow
from jobtui.tui.widgets.fast_table import FastTable
from jobtui.tui.widgets.job_cells import COLUMNS, fit_columns, job_cells

log = logging.getLogger(__name__)

PREFETCH_ROWS = 40  # load the next page when the cursor or the view gets this close to an edge
FIRST_PAGE_MIN = 20
PREFETCH_DELAY = 1.0  # idle seconds after a first page or a jump before the next page is fetched
COUNT_DELAY = 0.1  # seconds the first page is shown before its total is counted (typing pauses)
WINDOW_PAGES = 3  # rows kept in the table: this many pages; the far end is dropped beyond it


@dataclass
class _Page:
    generation: int
    rows: list[JobRow]
    where: str  # "first" | "reload" (a new filter) | "top" | "last" | "after" | "before"
    complete: bool  # fewer rows than asked: the list ends (or starts, for "before") here


class JobsTable(FastTable):
    """A DataTable over ``list_jobs``: ``load(filter)`` shows the first rows; scrolling
    fetches the next or previous page; End/Home (and ``G``/``g``) jump to either end."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("home,g,ctrl+home", "first", "First job", show=False),
        Binding("end,G,ctrl+end", "last", "Last job", show=False),
    ]

    # Neither is drawn by the table itself (the border and the status bar show them).
    total: reactive[int | None] = reactive(None, repaint=False)
    loading_rows: reactive[bool] = reactive(False, repaint=False)

    class Loaded(Message):
        """A first page arrived for a new filter (``total`` may follow later)."""

    def __init__(self, user, page_size: int = 200, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.user = user
        self.page_size = page_size
        self.filter = JobFilter()
        self.job_rows: list[JobRow] = []  # the window: the rows in the table, in order
        self.at_start = True  # no rows before the window
        self.more = False  # rows after the window
        self.window_start: int | None = 0  # position of the window's first row, when known
        self.generation = 0
        self._keep_job_id: int | None = None
        self._title_width = 0
        self._shown: list[str] = []
        self._queries = data.Queries()  # the running fetches, interrupted when superseded
        self._rebuilding = False
        self._cells: dict[int, list[Text]] = {}  # rendered cells of the window's rows, by job id
        self._settling = False  # just jumped to an end: the next page waits until the user idles
        self._count_timer = None
        self._prefetch_timer = None  # the idle wait before the next page (one at a time)
        self._held = False  # the first page of this load waits for show_held()
        self._held_page: _Page | None = None
        # perf_counter() when rows were first on screen, and (generation, when) of the latest
        # first page shown: the benchmark reads these.
        self.first_page_at: float | None = None
        self.shown: tuple[int, float] = (0, 0.0)

    @property
    def page_rows(self) -> int:
        """Rows per fetched page: at least two screens, so a page never leaves the cursor
        and the view near both ends of the window at once."""
        return max(self.page_size, 2 * self.size.height)

    @property
    def window_rows(self) -> int:
        return WINDOW_PAGES * self.page_rows

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
            self._cells.clear()  # other columns, other widths
            self._build_columns()
            self._add_rows(self.job_rows)
            self._move_to(keep)

    # -- loading -------------------------------------------------------------------------

    def load(self, flt: JobFilter, keep_job_id: int | None = None, held: bool = False) -> None:
        """Show the jobs matching ``flt`` from the first page (keeping the cursor on a job,
        and the window where it is, when ``keep_job_id`` is given). ``held``: the first page
        waits for ``show_held`` (a newer load meanwhile replaces it unseen)."""
        self.filter = flt
        self.generation += 1
        self._held, self._held_page = held, None
        self._keep_job_id = keep_job_id
        self.loading_rows = True
        self._settling = False
        if self._count_timer is not None:  # a superseded filter is not counted
            self._count_timer.stop()
        self._prefetch_later(None)  # nor does its idle wait fetch this filter's next page
        self._interrupt()  # a superseded query stops now instead of finishing unseen
        if keep_job_id is not None and self.job_rows:
            limit = min(self.window_rows, max(len(self.job_rows), self.page_rows))
            self._fetch(self.generation, flt, "reload", self.job_rows[0], limit)
            return
        # The first page only fills the screen; the next one follows when the user is idle.
        limit = min(self.page_rows, max(FIRST_PAGE_MIN, self.size.height + 2))
        self._fetch(self.generation, flt, "first", None, limit)

    def show_held(self) -> None:
        """Show the first page of a ``held`` load now, or as soon as it arrives."""
        self._held = False
        page, self._held_page = self._held_page, None
        if page is not None:
            self._apply_page(page)

    def _interrupt(self) -> None:
        self._queries.interrupt()

    def _page(self, where: str) -> None:
        self._keep_job_id = None
        edge = self.job_rows[-1] if where == "after" else self.job_rows[0] \
            if where == "before" else None
        self.loading_rows = True
        # A jump fetches the screen it shows and the prefetch margin beyond it: a page
        # prepended after End rebuilt the whole table a second later, under whatever key
        # came next. Then each page doubles the window up to a whole page (quick pages).
        screen = max(FIRST_PAGE_MIN, self.size.height + 2)
        limit = screen + PREFETCH_ROWS if where in ("top", "last") else \
            min(self.page_rows, max(2 * screen, len(self.job_rows)))
        self._fetch(self.generation, self.filter, where, edge, limit)

    def load_more(self) -> None:
        """Fetch the page after the window (scrolling down)."""
        if self.more and not self.loading_rows and self.job_rows:
            self._page("after")

    @work(thread=True, exclusive=True, group="jobs-page", exit_on_error=False,
          description="loading jobs")
    def _fetch(self, generation: int, flt: JobFilter, where: str, edge: JobRow | None,
               limit: int) -> None:
        rows = self._queries.run(self._query, flt, where, edge, limit + 1)
        if rows is None:
            return  # a newer filter superseded this one
        if not get_current_worker().is_cancelled:
            complete = len(rows) <= limit
            rows = rows[-limit:] if where in ("before", "last") else rows[:limit]
            self.app.call_from_thread(self._apply_page, _Page(generation, rows, where, complete))

    def _query(self, flt: JobFilter, where: str, edge: JobRow | None, limit: int
               ) -> list[JobRow]:
        if where == "reload":  # from the window's first row on: the row before it is the anchor
            anchor = data.job_page(self.user, flt, limit=1, before=edge)
            return data.job_page(self.user, flt, limit=limit, after=anchor[0] if anchor else None)
        return data.job_page(self.user, flt, limit=limit, last=where == "last",  # or the top
                             after=edge if where == "after" else None,
                             before=edge if where == "before" else None)

    @work(thread=True, exclusive=True, group="jobs-count", exit_on_error=False,
          description="counting jobs")
    def _count(self, generation: int, flt: JobFilter) -> None:
        total = self._queries.run(data.job_count, self.user, flt)
        if total is None:
            return  # a newer filter superseded this one
        if not get_current_worker().is_cancelled and generation == self.generation:
            self.app.call_from_thread(self._set_total, total)

    def _set_total(self, total: int) -> None:
        self.total = total
        if self.window_start is None and not self.more:  # a window at the end: now placed
            self.window_start = max(0, total - len(self.job_rows))
        self._show_position()

    def _apply_page(self, page: _Page) -> None:
        if page.generation != self.generation:
            return  # an older filter's answer
        if page.where == "first" and self._held:
            self._held_page = page
            return
        self.loading_rows = False
        if page.where in ("top", "last"):  # show the jump first; the next page when idle
            self._settling = True
            self._prefetch_later(self._settled)
        if page.where in ("first", "reload"):
            self._first_page(page)
        elif page.where == "top":
            self._show_window(page.rows, at_start=True, more=not page.complete, cursor=0)
            self.window_start = 0
        elif page.where == "last":
            self._show_window(page.rows, at_start=page.complete, more=False,
                              cursor=len(page.rows) - 1)
            self.window_start = None if self.total is None else self.total - len(page.rows)
            self.scroll_end(animate=False, immediate=True)
        elif page.where == "after":
            self._append(page)
            self._schedule_prerender()  # the rows below the screen may have just arrived
        else:
            self._prepend(page)
            self._schedule_prerender()
        self._show_position()
        self._maybe_load_more()

    def _first_page(self, page: _Page) -> None:
        first = page.where == "first"
        keep = self._keep_job_id if self._keep_job_id is not None else self.current_job_id
        start = 0 if first or self.at_start else self.window_start
        at_start = first or self.at_start
        self._show_window(page.rows, at_start=at_start, more=not page.complete, cursor=0)
        self.window_start = start
        if self._keep_job_id is not None:
            self._move_to(keep)
        # Counting, the detail pane and prefetching wait until these rows are on screen.
        self.call_after_refresh(self._first_page_shown, page.generation)

    def _append(self, page: _Page) -> None:
        self.more = not page.complete
        rows = self.job_rows + page.rows
        overflow = len(rows) - self.window_rows
        if overflow <= 0:
            self.job_rows = rows
            self._add_rows(page.rows)
        else:  # keep the window bounded: drop the rows furthest above the cursor
            self._shift(rows[overflow:], -overflow, at_start=False)
            if self.window_start is not None:
                self.window_start += overflow
        self._maybe_load_more()

    def _prepend(self, page: _Page) -> None:
        rows = page.rows + self.job_rows
        self._shift(rows[:self.window_rows], len(page.rows), at_start=page.complete)
        if self.window_start is not None:
            self.window_start = max(0, self.window_start - len(page.rows))
        if len(rows) > self.window_rows:
            self.more = True

    def _shift(self, rows: list[JobRow], moved: int, *, at_start: bool) -> None:
        """Show ``rows`` with the cursor and the view on the same jobs as before
        (``moved``: how far the old rows moved down in the table)."""
        cursor, scroll = self.cursor_row + moved, self.scroll_y + moved
        self.job_rows = list(rows)
        self.at_start = at_start
        kept = {row.id for row in self.job_rows}
        self._cells = {key: cells for key, cells in self._cells.items() if key in kept}
        self._rebuilding = True  # the cursor stays on its job: nothing to fetch or show
        try:
            # Only the new page's rows are made; the rows kept keep their cells and Row.
            self.replace_rows((str(row.id), self._row_cells(row)) for row in self.job_rows)
            self.move_cursor(row=max(0, min(cursor, len(rows) - 1)), scroll=False)
        finally:
            self._rebuilding = False
        self.scroll_to(y=max(0, scroll), animate=False, immediate=True)

    def _show_window(self, rows: list[JobRow], *, at_start: bool, more: bool,
                     cursor: int) -> None:
        self.job_rows = list(rows)
        self.at_start, self.more = at_start, more
        kept = {row.id for row in self.job_rows}
        self._cells = {key: cells for key, cells in self._cells.items() if key in kept}
        self._rebuilding = True  # the cursor passes row 0 on the way: fetch nothing for it
        try:
            self.clear()
            self._add_rows(self.job_rows)
            self.move_cursor(row=cursor, scroll=True)
        finally:
            self._rebuilding = False

    def _first_page_shown(self, generation: int) -> None:
        self.shown = (generation, time.perf_counter())
        if self.first_page_at is None:
            self.first_page_at = self.shown[1]
            log.debug("first jobs page on screen %.3f s after start", self.first_page_at)
        if generation == self.generation:
            self.post_message(self.Loaded())
            # Counting all matches waits until typing pauses; the next key cancels it.
            self._count_timer = self.set_timer(COUNT_DELAY,
                                               lambda: self._count(generation, self.filter))
            self._prefetch_later(self._maybe_load_more)

    def _prefetch_later(self, callback) -> None:
        """``callback`` after PREFETCH_DELAY, instead of any earlier wait's (None: none): a
        stale wait would fetch the next page at once, right behind a newer first page."""
        if self._prefetch_timer is not None:
            self._prefetch_timer.stop()
        self._prefetch_timer = None if callback is None else \
            self.set_timer(PREFETCH_DELAY, callback)

    def _add_rows(self, rows: list[JobRow]) -> None:
        # Each add_row re-sets the cursor: the watchers wait until all rows are in.
        rebuilding, self._rebuilding = self._rebuilding, True
        try:
            for row in rows:
                self.add_row(*self._row_cells(row), key=str(row.id))
        finally:
            self._rebuilding = rebuilding

    def _row_cells(self, row: JobRow) -> list[Text]:
        cells = self._cells.get(row.id)
        if cells is None:  # rows kept across a window shift are not made again
            cells = self._cells[row.id] = self.cells(row)
        return cells

    def cells(self, row: JobRow) -> list[Text]:
        """The shown cells of one job, every scraped value literal and cut to its column."""
        return job_cells(row, self._shown, self._title_width)

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

    def action_first(self) -> None:
        """To the first job: at once when it is in the window, else by fetching it."""
        if self.at_start:
            self.move_cursor(row=0, scroll=True)
        else:
            self._page("top")

    def action_last(self) -> None:
        """To the last job, however many there are (one query for the last page)."""
        if not self.more:
            self.move_cursor(row=max(0, len(self.job_rows) - 1), scroll=True)
        else:
            self._page("last")

    def update_row(self, row: JobRow) -> None:
        """Redraw one job in place (after a status change)."""
        for index, old in enumerate(self.job_rows):
            if old.id == row.id:
                self.job_rows[index] = row
                self._cells[row.id] = self.cells(row)
                for key, cell in zip(self._shown, self._cells[row.id], strict=True):
                    self.update_cell(str(row.id), key, cell)
                return

    def remove_job(self, job_id: int) -> None:
        """Drop a job from the table (it was hidden)."""
        for index, old in enumerate(self.job_rows):
            if old.id == job_id:
                del self.job_rows[index]
                self._cells.pop(job_id, None)
                self.remove_row(str(job_id))
                if self.total:
                    self.total -= 1
                return

    def watch_cursor_coordinate(self, old, new) -> None:
        super().watch_cursor_coordinate(old, new)
        if self._rebuilding:  # mid-rebuild: the rebuild places the cursor and the position
            return
        self._settling = False  # the user moves on from a jump: the rows ahead are wanted now
        self._maybe_load_more()
        self._show_position()
        self._schedule_prerender()

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._maybe_load_more()

    def _settled(self) -> None:
        self._settling = False
        self._maybe_load_more()

    def _maybe_load_more(self) -> None:
        if self.loading_rows or self._rebuilding or self._settling or not self.job_rows:
            return
        if self.shown[0] != self.generation:  # while typing, fetch only the visible rows
            return
        top = int(self.scroll_y)
        bottom_visible = top + self.size.height
        margin = min(PREFETCH_ROWS, self.page_rows // 4)
        if self.more and max(self.cursor_row, bottom_visible) >= len(self.job_rows) - margin:
            self._page("after")
        elif not self.at_start and min(self.cursor_row, top) <= margin:
            self._page("before")

    def _show_position(self) -> None:
        """Where the cursor is among all matching jobs, on the border, when the table holds
        only some of them (the scrollbar covers the rows held)."""
        if self.at_start and not self.more:
            self.border_subtitle = None
            return
        place = "?" if self.window_start is None else f"{self.window_start + self.cursor_row + 1:,}"
        total = "…" if self.total is None else f"{self.total:,}"
        self.border_subtitle = f"{place} of {total}"
