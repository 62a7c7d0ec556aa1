"""TUI benchmarks on a generated 100,000-job database (opt-in):

    .venv/bin/python -m pytest -m bench -s tests/bench_tui.py

Prints the time to the first interactive frame (vs a bare Textual app in the same run), the time
from a search keystroke to the updated table, and the process's peak memory.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

JOBS = 100_000
WORDS = ("python senior engineer data backend platform rust golang devops ml staff lead api "
         "cloud analytics frontend mobile security site reliability").split()


def build_database(path: Path, user_name: str = "bench", n: int = JOBS) -> None:
    """A database with ``n`` jobs in one search, half of them rated, for ``user_name``."""
    from jobtui.db import open_database
    from jobtui.store import searches
    from jobtui.store.users import get_or_create_user

    db = open_database(path)
    user = get_or_create_user(user_name)
    search = searches.find_or_create_search(user, search_term=["python"],
                                            job_source=["indeed", "linkedin"])
    rnd = random.Random(1)
    now = datetime(2026, 11, 26).isoformat(sep=" ")
    today = date(2026, 11, 26)
    with db.atomic():
        db.execute_sql(
            "INSERT INTO resume (user_id, content, date_uploaded, is_active, token_count,"
            " content_hash) VALUES (?, 'resume', ?, 1, 1, 'h')", (user.id, now))
        resume_id = db.execute_sql("SELECT last_insert_rowid()").fetchone()[0]
        rows = []
        for i in range(n):
            title = " ".join(rnd.sample(WORDS, 3)).title()
            rows.append((
                ("indeed", "linkedin", "glassdoor")[i % 3], f"https://example.com/job/{i}",
                title, f"Company {i % 997}", ("Berlin", "Remote", "London")[i % 3],
                (today - timedelta(days=i % 60)).isoformat(), i % 3 == 0,
                50000 + i % 100000, f"## {title}\n\n" + " ".join(rnd.sample(WORDS, 12)),
                now, now,
            ))
        db.cursor().executemany(
            "INSERT INTO job (site, job_url, title, company, location, date_posted, is_remote,"
            " max_amount, description, first_seen, last_seen)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.execute_sql("INSERT INTO search_job (search_id, job_id, first_seen)"
                       " SELECT ?, id, ? FROM job", (search.id, now))
        db.execute_sql(
            "INSERT INTO rating (job_id, resume_id, llm, model, rating, created_at, updated_at,"
            " status, attempts) SELECT id, ?, 'ollama', 'm', abs(random()) % 101, ?, ?, 'ok', 1"
            " FROM job WHERE id % 2 = 0", (resume_id, now, now))
    db.close()


FIRST_FRAME_APP = """
import time
t0 = time.perf_counter()
import asyncio, json, resource, sys
from jobtui.config import load_settings
from jobtui.session import open_session
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable

async def main():
    session = open_session(load_settings(db=sys.argv[1], user="bench"))
    app = JobtuiApp(session, background=False)
    async with app.run_test(size=(160, 50)) as pilot:
        table = app.screen.query_one(JobsTable)
        while table.first_page_at is None:  # set right after the frame with the first page
            await pilot.pause(0.005)
        first = table.first_page_at - t0

        box = app.screen.query_one("#search")
        timings = []
        for word in ("python", "senior", "data", "cloud", "lead"):
            await pilot.press("slash")
            box.value = word[:-1]
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
            before = table.generation
            start = time.perf_counter()
            await pilot.press(word[-1])  # the keystroke that completes the word
            while table.shown[0] <= before:
                await pilot.pause(0.002)
            timings.append((table.shown[1] - start) * 1000)
            await pilot.press("escape")
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
        # Scroll deep: pages load lazily as the cursor moves.
        table.focus()
        for _ in range(30):
            await pilot.press("pagedown")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        rows_loaded = len(table.job_rows)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"first_frame": first, "keystroke_ms": timings, "peak_mb": peak,
                      "rows_loaded": rows_loaded}))

asyncio.run(main())
"""

FIRST_FRAME_BARE = """
import time
t0 = time.perf_counter()
import asyncio, json
from textual.app import App
from textual.widgets import DataTable, Footer

class Bare(App):
    def compose(self):
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("a", "b")
        table.add_rows([(str(i), "x") for i in range(200)])

async def main():
    app = Bare()
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        print(json.dumps({"first_frame": time.perf_counter() - t0}))

asyncio.run(main())
"""


def run(code: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_first_frame_keystroke_and_memory_on_100k_jobs(tmp_path):
    db = tmp_path / "big.db"
    build_database(db)
    run(FIRST_FRAME_BARE)  # warm the OS file cache for both
    run(FIRST_FRAME_APP, str(db))
    bare = [run(FIRST_FRAME_BARE)["first_frame"] for _ in range(3)]
    ours = [run(FIRST_FRAME_APP, str(db)) for _ in range(3)]
    bare_s = statistics.median(bare)
    ours_s = statistics.median(r["first_frame"] for r in ours)
    keystrokes = sorted(ms for r in ours for ms in r["keystroke_ms"])
    key_median = statistics.median(keystrokes)
    key_max = keystrokes[-1]
    peak = max(r["peak_mb"] for r in ours)
    print(f"\nfirst interactive frame, {JOBS:,} jobs: {ours_s:.3f} s "
          f"(bare Textual app {bare_s:.3f} s, ratio {ours_s / bare_s:.2f}x)")
    print(f"search keystroke -> table updated: median {key_median:.0f} ms, max {key_max:.0f} ms "
          f"over {len(keystrokes)} keystrokes")
    print(f"peak memory {peak:.0f} MB; rows loaded after 30 PageDowns: "
          f"{ours[0]['rows_loaded']:,}")
    assert ours_s < 1.5 and ours_s <= 2 * bare_s
    assert key_median < 100
    assert peak < 300
