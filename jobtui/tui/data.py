"""The one door from the TUI into the core: screens and widgets call these functions and get
plain views back (never peewee rows, no Textual, no SQL here).

Every function runs on a worker thread and opens its own connection for the call (closed when
it returns), so no screen touches ``jobtui.db`` or ``jobtui.store`` itself. The heavy stacks
(JobSpy, Presidio, Ollama) load lazily inside the function that needs them."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import peewee

from jobtui.config import PrivacySettings, RatingSettings
from jobtui.db.errors import describe, retry_busy
from jobtui.db.models import APPLICATION_STATUSES, User, database
from jobtui.errors import JobtuiError
from jobtui.preferences import Preferences
from jobtui.scrape.exporter import FORMATS as EXPORT_FORMATS
from jobtui.store import applications, companies, prefs, searches
from jobtui.store.companies import CompanyOverview, company_overview
from jobtui.store.jobs import JobNotFound, JobView, job_detail
from jobtui.store.listing import (
    MIN_RATING_RANGE,
    POSTED_WITHIN_RANGE,
    SORTS,
    JobFilter,
    JobRow,
    count_jobs,
    list_jobs,
)
from jobtui.store.resumes import ActiveResume, active_resume_view
from jobtui.store.runs import RunRecord, local_time, recent_runs
from jobtui.store.searches import SearchOverview, SearchView, search_overview

if TYPE_CHECKING:
    from jobtui.events import Event
    from jobtui.rating.client import OllamaStatus
    from jobtui.resume.pipeline import PreparedResume
    from jobtui.session import Session
    from jobtui.worker import Worker

__all__ = [
    "APPLICATION_STATUSES", "EXPORT_FORMATS", "MIN_RATING_RANGE", "POSTED_WITHIN_RANGE", "SORTS",
    "ActiveResume", "CompanyOverview", "JobFilter", "JobRow", "JobView", "Queries", "RunRecord",
    "SearchOverview", "SearchView", "local_time",
]

P = ParamSpec("P")
R = TypeVar("R")


def own_connection(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` inside its own connection context: the worker thread's connection is
    closed when the call returns (nested calls share the outermost one)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with database.connection_context():
            return func(*args, **kwargs)

    return wrapper


def connection() -> AbstractContextManager:
    """This thread's connection for the length of a ``with`` block (for long-lived threads)."""
    return database.connection_context()


def background_worker(session: Session, emit: Callable[[Event], None]) -> Worker:
    """The scheduler loop the app's thread runs; the app pops its own notifications, so
    alerts go out as pushes and the e-mailed digest only."""
    # The scraping and rating stacks (JobSpy, pandas) load here, off the UI thread.
    from jobtui.alerts.burst import build_alerts
    from jobtui.worker import Worker

    return Worker(session, emit, alerts=build_alerts(session, desktop=False))


# -- jobs ------------------------------------------------------------------------------------

class Queries:
    """The running reads of one view: a newer request interrupts those it supersedes, so a
    slow query stops at once instead of finishing unseen."""

    def __init__(self) -> None:
        self._connections: set[sqlite3.Connection] = set()
        self._lock = threading.Lock()

    def run(self, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """``func`` on this thread's own connection; None when ``interrupt`` stopped it."""
        with database.connection_context():
            conn = database.connection()
            with self._lock:
                self._connections.add(conn)
            try:
                return func(*args, **kwargs)
            except (sqlite3.OperationalError, peewee.OperationalError) as exc:
                # peewee re-raises sqlite3's error as its own for its queries
                if "interrupt" not in str(exc):
                    raise
                return None
            finally:
                with self._lock:
                    self._connections.discard(conn)

    def interrupt(self) -> None:
        """Stop every read still running (each returns None)."""
        with self._lock:
            running = list(self._connections)
        for conn in running:
            conn.interrupt()


@own_connection
def job_page(user: User, flt: JobFilter, *, limit: int, after: JobRow | None = None,
             before: JobRow | None = None, last: bool = False) -> list[JobRow]:
    """Up to ``limit`` jobs matching ``flt``: the first page, the one just after ``after`` or
    just before ``before`` (rows of an earlier page), or the ``last`` one."""
    return list_jobs(user, flt, limit=limit, after=after, before=before, last=last)


@own_connection
def job_count(user: User, flt: JobFilter) -> int:
    """How many jobs match ``flt``."""
    return count_jobs(user, flt)


@own_connection
def job_view(user: User, job_id: int) -> JobView | None:
    """The detail of ``job_id`` as ``user`` sees it; None when it no longer exists."""
    try:
        return job_detail(job_id, user)
    except JobNotFound:
        return None


@own_connection
def set_status(user: User, job_id: int, status: str) -> None:
    """Mark the job applied / interested / hidden / new for ``user``; a busy database is
    retried before the error is raised."""
    retry_busy(lambda: applications.set_status(user, job_id, status))


@own_connection
def set_note(user: User, job_id: int, note: str) -> None:
    """Store the user's note on the job (an empty note clears it); a busy database is
    retried before the error is raised."""
    retry_busy(lambda: applications.set_note(user, job_id, note))


@own_connection
def note_for(user: User, job_id: int) -> str:
    """The user's note on the job; empty when there is none."""
    app = applications.get(user, job_id)
    return (app.note or "") if app else ""


@own_connection
def request_rerate(user: User, job_id: int) -> bool:
    """Make the job due for rating again; False (nothing queued) without an active resume."""
    from jobtui.store.ratings import request_rerate as queue_rerate

    if active_resume_view(user) is None:
        return False
    queue_rerate(user, job_id)
    return True


@own_connection
def export_jobs(user: User, flt: JobFilter, path: Path) -> int:
    """Write the jobs under ``flt`` to ``path``; how many were written."""
    from jobtui.scrape.exporter import export_jobs as write_jobs

    return write_jobs(user, flt, path)


# -- saved searches --------------------------------------------------------------------------

@own_connection
def search_summaries(user: User, now: datetime | None = None) -> list[SearchOverview]:
    """The user's saved searches with their counts, best rating and per-board status."""
    return search_overview(user, now=now)


@own_connection
def search_for_edit(search_id: int) -> SearchView | None:
    """The saved search the form edits; None when it is gone."""
    return searches.search_view(search_id)


@own_connection
def known_boards(user: User, defaults: list[str]) -> list[str]:
    """Boards worth offering in the filter: the defaults plus every board a search uses."""
    boards = list(defaults)
    for s in searches.searches_for_user(user):
        boards += [b for b in s.job_source if b not in boards]
    return boards


def search_choices() -> tuple[list[str], list[str], list[str]]:
    """JobSpy's boards, countries and job types (importing JobSpy takes a moment)."""
    from jobtui.scrape import boards

    return boards.all_boards(), list(boards.COUNTRIES), list(boards.JOB_TYPES)


def search_validators() -> dict[str, Callable]:
    """The shared validators of a saved search's fields, by field (the CLI uses the same)."""
    from jobtui.scrape import boards

    return {"terms": boards.validate_terms, "sites": boards.validate_sites,
            "country": boards.validate_country, "results": boards.validate_results,
            "job-type": boards.validate_job_type, "interval": boards.validate_interval}


@own_connection
def save_search(user: User, search_id: int | None, fields: dict) -> tuple[int, list[str]]:
    """Create (``search_id`` None) or update a saved search; its id and the warnings about
    options some of its boards ignore. Raises JobtuiError with a one-line reason."""
    from jobtui.scrape import boards

    if search_id is None:
        saved = searches.find_or_create_search(user, **fields)
    else:
        saved = searches.update_search(searches.user_search(user, search_id), user, **fields)
    warnings = boards.option_warnings(list(saved.job_source), is_remote=bool(saved.is_remote),
                                      job_type=saved.job_type, country=saved.country)
    return saved.id, warnings


# -- scrape runs, resume, model --------------------------------------------------------------

@own_connection
def scrape_history(limit: int = 200) -> list[RunRecord]:
    """The latest scrape runs per board, oldest first (for the activity log)."""
    return list(reversed(recent_runs(limit)))


@own_connection
def active_resume(user: User) -> ActiveResume | None:
    """The resume jobs are rated against, if the user has one."""
    return active_resume_view(user)


def prepare_resume(path: Path, privacy: PrivacySettings, budget: int,
                   extra_terms: Sequence[str] = ()) -> PreparedResume:
    """Read, redact and trim the resume at ``path`` (nothing stored), also removing
    ``extra_terms`` (names the user accepted). Raises JobtuiError or OSError (one line)."""
    from jobtui.resume.pipeline import prepare_resume as prepare

    return prepare(path, privacy, budget, extra_terms)


def suggest_names(prepared: PreparedResume, rating: RatingSettings) -> list[str]:
    """People's names the local model finds in the resume file that the preview still shows
    (the optional second pass). Raises JobtuiError or OSError with a one-line reason."""
    from jobtui.rating.names_pass import suggest_names as ask
    from jobtui.resume.extract import read_resume_text

    return ask(read_resume_text(prepared.source_path), prepared.text, rating)


def failure_message(exc: BaseException) -> str:
    """What went wrong with a read or write, in a line the user can act on."""
    if isinstance(exc, JobtuiError):
        return str(exc)
    return describe(exc) or f"{type(exc).__name__}: {exc} (details in the log file)"


@own_connection
def store_resume(user: User, prepared: PreparedResume) -> tuple[int, bool]:
    """Store ``prepared`` as the active resume; (its id, newly created)."""
    from jobtui.store.resumes import save_resume

    resume, created = save_resume(user, prepared, activate=True)
    return resume.id, created


def probe_ollama(rating: RatingSettings) -> OllamaStatus:
    """Whether Ollama answers at ``rating.host`` and which models it has."""
    from jobtui.rating.client import probe

    return probe(rating)


def is_loopback_host(host: str) -> bool:
    """True when ``host`` is this machine (a remote Ollama host gets a warning)."""
    from jobtui.rating.client import is_loopback_host as loopback

    return loopback(host)


@own_connection
def preferences(user: User) -> tuple[Preferences, int]:
    """The user's preference rules and how many stored jobs they filter out now."""
    return prefs.get_prefs(user), prefs.filtered_count(user)


@own_connection
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


@own_connection
def company_summaries(user: User, now: datetime | None = None) -> list[CompanyOverview]:
    """The companies the user watches with their counts, best rating and last run's status."""
    return company_overview(user, now=now)


@own_connection
def add_company(user: User, spec: str, name: str | None = None) -> CompanyOverview:
    """Watch ``spec`` ("greenhouse:stripe" or a careers-page URL); a JobtuiError says what is
    wrong with it in one line."""
    from jobtui.scrape.sources.companies import default_name, parse_company

    ats, slug = parse_company(spec)
    name = " ".join((name or "").split()) or None
    company = companies.watch_company(user, ats, slug, name, default_name=default_name(slug))
    return next(o for o in company_overview(user) if o.id == company.id)


@own_connection
def remove_company(user: User, company_id: int) -> None:
    """Stop watching a company (its jobs stay)."""
    companies.unwatch_company(user, companies.find_company(user, str(company_id)))
