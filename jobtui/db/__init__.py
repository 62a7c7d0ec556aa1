"""Database models, connection setup and migrations."""

from jobtui.db.connection import DatabaseError, open_database
from jobtui.db.migrations import LATEST_VERSION, schema_version
from jobtui.db.models import utcnow

__all__ = ["DatabaseError", "LATEST_VERSION", "open_database", "schema_version", "utcnow"]
