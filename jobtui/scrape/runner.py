"""Run saved searches through JobSpy: each term asks every board that is not backing off,
one board per step (the steps run in parallel); each board's result, failure kind and
JobSpy's warnings are recorded.

Used from the worker's background thread: it never prints and never raises for a board
failure; it reports through ``emit`` (``jobtui.events``).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from jobtui.db.models import Search, utcnow
from jobtui.events import BoardError, BoardWarning, Event, JobsScraped, Progress
from jobtui.scrape import board_errors, board_log, sources
from jobtui.scrape.ingest import ingest_rows
from jobtui.scrape.sources.companies import scrape_companies
from jobtui.store import claims, runs, searches
from jobtui.store.companies import is_company_search
from jobtui.store.jobs import mark_descriptions_wanted
from jobtui.store.searches import get_search

log = logging.getLogger(__name__)

HOURS_OLD_OVERLAP = 2  # re-ask a little before the last success so nothing slips between runs
# A board that found at least this many jobs last time and none now, without an error, is
# treated as a soft block (a page without jobs where there used to be many).
EMPTY_AFTER = 10


@dataclass(frozen=True)
class SearchRunSummary:
    """One search's run: jobs found and new (canonical) across boards, board errors (and
    back-offs) and the boards that answered."""

    search_id: int
    found: int
    new: int
    errors: dict[str, str] = field(default_factory=dict)
    answered: tuple[str, ...] = ()


@dataclass
class BoardFetch:
    """What one board answered to one term: the rows, or an error with its kind (a key of
    ``runs.FAILURE_KINDS``), the board's warnings (one message per event, as logged) and how
    many rows came without the description that was asked for."""

    site: str
    rows: list[dict] = field(default_factory=list)
    error: str | None = None
    kind: str | None = None
    warnings: list[str] = field(default_factory=list)
    missing_descriptions: int = 0


@dataclass
class _Board:
    found: int = 0
    new: int = 0
    answered: bool = False
    error: str | None = None
    kind: str | None = None
    warnings: list[str] = field(default_factory=list)
    missing_descriptions: int = 0

    def warning_lines(self) -> list[str]:
        """The warnings of all terms as a few short lines."""
        lines = board_log.summarize(self.warnings)
        if self.missing_descriptions:
            n = self.missing_descriptions
            lines.append(f"{n} job{'s' if n != 1 else ''} without a description (rated once "
                         "a later run brings it, or after 24 h)")
        return lines


def _default_interval() -> float:
    from jobtui.config import ScrapingSettings

    return ScrapingSettings().interval_hours


def due_searches(now: datetime | None = None, *,
                 interval_hours: float | None = None) -> list[Search]:
    """Enabled, followed searches never run or last run longer ago than their interval
    (the search's own, else ``interval_hours``, else the default setting), oldest first."""
    return searches.due_searches(now or utcnow(), interval_hours or _default_interval())


def hours_old_for(search: Search, now: datetime, since: datetime | None) -> int | None:
    """The search's own ``hours_old``, narrowed to the time since ``since`` (the board's
    last successful run of this search) plus overlap; a board that never answered gets the
    search's whole window, so nothing posted while it was blocked is lost."""
    if since is None:
        return search.hours_old
    hours = math.ceil((now - since).total_seconds() / 3600) + HOURS_OLD_OVERLAP
    return min(hours, search.hours_old) if search.hours_old else hours


def _scrape_kwargs(search: Search, term: str, site: str, proxies: list[str],
                   hours_old: int | None) -> dict:
    return dict(
        site_name=[site], search_term=term, location=search.location or None,
        distance=search.distance, is_remote=bool(search.is_remote),
        job_type=search.job_type or None, results_wanted=search.results_wanted,
        country_indeed=search.country, proxies=proxies or None,
        description_format="markdown",
        fetch_description=True,  # LinkedIn (and others) give no description otherwise
        hours_old=hours_old,
        verbose=None,  # leave JobSpy's logger to board_log.capture (warnings, no stderr)
    )


def _call(kwargs: dict):
    import jobspy  # heavy (pandas): only when a scrape really runs

    return jobspy.scrape_jobs(**kwargs)


def _frame_rows(frame) -> list[dict]:
    return frame.to_dict("records") if frame is not None and len(frame) else []


def _has_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def fetch_jobspy_board(kwargs: dict, captured: board_log.BoardLog) -> BoardFetch:
    """The per-board step for a JobSpy board: ask one board for one term. No database work
    (it runs on a pool thread); ``captured`` is the running ``board_log.capture()``."""
    site = kwargs["site_name"][0]
    try:
        frame = _call(kwargs)
    except ValueError as exc:  # JobSpy rejected the arguments: the board was not asked
        return BoardFetch(site, error=f"invalid search: {exc}", kind="unsupported")
    except Exception as exc:  # noqa: BLE001 - a board's crash must not lose the others
        log.warning("scraping %s failed", site, exc_info=True)
        board_log.take(captured, site)
        return BoardFetch(site, error=f"{type(exc).__name__}: {exc}", kind="exception")
    attrs = getattr(frame, "attrs", {}) or {}
    error = (attrs.get("errors") or {}).get(site)
    said = list((attrs.get("warnings") or {}).get(site) or [])
    logged = [m for m in board_log.take(captured, site) if m != error]
    rows = _frame_rows(frame)
    for row in rows:
        row["site"] = row.get("site") or site
    fetch = BoardFetch(site, rows, str(error) if error else None,
                       warnings=list(dict.fromkeys(said + logged)))
    skipped = [w for w in said if "skipping" in w]
    if fetch.error is None and skipped and not rows:  # e.g. a country the board does not serve
        fetch.error, fetch.kind = skipped[0], "unsupported"
        fetch.warnings = [w for w in fetch.warnings if w not in skipped]
    if kwargs.get("fetch_description"):
        fetch.missing_descriptions = sum(1 for row in rows
                                         if not _has_text(row.get("description")))
    return fetch


BoardStep = Callable[[dict, board_log.BoardLog], BoardFetch]


def board_step(site: str) -> BoardStep:
    """The step that asks ``site`` for one term (a source other than JobSpy returns its own
    step here, with the same arguments and the same ``BoardFetch`` answer)."""
    from jobtui.scrape.sources.feeds import FEEDS, fetch_feed_board

    return fetch_feed_board if site in FEEDS else fetch_jobspy_board


def _fetch_all(requests: list[dict], fetch: BoardStep | None,
               captured: board_log.BoardLog) -> list[BoardFetch]:
    """Every board's step for one term, in parallel, in the order asked."""
    def step(kwargs: dict) -> BoardFetch:
        return (fetch or board_step(kwargs["site_name"][0]))(kwargs, captured)

    if len(requests) == 1:
        return [step(requests[0])]
    with ThreadPoolExecutor(max_workers=len(requests),
                            thread_name_prefix="jobtui-board") as pool:
        return list(pool.map(step, requests))


def _store_fetch(search: Search, board: _Board, fetch: BoardFetch, term: str,
                 now: datetime) -> tuple[int, int]:
    """Store one board's answer for one term; returns (found, new)."""
    result = ingest_rows(fetch.rows, search, now=now)
    mark_descriptions_wanted(result.new_job_ids, now)
    counts = result.by_site.get(fetch.site)
    if counts:
        board.found += counts.found
        board.new += counts.new
    if fetch.error:
        log.warning("%s failed for %r: %s", fetch.site, term, fetch.error)
        if board.error is None:
            board.error, board.kind = fetch.error, fetch.kind
    else:
        board.answered = True
    board.warnings += fetch.warnings
    board.missing_descriptions += fetch.missing_descriptions
    return result.found, result.new


def _record_board(search: Search, site: str, board: _Board, started: datetime,
                  finished: datetime) -> runs.RunRecord:
    error, kind, http_status = board.error, board.kind, None
    if error:
        http_status = runs.http_status_of(error)
        kind = kind or runs.failure_kind(error, http_status)
        error = board_errors.short_error(error)
    elif board.found == 0 and (before := runs.last_found(search.id, site)) >= EMPTY_AFTER:
        error, kind = f"no jobs where the last run found {before}", "empty"
    warnings = board.warning_lines()
    for message in warnings:
        log.info("%s warning for search %s: %s", site, search.id, message)
    return runs.record_run(
        search.id, site, started_at=started, finished_at=finished, found=board.found,
        new=board.new, error=error, http_status=http_status, kind=kind, warnings=warnings)


def run_search(search: Search, *, proxies: list[str] | None = None,
               emit: Callable[[Event], None] = lambda e: None,
               stop: threading.Event | None = None,
               now: Callable[[], datetime] = utcnow,
               fetch: BoardStep | None = None) -> SearchRunSummary:
    """Scrape one search (every term, every board not backing off) and store the jobs;
    ``fetch`` replaces every board's step (default: ``board_step(site)``)."""
    started = now()
    backoffs = runs.active_backoffs(started)
    skipped = {site: runs.describe_backoff(backoffs[site])
               for site in search.job_source if site in backoffs}
    for site, message in skipped.items():
        emit(Progress(f"{site} skipped for '{_label(search)}': {message}"))
    sites = [site for site in search.job_source if site not in skipped]
    boards = {site: _Board() for site in sites}
    windows = {site: hours_old_for(search, started, runs.last_success(search.id, site))
               for site in sites}
    found = new = 0
    interrupted = False
    with board_log.capture() as captured:
        for term in search.search_term if sites else []:
            if stop is not None and stop.is_set():
                interrupted = True
                break
            emit(Progress(f"scraping {', '.join(sites)} for '{term}'"))
            requests = [_scrape_kwargs(search, term, site, proxies or [], windows[site])
                        for site in sites]
            for answer in _fetch_all(requests, fetch, captured):
                term_found, term_new = _store_fetch(search, boards[answer.site], answer, term,
                                                    now())
                found += term_found
                new += term_new
    errors_out: dict[str, str] = dict(skipped)
    finished = now()
    for site in sites:
        board = boards[site]
        if not board.answered and board.error is None:
            continue  # stopped before this board was asked
        record = _record_board(search, site, board, started, finished)
        for message in record.warnings:
            emit(BoardWarning(search_id=search.id, site=site, message=message))
        if record.error:
            message = (runs.describe_backoff(record) if record.backoff_until
                       else f"error: {record.error}")
            errors_out[site] = message
            emit(BoardError(search_id=search.id, site=site, message=message))
    answered = tuple(s for s in sites if boards[s].answered and s not in errors_out)
    if not interrupted and any(boards[s].answered for s in sites):
        searches.mark_searched(search.id, started)
    emit(JobsScraped(search_id=search.id, found=found, new=new))
    return SearchRunSummary(search_id=search.id, found=found, new=new, errors=errors_out,
                            answered=answered)


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
    claimant = claims.Claimant()
    for index, search in enumerate(chosen, 1):
        if stop is not None and stop.is_set():
            break
        # Shared PostgreSQL store: another worker may be scraping it, or just has.
        if not claims.claim_search(claimant, search.id, search.last_search):
            continue
        emit(Progress(f"search {index}/{len(chosen)}: {_label(search)}", index - 1, len(chosen)))
        try:
            summaries.append(run_search(search, proxies=settings.proxies, emit=emit, stop=stop))
        finally:
            claims.release_search(claimant, search.id)
    if search_id is None:  # watched companies run on the same schedule
        summaries += scrape_companies(session, force=force, emit=emit, stop=stop)
    return summaries
