"""Users sharing one store (a PostgreSQL server, or one SQLite file) never see each other's
resume, ratings, statuses or notes: every store read is scoped to the current user."""

from jobtui.db.models import Rating
from jobtui.store import applications, ratings, resumes
from jobtui.store.jobs import job_detail
from jobtui.store.listing import JobFilter, list_jobs
from jobtui.store.matches import matches_for_jobs
from jobtui.store.ratings import RatingRecord
from jobtui.store.users import get_or_create_user
from tests import rating_probe
from tests.rating_data import add_job, add_resume, add_search

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def test_one_user_never_sees_anothers_resume_ratings_or_notes(session):
    ana, ben = get_or_create_user("ana"), get_or_create_user("ben")
    search = add_search(ana)  # both follow the same search: they share its jobs
    add_search(ben)
    job = add_job(search, 1)
    secret = add_resume(ana, "Ana's resume: twelve years of COBOL at <ORG>.")
    ratings.save_rating(RatingRecord(
        job_id=job.id, resume_id=secret.id, model="m", token_limit=4096,
        system_prompt_id=None, user_prompt="u", temperature=0.1, rating=93,
        justification="Ana fits"))
    applications.set_status(ana, job.id, "applied")
    applications.set_note(ana, job.id, "Ana's private note")

    assert resumes.active_resume(ben) is None
    assert resumes.list_resumes(ben) == []
    assert resumes.get_resume(ben, secret.id) is None
    assert applications.get(ben, job.id) is None
    detail = job_detail(job.id, ben)
    assert (detail.rating, detail.justification, detail.note, detail.status) == (
        None, None, None, "new")
    assert rating_probe.rating_for(ben, job.id) is None
    [row] = list_jobs(ben, JobFilter())
    assert (row.id, row.rating, row.status) == (job.id, None, None)
    assert matches_for_jobs(ben, [job.id], min_rating=0) == []
    assert rating_probe.rating_counts(ben).rated == 0

    # Ana sees all of it: the test above cannot pass by showing nothing to anybody.
    assert resumes.active_resume(ana).id == secret.id
    mine = job_detail(job.id, ana)
    assert (mine.rating, mine.note, mine.status) == (93, "Ana's private note", "applied")
    assert [r.rating for r in list_jobs(ana, JobFilter())] == [93]
    assert Rating.select().count() == 1

    # Ben's own resume and note stay his, and Ana's stay hers.
    add_resume(ben, "Ben's resume: Rust and embedded systems.")
    applications.set_note(ben, job.id, "Ben's note")
    assert applications.get(ana, job.id).note == "Ana's private note"
    assert "Rust" not in resumes.active_resume(ana).content
    assert job_detail(job.id, ben).rating is None
