"""The one facade the screens call for reads and writes: a thin typed layer between the store
and the widgets (frozen dataclasses, no Textual, no SQL). Runs on worker threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from jobtui.db.models import Application, Job, Rating, User
from jobtui.store import applications, searches
from jobtui.store.listing import JobFilter, active_resume_id, count_jobs, list_jobs


@dataclass(frozen=True)
class SearchSummary:
    """One line of the searches pane."""

    id: int
    terms: list[str]
    location: str | None
    sites: list[str]
    last_search: datetime | None
    total_jobs: int
    new_jobs: int
    best_rating: int | None
    board_status: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class JobView:
    """Everything the detail pane shows about one job."""

    id: int
    title: str
    company: str | None
    location: str | None
    is_remote: bool | None
    job_type: str | None
    min_amount: float | None
    max_amount: float | None
    currency: str | None
    interval: str | None
    date_posted: date | None
    links: list[tuple[str, str]]  # (board, url): the canonical job first, then its cross-posts
    description: str | None
    rating: int | None = None
    justification: str | None = None
    matched_skills: list[str] = field(default_factory=list)
    missing_skills: list[str] = field(default_factory=list)
    other_fit: dict[str, object] = field(default_factory=dict)
    model: str | None = None
    status: str | None = None
    note: str | None = None


def search_summaries(user: User) -> list[SearchSummary]:
    """The user's saved searches with their counts, best rating and per-board status."""
    try:
        from jobtui.store.searches import search_overview
    except ImportError:
        search_overview = None
    if search_overview is not None:
        return [
            SearchSummary(o.id, list(o.terms), o.location, list(o.sites), o.last_search,
                          o.total_jobs, o.new_jobs, o.best_rating, dict(o.board_status))
            for o in search_overview(user)
        ]
    result = []
    for s in searches.searches_for_user(user):
        flt = JobFilter(search_id=s.id)
        best = list_jobs(user, flt, limit=1)
        result.append(SearchSummary(
            s.id, list(s.search_term), s.location, list(s.job_source), s.last_search,
            count_jobs(user, flt), count_jobs(user, flt.with_(status="new")),
            best[0].rating if best else None,
        ))
    return result


def job_view(user: User, job_id: int) -> JobView | None:
    """The detail of ``job_id`` as ``user`` sees it (their active resume's rating, their status)."""
    job = Job.get_or_none(Job.id == job_id)
    if job is None:
        return None
    links = [(job.site or "board", job.job_url)]
    links += [(d.site or "board", d.job_url) for d in job.duplicates.order_by(Job.id)]
    resume_id = active_resume_id(user)
    rating = None
    if resume_id is not None:
        rating = Rating.get_or_none((Rating.job == job) & (Rating.resume == resume_id)
                                    & (Rating.status == "ok"))
    data = dict(rating.relevant_data or {}) if rating else {}
    matched = [str(s) for s in data.pop("matched_skills", []) or []]
    missing = [str(s) for s in data.pop("missing_skills", []) or []]
    app = applications.get(user, job_id)
    return JobView(
        id=job.id, title=job.title, company=job.company, location=job.location,
        is_remote=job.is_remote, job_type=job.job_type, min_amount=job.min_amount,
        max_amount=job.max_amount, currency=job.currency, interval=job.interval,
        date_posted=job.date_posted, links=links, description=job.description,
        rating=rating.rating if rating else None,
        justification=rating.justification if rating else None,
        matched_skills=matched, missing_skills=missing, other_fit=data,
        model=rating.model if rating else None,
        status=app.status if app else None, note=app.note if app else None,
    )


def known_boards(user: User, defaults: list[str]) -> list[str]:
    """Boards worth offering in the filter: the defaults plus every board a search uses."""
    boards = list(defaults)
    for s in searches.searches_for_user(user):
        boards += [b for b in s.job_source if b not in boards]
    return boards


def set_status(user: User, job_id: int, status: str) -> Application:
    return applications.set_status(user, job_id, status)


def set_note(user: User, job_id: int, note: str) -> Application:
    return applications.set_note(user, job_id, note)


def note_for(user: User, job_id: int) -> str:
    app = applications.get(user, job_id)
    return (app.note or "") if app else ""
