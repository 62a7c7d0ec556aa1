"""Rating benchmarks (opt-in): ``pytest -m bench -s tests/bench_rating.py``.

- our overhead per rating (the fake server answers instantly): under 10 ms
- the queue query on 100k jobs x 2 resumes with 50k ratings: under 50 ms
- prompt tokens per fixture job with a 1,000-token resume: median under 1,800, and every
  request of one resume carries the same system prompt byte for byte
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

import pytest

from jobtui.db.models import Search, database, utcnow
from jobtui.rating.processor import RatingProcessor
from jobtui.rating.prompts import system_prompt
from jobtui.rating.rater import Rater
from jobtui.resume.tokens import count_tokens, encoding
from jobtui.store import ratings
from jobtui.store.users import get_or_create_user
from tests.rating_data import add_fixture_jobs, add_job, add_resume, add_search

pytestmark = pytest.mark.bench


def resume_of(tokens: int) -> str:
    """A redacted-looking resume of about ``tokens`` cl100k tokens, cut at a line."""
    lines = [
        "<PERSON>", "<ADDRESS> | <EMAIL> | <PHONE>", "",
        "SUMMARY",
        "Senior Software Engineer with 9 years building Python and Django services, data "
        "pipelines on PostgreSQL, and deployments on Kubernetes. Led a team of five.",
        "", "EXPERIENCE",
    ]
    rng = random.Random(7)
    skills = ["Python", "Django", "PostgreSQL", "Airflow", "Kubernetes", "AWS", "Terraform",
              "Redis", "React", "Kafka", "Spark", "Flask", "pytest", "Docker", "GraphQL"]
    n = 0
    while count_tokens("\n".join(lines)) < tokens:
        n += 1
        a, b = rng.sample(skills, 2)
        lines.append(f"- Project {n}: built a {a} service with {b}, cutting p95 latency by "
                     f"{rng.randint(10, 70)}% for {rng.randint(2, 40)}M requests a day.")
    return "\n".join(lines)


def _time(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def test_overhead_per_rating(fake_ollama, session):
    """Drain time per job minus the bare HTTP round trip of the same request."""
    session.settings.rating.host = fake_ollama.host
    search = add_search(session.user)
    add_resume(session.user, resume_of(1000))
    for _ in range(5):  # 200 jobs: the fixture jobs under five URLs each
        for job in add_fixture_jobs(search):
            job.job_url += f"#{job.id}"
            job.save()
    encoding()
    warm = RatingProcessor(session)
    warm.drain(limit=1)  # imports and connection set-up are not per-rating costs
    fake_ollama.requests.clear()
    start = time.perf_counter()
    summary = RatingProcessor(session).drain()
    per_job = (time.perf_counter() - start) * 1000 / summary.rated
    assert summary.rated == 199

    request = fake_ollama.chat_requests()[-1]
    rater = Rater(session.settings.rating)
    system, user = (m["content"] for m in request["messages"])
    bare = statistics.median(_time(lambda: rater._chat(system, user, 4096), 100))
    overhead = per_job - bare
    print(f"\nrating: {per_job:.2f} ms per job through the processor; bare HTTP round trip "
          f"{bare:.2f} ms; our overhead {overhead:.2f} ms per rating (limit 10 ms)")
    assert overhead < 10


def _big_database(session) -> tuple[int, int]:
    """100k jobs in 20 searches followed by two users with active resumes; 50k ratings."""
    other = get_or_create_user("other")
    searches = [add_search(session.user if i % 2 else other, f"term {i}") for i in range(20)]
    for search in searches:  # both users follow every search
        for user in (session.user, other):
            database.execute_sql(
                "INSERT OR IGNORE INTO user_search (user_id, search_id, created_at)"
                " VALUES (?, ?, ?)", [user.id, search.id, str(utcnow())])
    mine, theirs = add_resume(session.user, "mine"), add_resume(other, "theirs")
    rng = random.Random(1)
    now = str(utcnow())
    start = date(2026, 1, 1)
    with database.atomic():
        database.execute_sql("DROP TRIGGER job_fts_insert")  # FTS is not what is measured
        database.execute_sql(
            "CREATE TEMP TABLE n AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL"
            " SELECT i + 1 FROM c WHERE i < 100000) SELECT i FROM c")
        database.execute_sql(
            "INSERT INTO job (id, site, job_url, title, company, date_posted, first_seen,"
            " last_seen, duplicate_of_id) SELECT i, 'indeed', 'https://x/' || i, 'Job ' || i,"
            " 'Co ' || (i % 997), date(?, '+' || (i % 330) || ' days'), ?, ?,"
            " CASE WHEN i % 20 = 0 THEN i - 1 END FROM n", [start.isoformat(), now, now])
        database.execute_sql(
            "INSERT INTO search_job (search_id, job_id, first_seen)"
            " SELECT ? + (i % 20), i, ? FROM n", [searches[0].id, now])
        rated = rng.sample(range(1, 100001), 25000)
        rows = [(j, r) for r in (mine.id, theirs.id) for j in rated]
        database.execute_sql(
            "CREATE TEMP TABLE rated (job_id INTEGER, resume_id INTEGER)")
        database.connection().executemany("INSERT INTO rated VALUES (?, ?)", rows)
        database.execute_sql(
            "INSERT INTO rating (job_id, resume_id, llm, model, rating, created_at, updated_at,"
            " status, attempts, next_attempt_at) SELECT job_id, resume_id, 'ollama', 'm',"
            " CASE WHEN job_id % 10 = 0 THEN NULL ELSE job_id % 101 END, ?, ?,"
            " CASE WHEN job_id % 10 = 0 THEN 'failed' ELSE 'ok' END, 1,"
            " CASE WHEN job_id % 10 = 0 THEN ? END FROM rated",
            [now, now, str(utcnow() - timedelta(hours=1))])
    database.execute_sql("ANALYZE")
    return mine.id, theirs.id


def test_queue_query_on_100k_jobs(session):
    _big_database(session)
    assert database.execute_sql("SELECT COUNT(*) FROM rating").fetchone()[0] == 50000
    size = ratings.queue_size()
    assert size > 100000  # every unrated canonical job, once per resume
    page = _time(lambda: ratings.rating_queue(50), 10)
    count = _time(ratings.queue_size, 5)
    full = _time(ratings.rating_queue, 3)
    print(f"\nqueue on 100k jobs x 2 resumes, 50k ratings ({size:,} pairs queued): "
          f"rating_queue(50) median {statistics.median(page):.1f} ms; queue_size() "
          f"{statistics.median(count):.1f} ms; the whole queue {statistics.median(full):.1f} "
          "ms (limit 50 ms for the worker's query)")
    # Processed searches drop out of the query: the usual steady state is cheap.
    Search.update(last_processed=utcnow(), last_search=utcnow() - timedelta(hours=1)).execute()
    idle = _time(lambda: ratings.rating_queue(50), 10)
    print(f"with every search processed: rating_queue(50) {statistics.median(idle):.2f} ms")
    assert statistics.median(page) < 50


def test_prompt_tokens_per_fixture_job(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    search = add_search(session.user)
    resume = resume_of(1000)
    resume_tokens = count_tokens(resume)
    add_resume(session.user, resume)
    add_fixture_jobs(search)
    add_job(search, 999, description="Build things. " * 3000)  # a very long posting
    RatingProcessor(session).drain()
    sent = fake_ollama.chat_requests()
    systems = [r["messages"][0]["content"] for r in sent]
    assert all(s.encode() == systems[0].encode() for s in systems)
    assert systems[0] == system_prompt(resume)
    totals = [count_tokens(r["messages"][0]["content"]) + count_tokens(r["messages"][1]["content"])
              for r in sent]
    median = statistics.median(totals)
    print(f"\nprompt tokens per job (cl100k, {resume_tokens}-token resume, {len(sent)} jobs): "
          f"median {median:.0f}, max {max(totals)}, system prompt {count_tokens(systems[0])} "
          f"tokens, byte-identical across all {len(systems)} requests (limit: median 1,800)")
    assert median < 1800
    assert max(totals) <= count_tokens(systems[0]) + session.settings.rating.job_tokens + 200
