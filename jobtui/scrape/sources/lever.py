"""Lever Postings API: ``GET /v0/postings/{site}?mode=json`` returns a bare list of postings
(``text`` is the title; ``categories``, ``descriptionPlain``/``description``, ``lists``,
``additional``, ``hostedUrl``, ``applyUrl``, ``workplaceType``, ``salaryRange``); EU accounts
answer on api.eu.lever.co (github.com/lever/postings-api)."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import interval, job_row, job_type, markdown, parse_time
from jobtui.scrape.sources.http import SourceError

NAME = "lever"
EU = "lever_eu"
DEFAULT_BASE = "https://api.lever.co"
EU_BASE = "https://api.eu.lever.co"
TIMEOUT = 30.0


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every published posting of ``slug``; an account unknown on the global host is asked
    for on the EU host."""
    params = {"mode": "json"}
    try:
        payload = client.get_json(f"{client.base(NAME, DEFAULT_BASE)}/v0/postings/{slug}",
                                  params=params, timeout=TIMEOUT)
    except SourceError as exc:
        if exc.http_status != 404:
            raise
        payload = client.get_json(f"{client.base(EU, EU_BASE)}/v0/postings/{slug}",
                                  params=params, timeout=TIMEOUT)
    return parse(payload, company)


def _description(posting: dict[str, Any]) -> str | None:
    parts = [posting.get("description") or ""]
    for extra in posting.get("lists") or []:
        parts.append(f"<h3>{extra.get('text') or ''}</h3><ul>{extra.get('content') or ''}</ul>")
    parts.append(posting.get("additional") or "")
    return markdown("".join(parts)) or posting.get("descriptionPlain")


def parse(payload: list[dict[str, Any]], company: str) -> list[dict[str, Any]]:
    """Rows from a list-postings answer."""
    rows = []
    for posting in payload if isinstance(payload, list) else []:
        categories = posting.get("categories") or {}
        salary = posting.get("salaryRange") or {}
        created = posting.get("createdAt")
        rows.append(job_row(
            site=NAME, job_id=posting.get("id"), url=posting.get("hostedUrl"),
            direct_url=posting.get("applyUrl"), title=posting.get("text"), company=company,
            location=categories.get("location"),
            posted=parse_time(created / 1000 if isinstance(created, int | float) else created),
            description=_description(posting),
            is_remote=posting.get("workplaceType") == "remote",
            job_type=job_type(categories.get("commitment")),
            min_amount=salary.get("min"), max_amount=salary.get("max"),
            currency=salary.get("currency"), interval=interval(salary.get("interval")),
        ))
    return rows
