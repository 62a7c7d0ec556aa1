from datetime import date

from jobtui.db.models import Application, Job, Rating, Resume, SearchJob
from jobtui.store import searches
from jobtui.store.listing import JobFilter, count_jobs, fts_query, list_jobs

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def make_job(search, n, **fields):
    job = Job.create(job_url=f"https://example.com/{n}", title=fields.pop("title", f"Job {n}"),
                     **fields)
    SearchJob.create(search=search, job=job)
    return job


def test_listing_filters_sorts_and_merges_cross_posts(session):
    user = session.user
    search = searches.find_or_create_search(user, search_term=["python"], job_source=["indeed"])
    resume = Resume.create(user=user, content="x", content_hash="h", is_active=True)
    a = make_job(search, 1, title="Senior Python Engineer", company="Acme", site="indeed",
                 is_remote=True, date_posted=date(2026, 11, 20), max_amount=150000)
    b = make_job(search, 2, title="Data Engineer", company="Beta", site="indeed",
                 is_remote=False, date_posted=date(2026, 11, 22), description="python spark")
    c = make_job(search, 3, title="Hidden Job", company="Gamma", site="indeed")
    dup = make_job(search, 4, title="Senior Python Engineer", company="Acme", site="linkedin",
                   duplicate_of=a)
    Rating.create(job=a, resume=resume, model="m", rating=90)
    Rating.create(job=b, resume=resume, model="m", rating=40)
    Application.create(user=user, job=c, status="hidden")

    rows = list_jobs(user)
    assert [r.id for r in rows] == [a.id, b.id]
    assert rows[0].sites == ["indeed", "linkedin"] and rows[0].rating == 90
    assert dup.id not in [r.id for r in rows]
    assert [r.id for r in list_jobs(user, JobFilter(sort="date"))] == [b.id, a.id]
    assert [r.id for r in list_jobs(user, JobFilter(min_rating=50))] == [a.id]
    assert [r.id for r in list_jobs(user, JobFilter(query="pyth"))] == [a.id, b.id]
    assert [r.id for r in list_jobs(user, JobFilter(remote=True))] == [a.id]
    assert [r.id for r in list_jobs(user, JobFilter(site="linkedin"))] == [a.id]
    assert [r.id for r in list_jobs(user, JobFilter(min_salary=100000))] == [a.id]
    assert [r.id for r in list_jobs(user, JobFilter(status="hidden"))] == [c.id]
    assert count_jobs(user) == 2
    assert count_jobs(user, JobFilter(search_id=search.id, query="spark")) == 1


def test_fts_query_is_safe_for_any_text():
    assert fts_query('c++ "developer" AND (') == '"c"* "developer"* "AND"*'
    assert fts_query("  ***  ") is None


def test_tsquery_is_safe_for_any_text():
    from jobtui.store.listing import tsquery

    assert tsquery('c++ "developer" AND (') == "'c':* & 'developer':* & 'AND':*"
    assert tsquery("  ***  ") is None
