"""F1 / ?: every key of the screen underneath, with what it does."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys that widgets handle themselves and the Footer cannot show.
WIDGET_KEYS = (
    ("↑ ↓ / j k", "move in the focused pane"),
    ("PgUp PgDn Home End", "page through the jobs (more load as you scroll)"),
    ("Enter", "in the search box: go to the table"),
    ("ctrl+p", "command palette: every action by name"),
    ("mouse", "click a search, a job or a link; scroll with the wheel"),
)


def bindings_text(rows: list[tuple[str, str]]) -> Text:
    out = Text()
    width = max((len(k) for k, _ in rows), default=4) + 2
    for key, description in rows:
        out.append(key.ljust(width), style="bold cyan")
        out.append(description + "\n")
    return out


class HelpScreen(ModalScreen[None]):
    """Lists ``rows`` (key, description); any of Esc, q, ?, F1 closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="help-close"),
        Binding("q", "dismiss", "Close", show=False, id="help-close-q"),
        Binding("question_mark", "dismiss", "Close", show=False, id="help-close-?"),
        Binding("f1", "dismiss", "Close", show=False, id="help-close-f1"),
    ]

    def __init__(self, title: str, rows: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"))
            yield Static(bindings_text(self.rows), id="help-keys")
            yield Static(bindings_text(list(WIDGET_KEYS)), id="help-widget-keys")
            yield Static(Text("Esc closes this help.", style="dim"))


def screen_key_rows(screen) -> list[tuple[str, str]]:
    """(key, description) for every binding active on ``screen``, app bindings included."""
    from textual.app import App
    from textual.screen import Screen

    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    # The screen's and app's own keys first, then what the focused widget adds (cursor keys...).
    ordered = sorted(screen.active_bindings.values(),
                     key=lambda a: not isinstance(a.node, Screen | App))
    for active in ordered:
        binding = active.binding
        if not binding.description or binding.system:
            continue
        label = binding.key_display or screen.app.get_key_display(binding)
        if (label, binding.description) in seen:
            continue
        seen.add((label, binding.description))
        rows.append((label, binding.description))
    return rows
