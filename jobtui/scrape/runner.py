"""Run saved searches through JobSpy: one ``scrape_jobs`` call per search term (JobSpy runs
the boards in parallel), each board's result recorded, blocked boards backing off.

Used from the worker's background thread: it never prints and never raises for a board
failure; it reports through ``emit`` (``jobtui.events``).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from jobtui.db.models import Search, UserSearch, utcnow
from jobtui.events import BoardError, Event, JobsScraped, Progress
from jobtui.scrape import sources
from jobtui.scrape.ingest import ingest_rows
from jobtui.scrape.sources.companies import scrape_companies
from jobtui.store import runs
from jobtui.store.companies import is_company_search
from jobtui.store.searches import get_search

log = logging.getLogger(__name__)

HOURS_OLD_OVERLAP = 2  # re-ask a little before the last run so nothing slips between runs


@dataclass(frozen=True)
class SearchRunSummary:
    """One search's run: jobs found and new (canonical) across boards, and board errors."""

    search_id: int
    found: int
    new: int
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class _Board:
    found: int = 0
    new: int = 0
    answered: bool = False
    error: str | None = None
    http_status: int | None = None


def _default_interval() -> float:
    from jobtui.config import ScrapingSettings

    return ScrapingSettings().interval_hours


def due_searches(now: datetime | None = None, *,
                 interval_hours: float | None = None) -> list[Search]:
    """Enabled, followed searches never run or last run longer ago than their interval
    (the search's own, else ``interval_hours``, else the default setting), oldest first."""
    now = now or utcnow()
    default = interval_hours or _default_interval()
    followed = UserSearch.select(UserSearch.search)
    candidates = (Search.select().where(Search.enabled == True, Search.id.in_(followed))  # noqa: E712
                  .order_by(Search.last_search.is_null(False), Search.last_search, Search.id))
    return [s for s in candidates if s.last_search is None
            or s.last_search + timedelta(hours=s.interval_hours or default) <= now]


def hours_old_for(search: Search, now: datetime) -> int | None:
    """The search's own ``hours_old``, narrowed to the time since its last run plus overlap."""
    if search.last_search is None:
        return search.hours_old
    since = math.ceil((now - search.last_search).total_seconds() / 3600) + HOURS_OLD_OVERLAP
    return min(since, search.hours_old) if search.hours_old else since


def _scrape_kwargs(search: Search, term: str, sites: list[str], proxies: list[str],
                   now: datetime) -> dict:
    return dict(
        site_name=sites, search_term=term, location=search.location or None,
        distance=search.distance, is_remote=bool(search.is_remote),
        job_type=search.job_type or None, results_wanted=search.results_wanted,
        country_indeed=search.country, proxies=proxies or None,
        description_format="markdown",
        fetch_description=True,  # LinkedIn (and others) give no description otherwise
        hours_old=hours_old_for(search, now), verbose=0,
    )


def _call(kwargs: dict):
    import jobspy  # heavy (pandas): only when a scrape really runs

    return jobspy.scrape_jobs(**kwargs)


def _frame_rows(frame) -> list[dict]:
    return frame.to_dict("records") if frame is not None and len(frame) else []


def _scrape_term(kwargs: dict) -> tuple[list[dict], dict[str, str], dict[str, list[str]]]:
    """Rows, board errors and board warnings for one term; an exception from one board
    (the combined call fails) is retried board by board so the others still count."""
    sites = list(kwargs["site_name"])
    try:
        frame = _call(kwargs)
        attrs = getattr(frame, "attrs", {}) or {}
        return _frame_rows(frame), dict(attrs.get("errors") or {}), dict(
            attrs.get("warnings") or {})
    except ValueError as exc:  # JobSpy rejected the arguments: no board was asked
        return [], {site: f"invalid search: {exc}" for site in sites}, {}
    except Exception as exc:  # noqa: BLE001 - a board's crash must not lose the others
        if len(sites) == 1:
            log.warning("scraping %s failed", sites[0], exc_info=True)
            return [], {sites[0]: f"{type(exc).__name__}: {exc}"}, {}
        log.warning("combined scrape failed (%s); retrying board by board", exc)
    rows, errors, warnings = [], {}, {}
    for site in sites:
        site_rows, site_errors, site_warnings = _scrape_term({**kwargs, "site_name": [site]})
        rows += site_rows
        errors.update(site_errors)
        warnings.update(site_warnings)
    return rows, errors, warnings


def _scrape_sources(kwargs: dict) -> tuple[list[dict], dict[str, str], dict[str, list[str]]]:
    """``_scrape_term`` for the JobSpy boards plus the remote-job feeds among the sites
    (``jobtui.scrape.sources.feeds``), in the same shape."""
    from jobtui.scrape.sources.feeds import FEEDS, scrape_feeds

    feeds = [s for s in kwargs["site_name"] if s in FEEDS]
    boards = [s for s in kwargs["site_name"] if s not in FEEDS]
    rows, errors, warnings = _scrape_term({**kwargs, "site_name": boards}) if boards else (
        [], {}, {})
    if feeds:
        feed_rows, feed_errors = scrape_feeds(feeds, kwargs)
        rows, errors = rows + feed_rows, {**errors, **feed_errors}
    return rows, errors, warnings


def run_search(search: Search, *, proxies: list[str] | None = None,
               emit: Callable[[Event], None] = lambda e: None,
               stop: threading.Event | None = None,
               now: Callable[[], datetime] = utcnow) -> SearchRunSummary:
    """Scrape one search (every term, every board not backing off) and store the jobs."""
    started = now()
    backoffs = runs.active_backoffs(started)
    boards = {site: _Board() for site in search.job_source}
    skipped = {site: runs.describe_backoff(backoffs[site]) for site in boards if site in backoffs}
    for site, message in skipped.items():
        emit(Progress(f"{site} skipped for '{_label(search)}': {message}"))
    sites = [site for site in boards if site not in skipped]
    found = new = 0
    interrupted = False
    for term in search.search_term if sites else []:
        if stop is not None and stop.is_set():
            interrupted = True
            break
        emit(Progress(f"scraping {', '.join(sites)} for '{term}'"))
        kwargs = _scrape_kwargs(search, term, sites, proxies or [], started)
        rows, errors, warnings = _scrape_sources(kwargs)
        for row in rows:
            if not row.get("site") and len(sites) == 1:
                row["site"] = sites[0]
        result = ingest_rows(rows, search, now=now())
        found += result.found
        new += result.new
        for site in sites:
            board = boards[site]
            counts = result.by_site.get(site)
            if counts:
                board.found += counts.found
                board.new += counts.new
            if site in errors:
                log.warning("%s failed for %r: %s", site, term, errors[site])
                board.http_status = board.http_status or runs.http_status_of(str(errors[site]))
                board.error = board.error or runs.short_error(str(errors[site]))
            else:
                board.answered = True
            for message in warnings.get(site, []):
                log.info("%s warning for %r: %s", site, term, message)
    errors_out: dict[str, str] = dict(skipped)
    finished = now()
    for site in sites:
        board = boards[site]
        if not board.answered and board.error is None:
            continue  # stopped before this board was asked
        record = runs.record_run(
            search.id, site, started_at=started, finished_at=finished, found=board.found,
            new=board.new, error=board.error, http_status=board.http_status)
        if board.error:
            message = (runs.describe_backoff(record) if record.backoff_until
                       else f"error: {board.error}")
            errors_out[site] = message
            emit(BoardError(search_id=search.id, site=site, message=message))
    if not interrupted and any(boards[s].answered for s in sites):
        Search.update(last_search=started).where(Search.id == search.id).execute()
    emit(JobsScraped(search_id=search.id, found=found, new=new))
    return SearchRunSummary(search_id=search.id, found=found, new=new, errors=errors_out)


def _label(search: Search) -> str:
    return search.name or ", ".join(search.search_term)


def scrape_due(session, *, search_id: int | None = None, force: bool = False,
               emit: Callable[[Event], None] = lambda e: None,
               stop: threading.Event | None = None) -> list[SearchRunSummary]:
    """Run the due searches (``force``: every enabled followed search; ``search_id``: that
    one, due or not). Board failures are recorded and emitted, never raised."""
    from jobtui.store.searches import SearchNotFound

    settings = session.settings.scraping
    sources.configure(settings)  # proxies and base URLs for the feeds
    if search_id is not None and is_company_search(search_id):
        return scrape_companies(session, search_id=search_id, emit=emit, stop=stop)
    if search_id is not None:
        search = get_search(search_id)
        if search is None:
            raise SearchNotFound(f"no saved search {search_id}; `jobtui search list` shows them")
        chosen = [search]
    elif force:
        chosen = due_searches(datetime.max)
    else:
        chosen = due_searches(interval_hours=settings.interval_hours)
    summaries = []
    for index, search in enumerate(chosen, 1):
        if stop is not None and stop.is_set():
            break
        emit(Progress(f"search {index}/{len(chosen)}: {_label(search)}", index - 1, len(chosen)))
        summaries.append(run_search(search, proxies=settings.proxies, emit=emit, stop=stop))
    if search_id is None:  # watched companies run on the same schedule
        summaries += scrape_companies(session, force=force, emit=emit, stop=stop)
    return summaries
