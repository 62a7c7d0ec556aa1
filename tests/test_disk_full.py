"""A full disk, a read-only database folder: one line naming the cause (and the free space),
never "unexpected error: cannot rollback"; `doctor` checks free space and writability."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import peewee
import pytest

from jobtui.cli import main
from jobtui.db import connection
from jobtui.events import ErrorEvent
from jobtui.worker import Worker
from tests.conftest import FIXTURES
from tests.faults import small_tmpfs
from tests.test_worker import Recorder, ScrapeStub


@pytest.fixture
def full_db(tmp_path, monkeypatch):
    """A database SQLite itself refuses to grow (SQLITE_FULL, as on a full disk)."""
    path = tmp_path / "jobs.db"
    assert main(["--db", str(path), "jobs"]) == 0
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setitem(connection.PRAGMAS, "max_page_count", pages)
    return path


def test_import_into_a_full_database_names_the_disk(full_db, capsys):
    capsys.readouterr()
    code = main(["--db", str(full_db), "import", str(FIXTURES / "jobspy_sample.jsonl")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"jobtui: the disk holding {full_db} is full (")
    assert "MB free); free some space and try again" in err
    assert "unexpected error" not in err and "rollback" not in err


def test_a_daemon_cycle_on_a_full_disk_says_so(session, monkeypatch):
    def full(self, limit=None):
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr("jobtui.rating.processor.RatingProcessor.drain", full)
    events = Recorder()
    worker = Worker(session, events, scrape=ScrapeStub(), check_every=3600)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    events.wait_for(lambda ev: any(isinstance(e, ErrorEvent) for e in ev))
    stop.set()
    thread.join(30)
    message = next(e.message for e in events.events if isinstance(e, ErrorEvent))
    assert message.startswith("the last cycle failed (the disk holding ")
    assert "is full (" in message


def test_doctor_reports_free_space(isolated_home, capsys):
    main(["doctor"])
    out = capsys.readouterr().out
    assert "storage:    " in out and "MB free on the disk holding" in out


def jobtui(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "JOBTUI_HOME": str(home), "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "jobtui", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture
def small_disk(tmp_path):
    with small_tmpfs(tmp_path) as mount:
        yield mount


def test_a_really_full_disk_and_a_read_only_one(small_disk, isolated_home):
    db = small_disk / "jobs.db"
    assert jobtui("--db", str(db), "jobs", home=isolated_home).returncode == 0
    with open(small_disk / "filler", "wb") as filler:  # take every free block
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError:
            pass
    result = jobtui("--db", str(db), "import", str(FIXTURES / "jobspy_sample.jsonl"),
                    home=isolated_home)
    assert result.returncode in (1, 2), result.stderr
    assert f"the disk holding {db} is full (0 MB free)" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    doctor = jobtui("--db", str(db), "doctor", home=isolated_home)
    assert f"storage:    0 MB free on the disk holding {small_disk}" in doctor.stdout
    last = doctor.stdout.strip().splitlines()[-1]
    assert last.startswith("not usable: ") and "is full (0 MB free)" in last
    assert doctor.returncode == 1

    (small_disk / "filler").unlink()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    doctor = jobtui("--db", str(db), "doctor", home=isolated_home)
    assert f"the database folder {small_disk} is not writable" in doctor.stdout
    assert doctor.returncode == 1
