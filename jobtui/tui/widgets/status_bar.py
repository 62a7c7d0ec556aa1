"""One line at the bottom: worker state, current activity, Ollama and the last error."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from jobtui.tui import text

STATE_STYLES = {
    "running": "bold green", "idle": "green", "paused": "yellow", "stopped": "red",
    "locked": "yellow", "off": "dim", "starting": "dim",
}


class StatusBar(Static):
    """Bound to the app's status reactives (``data_bind``)."""

    worker_state: reactive[str] = reactive("starting")
    activity: reactive[str] = reactive("")
    ollama: reactive[str] = reactive("")
    last_error: reactive[str] = reactive("")
    jobs_shown: reactive[str] = reactive("")

    APP_FIELDS = ("worker_state", "activity", "ollama", "last_error")

    def on_mount(self) -> None:
        # Mirror the app's status reactives (set from worker messages) into this bar.
        for name in self.APP_FIELDS:
            if hasattr(self.app, name):
                self.watch(self.app, name, self._mirror(name))

    def _mirror(self, name: str):
        # One-argument callback: Textual passes (old, new) to callbacks taking two.
        def set_value(value: str) -> None:
            setattr(self, name, value)

        return set_value

    def render(self) -> Text:
        out = Text(no_wrap=True, overflow="ellipsis")
        out.append(f" worker {self.worker_state}", style=STATE_STYLES.get(self.worker_state, ""))
        if self.activity:
            out.append(" · " + text.one_line(self.activity, 80))
        if self.jobs_shown:
            out.append(" · " + self.jobs_shown)
        if self.ollama:
            style = "green" if self.ollama.startswith("Ollama ✓") else "yellow"
            out.append(" · " + text.one_line(self.ollama, 60), style=style)
        if self.last_error:
            out.append(" · ⚠ " + text.one_line(self.last_error, 120), style="bold red")
        return out
