"""Store benchmarks (opt-in: ``pytest -m bench -s``): bulk import of 100,000 JobSpy records
and the ``jobtui jobs --query python --min-rating 50 --limit 50`` query on that database."""

from __future__ import annotations

import json
import random
import time

import pytest

from jobtui.db.models import Job, Resume, SearchJob, database
from jobtui.scrape.importer import import_file
from jobtui.store import searches
from jobtui.store.listing import JobFilter, list_jobs_with_total

JOBS = 100_000
RATE_TARGET = 20_000  # jobs stored per second (issue 3)
SITES = ("indeed", "linkedin", "glassdoor", "zip_recruiter")
TITLES = ("Senior Python Engineer", "Data Engineer", "Machine Learning Engineer",
          "Frontend Developer", "Site Reliability Engineer", "Registered Nurse - ICU",
          "Financial Analyst", "Product Manager", "Backend Developer (Go)", "QA Engineer")
SKILLS = ("Python", "Django", "PostgreSQL", "AWS", "Kubernetes", "React", "TypeScript", "Spark",
          "Airflow", "SQL", "Rust", "Go", "Terraform", "Excel", "Figma")
CITIES = ("Austin, TX, USA", "Seattle, WA, USA", "New York, NY, USA", "Chicago, IL, USA",
          "Denver, CO, USA", "Boston, MA, USA", "Remote, USA")


def generate(path, count: int = JOBS, seed: int = 7) -> None:
    """A JobSpy-shaped JSONL file: ~1 KB markdown descriptions, some tracking URLs."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            site = SITES[n % 4]
            title = rng.choice(TITLES)
            company = f"Company {rng.randrange(5000)}"
            skills = rng.sample(SKILLS, 5)
            description = (
                f"## About {company}\n{company} builds products used by millions.\n\n"
                f"## The role\nAs a **{title}** you will own work end to end.\n\n"
                "## Requirements\n" + "\n".join(f"- {rng.randint(1, 8)}+ years with {s}"
                                                 for s in skills)
                + "\n\n## Benefits\n- Health, dental and vision\n- 401(k) with match\n\n"
                "_We are an equal opportunity employer and value diversity. All qualified "
                "applicants will receive consideration without regard to race, color, "
                "religion, sex, sexual orientation, gender identity or national origin._"
            )
            tracking = "&utm_source=feed&refId=abc" if n % 10 == 0 else ""
            low = rng.randrange(50, 150) * 1000
            record = {
                "id": f"{site[:2]}-{n}", "site": site,
                "job_url": f"https://www.{site}.com/jobs/view/{n}?jk={n}{tracking}",
                "title": title, "company": company, "location": rng.choice(CITIES),
                "date_posted": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                "job_type": "fulltime", "salary_source": "direct_data", "interval": "yearly",
                "min_amount": float(low), "max_amount": float(low + 40000), "currency": "USD",
                "is_remote": rng.random() < 0.3, "description": description,
                "company_url": f"https://www.{site}.com/cmp/{company.replace(' ', '-')}",
            }
            out.write(json.dumps(record) + "\n")


@pytest.mark.bench
def test_bulk_import_and_listing_speed(session, tmp_path):
    path = tmp_path / "jobs100k.jsonl"
    generate(path)
    size_mb = path.stat().st_size / 1e6
    search = searches.imported_search(session.user)

    start = time.perf_counter()
    report = import_file(path, search)
    seconds = time.perf_counter() - start
    rate = report.found / seconds
    stored = Job.select().count()
    print(f"\nimport {JOBS:,} jobs ({size_mb:.0f} MB JSONL): {seconds:.2f} s = {rate:,.0f} jobs/s; "
          f"{report.new:,} new, {report.duplicates:,} cross-posts, {stored:,} rows")
    assert report.found == JOBS and stored == JOBS

    start = time.perf_counter()
    again = import_file(path, search)
    seconds = time.perf_counter() - start
    print(f"re-import: {seconds:.2f} s = {again.found / seconds:,.0f} jobs/s; "
          f"{again.new + again.duplicates} rows added")
    assert again.new == 0 and again.duplicates == 0 and Job.select().count() == stored
    assert SearchJob.select().count() == stored

    # Ratings for half of the canonical jobs, so --min-rating has something to filter.
    resume = Resume.create(user=session.user, content="x", content_hash="h", is_active=True)
    rng = random.Random(3)
    ids = [row[0] for row in database.execute_sql(
        "SELECT id FROM job WHERE duplicate_of_id IS NULL").fetchall()]
    rows = [(job_id, resume.id, "m", rng.randint(0, 100), "ok", 1, "2026-11-26 00:00:00",
             "2026-11-26 00:00:00", "ollama") for job_id in ids[::2]]
    with database.atomic():
        database.connection().executemany(
            "INSERT INTO rating (job_id, resume_id, model, rating, status, attempts,"
            " created_at, updated_at, llm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    database.execute_sql("ANALYZE")
    print(f"ratings: {len(rows):,}")

    flt = JobFilter(query="python", min_rating=50)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        page, total = list_jobs_with_total(session.user, flt, limit=50)  # what `jobs` runs
        timings.append((time.perf_counter() - start) * 1000)
    best, worst = min(timings), max(timings)
    print(f"jobs --query python --min-rating 50 --limit 50: {len(page)} rows of {total:,}; "
          f"page+total {best:.1f} ms best, {worst:.1f} ms worst of 5")
    assert len(page) == 50 and all(r.rating >= 50 for r in page)
    assert worst < 100
    assert rate >= RATE_TARGET, f"import: {rate:,.0f} jobs/s is under {RATE_TARGET:,}"
