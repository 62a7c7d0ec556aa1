"""One opened jobtui: resolved settings, the database and the current user."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SqliteDatabase

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
        self.db.close()


def open_session(settings: Settings) -> Session:
    """Open the database named in ``settings`` and select (creating) the user."""
    db = open_database(settings.db_path)
    return Session(settings, db, get_or_create_user(settings.user))
