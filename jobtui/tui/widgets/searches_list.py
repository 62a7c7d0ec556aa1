"""The searches pane: "All jobs" and every saved search with its counts and board health."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from jobtui.tui import text
from jobtui.tui.data import SearchOverview

ALL_JOBS = "all"


def is_board_problem(status: str) -> bool:
    """A board status worth flagging: an error or a back-off (not "ok: ..." or "not run yet")."""
    return bool(status) and not status.startswith(("ok", "not run yet"))


def search_prompt(s: SearchOverview, width: int = 40) -> Text:
    """Short lines: terms and place; boards and counts; last run; board errors and
    JobSpy's warnings."""
    title = text.one_line(", ".join(s.terms), width)
    if s.location:
        title = text.one_line(f"{title} · {text.one_line(s.location)}", width)
    prompt = Text(title, style="bold")
    best = f" · best {s.best_rating}" if s.best_rating is not None else ""
    prompt.append(f"\n{s.new_jobs} new / {s.total_jobs}{best}", style="")
    prompt.append(f"\n{text.one_line(' '.join(s.sites), width)}", style="dim")
    prompt.append(f"\nlast run {text.when(s.last_search)}", style="dim")
    for site, status in s.board_status.items():
        if is_board_problem(status):
            prompt.append(f"\n⚠ {text.one_line(f'{site}: {status}', width)}", style="bold red")
        for warning in s.board_warnings.get(site, [])[:2]:
            prompt.append(f"\n! {text.one_line(f'{site}: {warning}', width)}", style="yellow")
    return prompt


class SearchesList(OptionList):
    """Highlighting an entry shows its jobs; ``search_id`` is None for "All jobs"."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summaries: dict[int, SearchOverview] = {}
        self._width = 0

    def _text_width(self) -> int:
        return max(16, self.scrollable_content_region.width - 2)

    def on_resize(self) -> None:
        if self._width != self._text_width() and self.option_count:
            self.show(list(self.summaries.values()))

    def show(self, summaries: list[SearchOverview]) -> None:
        """Replace the entries, keeping the highlighted search when it still exists."""
        keep = self.search_id
        self.summaries = {s.id: s for s in summaries}
        self._width = self._text_width()
        options: list[Option | None] = [Option(Text("All jobs", style="bold"), id=ALL_JOBS)]
        for s in summaries:
            options += [None, Option(search_prompt(s, self._width), id=str(s.id))]
        self.clear_options()
        self.add_options(options)
        index = 0
        if keep is not None and keep in self.summaries:
            index = self.get_option_index(str(keep))
        self.highlighted = index

    @property
    def search_id(self) -> int | None:
        if self.highlighted is None or self.option_count == 0:
            return None
        option_id = self.get_option_at_index(self.highlighted).id
        return None if option_id in (None, ALL_JOBS) else int(option_id)
