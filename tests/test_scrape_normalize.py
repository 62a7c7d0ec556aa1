"""Row normalization, canonical URLs, duplicate fingerprints and board validation."""

from __future__ import annotations

import math
import re
from datetime import date, datetime

import pytest

from jobtui.scrape import boards
from jobtui.scrape.dedup import fingerprint, fingerprint_key, is_cross_post
from jobtui.scrape.normalize import (
    EXTRA_FIELDS,
    JOBSPY_FIELDS,
    InvalidRow,
    clean_text,
    normalize_row,
)
from jobtui.scrape.urls import InvalidURL, canonical_url


def test_field_lists_match_jobspy():
    from jobspy.model import JobPost

    assert JOBSPY_FIELDS == tuple(JobPost.model_fields)
    assert "job_level" in EXTRA_FIELDS and "title" not in EXTRA_FIELDS


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://WWW.Indeed.com:443/viewjob?jk=116027&utm_source=newsletter&from=serp#apply",
     "https://www.indeed.com/viewjob?jk=116027"),
    ("https://www.linkedin.com/jobs/view/123/?refId=abc&trackingId=x%3D%3D&trk=public",
     "https://www.linkedin.com/jobs/view/123"),
    ("http://example.com:8080/a?b=2&a=1&UTM_campaign=z", "http://example.com:8080/a?a=1&b=2"),
    ("https://Example.com", "https://example.com/"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["ftp://x.com/a", "javascript:alert(1)", "not a url", ""])
def test_canonical_url_rejects_non_http(url):
    with pytest.raises(InvalidURL):
        canonical_url(url)


def test_normalize_row_handles_missing_values_types_and_extras():
    row = {
        "id": "in-1", "site": "Indeed", "job_url": "https://x.com/j?id=1&utm_medium=a",
        "title": "  Senior   Engineer\t", "company": float("nan"), "location": "nan",
        "date_posted": "2026-11-20", "job_type": "fulltime, contract", "interval": "YEARLY",
        "min_amount": "79000.0", "max_amount": math.inf, "currency": "usd",
        "is_remote": "True", "description": "A\r\nB", "job_level": "mid", "emails": None,
        "skills": ["python", float("nan")], "company_rating": 4.0, "unknown_column": "dropped",
    }
    n = normalize_row(row)
    assert n["site"] == "indeed" and n["site_job_id"] == "in-1"
    assert n["job_url"] == "https://x.com/j?id=1"
    assert n["title"] == "Senior Engineer" and n["company"] is None and n["location"] is None
    assert n["date_posted"] == date(2026, 11, 20)
    assert n["job_type"] == "fulltime, contract" and n["interval"] == "yearly"
    assert n["min_amount"] == 79000.0 and n["max_amount"] is None and n["currency"] == "USD"
    assert n["is_remote"] is True and n["description"] == "A\nB"
    assert n["extra"] == {"job_level": "mid", "skills": ["python"], "company_rating": 4}
    assert normalize_row(n) == n  # idempotent


def test_normalize_row_reads_other_shapes():
    n = normalize_row({"job_url": "https://x.com/1", "title": "T",
                       "location": {"city": "Austin", "state": "TX", "country": None},
                       "date_posted": datetime(2026, 1, 2, 3, 4), "is_remote": 0,
                       "job_type": ["FULL_TIME"]})
    assert n["location"] == "Austin, TX" and n["date_posted"] == date(2026, 1, 2)
    assert n["is_remote"] is False and n["job_type"] == "fulltime"
    assert normalize_row({"job_url": "https://x.com/1", "title": "T",
                          "date_posted": "yesterday"})["date_posted"] is None


@pytest.mark.parametrize("row, reason", [
    ({"job_url": "https://x.com/1", "title": " \x1b[0m "}, "no title"),
    ({"job_url": None, "title": "T"}, "no job_url"),
    ({"job_url": "mailto:a@b.c", "title": "T"}, "not an http(s) URL"),
])
def test_invalid_rows(row, reason):
    with pytest.raises(InvalidRow, match=re.escape(reason)):
        normalize_row(row)


def test_clean_text_strips_escapes_and_controls_but_keeps_unicode():
    assert clean_text("\x1b[1;31mبرمجة\x1b[0m 🚀 [b]x[/b]\x00\x08") == "برمجة 🚀 [b]x[/b]"
    assert clean_text("a\x1bPq\x1b\\b") is not None
    assert clean_text("a\nb\tc", single_line=True) == "a b c"
    assert clean_text("x" * 10, limit=3) == "xxx"


def test_fingerprint_ignores_case_punctuation_suffixes_and_country():
    a = fingerprint_key("Acme Analytics, Inc.", "Sr. Python Engineer", "Austin, TX, USA")
    b = fingerprint_key("ACME ANALYTICS", "Senior Python Engineer", "Austin, TX")
    assert a == b == "acme analytics|senior python engineer|austin tx"
    assert fingerprint("Acme", "Python Engineer", "Denver, CO") != fingerprint(
        "Acme", "Python Engineer", "Austin, TX")
    assert len(fingerprint("Acme", "Python Engineer", "Denver, CO")) == 16
    assert fingerprint(None, "Python Engineer", "Austin") is None


def test_cross_post_needs_another_board_and_close_dates():
    d = date(2026, 11, 20)
    assert is_cross_post("linkedin", date(2026, 11, 19), "indeed", d)
    assert not is_cross_post("indeed", date(2026, 11, 19), "indeed", d)
    assert not is_cross_post("linkedin", date(2026, 11, 14), "indeed", d)


def test_board_lists_come_from_jobspy():
    from jobspy.model import Country, JobType, Site

    assert boards.SITES == [s.value for s in Site]
    assert boards.COUNTRIES == [c.value for c in Country]
    assert boards.JOB_TYPES == [t.value for t in JobType]


def test_validation_accepts_aliases_and_normalizes():
    assert boards.validate_sites(["Indeed", " LinkedIn", "zip-recruiter", "indeed"]) == [
        "indeed", "linkedin", "zip_recruiter"]
    assert boards.validate_country("United States") == "usa"
    assert boards.validate_country("UAE") == "united arab emirates"
    assert boards.validate_country("turkey") == "türkiye"
    assert boards.validate_country("Costa  Rica") == "costa rica"
    assert boards.validate_job_type("Full-Time") == "fulltime"
    assert boards.validate_job_type("") is None
    assert boards.validate_results(1000) == 1000
    assert boards.site_warnings(["indeed", "google"]) == [boards.BOARD_WARNINGS["google"]]


@pytest.mark.parametrize("call, message", [
    (lambda: boards.validate_sites(["monster"]), "unknown board 'monster'; boards: linkedin, "),
    (lambda: boards.validate_sites(["lnkedin"]), "did you mean linkedin?"),
    (lambda: boards.validate_sites([]), "choose at least one board"),
    (lambda: boards.validate_country("germny"), "did you mean germany?"),
    (lambda: boards.validate_country("narnia"), "jobtui search countries"),
    (lambda: boards.validate_job_type("gig"), "job types: fulltime, parttime"),
    (lambda: boards.validate_results(1001), "1 to 1000"),
    (lambda: boards.validate_results(2.5), "whole number"),
    (lambda: boards.validate_interval(0), "more than 0"),
    (lambda: boards.validate_terms(["  "]), "at least one search term"),
])
def test_validation_errors_are_one_line_saying_what_is_allowed(call, message):
    with pytest.raises(boards.SearchParameterError) as info:
        call()
    assert message in str(info.value) and "\n" not in str(info.value)
