"""Faults for tests: a second process that holds SQLite's write lock (as another jobtui
writing a big import would), a short busy timeout, a small real disk that fills up."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

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


@contextmanager
def small_tmpfs(parent: Path, size: str = "2m") -> Iterator[Path]:
    """A small tmpfs (a real disk that fills up) under ``parent``; the test is skipped where
    mounting is not allowed (it needs root)."""
    mount = parent / f"small-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)
