"""Issue 13 acceptance from the command line: follow three companies on three systems plus
one feed, scrape them from a local server through the real HTTP layer, rate everything
through the fake Ollama server, and see the jobs rated with the rest."""

from __future__ import annotations

import json

import pytest

from jobtui.cli import main
from jobtui.scrape.sources import http
from tests.fake_sources import FakeSources, write_config
from tests.rating_data import FIXTURES

USER = ["--user", "tester"]


@pytest.fixture
def server(isolated_home, monkeypatch):
    monkeypatch.setattr(http, "RETRY_DELAYS", (0.0, 0.0))
    monkeypatch.setattr(http, "HOST_SPACING", 0.0)
    fake = FakeSources().start()
    write_config(fake)
    yield fake
    fake.stop()


def run(capsys, *args, code=0) -> str:
    result = main([*USER, *args])
    out, err = capsys.readouterr()
    assert result == code, err
    return out if code == 0 else err


def test_follow_three_companies_and_a_feed_then_rate(server, fake_ollama, capsys):
    out = run(capsys, "company", "add", "greenhouse:acme", "--name", "Acme Robotics")
    assert out.startswith('watching greenhouse:acme as "Acme Robotics" (company 1)')
    run(capsys, "company", "add", "lever:betapay", "--name", "Beta Payments")
    out = run(capsys, "company", "add", "https://jobs.ashbyhq.com/gamma")
    assert 'watching ashby:gamma as "Gamma"' in out
    run(capsys, "search", "add", "python", "--sites", "remotive")

    out = run(capsys, "scrape")
    lines = out.splitlines()
    assert "search 4: 2 jobs found, 2 new" in lines  # the two Remotive Python jobs
    assert "company greenhouse:acme: 2 jobs found, 2 new" in lines
    assert "company ashby:gamma: 1 jobs found, 1 new" in lines
    assert sum("jobs found" in line for line in lines) == 4

    listing = run(capsys, "company", "list")
    assert "greenhouse:acme" in listing and "Acme Robotics" in listing
    assert "greenhouse: ok: 2 found, 2 new" in listing
    assert "lever: ok: 2 found, 2 new" in listing and "ashby: ok: 1 found, 1 new" in listing

    run(capsys, "resume", "add", str(FIXTURES / "resumes" / "alex_morgan.txt"))
    assert run(capsys, "rate").startswith("rated 7, failed 0")
    jobs = json.loads(run(capsys, "jobs", "--json", "--limit", "50"))
    assert {s for j in jobs for s in j["sites"]} == {"greenhouse", "lever", "ashby", "remotive"}
    assert len(jobs) == 7 and all(j["rating"] is not None for j in jobs)
    assert len(fake_ollama.chat_requests()) == 7

    data = json.loads(run(capsys, "company", "list", "--json"))
    assert [f"{c['ats']}:{c['slug']}" for c in data] == [
        "greenhouse:acme", "lever:betapay", "ashby:gamma"]
    assert all(c["best_rating"] is not None for c in data)

    assert "stopped watching lever:betapay" in run(capsys, "company", "rm", "lever:betapay")
    assert "lever:betapay" not in run(capsys, "company", "list")
    assert "jobs stay" in run(capsys, "company", "rm", "1")


def test_mistakes_are_one_line(server, capsys):
    err = run(capsys, "company", "add", "stripe", code=2)
    assert err == ("jobtui: name a company as SYSTEM:SLUG, e.g. greenhouse:stripe (systems: "
                   "greenhouse, lever, ashby, workable, smartrecruiters, recruitee)\n")
    err = run(capsys, "company", "rm", "greenhouse:nope", code=2)
    assert err.startswith("jobtui: you watch no company 'greenhouse:nope'")
    assert run(capsys, "company", "list").startswith("no watched companies")
    run(capsys, "company", "add", "greenhouse:acme")
    err = run(capsys, "search", "edit", "1", "--results", "5", code=2)
    assert err == ("jobtui: search 1 is the watched company greenhouse:acme; change it with "
                   "`jobtui company add/rm`\n")
    err = run(capsys, "search", "add", "python", "--sites", "remotiv", code=2)
    assert "did you mean remotive?" in err
