"""The worker lease under trouble: another process holding the write lock, a full disk, a
holder that died on this machine, an app waiting for a lease to free."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import timedelta

import peewee
import pytest

from jobtui.db.models import WorkerLease
from jobtui.events import ErrorEvent, WorkerState
from jobtui.store import lease
from jobtui.worker import Worker
from tests.faults import short_busy_timeout, write_lock_held
from tests.test_worker import Recorder, ScrapeStub


@pytest.fixture
def fast_lease(monkeypatch, session):
    """Heartbeats and retries every 20 ms; busy waits of 50 ms instead of 10 s."""
    monkeypatch.setattr(lease, "HEARTBEAT_EVERY", timedelta(seconds=0.02))
    monkeypatch.setattr(lease, "RETRY_EVERY", timedelta(seconds=0.02))
    short_busy_timeout(session.db)
    return session


def heartbeat():
    return WorkerLease.get(WorkerLease.id == lease.LEASE_ID).heartbeat_at


def test_a_lock_held_by_another_process_makes_the_holder_give_up(fast_lease, monkeypatch):
    monkeypatch.setattr(lease, "GIVE_UP_AFTER", timedelta(seconds=1))
    errors, gave_up = [], threading.Event()
    keeper = lease.LeaseKeeper(on_error=errors.append, on_lost=gave_up.set)
    with keeper:
        with write_lock_held(fast_lease.settings.db_path):
            assert gave_up.wait(30)
        assert keeper.lost.is_set() and not keeper.held()
    assert len(errors) >= 2  # each failure reported, and the thread kept retrying
    assert "busy" in errors[0] and "retrying" in errors[0]
    assert "could not renew the worker lease" in keeper.lost_reason
    assert lease.current_holder() is None  # released once the lock was free again


def test_a_failed_renewal_is_retried_and_the_lease_kept(fast_lease, monkeypatch):
    monkeypatch.setattr(lease, "GIVE_UP_AFTER", timedelta(seconds=60))
    failed = threading.Event()
    with lease.LeaseKeeper(on_error=lambda message: failed.set()) as keeper:
        with write_lock_held(fast_lease.settings.db_path):
            assert failed.wait(30)
            before = heartbeat()
        renewed = threading.Event()
        while not renewed.wait(0.02):  # the next successful renewal moves the heartbeat
            if heartbeat() > before:
                renewed.set()
        assert keeper.held() and not keeper.lost.is_set()
        assert keeper._thread.is_alive()


def test_a_full_disk_during_renewal_is_reported_not_a_dead_thread(fast_lease, monkeypatch):
    monkeypatch.setattr(lease, "GIVE_UP_AFTER", timedelta(seconds=1))
    calls = []

    def full(holder, now=None):
        calls.append(holder)
        raise peewee.OperationalError("database or disk is full")

    errors, gave_up = [], threading.Event()
    with lease.LeaseKeeper(on_error=errors.append, on_lost=gave_up.set) as keeper:
        monkeypatch.setattr(lease, "renew", full)
        assert gave_up.wait(30)
    assert len(calls) >= 2
    assert "is full" in errors[0] and "is full" in keeper.lost_reason


def test_the_worker_stops_when_it_cannot_prove_it_holds_the_lease(fast_lease, monkeypatch):
    monkeypatch.setattr(lease, "GIVE_UP_AFTER", timedelta(seconds=1))
    events = Recorder()
    worker = Worker(fast_lease, events, scrape=ScrapeStub(), check_every=3600)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    try:
        events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "idle"
                                       for e in ev))
        with write_lock_held(fast_lease.settings.db_path):
            events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "stopped"
                                           for e in ev), timeout=30)
        thread.join(30)
        assert not thread.is_alive()
    finally:
        stop.set()
        thread.join(30)
    locked = [d for s, d in events.states() if s == "locked"]
    assert locked and "could not renew the worker lease" in locked[0]
    assert any(isinstance(e, ErrorEvent) and "retrying" in e.message for e in events.events)


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_lease_of_a_dead_process_on_this_machine_is_taken_over_at_once(session):
    gone = f"{lease.socket.gethostname()}:{dead_pid()}"
    assert lease.acquire(gone) is None
    assert lease.acquire(lease.this_process()) is None  # fresh heartbeat, yet taken over
    assert lease.current_holder().holder == lease.this_process()


def test_a_live_or_remote_holder_keeps_its_lease(session):
    assert lease.acquire(lease.this_process()) is None
    assert lease.acquire(f"{lease.socket.gethostname()}:{dead_pid()}").holder == (
        lease.this_process())
    lease.release(lease.this_process())
    assert lease.acquire(f"elsewhere:{dead_pid()}") is None  # another host: cannot tell
    assert lease.acquire(lease.this_process()).holder.startswith("elsewhere:")


def test_an_open_app_worker_takes_over_when_the_lease_frees(session):
    assert lease.acquire("laptop:1234") is None
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub(), check_every=3600, lease_poll=0.02)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), kwargs={"wait_for_lease": True})
    thread.start()
    try:
        events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "locked"
                                       for e in ev))
        assert thread.is_alive()
        lease.release("laptop:1234")
        events.wait_for(lambda ev: any(isinstance(e, WorkerState) and e.state == "idle"
                                       for e in ev))
        assert lease.current_holder().holder == lease.this_process()
    finally:
        stop.set()
        thread.join(30)
    assert "taking over when it stops" in events.states()[0][1]


def test_a_finished_rating_waits_out_a_busy_database(fake_ollama, fast_lease, monkeypatch,
                                                     caplog):
    from jobtui.db import errors
    from jobtui.db.models import Rating
    from jobtui.rating.processor import RatingProcessor
    from tests.rating_data import seed_rateable

    monkeypatch.setattr(errors, "BUSY_PAUSE", 0.05)
    session = fast_lease
    session.settings.rating.host = fake_ollama.host
    seed_rateable(session)
    fake_ollama.set_mode("slow", fail_times=1)
    fake_ollama.delay = 600  # the first answer comes when the test releases it
    result = {}
    processor = RatingProcessor(session, retry_delays=(0.01,))
    thread = threading.Thread(target=lambda: result.update(summary=processor.drain(limit=1)))
    thread.start()
    Recorder().wait_for(lambda _: fake_ollama.chat_requests())
    with write_lock_held(session.settings.db_path):
        fake_ollama.released.set()  # the answer arrives while another process writes
        Recorder().wait_for(lambda _: "database busy" in caplog.text, timeout=60)
    thread.join(60)
    assert result["summary"].rated == 1
    assert Rating.select().where(Rating.status == "ok").count() == 1
