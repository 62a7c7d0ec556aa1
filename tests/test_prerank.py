"""The model-free pre-rank and the queue order it gives (issue 10)."""

from __future__ import annotations

from datetime import date

from jobtui.db.models import database
from jobtui.rating.processor import RatingProcessor
from jobtui.scrape.ingest import ingest_rows
from jobtui.store import prerank, ratings, searches
from jobtui.store.listing import JobFilter, list_jobs
from jobtui.store.resumes import activate_resume
from tests.rating_data import RESUME, add_job, add_resume, add_search

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def _job(search, n, title, posted, body="Tasks."):
    return add_job(search, n, title=title, date_posted=posted, description=body).id


def test_resume_query_keeps_distinctive_words_and_drops_placeholders(session):
    search = add_search(session.user)
    for n in range(30):
        _job(search, n, f"Engineer {n}", date(2026, 11, 1), "Python work. Great team.")
    terms = prerank.resume_terms("<PERSON> Python Python Django. Worked in a team. <EMAIL>")
    assert terms["django"] > terms["python"]  # python: in every job; django: in none
    assert not {"person", "email", "team", "in", "worked"} & set(terms)
    assert prerank.resume_terms("<PERSON> 2019 - 2024") == {}


def test_queue_is_ordered_by_prerank_with_date_breaking_ties(session):
    search = add_search(session.user)
    nurse_new = _job(search, 1, "Nurse", date(2026, 11, 20), "Patient care, BLS.")
    fit_old = _job(search, 2, "Python Django Engineer", date(2026, 10, 1),
                   "Python, Django, PostgreSQL, Kubernetes.")
    fit_new = _job(search, 3, "Python Django Engineer", date(2026, 11, 2),
                   "Python, Django, PostgreSQL, Kubernetes.")
    driver_old = _job(search, 4, "Driver", date(2026, 9, 1), "CDL license.")
    add_resume(session.user, RESUME)
    # Before scoring (jobs stored outside ingest), the queue is newest first.
    assert [i.job_id for i in ratings.rating_queue()] == [nurse_new, fit_new, fit_old,
                                                         driver_old]
    prerank.score_missing()
    assert [i.job_id for i in ratings.rating_queue()] == [fit_new, fit_old, nurse_new,
                                                         driver_old]
    assert prerank.prerank_of(fit_new, 1) > 25 and prerank.prerank_of(nurse_new, 1) == 0
    rows = {r.id: r for r in list_jobs(session.user, JobFilter(sort="prerank"))}
    assert list(rows)[:2] == [fit_new, fit_old] and rows[fit_new].prerank > 25


def test_new_jobs_are_scored_at_ingest_and_every_job_on_activation(session):
    first = add_resume(session.user, RESUME)
    prerank.score_resume(first.id)
    search = searches.imported_search(session.user)
    result = ingest_rows([
        {"job_url": "https://x.com/1", "title": "Django Developer", "description": "Python"},
        {"job_url": "https://x.com/2", "title": "Truck Driver", "description": "CDL"},
    ], search)
    scores = [prerank.prerank_of(job_id, first.id) for job_id in result.new_job_ids]
    assert scores[0] > 0 and scores[1] == 0
    second = add_resume(session.user, "Truck driver with a CDL license.", active=False)
    activate_resume(session.user, second.id)
    assert prerank.prerank_of(result.new_job_ids[1], second.id) > 0
    # The inactive resume's scores are dropped: only active resumes are queued.
    assert prerank.prerank_of(result.new_job_ids[0], first.id) is None


def test_floor_holds_back_unlikely_fits_until_asked(session, fake_ollama):
    session.settings.rating.host = fake_ollama.host
    session.settings.rating.min_prerank = 20
    search = add_search(session.user)
    fit = _job(search, 1, "Python Django Engineer", date(2026, 11, 1),
               "Backend APIs in Python, Django, PostgreSQL; Docker and Kubernetes on AWS.")
    nurse = _job(search, 2, "Nurse", date(2026, 11, 2), "Patient care.")
    driver = _job(search, 3, "Driver", date(2026, 11, 3), "CDL.")
    add_resume(session.user, RESUME)
    summary = RatingProcessor(session).drain()
    assert summary.rated == 1 and ratings.rating_queue(min_prerank=20) == []
    # Nothing above the floor: the idle line says what waits below it and how to rate it.
    idle = RatingProcessor(session).drain()
    assert idle.attempted == 0 and idle.held_back == 2
    assert idle.describe_idle() == ("nothing to rate: 2 jobs wait below rating.min_prerank = 20"
                                    " (`jobtui rate --all` rates them too)")
    # `r` on a held-back job: it is rated next time, floor or not.
    ratings.request_rerate(session.user, nurse)
    assert [i.job_id for i in ratings.rating_queue(min_prerank=20)] == [nurse]
    assert RatingProcessor(session).drain().rated == 1
    # `jobtui rate --all` rates the rest.
    assert RatingProcessor(session, rate_all=True).drain().rated == 1
    rated = {row[0] for row in database.execute_sql("SELECT job_id FROM rating")}
    assert rated == {fit, nurse, driver}


def test_index_plan_orders_like_the_small_plan(session, monkeypatch):
    search = add_search(session.user)
    for n in range(40):
        _job(search, n, "Python Engineer" if n % 7 == 0 else f"Clerk {n}",
             date(2026, 11, 1 + n % 20), "Python and Django." if n % 3 == 0 else "Filing.")
    add_resume(session.user, RESUME)
    prerank.score_missing()
    small = ratings.rating_queue(25)
    monkeypatch.setattr(ratings, "BY_DATE_ABOVE", 0)
    assert ratings._all_scored()
    assert ratings.rating_queue(25) == small


def test_a_bulk_import_is_scored_by_the_worker_before_rating(session, monkeypatch):
    resume = add_resume(session.user, RESUME)
    prerank.score_resume(resume.id)
    monkeypatch.setattr(prerank, "AT_INGEST", 3)
    search = searches.imported_search(session.user)
    rows = [{"job_url": f"https://x.com/{n}", "title": f"Django Developer {n}"} for n in range(5)]
    bulk = ingest_rows(rows, search).new_job_ids
    assert [prerank.prerank_of(i, resume.id) for i in bulk] == [None] * 5
    assert not ratings._all_scored()
    # A later small ingest scores only its own jobs when the gap is too big for it...
    small = ingest_rows([{"job_url": "https://x.com/9", "title": "Nurse"}], search).new_job_ids
    assert prerank.prerank_of(small[0], resume.id) is None
    # ...and the worker's catch-up scores everything before it reads the queue.
    assert prerank.score_missing() == 1 and ratings._all_scored()
    assert all(prerank.prerank_of(i, resume.id) > 0 for i in bulk)
