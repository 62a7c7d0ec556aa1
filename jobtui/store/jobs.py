"""Jobs: lookups by id and the detail view of one job for one user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from jobtui.db.models import Application, Job, JobSeen, Rating, User
from jobtui.errors import JobtuiError


class JobNotFound(JobtuiError, LookupError):
    """No job with that id."""


def get_job(job_id: int) -> Job | None:
    return Job.get_or_none(Job.id == job_id)


def mark_descriptions_wanted(job_ids: list[int], since: datetime) -> int:
    """Mark the jobs among ``job_ids`` stored without a description as waiting for one
    (the rating queue holds them back; the mark goes when a description is stored)."""
    marked = 0
    for start in range(0, len(job_ids), 900):
        marked += (Job.update(description_wanted_since=since)
                   .where(Job.id.in_(job_ids[start:start + 900]), Job.description.is_null())
                   .execute())
    return marked


@dataclass(frozen=True)
class Posting:
    """Where a job is posted: its board and link (a cross-posted job has several)."""

    job_id: int
    site: str | None
    job_url: str
    job_url_direct: str | None
    date_posted: date | None


@dataclass(frozen=True)
class JobView:
    """Everything the detail pane shows for one canonical job and one user."""

    id: int
    title: str
    company: str | None
    location: str | None
    is_remote: bool | None
    job_type: str | None
    date_posted: date | None
    min_amount: float | None
    max_amount: float | None
    currency: str | None
    interval: str | None
    description: str | None  # markdown, as scraped (control characters removed)
    site: str | None
    job_url: str
    job_url_direct: str | None
    first_seen: datetime
    last_seen: datetime
    extra: dict[str, Any] = field(default_factory=dict)  # JobSpy's other fields
    postings: list[Posting] = field(default_factory=list)  # this job first, then cross-posts
    rating: int | None = None  # for the user's active resume
    rating_status: str | None = None  # ok | failed | None (not rated yet)
    rating_error: str | None = None
    justification: str | None = None
    relevant_data: dict[str, Any] = field(default_factory=dict)  # matched/missing skills...
    rated_at: datetime | None = None
    model: str | None = None
    status: str = "new"  # application status
    note: str | None = None
    duplicate_of: int | None = None  # the canonical id when ``job_id`` named a cross-post
    prerank: float | None = None  # model-free relevance (0-100) for the active resume
    filtered: str | None = None  # why the user's preferences filter it out
    description_wanted_since: datetime | None = None  # scraped without one: rating waits

    @property
    def sites(self) -> list[str]:
        """The boards it is posted on, each once, canonical board first."""
        return list(dict.fromkeys(p.site for p in self.postings if p.site))


def _posting(job: Job) -> Posting:
    return Posting(job_id=job.id, site=job.site, job_url=job.job_url,
                   job_url_direct=job.job_url_direct, date_posted=job.date_posted)


def last_seen(job: Job) -> datetime:
    """When ``job`` was last seen by a scrape or an import."""
    seen = JobSeen.get_or_none(JobSeen.job == job.id)
    return seen.last_seen if seen is not None else job.last_seen


def job_detail(job_id: int, user: User) -> JobView:
    """The detail of job ``job_id`` (a cross-post shows its canonical job) for ``user``."""
    from jobtui.store.listing import active_resume_id
    from jobtui.store.prefs import filtered_reason
    from jobtui.store.prerank import prerank_of

    job = get_job(job_id)
    if job is None:
        raise JobNotFound(f"no job {job_id}")
    asked = job.id
    if job.duplicate_of_id is not None:
        job = get_job(job.duplicate_of_id) or job
    postings = [_posting(job)] + [
        _posting(d) for d in Job.select().where(Job.duplicate_of == job.id).order_by(Job.id)
    ]
    rating = None
    resume_id = active_resume_id(user)
    if resume_id is not None:
        rating = Rating.get_or_none((Rating.job == job.id) & (Rating.resume == resume_id))
    application = Application.get_or_none((Application.job == job.id)
                                          & (Application.user == user))
    return JobView(
        id=job.id, title=job.title, company=job.company, location=job.location,
        is_remote=job.is_remote, job_type=job.job_type, date_posted=job.date_posted,
        min_amount=job.min_amount, max_amount=job.max_amount, currency=job.currency,
        interval=job.interval, description=job.description, site=job.site,
        job_url=job.job_url, job_url_direct=job.job_url_direct, first_seen=job.first_seen,
        last_seen=last_seen(job), extra=job.extra or {}, postings=postings,
        rating=rating.rating if rating else None,
        rating_status=rating.status if rating else None,
        rating_error=rating.error if rating else None,
        justification=rating.justification if rating else None,
        relevant_data=(rating.relevant_data or {}) if rating else {},
        rated_at=rating.updated_at if rating else None,
        model=rating.model if rating else None,
        status=application.status if application else "new",
        note=application.note if application else None,
        duplicate_of=job.id if asked != job.id else None,
        prerank=None if resume_id is None else prerank_of(job.id, resume_id),
        filtered=filtered_reason(user, job.id),
        description_wanted_since=job.description_wanted_since,
    )
