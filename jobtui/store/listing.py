"""The job list every view shows: canonical jobs with the user's rating and status,
filtered, sorted, searched (FTS5) and paged in SQL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from jobtui.db.engine import is_postgres
from jobtui.db.models import User, database
from jobtui.salary import annual_sql
from jobtui.store import paging
from jobtui.store.prefs import get_prefs

SORTS = ("rating", "date", "company", "prerank")

# The whole order of each sort, for iter_full_jobs (SQLite puts NULLs last in a DESC order).
_ORDER = {
    "rating": "r.rating DESC, j.date_posted DESC, j.id DESC",
    "date": "j.date_posted DESC, j.id DESC",
    "company": "j.company IS NULL, j.company COLLATE NOCASE, j.title COLLATE NOCASE, j.id",
    # Likeliest fit by the model-free pre-rank of the active resume (an int, inlined).
    "prerank": "(SELECT -score FROM prerank WHERE job_id = j.id AND resume_id = {resume})"
    " NULLS LAST, j.date_posted IS NULL, j.date_posted DESC, j.id DESC",
}


def _order(sort: str, resume_id: int | None) -> str:
    return _ORDER[sort].replace("{resume}", str(int(resume_id or 0)))


# The ranges the CLI and the TUI check before building a filter (each in its own words).
MIN_RATING_RANGE = (0, 100)
POSTED_WITHIN_RANGE = (0, 3650)


@dataclass(frozen=True)
class JobFilter:
    """What to show. ``None`` means "do not filter on this"."""

    search_id: int | None = None
    min_rating: int | None = None
    status: str | None = None  # an application status; "hidden" jobs show only when asked
    query: str | None = None  # full-text over title, company, description
    remote: bool | None = None
    site: str | None = None
    posted_within_days: int | None = None
    min_salary: float | None = None
    """Yearly, in ``salary_currency``; compared with each job's annualised, converted pay."""
    salary_currency: str = "USD"
    filtered: bool = False  # only the jobs the user's preferences filter out (else hidden)
    sort: str = "rating"

    def with_(self, **changes) -> JobFilter:
        return replace(self, **changes)

    def describe(self) -> str:
        """The active filters in a few words, e.g. "fit ≥ 60, remote, indeed"."""
        parts = []
        if self.min_rating is not None:
            parts.append(f"fit ≥ {self.min_rating}")
        if self.remote is not None:
            parts.append("remote" if self.remote else "on-site")
        if self.site:
            parts.append(self.site)
        if self.status:
            parts.append(self.status)
        if self.posted_within_days is not None:
            parts.append(f"≤ {self.posted_within_days} days old")
        if self.min_salary is not None:
            parts.append(f"salary ≥ {self.min_salary:,.0f} {self.salary_currency}/yr")
        if self.filtered:
            parts.append("filtered out by preferences")
        return ", ".join(parts)


@dataclass(frozen=True)
class JobRow:
    """One line of the jobs table (a thin, UI-free view of the joined rows)."""

    id: int
    title: str
    company: str | None
    location: str | None
    is_remote: bool | None
    min_amount: float | None
    max_amount: float | None
    currency: str | None
    interval: str | None
    date_posted: date | None
    job_url: str
    rating: int | None
    status: str | None
    sites: list[str] = field(default_factory=list)  # the canonical board first, then cross-posts
    prerank: float | None = None  # model-free relevance (0-100) for the active resume
    filtered: str | None = None  # why the user's preferences filter it out


def fts_query(text: str) -> str | None:
    """Turn what a user types into a safe FTS5 query: every word must match (as a prefix)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def tsquery(text: str) -> str | None:
    """The same search as ``fts_query`` for PostgreSQL: every word must match as a prefix."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " & ".join(f"'{w}':*" for w in words)


def active_resume_id(user: User) -> int | None:
    """The id of ``user``'s active resume (plain SQL: every page asks, so it stays cheap)."""
    row = database.execute_sql("SELECT id FROM resume WHERE user_id = ? AND is_active = 1",
                               (user.id,)).fetchone()
    return row[0] if row else None


def _follows_every_search_with_jobs(user: User) -> bool:
    """True when no search the user does not follow has jobs: then every job is the
    user's and the per-job membership test can be skipped (the common one-user case)."""
    return not database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM search s WHERE s.id NOT IN"
        " (SELECT search_id FROM user_search WHERE user_id = ?)"
        " AND EXISTS (SELECT 1 FROM search_job sj WHERE sj.search_id = s.id))", (user.id,)
    ).fetchone()[0]


def _where(user: User, flt: JobFilter, *, hidden: bool = True) -> tuple[str, list]:
    """The WHERE clause of ``flt``; ``hidden=False`` leaves out the default "not hidden"."""
    clauses = ["j.duplicate_of_id IS NULL"]
    params: list = []
    # Each clause is cheap per row: the FTS match is one set, the rest are index probes.
    # A job belongs to a search when it, or one of its cross-posts, was found by that search.
    if flt.search_id is not None:
        clauses.append(
            "(EXISTS (SELECT 1 FROM search_job sj WHERE sj.job_id = j.id AND sj.search_id = ?)"
            " OR EXISTS (SELECT 1 FROM job d JOIN search_job sj ON sj.job_id = d.id"
            " WHERE d.duplicate_of_id = j.id AND sj.search_id = ?))"
        )
        params += [flt.search_id, flt.search_id]
    elif not _follows_every_search_with_jobs(user):
        clauses.append(
            "(EXISTS (SELECT 1 FROM search_job sj JOIN user_search us"
            " ON us.search_id = sj.search_id AND us.user_id = ? WHERE sj.job_id = j.id)"
            " OR EXISTS (SELECT 1 FROM job d JOIN search_job sj ON sj.job_id = d.id"
            " JOIN user_search us ON us.search_id = sj.search_id AND us.user_id = ?"
            " WHERE d.duplicate_of_id = j.id))"
        )
        params += [user.id, user.id]
    if flt.min_rating is not None:
        clauses.append("r.rating >= ?")
        params.append(flt.min_rating)
    if flt.status:
        if flt.status == "new":
            clauses.append("(a.status IS NULL OR a.status = 'new')")
        else:
            clauses.append("a.status = ?")
            params.append(flt.status)
    elif hidden:
        clauses.append("(a.status IS NULL OR a.status != 'hidden')")
    if is_postgres():
        match = tsquery(flt.query or "")
        if match:  # the GIN-indexed tsvector column (see db/pg_schema.py)
            clauses.append("j.search_vector @@ to_tsquery('simple', ?)")
            params.append(match)
    else:
        match = fts_query(flt.query or "")
        if match:
            clauses.append("j.id IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)")
            params.append(match)
    if flt.remote is not None:
        clauses.append("j.is_remote = ?")
        params.append(1 if flt.remote else 0)
    if flt.site:
        clauses.append(
            "(j.site = ? OR EXISTS (SELECT 1 FROM job d WHERE d.duplicate_of_id = j.id"
            " AND d.site = ?))"
        )
        params += [flt.site, flt.site]
    if flt.posted_within_days is not None:
        clauses.append("j.date_posted >= ?")
        params.append((date.today() - timedelta(days=flt.posted_within_days)).isoformat())
    if flt.min_salary is not None:
        annual, annual_params = annual_sql(flt.salary_currency, get_prefs(user).rates)
        clauses.append(f"{annual} >= ?")
        params += [*annual_params, flt.min_salary]
    if flt.filtered:
        clauses.append("j.id IN (SELECT job_id FROM job_filter WHERE user_id = ?)")
        params.append(user.id)
    elif database.execute_sql("SELECT EXISTS (SELECT 1 FROM job_filter WHERE user_id = ?)",
                              (user.id,)).fetchone()[0]:
        clauses.append("NOT EXISTS (SELECT 1 FROM job_filter f WHERE f.job_id = j.id"
                       " AND f.user_id = ?)")
        params.append(user.id)
    return " AND ".join(clauses), params


_FROM = (
    " FROM job j"
    " LEFT JOIN rating r ON r.job_id = j.id AND r.resume_id = ? AND r.status = 'ok'"
    " LEFT JOIN application a ON a.job_id = j.id AND a.user_id = ?"
)


def list_jobs(user: User, flt: JobFilter = JobFilter(), *, limit: int = 100,
              after: JobRow | None = None, before: JobRow | None = None,
              last: bool = False) -> list[JobRow]:
    """One page of the jobs ``user`` sees under ``flt``: the first, the one just after
    ``after`` or just before ``before`` (rows of an earlier page), or the ``last`` one.
    Pages are found by sort key (keyset), so every page costs the same."""
    if flt.sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    where, params = _where(user, flt)
    resume_id = active_resume_id(user)
    edge = after if after is not None else before
    ids = paging.page_ids(
        lambda sql, args: database.execute_sql(sql, args).fetchall(), flt.sort,
        f"{_FROM} WHERE {where}", [resume_id, user.id, *params], limit,
        start=None if edge is None else paging.sort_key(flt.sort, edge),
        backwards=before is not None or (last and after is None),
        rated_only=flt.min_rating is not None, resume_id=resume_id)
    return _rows(ids, user, resume_id)


def list_jobs_with_total(user: User, flt: JobFilter = JobFilter(), *, limit: int = 100
                         ) -> tuple[list[JobRow], int]:
    """The first page and how many jobs match in all."""
    return list_jobs(user, flt, limit=limit), count_jobs(user, flt)


def _rows(ids: list[int], user: User, resume_id: int | None) -> list[JobRow]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {row[0]: row for row in database.execute_sql(
        "SELECT j.id, j.title, j.company, j.location, j.is_remote, j.min_amount, j.max_amount,"
        " j.currency, j.interval, j.date_posted, j.job_url, r.rating, a.status, j.site,"
        " p.score, f.reason"
        f"{_FROM} LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = ?"
        " LEFT JOIN job_filter f ON f.job_id = j.id AND f.user_id = ?"
        f" WHERE j.id IN ({marks})", [resume_id, user.id, resume_id, user.id, *ids],
    ).fetchall()}
    sites = _cross_post_sites(ids)
    page = []
    for job_id in ids:
        row = rows[job_id]
        page.append(JobRow(
            id=row[0], title=row[1], company=row[2], location=row[3],
            is_remote=None if row[4] is None else bool(row[4]), min_amount=row[5],
            max_amount=row[6], currency=row[7], interval=row[8],
            date_posted=date.fromisoformat(row[9]) if row[9] else None, job_url=row[10],
            rating=row[11], status=row[12],
            sites=[row[13], *sites.get(row[0], [])] if row[13] else sites.get(row[0], []),
            prerank=row[14], filtered=row[15],
        ))
    return page


def count_jobs(user: User, flt: JobFilter = JobFilter()) -> int:
    """How many jobs ``list_jobs`` would page through (joining only the tables the filter
    needs; "not hidden" is counted as all minus the hidden, both from indexes)."""
    resume_id = active_resume_id(user)
    if flt.status:
        where, params = _where(user, flt)
        return _count(where, params, resume_id, user, application=True)
    where, params = _where(user, flt, hidden=False)
    shown = _count(where, params, resume_id, user, application=False)
    hidden = _count(where + " AND a.status = 'hidden'", params, resume_id, user,
                    application=True)
    return shown - hidden


def _count(where: str, params: list, resume_id: int | None, user: User, *,
           application: bool) -> int:
    joins, args = "", []
    if re.search(r"\br\.", where):
        joins += " JOIN rating r ON r.job_id = j.id AND r.resume_id = ? AND r.status = 'ok'"
        args.append(resume_id)
    if application:
        joins += " JOIN application a ON a.job_id = j.id AND a.user_id = ?"
        args.append(user.id)
    if "a.status IS NULL" in where:  # "new" counts jobs without an application row too
        joins = joins.replace(" JOIN application", " LEFT JOIN application")
    sql = f"SELECT COUNT(*) FROM job j{joins} WHERE {where}"
    return database.execute_sql(sql, [*args, *params]).fetchone()[0]


def _cross_post_sites(job_ids: list[int]) -> dict[int, list[str]]:
    if not job_ids:
        return {}
    marks = ",".join("?" * len(job_ids))
    # No ORDER BY in SQL: it would make SQLite scan the whole table in id order.
    rows = sorted(database.execute_sql(
        f"SELECT id, duplicate_of_id, site FROM job INDEXED BY job_duplicate_of_id"
        f" WHERE duplicate_of_id IN ({marks})"
        " AND site IS NOT NULL", job_ids,
    ).fetchall())
    sites: dict[int, list[str]] = {}
    for _id, job_id, site in rows:
        if site not in sites.setdefault(job_id, []):
            sites[job_id].append(site)
    return sites


_EXPORT_COLUMNS = (
    "site_job_id", "site", "job_url", "job_url_direct", "title", "company", "location",
    "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency", "is_remote",
    "description", "extra",
)


def iter_full_jobs(user: User, flt: JobFilter = JobFilter()) -> Iterator[dict]:
    """Every job ``list_jobs`` would show under ``flt`` (all pages, same order), with all
    its stored columns plus ``rating``, ``justification`` and ``status``."""
    if flt.sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}")
    where, params = _where(user, flt)
    columns = ", ".join(f"j.{c}" for c in _EXPORT_COLUMNS)
    cursor = database.execute_sql(
        f"SELECT {columns}, r.rating, r.justification, a.status{_FROM}"
        f" WHERE {where} ORDER BY {_order(flt.sort, active_resume_id(user))}",
        [active_resume_id(user), user.id, *params],
    )
    names = (*_EXPORT_COLUMNS, "rating", "justification", "status")
    for row in cursor:
        record = dict(zip(names, row, strict=True))
        record["extra"] = json.loads(record["extra"]) if record["extra"] else {}
        record["is_remote"] = None if record["is_remote"] is None else bool(record["is_remote"])
        yield record
