"""Each user's preferences (rules) and the jobs they filter out, with the reason.

Only failing (job, user) pairs are stored in ``job_filter``; saving preferences re-evaluates
every stored job in one SQL statement (the rules as one CASE expression), new jobs are
evaluated at ingest the same way, and once a day the posting-age rule is refreshed.
"""

from __future__ import annotations

import json
from datetime import date

from jobtui.db.engine import is_postgres
from jobtui.db.models import User, database, utcnow
from jobtui.preferences import Preferences, rules_sql


def get_prefs(user: User) -> Preferences:
    """The user's preferences (no rules when none were saved)."""
    row = database.execute_sql(
        "SELECT prefs FROM user_pref WHERE user_id = ?", [user.id]).fetchone()
    return Preferences() if row is None else Preferences.from_mapping(json.loads(row[0]))


def save_prefs(user: User, prefs: Preferences, *, today: date | None = None) -> int:
    """Store ``prefs`` and re-evaluate every stored job for the user (one transaction).
    Returns how many jobs are now filtered out."""
    today = today or date.today()
    with database.atomic():
        database.execute_sql(
            "INSERT INTO user_pref (user_id, prefs, evaluated_on, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET prefs = excluded.prefs,"
            " evaluated_on = excluded.evaluated_on, updated_at = excluded.updated_at",
            [user.id, json.dumps(prefs.to_mapping()), today.isoformat(), str(utcnow())])
        # Looser rules free jobs in searches already processed: make them due again.
        database.execute_sql(
            "UPDATE search SET last_processed = NULL WHERE id IN"
            " (SELECT search_id FROM user_search WHERE user_id = ?)", [user.id])
        return _reevaluate(user.id, prefs, today)


def _evaluate(user_id: int, prefs: Preferences, today: date, low: int = 0,
              high: int | None = None) -> int:
    """Store a job_filter row for every failing canonical job with id in [low, high]."""
    reason, params = rules_sql(prefs, today, postgres=is_postgres())
    cursor = database.execute_sql(
        "INSERT INTO job_filter (job_id, user_id, reason) SELECT id, ?, reason FROM"
        f" (SELECT j.id, {reason} AS reason FROM job j WHERE j.duplicate_of_id IS NULL"
        " AND j.id BETWEEN ? AND ?) evaluated WHERE reason IS NOT NULL"
        " ON CONFLICT (job_id, user_id) DO UPDATE SET reason = excluded.reason",
        [user_id, *params, low, high if high is not None else 2**62])
    return cursor.rowcount


def _reevaluate(user_id: int, prefs: Preferences, today: date) -> int:
    database.execute_sql("DELETE FROM job_filter WHERE user_id = ?", [user_id])
    if prefs.is_empty():
        return 0
    # Every stored job, not just the user's: a search followed later brings them in filtered.
    return _evaluate(user_id, prefs, today)


def _users_with_rules() -> list[tuple[int, Preferences, str | None]]:
    rows = database.execute_sql(
        "SELECT user_id, prefs, evaluated_on FROM user_pref").fetchall()
    users = []
    for user_id, data, evaluated_on in rows:
        prefs = Preferences.from_mapping(json.loads(data))
        if not prefs.is_empty():
            users.append((user_id, prefs, evaluated_on))
    return users


def filter_new_jobs(job_ids: list[int], *, today: date | None = None) -> None:
    """Evaluate jobs just stored (ids from one ingest) for every user with rules."""
    if not job_ids:
        return
    today = today or date.today()
    for user_id, prefs, _ in _users_with_rules():
        _evaluate(user_id, prefs, today, min(job_ids), max(job_ids))


def refresh_stale(*, today: date | None = None) -> int:
    """Re-evaluate users whose jobs were last evaluated before today (the posting-age rule
    moves with the calendar). Returns how many users were refreshed."""
    today = today or date.today()
    refreshed = 0
    for user_id, prefs, evaluated_on in _users_with_rules():
        if evaluated_on == today.isoformat():
            continue
        with database.atomic():
            _reevaluate(user_id, prefs, today)
            database.execute_sql("UPDATE user_pref SET evaluated_on = ? WHERE user_id = ?",
                                 [today.isoformat(), user_id])
        refreshed += 1
    return refreshed


def filtered_reason(user: User, job_id: int) -> str | None:
    """Why the user's rules filter this job (its canonical job) out, or None."""
    row = database.execute_sql(
        "SELECT f.reason FROM job_filter f JOIN job d ON COALESCE(d.duplicate_of_id, d.id)"
        " = f.job_id WHERE d.id = ? AND f.user_id = ?", [job_id, user.id]).fetchone()
    return None if row is None else row[0]


def filtered_count(user: User) -> int:
    """How many stored jobs the user's rules filter out."""
    return database.execute_sql(
        "SELECT COUNT(*) FROM job_filter WHERE user_id = ?", [user.id]).fetchone()[0]
