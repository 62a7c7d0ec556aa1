"""The worker lease: at most one background worker per database.

The holder renews a heartbeat; a lease whose heartbeat is older than ``STALE_AFTER`` belongs
to a worker that died (or a suspended laptop) and is taken over, at once when the holder is a
process of this machine that no longer exists. A holder that cannot renew (the database
stayed locked, the disk is full) keeps retrying and gives the lease up ``GIVE_UP_AFTER`` the
last renewal, well before anyone else may take it: two workers never rate at once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from jobtui.db.errors import describe
from jobtui.db.models import WorkerLease, database, utcnow
from jobtui.errors import JobtuiError

log = logging.getLogger(__name__)

LEASE_ID = 1  # the table holds at most this one row
HEARTBEAT_EVERY = timedelta(seconds=20)
STALE_AFTER = timedelta(seconds=90)
# Stop working this long after the last renewal: a 30 s margin before the lease is stale.
GIVE_UP_AFTER = timedelta(seconds=60)
RETRY_EVERY = timedelta(seconds=2)  # a failed renewal is tried again this soon


def this_process() -> str:
    """The holder name of this process: "HOST:PID"."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class LeaseHolder:
    holder: str
    acquired_at: datetime
    heartbeat_at: datetime

    def describe(self) -> str:
        return f"held by {self.holder} since {self.acquired_at:%Y-%m-%d %H:%M:%S} UTC"


def holder_is_gone(holder: str) -> bool:
    """Whether ``holder`` ("HOST:PID") is a process of this machine that no longer runs."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):  # another user's process, or no such pid
        return False
    return False


def current_holder(now: datetime | None = None) -> LeaseHolder | None:
    """Who holds a live lease, or None when nobody does (no row, or a stale one)."""
    row = WorkerLease.get_or_none(WorkerLease.id == LEASE_ID)
    if row is None or (now or utcnow()) - row.heartbeat_at > STALE_AFTER:
        return None
    return LeaseHolder(row.holder, row.acquired_at, row.heartbeat_at)


def acquire(holder: str, now: datetime | None = None) -> LeaseHolder | None:
    """Take the lease for ``holder``. Returns None on success, or the live holder that keeps it.

    A stale lease, or one whose holder died on this machine, is taken over. One transaction
    (BEGIN IMMEDIATE), so two workers starting together cannot both win.
    """
    now = now or utcnow()
    with database.atomic():
        row = WorkerLease.get_or_none(WorkerLease.id == LEASE_ID)
        if row is None:
            WorkerLease.create(id=LEASE_ID, holder=holder, acquired_at=now, heartbeat_at=now)
            return None
        if now - row.heartbeat_at <= STALE_AFTER and not holder_is_gone(row.holder):
            return LeaseHolder(row.holder, row.acquired_at, row.heartbeat_at)
        WorkerLease.update(holder=holder, acquired_at=now, heartbeat_at=now).where(
            WorkerLease.id == LEASE_ID
        ).execute()
        return None


def renew(holder: str, now: datetime | None = None) -> bool:
    """Refresh the heartbeat; False when the lease is no longer ``holder``'s (taken over)."""
    with database.atomic():
        updated = WorkerLease.update(heartbeat_at=now or utcnow()).where(
            (WorkerLease.id == LEASE_ID) & (WorkerLease.holder == holder)
        ).execute()
    return updated == 1


def release(holder: str) -> None:
    """Give the lease up (only if ``holder`` still has it)."""
    with database.atomic():
        WorkerLease.delete().where(
            (WorkerLease.id == LEASE_ID) & (WorkerLease.holder == holder)
        ).execute()


class WorkerLocked(JobtuiError):
    """Another process runs the worker on this database."""

    def __init__(self, holder: LeaseHolder) -> None:
        super().__init__(f"another jobtui worker uses this database ({holder.describe()}); "
                         "stop it or wait for it to finish")
        self.holder = holder


class LeaseKeeper:
    """Hold the lease for a ``with`` block, renewing the heartbeat from a daemon thread.

    ``lost`` is set (and ``on_lost`` called) when this process can no longer prove it holds
    the lease: another worker took it over (e.g. after a suspend longer than ``STALE_AFTER``),
    or renewals kept failing for ``GIVE_UP_AFTER``. Each failed renewal is logged, reported
    through ``on_error`` and retried; it never ends the thread.
    """

    def __init__(self, holder: str | None = None,
                 on_lost: Callable[[], None] = lambda: None,
                 on_error: Callable[[str], None] = lambda message: None) -> None:
        self.holder = holder or this_process()
        self.on_lost = on_lost
        self.on_error = on_error
        self.lost = threading.Event()
        self.lost_reason = ""
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._renewed_at = time.monotonic()

    def __enter__(self) -> LeaseKeeper:
        other = acquire(self.holder)
        if other is not None:
            raise WorkerLocked(other)
        self._renewed_at = time.monotonic()
        self._thread = threading.Thread(target=self._beat, name="jobtui-lease", daemon=True)
        self._thread.start()
        return self

    def _seconds_left(self) -> float:
        """How long this process may still act as the holder without another renewal."""
        return GIVE_UP_AFTER.total_seconds() - (time.monotonic() - self._renewed_at)

    def held(self) -> bool:
        """Whether this process can still prove it holds the lease."""
        return not self.lost.is_set() and self._seconds_left() > 0

    def _lose(self, reason: str) -> None:
        self.lost_reason = reason
        self.lost.set()
        self.on_lost()

    def _beat(self) -> None:
        cause = ""
        try:
            wait = HEARTBEAT_EVERY.total_seconds()
            while not self._done.wait(max(0.0, min(wait, self._seconds_left()))):
                if self._seconds_left() <= 0:
                    self._lose(f"could not renew the worker lease for "
                               f"{GIVE_UP_AFTER.total_seconds():.0f} s ({cause})")
                    return
                try:
                    ours = renew(self.holder)
                except Exception as exc:  # a locked database or a full disk: retry, report
                    log.warning("renewing the worker lease failed", exc_info=True)
                    cause = describe(exc) or f"{type(exc).__name__}: {exc}"
                    self.on_error(f"could not renew the worker lease ({cause}); retrying")
                    wait = RETRY_EVERY.total_seconds()
                    continue
                if not ours:
                    self._lose("another worker took the lease over")
                    return
                self._renewed_at = time.monotonic()
                wait = HEARTBEAT_EVERY.total_seconds()
        finally:
            database.close()  # this thread's own connection

    def __exit__(self, *exc_info) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        try:
            release(self.holder)  # deletes the row only while it is still ours
        except Exception:  # the next start takes a stale or dead holder's lease over anyway
            log.warning("releasing the worker lease failed", exc_info=True)
