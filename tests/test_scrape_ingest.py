"""Bulk ingest: canonical URLs, cross-board duplicates, re-scrapes, job detail."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from jobtui.db.models import Application, Job, Rating, Resume, SearchJob, utcnow
from jobtui.scrape.ingest import ingest_rows
from jobtui.store import searches
from jobtui.store.jobs import JobNotFound, job_detail, last_seen
from jobtui.store.listing import JobFilter, count_jobs, list_jobs
from tests.conftest import FIXTURES

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def fixture_rows() -> list[dict]:
    lines = (FIXTURES / "jobspy_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_fixture_cross_posts_and_tracking_repost(session):
    search = searches.imported_search(session.user)
    result = ingest_rows(fixture_rows(), search)
    assert (result.found, result.new, result.updated, result.duplicates) == (40, 36, 1, 3)
    assert Job.select().count() == 39  # the tracking-parameter repost is the same job
    dups = {(d.site, d.duplicate_of.site, d.duplicate_of.job_url)
            for d in Job.select().where(Job.duplicate_of.is_null(False))}
    assert dups == {
        ("linkedin", "indeed", "https://www.indeed.com/viewjob?jk=105306"),
        ("glassdoor", "linkedin", "https://www.linkedin.com/jobs/view/106849"),
        ("zip_recruiter", "glassdoor", "https://www.glassdoor.com/job-listing/j?jl=108258"),
    }
    # Same company/title/location on the same board, or a week apart: separate jobs.
    assert Job.select().where(Job.company == "Acme Analytics",
                              Job.title == "Senior Python Engineer").count() == 3
    assert count_jobs(session.user) == 36
    assert SearchJob.select().count() == 39  # duplicates stay linked to the search
    top = [r for r in list_jobs(session.user, JobFilter(sort="date"))
           if r.job_url.endswith("jk=105306")][0]
    assert top.sites == ["indeed", "linkedin"]


def test_rescrape_updates_last_seen_and_fills_missing_fields(session):
    search = searches.imported_search(session.user)
    rows = fixture_rows()[:3]
    bare = dict(rows[0], description=None)
    first = utcnow() - timedelta(days=2)
    ingest_rows([bare], search, now=first)
    job = Job.get()
    assert job.description is None and job.last_seen == first
    again = ingest_rows(rows, search)
    assert (again.new, again.updated) == (2, 1)
    job = Job.get_by_id(job.id)
    assert job.first_seen == first and last_seen(job) > first
    assert job.last_seen == first  # moved in job_seen: the job row itself is not rewritten
    assert job.description.startswith("## About Acme")  # filled in, and searchable:
    assert [r.id for r in list_jobs(session.user, JobFilter(query="millions acme"))] == [job.id]
    assert ingest_rows(rows, search).new == 0 and Job.select().count() == 3


def test_ingest_skips_bad_rows_and_keeps_the_rest(session):
    search = searches.imported_search(session.user)
    rows = [{"title": "no url"}, {"job_url": "https://x.com/1", "title": "Good"}, "junk",
            {"job_url": "https://x.com/2", "title": ""}]
    result = ingest_rows(rows, search)
    assert result.found == 1 and result.new == 1
    assert [index for index, _ in result.problems] == [0, 2, 3]
    assert result.problems[0][1] == "no job_url"


def test_ingest_links_an_existing_job_to_another_search(session):
    one = searches.find_or_create_search(session.user, search_term=["a"], job_source=["indeed"])
    two = searches.find_or_create_search(session.user, search_term=["b"], job_source=["indeed"])
    row = {"job_url": "https://x.com/1", "title": "T", "site": "indeed"}
    ingest_rows([row], one)
    assert ingest_rows([row], two).updated == 1
    assert count_jobs(session.user, JobFilter(search_id=two.id)) == 1


def test_ingest_batches_agree_with_one_batch(session):
    search = searches.imported_search(session.user)
    result = ingest_rows(fixture_rows(), search, batch_size=7)
    assert (result.new, result.updated, result.duplicates) == (36, 1, 3)


def test_job_detail_shows_boards_rating_and_application(session):
    user = session.user
    search = searches.imported_search(user)
    ingest_rows(fixture_rows(), search)
    canonical = Job.get(Job.job_url == "https://www.indeed.com/viewjob?jk=105306")
    dup = Job.get(Job.duplicate_of == canonical)
    resume = Resume.create(user=user, content="x", content_hash="h", is_active=True)
    Rating.create(job=canonical, resume=resume, model="m", rating=88, justification="Good fit.",
                  relevant_data={"matched_skills": ["Python"]})
    Application.create(user=user, job=canonical, status="applied", note="sent CV")
    detail = job_detail(dup.id, user)  # asking for the cross-post shows the canonical job
    assert detail.id == canonical.id and detail.duplicate_of == canonical.id
    assert detail.sites == ["indeed", "linkedin"]
    assert [p.job_url for p in detail.postings] == [canonical.job_url, dup.job_url]
    assert detail.rating == 88 and detail.justification == "Good fit."
    assert detail.relevant_data == {"matched_skills": ["Python"]}
    assert (detail.status, detail.note) == ("applied", "sent CV")
    assert detail.description.startswith("## About Acme") and detail.is_remote is True
    plain = job_detail(Job.get(Job.site == "glassdoor").id, user)
    assert plain.rating is None and plain.status == "new" and plain.duplicate_of is None
    assert plain.extra.get("company_url", "").startswith("https://")
    try:
        job_detail(10**9, user)
    except JobNotFound as exc:
        assert str(exc) == f"no job {10**9}"
    else:
        raise AssertionError("JobNotFound not raised")


def bulk_rows(count: int, start: int = 0) -> list[dict]:
    return [{"job_url": f"https://x.com/j/{n}", "title": f"Engineer {n}", "site": "indeed",
             "company": f"Co {n}", "description": f"needle{n % 7} work"}
            for n in range(start, start + count)]


def trigger_exists() -> bool:
    from jobtui.db.models import database

    return database.execute_sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                " AND name = 'job_fts_insert'").fetchone()[0] == 1


@pytest.mark.sqlite_only  # about FTS5's trigger
def test_big_batches_index_full_text_in_bulk_and_keep_the_trigger(session):
    from jobtui.db.models import database

    search = searches.imported_search(session.user)
    result = ingest_rows(bulk_rows(2500), search, batch_size=1200)
    assert result.new == 2500 and trigger_exists()
    database.execute_sql("INSERT INTO job_fts (job_fts) VALUES ('integrity-check')")
    assert count_jobs(session.user, JobFilter(query="needle3")) == len(range(3, 2500, 7))
    ingest_rows(bulk_rows(5, start=5000), search)  # small ingest: the trigger indexes it
    assert count_jobs(session.user, JobFilter(query="engineer 5004")) == 1


@pytest.mark.sqlite_only  # about FTS5's trigger
def test_a_failure_mid_ingest_stores_nothing_and_restores_the_trigger(session):
    search = searches.imported_search(session.user)

    def rows():
        yield from bulk_rows(1500)
        raise OSError("disk went away")

    try:
        ingest_rows(rows(), search, batch_size=1500)
    except OSError:
        pass
    else:
        raise AssertionError("the error was swallowed")
    assert Job.select().count() == 0 and trigger_exists()
    ingest_rows(bulk_rows(3), search)
    assert count_jobs(session.user, JobFilter(query="engineer")) == 3


def test_reimport_skips_unchanged_records_without_normalizing_them(session, monkeypatch):
    from jobtui.scrape import prepare

    search = searches.imported_search(session.user)
    first = ingest_rows(fixture_rows(), search)
    normalized = []
    real = prepare.normalized_values
    monkeypatch.setattr(prepare, "normalized_values",
                        lambda raw: normalized.append(raw) or real(raw))
    rows = fixture_rows()
    rows[0] = {**rows[0], "job_type": "contract"}  # one record changed since
    later = utcnow() + timedelta(hours=1)
    again = ingest_rows(rows, search, now=later)
    assert (again.found, again.new, again.duplicates) == (first.found, 0, 0)
    assert again.updated == first.found
    # Parsed again: the changed record, and the tracking-parameter repost (its job was stored
    # from its twin's record, so its own hash is not stored).
    assert len(normalized) == 2 and normalized[0] == rows[0]
    assert all(last_seen(job) == later for job in Job.select())
    assert sum(c.found for c in again.by_site.values()) == first.found


@pytest.mark.sqlite_only  # opens the file with sqlite3
def test_a_big_import_commits_in_chunks(session, monkeypatch):
    import sqlite3

    from jobtui.db.models import database
    from jobtui.scrape import ingest

    monkeypatch.setattr(ingest, "COMMIT_SECONDS", 0)  # commit after every batch
    path = database.database
    stored_before_batch = []

    def records():
        for n, row in enumerate(fixture_rows()[:6]):
            if n % 2 == 0:  # another connection sees what earlier batches stored
                other = sqlite3.connect(path)
                stored_before_batch.append(other.execute("SELECT COUNT(*) FROM job").fetchone()[0])
                other.close()
            yield row

    result = ingest_rows(records(), searches.imported_search(session.user), batch_size=2)
    assert result.found == 6 and stored_before_batch == [0, 2, 4]


@pytest.mark.sqlite_only  # about SQLite's WAL checkpoints
def test_an_ingest_checkpoints_the_wal_less_often_and_restores_the_setting(session):
    from jobtui.db.models import database
    from jobtui.scrape import ingest
    from jobtui.scrape.prepare import prepare_batch

    def setting() -> int:
        return database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]

    before, during = setting(), []

    def batches():
        during.append(setting())  # read while the ingest runs
        yield prepare_batch(list(enumerate(fixture_rows())))

    result = ingest.ingest_prepared(batches(), searches.imported_search(session.user))
    assert result.new > 0
    assert during == [ingest._INGEST_CHECKPOINT_PAGES] and before < during[0]
    assert setting() == before
