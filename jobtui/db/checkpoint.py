"""WAL checkpoints in a thread of their own while one connection runs a long series of write
transactions (a bulk import): its commits then only append to the WAL, and copying the WAL
into the database file (with its fsync) overlaps the writer's next transaction instead of
holding it up. Durability is unchanged (WAL, synchronous=NORMAL)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from jobtui.db.engine import is_postgres
from jobtui.db.models import database


class _Checkpointer:
    """A thread with its own connection that checkpoints the WAL when asked (PASSIVE: it
    never waits for, nor blocks, the writer or any reader)."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.wanted = threading.Event()
        self.closing = False
        self.thread = threading.Thread(target=self._run, name="jobtui-checkpoint", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            self.wanted.wait()
            self.wanted.clear()
            if self.closing:
                return
            try:
                self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:  # busy or failed: the next request (or the writer) does it
                pass

    def request(self) -> None:
        """Checkpoint what has been committed so far (returns at once)."""
        self.wanted.set()

    def close(self) -> None:
        """Wait for a checkpoint under way (one asked for but not started is left to the
        writer's automatic checkpoints), then close the connection."""
        self.closing = True
        self.wanted.set()
        self.thread.join()
        self.conn.close()


@contextmanager
def background_checkpoints() -> Iterator[Callable[[], None]]:
    """For the current thread's connection: turn its automatic checkpoints off and yield a
    function to call after each commit, which has another thread checkpoint the WAL. Back
    as before on exit. On PostgreSQL, an in-memory or a non-WAL database the function does
    nothing."""
    path = None if is_postgres() else database.database
    conn = None if path in (None, "", ":memory:") else database.connection()
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] if conn else 0
    if not before or conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        yield lambda: None
        return
    checkpointer = _Checkpointer(path)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield checkpointer.request
    finally:
        checkpointer.close()
        conn.execute(f"PRAGMA wal_autocheckpoint = {before}")
