"""Salary parsing, annualising and currency comparison (issue 10)."""

from __future__ import annotations

import pytest

from jobtui.db.models import Job
from jobtui.salary import (
    SalaryError,
    annual_sql,
    parse_minimum,
    parse_range,
)
from jobtui.scrape.normalize import normalize_row


@pytest.mark.parametrize(("text", "expected"), [
    ("85k–105k", (85000, 105000)),
    ("85-105k", (85000, 105000)),
    ("€ 70.000", (70000, None)),
    ("$79,000 - $95,000", (79000, 95000)),
    ("70.000 € bis 90.000 €", (70000, 90000)),
    ("1.234,50", (1234.5, None)),
    ("12.5", (12.5, None)),
    ("1.2M", (1200000, None)),
    ("100 000", (100000, None)),
    ("competitive", (None, None)),
])
def test_parse_range(text, expected):
    assert parse_range(text) == expected


def test_normalize_splits_a_range_written_in_one_field_and_finds_its_currency():
    row = normalize_row({"title": "t", "job_url": "https://x.com/1", "min_amount": "85k–105k"})
    assert (row["min_amount"], row["max_amount"]) == (85000, 105000)
    row = normalize_row({"title": "t", "job_url": "https://x.com/1", "min_amount": "€ 70.000"})
    assert (row["min_amount"], row["currency"]) == (70000, "EUR")


def test_typed_minimum():
    assert parse_minimum("90k") == (90000, "USD")
    assert parse_minimum("70k EUR") == (70000, "EUR")
    assert parse_minimum("€ 70.000", "USD") == (70000, "EUR")
    for bad in ("90q", "abc", "", "-5"):
        with pytest.raises(SalaryError):
            parse_minimum(bad)


def test_sql_annual_value(session):
    from jobtui.db.models import database

    cases = [(40, 50, "hourly", "USD"), (6000, None, "monthly", "EUR"), (90000, 120000, None, None),
             (None, 80000, "yearly", "GBP"), (100, 200, "daily", "XYZ")]
    for n, (low, high, interval, currency) in enumerate(cases):
        Job.create(job_url=f"https://x/{n}", title="t", min_amount=low, max_amount=high,
                   interval=interval, currency=currency)
    sql, params = annual_sql("EUR", {"GBP": 1.3})
    got = [row[0] for row in database.execute_sql(
        f"SELECT {sql} FROM job j ORDER BY j.id", params).fetchall()]
    eur = 1 / 1.08  # EUR per USD in the built-in table
    want = [50 * 2080 * eur, 6000 * 12, 120000, 80000 * 1.3 * eur]
    assert got[:4] == pytest.approx(want) and got[4] is None
