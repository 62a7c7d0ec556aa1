"""`,`: Ollama host and model (from the models the server has), temperature, token budgets,
scrape interval, proxies, alerts; "Test connection"; "Try model" (the labelled trial of
``jobtui models``); saved to the config file."""

from __future__ import annotations

import copy
import threading

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, Switch

from jobtui.config import ConfigError, Settings, normalize_host, validate
from jobtui.config_file import changed_settings, save_changes
from jobtui.tui import data


class SettingsError(ValueError):
    pass


def _parse(raw: str, kind, name: str):
    try:
        return kind(raw.strip())
    except ValueError:
        word = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name} must be {word}") from None


class SettingsScreen(ModalScreen[bool]):
    """Edits a copy of the session's settings; returns True when they were saved."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="settings-cancel"),
        Binding("ctrl+s", "save", "Save", id="settings-save"),
        Binding("ctrl+t", "test_connection", "Test connection", id="settings-test"),
        Binding("ctrl+r", "try_model", "Try model", id="settings-try-model",
                tooltip="rate eight labelled sample jobs with the chosen model and time it"),
    ]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self._stop_trial = threading.Event()

    def compose(self) -> ComposeResult:
        r, s = self.settings.rating, self.settings.scraping
        with VerticalScroll(classes="dialog", id="settings-dialog"):
            yield Static(Text("Settings", style="bold"))
            yield Static(Text(f"Saved to {self.settings.config_path}", style="dim"))
            with Grid(classes="form-grid", id="settings-grid"):
                yield Label("Ollama host")
                yield Input(r.host, id="host")
                yield Label("Model")
                yield Select([(r.model, r.model)], value=r.model, allow_blank=False, id="model")
                yield Label("Temperature (0-2)")
                yield Input(str(r.temperature), id="temperature", type="number")
                yield Label("Resume token budget")
                yield Input(str(r.resume_tokens), id="resume-tokens", type="integer")
                yield Label("Job token budget")
                yield Input(str(r.job_tokens), id="job-tokens", type="integer")
                yield Label("Scrape every (hours)")
                yield Input(f"{s.interval_hours:g}", id="interval", type="number")
                yield Label("Proxies (comma-separated)")
                yield Input(", ".join(s.proxies), id="proxies",
                            placeholder="user:pass@host:port, ...")
                yield from self._alert_fields()
            yield Static("", id="connection")
            yield Static("", id="settings-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Test connection (ctrl+t)", id="test")
                yield Button("Try model (ctrl+r)", id="try-model")
                yield Button("Cancel (Esc)", id="cancel")

    def _alert_fields(self) -> ComposeResult:
        """The [alerts] section (tokens and passwords stay in the config file)."""
        a = self.settings.alerts
        yield Label("Alert at rating ≥")
        yield Input(str(self.settings.ui.notify_rating), id="notify-rating", type="integer")
        yield Label("Desktop alerts")
        yield Switch(a.desktop, id="alerts-desktop")
        yield Label("One alert per (minutes)")
        yield Input(f"{a.coalesce_minutes:g}", id="coalesce", type="number")
        yield Label("ntfy topic URL")
        yield Input(a.ntfy_url, id="ntfy-url", placeholder="https://ntfy.sh/a-secret-topic")
        yield Label("Webhook URL")
        yield Input(a.webhook_url, id="webhook-url", placeholder="empty: off")
        yield Label("Digest e-mail to")
        yield Input(a.email_to, id="email-to", placeholder="empty: off")
        yield Label("Digest every (hours)")
        yield Input(f"{a.email_every_hours:g}", id="email-every", type="number")
        yield Label("SMTP server")
        yield Input(a.smtp_host, id="smtp-host", placeholder="smtp.example.com")
        yield Label("SMTP port")
        yield Input(str(a.smtp_port), id="smtp-port", type="integer")

    def _read_alerts(self, new: Settings, value: dict[str, str]) -> None:
        a = new.alerts
        new.ui.notify_rating = _parse(value["notify-rating"], int, "Alert rating")
        a.desktop = self.query_one("#alerts-desktop", Switch).value
        a.coalesce_minutes = _parse(value["coalesce"], float, "Minutes per alert")
        a.ntfy_url, a.webhook_url = value["ntfy-url"].strip(), value["webhook-url"].strip()
        a.email_to = value["email-to"].strip()
        a.email_every_hours = _parse(value["email-every"], float, "E-mail digest interval")
        a.smtp_host = value["smtp-host"].strip()
        a.smtp_port = _parse(value["smtp-port"], int, "SMTP port")

    def on_mount(self) -> None:
        self.query_one("#host").focus()
        self._start_probe()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        {"save": self.action_save, "test": self.action_test_connection,
         "try-model": self.action_try_model, "cancel": self.action_cancel}[event.button.id]()

    def on_unmount(self) -> None:
        self._stop_trial.set()  # a trial still running ends after its current answer

    def action_cancel(self) -> None:
        self.dismiss(False)

    def read_settings(self) -> Settings:
        """A validated copy of the settings with the form's values (SettingsError/ConfigError)."""
        new = copy.deepcopy(self.settings)
        value = {w.id: w.value for w in self.query(Input)}
        host = value["host"].strip()
        if not host:
            raise SettingsError("Ollama host is empty (e.g. http://127.0.0.1:11434)")
        new.rating.host = normalize_host(host)
        new.rating.model = str(self.query_one("#model", Select).value)
        new.rating.temperature = _parse(value["temperature"], float, "Temperature")
        new.rating.resume_tokens = _parse(value["resume-tokens"], int, "Resume token budget")
        new.rating.job_tokens = _parse(value["job-tokens"], int, "Job token budget")
        new.scraping.interval_hours = _parse(value["interval"], float, "Scrape interval")
        new.scraping.proxies = [p.strip() for p in value["proxies"].split(",") if p.strip()]
        self._read_alerts(new, value)
        validate(new, "settings")
        if not new.rating.allow_remote and not data.is_loopback_host(new.rating.host):
            raise SettingsError(
                f"{new.rating.host} is not this machine: your redacted resume would leave it. "
                "Set rating.allow_remote = true in the config file to allow that."
            )
        return new

    def action_save(self) -> None:
        error = self.query_one("#settings-error", Static)
        try:
            new = self.read_settings()
            # Only what was changed here: values from OLLAMA_HOST/JOBTUI_MODEL stay out of
            # the file unless edited, and the file's comments and layout are kept.
            path = save_changes(self.settings.config_path,
                                changed_settings(self.settings, new))
        except (SettingsError, ConfigError, OSError) as exc:
            error.update(Text(str(exc)))
            # Below the fold on a short terminal; after the refresh, once it has its height.
            self.call_after_refresh(error.scroll_visible, animate=False)
            return
        self.settings.rating, self.settings.scraping = new.rating, new.scraping
        self.settings.ui, self.settings.alerts = new.ui, new.alerts
        self.app.notify(f"Settings saved to {path}", markup=False)
        self.dismiss(True)

    def _reveal_connection(self) -> None:
        """Scroll the connection/trial line into view (below the fold on a short terminal)."""
        line = self.query_one("#connection", Static)
        self.call_after_refresh(line.scroll_visible, animate=False)

    def action_test_connection(self) -> None:
        self._start_probe()
        self._reveal_connection()

    def _start_probe(self) -> None:
        try:
            host = normalize_host(self.query_one("#host", Input).value or "")
        except ValueError as exc:
            self.query_one("#connection", Static).update(Text(str(exc), style="red"))
            return
        self.query_one("#connection", Static).update(Text(f"Asking {host}…", style="dim"))
        rating = copy.deepcopy(self.settings.rating)
        rating.host = host
        self.test_connection(rating)

    @work(thread=True, exclusive=True, group="settings-probe", exit_on_error=False,
          description="testing the Ollama connection")
    def test_connection(self, rating) -> None:
        status = data.probe_ollama(rating)
        self.app.call_from_thread(self._show_probe, status, rating.model)

    def action_try_model(self) -> None:
        try:
            rating = self.read_settings().rating
        except (SettingsError, ConfigError) as exc:
            self.query_one("#connection", Static).update(Text(str(exc), style="bold red"))
            self._reveal_connection()
            return
        self.query_one("#connection", Static).update(
            Text(f"Trying {rating.model} on eight sample jobs…", style="dim"))
        self._reveal_connection()
        self.try_model(rating)

    @work(thread=True, exclusive=True, group="settings-trial", exit_on_error=False,
          description="trying the model on sample jobs")
    def try_model(self, rating) -> None:
        def progress(line: str) -> None:
            self.app.call_from_thread(self._show_trial, line, "dim")

        line = data.try_rating_model(rating, progress, self._stop_trial)
        if not self._stop_trial.is_set():
            self.app.call_from_thread(self._show_trial, line, "bold")

    def _show_trial(self, line: str, style: str) -> None:
        if self.is_mounted:
            self.query_one("#connection", Static).update(Text(line, style=style))

    def _show_probe(self, status, current_model: str) -> None:
        box = self.query_one("#connection", Static)
        if not status.reachable:
            box.update(Text(status.message, style="bold red"))
            return
        model = self.query_one("#model", Select)
        chosen = model.value
        names = list(status.models)
        if chosen not in names:
            names.insert(0, str(chosen))
        model.set_options([(n, n) for n in names])
        model.value = chosen
        line = Text(f"Ollama {status.version or ''} answers with {len(status.models)} models.",
                    style="green")
        if not status.has_model(str(chosen)):
            line.append(f" '{chosen}' is not installed: run `ollama pull {chosen}`.",
                        style="bold yellow")
        box.update(line)
