"""Bulk ingest of JobSpy records: normalize, canonical URL, cross-board dedup, and store
into ``job`` / ``search_job`` with batched statements, committed every few seconds."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from jobtui.db.engine import is_postgres, raw_connection
from jobtui.db.models import Search, database, utcnow
from jobtui.scrape.dedup import is_cross_post
from jobtui.scrape.own_rows import OwnRows
from jobtui.scrape.prepare import (
    BATCH_SIZE,
    FINGERPRINT,
    POSTED,
    ROW_COLUMNS,
    SITE,
    URL,
    VALUE_COLUMNS,
    PreparedBatch,
    posted_day,
    prepare_batch,
    record_hash,
)
from jobtui.store.prefs import filter_new_jobs
from jobtui.store.prerank import score_new_jobs

# A big import commits at least this often, so the daemon's writes never wait long for it.
COMMIT_SECONDS = 2.0
# After storing this many new jobs the planner's statistics are refreshed (ANALYZE).
ANALYZE_AFTER = 5000
_IN_CHUNK = 900  # stays below every SQLite build's host-parameter limit

# A stored row is the prepared row (``ROW_COLUMNS``) between its id and these.
_INSERT_COLUMNS = ("id", *ROW_COLUMNS, "duplicate_of_id", "first_seen", "last_seen")
_ROW_MARKS = f"({', '.join('?' * len(_INSERT_COLUMNS))})"
# Many rows per INSERT statement: FTS5 flushes its pending index at every statement's
# savepoint, so one statement per row (executemany) makes the job_fts trigger ~4x slower.
_ROWS_PER_INSERT = 400
# A batch this large indexes its full text in one statement after the rows are stored
# (several times faster than the per-row trigger) and gets a bigger page cache.
_BULK_ROWS = 1000
_BULK_CACHE_KIB = 131072
_FTS_TRIGGER = "job_fts_insert"
# While ingesting, SQLite copies the WAL into the database file once it holds this many
# pages, not after every commit past 1,000: each copy rewrites the index pages every chunk
# touches and waits for an fsync. Durability is the same (WAL, synchronous=NORMAL).
_INGEST_CHECKPOINT_PAGES = 16384
# Fields a later scrape may fill in when the stored job lacks them (LinkedIn details...).
_FILLABLE = ("description", "job_url_direct", "company", "location", "date_posted", "job_type",
             "interval", "min_amount", "max_amount", "currency", "is_remote")


_PG_PARAMETERS = 32767  # what one PostgreSQL statement takes


def _first_day() -> str:
    """The date part of first_seen, as each engine spells it."""
    return "CAST(first_seen AS DATE)" if is_postgres() else "substr(first_seen, 1, 10)"


@dataclass
class SiteCount:
    found: int = 0
    new: int = 0


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did. ``found`` = ``new`` + ``updated`` + ``duplicates``.

    new: jobs stored for the first time (canonical); duplicates: first-time cross-posts of
    a job already stored from another board; updated: jobs seen again (``last_seen`` moved);
    skipped: rows that could not be stored, with ``problems`` as (row index, reason).
    """

    found: int = 0
    new: int = 0
    updated: int = 0
    duplicates: int = 0
    skipped: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    by_site: dict[str, SiteCount] = field(default_factory=dict)
    new_job_ids: list[int] = field(default_factory=list)


def _is_cross_post(site: str | None, posted: Any, other_site: str | None,
                   other_posted: Any) -> bool:
    """``is_cross_post`` for dates as prepared (ISO text) or stored (text or date); the
    same day on the same board needs no dates at all."""
    if site and other_site and site == other_site:
        return False
    return is_cross_post(site, posted_day(posted), other_site, posted_day(other_posted))


def _sql_dt(value: datetime) -> str:
    return str(value)  # peewee's DateTimeField text form


_FILL_POSITIONS = tuple((name, VALUE_COLUMNS.index(name)) for name in _FILLABLE)


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[tuple[int, dict]]]:
    numbered = enumerate(rows)
    while batch := list(islice(numbered, size)):
        yield batch


def find_seen(hashes: Iterable[int], *, sites: bool = True
              ) -> dict[int, tuple[int, str | None]]:
    """Of these content hashes, the ones a stored job was imported from: hash -> (id, site).
    Such a record is unchanged since then, so it need not be parsed or normalized again.
    ``sites=False``: the site is None (its index answers alone: ~3x faster)."""
    wanted = list(set(hashes))
    if not wanted:
        return {}
    cursor = raw_connection().execute(
        f"SELECT content_hash, id, {'site' if sites else 'NULL'} FROM job WHERE content_hash"
        " IN (SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return {digest: (job_id, site) for digest, job_id, site in cursor}


class _Ingest:
    """State of one ingest call (runs in one or more transactions, see ``begin``)."""

    def __init__(self, search_id: int, now: datetime) -> None:
        self.search_id = search_id
        self.now = now
        self.now_text = _sql_dt(now)
        self.conn = raw_connection()  # sqlite3's own; PostgreSQL's in the same shape
        self.next_id = 1
        self.found = self.new = self.updated = self.duplicates = 0
        self.problems: list[tuple[int, str]] = []
        self.by_site: dict[str, SiteCount] = {}
        self.new_job_ids: list[int] = []
        self.fts_trigger_sql: str | None = None  # set while the insert trigger is suspended
        self.cache_size: int | None = None
        self.own: OwnRows | None = None  # set while this ingest alone has stored jobs
        self.began = False

    def begin(self) -> None:
        """Start a transaction's share of the work: another writer may have stored jobs
        since the last one committed."""
        if is_postgres():  # ids are numbered here: one ingest at a time (SQLite: the write lock)
            self.conn.execute("LOCK TABLE job IN SHARE ROW EXCLUSIVE MODE")
        self.next_id = self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0] + 1
        if not self.began:
            self.own = OwnRows.start(self.conn, self.next_id > 1, not is_postgres())
            self.began = True
        elif self.own is not None and not self.own.still_valid():
            self.own = None  # another connection wrote: look everything up from now on

    def _suspend_fts_trigger(self) -> None:
        """Drop the job_fts insert trigger for this transaction (restored by ``finish``;
        a rollback restores it too, and other connections never see it missing)."""
        if self.fts_trigger_sql is not None or is_postgres():  # PostgreSQL: a generated column
            return
        row = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                                " AND name = ?", (_FTS_TRIGGER,)).fetchone()
        if row is None:
            return
        self.cache_size = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        self.conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
        self.fts_trigger_sql = row[0]

    def finish(self) -> None:
        """Put the suspended trigger back (inside the same transaction)."""
        if self.fts_trigger_sql is not None:
            self.conn.execute(self.fts_trigger_sql)
            self.fts_trigger_sql = None
        if is_postgres():  # the serial goes on after the ids numbered here
            self.conn.execute("SELECT setval('job_id_seq', ?, false)", (self.next_id,))

    def restore_cache(self) -> None:
        if self.cache_size is not None:
            self.conn.execute(f"PRAGMA cache_size = {self.cache_size}")

    def _existing(self, urls: list[str]) -> dict[str, tuple[int, int | None, tuple]]:
        found: dict[str, tuple[int, int | None, tuple]] = {}
        for chunk in _chunks(urls, _IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            cursor = self.conn.execute(
                f"SELECT job_url, id, content_hash, {', '.join(_FILLABLE)} FROM job"
                f" WHERE job_url IN ({marks})", chunk)
            for url, job_id, digest, *values in cursor:
                found[url] = (job_id, digest, tuple(values))
        return found

    def _candidates(self, prints: list[str]) -> dict[str, list[tuple[int, str | None, Any]]]:
        """Canonical jobs stored under these fingerprints: (id, site, posting date or the
        day first seen), the first job seen first."""
        result: dict[str, list[tuple[int, str | None, Any]]] = {}
        for chunk in _chunks(prints, _IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            cursor = self.conn.execute(
                f"SELECT fingerprint, id, site, COALESCE(date_posted, {_first_day()})"
                f" FROM job INDEXED BY job_fingerprint WHERE fingerprint IN ({marks})"
                " AND duplicate_of_id IS NULL", chunk)
            for fp, job_id, site, posted in cursor:
                result.setdefault(fp, []).append((job_id, site, posted))
        for found in result.values():
            found.sort()  # the first job seen comes first
        return result

    def add_batch(self, prepared: PreparedBatch) -> None:
        """Store one prepared batch (see ``prepare_batch``)."""
        rows, problems, seen = prepared
        self.problems += problems
        touched = [job_id for job_id, _site in seen]
        for _job_id, site in seen:
            self.by_site.setdefault(site or "unknown", SiteCount()).found += 1
        self.found += len(rows) + len(seen)
        self.updated += len(seen)
        own, urls = self.own, list({r[URL] for r in rows})
        if own is None:
            existing = self._existing(urls)
            candidates = self._candidates(list({r[FINGERPRINT] for r in rows
                                                if r[FINGERPRINT] and r[URL] not in existing}))
        else:  # only this ingest has stored jobs: it knows them, bar a repeated URL's columns
            existing = self._existing(own.urls_to_look_up(urls))
            candidates = own.candidates
        today = self.now.date().isoformat()
        inserts, fills = [], []
        batch_ids: dict[str, int] = {}
        # Locals: this loop runs per row.
        by_site, now_text, new_ids = self.by_site, self.now_text, self.new_job_ids
        next_id, first_new = self.next_id, len(new_ids)
        for row in rows:
            url, row_site = row[URL], row[SITE]
            counts = by_site.get(row_site or "unknown")
            if counts is None:
                counts = by_site[row_site or "unknown"] = SiteCount()
            counts.found += 1
            stored = existing.get(url)
            if stored is not None or url in batch_ids:
                job_id = stored[0] if stored is not None else batch_ids[url]
                self.updated += 1
                touched.append(job_id)
                if stored is not None and stored[1] != row[-1]:
                    fill = self._fill(row, stored[2])
                    fills.append(({**fill, "content_hash": row[-1]}, job_id))
                continue
            job_id = batch_ids[url] = next_id
            next_id += 1
            canonical = None
            fp = row[FINGERPRINT]
            if fp:
                posted = row[POSTED] or today
                for other_id, other_site, other_posted in candidates.get(fp, ()):
                    if _is_cross_post(row_site, posted, other_site, other_posted):
                        canonical = other_id
                        break
            if canonical is None:
                counts.new += 1
                new_ids.append(job_id)
                if fp:
                    candidates.setdefault(fp, []).append((job_id, row_site, posted))
            else:
                self.duplicates += 1
            inserts.append((job_id, *row, canonical, now_text, now_text))
        self.new += len(new_ids) - first_new
        self.next_id = next_id
        self._insert(inserts)
        if own is not None:
            own.add_urls([row[1 + URL] for row in inserts])
        self._touch(touched)
        for fill, job_id in fills:
            sets = ", ".join(f"{name} = ?" for name in fill)
            self.conn.execute(f"UPDATE job SET {sets} WHERE id = ?", [*fill.values(), job_id])
        linked = touched + [row[0] for row in inserts]
        if linked:
            self.conn.execute(
                "INSERT OR IGNORE INTO search_job (search_id, job_id, first_seen)"
                " SELECT ?, value, ? FROM json_each(?)",
                (self.search_id, self.now_text, json.dumps(linked)))
            # New jobs in a search make it due for rating again (one statement per batch
            # rather than a per-row trigger, which halved the bulk import rate).
            self.conn.execute(
                "UPDATE search SET last_processed = NULL"
                " WHERE id = ? AND last_processed IS NOT NULL", (self.search_id,))

    def _touch(self, job_ids: list[int]) -> None:
        """Move ``last_seen`` of jobs seen again: one statement per batch, into the narrow
        job_seen table (the job rows themselves are not rewritten)."""
        if job_ids:  # each id once: PostgreSQL refuses to update one row twice per statement
            self.conn.execute(
                "INSERT INTO job_seen (job_id, last_seen) SELECT value, ? FROM json_each(?)"
                " WHERE true ON CONFLICT (job_id) DO UPDATE SET last_seen = excluded.last_seen",
                (self.now_text, json.dumps(sorted(set(job_ids)))))

    def _insert(self, rows: list[tuple]) -> None:
        if not rows:
            return
        bulk = len(rows) >= _BULK_ROWS
        if bulk:
            self._suspend_fts_trigger()
        head = f"INSERT INTO job ({', '.join(_INSERT_COLUMNS)}) VALUES "
        if self.fts_trigger_sql is not None:
            # No trigger to flush: SQLite's executemany takes the row tuples as they are.
            self.conn.executemany(head + _ROW_MARKS, rows)
        else:
            limit = (_PG_PARAMETERS if is_postgres()
                     else self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
            per = max(1, min(_ROWS_PER_INSERT, limit // len(_INSERT_COLUMNS)))
            for chunk in _chunks(rows, per):
                sql = head + ",".join([_ROW_MARKS] * len(chunk))
                self.conn.execute(sql, [value for row in chunk for value in row])
        if self.fts_trigger_sql is not None:  # the trigger is off: index these rows now
            self.conn.execute(
                "INSERT INTO job_fts (rowid, title, company, description)"
                " SELECT id, title, company, description FROM job WHERE id BETWEEN ? AND ?",
                (rows[0][0], rows[-1][0]))

    @staticmethod
    def _fill(values: tuple, stored: tuple) -> dict[str, Any]:
        """Columns the stored job lacks and this record has."""
        return {
            name: values[position]
            for (name, position), old in zip(_FILL_POSITIONS, stored, strict=True)
            if old is None and values[position] is not None
        }

    def result(self) -> IngestResult:
        return IngestResult(
            found=self.found, new=self.new, updated=self.updated, duplicates=self.duplicates,
            skipped=len(self.problems), problems=self.problems, by_site=self.by_site,
            new_job_ids=self.new_job_ids,
        )


def _skip_seen(batches: Iterable[list[tuple[int, Any]]]) -> Iterator[PreparedBatch]:
    """Prepare each batch, leaving out records stored unchanged by an earlier import."""
    for batch in batches:
        hashes = {index: record_hash(raw) for index, raw in batch}
        seen = find_seen(h for h in hashes.values() if h is not None)
        fresh = [(index, raw) for index, raw in batch if hashes[index] not in seen]
        yield prepare_batch(fresh, hashes, [seen[hashes[index]] for index, _raw in batch
                                            if hashes[index] in seen])


def ingest_rows(rows: Iterable[dict], search: Search | int, *, now: datetime | None = None,
                batch_size: int = BATCH_SIZE) -> IngestResult:
    """Store JobSpy-shaped records for ``search`` (raw or already normalized).

    A job already stored (same canonical URL) only gets its last-seen time moved (in
    ``job_seen``) and its empty columns filled (a record identical to the one it was stored
    from is not even parsed again); a cross-post of a stored job is stored with
    ``duplicate_of`` set; every job is linked to the search. A row that cannot be stored is
    skipped and reported in ``problems`` (by its position in ``rows``); the others are
    stored. See ``ingest_prepared`` for transactions.
    """
    return ingest_prepared(_skip_seen(_batches(rows, batch_size)), search, now=now)


def ingest_prepared(batches: Iterable[PreparedBatch], search: Search | int, *,
                    now: datetime | None = None) -> IngestResult:
    """Store batches made by ``prepare_batch`` (possibly in other processes), in order;
    problems keep the indexes the batches gave them. Whole batches are committed together,
    a transaction at least every ``COMMIT_SECONDS``, so a big import never holds the write
    lock for long; a failure keeps the batches committed before it."""
    search_id = search if isinstance(search, int) else search.id
    state = _Ingest(search_id, now or utcnow())
    with _fewer_checkpoints(state.conn):
        _store_all(state, iter(batches))
    if state.new + state.duplicates >= ANALYZE_AFTER:
        refresh_statistics()
    return state.result()


@contextmanager
def _fewer_checkpoints(conn) -> Iterator[None]:
    """Checkpoint the WAL every ``_INGEST_CHECKPOINT_PAGES`` pages (SQLite) meanwhile."""
    before = None if is_postgres() else conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    if not before:  # PostgreSQL, or automatic checkpoints turned off
        yield
        return
    conn.execute(f"PRAGMA wal_autocheckpoint = {max(before, _INGEST_CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}")


def _store_all(state: _Ingest, pending: Iterator[PreparedBatch]) -> None:
    """Add the batches in transactions of about ``COMMIT_SECONDS`` each."""
    done = False
    while not done:
        with database.atomic():
            state.begin()
            first_new = len(state.new_job_ids)
            deadline = time.monotonic() + COMMIT_SECONDS
            try:
                for batch in pending:
                    state.add_batch(batch)
                    if time.monotonic() >= deadline:
                        break
                else:
                    done = True
                state.finish()
                # New jobs get their pre-rank and preference verdicts in the same transaction.
                score_new_jobs(state.new_job_ids[first_new:])
                filter_new_jobs(state.new_job_ids[first_new:])
            finally:
                state.restore_cache()


def refresh_statistics() -> None:
    """Let the query planner know the tables' new sizes (a bounded, quick ANALYZE)."""
    if not is_postgres():  # PostgreSQL's autovacuum keeps its statistics
        database.execute_sql("PRAGMA analysis_limit = 1000")
        database.execute_sql("ANALYZE")
