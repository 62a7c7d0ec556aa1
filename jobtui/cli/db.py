"""``jobtui db``: run the migrations, or copy a SQLite database onto a PostgreSQL server."""

from __future__ import annotations

import argparse

from jobtui.cli.common import settings_from_args


def register(subparsers) -> None:
    p = subparsers.add_parser("db", help="database migrations and moving to a shared server")
    sub = p.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    m = sub.add_parser("migrate", help="bring the database's schema up to date")
    m.set_defaults(func=migrate)
    c = sub.add_parser("copy", help="copy this SQLite database (--db) to a PostgreSQL server")
    c.add_argument("--to", required=True, metavar="URL",
                   help="an empty database: postgresql://user@host/dbname")
    c.set_defaults(func=copy)


def migrate(args: argparse.Namespace) -> int:
    from jobtui.db import LATEST_VERSION, open_database, schema_version
    from jobtui.db.engine import redact_url
    from jobtui.db.migrations import migrate as run_migrations

    settings = settings_from_args(args)
    db = open_database(settings.db_path, upgrade=False)
    try:
        start = run_migrations(db)
        where = redact_url(str(settings.db_path))
        if start == LATEST_VERSION:
            print(f"{where}: schema {LATEST_VERSION} is current, nothing to do")
        else:
            print(f"{where}: schema {start} -> {schema_version(db)}")
    finally:
        db.close()
    return 0


def copy(args: argparse.Namespace) -> int:
    from jobtui.db.copy import copy_database
    from jobtui.db.engine import redact_url

    settings = settings_from_args(args)
    tables = copy_database(settings.db_path, args.to,
                           report=lambda t: print(f"  {t.name:<16} {t.rows:>9,} rows"))
    total = sum(t.rows for t in tables)
    print(f"copied {total:,} rows in {len(tables)} tables to {redact_url(args.to)}; "
          f"use it with --db {redact_url(args.to)} (or JOBTUI_DB)")
    return 0
