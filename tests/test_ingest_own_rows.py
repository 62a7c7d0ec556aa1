"""An ingest into an empty store skips looking up what only it can have stored, and looks
everything up again once another connection has written (SQLite's data_version)."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager

import pytest

from jobtui.db.models import Job, database
from jobtui.scrape import ingest
from jobtui.scrape.own_rows import OwnRows
from jobtui.scrape.prepare import prepare_batch
from jobtui.store import searches

pytestmark = pytest.mark.sqlite_only  # PRAGMA data_version: PostgreSQL always looks up


def record(n: int, site: str, company: str = "Acme", url: str | None = None) -> dict:
    return {"site": site, "job_url": url or f"https://{site}.com/jobs/{n}", "title": f"Job {n}",
            "company": company, "location": "Austin, TX", "date_posted": "2026-11-20"}


def test_data_version_moves_only_with_other_connections_writes(session):
    conn = database.connection()
    own = OwnRows(conn)
    with database.atomic():
        database.execute_sql("UPDATE user SET name = name")
    assert own.still_valid()
    other = sqlite3.connect(database.database)
    with other:
        other.execute("UPDATE user SET name = name")
    other.close()
    assert not own.still_valid()


class CommitHook:
    """The real database, running ``hook`` once after the first transaction commits."""

    def __init__(self, hook) -> None:
        self.hook, self.commits = hook, 0

    def __getattr__(self, name):
        return getattr(database, name)

    @contextmanager
    def atomic(self):
        with database.atomic():
            yield
        self.commits += 1
        if self.commits == 1:
            self.hook()


def test_jobs_another_connection_stores_mid_ingest_are_found(session, monkeypatch):
    search = searches.imported_search(session.user)

    def another_writer() -> None:  # the daemon storing a scrape, on its own connection
        def store() -> None:
            ingest.ingest_rows([record(2, "linkedin"), record(3, "linkedin", "Other",
                                                              url="https://indeed.com/jobs/3")],
                               search)
            database.close()
        thread = threading.Thread(target=store)
        thread.start()
        thread.join()

    monkeypatch.setattr(ingest, "COMMIT_SECONDS", 0)  # a transaction per batch
    monkeypatch.setattr(ingest, "database", CommitHook(another_writer))
    batches = [prepare_batch(list(enumerate(rows))) for rows in
               ([record(1, "indeed")], [record(2, "indeed"), record(3, "indeed")])]
    result = ingest.ingest_prepared(batches, search)
    # Job 2 on indeed is a cross-post of the one stored meanwhile from linkedin; job 3's URL
    # was stored meanwhile too.
    assert (result.new, result.duplicates, result.updated) == (1, 1, 1)
    cross_post = Job.get(Job.job_url == "https://indeed.com/jobs/2")
    assert cross_post.duplicate_of.job_url == "https://linkedin.com/jobs/2"
    assert Job.select().count() == 4
