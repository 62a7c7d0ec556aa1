"""PostgreSQL operations: doctor's engine line, `jobtui db migrate`, `jobtui db copy`."""

from __future__ import annotations

import pytest

from jobtui.cli import main
from jobtui.db.models import Application, Job, Rating, Resume, User
from jobtui.demo import seed_demo
from jobtui.store.users import get_or_create_user
from tests import pg

pytestmark = pytest.mark.skipif(pg.server_url() is None, reason=pg.SKIP_REASON)


def test_copy_moves_every_row_and_refuses_a_second_time(tmp_path, capsys):
    from jobtui.db import open_database

    source = tmp_path / "mine.db"
    db = open_database(source)
    seed_demo(get_or_create_user("ana"))
    counts = {m: m.select().count() for m in (User, Job, Rating, Resume, Application)}
    db.close()
    with pg.fresh_database(migrated=False) as url:
        assert main(["--db", str(source), "db", "copy", "--to", url]) == 0
        assert "copied" in capsys.readouterr().out
        server = open_database(url)
        assert {m: m.select().count() for m in counts} == counts
        assert min(counts.values()) > 0
        # The serials go on after the copied ids, and full-text search finds copied jobs.
        assert Job.create(job_url="https://example.com/new", title="New").id > max(
            j.id for j in Job.select().where(Job.job_url != "https://example.com/new"))
        assert server.execute_sql("SELECT COUNT(*) FROM job WHERE search_vector @@"
                                  " to_tsquery('simple', 'python')").fetchone()[0] > 0
        server.close()
        assert main(["--db", str(source), "db", "copy", "--to", url]) == 2
        assert "already has rows" in capsys.readouterr().err


def test_doctor_and_migrate_report_the_server(capsys):
    with pg.fresh_database(migrated=False) as url:
        assert main(["--db", url, "db", "migrate"]) == 0
        assert "schema 0 ->" in capsys.readouterr().out
        assert main(["--db", url, "db", "migrate"]) == 0
        assert "nothing to do" in capsys.readouterr().out
        main(["--db", url, "doctor"])
        out = capsys.readouterr().out
        assert "engine:     PostgreSQL " in out


def test_a_server_that_is_not_there_is_one_line(capsys):
    url = pg.with_database(pg.server_url(), "no_such_database_here")
    assert main(["--db", url, "db", "migrate"]) == 2
    err = capsys.readouterr().err
    assert "cannot open the database at" in err and "\n" not in err.strip()


def test_a_server_database_is_never_a_local_file(isolated_home, tmp_path, monkeypatch, capsys):
    """Nothing treats a postgresql:// URL, or its database name, as a path here: no free-space
    or writable check of a file named like the database, no file created in the folder the
    commands run in."""
    from jobtui.db import open_database
    from jobtui.db.errors import database_path

    here = tmp_path / "cwd"
    here.mkdir()
    monkeypatch.chdir(here)
    with pg.fresh_database() as url:
        db = open_database(url)
        assert database_path() is None
        db.close()
        assert main(["--db", url, "db", "migrate"]) == 0
        main(["--db", url, "doctor"])
        captured = capsys.readouterr()
        assert "storage:    on the PostgreSQL server" in captured.out, captured
        assert "unexpected error" not in captured.err
    assert list(here.iterdir()) == []
