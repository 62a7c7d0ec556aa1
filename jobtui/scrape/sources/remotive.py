"""Remotive's public API: ``GET /api/remote-jobs`` returns ``{"job-count", "jobs": [...]}``
with ``id``, ``url``, ``title``, ``company_name``, ``category``, ``tags``, ``job_type``,
``publication_date``, ``candidate_required_location``, ``salary`` (text) and the HTML
``description`` (github.com/remotive-com/remote-jobs-api). Remotive asks for at most four
requests a day and a link back to its listing: each job's link is its Remotive page and its
board is shown as "remotive"."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, job_type, markdown, parse_time

NAME = "remotive"
DEFAULT_BASE = "https://remotive.com"
MIN_INTERVAL = 6 * 3600  # "max. 4 times a day"
ATTRIBUTION = "Jobs from Remotive (remotive.com); each links back to its Remotive listing."


def fetch(client) -> Any:
    """The whole active feed (filtered locally, so one request serves every search)."""
    return client.get_json(f"{client.base(NAME, DEFAULT_BASE)}/api/remote-jobs", timeout=60.0)


def parse(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows from a remote-jobs answer."""
    rows = []
    for job in payload.get("jobs") or []:
        tags = " ".join(job.get("tags") or [])
        rows.append(job_row(
            site=NAME, job_id=job.get("id"), url=job.get("url"), title=job.get("title"),
            company=job.get("company_name"),
            location=job.get("candidate_required_location") or "Remote",
            posted=parse_time(job.get("publication_date")),
            description=markdown(job.get("description")), is_remote=True,
            job_type=job_type(job.get("job_type")),
            match_text=f"{job.get('category') or ''} {tags}",
        ))
    return rows
