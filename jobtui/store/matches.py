"""Strong matches: a user's well-rated jobs, for alerts and the digest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from jobtui.db.models import Application, Job, Rating, Resume, User


@dataclass(frozen=True)
class Match:
    """One rated job as an alert or a digest shows it."""

    job_id: int
    title: str
    company: str
    location: str
    rating: int
    url: str
    justification: str
    rated_at: datetime


def _matches(user: User, min_rating: int, where) -> list[Match]:
    hidden = Application.select(Application.job).where(
        (Application.user == user) & (Application.status == "hidden"))
    rows = (
        Rating.select(Rating, Job)
        .join(Job, on=(Rating.job == Job.id))
        .switch(Rating)
        .join(Resume, on=(Rating.resume == Resume.id))
    ).where(
        (Resume.user == user) & (Resume.is_active == True)  # noqa: E712
        & (Rating.status == "ok") & (Rating.rating >= min_rating)
        & Job.id.not_in(hidden) & where
    ).order_by(Rating.rating.desc(), Rating.updated_at.desc(), Job.id)
    return [
        Match(job_id=r.job.id, title=r.job.title, company=r.job.company or "",
              location=r.job.location or "", rating=r.rating, url=r.job.job_url,
              justification=r.justification or "", rated_at=r.updated_at)
        for r in rows
    ]


def strong_matches(user: User, *, since: datetime, min_rating: int,
                   limit: int | None = None) -> list[Match]:
    """The user's jobs rated at least ``min_rating`` (active resume) since ``since`` (naive
    UTC), best first; jobs the user hid are left out."""
    found = _matches(user, min_rating, Rating.updated_at >= since)
    return found[:limit] if limit is not None else found


def matches_for_jobs(user: User, job_ids: Iterable[int], *, min_rating: int) -> list[Match]:
    """Of ``job_ids``, those the user's active resume rated at least ``min_rating``."""
    ids = list(set(job_ids))
    if not ids:
        return []
    return _matches(user, min_rating, Job.id.in_(ids))
