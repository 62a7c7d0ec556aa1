"""Bulk ingest of JobSpy records: normalize, canonical URL, cross-board dedup, and store
into ``job`` / ``search_job`` with batched statements inside one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from jobtui.db.engine import is_postgres, raw_connection
from jobtui.db.models import Search, database, utcnow
from jobtui.scrape.dedup import fingerprint, is_cross_post
from jobtui.scrape.normalize import InvalidRow, normalize_row
from jobtui.store.prefs import filter_new_jobs
from jobtui.store.prerank import score_new_jobs

BATCH_SIZE = 2000
_IN_CHUNK = 900  # stays below every SQLite build's host-parameter limit

_INSERT_COLUMNS = (
    "id", "site", "site_job_id", "job_url", "job_url_direct", "title", "company", "location",
    "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency",
    "is_remote", "description", "extra", "fingerprint", "duplicate_of_id", "first_seen",
    "last_seen",
)
_ROW_MARKS = f"({', '.join('?' * len(_INSERT_COLUMNS))})"
# Many rows per INSERT statement: FTS5 flushes its pending index at every statement's
# savepoint, so one statement per row (executemany) makes the job_fts trigger ~4x slower.
_ROWS_PER_INSERT = 400
# A batch this large indexes its full text in one statement after the rows are stored
# (several times faster than the per-row trigger) and gets a bigger page cache.
_BULK_ROWS = 1000
_BULK_CACHE_KIB = 131072
_FTS_TRIGGER = "job_fts_insert"
# One encoder for every row (json.dumps with options builds a new one per call).
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"))
# Fields a later scrape may fill in when the stored job lacks them (LinkedIn details...).
_FILLABLE = ("description", "job_url_direct", "company", "location", "date_posted", "job_type",
             "interval", "min_amount", "max_amount", "currency", "is_remote")


_PG_PARAMETERS = 32767  # what one PostgreSQL statement takes


def _first_day() -> str:
    """The date part of first_seen, as each engine spells it."""
    return "CAST(first_seen AS DATE)" if is_postgres() else "substr(first_seen, 1, 10)"


def _by_fingerprint() -> str:
    return "" if is_postgres() else "INDEXED BY job_fingerprint"


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


def _sql_dt(value: datetime) -> str:
    return str(value)  # peewee's DateTimeField text form


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _batches(rows: Iterable[dict], size: int) -> Iterator[list[tuple[int, dict]]]:
    numbered = enumerate(rows)
    while batch := list(islice(numbered, size)):
        yield batch


# A prepared row: (canonical url, site, fingerprint, date posted, column values) where the
# values follow _INSERT_COLUMNS[1:17]; a prepared batch adds (index, reason) problems.
PreparedRow = tuple[str, str | None, str | None, date | None, tuple]
PreparedBatch = tuple[list[PreparedRow], list[tuple[int, str]]]
_VALUE_COLUMNS = _INSERT_COLUMNS[1:17]
_FILL_POSITIONS = tuple((name, _VALUE_COLUMNS.index(name)) for name in _FILLABLE)


def prepare_batch(batch: list[tuple[int, Any]]) -> PreparedBatch:
    """The database-free part of ingest: normalize, fingerprint and lay out the column
    values of each row; rows that cannot be stored become (index, reason) problems.
    Prepared batches are plain tuples, so another process can make them."""
    rows: list[PreparedRow] = []
    problems: list[tuple[int, str]] = []
    for index, raw in batch:
        try:
            r = normalize_row(raw)
        except InvalidRow as exc:
            problems.append((index, str(exc)))
            continue
        except (TypeError, AttributeError) as exc:  # not a mapping at all
            problems.append((index, f"not a job record ({type(exc).__name__})"))
            continue
        extra = r["extra"]
        rows.append((r["job_url"], r["site"],
                     fingerprint(r["company"], r["title"], r["location"]), r["date_posted"], (
            r["site"], r["site_job_id"], r["job_url"], r["job_url_direct"], r["title"],
            r["company"], r["location"], _sql_value(r["date_posted"]), r["job_type"],
            r["interval"], r["min_amount"], r["max_amount"], r["currency"],
            _sql_value(r["is_remote"]), r["description"],
            _EXTRA_JSON.encode(extra) if extra else None,
        )))
    return rows, problems


class _Ingest:
    """State of one ingest call (runs inside one transaction)."""

    def __init__(self, search_id: int, now: datetime) -> None:
        self.search_id = search_id
        self.now = now
        self.now_text = _sql_dt(now)
        self.conn = raw_connection()  # sqlite3's own; PostgreSQL's in the same shape
        if is_postgres():  # ids are numbered here: one ingest at a time (SQLite: the write lock)
            self.conn.execute("LOCK TABLE job IN SHARE ROW EXCLUSIVE MODE")
        self.next_id = (self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM job").fetchone()[0]
                        + 1)
        self.new_ids_from = self.next_id
        self.found = self.new = self.updated = self.duplicates = 0
        self.problems: list[tuple[int, str]] = []
        self.by_site: dict[str, SiteCount] = {}
        self.new_job_ids: list[int] = []
        self.fts_trigger_sql: str | None = None  # set while the insert trigger is suspended
        self.cache_size: int | None = None

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
        if is_postgres() and self.new_ids_from < self.next_id:  # the serial goes on from here
            self.conn.execute("SELECT setval('job_id_seq', ?)", (self.next_id - 1,))

    def restore_cache(self) -> None:
        if self.cache_size is not None:
            self.conn.execute(f"PRAGMA cache_size = {self.cache_size}")

    def _existing(self, urls: list[str]) -> dict[str, tuple[int, tuple]]:
        found: dict[str, tuple[int, tuple]] = {}
        for chunk in _chunks(urls, _IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            cursor = self.conn.execute(
                f"SELECT job_url, id, {', '.join(_FILLABLE)} FROM job"
                f" WHERE job_url IN ({marks})", chunk)
            for url, job_id, *values in cursor:
                found[url] = (job_id, tuple(values))
        return found

    def _candidates(self, prints: list[str]) -> dict[str, list[tuple[int, str | None, date]]]:
        result: dict[str, list[tuple[int, str | None, date]]] = {}
        for chunk in _chunks(prints, _IN_CHUNK):
            marks = ",".join("?" * len(chunk))
            cursor = self.conn.execute(
                f"SELECT fingerprint, id, site, COALESCE(date_posted, {_first_day()})"
                f" FROM job {_by_fingerprint()} WHERE fingerprint IN ({marks})"
                " AND duplicate_of_id IS NULL", chunk)
            for fp, job_id, site, posted in cursor:
                result.setdefault(fp, []).append((job_id, site, date.fromisoformat(posted)))
        for found in result.values():
            found.sort()  # the first job seen comes first
        return result

    def add_batch(self, prepared: PreparedBatch) -> None:
        """Store one prepared batch (see ``prepare_batch``)."""
        rows, problems = prepared
        self.problems += problems
        if not rows:
            return
        self.found += len(rows)
        existing = self._existing(list({r[0] for r in rows}))
        today = self.now.date()
        candidates = self._candidates(list({r[2] for r in rows
                                            if r[2] and r[0] not in existing}))
        inserts, touched, fills, links = [], [], [], []
        batch_ids: dict[str, int] = {}
        for url, row_site, fp, row_posted, values in rows:
            counts = self.by_site.setdefault(row_site or "unknown", SiteCount())
            counts.found += 1
            if url in existing or url in batch_ids:
                job_id = existing[url][0] if url in existing else batch_ids[url]
                self.updated += 1
                touched.append((self.now_text, job_id))
                if url in existing:
                    fill = self._fill(values, existing[url][1])
                    if fill:
                        fills.append((fill, job_id))
                links.append((self.search_id, job_id, self.now_text))
                continue
            job_id = self.next_id
            self.next_id += 1
            batch_ids[url] = job_id
            canonical = None
            posted = row_posted or today
            if fp:
                for other_id, other_site, other_posted in candidates.get(fp, ()):
                    if is_cross_post(row_site, posted, other_site, other_posted):
                        canonical = other_id
                        break
            if canonical is None:
                self.new += 1
                counts.new += 1
                self.new_job_ids.append(job_id)
                if fp:
                    candidates.setdefault(fp, []).append((job_id, row_site, posted))
            else:
                self.duplicates += 1
            inserts.append((job_id, *values, fp, canonical, self.now_text, self.now_text))
            links.append((self.search_id, job_id, self.now_text))
        self._insert(inserts)
        if touched:
            self.conn.executemany("UPDATE job SET last_seen = ? WHERE id = ?", touched)
        for fill, job_id in fills:
            sets = ", ".join(f"{name} = ?" for name in fill)
            self.conn.execute(f"UPDATE job SET {sets} WHERE id = ?", [*fill.values(), job_id])
        if links:
            self.conn.executemany(
                "INSERT INTO search_job (search_id, job_id, first_seen) VALUES (?, ?, ?)"
                " ON CONFLICT (search_id, job_id) DO NOTHING", links)
            # New jobs in a search make it due for rating again (one statement per batch
            # rather than a per-row trigger, which halved the bulk import rate).
            self.conn.execute(
                "UPDATE search SET last_processed = NULL"
                " WHERE id = ? AND last_processed IS NOT NULL", (self.search_id,))

    def _insert(self, rows: list[tuple]) -> None:
        if not rows:
            return
        bulk = len(rows) >= _BULK_ROWS
        if bulk:
            self._suspend_fts_trigger()
        limit = (_PG_PARAMETERS if is_postgres()
                 else self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
        per = max(1, min(_ROWS_PER_INSERT, limit // len(_INSERT_COLUMNS)))
        head = f"INSERT INTO job ({', '.join(_INSERT_COLUMNS)}) VALUES "
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


def ingest_rows(rows: Iterable[dict], search: Search | int, *, now: datetime | None = None,
                batch_size: int = BATCH_SIZE) -> IngestResult:
    """Store JobSpy-shaped records for ``search`` (raw or already normalized).

    A job already stored (same canonical URL) only gets ``last_seen`` moved and its empty
    columns filled; a cross-post of a stored job is stored with ``duplicate_of`` set; every
    job is linked to the search. A row that cannot be stored is skipped and reported in
    ``problems`` (by its position in ``rows``); the others are stored. All of it happens in
    one transaction.
    """
    return ingest_prepared(map(prepare_batch, _batches(rows, batch_size)), search, now=now)


def ingest_prepared(batches: Iterable[PreparedBatch], search: Search | int, *,
                    now: datetime | None = None) -> IngestResult:
    """Store batches made by ``prepare_batch`` (possibly in other processes), in order,
    in one transaction; problems keep the indexes the batches gave them."""
    search_id = search if isinstance(search, int) else search.id
    with database.atomic():
        state = _Ingest(search_id, now or utcnow())
        try:
            for batch in batches:
                state.add_batch(batch)
            state.finish()
            # New jobs get their pre-rank and preference verdicts in the same transaction.
            score_new_jobs(state.new_job_ids)
            filter_new_jobs(state.new_job_ids)
        finally:
            state.restore_cache()
    return state.result()
