"""Scale-out benchmarks on the test PostgreSQL (opt-in: pytest -m bench -s, with
JOBTUI_TEST_PG set): rating throughput with 1, 2 and 3 worker processes against stand-ins that
take a fixed time per answer, and the claim query with 100,000 jobs queued."""

from __future__ import annotations

import signal
import statistics
import time

import pytest

from jobtui.db.models import Rating, database
from jobtui.store import claims
from tests import pg
from tests.fake_ollama import FakeOllama
from tests.test_scale_out import seed_pairs, start_worker, wait_until

pytestmark = [pytest.mark.bench,
              pytest.mark.skipif(pg.server_url() is None, reason=pg.SKIP_REASON)]

ANSWER_SECONDS = 0.25  # each stand-in's fixed time per answer
PAIRS_PER_RUN = 60


def _rate_with(workers: int) -> float:
    """Pairs per second rated by ``workers`` processes, each with its own stand-in, from the
    first stored rating to the last (process start-up is not counted)."""
    from jobtui.db import open_database

    with pg.fresh_database() as url:
        db = open_database(url)
        seed_pairs(jobs=PAIRS_PER_RUN // 2, users=2)
        fakes = [FakeOllama(mode="slow", delay=ANSWER_SECONDS).start() for _ in range(workers)]
        procs = [start_worker(url, fake.host, n) for n, fake in enumerate(fakes)]
        try:
            wait_until(lambda: Rating.select().count() == PAIRS_PER_RUN, 300, "the ratings")
        finally:
            for proc in procs:
                proc.send_signal(signal.SIGINT)
            for proc in procs:
                proc.communicate(timeout=60)
            for fake in fakes:
                fake.stop()
        first, last = database.execute_sql(
            "SELECT MIN(created_at), MAX(created_at) FROM rating").fetchone()
        db.close()
    from datetime import datetime

    span = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()
    return (PAIRS_PER_RUN - 1) / span


def test_throughput_grows_with_workers():
    rates = {n: _rate_with(n) for n in (1, 2, 3)}
    for n, rate in rates.items():
        print(f"\n{n} worker(s): {rate:.2f} ratings/s, {rate / rates[1]:.2f}x one worker"
              f" (stand-ins answer in {ANSWER_SECONDS} s)")
    assert rates[3] > 2 * rates[1]


def _seed_100k() -> None:
    """100,000 jobs in one due search, one user with an active resume (set-based SQL)."""
    from jobtui.store.users import get_or_create_user
    from tests.rating_data import add_resume, add_search

    user = get_or_create_user("ana")
    search = add_search(user)
    add_resume(user)
    database.execute_sql(
        "INSERT INTO job (site, job_url, title, company, date_posted, description, first_seen,"
        " last_seen) SELECT 'indeed', 'https://example.com/j/' || n, 'Python Developer ' || n,"
        " 'Company ' || (n % 997), DATE '2026-01-01' + (n % 300), 'Build APIs in Python.',"
        " now(), now() FROM generate_series(1, 100000) AS n")
    database.execute_sql(
        "INSERT INTO search_job (search_id, job_id, first_seen) SELECT ?, id, now() FROM job",
        [search.id])
    database.execute_sql("ANALYZE")


def test_claim_query_at_100k_jobs():
    from jobtui.db import open_database

    with pg.fresh_database() as url:
        db = open_database(url)
        _seed_100k()
        claimant = claims.Claimant("bench:1", ttl=600)
        times = []
        for _ in range(15):
            start = time.perf_counter()
            assert len(claims.claim_pairs(claimant, 2)) == 2
            times.append((time.perf_counter() - start) * 1000)
        baseline = []
        for _ in range(15):
            start = time.perf_counter()
            database.execute_sql("SELECT COUNT(*) FROM rating_claim").fetchone()
            baseline.append((time.perf_counter() - start) * 1000)
        db.close()
    median, base = statistics.median(times), statistics.median(baseline)
    print(f"\nclaim 2 pairs at 100,000 queued jobs: median {median:.1f} ms"
          f" ({median / base:.0f}x a one-row query's {base:.2f} ms round trip)")
    assert median <= 50
