"""What every source module shares: HTML to Markdown, dates, and the JobSpy-shaped record
the ingest path stores (so a company's job and a board's job are normalized and deduplicated
the same way)."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from typing import Any

_BLANK_LINES = re.compile(r"\n{3,}")
_TAG = re.compile(r"<[a-zA-Z/!]")


def markdown(text: str | None, *, escaped: bool = False) -> str | None:
    """HTML (or plain text) as Markdown; ``escaped``: the HTML itself arrived entity-escaped
    (Greenhouse sends ``&lt;p&gt;``)."""
    if not text:
        return None
    if escaped:
        text = html.unescape(text)
    if not _TAG.search(text):
        return html.unescape(text).strip() or None
    from markdownify import markdownify

    result = markdownify(text, heading_style="ATX", bullets="-", strip=["img", "script",
                                                                         "style"])
    return _BLANK_LINES.sub("\n\n", result).strip() or None


def plain(text: str | None) -> str:
    """Text without tags or entities (for matching search terms)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text or ""))


def parse_time(value: Any) -> datetime | None:
    """A naive UTC datetime from ISO text ("2026-11-20T10:00:00-05:00", "...Z",
    "2026-11-20 10:00:00 UTC"), a Unix timestamp, or an RFC 822 date (RSS)."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC).replace(tzinfo=None)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace(" UTC", "+00:00").replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def job_row(*, site: str, job_id: Any, url: str | None, title: str | None,
            company: str | None, location: str | None = None,
            posted: datetime | date | None = None, description: str | None = None,
            is_remote: bool | None = None, job_type: str | None = None,
            min_amount: float | None = None, max_amount: float | None = None,
            currency: str | None = None, interval: str | None = None,
            direct_url: str | None = None, match_text: str = "") -> dict[str, Any]:
    """One job as JobSpy's record shape (``normalize_row`` cleans and checks it).

    ``match_text`` (feeds only) is what a saved search's terms are matched against, beyond
    the title; it is dropped before the row is stored."""
    return {
        "site": site, "id": None if job_id is None else f"{site}-{job_id}",
        "job_url": url, "job_url_direct": direct_url if direct_url != url else None,
        "title": title, "company": company, "location": location,
        "date_posted": posted.date() if isinstance(posted, datetime) else posted,
        "_posted_at": posted if isinstance(posted, datetime) else None,
        "job_type": job_type, "interval": interval, "min_amount": min_amount,
        "max_amount": max_amount, "currency": currency, "is_remote": is_remote,
        "description": description, "_match": match_text,
    }


def stored(row: dict[str, Any]) -> dict[str, Any]:
    """The row without the keys only the sources use (``_match``, ``_posted_at``)."""
    return {k: v for k, v in row.items() if not k.startswith("_")}


_JOB_TYPES = {
    "fulltime": "fulltime", "full_time": "fulltime", "full-time": "fulltime",
    "full time": "fulltime", "permanent": "fulltime",
    "parttime": "parttime", "part_time": "parttime", "part-time": "parttime",
    "part time": "parttime",
    "contract": "contract", "contractor": "contract", "freelance": "contract",
    "temporary": "temporary", "temp": "temporary",
    "intern": "internship", "internship": "internship",
}


def job_type(value: Any) -> str | None:
    """JobSpy's job type ("fulltime", "contract", ...) for a provider's wording."""
    if not value:
        return None
    key = str(value).strip().lower()
    return _JOB_TYPES.get(key) or _JOB_TYPES.get(key.replace(" ", ""))


_INTERVALS = {"year": "yearly", "yearly": "yearly", "annual": "yearly", "1 year": "yearly",
              "month": "monthly", "monthly": "monthly", "1 month": "monthly",
              "week": "weekly", "weekly": "weekly", "day": "daily", "daily": "daily",
              "hour": "hourly", "hourly": "hourly", "1 hour": "hourly",
              "per-year-salary": "yearly", "per-month-salary": "monthly",
              "per-hour-wage": "hourly"}


def interval(value: Any) -> str | None:
    """JobSpy's pay interval ("yearly", ...) for a provider's wording."""
    return _INTERVALS.get(str(value).strip().lower()) if value else None


def title_from_slug(slug: str) -> str:
    """A readable company name from a board slug ("acme-labs" -> "Acme Labs")."""
    return " ".join(part.capitalize() for part in re.split(r"[-_.\s]+", slug) if part)
