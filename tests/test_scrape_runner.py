"""The scrape runner against a stubbed ``jobspy.scrape_jobs`` returning DataFrames built the
way JobSpy 1.4 builds them (from its own JobPost model)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from jobtui.db.models import ScrapeRun, Search, SearchJob, User
from jobtui.events import BoardError, JobsScraped, Progress
from jobtui.scrape import board_errors, runner
from jobtui.store import runs, searches


def post(n: int, *, title="Python Developer", company="Acme", city="Austin", state="TX",
         posted=date(2026, 11, 20), description="Build **things** in Python.", **extra):
    from jobspy.model import CompensationInterval, Country, JobPost, JobType, Location

    return JobPost(
        id=f"x-{n}", job_url=extra.pop("job_url", f"https://jobs.example.com/view/{n}"),
        title=title, company=company,
        location=Location(city=city, state=state, country=Country.USA), date_posted=posted,
        job_type=[JobType.FULL_TIME], interval=CompensationInterval.YEARLY,
        min_amount=100000.0, max_amount=150000.0, currency="USD", is_remote=False,
        description=description, **extra,
    )


def frame(posts_by_site: dict, errors: dict | None = None, warnings: dict | None = None):
    """A DataFrame exactly as jobspy.scrape_jobs assembles one."""
    import pandas as pd
    from jobspy import column_types
    from jobspy.model import JobPost

    rows = [job.model_copy(update={"site": site})
            for site, jobs in posts_by_site.items() for job in jobs]
    jobs_df = pd.DataFrame([job.model_dump() for job in rows], columns=list(JobPost.model_fields))
    if rows:
        jobs_df = jobs_df.sort_values(by=["site", "date_posted"], ascending=[True, False]
                                      ).reset_index(drop=True)
    else:
        jobs_df = jobs_df.astype(column_types)
    jobs_df.attrs = {"errors": errors or {}, "warnings": warnings or {}}
    return jobs_df


class FakeJobSpy:
    """Stands in for jobspy.scrape_jobs: per-site posts, errors, and sites that raise."""

    def __init__(self, posts=None, errors=None, raising=(), warnings=None):
        self.posts = posts or {}
        self.errors = errors or {}
        self.raising = set(raising)
        self.warnings = warnings or {}
        self.calls: list[dict] = []

    def __call__(self, **kwargs):
        from jobspy.model import ScraperInput

        # The arguments must pass JobSpy's own validation, exactly as scrape_jobs checks them.
        ScraperInput.model_validate({k: v for k, v in kwargs.items()
                                     if not (v is None or isinstance(v, str) and not v)})
        self.calls.append(kwargs)
        sites = list(kwargs["site_name"])
        if self.raising & set(sites):
            raise RuntimeError(f"{sorted(self.raising & set(sites))[0]} crashed")
        term = kwargs["search_term"]
        posts = {s: [p for p in self.posts.get(s, []) if term in p.title.lower()
                     or not term] for s in sites}
        return frame(posts, {s: e for s, e in self.errors.items() if s in sites},
                     {s: w for s, w in self.warnings.items() if s in sites})


@pytest.fixture
def fake(monkeypatch):
    import jobspy

    stub = FakeJobSpy()
    monkeypatch.setattr(jobspy, "scrape_jobs", stub)
    return stub


def make_search(session, sites=("indeed", "linkedin"), terms=("python",), **kw):
    return searches.find_or_create_search(session.user, search_term=list(terms),
                                          job_source=list(sites), **kw)


def test_one_call_per_term_with_the_search_parameters(session, fake):
    fake.posts = {"indeed": [post(1), post(2, title="Data python engineer")],
                  "linkedin": [post(3, title="Python Dev", company="Beta")]}
    search = make_search(session, terms=("python", "data"), location="Austin, TX",
                         country="germany", job_type="contract", results_wanted=7)
    events = []
    [summary] = runner.scrape_due(session, emit=events.append)
    assert len(fake.calls) == 4  # one step per board and term (the boards run in parallel)
    assert sorted((c["search_term"], c["site_name"][0]) for c in fake.calls) == [
        ("data", "indeed"), ("data", "linkedin"), ("python", "indeed"), ("python", "linkedin")]
    [call] = [c for c in fake.calls if c["site_name"] == ["indeed"]
              and c["search_term"] == "python"]
    assert call["location"] == "Austin, TX" and call["country_indeed"] == "germany"
    assert call["job_type"] == "contract" and call["results_wanted"] == 7
    assert call["description_format"] == "markdown" and call["fetch_description"] is True
    assert call["hours_old"] is None  # first run: no narrowing
    assert summary == runner.SearchRunSummary(search.id, found=4, new=3, errors={},
                                              answered=("indeed", "linkedin"))
    assert "scraping indeed, linkedin for 'python'" in [e.activity for e in events
                                                         if isinstance(e, Progress)]
    assert [e for e in events if isinstance(e, JobsScraped)] == [
        JobsScraped(search_id=search.id, found=4, new=3, at=events[-1].at)]
    assert Search.get_by_id(search.id).last_search is not None
    assert SearchJob.select().where(SearchJob.search == search.id).count() == 3
    assert {(r.site, r.jobs_found, r.jobs_new, r.error) for r in ScrapeRun.select()} == {
        ("indeed", 3, 2, None), ("linkedin", 1, 1, None)}


def test_board_error_in_attrs_backs_off_and_keeps_the_other_board(session, fake):
    fake.posts = {"indeed": [post(1)]}
    fake.errors = {"linkedin": "response status code 429 (blocked: use a proxy)"}
    search = make_search(session)
    events = []
    [summary] = runner.scrape_due(session, emit=events.append)
    assert summary.found == 1 and summary.new == 1
    assert summary.errors["linkedin"].startswith("429 rate limited, retrying after ")
    [error] = [e for e in events if isinstance(e, BoardError)]
    assert error.site == "linkedin" and error.message == summary.errors["linkedin"]
    run = ScrapeRun.get(ScrapeRun.site == "linkedin")
    assert run.http_status == 429 and run.backoff_until > run.finished_at
    assert Search.get_by_id(search.id).last_search is not None  # indeed answered
    status = searches.search_overview(session.user)[0].board_status
    assert status["linkedin"].startswith("429 rate limited, retrying after 20")
    assert status["indeed"].startswith("ok: 1 found, 1 new")

    # Forced again: the blocked board is skipped (not asked), the other one still runs.
    fake.calls.clear()
    [again] = runner.scrape_due(session, force=True)
    assert [c["site_name"] for c in fake.calls] == [["indeed"]]
    assert again.errors["linkedin"].startswith("429 rate limited")


def test_backoff_grows_with_repeated_blocks(session):
    search = make_search(session)
    start = runs.utcnow()
    first = runs.record_run(search.id, "linkedin", started_at=start, error="status code 429",
                            finished_at=start)
    second = runs.record_run(search.id, "linkedin", started_at=start, error="HTTP 403",
                             finished_at=start)
    assert first.backoff_until - start == timedelta(hours=1)
    assert second.http_status == 403 and second.backoff_until - start == timedelta(hours=2)
    runs.record_run(search.id, "linkedin", started_at=start, finished_at=start, found=3)
    third = runs.record_run(search.id, "linkedin", started_at=start, error="429",
                            finished_at=start)
    assert third.backoff_until - start == timedelta(hours=1)  # a success resets it
    assert runs.describe_backoff(second).startswith("403 blocked, retrying after ")


def test_an_exception_from_one_board_does_not_lose_the_others(session, fake):
    fake.posts = {"indeed": [post(1)], "linkedin": [post(2)]}
    fake.raising = {"linkedin"}
    search = make_search(session)
    events = []
    [summary] = runner.scrape_due(session, emit=events.append)
    assert summary.found == 1 and summary.new == 1
    assert summary.errors["linkedin"].startswith(
        "crashed: RuntimeError: linkedin crashed, retrying after ")
    assert ScrapeRun.get(ScrapeRun.site == "linkedin").failure_kind == "exception"
    assert sorted(c["site_name"][0] for c in fake.calls) == ["indeed", "linkedin"]
    assert Search.get_by_id(search.id).last_search is not None


def test_empty_result_and_all_boards_failing(session, fake):
    search = make_search(session)
    [summary] = runner.scrape_due(session)
    assert summary == runner.SearchRunSummary(search.id, 0, 0, {}, ("indeed", "linkedin"))
    assert Search.get_by_id(search.id).last_search is not None  # boards answered, no jobs

    other = make_search(session, terms=("rust",))
    fake.errors = {"indeed": "boom", "linkedin": "unexpected page with no jobs (blocked?)"}
    [failed] = runner.scrape_due(session, search_id=other.id)
    assert set(failed.errors) == {"indeed", "linkedin"}
    assert failed.errors["indeed"].startswith("crashed: boom, retrying after ")
    assert failed.errors["linkedin"].startswith("captcha or a page without jobs: unexpected "
                                                "page with no jobs (blocked?), retrying after")
    assert Search.get_by_id(other.id).last_search is None  # nobody answered: not moved


def test_scrape_due_picks_due_searches_and_narrows_hours_old(session, fake):
    due = make_search(session, terms=("python",))
    fresh = make_search(session, terms=("java",), interval_hours=5)
    now = runner.utcnow()
    Search.update(last_search=now - timedelta(hours=1)).where(Search.id == fresh.id).execute()
    Search.update(last_search=now - timedelta(hours=4, minutes=30)).where(
        Search.id == due.id).execute()
    assert [s.id for s in runner.due_searches(now)] == [due.id]
    assert [s.id for s in runner.due_searches(now + timedelta(hours=5))] == [due.id, fresh.id]
    for site in ("indeed", "linkedin"):  # each board's own last success is the measure
        runs.record_run(due.id, site, started_at=now - timedelta(hours=4, minutes=30))
    runner.scrape_due(session)
    assert [c["search_term"] for c in fake.calls] == ["python", "python"]
    assert fake.calls[0]["hours_old"] == 5 + runner.HOURS_OLD_OVERLAP
    fake.calls.clear()
    runner.scrape_due(session, force=True)
    assert sorted(c["search_term"] for c in fake.calls) == ["java", "java", "python", "python"]


def test_unfollowed_and_imported_searches_are_never_due(session, fake):
    search = make_search(session)
    searches.imported_search(session.user)
    searches.unfollow_search(session.user, search)
    assert runner.due_searches() == []
    assert runner.scrape_due(session, force=True) == []
    assert fake.calls == []


def test_stop_between_terms_keeps_last_search(session, fake):
    search = make_search(session, terms=("python", "data"))
    stop = threading.Event()

    def emit(event):
        if isinstance(event, Progress) and "for 'python'" in event.activity:
            stop.set()  # the user quits while the first term runs

    runner.scrape_due(session, emit=emit, stop=stop)
    assert [c["search_term"] for c in fake.calls] == ["python", "python"]
    assert Search.get_by_id(search.id).last_search is None  # run again next time
    assert ScrapeRun.select().count() == 2


def test_hostile_text_is_cleaned_at_ingest(session, fake):
    fake.posts = {"indeed": [post(1, title="\x1b[31mRed\x1b[0m Python\x07 Dev\r\n",
                                  company="Evil\x00 Corp\x9b",
                                  description="line1\r\nline2\x1b]8;;http://x\x07link\x1b]8;;\x07")]}
    make_search(session)
    runner.scrape_due(session)
    from jobtui.db.models import Job

    job = Job.get()
    assert job.title == "Red Python Dev"
    assert job.company == "Evil Corp"
    assert job.description == "line1\nline2link"


def test_runner_uses_a_user_for_searches_of_others(session, fake):
    other = User.create(name="other")
    search = searches.find_or_create_search(other, search_term=["go"], job_source=["indeed"])
    with pytest.raises(searches.SearchNotFound):
        runner.scrape_due(session, search_id=999)
    [summary] = runner.scrape_due(session, search_id=search.id)  # the worker scrapes for all
    assert summary.search_id == search.id


def test_network_errors_are_shortened(session, fake):
    fake.errors = {"indeed": "HTTPSConnectionPool(host='apis.indeed.com', port=443): Max "
                             "retries exceeded with url: /graphql (Caused by "
                             "NameResolutionError(\"...\"))",
                   "linkedin": "HTTPSConnectionPool(host='www.linkedin.com', port=443): Read "
                               "timed out. (read timeout=15)"}
    make_search(session)
    [summary] = runner.scrape_due(session)
    assert summary.errors["indeed"].startswith(
        "network error: cannot reach apis.indeed.com: name lookup failed (offline or DNS "
        "blocked?), retrying after ")
    assert summary.errors["linkedin"].startswith(
        "network error: www.linkedin.com did not answer in time, retrying after ")
    assert board_errors.short_error("x" * 500).endswith("…") and len(
        board_errors.short_error("x" * 500)) == 160
