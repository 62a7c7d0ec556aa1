"""Watched companies and remote-job feeds through the real scrape path: the runner and the
company step read a local server through the HTTP layer, ingest dedups against board jobs,
failures are recorded per source and 429s back off like the boards."""

from __future__ import annotations

import pytest

from jobtui.db.models import Job, ScrapeRun, Search
from jobtui.events import BoardError
from jobtui.scrape import runner
from jobtui.scrape.ingest import ingest_rows
from jobtui.scrape.sources import http
from jobtui.scrape.sources.companies import CompanySpecError, parse_company
from jobtui.store import companies, searches
from tests.fake_sources import FakeSources, write_config


@pytest.fixture
def server(isolated_home, monkeypatch):
    monkeypatch.setattr(http, "RETRY_DELAYS", (0.0, 0.0))
    monkeypatch.setattr(http, "HOST_SPACING", 0.0)  # retries happen, without pauses
    fake = FakeSources().start()
    write_config(fake)
    yield fake
    fake.stop()


def watch(session, spec, name=None):
    ats, slug = parse_company(spec)
    return companies.watch_company(session.user, ats, slug, name, default_name=slug.title())


def test_three_systems_land_while_a_failing_one_is_recorded(server, session):
    for spec, name in (("greenhouse:acme", "Acme Robotics"), ("lever:betapay", "Beta Payments"),
                       ("ashby:gamma", "Gamma AI"), ("workable:nosuch", None)):
        watch(session, spec, name)
    events = []
    summaries = runner.scrape_due(session, emit=events.append)
    found = {s.search_id: (s.found, s.new, s.errors) for s in summaries}
    by_spec = {f"{c.ats}:{c.slug}": c.search_id for c in companies.companies_for_user(
        session.user)}
    assert found[by_spec["greenhouse:acme"]] == (2, 2, {})
    assert found[by_spec["lever:betapay"]] == (2, 2, {})
    assert found[by_spec["ashby:gamma"]] == (1, 1, {})
    assert found[by_spec["workable:nosuch"]][2] == {
        "workable": "error: workable has no board 'nosuch' (check the name in the "
                    "careers page address)"}
    assert [e.site for e in events if isinstance(e, BoardError)] == ["workable"]
    assert {j.company for j in Job.select()} == {"Acme Robotics", "Beta Payments", "Gamma AI"}
    assert Search.get_by_id(by_spec["workable:nosuch"]).last_search is None  # tried again soon
    assert Search.get_by_id(by_spec["ashby:gamma"]).last_search is not None
    overview = {o.spec: o for o in companies.company_overview(session.user)}
    assert overview["greenhouse:acme"].total_jobs == 2
    assert overview["greenhouse:acme"].status.startswith("ok: 2 found, 2 new")
    assert overview["workable:nosuch"].status.startswith("404 not supported: workable has no board")
    assert all("jobtui/" in r.user_agent for r in server.requests)
    # Nothing is due again until the interval has passed.
    server.requests.clear()
    runner.scrape_due(session)
    assert server.paths() == ["/workable/api/v1/widget/accounts/nosuch"]


def test_a_429_backs_the_system_off_for_every_company_on_it(server, session):
    watch(session, "greenhouse:acme", "Acme Robotics")
    watch(session, "lever:betapay")
    server.retry_after = "3600"  # longer than jobtui waits: back off instead of blocking
    server.fail("/greenhouse/v1/boards/acme/jobs", 429)
    [first, second] = runner.scrape_due(session)
    assert first.errors["greenhouse"].startswith("429 rate limited, retrying after ")
    assert second.found == 2 and not second.errors  # the other system still landed
    run = ScrapeRun.get(ScrapeRun.site == "greenhouse")
    assert run.http_status == 429 and run.backoff_until > run.finished_at
    assert server.paths().count("/greenhouse/v1/boards/acme/jobs") == 1  # no retry storm

    server.requests.clear()
    [again, _] = runner.scrape_due(session, force=True)
    assert again.errors["greenhouse"].startswith("429 rate limited")
    assert "/greenhouse/v1/boards/acme/jobs" not in server.paths()  # skipped, not asked
    assert "/lever/v0/postings/betapay" in server.paths()


def test_5xx_answers_are_retried_then_succeed(server, session):
    watch(session, "ashby:gamma", "Gamma AI")
    server.fail("/ashby/posting-api/job-board/gamma", 503, 502)
    [summary] = runner.scrape_due(session)
    assert summary.found == 1 and not summary.errors
    assert server.paths().count("/ashby/posting-api/job-board/gamma") == 3


def test_a_company_job_equal_to_a_linkedin_job_is_one_cross_posted_job(server, session):
    board = searches.find_or_create_search(session.user, search_term=["python"],
                                           job_source=["linkedin"])
    ingest_rows([{"site": "linkedin", "job_url": "https://www.linkedin.com/jobs/view/77",
                  "title": "Senior Python Engineer", "company": "Acme Robotics",
                  "location": "Austin, TX, US", "date_posted": "2026-11-21"}], board)
    watch(session, "greenhouse:acme", "Acme Robotics")
    runner.scrape_due(session, search_id=companies.find_company(
        session.user, "greenhouse:acme").search_id)
    linkedin = Job.get(Job.site == "linkedin")
    copy = Job.get(Job.job_url == "https://boards.greenhouse.io/acmerobotics/jobs/4012345")
    assert copy.duplicate_of_id == linkedin.id
    from jobtui.store.listing import JobFilter, list_jobs

    rows = {r.title: r for r in list_jobs(session.user, JobFilter(), limit=50)}
    assert rows["Senior Python Engineer"].sites == ["linkedin", "greenhouse"]
    assert "Robotics Technician" in rows


def test_feeds_as_boards_of_a_saved_search(server, session):
    search = searches.find_or_create_search(
        session.user, search_term=["python", "engineer"],
        job_source=["remotive", "remoteok", "weworkremotely", "hackernews"], location="Europe")
    [summary] = runner.scrape_due(session)
    titles = {(j.site, j.title) for j in Job.select()}
    assert titles == {
        ("remotive", "Senior Python Developer"),  # worldwide: fits any location
        ("remoteok", "Senior Python Engineer"),  # "Europe"
        ("weworkremotely", "Senior Python Engineer"),  # anywhere in the world
    }  # Brazil-only and US-only jobs and the Boston, MA comment do not fit "Europe"
    assert summary.errors == {}
    assert {r.site for r in ScrapeRun.select()} == set(search.job_source)
    # Two terms, one request per feed: the answer is reused within the feed's interval.
    assert server.paths().count("/remotive/api/remote-jobs") == 1
    assert Job.get(Job.site == "remotive").job_url.startswith("https://remotive.com/")


def test_one_failing_feed_does_not_lose_the_others(server, session):
    searches.find_or_create_search(session.user, search_term=["python"],
                                   job_source=["remotive", "arbeitnow"])
    server.fail("/arbeitnow/api/job-board-api", 500, 500, 500)
    [summary] = runner.scrape_due(session)
    assert summary.found == 2 and summary.new == 2  # the two Remotive Python jobs
    assert summary.errors["arbeitnow"].startswith("500 HTTP error, retrying after ")
    assert server.paths().count("/arbeitnow/api/job-board-api") == 3  # tried three times
    assert Job.select().where(Job.site == "arbeitnow").count() == 0
    run = ScrapeRun.get(ScrapeRun.site == "arbeitnow")
    assert run.http_status == 500 and run.failure_kind == "http"
    assert run.error == f"HTTP 500 Internal Server Error from 127.0.0.1:{server.port}"
    assert run.backoff_until > run.finished_at  # like a board: every failure backs off


def test_search_form_boards_and_company_specs():
    from jobtui.scrape.boards import SearchParameterError, validate_sites

    assert validate_sites(["Indeed", "remotive", "hn", "wwr"]) == [
        "indeed", "remotive", "hackernews", "weworkremotely"]
    with pytest.raises(SearchParameterError, match="remotive"):
        validate_sites(["remotiv"])
    assert parse_company("greenhouse:stripe") == ("greenhouse", "stripe")
    assert parse_company("https://jobs.lever.co/netflix/abc") == ("lever", "netflix")
    assert parse_company("https://boards.greenhouse.io/airbnb") == ("greenhouse", "airbnb")
    assert parse_company("https://jobs.ashbyhq.com/openai") == ("ashby", "openai")
    assert parse_company("https://acme.recruitee.com/o/dev") == ("recruitee", "acme")
    for bad, message in (("stripe", "SYSTEM:SLUG"), ("bamboo:acme", "unknown system"),
                         ("greenhouse:a b", "not a board name")):
        with pytest.raises(CompanySpecError, match=message):
            parse_company(bad)


def test_feed_filter_terms_location_and_age():
    from datetime import datetime, timedelta

    from jobtui.scrape.sources.feeds import FEED_DELAY, matches

    now = datetime(2026, 11, 27, 12)
    row = {"title": "Senior Python Engineer", "_match": "backend django",
           "location": "Germany, Austria", "_posted_at": now - timedelta(hours=30)}
    assert matches(row, "python django", None, None)
    assert not matches(row, "python rust", None, None)
    assert matches(row, "engineer", "Berlin, Germany", None)
    assert not matches(row, "engineer", "Austin, TX", None)
    assert matches({**row, "location": "Worldwide"}, "engineer", "Austin, TX", None)
    # Some feeds publish a day late: a 6-hour window still keeps a job posted 30 hours ago.
    assert matches(row, "python", None, now - timedelta(hours=6) - FEED_DELAY)
    assert not matches(row, "python", None, now - timedelta(hours=6))


def test_a_feed_answering_429_backs_off_like_a_board(server, session):
    searches.find_or_create_search(session.user, search_term=["python"],
                                   job_source=["remotive", "weworkremotely"])
    server.retry_after = "86400"
    server.fail("/remotive/api/remote-jobs", 429)
    [summary] = runner.scrape_due(session)
    assert summary.errors["remotive"].startswith("429 rate limited, retrying after ")
    assert summary.found == 1  # We Work Remotely's Python job still landed
    server.requests.clear()
    [again] = runner.scrape_due(session, force=True)
    assert again.errors["remotive"].startswith("429 rate limited")
    assert "/remotive/api/remote-jobs" not in server.paths()
