"""A DataTable for rows of one line in columns of fixed widths, which lets it skip the work
Textual's DataTable does for the general case each time a row is added: measuring every new
cell (the widths are given) and rendering every visible cell again (its caches are dropped
whenever the row count changes; here a rendered cell is kept until its row changes), and
whose caches leave no garbage cycles behind (see ``_acyclic_caches``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import FIFOCache
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey


class FastTable(DataTable):
    """``DataTable`` whose columns all have a width and whose rows are one line high."""

    def __init__(self, **kwargs) -> None:
        # Rendered cells by row key, then by everything their look depends on.
        self._rendered: dict[RowKey, dict[tuple, object]] = {}
        self._frame: dict | None = None  # styles computed once per drawing of the table
        super().__init__(**kwargs)
        self._acyclic_caches()

    def _acyclic_caches(self) -> None:
        """DataTable's caches as dicts (first in, first out) instead of LRU rings: a cleared
        or outgrown ring is a cycle, so every new page and every search left thousands of
        rendered lines for the full garbage collection (100+ ms, mid-scroll) to free."""
        for name in ("_row_render_cache", "_cell_render_cache", "_row_renderable_cache",
                     "_line_cache", "_offset_cache", "_ordered_row_cache"):
            setattr(self, name, FIFOCache(getattr(self, name).maxsize))

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
        cells = self._rendered.setdefault(row_key, {})
        lines = cells.get(key)
        if lines is None:
            lines = self._render_text_cell(row_index, column_index, base_style, width, cursor,
                                           hover)
            if lines is None:
                lines = super()._render_cell(row_index, column_index, base_style, width,
                                             cursor, hover)
            cells[key] = lines
        return lines

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

    def notify_style_update(self) -> None:
        self._rendered.clear()
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
