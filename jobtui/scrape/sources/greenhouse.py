"""Greenhouse Job Board API: ``GET /v1/boards/{board_token}/jobs?content=true`` returns every
published post with its entity-escaped HTML ``content``, ``location.name``, ``offices`` and
``departments`` (developers.greenhouse.io/job-board.html)."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, markdown, parse_time

NAME = "greenhouse"
DEFAULT_BASE = "https://boards-api.greenhouse.io"
TIMEOUT = 30.0


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every job on the board ``slug`` as JobSpy-shaped rows."""
    url = f"{client.base(NAME, DEFAULT_BASE)}/v1/boards/{slug}/jobs"
    return parse(client.get_json(url, params={"content": "true"}, timeout=TIMEOUT), company)


def parse(payload: dict[str, Any], company: str) -> list[dict[str, Any]]:
    """Rows from a list-jobs answer."""
    rows = []
    for job in payload.get("jobs") or []:
        location = (job.get("location") or {}).get("name")
        rows.append(job_row(
            site=NAME, job_id=job.get("id"), url=job.get("absolute_url"),
            title=job.get("title"), company=company, location=location,
            posted=parse_time(job.get("first_published") or job.get("updated_at")),
            description=markdown(job.get("content"), escaped=True),
            is_remote="remote" in (location or "").lower(),
        ))
    return rows
