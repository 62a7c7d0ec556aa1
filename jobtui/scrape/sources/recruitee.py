"""Recruitee Careers Site API: ``GET https://{company}.recruitee.com/api/offers/`` returns
``{"offers": [...]}`` with ``title``, ``company_name``, ``description`` and ``requirements``
(HTML), ``careers_url``, ``careers_apply_url``, ``city``/``state_name``/``country``,
``remote``, ``employment_type_code``, ``published_at`` and ``salary``
(career.recruitee.com/docs). The company is in the host name, so the base URL template holds
``{slug}``."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import interval, job_row, job_type, markdown, parse_time

NAME = "recruitee"
DEFAULT_BASE = "https://{slug}.recruitee.com"
TIMEOUT = 30.0


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every published offer of the careers site ``slug``."""
    base = client.base(NAME, DEFAULT_BASE).replace("{slug}", slug)
    return parse(client.get_json(f"{base}/api/offers/", timeout=TIMEOUT), company)


def parse(payload: dict[str, Any], company: str) -> list[dict[str, Any]]:
    """Rows from an offers answer."""
    rows = []
    for offer in payload.get("offers") or []:
        place = ", ".join(p for p in (offer.get("city"), offer.get("state_name"),
                                      offer.get("country")) if p)
        salary = offer.get("salary") or {}
        code = str(offer.get("employment_type_code") or "").split("_")[0]
        rows.append(job_row(
            site=NAME, job_id=offer.get("id"), url=offer.get("careers_url"),
            direct_url=offer.get("careers_apply_url"), title=offer.get("title"),
            company=offer.get("company_name") or company,
            location=place or offer.get("location"),
            posted=parse_time(offer.get("published_at") or offer.get("created_at")),
            description=markdown((offer.get("description") or "")
                                 + (offer.get("requirements") or "")),
            is_remote=bool(offer.get("remote")), job_type=job_type(code),
            min_amount=salary.get("min"), max_amount=salary.get("max"),
            currency=salary.get("currency"), interval=interval(salary.get("period")),
        ))
    return rows
