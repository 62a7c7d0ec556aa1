"""Rows for the rating tests, created straight through the models (no scraper or resume
pipeline needed)."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

from jobtui.db.models import Job, Resume, Search, SearchJob, User, utcnow
from jobtui.store.searches import find_or_create_search

FIXTURES = Path(__file__).parent / "fixtures"

RESUME = """Senior Software Engineer with 8 years of Python, Django and PostgreSQL.
Experience: Acme Analytics (2019-2024): led a team of 4 building data APIs on AWS.
Initech (2015-2019): backend developer, Kubernetes, Docker, REST APIs.
Education: University of Texas, B.S. Computer Science."""


def add_resume(user: User, content: str = RESUME, *, active: bool = True) -> Resume:
    if active:
        Resume.update(is_active=False).where(Resume.user == user).execute()
    return Resume.create(
        user=user, content=content, is_active=active, token_count=len(content.split()),
        content_hash=hashlib.sha256(content.encode()).hexdigest(),
    )


def add_search(user: User, term: str = "python", *, last_search: datetime | None = None,
               ) -> Search:
    search = find_or_create_search(user, search_term=[term], job_source=["indeed"])
    if last_search is not None:
        Search.update(last_search=last_search).where(Search.id == search.id).execute()
    return Search.get_by_id(search.id)


def add_job(search: Search, n: int, *, posted: date | None = None,
            duplicate_of: Job | None = None, **fields) -> Job:
    values = dict(
        site="indeed", job_url=f"https://example.com/job/{n}", title=f"Python Developer {n}",
        company=f"Company {n}", location="Austin, TX", date_posted=posted or date(2026, 11, 1)
        + timedelta(days=n % 25), is_remote=True,
        description=f"## The role\nBuild APIs in Python.\n\n## Requirements\n- {n % 9} years "
        "of Python\n- PostgreSQL", duplicate_of=duplicate_of,
    )
    values.update(fields)
    job = Job.create(**values)
    SearchJob.create(search=search, job=job)
    return job


def fixture_rows() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "jobspy_sample.jsonl").open()]


def add_fixture_jobs(search: Search) -> list[Job]:
    """The 40 fixture jobs as rows (no dedup: every row canonical)."""
    jobs = []
    for row in fixture_rows():
        jobs.append(add_job(
            search, 0, site=row["site"], job_url=row["job_url"], title=row["title"],
            company=row.get("company"), location=row.get("location"),
            date_posted=date.fromisoformat(row["date_posted"]) if row.get("date_posted")
            else None, job_type=row.get("job_type"), is_remote=row.get("is_remote"),
            description=row.get("description"), min_amount=row.get("min_amount"),
            max_amount=row.get("max_amount"), currency=row.get("currency"),
            interval=row.get("interval"),
        ))
    return jobs


def now() -> datetime:
    return utcnow()


def seed_rateable(session, fixture=True):
    """A search scraped just now (so no scraper considers it due), an active resume, and
    the fixture jobs (or one job) waiting to be rated."""
    search = add_search(session.user, last_search=utcnow())
    add_resume(session.user)
    if fixture:
        add_fixture_jobs(search)
    else:
        add_job(search, 1)
    return search
