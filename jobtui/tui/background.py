"""The background worker thread the app starts on mount: it runs the shared ``jobtui.worker``
loop and hands every event to the UI thread as a message. Widgets are never touched here."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from jobtui import events
from jobtui.session import Session
from jobtui.tui import data
from jobtui.tui.messages import message_for

log = logging.getLogger(__name__)


class BackgroundWorker:
    """Owns the worker thread and its stop flag; ``post`` must be thread-safe (post_message is)."""

    def __init__(self, session: Session, post: Callable[[object], object]) -> None:
        self.session = session
        self.post = post
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.worker = None

    def emit(self, event: events.Event) -> None:
        self.post(message_for(event))

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="jobtui-worker", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            with data.connection():
                self.worker = data.background_worker(self.session, self.emit)
                self.worker.run(self.stop_event, wait_for_lease=True)
        except Exception as exc:  # the UI must learn about it instead of a silent dead thread
            log.exception("background worker crashed")
            self.emit(events.ErrorEvent(f"background worker stopped: {type(exc).__name__}: {exc}"))
            self.emit(events.WorkerState("stopped", str(exc)))

    def wake(self, scrape_all: bool = False) -> bool:
        """Ask the worker to run now; False when it is not running."""
        if self.worker is None or self.thread is None or not self.thread.is_alive():
            return False
        self.worker.wake(scrape_all=scrape_all)
        return True

    def stop(self, timeout: float = 5.0) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(timeout)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()
