"""Remote OK's public API: ``GET /api`` returns a JSON list whose first element is the legal
notice (attribution: link back to Remote OK and name it as the source) and whose others are
jobs with ``id``, ``epoch``/``date``, ``company``, ``position``, ``tags``, ``location``,
``salary_min``/``salary_max``, ``description`` (HTML), ``url`` and ``apply_url``. Each job's
link is its Remote OK page and its board is shown as "remoteok"."""

from __future__ import annotations

from typing import Any

from jobtui.scrape.sources.common import job_row, markdown, parse_time

NAME = "remoteok"
DEFAULT_BASE = "https://remoteok.com"
MIN_INTERVAL = 3600
ATTRIBUTION = "Jobs from Remote OK (remoteok.com); each links back to its Remote OK listing."


def fetch(client) -> Any:
    """The whole current feed."""
    return client.get_json(f"{client.base(NAME, DEFAULT_BASE)}/api", timeout=60.0)


def parse(payload: list[Any]) -> list[dict[str, Any]]:
    """Rows from the feed (the legal-notice element is skipped)."""
    rows = []
    for job in payload if isinstance(payload, list) else []:
        if not isinstance(job, dict) or not job.get("position"):
            continue  # the first element is the legal notice
        low, high = job.get("salary_min") or None, job.get("salary_max") or None
        rows.append(job_row(
            site=NAME, job_id=job.get("id"), url=job.get("url"),
            direct_url=job.get("apply_url"), title=job.get("position"),
            company=job.get("company"), location=job.get("location") or "Remote",
            posted=parse_time(job.get("epoch") or job.get("date")),
            description=markdown(job.get("description")), is_remote=True,
            min_amount=low, max_amount=high, currency="USD" if low or high else None,
            interval="yearly" if low or high else None,
            match_text=" ".join(job.get("tags") or []),
        ))
    return rows
