import sqlite3
import subprocess
import sys
import threading

import pytest
from peewee import SqliteDatabase

from jobtui.db import LATEST_VERSION, DatabaseError, open_database, schema_version
from jobtui.db.migrations import migrate
from jobtui.db.models import ALL_MODELS, Job, Search, User
from jobtui.store import searches, users


def test_new_database_is_private_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "jobs.db"
    db = open_database(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert schema_version(db) == LATEST_VERSION
    db.close()


def test_migrated_schema_has_every_model_column(tmp_path):
    db = open_database(tmp_path / "j.db")
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert expected <= columns, (table, expected - columns)
    db.close()


def test_upgrade_from_version_1_keeps_rows(tmp_path):
    path = tmp_path / "old.db"
    raw = SqliteDatabase(str(path))
    migrate(raw, target=1)
    raw.execute_sql("INSERT INTO user (name, created_at) VALUES ('ana', '2025-01-01 10:00:00')")
    raw.execute_sql(
        "INSERT INTO search (job_source, search_term, location, results_wanted, country, "
        "distance, is_remote, created_at) VALUES ('[\"indeed\"]', '[\"python\"]', 'Austin', 20, "
        "'usa', 50, 0, '2025-01-01 10:00:00')")
    raw.execute_sql(
        "INSERT INTO job (site, job_url, title, company, description, first_seen) VALUES "
        "('indeed', 'https://www.indeed.com/viewjob?jk=1', 'Python Dev', 'Acme', "
        "'Build Python services', '2025-01-02 10:00:00')")
    assert schema_version(raw) == 1
    raw.close()

    db = open_database(path)
    assert schema_version(db) == LATEST_VERSION
    assert User.get(User.name == "ana")
    job = Job.get()
    assert job.title == "Python Dev"
    assert job.last_seen == job.first_seen
    search = Search.get()
    assert search.signature and search.enabled
    # the full-text index was built for rows that existed before it
    hits = db.execute_sql("SELECT rowid FROM job_fts WHERE job_fts MATCH 'python'").fetchall()
    assert hits == [(job.id,)]
    # and the upgraded search is found again when an identical one is added
    again = searches.find_or_create_search(
        users.get_or_create_user("ana"), search_term=["python"], job_source=["indeed"],
        location="Austin")
    assert again.id == search.id
    db.close()


def test_newer_schema_is_refused_with_one_line(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(DatabaseError, match="newer than this jobtui understands"):
        open_database(path)


def test_reader_process_works_while_a_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "shared.db"
    db = open_database(path)
    users.get_or_create_user("first")
    reader = (
        "import sys; from jobtui.db import open_database; from jobtui.db.models import User;"
        f"open_database({str(path)!r}); print(User.select().count())"
    )
    with db.atomic():  # an open write transaction (BEGIN IMMEDIATE)
        User.create(name="uncommitted")
        result = subprocess.run([sys.executable, "-c", reader], capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"  # sees the committed row, not blocked by the writer
    assert User.select().count() == 2
    db.close()


def test_two_threads_write_without_losing_rows(tmp_path):
    db = open_database(tmp_path / "threads.db")
    errors = []

    def add(prefix):
        try:
            for i in range(50):
                with db.atomic():
                    User.create(name=f"{prefix}-{i}")
        except Exception as exc:  # collected so the test reports it
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert User.select().count() == 100
    db.close()


def test_identical_searches_are_stored_once_and_unfollow_keeps_jobs(session):
    other = users.get_or_create_user("other")
    params = dict(search_term=["python developer"], job_source=["indeed", "linkedin"],
                  location="Austin, TX")
    mine = searches.find_or_create_search(session.user, **params)
    theirs = searches.find_or_create_search(other, **{**params, "job_source": ["linkedin",
                                                                             "indeed"]})
    assert mine.id == theirs.id
    searches.unfollow_search(session.user, mine)
    assert searches.searches_for_user(session.user) == []
    assert [s.id for s in searches.searches_for_user(other)] == [mine.id]
    assert searches.get_search(mine.id).enabled


def test_default_user_is_created_on_first_use(session):
    assert session.user.name == "tester"
    assert users.get_or_create_user("tester").id == session.user.id
