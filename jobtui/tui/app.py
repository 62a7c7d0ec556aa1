"""The full-screen app: owns the session, the background worker thread and the status; the
views live in screens/ and widgets/, the layout in app.tcss."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

# Textual's thread workers (screens' @work), not jobtui.worker.Worker (the scheduler loop).
from textual.worker import Worker as TextualWorker
from textual.worker import WorkerState as TextualWorkerState

from jobtui.events import HINT_ADD_RESUME
from jobtui.session import Session
from jobtui.tui import data, text
from jobtui.tui import messages as msg
from jobtui.tui.collector import CHECK_EVERY, IdleCollector
from jobtui.tui.commands import GuardedCommandPalette, JobtuiCommands
from jobtui.tui.messages import JobsChanged
from jobtui.tui.screens.main import MainScreen

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from jobtui.tui.background import BackgroundWorker

# How the TUI words the worker's hints (the CLI names its commands instead).
HINTS = {HINT_ADD_RESUME: " (u adds one)"}
WORKER_START_DELAY = 0.5  # start the worker after the first frame: its imports are heavy
RELOAD_DELAY = 1.0  # coalesce bursts of new jobs/ratings into one table reload
OLLAMA_PROBE_EVERY = 60.0
NOTIFY_DELAY = 1.5  # strong matches arriving within this many seconds share one notification


class JobtuiApp(App[None]):
    TITLE = "jobtui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {JobtuiCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("f1", "help", "Help", show=False, id="help-f1"),
    ]

    worker_state: reactive[str] = reactive("starting")
    activity: reactive[str] = reactive("")
    ollama: reactive[str] = reactive("")
    last_error: reactive[str] = reactive("")

    def __init__(self, session: Session, *, demo: bool = False, background: bool = True,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.session = session
        # "Now" for time windows such as "new in the last day" (frozen in snapshot tests).
        self.clock = clock
        self.demo = demo
        self.start_background = background and not demo
        self.background: BackgroundWorker | None = None
        self.activity_log: deque[Text] = deque(maxlen=1000)
        self.main_screen = MainScreen()
        self._reload_timer = None
        self._notify_timer = None
        self._strong_matches: list = []
        self.quitting = False  # keys already queued behind q must not open screens
        # Full garbage collections wait for the user to pause (started by the first jobs).
        self.idle_collector = IdleCollector()
        if demo:
            self.sub_title = "demo: sample data in a temporary database"

    def on_mount(self) -> None:
        self.theme = self.session.settings.ui.theme
        self.push_screen(self.main_screen)
        self.set_interval(CHECK_EVERY, self.idle_collector.tick)
        if self.demo:
            self.worker_state = "off"
            self.activity = "demo mode: no scraping, no model"
            return
        if self.start_background:
            self.set_timer(WORKER_START_DELAY, self._start_background)
        else:
            self.worker_state = "off"
        # The probe imports the HTTP stack: after the first frame, like the worker.
        self.set_timer(WORKER_START_DELAY, self.probe_ollama)
        self.set_interval(OLLAMA_PROBE_EVERY, self.probe_ollama)

    def _start_background(self) -> None:
        from jobtui.tui.background import BackgroundWorker

        self.background = BackgroundWorker(self.session, self.post_message)
        self.background.start()

    def on_unmount(self) -> None:
        self.idle_collector.stop()
        if self.background is not None:
            self.background.stop()

    # -- status --------------------------------------------------------------------------

    def log_activity(self, line: str, style: str = "") -> None:
        entry = Text(datetime.now().strftime("%H:%M:%S  "), style="dim")
        entry.append(text.one_line(line, 500), style=style)
        self.activity_log.append(entry)
        from jobtui.tui.screens.activity import ActivityScreen

        # While quitting, the worker's last events arrive after the screens are gone.
        if self.screen_stack and isinstance(self.screen, ActivityScreen):
            self.screen.add(entry)

    @work(thread=True, exclusive=True, group="ollama-probe", exit_on_error=False,
          description="asking Ollama for its models")
    def probe_ollama(self) -> None:
        rating = self.session.settings.rating
        status = data.probe_ollama(rating)
        if not status.reachable:
            line = f"Ollama ✗ {status.message}"
        elif status.has_model(rating.model):
            line = f"Ollama ✓ {rating.model}"
        else:
            line = f"Ollama ✗ no model {rating.model} (ollama pull {rating.model})"
        self.call_from_thread(setattr, self, "ollama", line)

    def on_background_state_changed(self, message: msg.BackgroundStateChanged) -> None:
        event = message.event
        self.worker_state = event.state
        detail = event.detail + HINTS.get(event.hint, "")
        if detail:
            self.activity = detail
        self.log_activity(f"worker {event.state}" + (f": {detail}" if detail else ""))

    def on_background_progress(self, message: msg.BackgroundProgress) -> None:
        self.activity = message.event.activity

    def on_board_failed(self, message: msg.BoardFailed) -> None:
        e = message.event
        self.last_error = f"{e.site}: {e.message}"
        self.log_activity(f"search #{e.search_id} {e.site}: {e.message}", "red")
        self._schedule_reload()

    def on_board_warned(self, message: msg.BoardWarned) -> None:
        e = message.event
        self.log_activity(f"search #{e.search_id} {e.site}: warning: {e.message}", "yellow")

    def on_jobs_arrived(self, message: msg.JobsArrived) -> None:
        e = message.event
        self.log_activity(f"search #{e.search_id}: {e.found} jobs found, {e.new} new")
        self._schedule_reload()

    def on_job_rated_message(self, message: msg.JobRatedMessage) -> None:
        e = message.event
        self.log_activity(f"rated {e.rating}: {e.title} · {e.company}")
        if e.rating >= self.session.settings.ui.notify_rating:
            self._strong_matches.append(e)
            if self._notify_timer is None:
                self._notify_timer = self.set_timer(NOTIFY_DELAY, self._notify_matches)
        self._schedule_reload()

    def _notify_matches(self) -> None:
        """One notification per burst of strong matches (a first run rates dozens at once)."""
        self._notify_timer = None
        matches, self._strong_matches = self._strong_matches, []
        if not matches:
            return
        best = max(matches, key=lambda m: m.rating)
        line = f"{best.rating}: {text.one_line(best.title, 80)} · {text.one_line(best.company, 40)}"
        if len(matches) == 1:
            self.notify(line, title="New strong match", markup=False)
        else:
            self.notify(f"best {line}", title=f"{len(matches)} new strong matches",
                        markup=False)

    def on_rating_failed_message(self, message: msg.RatingFailedMessage) -> None:
        e = message.event
        self.last_error = f"job {e.job_id}: {e.message}"
        self.log_activity(f"rating job {e.job_id} failed: {e.message}", "red")

    def on_notice_message(self, message: msg.NoticeMessage) -> None:
        self.last_error = message.event.message  # the status bar's warning slot
        self.log_activity(message.event.message, "yellow")

    def on_background_failed(self, message: msg.BackgroundFailed) -> None:
        self.last_error = message.event.message
        self.log_activity(message.event.message, "bold red")
        if "ollama" in message.event.message.lower():
            self.ollama = "Ollama ✗"

    def _schedule_reload(self) -> None:
        if self._reload_timer is None:
            self._reload_timer = self.set_timer(RELOAD_DELAY, self._reload)

    def _reload(self) -> None:
        self._reload_timer = None
        self.main_screen.post_message(JobsChanged())

    def on_worker_state_changed(self, event: TextualWorker.StateChanged) -> None:
        """Any failed UI worker becomes a notification and a log line, never a crash."""
        if event.state == TextualWorkerState.ERROR:
            from jobtui.tui.data import failure_message

            error = event.worker.error
            what = event.worker.description or event.worker.name
            log.error("%s failed", what, exc_info=error)
            self.report_failure(f"{what} failed: {failure_message(error)}")

    def report_failure(self, line: str) -> None:
        """An error the user must see: a notification, the status bar and the activity log."""
        self.last_error = line
        self.log_activity(line, "red")
        self.notify(line, severity="error", markup=False, timeout=10)

    # -- actions -------------------------------------------------------------------------

    async def action_quit(self) -> None:
        self.quitting = True
        await super().action_quit()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseEvent)):
            self.idle_collector.touched()
        # A key still queued while the app shuts down would find no screen (ScreenStackError).
        if isinstance(event, events.Key) and not self.screen_stack:
            return
        await super().on_event(event)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing runs once the app is quitting (a screen mounting then would crash)."""
        return False if self.quitting else super().check_action(action, parameters)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not GuardedCommandPalette.is_open(self):
            self.push_screen(GuardedCommandPalette(id="--command-palette"))

    def action_help(self) -> None:
        from jobtui.tui.screens.help import HelpScreen, screen_key_rows

        if type(self.screen).__name__ != "HelpScreen":
            self.push_screen(HelpScreen("Keys", screen_key_rows(self.screen)))

    def action_scrape_now(self) -> None:
        if self.demo:
            self.notify("Demo mode: scraping is off.", severity="warning")
        elif self.background is not None and self.background.wake(scrape_all=True):
            self.notify("Scraping every search now.", timeout=3)
        else:
            self.notify("The background worker is not running "
                        f"({self.worker_state}); see the activity log (l).", severity="warning")

    def action_resume(self) -> None:
        from jobtui.tui.screens.resume import ResumeScreen

        def done(stored: bool | None) -> None:
            if stored:
                self.main_screen.post_message(JobsChanged())
                if self.background is not None:
                    self.background.wake()

        self.push_screen(ResumeScreen(self.session.settings), done)

    def action_settings(self) -> None:
        from jobtui.tui.screens.settings import SettingsScreen

        def done(saved: bool | None) -> None:
            if saved and not self.demo:
                self.probe_ollama()

        self.push_screen(SettingsScreen(self.session.settings), done)

    def action_companies(self) -> None:
        from jobtui.tui.screens.companies import CompaniesScreen

        def done(changed: bool | None) -> None:
            if changed:
                self.main_screen.post_message(JobsChanged())
                if self.background is not None:
                    self.background.wake()  # a new company is due at once

        self.push_screen(CompaniesScreen(), done)

    def action_activity(self) -> None:
        from jobtui.tui.screens.activity import ActivityScreen

        self.push_screen(ActivityScreen())

    def open_search_form(self, search_id: int | None) -> None:
        """Open the form for a new search (``search_id`` None) or to edit one; the search is
        read on a worker thread first."""
        if search_id is None:
            self._show_search_form(None)
        else:
            self.main_screen.open_later("search-form")
            self.load_search_for_form(search_id)

    @work(thread=True, exclusive=True, group="search-form", exit_on_error=False,
          description="reading the saved search")
    def load_search_for_form(self, search_id: int) -> None:
        search = data.search_for_edit(search_id)
        if search is None:
            self.call_from_thread(self._search_form_refused, f"Saved search #{search_id} is gone.")
        elif search.is_company:
            self.call_from_thread(self._search_form_refused, f"{search.name} is a watched "
                                  "company: C adds or removes companies.")
        else:
            self.call_from_thread(self._show_search_form, search, True)

    def _search_form_refused(self, message: str) -> None:
        if self.main_screen.still_wanted("search-form"):
            self.notify(message, severity="warning", markup=False)

    def _show_search_form(self, search: data.SearchView | None, read: bool = False) -> None:
        from jobtui.tui.screens.search_form import SearchFormScreen

        if read and not self.main_screen.still_wanted("search-form"):
            return

        def done(saved_id: int | None) -> None:
            if saved_id is not None:
                self.notify(f"Saved search #{saved_id}.", timeout=3)
                self.main_screen.post_message(JobsChanged())
                if self.background is not None:
                    self.background.wake()

        self.push_screen(SearchFormScreen(search, self.session.settings.scraping), done)

    @work(thread=True, group="writes", exit_on_error=False, description="re-rating")
    def rerate(self, job_id: int) -> None:
        if not data.request_rerate(self.session.user, job_id):
            self.call_from_thread(self.notify, "Add a resume first (u): jobs are rated "
                                  "against it.", severity="warning")
            return
        if self.background is not None:
            self.background.wake()
        self.call_from_thread(self.notify, "Queued for re-rating.", timeout=3)

