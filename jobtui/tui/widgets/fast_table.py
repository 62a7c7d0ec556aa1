"""A DataTable for rows of one line in columns of fixed widths, which lets it skip the work
Textual's DataTable does for the general case each time a row is added: measuring every new
cell (the widths are given) and rendering every visible cell again (its caches are dropped
whenever the row count changes; here a rendered cell is kept until its row changes), and
whose caches leave no garbage cycles behind (see ``_acyclic_caches``) and stay a few screens
big (a table scrolled through 100,000 rows holds what it shows, not what it showed). Its
lines are cached by whether they hold the cursor, not by where the cursor is, so the
screens rendered ahead (``prerender``) are whole lines a PageDown only puts on screen."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import FIFOCache
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets._data_table import Row, TwoWayDict
from textual.widgets.data_table import RowKey

# Rendered cells and lines kept: this many screens' worth (cells and lines far off screen are
# rarely drawn again): the screen, the ones above and below it (rendered ahead) and one more;
# after a window shift empties them, drawing and rendering ahead refill three, so what is
# held barely moves.
CELL_SCREENS = 4
# DataTable's own line caches, keyed by the cursor's position (so useless once it moves):
# ``_lines`` supersedes them.
SPARE_LINES = 8
# Seconds between a frame and rendering the screens next to it: rendering right after the
# frame held the GIL while Textual's writer thread was still sending that frame to the
# terminal (it arrived 2.1 ms after it was drawn at the median, 0.35 ms with the pause).
PRERENDER_AFTER = 0.02


class FastTable(DataTable):
    """``DataTable`` whose columns all have a width and whose rows are one line high."""

    def __init__(self, **kwargs) -> None:
        # Rendered cells by row key, then by everything their look depends on.
        self._rendered: dict[RowKey, dict[tuple, object]] = {}
        self._frame: dict | None = None  # styles computed once per drawing of the table
        self._lines: dict[tuple, Strip] = {}  # drawn lines (see _render_line)
        self._prerender_pending = False
        super().__init__(**kwargs)
        self._acyclic_caches()

    def _acyclic_caches(self) -> None:
        """DataTable's caches as dicts (first in, first out) instead of LRU rings: a cleared
        or outgrown ring is a cycle, so every new page and every search left thousands of
        rendered lines for the full garbage collection (100+ ms, mid-scroll) to free."""
        for name in ("_row_render_cache", "_cell_render_cache", "_row_renderable_cache",
                     "_line_cache", "_offset_cache", "_ordered_row_cache"):
            size = SPARE_LINES if name in ("_row_render_cache", "_line_cache") else \
                getattr(self, name).maxsize
            setattr(self, name, FIFOCache(size))

    @property
    def cells_kept(self) -> int:
        """How many rows' rendered cells (and drawn lines) are kept (the oldest go first)."""
        return CELL_SCREENS * max(self.size.height, 20)

    def render_lines(self, crop):
        self._frame = {}
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    @property
    def rich_style(self) -> Style:
        # Asked for every line drawn; it walks the DOM each time (nothing changes mid-draw).
        frame = self._frame
        if frame is None:
            return super().rich_style
        if "style" not in frame:
            frame["style"] = super().rich_style
        return frame["style"]

    def _get_row_style(self, row_index: int, base_style: Style) -> Style:
        frame = self._frame
        if frame is None:
            return super()._get_row_style(row_index, base_style)
        key = (row_index == -1, row_index < self.fixed_rows, row_index % 2, base_style)
        if key not in frame:
            frame[key] = super()._get_row_style(row_index, base_style)
        return frame[key]

    def _render_cell(self, row_index: int, column_index: int, base_style, width: int,
                     cursor: bool = False, hover: bool = False):
        if row_index < 0 or column_index < 0:  # the header and row labels: as DataTable does
            return super()._render_cell(row_index, column_index, base_style, width,
                                        cursor, hover)
        row_key = self._row_locations.get_key(row_index)
        # The row index is part of the look: the cells carry it for mouse clicks.
        key = (column_index, row_index, base_style, width, cursor, hover,
               self._show_hover_cursor, self.show_cursor, self._pseudo_class_state)
        cells = self._rendered.get(row_key)
        if cells is None:
            if len(self._rendered) >= self.cells_kept:  # the row rendered longest ago goes
                del self._rendered[next(iter(self._rendered))]
            cells = self._rendered[row_key] = {}
        lines = cells.get(key)
        if lines is None:
            lines = self._render_text_cell(row_index, column_index, base_style, width, cursor,
                                           hover)
            if lines is None:
                lines = super()._render_cell(row_index, column_index, base_style, width,
                                             cursor, hover)
            cells[key] = lines
        return lines

    def _render_line_in_row(self, row_key, line_no: int, base_style: Style,
                            cursor_location, hover_location):
        # What DataTable puts together for a line of a table without row labels or fixed
        # columns, minus what those need (a header style looked up through the DOM for every
        # line: a third of the time) and its cache, which is keyed by the cursor's position.
        frame = self._frame
        if frame is None or self.fixed_columns or self.cursor_type != "row" \
                or self._row_label_column_width:
            return super()._render_line_in_row(row_key, line_no, base_style, cursor_location,
                                               hover_location)
        row_index = self._row_locations.get(row_key)
        row_index = -1 if row_index is None else row_index  # the header
        cursor, hover = row_index == cursor_location.row, row_index == hover_location.row
        row_style = self._get_row_style(row_index, base_style)
        if "widths" not in frame:
            frame["widths"] = [column.get_render_width(self) for column in self.ordered_columns]
        widths = frame["widths"]
        line = [self._render_cell(row_index, index, row_style, width, cursor=cursor,
                                  hover=hover)[line_no] for index, width in enumerate(widths)]
        extend, _ = self._get_styles_to_render_cell(
            row_index == -1, False, False, hover, cursor, self.show_cursor,
            self._show_hover_cursor, False, False)
        extend = row_style + extend + Style.from_meta(
            {"row": row_index, "column": 0, "out_of_bounds": True})
        line.append([Segment(" " * max(0, self.size.width - sum(widths)), extend)])
        return [], line

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        # DataTable keys a drawn line by the cursor's position, so a PageDown drew every line
        # anew; with a row cursor a line only depends on whether it is the cursor's row.
        if self.cursor_type != "row":
            return super()._render_line(y, x1, x2, base_style)
        try:
            row_key, _ = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        row_index = self._row_locations.get(row_key)  # None: the header
        key = (y, x1, x2, self.size.width, row_key, base_style,
               row_index == self.cursor_coordinate.row, row_index == self.hover_coordinate.row,
               self._show_hover_cursor, self.show_cursor, self.zebra_stripes,
               self._update_count, self._pseudo_class_state)
        strip = self._lines.get(key)
        if strip is None:
            strip = super()._render_line(y, x1, x2, base_style)
            if len(self._lines) >= self.cells_kept:  # the line drawn longest ago goes
                del self._lines[next(iter(self._lines))]
            self._lines[key] = strip
        return strip

    def _schedule_prerender(self) -> None:
        """Render the screens above and below the view once this frame is on the terminal,
        while the user reads it: the next PageDown or PageUp then only puts lines together
        (as a table that has shown those rows before does)."""
        if not self._prerender_pending:
            self._prerender_pending = True
            self.call_after_refresh(self.set_timer, PRERENDER_AFTER, self._prerender)

    def _prerender(self) -> None:
        self._prerender_pending = False
        top, height = int(self.scroll_y), self.size.height
        self.prerender(top + height - 2, top + 2 * height)
        self.prerender(top - height, top)

    def prerender(self, start: int, end: int) -> None:
        """Draw the lines of rows ``start`` to ``end`` (exclusive) as drawing them on screen
        will, so that the PageDown (or PageUp) that brings them on screen finds them ready:
        called while the user reads the screen, it takes that work off the next key."""
        cursor, hover = self.cursor_coordinate.row, self.hover_coordinate.row
        scroll_x, _ = self.scroll_offset
        top = self.header_height if self.show_header else 0  # rows are one line high
        self._frame = {}
        try:
            base = self.rich_style
            self._pseudo_class_state = self.get_pseudo_class_state()  # as render_lines sets
            for row_index in range(max(0, start), min(end, self.row_count)):
                if row_index in (cursor, hover):  # drawn highlighted: not known ahead
                    continue
                self._render_line(top + row_index, scroll_x, scroll_x + self.size.width, base)
        finally:
            self._frame = None

    def replace_rows(self, rows: Iterable[tuple[str, list]]) -> None:
        """Show exactly ``rows`` ((key, cells), in order): what ``clear()`` and an
        ``add_row`` per row do, in one pass that keeps the ``Row`` of each key still shown
        (a window of rows shifting by a page adds only that page). The cursor and the
        scroll offset stay where they are: the caller moves them."""
        columns = [column.key for column in self.ordered_columns]
        old = self.rows
        self._clear_caches()
        self._rendered.clear()  # cells and lines carry their row index, which has changed
        new_rows: dict[RowKey, Row] = {}
        data: dict[RowKey, dict] = {}
        locations: dict[RowKey, int] = {}
        for index, (key, cells) in enumerate(rows):
            row_key = RowKey(key)
            row = old.get(row_key)
            new_rows[row_key] = row if row is not None else Row(row_key, 1, None, False)
            data[row_key] = dict(zip(columns, cells, strict=True))
            locations[row_key] = index
        self.rows = new_rows
        self._data = data
        self._row_locations = TwoWayDict(locations)
        self._new_rows.clear()
        self._require_update_dimensions = True
        self._update_count += 1
        self.check_idle()
        self.refresh()

    def _render_text_cell(self, row_index: int, column_index: int, base_style: Style,
                          width: int, cursor: bool, hover: bool) -> list[list[Segment]] | None:
        """What DataTable renders for a one-line ``Text`` cell, in one pass instead of three
        nested renders (Styled, Padding, Text); None for any other cell."""
        row_key = self._row_locations.get_key(row_index)
        cell = self._get_row_renderables(row_index)[1][column_index]
        if (self.rows[row_key].height != 1 or not isinstance(cell, Text)
                or "\n" in cell.plain or "\t" in cell.plain):
            return None
        fixed = row_index < self.fixed_rows or column_index < self.fixed_columns
        component_style, post_style = self._get_styles_to_render_cell(
            False, False, fixed, hover, cursor, self.show_cursor, self._show_hover_cursor,
            self.cursor_foreground_priority == "css", self.cursor_background_priority == "css")
        pad = self.cell_padding
        inner = max(0, width - 2 * pad)
        line = _plain_line(cell, inner, self.app.console)
        if line is None:  # spans, justified, too long...: Rich's own way
            options = self.app.console_options.update_dimensions(inner, 1).update(no_wrap=True)
            rendered = self.app.console.render(cell, options)
            line = next(iter(Segment.split_and_crop_lines(rendered, inner, pad=True,
                                                          include_new_lines=False)), None)
        if line is None:
            line = [Segment(" " * inner)]
        if pad:
            line = [Segment(" " * pad), *line, Segment(" " * pad)]
        style = base_style + Style.from_meta({"row": row_index, "column": column_index})
        return [list(Segment.apply_style(line, style + component_style, post_style))]

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        if any(column.auto_width for column in self.columns.values()):
            super()._update_dimensions(new_rows)
        else:  # nothing to measure: only the scrollable size follows the rows
            super()._update_dimensions(())

    def update_cell(self, row_key, column_key, value, *, update_width: bool = False) -> None:
        self._rendered.pop(RowKey(row_key) if isinstance(row_key, str) else row_key, None)
        super().update_cell(row_key, column_key, value, update_width=update_width)

    def remove_row(self, row_key) -> None:
        self._rendered.pop(RowKey(row_key) if isinstance(row_key, str) else row_key, None)
        super().remove_row(row_key)

    def clear(self, columns: bool = False):
        self._rendered.clear()
        return super().clear(columns)

    def _clear_caches(self) -> None:
        self._lines.clear()
        super()._clear_caches()

    def notify_style_update(self) -> None:
        self._rendered.clear()
        self._lines.clear()
        super().notify_style_update()


def _plain_line(cell: Text, width: int, console) -> list[Segment] | None:
    """The segments Rich renders for a Text of one style that fits ``width`` (left-aligned,
    padded), built directly; None when Rich has more to do (spans, justification, cropping)."""
    plain = cell.plain
    length = cell_len(plain)
    if cell.spans or not plain or length > width or cell.justify not in (None, "default"):
        return None
    style = console.get_style(cell.style) if cell.style else None
    line = [Segment(plain, style)]
    if length < width:
        line.append(Segment(" " * (width - length)))
    return line
