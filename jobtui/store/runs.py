"""Scrape runs: one row per search, board and run; board back-off after every kind of
failure (recorded with the run); the per-board status lines and warnings the CLI and TUI
show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jobtui.db.models import ScrapeRun, database, utcnow

# How a board run failed. Every kind but "unsupported" (our own setting) backs the board off.
FAILURE_KINDS = {
    "rate_limited": "rate limited",
    "blocked": "blocked",
    "http": "HTTP error",
    "captcha": "captcha or a page without jobs",
    "empty": "soft block",
    "network": "network error",
    "exception": "crashed",
    "unsupported": "not supported",
}
NO_BACKOFF_KINDS = frozenset({"unsupported"})
BACKOFF_BASE = timedelta(hours=1)
BACKOFF_MAX = timedelta(hours=24)
_STATUS = re.compile(r"\b(?:status(?: code)?|HTTP)\D{0,3}([1-5]\d\d)\b", re.IGNORECASE)
_BLOCKED_WORDS = re.compile(r"\b(429|403)\b|too many requests|rate.?limit", re.IGNORECASE)
_REASONS = {429: "rate limited", 403: "blocked"}
_PAGE_NOT_JOBS = re.compile(r"captcha|unexpected page|security check|Expecting value|"
                            r"not valid JSON|JSONDecodeError", re.IGNORECASE)
_NETWORK = re.compile(r"curl: \(\d+\)|resolve|Connection|timed out|timeout|proxy|SSL",
                      re.IGNORECASE)


@dataclass(frozen=True)
class RunRecord:
    """One board's answer to one run of a search (for activity logs)."""

    id: int
    search_id: int
    site: str
    started_at: datetime
    finished_at: datetime | None
    jobs_found: int
    jobs_new: int
    error: str | None
    http_status: int | None
    backoff_until: datetime | None
    failure_kind: str | None = None
    warnings: tuple[str, ...] = ()


def _record(run: ScrapeRun) -> RunRecord:
    return RunRecord(
        id=run.id, search_id=run.search_id, site=run.site, started_at=run.started_at,
        finished_at=run.finished_at, jobs_found=run.jobs_found, jobs_new=run.jobs_new,
        error=run.error, http_status=run.http_status, backoff_until=run.backoff_until,
        failure_kind=run.failure_kind, warnings=tuple(run.warnings or ()),
    )


def http_status_of(message: str | None) -> int | None:
    """The HTTP status a board's error message mentions ("response status code 429")."""
    if not message:
        return None
    match = _STATUS.search(message)
    if match:
        return int(match.group(1))
    words = _BLOCKED_WORDS.search(message)
    if words:
        return int(words.group(1)) if words.group(1) else 429
    return None


def failure_kind(message: str, http_status: int | None = None) -> str:
    """What kind of failure a board's error message describes (a key of FAILURE_KINDS)."""
    status = http_status or http_status_of(message)
    if status == 429:
        return "rate_limited"
    if status == 403:
        return "blocked"
    if status and status >= 400:
        return "http"
    if _PAGE_NOT_JOBS.search(message or ""):
        return "captcha"
    if _NETWORK.search(message or ""):
        return "network"
    return "exception"


def local_time(value: datetime) -> str:
    """A stored (naive UTC) time as the user's local "YYYY-MM-DD HH:MM"."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _consecutive_failures(site: str) -> int:
    """How many of this board's latest runs (any search) in a row set a back-off."""
    count = 0
    for (until,) in (ScrapeRun.select(ScrapeRun.backoff_until).where(ScrapeRun.site == site)
                     .order_by(ScrapeRun.id.desc()).limit(10).tuples()):
        if until is None:
            break
        count += 1
    return count


def record_run(search_id: int, site: str, *, started_at: datetime, found: int = 0,
               new: int = 0, error: str | None = None, http_status: int | None = None,
               finished_at: datetime | None = None, kind: str | None = None,
               warnings: list[str] | None = None) -> RunRecord:
    """Store one board's result. A failure is recorded with its kind (guessed from the
    message unless given) and backs the board off for 1 h, doubling with each failure in a
    row (2 h, 4 h ... at most 24 h), except for a setting the board does not support."""
    finished_at = finished_at or utcnow()
    if error and http_status is None:
        http_status = http_status_of(error)
    if error and kind is None:
        kind = failure_kind(error, http_status)
    with database.atomic():
        backoff_until = None
        if error and kind not in NO_BACKOFF_KINDS:
            repeats = _consecutive_failures(site)
            backoff_until = finished_at + min(BACKOFF_BASE * 2**repeats, BACKOFF_MAX)
        run = ScrapeRun.create(
            search=search_id, site=site, started_at=started_at, finished_at=finished_at,
            jobs_found=found, jobs_new=new, error=error, http_status=http_status,
            backoff_until=backoff_until, failure_kind=kind if error else None,
            warnings=list(warnings) if warnings else None,
        )
    return _record(run)


def last_success(search_id: int, site: str) -> datetime | None:
    """When this board last answered this search without an error (None: never)."""
    run = (ScrapeRun.select(ScrapeRun.started_at)
           .where(ScrapeRun.search == search_id, ScrapeRun.site == site,
                  ScrapeRun.error.is_null())
           .order_by(ScrapeRun.started_at.desc()).first())
    return run.started_at if run else None


def last_found(search_id: int, site: str) -> int:
    """Jobs this board found in its last successful run of this search (0: none yet)."""
    run = (ScrapeRun.select(ScrapeRun.jobs_found)
           .where(ScrapeRun.search == search_id, ScrapeRun.site == site,
                  ScrapeRun.error.is_null())
           .order_by(ScrapeRun.id.desc()).first())
    return run.jobs_found if run else 0


def active_backoffs(now: datetime | None = None) -> dict[str, RunRecord]:
    """Boards that are backing off now (a rate limit is per board, whatever the search),
    with the run that set the back-off."""
    now = now or utcnow()
    result: dict[str, RunRecord] = {}
    runs = (ScrapeRun.select().where(ScrapeRun.backoff_until > now)
            .order_by(ScrapeRun.backoff_until))
    for run in runs:
        result[run.site] = _record(run)  # the latest back-off wins
    return result


def latest_runs(search_ids: list[int]) -> dict[int, dict[str, RunRecord]]:
    """The most recent run of each board for each of ``search_ids``."""
    if not search_ids:
        return {}
    marks = ",".join("?" * len(search_ids))
    newest = database.execute_sql(
        f"SELECT MAX(id) FROM scrape_run WHERE search_id IN ({marks}) GROUP BY search_id, site",
        search_ids,
    ).fetchall()
    result: dict[int, dict[str, RunRecord]] = {}
    ids = [row[0] for row in newest]
    for start in range(0, len(ids), 900):
        for run in ScrapeRun.select().where(ScrapeRun.id.in_(ids[start:start + 900])):
            result.setdefault(run.search_id, {})[run.site] = _record(run)
    return result


_SAYS_ITSELF = (None, "exception", "http", "rate_limited", "blocked")  # the error says enough


def describe_backoff(run: RunRecord) -> str:
    """E.g. "429 rate limited, retrying after 2026-11-26 18:00" or "network error: cannot
    reach www.glassdoor.com: ..., retrying after ..."."""
    reason = _REASONS.get(run.http_status or 0) or FAILURE_KINDS.get(
        run.failure_kind or "", "failing")
    status = f"{run.http_status} " if run.http_status else ""
    detail = (f": {run.error}" if run.error and run.failure_kind not in _SAYS_ITSELF[2:]
              else "")
    return f"{status}{reason}{detail}, retrying after {local_time(run.backoff_until)}"


def describe_run(run: RunRecord | None, backoff: RunRecord | None = None) -> str:
    """One board's status line for a search."""
    if backoff is not None and backoff.backoff_until is not None:
        return describe_backoff(backoff)
    if run is None:
        return "not run yet"
    if run.error:
        status = f"{run.http_status} " if run.http_status else ""
        what = ("error" if run.failure_kind in _SAYS_ITSELF
                else FAILURE_KINDS.get(run.failure_kind, "error"))
        return f"{status}{what}: {run.error} ({local_time(run.started_at)})"
    return f"ok: {run.jobs_found} found, {run.jobs_new} new ({local_time(run.started_at)})"


def recent_runs(limit: int = 100, search_id: int | None = None) -> list[RunRecord]:
    """The newest runs first (the activity log)."""
    query = ScrapeRun.select().order_by(ScrapeRun.id.desc()).limit(limit)
    if search_id is not None:
        query = query.where(ScrapeRun.search == search_id)
    return [_record(run) for run in query]
