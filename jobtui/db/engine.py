"""PostgreSQL as a shared store: the peewee database class and the small dialect bridge.

The store writes its hand-tuned SQL once, in SQLite's dialect (``?`` placeholders, 0/1
flags, dates read back as ISO text). ``PostgresDatabase`` runs that SQL unchanged: it turns
``?`` into ``%s`` and rewrites the few SQLite-only spellings (``to_pyformat``), sends
booleans as 0/1 (flags are INTEGER columns on both engines) and reads DATE/TIMESTAMP values
back as the same ISO text SQLite returns. SQL that genuinely
differs (full-text search, claims, upserts) asks ``is_postgres()`` and says it both ways.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from peewee import PostgresqlDatabase

from jobtui.db.models import database

URL_SCHEMES = ("postgresql://", "postgres://")
_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\?")  # a quoted literal (kept) or a placeholder
_TEXT_TYPES = (1082, 1114)  # DATE, TIMESTAMP: read back as text, like SQLite


def is_server_url(value: object) -> bool:
    """True when ``value`` names a PostgreSQL server rather than a SQLite file."""
    return str(value).startswith(URL_SCHEMES)


def redact_url(url: str) -> str:
    """The URL without its password, for messages and ``doctor``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


_REWRITES = (
    (re.compile(r"\s+INDEXED BY \w+", re.I), ""),  # a SQLite planner hint
    (re.compile(r"([\w.]+) COLLATE NOCASE (<=|>=|<|>|=) \?", re.I), r"lower(\1) \2 lower(?)"),
    (re.compile(r"([\w.]+) COLLATE NOCASE", re.I), r"lower(\1)"),
    # SQLite compares a date with '' (its dates are text); PostgreSQL compares the text.
    (re.compile(r"COALESCE\(([\w.]+), ''\)", re.I), r"COALESCE(CAST(\1 AS TEXT), '')"),
    # SQLite's "CROSS JOIN t ON" fixes the join order; PostgreSQL wants a plain JOIN.
    (re.compile(r"\bCROSS JOIN (\w+(?: \w+)?) ON\b", re.I), r"JOIN \1 ON"),
    # An id list sent as one JSON array parameter.
    (re.compile(r"json_each\(\?\)", re.I),
     "(SELECT CAST(value AS BIGINT) AS value"
     " FROM json_array_elements_text(CAST(? AS json)) AS e) AS je"),
)
_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.I)
_PRAGMA = re.compile(r"^\s*PRAGMA\b", re.I)


def to_pyformat(sql: str) -> str:
    """The store's SQLite-flavoured SQL as PostgreSQL takes it: ``?`` placeholders as
    psycopg2's ``%s`` (literal ``%`` doubled), planner hints dropped, NOCASE as ``lower``,
    JSON id lists expanded, INSERT OR IGNORE as ON CONFLICT DO NOTHING, PRAGMAs as no-ops."""
    if _PRAGMA.match(sql):
        return "SELECT NULL WHERE false"  # SQLite tuning: nothing to do on a server
    for pattern, replacement in _REWRITES:
        sql = pattern.sub(replacement, sql)
    if _OR_IGNORE.match(sql):
        sql = _OR_IGNORE.sub("INSERT INTO", sql).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    if "?" not in sql:
        # peewee's own SQL already speaks %s; the store's raw SQL without parameters gets
        # its literal % doubled, since psycopg2 formats whenever parameters (even none) go along.
        return sql if "%s" in sql else sql.replace("%", "%%")
    sql = sql.replace("%", "%%")
    return _PLACEHOLDER.sub(lambda m: "%s" if m.group(0) == "?" else m.group(0), sql)


def to_params(params: Any) -> Any:
    """Booleans as 0/1: flag columns are INTEGER on both engines."""
    if not params:
        return params
    return [int(p) if isinstance(p, bool) else p for p in params]


class PostgresDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database, speaking the store's SQLite-flavoured raw SQL."""

    def _connect(self):
        import psycopg2.extensions as ext

        conn = super()._connect()
        as_text = ext.new_type(_TEXT_TYPES, "JOBTUI_ISO_TEXT", lambda value, cursor: value)
        ext.register_type(as_text, conn)
        return conn

    def execute_sql(self, sql, params=None, *args, **kwargs):
        return super().execute_sql(to_pyformat(sql), to_params(params), *args, **kwargs)


def open_postgres(url: str) -> PostgresDatabase:
    """A peewee database for ``url`` (libpq understands the whole URL, ``sslmode`` too)."""
    name = urlsplit(url).path.lstrip("/") or None
    return PostgresDatabase(name, dsn=url, autoconnect=True)


def engine_description(db) -> str:
    """"PostgreSQL 15.18 (shared: several workers)" or "SQLite 3.40.1 (one worker)"."""
    if isinstance(db, PostgresqlDatabase):
        version = db.execute_sql("SHOW server_version").fetchone()[0].split()[0]
        return f"PostgreSQL {version} (shared: several workers may rate at once)"
    version = db.execute_sql("SELECT sqlite_version()").fetchone()[0]
    return f"SQLite {version} (one file: one worker at a time)"


def is_postgres() -> bool:
    """True when the open store is PostgreSQL (several workers share it)."""
    return isinstance(database.obj, PostgresqlDatabase)


class RawConnection:
    """The driver connection with sqlite3's ``execute``/``executemany`` shape, for the bulk
    paths (ingest) that bypass peewee on SQLite."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()):
        cursor = self._conn.cursor()
        cursor.execute(to_pyformat(sql), to_params(params) or ())
        return cursor

    def executemany(self, sql: str, rows: Any):
        cursor = self._conn.cursor()
        cursor.executemany(to_pyformat(sql), [to_params(r) for r in rows])
        return cursor


def raw_connection():
    """The current thread's driver connection: sqlite3's own, or PostgreSQL's wrapped."""
    conn = database.connection()
    return RawConnection(conn) if is_postgres() else conn
