"""The search, scrape, import, jobs and export commands, and search edits shared by users."""

from __future__ import annotations

import json

import pytest

from jobtui.cli import main
from jobtui.db.models import Search, User, UserSearch
from jobtui.store import searches
from tests.conftest import FIXTURES
from tests.test_scrape_runner import FakeJobSpy, post


def cli(capsys, *args, user="tester"):
    code = main(["--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_add_list_edit_rm(capsys, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    code, out, err = cli(capsys, "search", "add", "python developer", "data engineer",
                         "--location", "Austin, TX", "--sites", "indeed,LinkedIn,google",
                         "--country", "US", "--results", "30", "--every", "6",
                         "--job-type", "full-time", "--remote")
    assert code == 0 and out.strip() == "1"
    assert "google returns no jobs" in err
    search = Search.get_by_id(1)
    assert search.job_source == ["indeed", "linkedin", "google"]
    assert (search.country, search.results_wanted, search.interval_hours) == ("usa", 30, 6.0)
    assert (search.job_type, search.is_remote) == ("fulltime", True)

    code, out, _ = cli(capsys, "search", "list")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TERMS", "LOCATION", "LAST", "RUN", "JOBS", "NEW", "BEST"]
    assert "python developer, data engineer" in lines[1] and "never" in lines[1]
    assert lines[2].strip() == "indeed: not run yet"
    assert all(len(line) <= 80 for line in lines)

    code, out, _ = cli(capsys, "search", "edit", "1", "--results", "10", "--no-remote")
    assert code == 0 and out.strip() == "search 1 updated"
    assert Search.get_by_id(1).results_wanted == 10 and not Search.get_by_id(1).is_remote

    code, out, _ = cli(capsys, "search", "list", "--json")
    [entry] = json.loads(out)
    assert entry["id"] == 1 and entry["board_status"]["linkedin"] == "not run yet"

    code, out, _ = cli(capsys, "search", "rm", "1")
    assert code == 0 and "removed" in out
    assert "no saved searches" in cli(capsys, "search", "list")[1]


@pytest.mark.parametrize("args, message", [
    (["--sites", "monster"], "unknown board 'monster'; boards: linkedin, indeed"),
    (["--country", "germny"], "did you mean germany?"),
    (["--results", "0"], "results must be a whole number from 1 to 1000"),
    (["--job-type", "gig"], "job types: fulltime"),
    (["--every", "-1"], "interval must be more than 0"),
    (["--distance", "-5"], "distance must be a whole number of at least 0"),
])
def test_search_add_rejects_bad_values_in_one_line(capsys, args, message):
    code, out, err = cli(capsys, "search", "add", "python", *args)
    assert code == 2 and out == ""
    assert err.startswith("jobtui: ") and message in err and err.count("\n") == 1


def test_edit_and_rm_of_unknown_search(capsys):
    for args in (["search", "edit", "7", "--results", "5"], ["search", "rm", "7"],
                 ["jobs", "--search", "7"], ["scrape", "--search", "7"],
                 ["import", str(FIXTURES / "jobspy_sample.csv"), "--search", "7"]):
        code, _, err = cli(capsys, *args)
        assert code == 2 and err.strip() == (
            "jobtui: no saved search 7; `jobtui search list` shows yours"), args


def test_edit_of_a_shared_search_moves_only_this_users_link(session):
    alice, bob = session.user, User.create(name="bob")
    params = dict(search_term=["python"], job_source=["indeed"], location="Austin")
    shared = searches.find_or_create_search(alice, **params)
    assert searches.find_or_create_search(bob, **params).id == shared.id
    moved = searches.update_search(shared, alice, location="Denver")
    assert moved.id != shared.id and moved.location == "Denver"
    assert [s.id for s in searches.searches_for_user(alice)] == [moved.id]
    assert [s.id for s in searches.searches_for_user(bob)] == [shared.id]
    assert Search.get_by_id(shared.id).location == "Austin" and Search.get_by_id(
        shared.id).enabled
    # Bob makes the same edit: he joins Alice's search and the old one is left to nobody.
    joined = searches.update_search(shared, bob, location="Denver")
    assert joined.id == moved.id
    assert not Search.get_by_id(shared.id).enabled
    assert UserSearch.select().where(UserSearch.search == moved.id).count() == 2
    # Settings that do not change what is asked stay on the same search.
    renamed = searches.update_search(joined, bob, name="denver py", interval_hours=12)
    assert renamed.id == joined.id and renamed.interval_hours == 12
    with pytest.raises(searches.JobtuiError, match="followed by 2 users"):
        searches.update_search(joined, location="Boston")


def test_edit_by_the_only_follower_changes_in_place_and_makes_it_due(session):
    search = searches.find_or_create_search(session.user, search_term=["go"],
                                            job_source=["indeed"])
    Search.update(last_search=Search.created_at).where(Search.id == search.id).execute()
    edited = searches.update_search(search, session.user, search_term=["golang"],
                                    job_source=["indeed", "linkedin"])
    assert edited.id == search.id and edited.last_search is None
    assert Search.get_by_id(search.id).search_term == ["golang"]


def test_import_jobs_and_export_commands(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = cli(capsys, "import", str(FIXTURES / "jobspy_sample.jsonl"))
    assert code == 0 and "40 jobs read, 36 new, 3 cross-posts" in out

    code, out, _ = cli(capsys, "jobs", "--limit", "50")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "RATE", "TITLE", "COMPANY", "LOCATION", "POSTED",
                                "STATUS"]
    assert len(lines) == 38 and lines[-1] == "36 of 36 jobs"
    assert max(len(line) for line in lines) <= 80

    code, out, _ = cli(capsys, "jobs", "--query", "python", "--site", "linkedin", "--json")
    rows = json.loads(out)
    assert {r["title"] for r in rows} >= {"Senior Python Engineer"}
    assert all("linkedin" in r["sites"] for r in rows)

    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = cli(capsys, "jobs", "--limit", "3", "--sort", "company")
    assert "BOARDS" in out.splitlines()[0] and "PAY" in out.splitlines()[0]

    code, out, _ = cli(capsys, "export", str(tmp_path / "remote.csv"), "--remote")
    assert code == 0 and out.strip() == f"exported 12 jobs to {tmp_path / 'remote.csv'}"

    code, _, err = cli(capsys, "jobs", "--min-rating", "101")
    assert code == 2 and "--min-rating must be 0 to 100" in err


def test_import_reports_bad_lines(capsys, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"job_url": "https://x.com/1", "title": "A"}\n{oops\n', encoding="utf-8")
    code, out, err = cli(capsys, "import", str(path))
    assert code == 0 and "1 new" in out and "1 skipped" in out
    assert f"jobtui: {path}: line 2: not valid JSON" in err


def test_scrape_command_runs_due_searches(capsys, monkeypatch):
    import jobspy

    fake = FakeJobSpy(posts={"indeed": [post(1)]},
                      errors={"linkedin": "response status code 429"})
    monkeypatch.setattr(jobspy, "scrape_jobs", fake)
    cli(capsys, "search", "add", "python", "--sites", "indeed,linkedin")
    code, out, err = cli(capsys, "scrape")
    assert code == 3  # linkedin failed: a partial failure
    assert "scraping indeed, linkedin for 'python'" in err
    assert out.startswith("search 1: 1 jobs found, 1 new (linkedin: 429 rate limited")
    code, out, _ = cli(capsys, "scrape")
    assert out.strip() == "nothing is due; `jobtui scrape --all` runs every search now"
    code, out, _ = cli(capsys, "search", "list")
    assert "linkedin: 429 rate limited, retrying after" in out


def test_search_overview_counts_jobs_new_jobs_and_best_rating(session):
    from datetime import timedelta

    from jobtui.db.models import Job, Rating, Resume, SearchJob, utcnow
    from jobtui.scrape.ingest import ingest_rows
    from tests.test_scrape_ingest import fixture_rows

    user = session.user
    search = searches.find_or_create_search(user, search_term=["x"], job_source=["indeed"])
    ingest_rows(fixture_rows(), search)
    old = Job.get(Job.job_url == "https://www.indeed.com/viewjob?jk=140148")
    SearchJob.update(first_seen=utcnow() - timedelta(days=2)).where(
        SearchJob.job == old).execute()
    [view] = searches.search_overview(user)
    assert (view.total_jobs, view.new_jobs, view.best_rating) == (36, 35, None)
    resume = Resume.create(user=user, content="x", content_hash="h", is_active=True)
    canonical = Job.get(Job.job_url == "https://www.indeed.com/viewjob?jk=105306")
    Rating.create(job=canonical, resume=resume, model="m", rating=77)
    Rating.create(job=old, resume=resume, model="m", rating=99, status="failed")
    [view] = searches.search_overview(user)
    assert view.best_rating == 77 and view.board_status == {"indeed": "not run yet"}
    assert view.terms == ["x"] and view.sites == ["indeed"] and view.last_search is None


def test_search_countries_lists_jobspy_values(capsys):
    code, out, _ = cli(capsys, "search", "countries")
    assert code == 0 and "zip_recruiter" in out and "united arab emirates" in out
    assert "us = usa" in out and "fulltime" in out


def test_the_imported_search_cannot_be_edited(capsys):
    cli(capsys, "import", str(FIXTURES / "jobspy_sample.csv"))
    code, _, err = cli(capsys, "search", "edit", "1", "--sites", "indeed")
    assert code == 2 and "holds imported jobs and is never scraped" in err
