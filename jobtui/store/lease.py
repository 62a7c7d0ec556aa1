"""The worker lease: at most one background worker per database.

The holder renews a heartbeat; a lease whose heartbeat is older than ``STALE_AFTER`` belongs
to a worker that died (or a suspended laptop) and is taken over.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from jobtui.db.models import WorkerLease, database, utcnow
from jobtui.errors import JobtuiError

LEASE_ID = 1  # the table holds at most this one row
HEARTBEAT_EVERY = timedelta(seconds=20)
STALE_AFTER = timedelta(seconds=90)


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


def current_holder(now: datetime | None = None) -> LeaseHolder | None:
    """Who holds a live lease, or None when nobody does (no row, or a stale one)."""
    row = WorkerLease.get_or_none(WorkerLease.id == LEASE_ID)
    if row is None or (now or utcnow()) - row.heartbeat_at > STALE_AFTER:
        return None
    return LeaseHolder(row.holder, row.acquired_at, row.heartbeat_at)


def acquire(holder: str, now: datetime | None = None) -> LeaseHolder | None:
    """Take the lease for ``holder``. Returns None on success, or the live holder that keeps it.

    A stale lease is taken over. One transaction (BEGIN IMMEDIATE), so two workers starting
    together cannot both win.
    """
    now = now or utcnow()
    with database.atomic():
        row = WorkerLease.get_or_none(WorkerLease.id == LEASE_ID)
        if row is None:
            WorkerLease.create(id=LEASE_ID, holder=holder, acquired_at=now, heartbeat_at=now)
            return None
        if now - row.heartbeat_at <= STALE_AFTER:
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

    ``lost`` is set (and ``on_lost`` called) if another worker took the lease over, e.g.
    after this process was suspended for longer than ``STALE_AFTER``.
    """

    def __init__(self, holder: str | None = None,
                 on_lost: Callable[[], None] = lambda: None) -> None:
        self.holder = holder or this_process()
        self.on_lost = on_lost
        self.lost = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> LeaseKeeper:
        other = acquire(self.holder)
        if other is not None:
            raise WorkerLocked(other)
        self._thread = threading.Thread(target=self._beat, name="jobtui-lease", daemon=True)
        self._thread.start()
        return self

    def _beat(self) -> None:
        try:
            while not self._done.wait(HEARTBEAT_EVERY.total_seconds()):
                if not renew(self.holder):
                    self.lost.set()
                    self.on_lost()
                    return
        finally:
            database.close()  # this thread's own connection

    def __exit__(self, *exc_info) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not self.lost.is_set():
            release(self.holder)
