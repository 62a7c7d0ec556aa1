"""The Worker: lease, schedule, wake, stop, events; scraping injected (stubbed)."""

import threading
import time
from datetime import timedelta

import pytest

from jobtui.db.engine import is_postgres
from jobtui.db.models import Rating, WorkerLease, utcnow
from jobtui.events import ErrorEvent, JobRated, WorkerState
from jobtui.store import lease
from jobtui.worker import Worker
from tests.rating_data import add_job, add_resume, add_search, seed_rateable


class Recorder:
    def __init__(self):
        self.events = []
        self.lock = threading.Lock()

    def __call__(self, event):
        with self.lock:
            self.events.append(event)

    def states(self):
        return [(e.state, e.detail) for e in self.events if isinstance(e, WorkerState)]

    def wait_for(self, predicate, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if predicate(list(self.events)):
                    return True
            time.sleep(0.02)
        raise AssertionError(f"timed out; events: {self.events}")


class ScrapeStub:
    def __init__(self):
        self.calls = []

    def __call__(self, session, **kwargs):
        self.calls.append(kwargs)
        return [f"run {len(self.calls)}"]

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def test_run_once_scrapes_then_rates(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    seed_rateable(session)
    events, scrape = Recorder(), ScrapeStub()
    summary = Worker(session, events, scrape=scrape).run_once()
    assert scrape.calls[0]["force"] is False and scrape.calls[0]["emit"] is events
    assert summary.searches == ["run 1"]
    assert summary.rating.rated == 40
    assert len([e for e in events.events if isinstance(e, JobRated)]) == 40
    assert events.states()[-1][0] == "idle"
    assert lease.current_holder() is None  # taken for the cycle, then given back


def test_a_failing_scraper_does_not_stop_rating(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    seed_rateable(session, fixture=False)
    events = Recorder()

    def broken(session, **kwargs):
        raise RuntimeError("board exploded")

    summary = Worker(session, events, scrape=broken).run_once()
    assert summary.scrape_error == "scraping failed: RuntimeError: board exploded"
    assert summary.rating.rated == 1
    assert any(isinstance(e, ErrorEvent) and "board exploded" in e.message
               for e in events.events)


def test_run_loops_wakes_and_stops(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    seed_rateable(session, fixture=False)
    events, scrape = Recorder(), ScrapeStub()
    worker = Worker(session, events, scrape=scrape, check_every=3600)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: any(isinstance(e, JobRated) for e in ev))
    events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "idle"
                                   for e in ev))
    assert is_postgres() or lease.current_holder().holder == lease.this_process()
    worker.wake(scrape_all=True)
    events.wait_for(lambda ev: len(scrape.calls) >= 2)
    assert scrape.calls[1]["force"] is True
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert events.states()[-1] == ("stopped", "")
    assert lease.current_holder() is None


def test_the_schedule_starts_cycles_by_itself(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    events, scrape = Recorder(), ScrapeStub()
    worker = Worker(session, events, scrape=scrape, check_every=0.2)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: len(scrape.calls) >= 3)
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()


@pytest.mark.sqlite_only  # PostgreSQL: no lease, claims (tests/test_scale_out.py)
def test_a_second_worker_is_told_who_holds_the_lease(session):
    assert lease.acquire("laptop:1234") is None
    events = Recorder()
    Worker(session, events, scrape=ScrapeStub()).run(threading.Event())
    [(state, detail)] = events.states()
    assert state == "locked"
    assert detail.startswith("held by laptop:1234 since ") and detail.endswith(" UTC")


def test_a_stale_lease_is_taken_over(session):
    long_ago = utcnow() - lease.STALE_AFTER - timedelta(seconds=1)
    assert lease.acquire("crashed:99", now=long_ago) is None
    assert lease.current_holder() is None
    assert lease.acquire("fresh:1") is None
    assert lease.current_holder().holder == "fresh:1"
    assert WorkerLease.select().count() == 1
    assert lease.acquire("third:2").holder == "fresh:1"
    assert lease.renew("third:2") is False and lease.renew("fresh:1") is True


@pytest.mark.sqlite_only  # PostgreSQL: no lease, claims (tests/test_scale_out.py)
def test_a_lease_taken_over_stops_the_worker(fake_ollama, session, monkeypatch):
    session.settings.rating.host = fake_ollama.host
    monkeypatch.setattr(lease, "HEARTBEAT_EVERY", timedelta(seconds=0.05))
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub(), check_every=3600)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "idle"
                                   for e in ev))
    WorkerLease.update(holder="thief:7").execute()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert ("locked", "another worker took the lease over") in events.states()
    assert lease.current_holder().holder == "thief:7"  # not released: it is not ours


def test_ollama_down_pauses_and_reports_once(session):
    seed_rateable(session, fixture=False)
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub())
    worker.run_once()
    worker.run_once()
    errors = [e.message for e in events.events if isinstance(e, ErrorEvent)]
    assert errors == ["Ollama is not reachable at http://127.0.0.1:9"]
    assert events.states()[-1] == ("paused", "Ollama is not reachable at http://127.0.0.1:9")
    assert Rating.select().count() == 0


def test_stop_during_a_slow_answer_leaves_no_row(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    fake_ollama.set_mode("slow")
    fake_ollama.delay = 600  # answered only when the test releases it
    seed_rateable(session)
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub(), check_every=3600)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: fake_ollama.chat_requests())  # an answer is in flight
    stop.set()
    thread.join(timeout=60)
    assert not thread.is_alive() and not fake_ollama.released.is_set()
    assert Rating.select().count() == 0
    assert events.states()[-1] == ("stopped", "")


def test_a_failing_cycle_is_reported_and_the_loop_goes_on(fake_ollama, session, monkeypatch):
    session.settings.rating.host = fake_ollama.host
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub(), check_every=0.1)
    calls = []

    def flaky_drain(self, limit=None):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk I/O error")
        from jobtui.rating.processor import RatingSummary

        return RatingSummary()

    monkeypatch.setattr("jobtui.rating.processor.RatingProcessor.drain", flaky_drain)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: len(calls) >= 2)
    stop.set()
    thread.join(timeout=5)
    errors = [e.message for e in events.events if isinstance(e, ErrorEvent)]
    assert errors == ["the last cycle failed (OSError: disk I/O error); trying again later"]
    assert events.states()[-1] == ("stopped", "")


def test_real_scraper_then_rating_in_one_cycle(fake_ollama, session, monkeypatch):
    """The default scraper (jobtui.scrape.runner.scrape_due) with only jobspy.scrape_jobs
    stubbed: a due search is scraped, its new jobs are rated in the same cycle."""
    import jobspy

    from jobtui.store.searches import find_or_create_search
    from tests.test_scrape_runner import FakeJobSpy, post

    session.settings.rating.host = fake_ollama.host
    stub = FakeJobSpy(posts={"indeed": [post(1), post(2, title="Senior Python Engineer")],
                             "linkedin": [post(3, title="Python Dev", company="Beta")]})
    monkeypatch.setattr(jobspy, "scrape_jobs", stub)
    find_or_create_search(session.user, search_term=["python"], job_source=["indeed", "linkedin"])
    add_resume(session.user)
    events = Recorder()
    worker = Worker(session, events)

    first = worker.run_once()
    assert len(stub.calls) == 2 and first.searches[0].new == 3  # one call per board
    assert first.rating.rated == 3 and Rating.select().count() == 3

    second = worker.run_once()  # scraped just now: not due, nothing new to rate
    assert len(stub.calls) == 2 and second.searches == [] and second.rating.attempted == 0

    worker.wake(scrape_all=True)  # "scrape now": the same jobs again, nothing new to rate
    third = worker.run_once()
    assert len(stub.calls) == 4 and third.rating.attempted == 0
    assert len(fake_ollama.chat_requests()) == 3


def test_idle_without_a_resume_says_what_to_do(session):
    search = add_search(session.user, last_search=utcnow())
    add_job(search, 1)
    events = Recorder()
    Worker(session, events, scrape=ScrapeStub()).run_once()
    assert events.states()[-1] == ("idle", "nothing to rate: add a resume first")
    # The core names the hint; each front end words it (the CLI its command, the TUI its key).
    from jobtui.cli.run import describe_event

    last = [e for e in events.events if isinstance(e, WorkerState)][-1]
    assert describe_event(last).endswith(
        "idle: nothing to rate: add a resume first (jobtui resume add FILE)")
