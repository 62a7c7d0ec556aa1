"""Bad input found by using the product (QA pass): one line, a non-zero exit, no traceback."""

from __future__ import annotations

import pytest

from jobtui.cli import main

HUGE = str(2**63)  # one past SQLite's largest integer


def exit_code(argv: list[str]) -> int:
    """What `jobtui ARGV` exits with (argparse exits on its own for a usage error)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.mark.parametrize("argv", [
    ["search", "rm", HUGE],
    ["jobs", "--limit", HUGE],
    ["search", "edit", HUGE, "--location", "x"],
    ["resume", "show", HUGE],
    ["resume", "activate", HUGE],
    ["jobs", "--search", HUGE],
    ["scrape", "--search", HUGE],
    ["company", "rm", HUGE],
    ["import", "tests/fixtures/jobspy_sample.jsonl", "--search", HUGE],
    ["search", "add", "python", "--hours-old", HUGE],
    ["prefs", "set", "--max-age", "99999999999999999999"],
    ["digest", "--since", "99999999999d"],
    ["digest", "--since", "0001-01-01T00:00+05:00"],
])
def test_huge_numbers_are_refused_in_one_line(argv, capsys):
    code = exit_code(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "unexpected error" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_an_unknown_currency_after_a_salary_is_refused(capsys):
    assert main(["prefs", "set", "--min-salary", "70k XYZ"]) == 2
    assert "unknown currency XYZ" in capsys.readouterr().err
    assert main(["jobs", "--min-salary", "70k xyz"]) == 2
    assert "unknown currency XYZ" in capsys.readouterr().err


def test_rate_without_a_resume_says_so(capsys):
    main(["import", "tests/fixtures/jobspy_sample.jsonl"])
    capsys.readouterr()
    assert main(["rate"]) == 2
    assert "resume add" in capsys.readouterr().err


def test_filtered_jobs_keep_readable_titles_at_80_columns(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    main(["import", "tests/fixtures/jobspy_sample.jsonl"])
    main(["prefs", "set", "--locations", "Austin, Denver, remote"])
    capsys.readouterr()
    assert main(["jobs", "--filtered"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any("Senior Py" in line and "location" in line for line in lines), lines


def test_an_unreachable_or_silent_source_is_a_network_error_not_a_crash():
    import socket

    from jobtui.scrape.sources.http import SourceClient, SourceError
    from jobtui.store.runs import failure_kind

    with SourceClient(retry_delays=()) as client, pytest.raises(SourceError) as refused:
        client.get("http://127.0.0.1:9/api")
    assert failure_kind(str(refused.value)) == "network", refused.value
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/api"
        with SourceClient(retry_delays=()) as client, pytest.raises(SourceError) as late:
            client.get(url, timeout=0.2)
    assert failure_kind(str(late.value)) == "network", late.value


@pytest.mark.parametrize("line", ["[alerts]\nemail_every_hours = inf",
                                  "[scraping]\ninterval_hours = inf",
                                  "[rating]\ntimeout = nan"])
def test_an_infinite_number_in_the_settings_is_one_line(tmp_path, capsys, line):
    config = tmp_path / "config.toml"
    config.write_text(line + "\n")
    assert main(["--config", str(config), "run", "--once"]) == 2
    err = capsys.readouterr().err
    assert ("inf" in err or "nan" in err) and len(err.strip().splitlines()) == 1, err


def test_feeds_say_which_search_options_they_ignore(capsys):
    assert main(["search", "add", "python", "--sites", "remotive,hackernews",
                 "--job-type", "fulltime", "--remote"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("jobtui: warning: remotive ignores --job-type") for line in err)
    assert any(line.startswith("jobtui: warning: hackernews ignores --job-type") for line in err)
    assert any(line.startswith("jobtui: warning: hackernews ignores --remote") for line in err)
    assert not any("remotive ignores --remote" in line for line in err)  # remote jobs only


def test_a_careers_address_on_an_unknown_site_is_named_as_such(capsys):
    assert main(["company", "add", "https://careers.example.com/jobs"]) == 2
    err = capsys.readouterr().err
    assert "careers.example.com" in err and "unknown system 'https'" not in err, err


def test_filtered_with_nothing_filtered_says_so(capsys):
    main(["import", "tests/fixtures/jobspy_sample.jsonl"])
    capsys.readouterr()
    assert main(["jobs", "--filtered"]) == 0
    assert capsys.readouterr().out.startswith("no job your preferences filter out matches")


def test_a_currency_given_its_rate_in_the_same_command_is_accepted(capsys):
    assert main(["prefs", "set", "--rates", "XYZ=2", "--currency", "XYZ",
                 "--min-salary", "70k XYZ"]) == 0
    out = capsys.readouterr().out
    assert "70k XYZ/yr" in out and "XYZ=2" in out, out
