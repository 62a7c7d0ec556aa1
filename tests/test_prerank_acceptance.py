"""Acceptance (issue 10): with a few hundred generated jobs, the clear fits reach the model
first and jobs the preferences filter out never reach it, each keeping its reason."""

from __future__ import annotations

import re

from jobtui.preferences import Preferences
from jobtui.rating.processor import RatingProcessor
from jobtui.scrape.ingest import ingest_rows
from jobtui.store import searches
from jobtui.store.listing import JobFilter, list_jobs
from jobtui.store.prefs import save_prefs
from tests.prerank_data import FIXTURE_RESUME, PAY, is_fit, market
from tests.rating_data import add_resume

JOBS, FITS = 300, 12


def _titles_sent(fake_ollama) -> list[str]:
    return [re.search(r"^Title: (.*)$", r["messages"][-1]["content"], re.M).group(1)
            for r in fake_ollama.chat_requests()]


def _setup(session, fake_ollama):
    session.settings.rating.host = fake_ollama.host
    add_resume(session.user, FIXTURE_RESUME.read_text(encoding="utf-8"))
    save_prefs(session.user, Preferences(exclude_title=("driver",), min_salary=60000))
    ingest_rows(market(JOBS, FITS), searches.imported_search(session.user))


def test_clear_fits_are_sent_first_and_filtered_jobs_never(session, fake_ollama):
    _setup(session, fake_ollama)
    summary = RatingProcessor(session, retry_delays=(0.01,)).drain()
    sent = _titles_sent(fake_ollama)
    assert summary.rated == len(sent) and summary.failed == 0
    fits_at = [i for i, title in enumerate(sent) if is_fit(title)]
    assert len(fits_at) == FITS
    assert max(fits_at) < len(sent) // 10, f"last fit sent at {max(fits_at)} of {len(sent)}"
    low_pay = {t for t, (_, high, interval) in PAY.items()
               if high * {"hourly": 2080, "weekly": 52}.get(interval, 1) < 60000}
    assert low_pay and not [t for t in sent if "Driver" in t or t in low_pay]
    # Filtered jobs stay stored, hidden, and show their reason when asked for.
    hidden = list_jobs(session.user, JobFilter(filtered=True), limit=JOBS)
    assert len(hidden) == JOBS - len(sent)
    reasons = {row.title: row.filtered for row in hidden}
    assert reasons["Delivery Driver"] == "title has 'driver'"
    assert reasons["Retail Sales Associate"] == "salary below 60k USD/yr"
    shown = list_jobs(session.user, JobFilter(), limit=JOBS)
    assert len(shown) == len(sent) and not any(row.filtered for row in shown)


def test_date_order_alone_would_not_have_put_the_fits_first(session, fake_ollama):
    """The test above can fail: by posting date the fits are spread through the queue."""
    _setup(session, fake_ollama)
    by_date = list_jobs(session.user, JobFilter(sort="date"), limit=JOBS)
    fits_at = [i for i, row in enumerate(by_date) if is_fit(row.title)]
    assert max(fits_at) >= len(by_date) // 10
