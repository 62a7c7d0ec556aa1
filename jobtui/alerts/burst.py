"""The worker's alert hook: strong ratings coalesce into one alert per burst, and the
scheduled digest e-mail goes out when due. Delivery failures are reported, never raised."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Protocol

from jobtui.alerts.message import Alert, AlertError, AlertItem
from jobtui.db.models import utcnow
from jobtui.events import Event, JobRated
from jobtui.session import Session

log = logging.getLogger(__name__)


class Notifier(Protocol):
    name: str

    def send(self, alert: Alert) -> None: ...


class AlertBurst:
    """Collects ``JobRated`` events at or above the threshold; ``flush`` sends them as one
    alert. A burst ends when the worker's cycle ends or ``window`` seconds after its first
    match, so a long drain still alerts every ``window`` seconds, never once per job."""

    def __init__(
        self,
        session: Session,
        channels: Callable[[], Sequence[Notifier]],
        *,
        report: Callable[[str], None] = lambda message: None,
        clock: Callable[[], float] = time.monotonic,
        digest: Callable[[], None] | None = None,
    ) -> None:
        self.session = session
        self.channels = channels  # asked at every alert: settings saved in the app apply
        self.report = report
        self.clock = clock
        self.digest = digest
        self._pending: list[JobRated] = []
        self._started: float | None = None

    @property
    def threshold(self) -> int:
        return self.session.settings.ui.notify_rating

    @property
    def window(self) -> float:
        """Seconds after a burst's first match when it is sent even if rating goes on."""
        return self.session.settings.alerts.coalesce_minutes * 60

    def observe(self, event: Event) -> None:
        """Called with every worker event on the worker's thread."""
        if not isinstance(event, JobRated) or event.rating < self.threshold:
            return
        self._pending.append(event)
        if self._started is None:
            self._started = self.clock()
        elif self.window and self.clock() - self._started >= self.window:
            self._guarded(self.flush)

    def flush(self) -> Alert | None:
        """Send the pending strong matches as one alert through every channel."""
        pending, self._pending, self._started = self._pending, [], None
        notifiers = list(self.channels()) if pending else []
        if not notifiers:
            return None
        from jobtui.store.matches import matches_for_jobs
        from jobtui.store.resumes import active_resume

        # Only the user's own ratings (the worker rates every user's resume), not hidden.
        resume = active_resume(self.session.user)
        mine = [e.job_id for e in pending if resume is not None and e.resume_id == resume.id]
        matches = matches_for_jobs(self.session.user, mine, min_rating=self.threshold)
        if not matches:
            return None
        alert = Alert.of([AlertItem(m.title, m.company, m.rating, m.url) for m in matches])
        log.info("alert: %s", alert.title)
        for notifier in notifiers:
            try:
                notifier.send(alert)
            except AlertError as exc:
                self.tell(f"alert not delivered: {exc}")
            except Exception as exc:  # a channel's bug must not stop the worker
                log.exception("alert through %s failed", notifier.name)
                self.tell(f"alert not delivered: {notifier.name}: {type(exc).__name__}: {exc}")
        return alert

    def end_cycle(self) -> None:
        """The worker's cycle ended: close the burst, then send the digest if it is due."""
        self._guarded(self.flush)
        if self.digest is not None:
            self._guarded(self.digest)

    def _guarded(self, step: Callable[[], object]) -> None:
        try:
            step()
        except Exception as exc:  # e.g. the database is busy: never stop rating for an alert
            log.exception("alerts failed")
            self.tell(f"alerts failed: {type(exc).__name__}: {exc}")

    def tell(self, message: str, level: int = logging.WARNING) -> None:
        """One line for the jobtui log and for the worker's listener (``report``)."""
        log.log(level, "%s", message)
        self.report(message)


def scheduled_digest(session: Session, report: Callable[..., None]) -> Callable[[], None]:
    """A callable that e-mails the digest when ``alerts.email_every_hours`` have passed
    (when ``alerts.email_to`` is set)."""
    from jobtui.alerts.mail import DigestSchedule, digest_email, send_email
    from jobtui.store.matches import strong_matches

    settings = session.settings
    schedule = DigestSchedule(settings.db_path, session.user.name)

    def send_if_due() -> None:
        if not settings.alerts.email_to:
            return
        now = utcnow()
        since = schedule.due_since(now, settings.alerts.email_every_hours)
        if since is None:
            return
        min_rating = settings.ui.notify_rating
        matches = strong_matches(session.user, since=since, min_rating=min_rating)
        if matches:
            try:
                send_email(digest_email(matches, settings.alerts, since=since,
                                        min_rating=min_rating), settings.alerts)
            except AlertError as exc:
                report(f"digest not sent: {exc}")
                return  # tried again next cycle
            report(f"digest e-mailed to {settings.alerts.email_to}: {len(matches)} matches",
                   logging.INFO)
        schedule.mark_sent(now)

    return send_if_due


def channels_for(session: Session, *, desktop: bool = True) -> list[Notifier]:
    """The channels ``[alerts]`` turns on now; ``desktop=False`` where the app shows its own."""
    from jobtui.alerts.desktop import DesktopNotifier
    from jobtui.alerts.push import NtfyNotifier, WebhookNotifier

    a = session.settings.alerts
    notifiers: list[Notifier] = []
    if desktop and a.desktop:
        notifiers.append(DesktopNotifier())
    if a.ntfy_url:
        notifiers.append(NtfyNotifier(a.ntfy_url, a.ntfy_token))
    if a.webhook_url:
        notifiers.append(WebhookNotifier(a.webhook_url))
    return notifiers


def build_alerts(session: Session, *, desktop: bool = True) -> AlertBurst:
    """The worker's alert hook for the session's settings (read again at every alert)."""
    burst = AlertBurst(session, lambda: channels_for(session, desktop=desktop))
    burst.digest = scheduled_digest(session, burst.tell)
    return burst
