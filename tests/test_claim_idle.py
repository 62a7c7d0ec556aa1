"""A PostgreSQL worker with nothing left to claim: while other workers hold the rest of the
queue it goes back to its schedule (due searches) and looks again only when one of their
claims could have lapsed, instead of polling inside the drain."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest

from jobtui.db.models import Rating, database, utcnow
from jobtui.events import JobRated
from jobtui.rating.processor import RatingProcessor
from jobtui.store import claims, ratings
from jobtui.worker import Worker
from tests.rating_data import add_job, add_resume, add_search
from tests.test_worker import Recorder, ScrapeStub

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)

OTHERS_TTL = 600.0  # the other worker's claims outlive any test: only the test lapses them


class Clock:
    """The worker's clock, moved on by the test; counts how often the worker looked at it."""

    def __init__(self) -> None:
        self.value = utcnow()
        self.reads = 0
        self.lock = threading.Lock()

    def __call__(self) -> datetime:
        with self.lock:
            self.reads += 1
            return self.value

    def read_again(self, times: int, timeout: float = 60.0) -> None:
        """Wait until the worker has looked at the clock ``times`` more times."""
        with self.lock:
            target = self.reads + times
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if self.reads >= target:
                    return
            time.sleep(0.02)
        raise AssertionError("the worker stopped looking at its clock")


def queued_pairs(session, jobs: int = 2):
    search = add_search(session.user, last_search=utcnow())  # scraped just now: not due
    for n in range(jobs):
        add_job(search, n)
    add_resume(session.user)


def others_claim_everything() -> datetime:
    """Another (live) worker claims every queued pair; returns when its claims expire."""
    other = claims.Claimant("other-host:1", ttl=OTHERS_TTL)
    assert claims.claim_pairs(other, 100)
    return datetime.fromisoformat(database.execute_sql(
        "SELECT MIN(expires_at) FROM rating_claim").fetchone()[0])


def drain_in_thread(session) -> tuple[threading.Thread, list]:
    result = []
    processor = RatingProcessor(session, claimant=claims.Claimant("me:2"))
    thread = threading.Thread(target=lambda: result.append(processor.drain()), daemon=True)
    thread.start()
    thread.join(timeout=120)  # a guard, not a timing: the drain must not wait for the others
    return thread, result


def test_a_drain_leaves_what_others_hold_and_says_when_to_look_again(session, fake_ollama):
    session.settings.rating.host = fake_ollama.host
    queued_pairs(session)
    expires = others_claim_everything()
    thread, [summary] = drain_in_thread(session)
    assert not thread.is_alive()
    assert summary.attempted == 0 and fake_ollama.chat_requests() == []
    assert summary.retry_at == expires


def test_an_expired_claim_on_a_pair_no_longer_queued_is_not_waited_for(session, fake_ollama):
    session.settings.rating.host = fake_ollama.host
    queued_pairs(session, jobs=1)
    dead = claims.Claimant("dead-host:1", ttl=60)
    [pair] = claims.claim_pairs(dead, 10, now=utcnow() - timedelta(hours=1))  # long expired
    ratings.save_rating(ratings.RatingRecord(  # rated meanwhile by someone else
        job_id=pair.job_id, resume_id=pair.resume_id, model="m", token_limit=None,
        system_prompt_id=None, user_prompt=None, temperature=None, rating=5))
    thread, [summary] = drain_in_thread(session)
    assert not thread.is_alive()
    assert summary.attempted == 0 and summary.retry_at is None


def test_an_idle_worker_sleeps_until_a_claim_can_lapse_then_takes_it_over(session,
                                                                          fake_ollama):
    session.settings.rating.host = fake_ollama.host
    queued_pairs(session)
    expires = others_claim_everything()
    clock, events, scrape = Clock(), Recorder(), ScrapeStub()
    worker = Worker(session, events, scrape=scrape, check_every=3600, now=clock)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    try:
        events.wait_for(lambda evs: ("idle", "nothing to rate now: other workers are rating"
                                     " the rest of the queue") in events.states(), timeout=60)
        clock.value = expires - timedelta(seconds=1)  # not yet: the worker only watches
        clock.read_again(3)
        assert len(scrape.calls) == 1 and fake_ollama.chat_requests() == []
        # The other worker dies: its claims lapse, and the worker's clock passes their expiry.
        database.execute_sql("UPDATE rating_claim SET expires_at = ?",
                             [str(utcnow() - timedelta(seconds=1))])
        clock.value = expires
        events.wait_for(lambda evs: sum(isinstance(e, JobRated) for e in evs) == 2, timeout=60)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert len(scrape.calls) == 2  # one cycle, then exactly one more when the claims lapsed
    assert Rating.select().count() == 2
    assert database.execute_sql("SELECT COUNT(*) FROM rating_claim").fetchone()[0] == 0
