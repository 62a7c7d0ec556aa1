"""The one facade the screens call for reads and writes (store functions, no Textual, no
SQL). Everything here runs on worker threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from jobtui.config import RatingSettings
from jobtui.db.models import Application, User
from jobtui.preferences import Preferences
from jobtui.store import applications, companies, prefs, searches
from jobtui.store.companies import CompanyOverview, company_overview
from jobtui.store.jobs import JobDetail, JobNotFound, job_detail
from jobtui.store.runs import RunRecord, recent_runs
from jobtui.store.searches import SearchOverview, search_overview


def search_summaries(user: User, now: datetime | None = None) -> list[SearchOverview]:
    """The user's saved searches with their counts, best rating and per-board status."""
    return search_overview(user, now=now)


def job_view(user: User, job_id: int) -> JobDetail | None:
    """The detail of ``job_id`` as ``user`` sees it; None when it no longer exists."""
    try:
        return job_detail(job_id, user)
    except JobNotFound:
        return None


def known_boards(user: User, defaults: list[str]) -> list[str]:
    """Boards worth offering in the filter: the defaults plus every board a search uses."""
    boards = list(defaults)
    for s in searches.searches_for_user(user):
        boards += [b for b in s.job_source if b not in boards]
    return boards


def scrape_history(limit: int = 200) -> list[RunRecord]:
    """The latest scrape runs per board, oldest first (for the activity log)."""
    return list(reversed(recent_runs(limit)))


def set_status(user: User, job_id: int, status: str) -> Application:
    return applications.set_status(user, job_id, status)


def set_note(user: User, job_id: int, note: str) -> Application:
    return applications.set_note(user, job_id, note)


def note_for(user: User, job_id: int) -> str:
    app = applications.get(user, job_id)
    return (app.note or "") if app else ""


def preferences(user: User) -> tuple[Preferences, int]:
    """The user's preference rules and how many stored jobs they filter out now."""
    return prefs.get_prefs(user), prefs.filtered_count(user)


def save_preferences(user: User, rules: Preferences) -> int:
    """Store the rules and re-evaluate every stored job; returns how many are filtered out."""
    return prefs.save_prefs(user, rules)


def try_rating_model(rating: RatingSettings, progress: Callable[[str], None],
                     stop: threading.Event) -> str:
    """Run the labelled model trial with ``rating.model``; one line with the outcome.
    ``progress`` gets a line per answer. Ollama trouble comes back as the line, not raised."""
    from jobtui.errors import JobtuiError
    from jobtui.events import Progress
    from jobtui.rating.trial import trial_line, try_model

    def emit(event) -> None:
        if isinstance(event, Progress):
            progress(f"{event.activity} ({event.done}/{event.total})")

    try:
        return trial_line(try_model(rating, emit=emit, stop=stop))
    except JobtuiError as exc:
        return str(exc)


def company_summaries(user: User, now: datetime | None = None) -> list[CompanyOverview]:
    """The companies the user watches with their counts, best rating and last run's status."""
    return company_overview(user, now=now)


def add_company(user: User, spec: str, name: str | None = None) -> CompanyOverview:
    """Watch ``spec`` ("greenhouse:stripe" or a careers-page URL); a JobtuiError says what is
    wrong with it in one line."""
    from jobtui.scrape.sources.companies import default_name, parse_company

    ats, slug = parse_company(spec)
    name = " ".join((name or "").split()) or None
    company = companies.watch_company(user, ats, slug, name, default_name=default_name(slug))
    return next(o for o in company_overview(user) if o.id == company.id)


def remove_company(user: User, company_id: int) -> None:
    """Stop watching a company (its jobs stay)."""
    companies.unwatch_company(user, companies.find_company(user, str(company_id)))
