"""Watched company career pages: which systems are known, how "greenhouse:stripe" (or a
careers-page URL) names a board, and the scrape step that reads every due company and stores
its jobs like a search's, with the boards' per-source run records and back-off."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from datetime import datetime

from jobtui.db.models import Search, WatchedCompany, utcnow
from jobtui.errors import JobtuiError
from jobtui.events import BoardError, Event, JobsScraped, Progress
from jobtui.scrape import board_errors
from jobtui.scrape.ingest import ingest_rows
from jobtui.scrape.sources import (
    ashby,
    greenhouse,
    lever,
    new_client,
    recruitee,
    smartrecruiters,
    workable,
)
from jobtui.scrape.sources.common import stored, title_from_slug
from jobtui.scrape.sources.http import SourceError
from jobtui.store import companies as store
from jobtui.store import runs

log = logging.getLogger(__name__)

PROVIDERS = {m.NAME: m for m in (greenhouse, lever, ashby, workable, smartrecruiters,
                                 recruitee)}
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
# Careers-page addresses people paste, and the system and slug they name.
_URLS = (
    (re.compile(r"(?:job-)?boards(?:-api)?\.greenhouse\.io/(?:v1/boards/)?([^/?#]+)"),
     "greenhouse"),
    (re.compile(r"jobs\.(?:eu\.)?lever\.co/([^/?#]+)"), "lever"),
    (re.compile(r"jobs\.ashbyhq\.com/([^/?#]+)"), "ashby"),
    (re.compile(r"apply\.workable\.com/([^/?#]+)"), "workable"),
    (re.compile(r"(?:careers|jobs)\.smartrecruiters\.com/([^/?#]+)"), "smartrecruiters"),
    (re.compile(r"([A-Za-z0-9-]+)\.recruitee\.com"), "recruitee"),
)


class CompanySpecError(JobtuiError, ValueError):
    """A company is not named as "system:slug" with a known system (one line)."""


def parse_company(spec: str) -> tuple[str, str]:
    """("greenhouse", "stripe") from "greenhouse:stripe" or a careers-page URL such as
    "https://boards.greenhouse.io/stripe"; raises CompanySpecError saying what is allowed."""
    text = spec.strip()
    known = ", ".join(PROVIDERS)
    for pattern, ats in _URLS:
        match = pattern.search(text) if "." in text and "/" in text else None
        if match:
            return ats, match.group(1)
    if re.match(r"(?i)https?://", text):  # a pasted address on no system we read
        raise CompanySpecError(f"{text} is not a careers page on {known}; name the company "
                               "as SYSTEM:SLUG, e.g. greenhouse:stripe")
    ats, sep, slug = text.partition(":")
    ats = ats.strip().lower().replace("-", "")
    slug = slug.strip().strip("/")
    if not sep or not slug:
        raise CompanySpecError(f"name a company as SYSTEM:SLUG, e.g. greenhouse:stripe "
                               f"(systems: {known})")
    if ats not in PROVIDERS:
        raise CompanySpecError(f"unknown system '{ats}'; systems: {known}")
    if not _SLUG.match(slug):
        raise CompanySpecError(f"'{slug}' is not a board name: use the name from the careers "
                               "page address (letters, digits, '.', '_' and '-')")
    return ats, slug


def default_name(slug: str) -> str:
    """The company name used until the user gives one ("acme-labs" -> "Acme Labs")."""
    return title_from_slug(slug)


def _read(company: WatchedCompany, client) -> list[dict]:
    return PROVIDERS[company.ats].fetch(client, company.slug,
                                        company.name or default_name(company.slug))


def scrape_companies(session, *, force: bool = False, search_id: int | None = None,
                     emit: Callable[[Event], None] = lambda e: None,
                     stop: threading.Event | None = None,
                     now: Callable[[], datetime] = utcnow) -> list:
    """Read the due watched companies (``force``: all; ``search_id``: that company's backing
    search) and store their jobs. Each company's answer is recorded like a board's (found,
    new, error); a 429/403 backs its system off for every company on it. Never raises for a
    company's failure."""
    from jobtui.scrape.runner import SearchRunSummary

    settings = session.settings.scraping
    started = now()
    due = store.due_companies(started, interval_hours=settings.interval_hours, force=force,
                              search_id=search_id)
    if not due:
        return []
    backoffs = runs.active_backoffs(started)
    summaries = []
    with new_client(settings, stop) as client:
        for index, company in enumerate(due, 1):
            if stop is not None and stop.is_set():
                break
            label = f"{company.ats}:{company.slug}"
            if company.ats in backoffs:
                message = runs.describe_backoff(backoffs[company.ats])
                emit(Progress(f"{company.ats} skipped for '{label}': {message}"))
                summaries.append(SearchRunSummary(company.search_id, 0, 0,
                                                  {company.ats: message}))
                continue
            emit(Progress(f"company {index}/{len(due)}: {label}", index - 1, len(due)))
            summaries.append(_scrape_one(company, client, emit, now))
    return summaries


def _scrape_one(company: WatchedCompany, client, emit, now):
    from jobtui.scrape.runner import SearchRunSummary

    started = now()
    error, status, kind, rows = None, None, None, []
    try:
        rows = _read(company, client)
    except SourceError as exc:
        error, status = str(exc), exc.http_status
        if status == 404:  # the user's board name, not the system, is wrong: no back-off
            error, kind = (f"{company.ats} has no board '{company.slug}' (check the name "
                           "in the careers page address)"), "unsupported"
    except Exception as exc:  # noqa: BLE001 - one company's surprise must not stop the others
        log.warning("reading %s:%s failed", company.ats, company.slug, exc_info=True)
        error = f"{type(exc).__name__}: {exc}"
    result = ingest_rows([stored(r) for r in rows], company.search_id, now=now())
    record = runs.record_run(company.search_id, company.ats, started_at=started,
                             finished_at=now(), found=result.found, new=result.new,
                             error=board_errors.short_error(error) if error else None,
                             http_status=status, kind=kind)
    errors = {}
    if error:
        message = (runs.describe_backoff(record) if record.backoff_until
                   else f"error: {record.error}")
        errors[company.ats] = message
        emit(BoardError(search_id=company.search_id, site=company.ats, message=message))
    else:
        Search.update(last_search=started).where(Search.id == company.search_id).execute()
    emit(JobsScraped(search_id=company.search_id, found=result.found, new=result.new))
    return SearchRunSummary(company.search_id, result.found, result.new, errors,
                            answered=() if error else (company.ats,))
