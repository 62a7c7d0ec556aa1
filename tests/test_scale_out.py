"""Several workers, one PostgreSQL store: claims hand each pair and each due search to one
worker; a killed worker's claims are taken over once they expire."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest

from jobtui.db.models import Rating, Search, database, utcnow
from jobtui.store import claims
from jobtui.store.users import get_or_create_user
from tests import pg
from tests.fake_ollama import FakeOllama
from tests.rating_data import add_job, add_resume, add_search

pytestmark = pytest.mark.skipif(pg.server_url() is None, reason=pg.SKIP_REASON)

WORKERS = 3
USERS = 3
JOBS = 100  # x USERS active resumes = 300 pairs
CLAIM_SECONDS = 10  # renewed every third of it: a worker starved on a busy machine keeps them


@pytest.fixture
def pg_db():
    """A fresh migrated PostgreSQL database, open in this process."""
    from jobtui.db import open_database

    with pg.fresh_database() as url:
        db = open_database(url)
        yield url
        db.close()


def seed_pairs(jobs: int = JOBS, users: int = USERS) -> None:
    """``users`` people follow one search holding ``jobs`` jobs; each has their own resume.
    The search was just scraped, so no worker scrapes it (no board is ever asked)."""
    owner = get_or_create_user("user0")
    search = add_search(owner, last_search=utcnow())
    for n in range(jobs):
        add_job(search, n)
    for u in range(users):
        user = get_or_create_user(f"user{u}")
        if u:
            from jobtui.db.models import UserSearch

            UserSearch.create(user=user, search=search)
        add_resume(user, f"Resume of person {u}: eight years of Python and PostgreSQL.")


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)  # polling the shared database: the other processes give no signal


def start_worker(url: str, host: str, n: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "jobtui", "--db", url, "--user", f"worker{n}", "run",
         "--ollama-host", host, "--claim-seconds", str(CLAIM_SECONDS)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def prompts(fake: FakeOllama) -> list[tuple[str, str]]:
    """(system prompt, job prompt) of every rating request: one per (resume, job) pair."""
    return [(r["messages"][0]["content"], r["messages"][-1]["content"])
            for r in fake.chat_requests()]


def test_three_workers_rate_300_pairs_once_and_take_over_a_killed_worker(pg_db):
    seed_pairs()
    fakes = [FakeOllama(mode="slow", delay=0.02).start() for _ in range(WORKERS)]
    procs = [start_worker(pg_db, fake.host, n) for n, fake in enumerate(fakes)]
    try:
        victim, victim_fake = procs[0], fakes[0]
        wait_until(lambda: len(victim_fake.chat_requests()) >= 10, 120, "worker 0 to rate")
        victim_fake.delay = 600  # its next answer never comes: it dies holding a claim
        seen = len(victim_fake.chat_requests())
        wait_until(lambda: len(victim_fake.chat_requests()) > seen, 60, "worker 0's next call")
        holder = database.execute_sql(
            "SELECT holder FROM rating_claim WHERE holder LIKE ?", [f"%:{victim.pid}"]
        ).fetchone()
        assert holder is not None  # it holds the pair it is waiting on
        held = database.execute_sql("SELECT job_id, resume_id FROM rating_claim"
                                    " WHERE holder = ?", [holder[0]]).fetchall()
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        killed_at = utcnow()

        wait_until(lambda: Rating.select().count() == USERS * JOBS, 180, "all 300 ratings")
        assert all(p.poll() is None for p in procs[1:])  # the others still run
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
        outputs = [proc.communicate(timeout=30)[0] for proc in procs]
        for fake in fakes:
            fake.stop()

    rows = list(Rating.select())
    assert len({(r.job_id, r.resume_id) for r in rows}) == USERS * JOBS
    assert all(r.status == "ok" for r in rows), outputs
    # Every pair was asked once, except the one the killed worker never got an answer for.
    asked = Counter(p for fake in fakes for p in prompts(fake))
    assert len(asked) == USERS * JOBS
    twice = [p for p, n in asked.items() if n > 1]
    assert len(twice) <= 1 and set(twice) <= set(prompts(fakes[0]))
    # Its claims were taken over only after they expired, then rated by the others.
    for job_id, resume_id in held:
        rating = Rating.get((Rating.job == job_id) & (Rating.resume == resume_id))
        assert rating.created_at >= killed_at - timedelta(seconds=1)
    assert database.execute_sql("SELECT COUNT(*) FROM rating_claim").fetchone()[0] == 0
    assert all(Counter(prompts(fake)) for fake in fakes[1:])  # both survivors did work


def test_claims_hand_each_pair_to_one_worker(pg_db):
    seed_pairs(jobs=5, users=2)
    first, second = claims.Claimant("a:1", ttl=60), claims.Claimant("b:2", ttl=60)
    mine = claims.claim_pairs(first, 4)
    theirs = claims.claim_pairs(second, 100)
    assert len(mine) == 4 and len(theirs) == 6
    assert not {(i.job_id, i.resume_id) for i in mine} & {(i.job_id, i.resume_id)
                                                           for i in theirs}
    assert claims.claim_pairs(claims.Claimant("c:3", ttl=60), 100) == []
    assert claims.renew(first) == 4


def test_an_expired_claim_is_taken_over_and_a_live_one_is_not(pg_db):
    seed_pairs(jobs=1, users=1)
    dead = claims.Claimant("dead:1", ttl=60)
    [pair] = claims.claim_pairs(dead, 10, now=utcnow() - timedelta(seconds=120))
    [again] = claims.claim_pairs(claims.Claimant("alive:2", ttl=60), 10)
    assert (again.job_id, again.resume_id) == (pair.job_id, pair.resume_id)
    assert claims.claim_pairs(claims.Claimant("late:3", ttl=60), 10) == []


def test_a_due_search_is_scraped_by_one_worker(pg_db):
    seed_pairs(jobs=1, users=1)
    search = Search.get()
    first, second = claims.Claimant("a:1"), claims.Claimant("b:2")
    assert claims.claim_search(first, search.id, search.last_search)
    assert not claims.claim_search(second, search.id, search.last_search)
    Search.update(last_search=utcnow()).where(Search.id == search.id).execute()
    claims.release_search(first, search.id)
    # Scraped meanwhile: a worker holding the old reading does not scrape it again.
    assert not claims.claim_search(second, search.id, search.last_search)
    fresh = Search.get()
    assert claims.claim_search(second, fresh.id, fresh.last_search)


def test_the_worker_flags_reach_the_settings(pg_db, monkeypatch):
    import argparse

    from jobtui.cli.run import _apply_worker_flags
    from jobtui.config import ConfigError, load_settings

    settings = load_settings(db=pg_db, user="w", env={**os.environ})
    _apply_worker_flags(settings, argparse.Namespace(ollama_host="gpu-box:11434",
                                                     claim_seconds=30))
    assert settings.rating.host == "http://gpu-box:11434"
    assert settings.rating.claim_seconds == 30
    with pytest.raises(ConfigError, match="at least 1"):
        _apply_worker_flags(settings, argparse.Namespace(ollama_host=None, claim_seconds=0))
