"""The background worker shared by the TUI's thread and ``jobtui run``: on a schedule it
scrapes the due searches, then drains the rating queue, and reports through events."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from jobtui.db.engine import is_postgres
from jobtui.db.errors import describe
from jobtui.db.models import database, utcnow
from jobtui.errors import JobtuiError
from jobtui.events import HINT_ADD_RESUME, ErrorEvent, Event, Notice, WorkerState
from jobtui.rating.processor import RatingProcessor, RatingSummary
from jobtui.rating.rater import RETRY_DELAYS
from jobtui.session import Session
from jobtui.store.claims import Claimant, ClaimKeeper, set_default_ttl
from jobtui.store.lease import LeaseKeeper, WorkerLocked

log = logging.getLogger(__name__)

CHECK_EVERY_SECONDS = 60.0  # how often due searches and the rating queue are looked at
LEASE_POLL_SECONDS = 10.0  # how often a waiting worker asks whether the lease is free

ScrapeFn = Callable[..., list[Any]]


class AlertHook(Protocol):
    """Sees every rating event; ``end_cycle`` closes a burst (``jobtui.alerts.burst``)."""

    report: Callable[[str], None]

    def observe(self, event: Event) -> None: ...

    def end_cycle(self) -> None: ...


def scrape_due_searches(session: Session, **kwargs: Any) -> list[Any]:
    """The real scraper (imported only when a cycle runs: it pulls in JobSpy and pandas)."""
    from jobtui.scrape.runner import scrape_due

    return scrape_due(session, **kwargs)


@dataclass
class CycleSummary:
    """What one cycle did: the scrape runs (the scraper's summaries) and the rating drain."""

    searches: list[Any] = field(default_factory=list)
    rating: RatingSummary = field(default_factory=RatingSummary)
    scrape_error: str = ""


class Worker:
    """One worker per SQLite database (a lease with a heartbeat), any number per PostgreSQL
    one (claims, see ``store.claims``). Thread-safe ``wake``; everything
    else runs on the thread that calls ``run`` or ``run_once``."""

    def __init__(
        self,
        session: Session,
        emit: Callable[[Event], None] = lambda e: None,
        *,
        scrape: ScrapeFn | None = None,
        model: str | None = None,
        check_every: float = CHECK_EVERY_SECONDS,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        lease_poll: float = LEASE_POLL_SECONDS,
        alerts: AlertHook | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session = session
        self.alerts = alerts
        if alerts is not None:  # delivery problems become notices in the log / status bar
            alerts.report = lambda message: self.emit(Notice(message))
        self.emit = emit
        self.scrape = scrape or scrape_due_searches
        self.model = model
        self.check_every = check_every
        self.retry_delays = retry_delays
        self.lease_poll = lease_poll
        self._wake = threading.Event()
        self._scrape_all = False
        self._lock = threading.Lock()
        self._halt = threading.Event()  # the current run's stop (or a lost lease)
        self._lease: LeaseKeeper | ClaimKeeper | None = None
        set_default_ttl(session.settings.rating.claim_seconds)
        self.claimant = Claimant()
        self._last_error = ""
        self.now = now  # the clock claims expire by (tests move it on)
        self._retry_at: datetime | None = None  # PostgreSQL: when others' claims may lapse

    def wake(self, *, scrape_all: bool = False) -> None:
        """Start the next cycle now; ``scrape_all`` scrapes every search, due or not."""
        with self._lock:
            self._scrape_all = self._scrape_all or scrape_all
        self._wake.set()

    def _take_scrape_all(self) -> bool:
        with self._lock:
            scrape_all, self._scrape_all = self._scrape_all, False
        return scrape_all

    def run_once(self, *, scrape_all: bool | None = None,
                 stop: threading.Event | None = None) -> CycleSummary:
        """One cycle: scrape due searches, then drain the rating queue.

        Takes the lease for the cycle unless ``run`` holds it; raises ``WorkerLocked`` when
        another process does. Setting ``stop`` ends the cycle early without partial rows.
        """
        if scrape_all is None:
            scrape_all = self._take_scrape_all()
        if self._lease is not None:
            return self._cycle(scrape_all)
        self._halt = stop or threading.Event()
        with self._keeper():
            return self._cycle(scrape_all)

    def _keeper(self) -> LeaseKeeper | ClaimKeeper:
        """SQLite: the one-worker lease. PostgreSQL: any number of workers, each renewing
        its own claims."""
        if is_postgres():
            return ClaimKeeper(self.claimant)
        return LeaseKeeper(on_lost=self._halt.set, on_error=self._lease_trouble)

    def _lease_trouble(self, message: str) -> None:
        self.emit(ErrorEvent(message))

    def _cycle(self, scrape_all: bool) -> CycleSummary:
        try:
            return self._steps(scrape_all)
        finally:
            if self.alerts is not None:  # one alert per cycle's burst, even when stopping
                self.alerts.end_cycle()

    def _emit_rating(self, event: Event) -> None:
        self.emit(event)
        if self.alerts is not None:
            self.alerts.observe(event)

    def _steps(self, scrape_all: bool) -> CycleSummary:
        summary = CycleSummary()
        self.emit(WorkerState("running", detail="scraping due searches"))
        try:
            summary.searches = list(
                self.scrape(self.session, force=scrape_all, emit=self.emit, stop=self._halt)
                or [])
        except JobtuiError as exc:
            summary.scrape_error = str(exc)
        except Exception as exc:  # a scraper bug must not stop rating or the loop
            log.exception("scraping failed")
            summary.scrape_error = f"scraping failed: {type(exc).__name__}: {exc}"
        if summary.scrape_error:
            self.emit(ErrorEvent(summary.scrape_error))
        if self._halt.is_set():
            return summary
        self.emit(WorkerState("running", detail="rating"))
        processor = RatingProcessor(self.session, model=self.model, emit=self._emit_rating,
                                    stop=self._halt, retry_delays=self.retry_delays,
                                    claimant=self.claimant)
        try:
            summary.rating = processor.drain()
        except JobtuiError as exc:  # e.g. a remote host without allow_remote
            summary.rating = RatingSummary(paused=str(exc))
        paused = summary.rating.paused
        if self._halt.is_set():
            return summary  # stopping: the caller reports "stopped"
        if paused:
            if paused != self._last_error:  # once per outage, not once a minute
                self.emit(ErrorEvent(paused))
            self.emit(WorkerState("paused", detail=paused))
        else:
            self.emit(self._idle_state(summary.rating))
        self._last_error = paused
        return summary

    def _idle_state(self, rating: RatingSummary) -> WorkerState:
        if rating.attempted:
            return WorkerState("idle", detail=rating.describe())
        if rating.retry_at is not None:
            return WorkerState("idle", detail="nothing to rate now: other workers are rating"
                               " the rest of the queue")
        from jobtui.store.resumes import active_resume

        if active_resume(self.session.user) is None:
            return WorkerState("idle", detail="nothing to rate: add a resume first",
                               hint=HINT_ADD_RESUME)
        return WorkerState("idle", detail=rating.describe_idle())

    def _guarded_cycle(self, scrape_all: bool) -> None:
        """A cycle that fails (e.g. the database stayed locked) is reported and the loop goes
        on: the next check tries again. A cycle that left the rest of the queue to other
        workers comes again when their first claim could lapse, not before (no polling)."""
        self._retry_at = None
        try:
            self._retry_at = self._cycle(scrape_all).rating.retry_at
        except Exception as exc:
            log.exception("worker cycle failed")
            cause = describe(exc) or f"{type(exc).__name__}: {exc}"
            message = f"the last cycle failed ({cause}); trying again later"
            self.emit(ErrorEvent(message))
            self.emit(WorkerState("idle", detail=message))

    def _take_lease(self, stop: threading.Event, wait: bool,
                    ) -> LeaseKeeper | ClaimKeeper | None:
        """The lease, or None when another worker holds it (with ``wait``: None only once
        ``stop`` is set; the lease is taken as soon as its holder lets it go or dies)."""
        reported = False
        while True:
            keeper = self._keeper()
            try:
                keeper.__enter__()
                return keeper
            except WorkerLocked as exc:
                if not reported:
                    detail = exc.holder.describe()
                    self.emit(WorkerState("locked", detail=detail + (
                        "; taking over when it stops" if wait else "")))
                    reported = True
            if not wait or stop.wait(self.lease_poll):
                return None

    def run(self, stop: threading.Event, *, wait_for_lease: bool = False) -> None:
        """Loop until ``stop`` is set: a cycle now, then every ``check_every`` seconds or on
        ``wake``. If another worker holds the lease, emits ``WorkerState("locked")`` and
        returns, or with ``wait_for_lease`` waits for it (an open app)."""
        import schedule

        self._halt = threading.Event()
        opened_here = database.is_closed()
        keeper = self._take_lease(stop, wait_for_lease)
        if keeper is None:
            if opened_here:
                database.close()
            return
        self._lease = keeper
        halt = self._halt

        def watch_stop() -> None:
            while not stop.wait(0.2):
                if halt.is_set():
                    return
            halt.set()
            self._wake.set()

        threading.Thread(target=watch_stop, name="jobtui-stop", daemon=True).start()
        scheduler = schedule.Scheduler()
        scheduler.every(self.check_every).seconds.do(self._wake.set)
        self._wake.set()  # the first cycle starts at once
        try:
            while not self._halt.is_set():
                scheduler.run_pending()
                if self._retry_at is not None and self.now() >= self._retry_at:
                    self._retry_at = None
                    self._wake.set()
                idle = scheduler.idle_seconds
                if self._wake.wait(timeout=max(0.05, min(idle if idle is not None else 1, 1))):
                    self._wake.clear()
                    if self._halt.is_set():
                        break
                    self._guarded_cycle(self._take_scrape_all())
        except Exception as exc:  # keep the TUI alive; the log has the traceback
            log.exception("worker crashed")
            self.emit(ErrorEvent(f"the worker stopped: {type(exc).__name__}: {exc}"))
        finally:
            self._lease = None
            keeper.__exit__(None, None, None)
            if keeper.lost.is_set():
                self.emit(WorkerState("locked", detail=keeper.lost_reason))
            self.emit(WorkerState("stopped"))
            self._halt.set()  # ends the stop watcher
            if opened_here:
                database.close()
