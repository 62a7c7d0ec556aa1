from datetime import date

from jobtui.db.models import Application, Job, Rating, Resume, SearchJob, database
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


def test_keyset_pages_match_the_full_order_both_ways_for_every_sort(session):
    user = session.user
    search = searches.find_or_create_search(user, search_term=["python"], job_source=["indeed"])
    resume = Resume.create(user=user, content="x", content_hash="h", is_active=True)
    # Ties and NULLs in every sort key: equal ratings, dates, companies and titles.
    for n in range(23):
        job = make_job(search, n, title=f"Job {n % 4}",
                       company=None if n % 5 == 0 else ("acme", "Beta", "ACME")[n % 3],
                       date_posted=None if n % 6 == 0 else date(2026, 11, 1 + n % 3))
        if n % 3:
            Rating.create(job=job, resume=resume, model="m", rating=(40, 70)[n % 2])
        if n % 4:  # pre-rank scores with ties, and jobs without one
            database.execute_sql("INSERT INTO prerank (job_id, resume_id, score) VALUES (?, ?, ?)",
                                 (job.id, resume.id, float(n % 3)))
    for sort in ("rating", "date", "company", "prerank"):
        flt = JobFilter(sort=sort)
        whole = [r.id for r in list_jobs(user, flt, limit=100)]
        assert len(whole) == 23
        forward, page = [], list_jobs(user, flt, limit=4)
        while page:
            forward += page
            page = list_jobs(user, flt, limit=4, after=page[-1])
        backward, page = [], list_jobs(user, flt, limit=4, last=True)
        while page:
            backward = page + backward
            page = list_jobs(user, flt, limit=4, before=page[0])
        assert [r.id for r in forward] == whole, sort
        assert [r.id for r in backward] == whole, sort
    by_rating = list_jobs(user, JobFilter(), limit=100)
    ratings = [r.rating for r in by_rating]
    assert ratings == sorted(ratings, key=lambda v: -1 if v is None else v, reverse=True)
    by_date = [r.date_posted for r in list_jobs(user, JobFilter(sort="date"), limit=100)]
    assert by_date[-4:] == [None] * 4 and by_date[:-4] == sorted(by_date[:-4], reverse=True)
    scores = [r.prerank for r in list_jobs(user, JobFilter(sort="prerank"), limit=100)]
    assert scores[-6:] == [None] * 6 and scores[:-6] == sorted(scores[:-6], reverse=True)
    by_company = [r.company for r in list_jobs(user, JobFilter(sort="company"), limit=100)]
    assert by_company[-5:] == [None] * 5
    assert by_company[:-5] == sorted(by_company[:-5], key=str.lower)
    assert [r.rating for r in list_jobs(user, JobFilter(min_rating=50), limit=100,
                                        last=True)] == [70] * 7
