"""SQLite failures the user can act on (a full disk, a busy or read-only database) turned
into one line, and a retry for writes that met a busy database."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import peewee

from jobtui.db.models import database

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_RETRIES = 3  # on top of SQLite's own busy timeout (10 s per attempt)
BUSY_PAUSE = 0.5  # seconds between two attempts
MIN_FREE_MB = 100  # below this, `doctor` warns: new jobs, ratings and the WAL need room

_FULL = ("database or disk is full",)
_IO = ("disk i/o error",)  # what a full disk gives while the WAL or its index grows
_BUSY = ("database is locked", "database is busy")
_READONLY = ("attempt to write a readonly database", "readonly database")
_CANNOT_OPEN = ("unable to open database file",)  # e.g. WAL's index on a read-only disk


def _sqlite_messages(exc: BaseException | None) -> list[str]:
    """The messages of every SQLite error in ``exc``'s chain: SQLite rolls a transaction
    back itself on a full disk, and the "cannot rollback" that follows hides the cause."""
    found, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (sqlite3.Error, peewee.DatabaseError, peewee.OperationalError)):
            found.append(str(exc).lower())
        exc = exc.__cause__ or exc.__context__
    return found


def _matches(exc: BaseException, needles: tuple[str, ...]) -> bool:
    return any(n in m for m in _sqlite_messages(exc) for n in needles)


def is_busy(exc: BaseException) -> bool:
    """Another connection held the write lock for longer than the busy timeout."""
    return _matches(exc, _BUSY)


def is_full(exc: BaseException, path: Path | None = None) -> bool:
    """The disk holding the database (or its journal) has no room left."""
    if _matches(exc, _FULL):
        return True
    path = path or database_path()
    free = free_mb(path) if path else None
    return _matches(exc, _IO) and free is not None and free < 1


def database_path() -> Path | None:
    """The file of the open SQLite database, or None (in memory, not opened yet, or a
    PostgreSQL server, whose database name is no path here)."""
    db = database.obj
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    return None if not db.database or db.database == ":memory:" else Path(db.database)


def free_mb(path: Path) -> float | None:
    """Free space on the disk holding ``path`` (or its nearest existing parent), in MB."""
    for folder in (path, *path.parents):
        try:
            return shutil.disk_usage(folder).free / 1_000_000
        except OSError:
            continue
    return None


def storage_problems(path: Path) -> tuple[str, list[str]]:
    """A line about the disk holding the database at ``path``, and what is wrong with it
    (little free space, a folder or file this process cannot write)."""
    folder, problems = path.parent, []
    free = free_mb(path)
    line = f"{free:,.0f} MB free on the disk holding {folder}" if free is not None else (
        f"cannot tell the free space for {folder}")
    if free is not None and free < MIN_FREE_MB:
        problems.append(f"the disk holding {path} has only {free:.0f} MB free; free some space "
                        "so new jobs and ratings can be stored")
    try:  # a real write: permission bits do not tell about read-only mounts (or root)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except FileNotFoundError:
        pass  # created on first use, when its parent is checked
    except OSError as exc:
        problems.append(f"the database folder {folder} is not writable ({exc.strerror}); "
                        "make it writable or choose another with --db")
    return line, problems


def writable(path: Path) -> bool:
    """Whether this process may write the database file (if it exists) and its folder."""
    return all(os.access(p, os.W_OK) for p in (path, path.parent) if p.exists())


def describe(exc: BaseException, path: Path | None = None) -> str | None:
    """A one-line message for a full disk, a busy or a read-only database; None otherwise."""
    path = path or database_path()
    where = str(path) if path else "the database"
    if is_full(exc, path):
        free = free_mb(path) if path else None
        room = f" ({free:.0f} MB free)" if free is not None else ""
        return f"the disk holding {where} is full{room}; free some space and try again"
    if is_busy(exc):
        return (f"{where} is busy: another jobtui process kept it locked; try again in a "
                "moment")
    if _matches(exc, _READONLY) or (_matches(exc, _CANNOT_OPEN) and path and not writable(path)):
        return (f"{where} is read-only (the file, its folder or its disk); make it writable, "
                "or copy it to a writable folder and use --db")
    return None


def retry_busy(write: Callable[[], T], *, attempts: int = BUSY_RETRIES,
               pause: float = BUSY_PAUSE) -> T:
    """Run ``write``, again after a pause while the database stays busy; the last busy
    error is raised."""
    for attempt in range(1, attempts):
        try:
            return write()
        except Exception as exc:
            if not is_busy(exc):
                raise
            log.warning("database busy (attempt %d of %d); retrying", attempt, attempts)
            time.sleep(pause)
    return write()
