"""The one clock every stored and emitted timestamp comes from (a base module: imports nothing
of jobtui, so events and the database layer can both use it)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC timestamp: every datetime in the database is stored this way."""
    return datetime.now(UTC).replace(tzinfo=None)
