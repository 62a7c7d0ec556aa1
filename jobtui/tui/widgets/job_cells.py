"""The jobs table's columns (which fit a width) and the cells of one job."""

from __future__ import annotations

from rich.text import Text

from jobtui.tui import text
from jobtui.tui.data import JobRow

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


def job_cells(row: JobRow, shown: list[str], title_width: int) -> list[Text]:
    """The ``shown`` cells of one job, every scraped value literal and cut to its column."""
    cell = {
        "rating": lambda: text.fit_text(row.rating, row.prerank),
        "title": lambda: text.literal(row.title, title_width or text.TITLE_CHARS),
        "company": lambda: text.literal(row.company, COLUMNS["company"][1]),
        "location": lambda: text.literal(row.location, COLUMNS["location"][1]),
        "remote": lambda: Text(text.remote(row.is_remote)),
        "salary": lambda: Text(
            text.salary(row.min_amount, row.max_amount, row.currency, row.interval)),
        "boards": lambda: text.literal(" ".join(row.sites), COLUMNS["boards"][1]),
        "posted": lambda: Text(text.posted(row.date_posted)),
        "status": lambda: text.status_text(row.status),
    }
    return [cell[key]() for key in shown]
