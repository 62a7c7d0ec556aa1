"""Read-outs of the rating table that only the tests need: one job's rating, the counts and the
latest failures of the active resume."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jobtui.db.models import Job, Rating, User, database
from jobtui.store.ratings import queue_size
from jobtui.store.resumes import active_resume


@dataclass(frozen=True)
class RatingView:
    """A job's rating with its parsed details."""

    job_id: int  # the canonical job that was rated
    rating: int | None
    justification: str | None
    matched_skills: list[str]
    missing_skills: list[str]
    seniority_fit: str | None
    deal_breakers: list[str]
    model: str
    status: str
    error: str | None
    created_at: datetime
    without_description: bool = False  # rated after waiting in vain for a description


def rating_for(user: User, job_id: int) -> RatingView | None:
    """The user's rating of this job for the active resume; a duplicate shows its canonical
    job's rating."""
    job = Job.get_or_none(Job.id == job_id)
    resume = active_resume(user)
    if job is None or resume is None:
        return None
    row = Rating.get_or_none(
        (Rating.job == (job.duplicate_of_id or job.id)) & (Rating.resume == resume)
    )
    if row is None:
        return None
    data = row.relevant_data or {}
    return RatingView(
        job_id=row.job_id, rating=row.rating, justification=row.justification,
        matched_skills=list(data.get("matched_skills", [])),
        missing_skills=list(data.get("missing_skills", [])),
        seniority_fit=data.get("seniority_fit"), deal_breakers=list(data.get("deal_breakers", [])),
        model=row.model, status=row.status, error=row.error, created_at=row.updated_at,
        without_description=bool(data.get("without_description")),
    )


@dataclass(frozen=True)
class RatingCounts:
    rated: int
    failed: int
    queued: int


def rating_counts(user: User, *, max_attempts: int | None = None) -> RatingCounts:
    """Ratings of the user's active resume: successful, failed (given up or waiting), queued."""
    resume = active_resume(user)
    if resume is None:
        return RatingCounts(0, 0, 0)
    rows = database.execute_sql(
        "SELECT status, COUNT(*) FROM rating WHERE resume_id = ? GROUP BY status", [resume.id]
    ).fetchall()
    counts = dict(rows)
    queued = queue_size(max_attempts=max_attempts, resume_id=resume.id)
    return RatingCounts(counts.get("ok", 0), counts.get("failed", 0), queued)


def recent_failures(user: User, limit: int = 20) -> list[tuple[int, str, str, datetime]]:
    """(job id, title, error, when) of the latest failed ratings of the user's active resume."""
    rows = database.execute_sql(
        "SELECT r.job_id, j.title, r.error, r.updated_at FROM rating r"
        " JOIN job j ON j.id = r.job_id JOIN resume res ON res.id = r.resume_id"
        " WHERE res.user_id = ? AND res.is_active = 1 AND r.status = 'failed'"
        " ORDER BY r.updated_at DESC LIMIT ?", [user.id, limit],
    ).fetchall()
    return [(r[0], r[1], r[2] or "", datetime.fromisoformat(r[3])) for r in rows]
