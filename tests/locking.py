"""A second process that holds SQLite's write lock, as another jobtui writing a big import
would, and helpers to make this process give up waiting for it quickly."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLD_LOCK = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


@contextmanager
def write_lock_held(db_path: Path) -> Iterator[subprocess.Popen]:
    """Another process holds the database's write lock inside the block."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"  # blocks until the lock is held
        yield proc
    finally:
        proc.stdin.close()  # readline() returns: the lock holder rolls back and exits
        proc.wait(timeout=30)


def short_busy_timeout(db, ms: int = 50) -> None:
    """Every connection (this thread's and new ones) waits ``ms`` for a lock, not 10 s."""
    db.pragma("busy_timeout", ms, permanent=True)
