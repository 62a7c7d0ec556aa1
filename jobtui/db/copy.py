"""``jobtui db copy``: move a SQLite database onto a PostgreSQL server, every row of every
table, in one transaction on the server, then check the row counts match table by table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from jobtui.db.connection import DatabaseError, open_database
from jobtui.db.engine import is_server_url, redact_url

CHUNK = 1000  # rows read and written at a time
# Derived or per-process: rebuilt on the server (full-text index, claims, the rating queue its
# triggers fill as the rows arrive) or not shared (lease).
SKIPPED = ("worker_lease", "rating_claim", "search_claim", "rating_queue")


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int


def _tables(source: SqliteDatabase) -> list[str]:
    """The source's tables, each after the tables its foreign keys point at."""
    names = [r[0] for r in source.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'job_fts%' ORDER BY name")
        if r[0] not in SKIPPED]
    parents = {n: {r[2] for r in source.execute_sql(f'PRAGMA foreign_key_list("{n}")')} - {n}
               for n in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle: keep the rest in name order (none in today's schema)
            ready = [n for n in names if n not in ordered]
        ordered += ready
    return ordered


def _columns(target, table: str) -> list[str]:
    rows = target.execute_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
        " AND is_generated = 'NEVER' ORDER BY ordinal_position", [table]).fetchall()
    return [r[0] for r in rows]


def _copy_table(source: SqliteDatabase, target, table: str) -> int:
    from psycopg2.extras import execute_values

    wanted = _columns(target, table)
    have = {r[1] for r in source.execute_sql(f'PRAGMA table_info("{table}")')}
    columns = [c for c in wanted if c in have]
    quoted = ", ".join(f'"{c}"' for c in columns)
    # Canonical jobs before their cross-posts, so duplicate_of_id always points at a row.
    order = " ORDER BY duplicate_of_id IS NOT NULL, id" if table == "job" else ""
    cursor = source.execute_sql(f'SELECT {quoted} FROM "{table}"{order}')
    raw = target.connection().cursor()
    copied = 0
    while rows := cursor.fetchmany(CHUNK):
        execute_values(raw, f'INSERT INTO "{table}" ({quoted}) VALUES %s', rows,
                       page_size=CHUNK)
        copied += len(rows)
    if "id" in columns:  # the serial goes on after the copied ids
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'),"
            f' (SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)')
    return copied


def copy_database(source_path: str | Path, target_url: str,
                  report: Callable[[CopiedTable], None] = lambda t: None) -> list[CopiedTable]:
    """Copy every row of the SQLite database at ``source_path`` into the (migrated, empty)
    PostgreSQL database at ``target_url``. Raises ``DatabaseError`` and leaves the target
    as it was when anything fails or a table's count differs."""
    if not is_server_url(target_url):
        raise DatabaseError("--to must be a postgresql:// URL")
    if is_server_url(source_path):
        raise DatabaseError("copy reads a SQLite file; --db names a server")
    path = Path(source_path)
    if not path.is_file():
        raise DatabaseError(f"no database at {path}")
    source_db = open_database(path)  # brings the file up to the current schema first
    source_db.close()
    source = SqliteDatabase(str(path))
    target = open_database(target_url)
    try:
        tables = _tables(source)
        with target.atomic():
            busy = [t for t in tables if t in target.get_tables() and target.execute_sql(
                f'SELECT EXISTS (SELECT 1 FROM "{t}")').fetchone()[0]]
            if busy:
                raise DatabaseError(f"{redact_url(target_url)} already has rows (in "
                                    f"{', '.join(busy)}); copy into an empty database")
            done = []
            for table in tables:
                copied = _copy_table(source, target, table)
                expected = source.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                stored = target.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                if not copied == expected == stored:
                    raise DatabaseError(f"{table}: {expected} rows in the file, {stored} "
                                        "on the server; nothing was copied")
                done.append(CopiedTable(table, stored))
                report(done[-1])
        return done
    except DatabaseError:
        raise
    except Exception as exc:  # a value the server refuses, the connection lost...
        reason = " ".join(str(exc).split())
        raise DatabaseError(f"copy failed, nothing was copied: {reason}") from None
    finally:
        source.close()
        target.close()
