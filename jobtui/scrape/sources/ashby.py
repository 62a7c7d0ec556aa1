"""Ashby Job Postings API: ``GET /posting-api/job-board/{name}?includeCompensation=true``
returns ``{"apiVersion", "jobs": [...]}`` with ``title``, ``location``, ``isListed``,
``isRemote``, ``descriptionHtml``, ``publishedAt``, ``employmentType``, ``jobUrl``,
``applyUrl`` and ``compensation`` (developers.ashbyhq.com/docs/public-job-posting-api).
Large boards answer slowly, hence the long timeout."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import interval, job_row, job_type, markdown, parse_time

NAME = "ashby"
DEFAULT_BASE = "https://api.ashbyhq.com"
TIMEOUT = 90.0
_EMPLOYMENT = {"FullTime": "fulltime", "PartTime": "parttime", "Intern": "internship",
               "Contract": "contract", "Temporary": "temporary"}


def fetch(client, slug: str, company: str) -> list[dict[str, Any]]:
    """Every listed job on the board ``slug``."""
    url = f"{client.base(NAME, DEFAULT_BASE)}/posting-api/job-board/{slug}"
    payload = client.get_json(url, params={"includeCompensation": "true"}, timeout=TIMEOUT)
    return parse(payload, company)


def _salary(job: dict[str, Any]) -> dict[str, Any]:
    """The first salary component of the job's compensation tiers."""
    for tier in (job.get("compensation") or {}).get("compensationTiers") or []:
        for part in tier.get("components") or []:
            if part.get("compensationType") == "Salary":
                return {"min_amount": part.get("minValue"), "max_amount": part.get("maxValue"),
                        "currency": part.get("currencyCode"),
                        "interval": interval(part.get("interval"))}
    return {}


def parse(payload: dict[str, Any], company: str) -> list[dict[str, Any]]:
    """Rows from a job-board answer (unlisted jobs are left out)."""
    rows = []
    for job in payload.get("jobs") or []:
        if job.get("isListed") is False:
            continue
        rows.append(job_row(
            site=NAME, job_id=job.get("id") or job.get("jobUrl"), url=job.get("jobUrl"),
            direct_url=job.get("applyUrl"), title=job.get("title"), company=company,
            location=job.get("location"), posted=parse_time(job.get("publishedAt")),
            description=markdown(job.get("descriptionHtml")) or job.get("descriptionPlain"),
            is_remote=bool(job.get("isRemote")),
            job_type=_EMPLOYMENT.get(job.get("employmentType")) or job_type(
                job.get("employmentType")),
            **_salary(job),
        ))
    return rows
