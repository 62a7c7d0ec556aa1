import pytest

from jobtui.db.models import Job
from jobtui.store import applications
from jobtui.store.applications import ApplicationError

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def test_status_and_note_are_upserted_per_user(session):
    job = Job.create(job_url="https://example.com/1", title="Engineer")
    assert applications.get(session.user, job.id) is None
    applications.set_status(session.user, job.id, "interested")
    applications.set_note(session.user, job.id, "  call Tuesday  ")
    row = applications.get(session.user, job.id)
    assert (row.status, row.note) == ("interested", "call Tuesday")
    applications.set_status(session.user, job.id, "applied")
    assert applications.get(session.user, job.id).note == "call Tuesday"
    applications.set_note(session.user, job.id, "")
    assert applications.get(session.user, job.id).note is None


def test_bad_status_missing_job_and_long_note_are_one_line_errors(session):
    job = Job.create(job_url="https://example.com/2", title="Engineer")
    with pytest.raises(ApplicationError, match="unknown status 'maybe'"):
        applications.set_status(session.user, job.id, "maybe")
    with pytest.raises(ApplicationError, match="job 999 does not exist"):
        applications.set_status(session.user, 999, "applied")
    with pytest.raises(ApplicationError, match="at most"):
        applications.set_note(session.user, job.id, "x" * 20_000)
    assert applications.get(session.user, job.id) is None
