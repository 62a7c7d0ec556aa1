"""Scale-out benchmark on the test PostgreSQL (opt-in: pytest -m bench -s, with
JOBTUI_TEST_PG set): rating throughput with 1, 2 and 3 worker processes against stand-ins that
take a fixed time per answer. The claim query at 100,000 jobs: tests/bench_claims.py."""

from __future__ import annotations

import signal

import pytest

from jobtui.db.models import Rating, database
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

