"""The claim query at 100,000 jobs on the test PostgreSQL (opt-in: pytest -m bench -s, with
JOBTUI_TEST_PG set). One user, one active resume; half the pairs rated already (the half the
queue handed out first, as workers rate it), most jobs pre-ranked, some asked for, a few
failures waiting out their backoff. Prints the claim's median and p95, its plan (EXPLAIN
ANALYZE: an index walk that stops after a few rows, no sort) and, as the baseline measured in
the same run, the simplest indexed read the server can do."""

from __future__ import annotations

import statistics
import time

import pytest

from jobtui.db.models import database, utcnow
from jobtui.store import claims, ratings
from tests import pg

pytestmark = [pytest.mark.bench,
              pytest.mark.skipif(pg.server_url() is None, reason=pg.SKIP_REASON)]

JOBS = 100_000
ROUNDS = 40
CLAIM = 2  # what one worker claims at a time (2 x rating.concurrency)


def _seed() -> None:
    """The jobs, their pre-rank and ratings, written set-based (the queue's triggers run)."""
    from jobtui.store.users import get_or_create_user
    from tests.rating_data import add_resume, add_search

    user = get_or_create_user("ana")
    search = add_search(user)  # never processed: every job in it is due
    resume = add_resume(user)
    database.execute_sql(
        "INSERT INTO job (site, job_url, title, company, date_posted, description, first_seen,"
        " last_seen) SELECT 'indeed', 'https://example.com/j/' || n, 'Python Developer ' || n,"
        " 'Company ' || (n % 997), CASE WHEN n % 50 = 0 THEN NULL"
        " ELSE DATE '2026-01-01' + (n % 300) END, 'Build APIs in Python.', now(), now()"
        f" FROM generate_series(1, {JOBS}) AS n")
    database.execute_sql(
        "INSERT INTO search_job (search_id, job_id, first_seen) SELECT ?, id, now() FROM job",
        [search.id])
    # 80% scored (the rest arrived since the last scoring), 0.1% asked for by the user.
    database.execute_sql(
        "INSERT INTO prerank (job_id, resume_id, score, requested, posted)"
        " SELECT id, ?, (id * 7919 % 1000) / 10.0, CASE WHEN id % 1000 = 1 THEN 1 ELSE 0 END,"
        " date_posted FROM job WHERE id % 5 != 0", [resume.id])
    order = ("ORDER BY p.requested DESC NULLS LAST, p.score DESC NULLS LAST,"
             " j.date_posted DESC NULLS LAST, j.id DESC")
    rated = ("INSERT INTO rating (job_id, resume_id, llm, model, created_at, updated_at,"
             " status, attempts, next_attempt_at) SELECT id, ?, 'ollama', 'm', now(), now(), ?,"
             " 1, ? FROM (SELECT j.id FROM job j LEFT JOIN prerank p ON p.job_id = j.id"
             " WHERE COALESCE(p.requested, 0) = 0 AND NOT EXISTS (SELECT 1 FROM rating r"
             f" WHERE r.job_id = j.id) {order} LIMIT ?) head")
    # The head of the queue was rated first; 200 of the next pairs failed and wait.
    database.execute_sql(rated, [resume.id, "ok", None, JOBS // 2])
    database.execute_sql(rated, [resume.id, "failed", str(utcnow().replace(year=2099)), 200])
    database.execute_sql("ANALYZE")


def _scrape_50_new() -> int:
    """A second search, just scraped, with 50 new jobs (the store's triggers queue them)."""
    from jobtui.db.models import Search
    from jobtui.store.users import get_or_create_user
    from tests.rating_data import add_job, add_search

    search = add_search(get_or_create_user("ana"), "django")
    for n in range(50):
        add_job(search, JOBS + n)
    return Search.select().count() and 50


def _median_p95(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def _timed(call, rounds: int = ROUNDS) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _plan() -> str:
    """EXPLAIN ANALYZE of the claim's read, rolled back (it locks the rows it reads)."""
    now = utcnow()
    params = [ratings._ts(now), ratings._max_attempts(None), ratings._ts(now),
              ratings._ts(now - ratings.DESCRIPTION_WAIT), None, None, CLAIM]
    with database.atomic() as transaction:
        rows = database.execute_sql("EXPLAIN (ANALYZE, COSTS OFF) " + claims._CLAIM_CANDIDATES,
                                    params).fetchall()
        transaction.rollback()
    return "\n".join(r[0] for r in rows)


def test_claim_query_at_100k_jobs():
    from jobtui.db import open_database

    with pg.fresh_database() as url:
        db = open_database(url)
        _seed()
        queued = database.execute_sql("SELECT COUNT(*) FROM rating_queue").fetchone()[0]
        claimant = claims.Claimant("bench:1", ttl=600)
        expected = ratings.rating_queue()[:ROUNDS * CLAIM]  # the hand-out order, the slow way
        got = []

        def claim() -> None:
            batch = claims.claim_pairs(claimant, CLAIM)
            assert len(batch) == CLAIM
            got.extend(batch)

        claim_times = _timed(claim)
        base_times = _timed(lambda: database.execute_sql(
            "SELECT id FROM job ORDER BY id LIMIT ?", [CLAIM]).fetchall())
        plan = _plan()
        # Later: that search was processed (its pairs left are held back) and a new scrape
        # brought 50 jobs: the claim starts from the due search, not from the whole queue.
        database.execute_sql("UPDATE search SET last_search = now(), last_processed = now()")
        fresh = _scrape_50_new()
        new_times = _timed(lambda: claims.claim_pairs(claimant, CLAIM), rounds=fresh // CLAIM)
        empty = _timed(lambda: claims.claim_pairs(claimant, CLAIM), rounds=5)  # all claimed
        db.close()
    assert got == expected  # claimed in the queue's order, each pair once
    median, p95 = _median_p95(claim_times)
    base, base_p95 = _median_p95(base_times)
    print(f"\nclaim {CLAIM} pairs at {JOBS:,} jobs x 1 resume ({queued:,} pairs still queued):"
          f" median {median:.1f} ms, p95 {p95:.1f} ms over {ROUNDS} claims")
    print(f"baseline on the same server, SELECT id FROM job ORDER BY id LIMIT {CLAIM}:"
          f" median {base:.2f} ms, p95 {base_p95:.2f} ms; the claim is {median / base:.0f}x"
          " that (it also writes and commits its claim rows)")
    print(f"then {queued - len(got):,} pairs held back (search processed) and a scrape of"
          f" {fresh} new jobs: claim median {statistics.median(new_times):.1f} ms; a claim"
          f" that finds nothing left: median {statistics.median(empty):.1f} ms")
    print("plan of the claim's read:\n" + plan)
    assert "Index Scan using rating_queue_order" in plan and "Sort" not in plan
    assert median <= 50
