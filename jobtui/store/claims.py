"""Claims: how several workers share one PostgreSQL store without doing anything twice.

A worker claims the (job, resume) pairs it is about to rate and the search it is about to
scrape. Candidates are read with ``SELECT … FOR UPDATE SKIP LOCKED`` (workers claiming at
the same moment pass each other's rows by instead of waiting) and recorded in a claim row
whose primary key makes a pair or search belong to one worker only. A claim lasts
``ttl`` seconds and is renewed while the worker lives; a worker that dies simply stops
renewing, and its claims are taken over once they expire.

On SQLite one worker holds the lease (``store.lease``), so every function here is a no-op
there: ``claim_pairs`` is the plain rating queue and ``claim_search`` always succeeds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from jobtui.db.engine import is_postgres
from jobtui.db.models import database, utcnow
from jobtui.store import ratings
from jobtui.store.lease import this_process
from jobtui.store.ratings import QueueItem

DEFAULT_TTL = 120.0  # seconds; renewed every third of it while the worker lives
CLAIM_ROUNDS = 5  # reads a claim makes when other workers keep winning the same candidates


def _claim_walk(source: str) -> str:
    """The rating queue in its own order (``ratings._walk``: asked-for jobs, then pre-rank,
    then date) read from ``rating_queue`` (``p`` in ``source``; db/pg_schema.py: a row per
    pair still to rate, indexed in that order), minus pairs another worker holds a live claim
    on (parameter: now, first). The queue rows are locked, skipping the ones a concurrent claim
    is locking. Claims run on PostgreSQL only: NULLs sort last there as on SQLite."""
    return ratings.postgres_order(ratings._walk(
        source,
        "p.job_id",
        " AND NOT EXISTS (SELECT 1 FROM rating_claim c"
        " WHERE c.job_id = p.job_id AND c.resume_id = p.resume_id AND c.expires_at > ?)",
        # A probe per pair read (a scalar subquery): as NOT EXISTS the planner reads every job.
        " AND NOT COALESCE((SELECT h.description_wanted_since > ? FROM job h"
        " WHERE h.id = p.job_id), FALSE)",
        "ORDER BY p.requested DESC, p.score DESC, p.posted DESC, p.job_id DESC, p.resume_id",
    )) + " FOR UPDATE OF p SKIP LOCKED"


# The queue's index, walked: it stops after ``limit`` rows.
_CLAIM_CANDIDATES = _claim_walk("rating_queue p JOIN resume res ON res.id = p.resume_id")
# With few jobs in due searches (one scrape's worth) only their pairs are read, by key, and
# sorted: the walk would first read past every pair held back (searches already processed, the
# pre-rank floor, filters). The due searches' ids go in as values, so the planner sees how few
# links they hold.
_FROM_DUE = (
    "(SELECT DISTINCT COALESCE(d.duplicate_of_id, d.id) AS job_id, us.user_id"
    " FROM search_job sj JOIN job d ON d.id = sj.job_id"
    " JOIN user_search us ON us.search_id = sj.search_id WHERE sj.search_id IN ({marks})) due"
    " JOIN rating_queue p ON p.job_id = due.job_id"
    " JOIN resume res ON res.id = p.resume_id AND res.user_id = due.user_id")
_DUE_SEARCHES = f"SELECT s.id FROM search s WHERE {ratings._DUE_SEARCH}"
_DUE_LINKS = ("SELECT COUNT(*) FROM (SELECT 1 FROM search_job WHERE search_id IN ({marks})"
              " LIMIT ?) links")
_CLAIM = """
    INSERT INTO rating_claim (job_id, resume_id, holder, expires_at) VALUES {rows}
    ON CONFLICT (job_id, resume_id) DO UPDATE
    SET holder = excluded.holder, expires_at = excluded.expires_at
    WHERE rating_claim.expires_at <= ? OR rating_claim.holder = excluded.holder
    RETURNING job_id, resume_id
"""


_default_ttl = [DEFAULT_TTL]


def set_default_ttl(seconds: float) -> None:
    """The claim lifetime of claimants made from now on in this process (the
    ``rating.claim_seconds`` setting)."""
    _default_ttl[0] = seconds


@dataclass
class Claimant:
    """Who claims (``holder``, "HOST:PID" by default) and for how long (``ttl`` seconds)."""

    holder: str = ""
    ttl: float = field(default_factory=lambda: _default_ttl[0])

    def __post_init__(self) -> None:
        self.holder = self.holder or this_process()

    def expiry(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.ttl)


def _candidates_read(params: list) -> tuple[str, list] | None:
    """The claim's read and its parameters: from the due searches when they hold few jobs,
    else the queue's index walked; None when no search is due (nothing is queued then)."""
    due = [row[0] for row in database.execute_sql(_DUE_SEARCHES).fetchall()]
    if not due:
        return None
    marks = ", ".join("?" * len(due))
    links = database.execute_sql(_DUE_LINKS.format(marks=marks),
                                 [*due, ratings.BY_DATE_ABOVE + 1]).fetchone()[0]
    if links > ratings.BY_DATE_ABOVE:
        return _CLAIM_CANDIDATES, params
    return _claim_walk(_FROM_DUE.format(marks=marks)), [*due, *params]


def claim_pairs(claimant: Claimant, limit: int, *, max_attempts: int | None = None,
                min_prerank: float | None = None, now: datetime | None = None,
                ) -> list[QueueItem]:
    """Up to ``limit`` queued pairs that are now this worker's alone, in queue order."""
    if not is_postgres():
        return ratings.rating_queue(limit, max_attempts=max_attempts, now=now,
                                    min_prerank=min_prerank)
    for _ in range(CLAIM_ROUNDS):
        now = now or utcnow()
        params = [ratings._ts(now), ratings._max_attempts(max_attempts), ratings._ts(now),
                  ratings._ts(now - ratings.DESCRIPTION_WAIT), min_prerank, min_prerank, limit]
        read = _candidates_read(params)
        if read is None:
            return []
        with database.atomic():
            candidates = [QueueItem(*row) for row in database.execute_sql(*read).fetchall()]
            if not candidates:
                return []
            rows = ", ".join(["(?, ?, ?, ?)"] * len(candidates))
            values = [v for item in candidates for v in (
                item.job_id, item.resume_id, claimant.holder,
                ratings._ts(claimant.expiry(now)))]
            won = set(database.execute_sql(_CLAIM.format(rows=rows),
                                           [*values, ratings._ts(now)]).fetchall())
        claimed = [item for item in candidates if (item.job_id, item.resume_id) in won]
        if claimed:
            return claimed
        now = None  # another worker won every candidate: read again past its claims
    return []


def next_expiry(claimant: Claimant, now: datetime | None = None) -> datetime | None:
    """When the first live pair claim of another worker expires (None: they hold none): the
    earliest moment a claim could take a pair over. Claims expired already were passed over
    by the last claim (their pairs are rated, or held back), so they are not waited for."""
    if not is_postgres():
        return None
    first = database.execute_sql(
        "SELECT MIN(expires_at) FROM rating_claim WHERE holder != ? AND expires_at > ?",
        [claimant.holder, ratings._ts(now or utcnow())]).fetchone()[0]
    return None if first is None else datetime.fromisoformat(str(first))


def release_pair(claimant: Claimant, job_id: int, resume_id: int) -> None:
    """The pair is rated (or failed): its claim goes."""
    if is_postgres():
        database.execute_sql(
            "DELETE FROM rating_claim WHERE job_id = ? AND resume_id = ? AND holder = ?",
            [job_id, resume_id, claimant.holder])


def release_all(claimant: Claimant) -> None:
    """Give back every claim of this worker (it stops, or its drain ended)."""
    if is_postgres():
        with database.atomic():
            database.execute_sql("DELETE FROM rating_claim WHERE holder = ?", [claimant.holder])
            database.execute_sql("DELETE FROM search_claim WHERE holder = ?", [claimant.holder])


def renew(claimant: Claimant, now: datetime | None = None) -> int:
    """Push this worker's claims' expiry on; returns how many it holds."""
    if not is_postgres():
        return 0
    expires = ratings._ts(claimant.expiry(now or utcnow()))
    with database.atomic():
        count = database.execute_sql("UPDATE rating_claim SET expires_at = ? WHERE holder = ?",
                                     [expires, claimant.holder]).rowcount
        count += database.execute_sql("UPDATE search_claim SET expires_at = ? WHERE holder = ?",
                                      [expires, claimant.holder]).rowcount
    return count


def claim_search(claimant: Claimant, search_id: int, last_search: datetime | None,
                 now: datetime | None = None) -> bool:
    """True when this worker may scrape the search now: nobody else holds it and nobody
    scraped it since it was read as due (``last_search`` as then read)."""
    if not is_postgres():
        return True
    now = now or utcnow()
    with database.atomic():
        row = database.execute_sql(
            "SELECT last_search IS NOT DISTINCT FROM ? FROM search WHERE id = ?"
            " FOR UPDATE SKIP LOCKED",
            [None if last_search is None else ratings._ts(last_search), search_id],
        ).fetchone()
        if row is None or not row[0]:
            return False  # being claimed right now, gone, or scraped meanwhile
        won = database.execute_sql(
            "INSERT INTO search_claim (search_id, holder, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT (search_id) DO UPDATE SET holder = excluded.holder,"
            " expires_at = excluded.expires_at WHERE search_claim.expires_at <= ?"
            " OR search_claim.holder = excluded.holder RETURNING search_id",
            [search_id, claimant.holder, ratings._ts(claimant.expiry(now)), ratings._ts(now)],
        ).fetchone()
    return won is not None


def release_search(claimant: Claimant, search_id: int) -> None:
    if is_postgres():
        database.execute_sql("DELETE FROM search_claim WHERE search_id = ? AND holder = ?",
                             [search_id, claimant.holder])


class ClaimKeeper:
    """Renews ``claimant``'s claims from a daemon thread for a ``with`` block, and gives
    them all back at the end (PostgreSQL's counterpart of ``lease.LeaseKeeper``)."""

    def __init__(self, claimant: Claimant) -> None:
        self.claimant = claimant
        self.lost = threading.Event()  # never set: claims are not taken from a live worker
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ClaimKeeper:
        self._thread = threading.Thread(target=self._beat, name="jobtui-claims", daemon=True)
        self._thread.start()
        return self

    def _beat(self) -> None:
        try:
            while not self._done.wait(self.claimant.ttl / 3):
                try:
                    renew(self.claimant)
                except Exception:  # the server blinked: the next beat tries again
                    database.close()
        finally:
            database.close()  # this thread's own connection

    def __exit__(self, *exc_info) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        release_all(self.claimant)
