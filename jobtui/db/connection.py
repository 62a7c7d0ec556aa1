"""Opening the database: a private SQLite file (WAL, foreign keys, busy timeout) or a
PostgreSQL server named by a ``postgresql://`` URL; then the migrations."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import Database, SqliteDatabase

from jobtui.db.engine import is_server_url, open_postgres, redact_url
from jobtui.db.errors import describe
from jobtui.db.migrations import migrate
from jobtui.db.models import database
from jobtui.errors import JobtuiError
from jobtui.paths import ensure_private_dir, expand_user

PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer (TUI + worker + CLI at once)
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
    "cache_size": -32000,
    "mmap_size": 268435456,  # reads share the OS page cache, so a new connection starts warm
}


class DatabaseError(JobtuiError):
    """The database cannot be opened or upgraded (one line, user-facing)."""


def _create_private_file(path: Path) -> None:
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _open_server(url: str, upgrade: bool) -> Database:
    try:
        db = open_postgres(url)
    except ImportError:
        raise DatabaseError("PostgreSQL needs psycopg2 (pip install psycopg2-binary)") from None
    if db.database is None:
        raise DatabaseError(f"{redact_url(url)}: the URL names no database "
                            "(postgresql://user@host/dbname)")
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if upgrade:
            migrate(db)
    except Exception as exc:  # server down, wrong password, no such database...
        db.close()
        reason = " ".join(str(exc).split())  # libpq's messages span lines
        raise DatabaseError(f"cannot open the database at {redact_url(url)}: {reason}") from None
    return db


def open_database(path: str | Path, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bind the models to it;
    a ``postgresql://`` URL opens that server's database instead."""
    if is_server_url(path):
        return _open_server(str(path), upgrade)
    path = expand_user(path)
    if str(path) != ":memory:":
        try:
            if not path.exists():
                _create_private_file(path)
        except OSError as exc:
            raise DatabaseError(f"cannot create the database at {path}: {exc.strerror}") from None
    db = SqliteDatabase(
        str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=10, check_same_thread=False
    )
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if upgrade:
            migrate(db)
    except Exception as exc:  # corrupt file, not a database, newer schema...
        db.close()
        cause = describe(exc, path) if str(path) != ":memory:" else None
        raise DatabaseError(f"cannot open the database at {path}: {cause or exc}") from None
    return db
