"""Workable's public jobs widget: ``GET /api/v1/widget/accounts/{slug}?details=true`` returns
``{"name", "description", "jobs": [...]}``; each job has ``title``, ``shortcode``,
``employment_type``, ``telecommuting``, ``url``, ``application_url``, ``published_on``,
``city``/``state``/``country`` and, with details, its HTML ``description``."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, job_type, markdown, parse_time

NAME = "workable"
DEFAULT_BASE = "https://apply.workable.com"
TIMEOUT = 30.0


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every published job of the account ``slug`` (the account's own name wins)."""
    url = f"{client.base(NAME, DEFAULT_BASE)}/api/v1/widget/accounts/{slug}"
    payload = client.get_json(url, params={"details": "true"}, timeout=TIMEOUT)
    return parse(payload, company)


def parse(payload: dict[str, Any], company: str) -> list[dict[str, Any]]:
    """Rows from a widget answer."""
    company = payload.get("name") or company
    rows = []
    for job in payload.get("jobs") or []:
        place = ", ".join(p for p in (job.get("city"), job.get("state"), job.get("country"))
                          if p)
        rows.append(job_row(
            site=NAME, job_id=job.get("shortcode"), url=job.get("url") or job.get("shortlink"),
            direct_url=job.get("application_url"), title=job.get("title"), company=company,
            location=place or None,
            posted=parse_time(job.get("published_on") or job.get("created_at")),
            description=markdown(job.get("description")),
            is_remote=bool(job.get("telecommuting")),
            job_type=job_type(job.get("employment_type")),
        ))
    return rows
