"""Each provider's recorded answer, fetched through the real HTTP layer from a local server,
parsed and normalized the way ingest stores it."""

from __future__ import annotations

from datetime import date

import pytest

from jobtui.scrape.normalize import normalize_row
from jobtui.scrape.sources import (
    arbeitnow,
    ashby,
    greenhouse,
    hackernews,
    lever,
    recruitee,
    remoteok,
    remotive,
    smartrecruiters,
    weworkremotely,
    workable,
)
from jobtui.scrape.sources.common import stored
from jobtui.scrape.sources.http import SourceClient, parse_base_urls
from tests.fake_sources import FakeSources


@pytest.fixture
def server():
    fake = FakeSources().start()
    yield fake
    fake.stop()


@pytest.fixture
def client(server, monkeypatch):
    from jobtui.scrape.sources import http

    monkeypatch.setattr(http, "HOST_SPACING", 0.0)
    with SourceClient(base_urls=parse_base_urls(server.source_urls()),
                      retry_delays=(0, 0)) as c:
        yield c


def rows_of(found):
    return [normalize_row(stored(r)) for r in found]


def test_greenhouse_unescapes_content_to_markdown(client, server):
    jobs = rows_of(greenhouse.fetch(client, "acme", "Acme Robotics"))
    first = jobs[0]
    assert (first["site"], first["title"], first["company"], first["location"]) == (
        "greenhouse", "Senior Python Engineer", "Acme Robotics", "Austin, TX")
    assert first["job_url"] == "https://boards.greenhouse.io/acmerobotics/jobs/4012345"  # gh_src
    assert first["date_posted"] == date(2026, 11, 20)
    assert "**Python**" in first["description"] and "- Design APIs" in first["description"]
    assert "&lt;" not in first["description"] and "<p>" not in first["description"]
    assert first["site_job_id"] == "greenhouse-4012345"
    assert jobs[1]["is_remote"] is True and first["is_remote"] is False
    assert server.requests[0].query == "content=true"


def test_lever_lists_salary_and_the_eu_host_fallback(client, server):
    jobs = rows_of(lever.fetch(client, "betapay", "Beta Payments"))
    go = jobs[0]
    assert (go["title"], go["location"], go["job_type"]) == ("Backend Developer (Go)", "Berlin",
                                                             "fulltime")
    assert (go["min_amount"], go["max_amount"], go["currency"], go["interval"]) == (
        70000.0, 90000.0, "EUR", "yearly")
    assert "### Requirements" in go["description"] and "- 3+ years of Go" in go["description"]
    assert go["job_url_direct"].endswith("/apply") and go["date_posted"] == date(2026, 11, 20)
    assert jobs[1]["is_remote"] is True and jobs[1]["job_type"] == "contract"
    # An account only the EU instance knows: the global host says 404, the EU host answers.
    server.fail("/lever/v0/postings/betapay", 404)
    assert len(lever.fetch(client, "betapay", "Beta Payments")) == 2
    assert server.paths()[-2:] == ["/lever/v0/postings/betapay", "/lever_eu/v0/postings/betapay"]


def test_ashby_skips_unlisted_jobs_and_reads_the_salary_component(client):
    [job] = rows_of(ashby.fetch(client, "gamma", "Gamma AI"))
    assert (job["title"], job["location"], job["job_type"]) == (
        "Staff Machine Learning Engineer", "San Francisco, CA", "fulltime")
    assert (job["min_amount"], job["max_amount"], job["currency"], job["interval"]) == (
        210000.0, 260000.0, "USD", "yearly")
    assert job["date_posted"] == date(2026, 11, 22) and "- PyTorch" in job["description"]


def test_workable_uses_the_account_name(client):
    [job] = rows_of(workable.fetch(client, "delta", "Delta"))
    assert (job["company"], job["location"], job["is_remote"], job["job_type"]) == (
        "Delta Health", "London, England, United Kingdom", True, "fulltime")
    assert job["job_url"] == "https://apply.workable.com/j/A1B2C3D4E5"
    assert "**TypeScript**" in job["description"]


def test_smartrecruiters_pages_then_reads_each_posting(client, server):
    [job] = rows_of(smartrecruiters.fetch(client, "EpsilonLogistics", "Epsilon"))
    assert (job["company"], job["location"], job["job_type"]) == (
        "Epsilon Logistics", "Warsaw, Masovian Voivodeship, PL", "fulltime")
    assert job["job_url"].startswith("https://jobs.smartrecruiters.com/EpsilonLogistics/7440")
    assert "### Qualifications" in job["description"] and "**Terraform**" in job["description"]
    assert server.requests[0].query == "limit=100&offset=0"
    assert server.paths()[1].endswith("/postings/744000012345678")


def test_recruitee_host_template_and_salary(client, server):
    [job] = rows_of(recruitee.fetch(client, "zeta", "Zeta"))
    assert (job["company"], job["location"], job["job_type"], job["interval"]) == (
        "Zeta Energy", "Amsterdam, North Holland, Netherlands", "fulltime", "yearly")
    assert (job["min_amount"], job["max_amount"]) == (65000.0, 80000.0)
    assert "- React" in job["description"] and job["date_posted"] == date(2026, 11, 18)
    assert server.paths() == ["/recruitee/zeta/api/offers/"]


def test_feeds_parse_their_documented_shapes(client):
    assert [r["title"] for r in rows_of(remotive.parse(remotive.fetch(client)))] == [
        "Senior Python Developer", "Python Backend Engineer", "Content Marketer"]
    ok = rows_of(remoteok.parse(remoteok.fetch(client)))  # the legal notice is skipped
    assert [(r["title"], r["company"], r["min_amount"]) for r in ok] == [
        ("Senior Python Engineer", "Kite Labs", 90000.0), ("Product Designer", "Pebble", None)]
    work = rows_of(arbeitnow.parse(arbeitnow.fetch(client)))
    assert work[0]["company"] == "Lumen GmbH" and work[0]["job_type"] == "fulltime"
    wwr = rows_of(weworkremotely.parse(weworkremotely.fetch(client)))
    assert (wwr[0]["company"], wwr[0]["title"], wwr[0]["location"]) == (
        "Harbor Labs", "Senior Python Engineer", "Anywhere in the World")
    assert wwr[0]["date_posted"] == date(2026, 11, 24) and "**Python**" in wwr[0]["description"]


def test_hacker_news_thread_comments_become_jobs(client, server):
    hn = rows_of(hackernews.parse(hackernews.fetch(client)))
    assert [(r["company"], r["title"], r["location"], r["is_remote"]) for r in hn] == [
        ("Tidewater Systems", "Senior Python Engineer", "Boston, MA", True),
        ("Lattice Bio", "Lab Automation Engineer", "Cambridge, UK", False)]
    assert hn[0]["job_url"] == "https://news.ycombinator.com/item?id=45770101"
    assert server.paths()[-1] == "/hackernews/api/v1/items/45770001"  # "hiring", not "hired"


def test_broken_rss_is_a_one_line_source_error():
    from jobtui.scrape.sources.http import SourceError

    with pytest.raises(SourceError, match="not valid RSS"):
        weworkremotely.parse("<rss><channel><item>")
