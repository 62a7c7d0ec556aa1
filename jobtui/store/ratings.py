"""Ratings: the rating queue, saving answers and failures, re-rate requests, summaries."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from jobtui.config import RatingSettings
from jobtui.db.engine import is_postgres
from jobtui.db.models import Job, Prompt, Rating, User, database, utcnow
from jobtui.store.prerank import mark_requested
from jobtui.store.resumes import active_resume

FAILURE_BACKOFF = timedelta(minutes=10)  # doubled after every further failure
MAX_BACKOFF = timedelta(hours=12)
DESCRIPTION_WAIT = timedelta(hours=24)  # a job scraped without a description waits for one


@dataclass(frozen=True)
class QueueItem:
    """One (canonical job, active resume) pair waiting for a rating."""

    job_id: int
    resume_id: int
    user_id: int
    attempts: int  # failed attempts so far (0: never tried)


def _ts(value: datetime) -> str:
    return str(value)  # the form peewee stores DateTimeField values in


def _max_attempts(max_attempts: int | None) -> int:
    return RatingSettings().max_attempts if max_attempts is None else max_attempts


# A search is due for rating when it found jobs after it was last processed. Each due search
# brings its jobs (duplicates resolved to their canonical job) for every user following it who
# has an active resume; a pair leaves the queue with a successful rating, or comes back after
# a failure once its backoff has passed, until it has failed ``max_attempts`` times.
_DUE_SEARCH = "(s.last_processed IS NULL OR s.last_processed < s.last_search)"
_PAIR_JOINS = """
    JOIN resume res ON res.user_id = us.user_id AND res.is_active = 1
    JOIN search_job sj ON sj.search_id = us.search_id
    JOIN job d ON d.id = sj.job_id
    JOIN job j ON j.id = COALESCE(d.duplicate_of_id, d.id)
    LEFT JOIN rating r ON r.job_id = j.id AND r.resume_id = res.id
"""
_PRERANK_JOIN = " LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = res.id"
_UNRATED = "(r.id IS NULL OR (r.status = 'failed' AND r.attempts < ?{ready}))"
_READY = " AND (r.next_attempt_at IS NULL OR r.next_attempt_at <= ?)"
# Jobs the user's preferences filter out never reach the model, nor (with a floor) jobs whose
# pre-rank is below it; a job the user asked for (``r``) passes both. Parameter: the floor.
_WANTED = (" AND (p.requested = 1 OR (NOT EXISTS (SELECT 1 FROM job_filter f"
           " WHERE f.job_id = {job} AND f.user_id = res.user_id)"
           " AND (? IS NULL OR p.score IS NULL OR p.score >= ?)))")
# Held back while a later scrape may still bring the description (see DESCRIPTION_WAIT).
_HELD = " AND (j.description_wanted_since IS NULL OR j.description_wanted_since <= ?)"


def _held_back(min_prerank: float | None) -> bool:
    """Whether anything can hold a pair back (a floor, or jobs some user's rules filter out);
    when nothing can, counting skips the per-pair checks."""
    return min_prerank is not None or bool(database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM job_filter)").fetchone()[0])


def _queue_from(extra_where: str = "", *, prerank: bool = True, wanted: bool = True) -> str:
    """The queue's FROM and WHERE; ``wanted`` adds the floor/filter checks (parameters: the
    floor twice, after the attempts and time), ``prerank`` the pre-rank join they and the
    order need."""
    return (
        " FROM search s JOIN user_search us ON us.search_id = s.id" + _PAIR_JOINS
        + (_PRERANK_JOIN if prerank or wanted else "")
        + f" WHERE {_DUE_SEARCH} AND j.duplicate_of_id IS NULL"
        f" AND {_UNRATED.format(ready=_READY)}{_HELD}"
        + (_WANTED.format(job="j.id") if wanted else "") + extra_where
    )


# Jobs the user asked for, then the likeliest fits by pre-rank, newest first among equals; NULL
# scores and dates sort last under DESC. The plans below order exactly like this.
_ORDER = " ORDER BY p.requested DESC, p.score DESC, j.date_posted DESC, j.id DESC, res.id"


def _walk(source: str, job: str, where: str, held: str, order: str) -> str:
    """The queue as one walk over ``source`` in ``order`` that stops after ``limit`` rows:
    ``job`` names the canonical job's id, ``res`` the resume, ``p`` its pre-rank, ``held``
    the description wait (parameter: the cut-off)."""
    return f"""
    SELECT {job}, res.id, res.user_id, COALESCE(r.attempts, 0)
    FROM {source}
    LEFT JOIN rating r ON r.job_id = {job} AND r.resume_id = res.id
    WHERE res.is_active = 1{where}
      AND {_UNRATED.format(ready=_READY)}{held}{_WANTED.format(job=job)}
      AND (EXISTS (SELECT 1 FROM search_job sj JOIN search s ON s.id = sj.search_id
                   JOIN user_search us ON us.search_id = s.id AND us.user_id = res.user_id
                   WHERE sj.job_id = {job} AND {_DUE_SEARCH})
        OR EXISTS (SELECT 1 FROM job d JOIN search_job sj ON sj.job_id = d.id
                   JOIN search s ON s.id = sj.search_id
                   JOIN user_search us ON us.search_id = s.id AND us.user_id = res.user_id
                   WHERE d.duplicate_of_id = {job} AND {_DUE_SEARCH}))
    {order} LIMIT ?
"""


# Walked from the jobs' date index while some job has no pre-rank yet: the first ``limit``
# rows are found without reading (and sorting) every pair, which matters when due searches
# hold many thousand jobs. The unary + keeps SQLite from using the duplicate_of index, which
# would force a sort.
_BY_DATE = _walk(
    "job j CROSS JOIN resume res LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = res.id",
    "j.id", " AND +j.duplicate_of_id IS NULL", _HELD,
    "ORDER BY j.date_posted DESC, j.id DESC, res.id")
# Walked from the pre-rank index (best first; ``p.posted`` is the job's date) once every active
# resume has a score for every canonical job (only those have one). The job row is read only
# for the description wait, by a probe: a join would make SQLite build a filter over all jobs.
_BY_PRERANK = _walk(
    "prerank p CROSS JOIN resume res", "p.job_id", " AND res.id = p.resume_id",
    " AND NOT EXISTS (SELECT 1 FROM job h WHERE h.id = p.job_id"
    " AND h.description_wanted_since > ?)",
    "ORDER BY p.requested DESC, p.score DESC, p.posted DESC, p.job_id DESC, p.resume_id")
BY_DATE_ABOVE = 5000  # job links in due searches from which the date-index plan is used


def _due_links() -> int:
    return database.execute_sql(
        f"SELECT COUNT(*) FROM search s JOIN search_job sj ON sj.search_id = s.id"
        f" WHERE {_DUE_SEARCH}"
    ).fetchone()[0]


def _all_scored() -> bool:
    """True when every active resume has a pre-rank for the newest canonical job."""
    return not database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM resume res WHERE res.is_active = 1 AND"
        " COALESCE((SELECT job_id FROM prerank WHERE resume_id = res.id AND +requested = 0"
        " ORDER BY job_id DESC LIMIT 1), 0) < (SELECT COALESCE(MAX(id), 0) FROM job"
        " WHERE duplicate_of_id IS NULL))").fetchone()[0]


def rating_queue(limit: int | None = None, *, max_attempts: int | None = None,
                 now: datetime | None = None, min_prerank: float | None = None,
                 ) -> list[QueueItem]:
    """The pairs to rate now, likeliest fit first (pre-rank; date breaks ties), one query.

    Jobs filtered out by the user's preferences are left out, and with ``min_prerank`` so
    are jobs scoring below it (unless the user asked for them). Starting from the due
    searches suits a few new jobs; with a limit and many thousand jobs in due searches (a
    first import, a new resume) the same query is walked from the pre-rank index instead (the
    date index while some job has no score), which stops after ``limit`` rows.
    """
    now = now or utcnow()
    params = [_max_attempts(max_attempts), _ts(now), _ts(now - DESCRIPTION_WAIT), min_prerank,
              min_prerank]
    if limit is not None and _due_links() > BY_DATE_ABOVE:
        sql = _BY_PRERANK if _all_scored() else _BY_DATE
    else:
        sql = (
            "SELECT j.id, res.id, res.user_id, MAX(COALESCE(r.attempts, 0))" + _queue_from()
            + " GROUP BY j.id, res.id" + _ORDER + ("" if limit is None else " LIMIT ?")
        )
    if limit is not None:  # no LIMIT at all otherwise (PostgreSQL refuses SQLite's -1)
        params.append(limit)
    return [QueueItem(*row) for row in database.execute_sql(for_engine(sql), params).fetchall()]


def for_engine(sql: str) -> str:
    """The queue SQL as the open engine needs it. PostgreSQL sorts NULLs first under DESC
    (SQLite last), and its GROUP BY must name the pre-rank row's key."""
    if not is_postgres():
        return sql
    return postgres_order(sql).replace("GROUP BY j.id, res.id",
                                       "GROUP BY j.id, res.id, p.job_id, p.resume_id")


def postgres_order(sql: str) -> str:
    """``sql`` with every DESC sorting NULLs last, as SQLite does."""
    return re.sub(r"\bDESC\b(?! NULLS)", "DESC NULLS LAST", sql)


def queue_size(*, max_attempts: int | None = None, now: datetime | None = None,
               resume_id: int | None = None, min_prerank: float | None = None) -> int:
    """How many pairs ``rating_queue`` would return without a limit (optionally for one
    resume)."""
    extra = "" if resume_id is None else " AND res.id = ?"
    wanted = _held_back(min_prerank)
    sql = ("SELECT COUNT(*) FROM (SELECT DISTINCT j.id, res.id"
           + _queue_from(extra, prerank=False, wanted=wanted) + ") pairs")
    now = now or utcnow()
    params: list = [_max_attempts(max_attempts), _ts(now), _ts(now - DESCRIPTION_WAIT)]
    if wanted:
        params += [min_prerank, min_prerank]
    if resume_id is not None:
        params.append(resume_id)
    return database.execute_sql(sql, params).fetchone()[0]


def mark_searches_processed(started_at: datetime, *, max_attempts: int | None = None,
                            min_prerank: float | None = None) -> int:
    """Set ``last_processed`` on due searches with nothing left to rate (failures still
    waiting out their backoff count as left). ``started_at`` is when the drain read its queue,
    so a scrape that lands meanwhile keeps its search due. Returns how many were marked."""
    sql = (
        "UPDATE search SET last_processed = ? WHERE id IN (SELECT s.id FROM search s"
        f" WHERE {_DUE_SEARCH} AND NOT EXISTS (SELECT 1 FROM user_search us{_PAIR_JOINS}"
        f"{_PRERANK_JOIN}"
        f" WHERE us.search_id = s.id AND {_UNRATED.format(ready='')}"
        f"{_WANTED.format(job='j.id')}))"
    )
    with database.atomic():
        cursor = database.execute_sql(sql, [_ts(started_at), _max_attempts(max_attempts),
                                            min_prerank, min_prerank])
    return cursor.rowcount


def prompt_sha256(text: str) -> str:
    """The key a system prompt is stored under (the same prompt is stored once)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_all_due() -> int:
    """Make every search due for rating again (``jobtui rate --all``, changed preferences),
    so jobs held back earlier are queued. Returns how many searches changed."""
    with database.atomic():
        return database.execute_sql(
            "UPDATE search SET last_processed = NULL WHERE last_processed IS NOT NULL").rowcount


def save_prompt(text: str) -> int:
    """Store a system prompt once (by its sha256) and return its id."""
    digest = prompt_sha256(text)
    with database.atomic():
        database.execute_sql(
            "INSERT INTO prompt (sha256, text, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (sha256) DO NOTHING", [digest, text, _ts(utcnow())],
        )
        return Prompt.get(Prompt.sha256 == digest).id


_COLUMNS = (
    "job_id", "resume_id", "llm", "model", "token_limit", "system_prompt_id", "user_prompt",
    "temperature", "rating", "justification", "relevant_data", "created_at", "updated_at",
    "status", "error", "attempts", "next_attempt_at", "prompt_tokens", "completion_tokens",
    "total_ms", "load_ms", "prompt_eval_ms", "eval_ms",
)
# On a retry the row is replaced whole, except created_at (when the job was first tried).
_UPSERT = (
    f"INSERT INTO rating ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
    " ON CONFLICT (job_id, resume_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c not in ("job_id", "resume_id",
                                                                       "created_at"))
)


@dataclass
class RatingRecord:
    """Everything one rating row holds (successful or failed)."""

    job_id: int
    resume_id: int
    model: str
    token_limit: int | None
    system_prompt_id: int | None
    user_prompt: str | None
    temperature: float | None
    rating: int | None = None
    justification: str | None = None
    relevant_data: dict[str, Any] | None = None
    status: str = "ok"
    error: str | None = None
    attempts: int = 1
    next_attempt_at: datetime | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_ms: float | None = None
    load_ms: float | None = None
    prompt_eval_ms: float | None = None
    eval_ms: float | None = None
    llm: str = "ollama"


def _write(record: RatingRecord) -> None:
    import json

    now = _ts(utcnow())
    values = {
        **{c: getattr(record, c) for c in _COLUMNS if c not in ("created_at", "updated_at")},
        "created_at": now,
        "updated_at": now,
        "relevant_data": None if record.relevant_data is None
        else json.dumps(record.relevant_data, ensure_ascii=False),
        "next_attempt_at": None if record.next_attempt_at is None
        else _ts(record.next_attempt_at),
    }
    # One statement: a stop or crash leaves either the old row or the new one, never half.
    with database.atomic():
        database.execute_sql(_UPSERT, [values[c] for c in _COLUMNS])


def save_rating(record: RatingRecord) -> None:
    """Store a successful rating (replacing an earlier failure)."""
    record.status, record.error, record.next_attempt_at = "ok", None, None
    _write(record)


def failure_backoff(attempts: int) -> timedelta:
    """How long a job that failed ``attempts`` times waits before the next try."""
    return min(FAILURE_BACKOFF * 2 ** max(attempts - 1, 0), MAX_BACKOFF)


def save_failure(record: RatingRecord, error: str, *, now: datetime | None = None) -> None:
    """Store a failed attempt with its error; it comes back after a growing backoff."""
    record.status, record.error, record.rating, record.justification = "failed", error, None, None
    record.next_attempt_at = (now or utcnow()) + failure_backoff(record.attempts)
    _write(record)


def request_rerate(user: User, job_id: int) -> None:
    """Drop the user's rating of this job (its canonical job) for the active resume and make
    it due again."""
    resume = active_resume(user)
    job = Job.get_or_none(Job.id == job_id)
    if resume is None or job is None:
        return
    canonical_id = job.duplicate_of_id or job.id
    with database.atomic():
        Rating.delete().where(
            (Rating.job == canonical_id) & (Rating.resume == resume)
        ).execute()
        mark_requested(canonical_id, resume.id)  # asked for: passes the floor and filters
        # Every search of the user that holds this job (or a cross-post of it) is due again.
        database.execute_sql(
            "UPDATE search SET last_processed = NULL WHERE id IN ("
            " SELECT sj.search_id FROM search_job sj JOIN job d ON d.id = sj.job_id"
            " JOIN user_search us ON us.search_id = sj.search_id AND us.user_id = ?"
            " WHERE COALESCE(d.duplicate_of_id, d.id) = ?)", [user.id, canonical_id],
        )
