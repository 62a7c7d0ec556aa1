"""A fresh PostgreSQL database per test on the server ``JOBTUI_TEST_PG`` names (``.ci/run``
starts a throwaway one). Without that variable the PostgreSQL tests skip."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SERVER_VARIABLE = "JOBTUI_TEST_PG"
SKIP_REASON = f"no test PostgreSQL ({SERVER_VARIABLE} is unset; .ci/run starts one)"
_TEMPLATE = f"jobtui_template_{os.getpid()}"
_numbers = itertools.count(1)
_template_ready = False


def server_url() -> str | None:
    return os.environ.get(SERVER_VARIABLE) or None


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _admin(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(server_url())
    conn.autocommit = True  # CREATE/DROP DATABASE cannot run in a transaction
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


def _ensure_template() -> None:
    """Migrate once into a template; every test's database is a cheap copy of it."""
    global _template_ready
    if _template_ready:
        return
    from jobtui.db.connection import open_database

    _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")
    _admin(f"CREATE DATABASE {_TEMPLATE}")
    open_database(with_database(server_url(), _TEMPLATE)).close()
    _template_ready = True


@contextmanager
def fresh_database(migrated: bool = True) -> Iterator[str]:
    """The URL of a new, empty database (already migrated unless ``migrated`` is False),
    dropped afterwards whoever still holds a connection to it."""
    name = f"jobtui_t_{os.getpid()}_{next(_numbers)}"
    if migrated:
        _ensure_template()
        _admin(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    else:
        _admin(f"CREATE DATABASE {name}")
    try:
        yield with_database(server_url(), name)
    finally:
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _no_stray_file(name)


def _no_stray_file(name: str) -> None:
    """A server database must never become a local file (one named like a test database once
    landed in the repository): the test that made one fails, naming it."""
    stray = Path.cwd() / name
    if stray.exists():
        stray.unlink()
        raise AssertionError(f"a file named like the PostgreSQL database was created: {stray}")


def drop_template() -> None:
    if _template_ready:
        _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")
