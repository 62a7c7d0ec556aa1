"""One opened jobtui: resolved settings, the database and the current user."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import DatabaseError, SqliteDatabase

from jobtui.config import Settings
from jobtui.db import open_database
from jobtui.db.models import User
from jobtui.store.users import get_or_create_user


@dataclass
class Session:
    settings: Settings
    db: SqliteDatabase
    user: User

    def close(self) -> None:
        """Close the database, first letting SQLite refresh the planner statistics this
        connection's queries would benefit from (``PRAGMA optimize``: usually nothing)."""
        if not self.db.is_closed():
            try:
                self.db.execute_sql("PRAGMA busy_timeout = 0")  # never wait for a writer here
                self.db.execute_sql("PRAGMA optimize")
            except DatabaseError:  # busy, read-only or full: the statistics can wait
                pass
        self.db.close()


def open_session(settings: Settings) -> Session:
    """Open the database named in ``settings`` and select (creating) the user."""
    db = open_database(settings.db_path)
    return Session(settings, db, get_or_create_user(settings.user))
