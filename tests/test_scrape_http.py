"""Scraping at the HTTP level: JobSpy's own scrapers and parsers run against stubbed board
sessions (tests/board_http.py). One test (or more) per finding of issue 12."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta

import pytest

from jobtui.db.models import Job, ScrapeRun, Search
from jobtui.scrape import runner
from jobtui.store import ratings, runs, searches
from tests import rating_probe
from tests.board_http import (
    CAPTCHA_PAGE,
    GLASSDOOR_DNS_ERROR,
    INDEED_GRAPHQL,
    LINKEDIN_429,
    LINKEDIN_JOB,
    LINKEDIN_SEARCH,
    Answer,
    indeed_answer,
    indeed_job,
    linkedin_job_page,
    linkedin_search_page,
)
from tests.board_http import install as install_boards
from tests.rating_data import add_resume

T0 = datetime(2026, 11, 20, 9, 0)
CARDS = [
    (4012345671, "Senior Python Developer", "Acme", "Austin, TX", date(2026, 11, 19)),
    (4012345672, "Backend Engineer (Python)", "Globex", "Austin, TX", date(2026, 11, 18)),
]
POSTED_MS = int(datetime(2026, 11, 19, 12).timestamp() * 1000)


@pytest.fixture
def boards(monkeypatch):
    return install_boards(monkeypatch)


def make_search(session, sites, **kw):
    return searches.find_or_create_search(session.user, search_term=["python"],
                                          job_source=list(sites), **kw)


def clock(at: datetime):
    return lambda: at


def linkedin_job_pages(boards, description="<p>Build <strong>APIs</strong> in Python.</p>"):
    boards.route("GET", LINKEDIN_JOB, lambda url, body: Answer(
        200, linkedin_job_page("Python Developer", description)))


def overview(session):
    [o] = searches.search_overview(session.user)
    return o


# --- 1. LinkedIn descriptions lost silently ---------------------------------------------

def test_linkedin_job_pages_answering_429_are_reported_and_the_jobs_held_back(session, boards):
    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS)))
    boards.route("GET", LINKEDIN_JOB, LINKEDIN_429)
    add_resume(session.user)
    search = make_search(session, ["linkedin"], results_wanted=2)

    summary = runner.run_search(search, now=clock(T0))

    assert summary.found == 2 and summary.new == 2
    assert len(boards.urls(LINKEDIN_JOB)) == 2  # JobSpy really asked for each job page
    warnings = overview(session).board_warnings["linkedin"]
    assert any("429" in w and "2 job pages" in w for w in warnings), warnings
    assert any("2 jobs without a description" in w for w in warnings), warnings
    jobs = list(Job.select())
    assert [j.description for j in jobs] == [None, None]
    assert all(j.description_wanted_since == T0 for j in jobs)
    # Held back from rating while the description may still come, rated anyway after 24 h.
    assert ratings.rating_queue(now=T0 + timedelta(hours=1)) == []
    assert len(ratings.rating_queue(now=T0 + timedelta(hours=25))) == 2

    # A later scrape that gets the job pages fills the descriptions and lifts the hold.
    linkedin_job_pages(boards)
    runner.run_search(Search.get_by_id(search.id), now=clock(T0 + timedelta(hours=4)))
    jobs = list(Job.select())
    assert all("**APIs**" in j.description for j in jobs)
    assert all(j.description_wanted_since is None for j in jobs)
    assert len(ratings.rating_queue(now=T0 + timedelta(hours=5))) == 2
    assert "linkedin" not in overview(session).board_warnings


def test_a_rating_made_without_a_description_says_so(session, boards, fake_ollama):
    from jobtui.rating.processor import RatingProcessor

    session.settings.rating.host = fake_ollama.host
    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS[:1])))
    boards.route("GET", LINKEDIN_JOB, LINKEDIN_429)
    add_resume(session.user)
    runner.run_search(make_search(session, ["linkedin"], results_wanted=1),
                      now=clock(datetime(2020, 1, 1)))  # long ago: the 24 h wait is over
    summary = RatingProcessor(session, retry_delays=(0.01, 0.01)).drain()
    assert summary.rated == 1
    view = rating_probe.rating_for(session.user, Job.get().id)
    assert view.without_description is True


def test_a_job_held_back_keeps_its_search_due_until_it_is_rated(session):
    from tests.rating_data import add_job, add_search

    search = add_search(session.user, last_search=T0)
    add_resume(session.user)
    add_job(search, 1, description=None, description_wanted_since=T0)
    assert ratings.mark_searches_processed(T0 + timedelta(hours=1)) == 0  # still waiting
    assert ratings.rating_queue(now=T0 + timedelta(hours=1)) == []
    assert ratings.queue_size(now=T0 + timedelta(hours=1)) == 0
    assert len(ratings.rating_queue(now=T0 + timedelta(hours=25))) == 1
    assert ratings.queue_size(now=T0 + timedelta(hours=25)) == 1


# --- 2. Options a board ignores -----------------------------------------------------------

def test_search_add_says_which_board_ignores_which_option(capsys):
    from jobtui.cli import main

    code = main(["search", "add", "python", "--sites", "linkedin,indeed", "--job-type",
                 "fulltime", "--remote"])
    err = capsys.readouterr().err
    assert code == 0
    assert "linkedin ignores --job-type" in err and "linkedin ignores --remote" in err
    assert "indeed" not in err
    code = main(["search", "add", "python", "--sites", "glassdoor,indeed", "--country",
                 "japan"])
    err = capsys.readouterr().err
    assert code == 0 and "glassdoor does not serve japan" in err
    code = main(["search", "edit", "2", "--country", "germany"])
    assert code == 0 and "glassdoor" not in capsys.readouterr().err


def test_a_board_that_skips_the_country_is_not_shown_as_ok(session, boards):
    boards.route("POST", INDEED_GRAPHQL, indeed_answer([]))
    search = make_search(session, ["glassdoor"], country="japan")
    summary = runner.run_search(search, now=clock(T0))
    status = overview(session).board_status["glassdoor"]
    assert not status.startswith("ok"), status
    assert "isn't supported" in status and "japan" in status
    assert "glassdoor" in summary.errors
    assert ScrapeRun.get().backoff_until is None  # our setting, not a block: no back-off
    assert boards.requests == []


# --- 3. Back-off for every kind of failure ---------------------------------------------------

def test_a_captcha_page_backs_the_board_off(session, boards):
    boards.route("GET", LINKEDIN_SEARCH, Answer(200, CAPTCHA_PAGE))
    boards.route("POST", INDEED_GRAPHQL, indeed_answer([indeed_job(
        "abc123", "Python Developer", "Initech", "Austin", "TX", POSTED_MS, "<p>Python</p>")]))
    search = make_search(session, ["linkedin", "indeed"])
    summary = runner.run_search(search, now=clock(T0))
    assert summary.found == 1
    run = ScrapeRun.get(ScrapeRun.site == "linkedin")
    assert run.failure_kind == "captcha" and run.backoff_until == T0 + timedelta(hours=1)
    assert "captcha" in overview(session).board_status["linkedin"]
    asked = len(boards.urls(LINKEDIN_SEARCH))
    runner.run_search(Search.get_by_id(search.id), now=clock(T0 + timedelta(minutes=30)))
    assert len(boards.urls(LINKEDIN_SEARCH)) == asked  # skipped while backing off
    assert len(boards.urls(INDEED_GRAPHQL)) == 2


def test_http_errors_and_empty_answers_back_off_with_their_kind(session, boards):
    many = [indeed_job(f"k{n}", f"Python Developer {n}", f"Co {n}", "Austin", "TX", POSTED_MS,
                       "<p>Python</p>") for n in range(12)]
    boards.route("POST", INDEED_GRAPHQL, indeed_answer(many))
    search = make_search(session, ["indeed"], results_wanted=20)
    runner.run_search(search, now=clock(T0))
    # The same search gets nothing where it found 12: a soft block.
    boards.route("POST", INDEED_GRAPHQL, indeed_answer([]))
    runner.run_search(Search.get_by_id(search.id), now=clock(T0 + timedelta(hours=3)))
    run = ScrapeRun.select().order_by(ScrapeRun.id.desc()).get()
    assert run.failure_kind == "empty" and run.backoff_until is not None
    # A server error later backs off twice as long.
    boards.route("POST", INDEED_GRAPHQL, Answer(503, "<html>Service Unavailable</html>"))
    at = T0 + timedelta(hours=5)
    runner.run_search(Search.get_by_id(search.id), now=clock(at))
    run = ScrapeRun.select().order_by(ScrapeRun.id.desc()).get()
    assert (run.failure_kind, run.http_status) == ("http", 503)
    assert run.backoff_until == at + timedelta(hours=2)


# --- 4. hours_old from each board's own last success ---------------------------------------

def test_hours_old_is_measured_from_each_boards_last_success(session, boards):
    linkedin_job_pages(boards)
    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS)))
    boards.route("POST", INDEED_GRAPHQL, indeed_answer([]))
    search = make_search(session, ["linkedin", "indeed"], results_wanted=2)
    runner.run_search(search, now=clock(T0))
    boards.route("GET", LINKEDIN_SEARCH, LINKEDIN_429)
    runner.run_search(Search.get_by_id(search.id), now=clock(T0 + timedelta(hours=3)))
    boards.requests.clear()
    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS)))

    runner.run_search(Search.get_by_id(search.id), now=clock(T0 + timedelta(hours=30)))

    [linkedin] = boards.urls(LINKEDIN_SEARCH)
    assert f"f_TPR=r{(30 + 2) * 3600}" in linkedin  # since its own last success, 30 h ago
    [(_m, _u, body)] = [r for r in boards.requests if r[0] == "POST"]
    assert 'start: \\"29h\\"' in body.decode()  # indeed answered 27 h ago


# --- 5. Exit codes, short error lines, tracking parameters per host ----------------------------

def test_scrape_exit_codes_tell_partial_and_total_failure(capsys, boards, monkeypatch):
    from jobtui.cli import main

    boards.route("POST", INDEED_GRAPHQL, indeed_answer([indeed_job(
        "abc123", "Python Developer", "Initech", "Austin", "TX", POSTED_MS, "<p>Python</p>")]))
    boards.route("GET", LINKEDIN_SEARCH, LINKEDIN_429)
    assert main(["search", "add", "python", "--sites", "indeed"]) == 0
    assert main(["search", "add", "data", "--sites", "linkedin"]) == 0
    capsys.readouterr()
    assert main(["scrape", "--all"]) == 3  # one search failed completely
    out = capsys.readouterr().out
    assert "search 2: 0 jobs found" in out and "linkedin: 429 rate limited" in out
    assert main(["scrape", "--search", "2"]) == 1  # nothing answered
    assert main(["scrape", "--search", "1"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["scrape", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 every board of every search answered; 3 some boards" in text


def test_curl_errors_are_one_short_line_and_the_full_text_is_logged(session, boards, caplog):
    boards.route("GET", r"glassdoor\.com", Answer(curl_error=GLASSDOOR_DNS_ERROR))
    search = make_search(session, ["glassdoor"])
    with caplog.at_level(logging.WARNING):
        summary = runner.run_search(search, now=clock(T0))
    message = summary.errors["glassdoor"]
    assert "curl" not in message and "See https" not in message
    assert "cannot reach www.glassdoor.com" in message
    assert GLASSDOOR_DNS_ERROR in caplog.text
    assert ScrapeRun.get().failure_kind == "network"


def test_tracking_parameters_are_removed_per_host():
    from jobtui.scrape.urls import canonical_url

    assert canonical_url("https://www.linkedin.com/jobs/view/4012345671?position=1&pageNum=0"
                         "&refId=Ab%3D%3D&trackingId=xY%3D%3D&trk=public_jobs") == (
        "https://www.linkedin.com/jobs/view/4012345671")
    assert canonical_url("https://www.indeed.com/viewjob?jk=abc123&from=serp&tk=1h&vjs=3") == (
        "https://www.indeed.com/viewjob?jk=abc123")
    # Elsewhere the same names may identify the posting: kept.
    assert canonical_url("https://careers.example.com/job?sid=77&position=3&src=x") == (
        "https://careers.example.com/job?position=3&sid=77&src=x")
    assert canonical_url("https://careers.example.com/job?id=9&utm_source=li&gclid=1") == (
        "https://careers.example.com/job?id=9")


def test_warnings_are_json_safe_in_search_list(capsys, boards):
    from jobtui.cli import main

    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS)))
    boards.route("GET", LINKEDIN_JOB, LINKEDIN_429)
    assert main(["search", "add", "python", "--sites", "linkedin", "--results", "2"]) == 0
    main(["scrape"])
    capsys.readouterr()
    assert main(["search", "list"]) == 0
    out = capsys.readouterr().out
    assert "linkedin: ok: 2 found" in out and "2 jobs without a description" in out
    assert main(["search", "list", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert any("429" in w for w in entry["board_warnings"]["linkedin"])


def test_last_success_ignores_failed_runs(session):
    # A board's own last success is what the next window is measured from.
    search = make_search(session, ["indeed"])
    runs.record_run(search.id, "indeed", started_at=T0, finished_at=T0)
    runs.record_run(search.id, "indeed", started_at=T0 + timedelta(hours=1),
                    error="response status code 500")
    assert runs.last_success(search.id, "indeed") == T0


def test_the_tui_shows_warnings_and_the_missing_description_mark(session, boards):
    from jobtui.store.jobs import job_detail
    from jobtui.tui.screens.activity import run_line
    from jobtui.tui.widgets.job_detail import summary_text
    from jobtui.tui.widgets.searches_list import search_prompt

    boards.route("GET", LINKEDIN_SEARCH, Answer(200, linkedin_search_page(CARDS)))
    boards.route("GET", LINKEDIN_JOB, LINKEDIN_429)
    runner.run_search(make_search(session, ["linkedin"], results_wanted=2), now=clock(T0))
    pane = search_prompt(overview(session), width=200).plain
    assert "! linkedin: 2 job pages: response status code 429" in pane
    assert "linkedin: 2 jobs without a description" in pane
    [run] = runs.recent_runs()
    assert "warning: 2 job pages: response status code 429" in run_line(run).plain
    detail = summary_text(job_detail(Job.get().id, session.user)).plain
    assert "No description yet: rating waits for a later scrape" in detail
