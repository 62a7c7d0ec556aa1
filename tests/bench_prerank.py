"""Pre-rank and preference benchmarks (opt-in: ``pytest -m bench -s tests/bench_prerank.py``).

- pre-rank cost per 1,000 jobs (target <= 50 ms), beside FTS5 ``bm25()`` on the same jobs
- scoring 100,000 jobs when a resume becomes active; re-evaluating preferences on them
- import speed with pre-rank and preferences at ingest against the same import without them,
  measured alternately in the same run (target: at most 10% slower)
- the rating queue at 100,000 jobs x 2 resumes, ordered by pre-rank (target <= 50 ms)
"""

from __future__ import annotations

import statistics
import time

import pytest

from jobtui.db import open_database
from jobtui.db.models import Resume, database
from jobtui.preferences import Preferences
from jobtui.scrape import ingest
from jobtui.scrape.importer import import_file
from jobtui.store import prerank, ratings, searches
from jobtui.store.prefs import save_prefs
from jobtui.store.resumes import activate_resume
from jobtui.store.users import get_or_create_user
from tests.bench_rating import _big_database
from tests.bench_store import generate
from tests.prerank_data import FIXTURE_RESUME

IMPORT_JOBS = 50_000
RULES = Preferences(exclude_title=("nurse",), min_salary=60000, max_age_days=365)


def _fresh(path, *, resume: bool):
    """A new database at ``path`` with a user, optionally an active resume and rules."""
    open_database(path)
    user = get_or_create_user("me")
    if resume:
        text = FIXTURE_RESUME.read_text(encoding="utf-8")
        stored = Resume.create(user=user, content=text, content_hash="h", is_active=False)
        activate_resume(user, stored.id)
        save_prefs(user, RULES)
    return user


def _import_seconds(path, db_path, hooks: bool, monkeypatch) -> tuple[float, float]:
    """(import seconds, seconds of it spent in the pre-rank and preference hooks)."""
    user = _fresh(db_path, resume=True)
    spent = [0.0]

    def timed(hook):
        def run(ids):
            start = time.perf_counter()
            hook(ids)
            spent[0] += time.perf_counter() - start
        return run

    with monkeypatch.context() as patch:
        for name in ("score_new_jobs", "filter_new_jobs"):
            # Without hooks: the import as it was before issue 10.
            patch.setattr(ingest, name, timed(getattr(ingest, name)) if hooks else lambda ids: None)
        start = time.perf_counter()
        report = import_file(path, searches.imported_search(user))
        seconds = time.perf_counter() - start
    assert report.new + report.duplicates == IMPORT_JOBS
    database.close()
    return seconds, spent[0]


@pytest.mark.bench
def test_import_speed_with_prerank_and_rules(session, tmp_path, monkeypatch):
    path = tmp_path / "jobs.jsonl"
    generate(path, IMPORT_JOBS)
    times: dict[bool, list[float]] = {False: [], True: []}
    shares = []
    for run in range(4):  # alternate, so load on the machine hits both alike
        hooks = run % 2 == 1
        seconds, in_hooks = _import_seconds(path, tmp_path / f"{run}.db", hooks, monkeypatch)
        times[hooks].append(seconds)
        if hooks:
            shares.append(in_hooks / (seconds - in_hooks))
    before, after = min(times[False]), min(times[True])
    print(f"\nimport {IMPORT_JOBS:,} jobs, best of 2 each: without pre-rank/rules "
          f"{IMPORT_JOBS / before:,.0f} jobs/s, with them {IMPORT_JOBS / after:,.0f} jobs/s "
          f"({after / before - 1:+.1%} wall clock on a shared machine); time inside the "
          f"hooks adds {min(shares):+.1%} to the import (limit +10%)")
    # Wall clock swings by more than 10% between runs on a loaded machine; the time spent in
    # the hooks, measured inside each import, is what the change adds.
    assert min(shares) <= 0.10


def _bm25_ms(terms: dict[str, float], low: int, high: int) -> float:
    query = " OR ".join(f'"{w}"' for w in terms)
    start = time.perf_counter()
    database.execute_sql(
        "SELECT rowid, bm25(job_fts, 4.0, 0.0, 1.0) FROM job_fts WHERE job_fts MATCH ?"
        " AND rowid BETWEEN ? AND ?", [query, low, high]).fetchall()
    return (time.perf_counter() - start) * 1000


@pytest.mark.bench
def test_prerank_cost(session, tmp_path):
    path = tmp_path / "jobs100k.jsonl"
    generate(path)
    user = _fresh(tmp_path / "big.db", resume=False)
    import_file(path, searches.imported_search(user))
    text = FIXTURE_RESUME.read_text(encoding="utf-8")
    resume = Resume.create(user=user, content=text, content_hash="h", is_active=False)
    start = time.perf_counter()
    activate_resume(user, resume.id)
    activation = time.perf_counter() - start
    scored = database.execute_sql("SELECT COUNT(*) FROM prerank").fetchone()[0]
    terms = prerank._stored_terms(resume.id)
    bm25_all = _bm25_ms(terms, 0, 10**9)

    per_1000, bm25_1000 = [], []
    for low in range(1, 100_000, 10_000):
        with database.atomic():
            start = time.perf_counter()
            prerank._score_range(resume.id, terms, low, low + 999)
            per_1000.append((time.perf_counter() - start) * 1000)
        bm25_1000.append(_bm25_ms(terms, low, low + 999))

    start = time.perf_counter()
    filtered = save_prefs(user, RULES)
    rules = time.perf_counter() - start
    print(f"\npre-rank: {statistics.median(per_1000):.1f} ms per 1,000 jobs (median of 10; "
          f"FTS5 bm25() {statistics.median(bm25_1000):.1f} ms); activating a resume scores "
          f"{scored:,} jobs in {activation:.2f} s (bm25() alone {bm25_all / 1000:.2f} s); "
          f"saving preferences re-evaluates them in {rules:.2f} s ({filtered:,} filtered)")
    assert scored == database.execute_sql(
        "SELECT COUNT(*) FROM job WHERE duplicate_of_id IS NULL").fetchone()[0]
    assert statistics.median(per_1000) <= 50


@pytest.mark.bench
def test_queue_ordered_by_prerank_on_100k_jobs(session):
    mine, theirs = _big_database(session)
    prerank.score_missing()  # both resumes: every canonical job gets a score
    assert ratings._all_scored()
    timings = []
    for _ in range(10):
        start = time.perf_counter()
        page = ratings.rating_queue(50)
        timings.append((time.perf_counter() - start) * 1000)
    print(f"\nqueue by pre-rank on 100k jobs x 2 resumes, 50k ratings: rating_queue(50) median "
          f"{statistics.median(timings):.1f} ms (limit 50 ms)")
    assert len(page) == 50 and {item.resume_id for item in page} <= {mine, theirs}
    assert statistics.median(timings) <= 50
