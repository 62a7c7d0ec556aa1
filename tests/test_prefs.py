"""Preferences decided by rules: evaluation, storage, re-evaluation and the CLI (issue 10)."""

from __future__ import annotations

from datetime import date

import pytest

from jobtui.cli import main
from jobtui.db.models import database
from jobtui.preferences import PreferenceError, Preferences, with_text
from jobtui.scrape.ingest import ingest_rows
from jobtui.store import ratings, searches
from jobtui.store.listing import list_jobs
from jobtui.store.prefs import (
    filtered_count,
    filtered_reason,
    get_prefs,
    refresh_stale,
    save_prefs,
)
from tests.rating_data import add_job, add_resume, add_search

TODAY = date(2026, 11, 27)


FACTS = dict(title="Python Developer", company="Acme", location="Austin, TX", is_remote=False,
             job_type="fulltime", interval="yearly", min_amount=90000, max_amount=120000,
             currency="USD", date_posted=date(2026, 11, 20))


@pytest.mark.parametrize(("prefs", "job", "reason"), [
    (Preferences(exclude_title=("senior",)), {"title": "Senior Python Dev"},
     "title has 'senior'"),
    (Preferences(exclude_title=("java",)), {"title": "JavaScript Developer"}, None),
    (Preferences(exclude_title=("truck driver",)), {"title": "Truck Driver, CDL-A"},
     "title has 'truck driver'"),
    (Preferences(require_title=("python", "django")), {"title": "Go Developer"},
     "title has none of python, django"),
    (Preferences(exclude_company=("acme",)), {}, "company Acme excluded"),
    (Preferences(exclude_company=("acme",)), {"company": "Acmeware"}, None),
    (Preferences(remote_only=True), {}, "not remote"),
    (Preferences(remote_only=True), {"is_remote": True}, None),
    (Preferences(locations=("Denver", "remote")), {}, "location Austin, TX not in Denver, "
     "remote"),
    (Preferences(locations=("Denver", "remote")), {"is_remote": True}, None),
    (Preferences(locations=("austin",)), {}, None),
    (Preferences(locations=("Denver",)), {"location": None}, "location unknown not in Denver"),
    (Preferences(job_types=("contract",)), {}, "job type fulltime"),
    (Preferences(job_types=("contract",)), {"job_type": None}, None),
    (Preferences(max_age_days=5), {}, "posted 2026-11-20, over 5 days ago"),
    (Preferences(max_age_days=5), {"date_posted": None}, None),
    (Preferences(min_salary=130000), {}, "salary below 130k USD/yr"),
    (Preferences(min_salary=90000), {"interval": "hourly", "min_amount": 40, "max_amount": 45},
     None),  # 45 x 2,080 = 93,600
    (Preferences(min_salary=100000), {"interval": "hourly", "min_amount": 40, "max_amount": 45},
     "salary below 100k USD/yr"),
    (Preferences(min_salary=100000, currency="EUR"), {}, None),  # 120k USD = 111k EUR
    (Preferences(min_salary=100000, currency="EUR", rates={"EUR": 1.5}), {},
     "salary below 100k EUR/yr"),
    (Preferences(min_salary=100000), {"min_amount": None, "max_amount": None}, None),
    (Preferences(min_salary=100000), {"currency": "XYZ"}, None),  # cannot compare: kept
])
def test_rules(session, prefs, job, reason):
    add_job(add_search(session.user), 1, **{**FACTS, **job})
    save_prefs(session.user, prefs, today=TODAY)
    assert filtered_reason(session.user, 1) == reason

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def test_typed_values_are_checked_with_one_line_each():
    prefs = with_text(Preferences(), "exclude_title", " nurse,  driver ,,Nurse")
    assert prefs.exclude_title == ("nurse", "driver")
    prefs = with_text(prefs, "min_salary", "70k EUR")
    assert (prefs.min_salary, prefs.currency) == (70000, "EUR")
    assert with_text(prefs, "min_salary", "").min_salary is None
    for name, text in [("max_age_days", "ten"), ("remote_only", "maybe"),
                       ("job_types", "full time"), ("min_salary", "lots"), ("rates", "EUR"),
                       ("currency", "XYZ"), ("colour", "red")]:
        with pytest.raises(PreferenceError, match=name):
            with_text(Preferences(), name, text)


def test_saving_prefs_reevaluates_every_stored_job_at_once(session):
    search = add_search(session.user)
    for n in range(6):
        add_job(search, n, title=("Registered Nurse" if n % 2 else "Python Developer"))
    assert save_prefs(session.user, Preferences(exclude_title=("nurse",))) == 3
    assert get_prefs(session.user).exclude_title == ("nurse",)
    assert filtered_reason(session.user, 2) == "title has 'nurse'"
    assert filtered_reason(session.user, 1) is None
    assert len(list_jobs(session.user)) == 3
    assert save_prefs(session.user, Preferences(exclude_title=("python",))) == 3
    assert filtered_reason(session.user, 2) is None
    assert save_prefs(session.user, Preferences()) == 0 and filtered_count(session.user) == 0


def test_new_jobs_are_evaluated_at_ingest_and_filtered_ones_never_queued(session):
    add_resume(session.user)
    save_prefs(session.user, Preferences(exclude_company=("Globex",)))
    search = searches.imported_search(session.user)
    ingest_rows([{"job_url": f"https://x.com/{n}", "title": f"Python Developer {n}",
                  "company": "Globex" if n < 2 else "Initech"} for n in range(5)], search)
    assert filtered_count(session.user) == 2
    queued = {item.job_id for item in ratings.rating_queue()}
    assert len(queued) == 3 and not queued & {1, 2}
    assert ratings.queue_size() == 3


def test_posting_age_is_refreshed_once_a_day(session):
    search = add_search(session.user)
    add_job(search, 1, date_posted=date(2026, 11, 20))
    save_prefs(session.user, Preferences(max_age_days=10), today=date(2026, 11, 25))
    assert filtered_count(session.user) == 0
    assert refresh_stale(today=date(2026, 11, 25)) == 0
    assert refresh_stale(today=date(2026, 12, 5)) == 1
    assert filtered_reason(session.user, 1) == "posted 2026-11-20, over 10 days ago"


def test_prefs_cli(session, capsys):
    search = add_search(session.user)
    add_job(search, 1, title="CDL Truck Driver")
    add_job(search, 2, title="Python Developer", interval="hourly", min_amount=30,
            max_amount=40, currency="USD")
    add_job(search, 3, title="Backend Developer", min_amount=90000, max_amount=100000,
            currency="EUR")
    assert main(["--user", "tester", "prefs", "set", "--exclude-title", "driver",
                 "--min-salary", "90k"]) == 0
    out = capsys.readouterr().out
    assert "exclude_title    driver" in out and "2 jobs filtered out" in out
    assert main(["--user", "tester", "jobs", "--filtered"]) == 0
    out = capsys.readouterr().out
    assert "FILTERED BECAUSE" in out
    assert "title has 'driver'" in out and "salary below 90k USD/yr" in out
    assert "Backend Developer" not in out
    assert main(["--user", "tester", "prefs", "clear"]) == 0
    # 40 USD/h = 83k USD/yr < 100k EUR/yr <= the EUR job's 100k
    assert main(["--user", "tester", "jobs", "--min-salary", "100k EUR"]) == 0
    out = capsys.readouterr().out
    assert "Backend Developer" in out and "Python Developer" not in out
    assert main(["--user", "tester", "prefs", "set", "--max-age", "soon"]) == 2
    assert "max_age_days: expected whole days" in capsys.readouterr().err
    assert main(["--user", "tester", "jobs", "--min-salary", "lots"]) == 2
    assert "--min-salary: not a salary" in capsys.readouterr().err
    assert database.execute_sql("SELECT COUNT(*) FROM job_filter").fetchone()[0] == 0


def test_rate_all_flag_and_floor_setting(tmp_path):
    from jobtui.cli import build_parser
    from jobtui.config import ConfigError, load_settings

    assert build_parser().parse_args(["rate", "--all"]).rate_all is True
    assert build_parser().parse_args(["rate"]).rate_all is False
    config = tmp_path / "config.toml"
    config.write_text("[rating]\nmin_prerank = 20\n")
    assert load_settings(config=config).rating.min_prerank == 20
    config.write_text("[rating]\nmin_prerank = 150\n")
    with pytest.raises(ConfigError, match="rating.min_prerank' must be 0 to 100"):
        load_settings(config=config)
