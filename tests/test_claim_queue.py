"""PostgreSQL's rating queue table (``rating_queue``): its triggers keep one row per pair still
to rate through every kind of change, the migration fills it for an existing database, and
claims read it in the rating queue's own order."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from jobtui.db.models import Job, Rating, Resume, Search, UserSearch, database, utcnow
from jobtui.store import claims, prerank, ratings
from jobtui.store.ratings import RatingRecord
from jobtui.store.users import get_or_create_user
from tests import pg
from tests.rating_data import RESUME, add_job, add_resume, add_search

pytestmark = pytest.mark.skipif(pg.server_url() is None, reason=pg.SKIP_REASON)

# What the queue table must hold, said independently of the triggers: every canonical job with
# every active resume, unless rated successfully; the pre-rank and the job's date alongside.
EXPECTED = """
SELECT j.id, res.id, p.requested, p.score, CAST(j.date_posted AS TEXT) FROM job j
CROSS JOIN resume res LEFT JOIN prerank p ON p.job_id = j.id AND p.resume_id = res.id
WHERE j.duplicate_of_id IS NULL AND res.is_active = 1
  AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.job_id = j.id AND r.resume_id = res.id
                  AND r.status = 'ok')
"""
STORED = ("SELECT job_id, resume_id, requested, score, CAST(posted AS TEXT)"
          " FROM rating_queue")


@pytest.fixture
def pg_db():
    """A fresh migrated PostgreSQL database, open in this process."""
    from jobtui.db import open_database

    with pg.fresh_database() as url:
        db = open_database(url)
        yield url
        db.close()


def assert_queue_is_kept(what: str) -> None:
    expected = sorted(database.execute_sql(EXPECTED).fetchall())
    stored = sorted(database.execute_sql(STORED).fetchall())
    assert stored == expected, what


def record(job_id: int, resume_id: int, **kw) -> RatingRecord:
    return RatingRecord(job_id=job_id, resume_id=resume_id, model="m", token_limit=4096,
                        system_prompt_id=None, user_prompt="u", temperature=0.1, **kw)


def test_triggers_keep_the_queue_through_every_change(pg_db):
    from jobtui.scrape.ingest import ingest_rows
    from jobtui.store.resumes import activate_resume

    ana, bo = get_or_create_user("ana"), get_or_create_user("bo")
    search = add_search(ana)
    UserSearch.create(user=bo, search=search)
    jobs = [add_job(search, n) for n in range(6)]
    assert_queue_is_kept("jobs without any resume")
    first = add_resume(ana, RESUME)
    add_resume(bo, "Nurse with ten years of patient care.")
    assert_queue_is_kept("resumes added")
    prerank.score_missing()
    assert_queue_is_kept("pre-ranked")
    ingest_rows([{"job_url": f"https://x.com/{n}", "title": "Django Developer",
                  "description": "Python"} for n in range(3)], search)
    assert_queue_is_kept("an ingest (scored at once)")
    Job.update(duplicate_of=jobs[0]).where(Job.id == jobs[1].id).execute()
    assert_queue_is_kept("a job found to be a cross-post")
    Job.update(duplicate_of=None).where(Job.id == jobs[1].id).execute()
    assert_queue_is_kept("a cross-post canonical again")
    Job.update(date_posted=date(2025, 1, 1)).where(Job.id == jobs[2].id).execute()
    assert_queue_is_kept("a job's date changed")
    ratings.save_rating(record(jobs[3].id, first.id, rating=7))
    ratings.save_failure(record(jobs[4].id, first.id), "timeout")
    assert_queue_is_kept("rated once, failed once")
    ratings.save_rating(record(jobs[4].id, first.id, rating=3, attempts=2))
    assert_queue_is_kept("a failure rated on retry")
    ratings.request_rerate(ana, jobs[3].id)
    assert_queue_is_kept("a re-rate asked for")
    second = add_resume(ana, RESUME + " Kubernetes.")
    prerank.score_resume(second.id)
    assert_queue_is_kept("another resume made active and scored")
    activate_resume(ana, first.id)
    assert_queue_is_kept("the first resume active again")
    Job.delete().where(Job.id == jobs[5].id).execute()
    Resume.delete().where(Resume.id == second.id).execute()
    assert_queue_is_kept("a job and a resume deleted")
    assert database.execute_sql("SELECT COUNT(*) FROM rating_queue").fetchone()[0] > 10


def test_the_migration_fills_the_queue_of_an_existing_database(pg_db):
    from jobtui.db.migrations import LATEST_VERSION, MIGRATIONS, V_QUEUE, migrate

    before = [sql for sql, _ in MIGRATIONS].index(V_QUEUE)  # the version without the queue
    with pg.fresh_database(migrated=False) as url:
        from jobtui.db import open_database

        db = open_database(url, upgrade=False)
        migrate(db, before)
        user = get_or_create_user("ana")
        search = add_search(user)
        jobs = [add_job(search, n) for n in range(5)]
        add_job(search, 9, duplicate_of=jobs[0])
        resume = add_resume(user)
        prerank.mark_requested(jobs[2].id, resume.id)
        Rating.create(job=jobs[1], resume=resume, llm="ollama", model="m", status="ok",
                      attempts=1, created_at=utcnow(), updated_at=utcnow(), rating=5)
        assert migrate(db) == before
        assert_queue_is_kept("back-filled")
        assert len(database.execute_sql(STORED).fetchall()) == 4
        assert ratings.rating_queue()[0].job_id == jobs[2].id  # asked for: first
        db.close()
    from jobtui.db import open_database

    open_database(pg_db)  # the fixture's database, for its teardown
    assert LATEST_VERSION > before


def _busy_store(rng: random.Random) -> float:
    """Two users, shared and own searches, cross-posts, undated jobs, pre-ranks (some asked
    for, some jobs unscored), filtered and held jobs, ratings of every kind; returns a floor."""
    other = get_or_create_user("other")
    me = get_or_create_user("me")
    users = [me, other]
    searches = [add_search(users[i % 2], f"term {i}") for i in range(4)]
    UserSearch.create(user=other, search=searches[0])
    resumes = {u.id: add_resume(u, f"resume {u.id} Python Django") for u in users}
    add_resume(get_or_create_user("nobody"))  # follows nothing
    jobs = []
    for n in range(90):
        canonical = [j for j in jobs if j.duplicate_of is None]
        dup = rng.choice(canonical) if jobs and n % 7 == 0 else None
        posted = None if n % 11 == 0 else date(2026, 1, 1) + timedelta(days=rng.randint(0, 9))
        jobs.append(add_job(rng.choice(searches), n, posted=posted, date_posted=posted,
                            duplicate_of=dup))
    for resume in resumes.values():
        for job in jobs:
            if job.duplicate_of is None and rng.random() < 0.8:
                database.execute_sql(
                    "INSERT INTO prerank (job_id, resume_id, score, requested, posted)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [job.id, resume.id, rng.choice([0, 10, 20, 20, 55, 90]),
                     int(rng.random() < 0.05), job.date_posted])
    for job in rng.sample(jobs, 8):
        database.execute_sql("INSERT INTO job_filter (job_id, user_id, reason)"
                             " VALUES (?, ?, 'too far') ON CONFLICT DO NOTHING",
                             [job.id, rng.choice(users).id])
    Job.update(description_wanted_since=utcnow()).where(
        Job.id.in_([j.id for j in rng.sample(jobs, 5)])).execute()
    t0 = utcnow()
    for job in rng.sample([j for j in jobs if j.duplicate_of is None], 40):
        resume = resumes[rng.choice(users).id]
        kind = rng.choice(["ok", "failed-ready", "failed-waiting", "exhausted"])
        if kind == "ok":
            ratings.save_rating(record(job.id, resume.id, rating=5))
        else:
            attempts = 3 if kind == "exhausted" else 1
            when = t0 - timedelta(days=1) if kind == "failed-ready" else t0
            ratings.save_failure(record(job.id, resume.id, attempts=attempts), "e", now=when)
    Search.update(last_processed=t0, last_search=t0 - timedelta(hours=1)).where(
        Search.id == searches[3].id).execute()
    return 15.0


@pytest.mark.parametrize("floor", [None, "set"])
@pytest.mark.parametrize("plan", ["queue index walk", "from the due searches"])
def test_claims_hand_out_the_rating_queue_in_its_order(pg_db, floor, plan, monkeypatch):
    # Few jobs in due searches start from them; more walk the queue's index.
    monkeypatch.setattr(ratings, "BY_DATE_ABOVE", -1 if plan == "queue index walk" else 10**9)
    floor = _busy_store(random.Random(5)) if floor else (_busy_store(random.Random(5)) and None)
    assert_queue_is_kept("the busy store")
    expected = ratings.rating_queue(max_attempts=3, min_prerank=floor)
    claimant = claims.Claimant("w:1", ttl=600)
    handed = []
    while batch := claims.claim_pairs(claimant, 3, max_attempts=3, min_prerank=floor):
        handed += batch
    assert len(expected) > 30
    assert handed == expected


def test_a_claim_skips_pairs_rated_or_claimed_meanwhile(pg_db):
    user = get_or_create_user("ana")
    search = add_search(user)
    jobs = [add_job(search, n, posted=date(2026, 11, 20) - timedelta(days=n)) for n in range(4)]
    resume = add_resume(user)
    ratings.save_rating(record(jobs[0].id, resume.id, rating=6))
    other = claims.Claimant("other:1", ttl=600)
    assert [i.job_id for i in claims.claim_pairs(other, 1)] == [jobs[1].id]
    mine = claims.claim_pairs(claims.Claimant("me:2", ttl=600), 10)
    assert [i.job_id for i in mine] == [jobs[2].id, jobs[3].id]
