"""What the user did with a job: its status (interested, applied, hidden...) and a note."""

from __future__ import annotations

from jobtui.db.models import APPLICATION_STATUSES, Application, Job, User, database, utcnow
from jobtui.errors import JobtuiError

NOTE_MAX_CHARS = 10_000


class ApplicationError(JobtuiError):
    """An unknown status, a missing job or a note that is too long (one line, user-facing)."""


def get(user: User, job_id: int) -> Application | None:
    """The user's application row for ``job_id``, or None when they never touched it."""
    return Application.get_or_none((Application.user == user) & (Application.job == job_id))


def _upsert(user: User, job_id: int, **fields) -> Application:
    if not Job.select().where(Job.id == job_id).exists():
        raise ApplicationError(f"job {job_id} does not exist")
    with database.atomic():
        app = get(user, job_id)
        if app is None:
            return Application.create(user=user, job=job_id, updated_at=utcnow(), **fields)
        for name, value in fields.items():
            setattr(app, name, value)
        app.updated_at = utcnow()
        app.save()
    return app


def set_status(user: User, job_id: int, status: str) -> Application:
    """Record ``status`` (one of APPLICATION_STATUSES) for the user's view of ``job_id``."""
    if status not in APPLICATION_STATUSES:
        raise ApplicationError(
            f"unknown status '{status}' (use one of: {', '.join(APPLICATION_STATUSES)})"
        )
    return _upsert(user, job_id, status=status)


def set_note(user: User, job_id: int, note: str) -> Application:
    """Keep a private note on ``job_id``; an empty note removes it."""
    note = note.strip()
    if len(note) > NOTE_MAX_CHARS:
        raise ApplicationError(f"a note holds at most {NOTE_MAX_CHARS:,} characters")
    return _upsert(user, job_id, note=note or None)
