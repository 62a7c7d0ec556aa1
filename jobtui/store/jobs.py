"""Jobs: lookups by id (listing, filtering and ingest are added by the scraping layer)."""

from __future__ import annotations

from jobtui.db.models import Job


def get_job(job_id: int) -> Job | None:
    return Job.get_or_none(Job.id == job_id)


def count_jobs() -> int:
    return Job.select().count()
