"""The rating queue: one SQL query over due searches, following users and active resumes."""

from datetime import date, timedelta

from jobtui.db.models import Job, Rating, Search, UserSearch, utcnow
from jobtui.scrape.ingest import ingest_rows
from jobtui.store import ratings
from jobtui.store.ratings import RatingRecord
from jobtui.store.users import get_or_create_user
from tests import rating_probe
from tests.rating_data import add_job, add_resume, add_search

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def record(job, resume, **kw) -> RatingRecord:
    return RatingRecord(job_id=job.id, resume_id=resume.id, model="m", token_limit=4096,
                        system_prompt_id=None, user_prompt="u", temperature=0.1, **kw)


def pairs(**kw):
    return [(i.job_id, i.resume_id) for i in ratings.rating_queue(**kw)]


def test_canonical_jobs_newest_first_for_the_active_resume(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    old = add_job(search, 1, posted=date(2026, 10, 1))
    new = add_job(search, 2, posted=date(2026, 11, 20))
    undated = add_job(search, 3, posted=None, date_posted=None)
    add_job(search, 4, duplicate_of=new)  # a cross-post: only its canonical job is rated
    assert pairs() == [(new.id, resume.id), (old.id, resume.id), (undated.id, resume.id)]
    assert ratings.queue_size() == 3
    assert pairs(limit=1) == [(new.id, resume.id)]


def test_a_duplicate_found_by_another_search_queues_its_canonical_job(session):
    other_user = get_or_create_user("other")
    first = add_search(session.user, "python")
    second = add_search(other_user, "django")
    canonical = add_job(first, 1)
    add_job(second, 2, duplicate_of=canonical)
    mine, theirs = add_resume(session.user), add_resume(other_user)
    assert sorted(pairs()) == sorted([(canonical.id, mine.id), (canonical.id, theirs.id)])


def test_users_without_an_active_resume_or_not_following_get_nothing(session):
    search = add_search(session.user)
    add_job(search, 1)
    assert pairs() == []
    add_resume(session.user, active=False)
    assert pairs() == []
    stranger = get_or_create_user("stranger")
    add_resume(stranger)
    assert pairs() == []


def test_a_successful_rating_leaves_the_queue(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    job = add_job(search, 1)
    ratings.save_rating(record(job, resume, rating=80, justification="ok"))
    assert pairs() == []


def test_failures_come_back_after_backoff_until_max_attempts(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    job = add_job(search, 1)
    t0 = utcnow()
    ratings.save_failure(record(job, resume, attempts=1), "broken", now=t0)
    assert pairs(now=t0) == []
    later = t0 + ratings.failure_backoff(1) + timedelta(seconds=1)
    [item] = ratings.rating_queue(now=later, max_attempts=3)
    assert item.attempts == 1
    ratings.save_failure(record(job, resume, attempts=3), "broken", now=t0)
    assert pairs(now=t0 + timedelta(days=30), max_attempts=3) == []
    assert pairs(now=t0 + timedelta(days=30), max_attempts=4) == [(job.id, resume.id)]
    assert ratings.failure_backoff(2) == 2 * ratings.failure_backoff(1)
    row = Rating.get()
    assert (row.status, row.error, row.attempts, row.rating) == ("failed", "broken", 3, None)


def test_processed_searches_are_skipped_until_they_find_new_jobs(session):
    search = add_search(session.user, last_search=utcnow() - timedelta(hours=1))
    resume = add_resume(session.user)
    job = add_job(search, 1)
    other = add_job(search, 2)
    ratings.save_rating(record(job, resume, rating=50, justification="ok"))
    assert ratings.mark_searches_processed(utcnow()) == 0  # `other` still waits
    ratings.save_rating(record(other, resume, rating=50, justification="ok"))
    assert ratings.mark_searches_processed(utcnow()) == 1
    assert Search.get_by_id(search.id).last_processed is not None
    assert pairs() == []  # processed: not looked at
    Search.update(last_search=utcnow() + timedelta(seconds=1)).execute()  # a scrape ran
    assert Search.get_by_id(search.id).last_processed < Search.get_by_id(search.id).last_search
    ratings.mark_searches_processed(utcnow() + timedelta(seconds=2))
    assert Search.get_by_id(search.id).last_processed > Search.get_by_id(search.id).last_search
    # A job stored without a scrape (an import) makes the search due again too.
    ingest_rows([{"site": "indeed", "job_url": "https://www.indeed.com/viewjob?jk=fresh",
                  "title": "Fresh Python Job", "company": "Acme"}], search)
    assert Search.get_by_id(search.id).last_processed is None
    fresh = Job.get(Job.title == "Fresh Python Job")
    assert pairs() == [(fresh.id, resume.id)]


def test_a_failure_in_backoff_keeps_its_search_due(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    job = add_job(search, 1)
    ratings.save_failure(record(job, resume, attempts=1), "timeout")
    assert ratings.mark_searches_processed(utcnow(), max_attempts=3) == 0
    ratings.save_failure(record(job, resume, attempts=3), "timeout")
    assert ratings.mark_searches_processed(utcnow(), max_attempts=3) == 1


def test_a_new_active_resume_makes_processed_searches_due_again(session):
    search = add_search(session.user)
    first = add_resume(session.user, "first resume")
    job = add_job(search, 1)
    ratings.save_rating(record(job, first, rating=40, justification="ok"))
    ratings.mark_searches_processed(utcnow())
    assert pairs() == []
    second = add_resume(session.user, "second resume")
    assert pairs() == [(job.id, second.id)]
    ratings.mark_searches_processed(utcnow())
    # Switching back to an older resume works the same way (an UPDATE, not an INSERT).
    from jobtui.db.models import Resume

    Resume.update(is_active=False).where(Resume.id == second.id).execute()
    Resume.update(is_active=True).where(Resume.id == first.id).execute()
    assert Search.get_by_id(search.id).last_processed is None


def test_following_a_processed_search_makes_it_due_for_the_new_user(session):
    search = add_search(session.user)
    add_job(search, 1)
    ratings.mark_searches_processed(utcnow())
    newcomer = get_or_create_user("newcomer")
    resume = add_resume(newcomer)
    UserSearch.create(user=newcomer, search=search)
    assert [i.resume_id for i in ratings.rating_queue()] == [resume.id]


def test_request_rerate_drops_the_rating_and_makes_the_job_due(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    job = add_job(search, 1)
    dup = add_job(search, 2, duplicate_of=job)
    ratings.save_rating(record(job, resume, rating=10, justification="meh"))
    ratings.mark_searches_processed(utcnow())
    assert rating_probe.rating_for(session.user, dup.id).rating == 10  # a duplicate shows it
    ratings.request_rerate(session.user, dup.id)
    assert Rating.select().count() == 0
    assert pairs() == [(job.id, resume.id)]
    ratings.request_rerate(session.user, 999_999)  # unknown job: nothing happens


def test_a_retry_replaces_the_failed_row_in_place(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    job = add_job(search, 1)
    ratings.save_failure(record(job, resume, attempts=1), "broken")
    first = Rating.get()
    ratings.save_rating(record(job, resume, rating=66, justification="fine", attempts=2,
                               relevant_data={"matched_skills": ["Python"]}))
    row = Rating.get()
    assert Rating.select().count() == 1 and row.id == first.id
    assert (row.status, row.error, row.rating, row.next_attempt_at) == ("ok", None, 66, None)
    assert row.created_at == first.created_at and row.relevant_data["matched_skills"] == ["Python"]
    view = rating_probe.rating_for(session.user, job.id)
    assert view.matched_skills == ["Python"] and view.status == "ok"
    counts = rating_probe.rating_counts(session.user)
    assert (counts.rated, counts.failed, counts.queued) == (1, 0, 0)


def test_prompts_are_stored_once(session):
    first = ratings.save_prompt("system text")
    assert ratings.save_prompt("system text") == first
    assert ratings.save_prompt("other text") != first


def test_both_query_plans_return_the_same_queue(session, monkeypatch):
    import random

    rng = random.Random(3)
    other = get_or_create_user("other")
    users = [session.user, other]
    searches = [add_search(users[i % 2], f"term {i}") for i in range(4)]
    UserSearch.create(user=other, search=searches[0])
    resumes = {u.id: add_resume(u, f"resume {u.id}") for u in users}
    add_resume(get_or_create_user("nobody"))  # follows nothing
    jobs = []
    for n in range(120):
        canonical = [j for j in jobs if j.duplicate_of is None]
        dup = rng.choice(canonical) if jobs and n % 7 == 0 else None
        posted = None if n % 11 == 0 else date(2026, 1, 1) + timedelta(days=rng.randint(0, 40))
        jobs.append(add_job(rng.choice(searches), n, posted=posted, date_posted=posted,
                            duplicate_of=dup))
    t0 = utcnow()
    for job in rng.sample(jobs, 50):
        resume = resumes[rng.choice(users).id]
        kind = rng.choice(["ok", "failed-ready", "failed-waiting", "exhausted"])
        if kind == "ok":
            ratings.save_rating(record(job, resume, rating=5, justification="x"))
        else:
            attempts = 3 if kind == "exhausted" else 1
            when = t0 - timedelta(days=1) if kind == "failed-ready" else t0
            ratings.save_failure(record(job, resume, attempts=attempts), "e", now=when)
    Search.update(last_processed=t0, last_search=t0 - timedelta(hours=1)).where(
        Search.id == searches[3].id).execute()

    monkeypatch.setattr(ratings, "BY_DATE_ABOVE", 10**9)
    by_search = ratings.rating_queue(1000, max_attempts=3)
    monkeypatch.setattr(ratings, "BY_DATE_ABOVE", -1)
    by_date = ratings.rating_queue(1000, max_attempts=3)
    assert len(by_search) > 40
    assert by_date == by_search
    assert ratings.rating_queue(7, max_attempts=3) == by_search[:7]
    assert ratings.queue_size(max_attempts=3) == len(by_search)


def test_counts_and_recent_failures_for_the_active_resume(session):
    search = add_search(session.user)
    resume = add_resume(session.user)
    ok, bad, waiting = add_job(search, 1), add_job(search, 2), add_job(search, 3)
    ratings.save_rating(record(ok, resume, rating=70, justification="fine"))
    ratings.save_failure(record(bad, resume, attempts=1), "answer is not valid JSON")
    counts = rating_probe.rating_counts(session.user)
    assert (counts.rated, counts.failed, counts.queued) == (1, 1, 1)
    [(job_id, title, error, when)] = rating_probe.recent_failures(session.user)
    assert (job_id, title, error) == (bad.id, bad.title, "answer is not valid JSON")
    assert [i.job_id for i in ratings.rating_queue()] == [waiting.id]
    nobody = get_or_create_user("nobody")
    assert rating_probe.rating_counts(nobody) == rating_probe.RatingCounts(0, 0, 0)
