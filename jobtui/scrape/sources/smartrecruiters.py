"""SmartRecruiters Posting API: ``GET /v1/companies/{id}/postings?limit=100&offset=N`` pages
through ``{"offset", "limit", "totalFound", "content": [...]}`` (``name``, ``location``,
``releasedDate``, ``typeOfEmployment``, ``company``); the description, ``postingUrl`` and
``applyUrl`` come from ``GET /v1/companies/{id}/postings/{postingId}`` (``jobAd.sections``)
(dev.smartrecruiters.com/customer-api/posting-api)."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, job_type, markdown, parse_time
from jobtui.scrape.sources.http import SourceError

NAME = "smartrecruiters"
DEFAULT_BASE = "https://api.smartrecruiters.com"
TIMEOUT = 30.0
PAGE = 100
MAX_POSTINGS = 300  # one detail request per posting: a bound on a run's requests
_SECTIONS = ("jobDescription", "qualifications", "additionalInformation",
             "companyDescription")


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every posting of the company ``slug`` (up to MAX_POSTINGS), with its details."""
    base = f"{client.base(NAME, DEFAULT_BASE)}/v1/companies/{slug}/postings"
    postings: list[dict[str, Any]] = []
    while len(postings) < MAX_POSTINGS:
        page = client.get_json(base, params={"limit": PAGE, "offset": len(postings)},
                               timeout=TIMEOUT)
        content = page.get("content") or []
        postings += content
        if not content or len(postings) >= int(page.get("totalFound") or 0):
            break
    details = {}
    for posting in postings[:MAX_POSTINGS]:
        try:
            details[posting.get("id")] = client.get_json(f"{base}/{posting.get('id')}",
                                                         timeout=TIMEOUT)
        except SourceError as exc:
            if exc.http_status == 429:
                raise  # the whole provider backs off
            details[posting.get("id")] = {}  # keep the posting without its description
    return parse(postings[:MAX_POSTINGS], details, slug, company)


def _location(place: dict[str, Any]) -> str | None:
    parts = [place.get("city"), place.get("region"), (place.get("country") or "").upper()]
    return ", ".join(p for p in parts if p) or None


def _description(detail: dict[str, Any]) -> str | None:
    sections = ((detail.get("jobAd") or {}).get("sections")) or {}
    parts = []
    for key in _SECTIONS:
        section = sections.get(key) or {}
        if section.get("text"):
            parts.append(f"<h3>{section.get('title') or ''}</h3>{section['text']}")
    return markdown("".join(parts))


def parse(postings: list[dict[str, Any]], details: dict[Any, dict[str, Any]], slug: str,
          company: str) -> list[dict[str, Any]]:
    """Rows from list pages and the details answered for them."""
    rows = []
    for posting in postings:
        detail = details.get(posting.get("id")) or {}
        place = posting.get("location") or {}
        url = (detail.get("postingUrl")
               or f"https://jobs.smartrecruiters.com/{slug}/{posting.get('id')}")
        rows.append(job_row(
            site=NAME, job_id=posting.get("id"), url=url, direct_url=detail.get("applyUrl"),
            title=posting.get("name"),
            company=(posting.get("company") or {}).get("name") or company,
            location=_location(place), posted=parse_time(posting.get("releasedDate")),
            description=_description(detail), is_remote=bool(place.get("remote")),
            job_type=job_type((posting.get("typeOfEmployment") or {}).get("label")),
        ))
    return rows
