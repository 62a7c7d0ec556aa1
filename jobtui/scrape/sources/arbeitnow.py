"""Arbeitnow's free job board API: ``GET /api/job-board-api?page=N`` returns ``{"data":
[...], "links": {"next": ...}, "meta": {...}}`` with ``slug``, ``company_name``, ``title``,
``description`` (HTML), ``remote``, ``url``, ``tags``, ``job_types``, ``location`` and
``created_at`` (Unix seconds); mostly jobs in Germany and Europe."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, job_type, markdown, parse_time

NAME = "arbeitnow"
DEFAULT_BASE = "https://www.arbeitnow.com"
MIN_INTERVAL = 3600
PAGES = 3  # the newest few hundred jobs per fetch


def fetch(client) -> Any:
    """The newest pages of the board, as one list of jobs."""
    url = f"{client.base(NAME, DEFAULT_BASE)}/api/job-board-api"
    jobs: list[dict[str, Any]] = []
    for page in range(1, PAGES + 1):
        answer = client.get_json(url, params={"page": page}, timeout=60.0)
        jobs += answer.get("data") or []
        if not (answer.get("links") or {}).get("next"):
            break
    return {"data": jobs}


def parse(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows from the collected pages."""
    rows = []
    for job in payload.get("data") or []:
        types = job.get("job_types") or []
        rows.append(job_row(
            site=NAME, job_id=job.get("slug"), url=job.get("url"), title=job.get("title"),
            company=job.get("company_name"), location=job.get("location"),
            posted=parse_time(job.get("created_at")),
            description=markdown(job.get("description")), is_remote=bool(job.get("remote")),
            job_type=next((t for t in map(job_type, types) if t), None),
            match_text=" ".join(job.get("tags") or []),
        ))
    return rows
