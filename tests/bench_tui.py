"""TUI benchmarks on a generated 100,000-job database, half of it rated (opt-in):

    .venv/bin/python -m pytest -m bench -s tests/bench_tui.py

What the user sees: jobtui and a baseline (a bare Textual app with an Input and a DataTable)
each run in a real pseudo-terminal, alternating; the benchmark writes the bytes a terminal
sends for each key and times until the bytes the program writes make an emulated screen
(pyte) show the answer. Marker jobs seeded into the data make each answer unmistakable: for
each search word, the word's own marker job tops the table only once the table holds that
word's results (a marker for the word less its last letter tops it before), another job tops
the unfiltered list and one job is the very last. Prints one line per row of issue 18's
table: figure, baseline, target, met or not.
"""

from __future__ import annotations

import os
import platform
import random
import re
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.pty_terminal import Terminal

pytestmark = pytest.mark.bench

JOBS = 100_000
WORDS = ("python senior engineer data backend platform rust golang devops ml staff lead api "
         "cloud analytics frontend mobile security site reliability").split()
SEARCHED = ("python", "senior", "data", "cloud", "lead", "rust", "api", "mobile")
TOP, LAST = "Zqtop", "Zqlast"  # the first job of the unfiltered list, the last job
KEY_GAP = 0.03  # seconds between the keys of a word typed fast (a very fast typist)
PAUSE = 0.1  # a user's pause between two timed keys
REST = 1.0  # a user looking at where End / Home took them before the next key
PAGES = 120
STEADY_AFTER = 300  # PageDowns past the measured ones before memory is read again (caches full)


def full_tag(word: str) -> str:
    return f"Zqf{SEARCHED.index(word)}x"


def prefix_tag(word: str) -> str:
    return f"Zqp{SEARCHED.index(word)}x"


def _markers(today: date) -> list[tuple[str, str | None, int | None]]:
    """(title, date posted, rating) of the marker jobs."""
    day = today + timedelta(days=30)
    marks: list[tuple[str, str | None, int | None]] = [
        (f"Top Opening {TOP}", (day + timedelta(days=9)).isoformat(), 100),
        (f"Final Opening {LAST}", None, None)]  # unrated and undated: last in every sort
    for word in SEARCHED:
        # Under the word less its last letter, the prefix marker (newer) tops the full one.
        marks.append((f"{word.title()} {full_tag(word)}", day.isoformat(), 100))
        marks.append((f"{word[:-1].title()}qq {prefix_tag(word)}",
                      (day + timedelta(days=5)).isoformat(), 100))
    return marks


def build_database(path: Path, user_name: str = "bench", n: int = JOBS) -> None:
    """A database with ``n`` jobs in one search, half of them rated, for ``user_name``, plus
    the marker jobs (see the module's docstring)."""
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
        insert = ("INSERT INTO job (site, job_url, title, company, location, date_posted,"
                  " is_remote, max_amount, description, first_seen, last_seen)"
                  " VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        db.cursor().executemany(insert, rows)
        db.execute_sql(
            "INSERT INTO rating (job_id, resume_id, llm, model, rating, created_at, updated_at,"
            " status, attempts) SELECT id, ?, 'ollama', 'm', abs(random()) % 101, ?, ?, 'ok', 1"
            " FROM job WHERE id % 2 = 0", (resume_id, now, now))
        for index, (title, posted, rating) in enumerate(_markers(today)):
            db.execute_sql(insert, ("indeed", f"https://example.com/marker/{index}", title,
                                    "Marker Inc", "Berlin", posted, False, None,
                                    f"## {title}\n\nA marker.", now, now))
            if rating is not None:
                db.execute_sql(
                    "INSERT INTO rating (job_id, resume_id, llm, model, rating, created_at,"
                    " updated_at, status, attempts) VALUES (last_insert_rowid(), ?, 'ollama',"
                    " 'm', ?, ?, ?, 'ok', 1)", (resume_id, rating, now, now))
        db.execute_sql("INSERT INTO search_job (search_id, job_id, first_seen)"
                       " SELECT ?, id, ? FROM job", (search.id, now))
    db.close()


def check_markers(path: Path) -> None:
    """The markers top the lists they are meant to (else the benchmark would time nothing)."""
    from jobtui.config import load_settings
    from jobtui.session import open_session
    from jobtui.store.listing import JobFilter, list_jobs

    session = open_session(load_settings(db=path, user="bench"))
    user = session.user
    assert TOP in list_jobs(user, JobFilter(), limit=1)[0].title
    assert LAST in list_jobs(user, JobFilter(), limit=1, last=True)[0].title
    for word in SEARCHED:
        assert full_tag(word) in list_jobs(user, JobFilter(query=word), limit=1)[0].title
        assert prefix_tag(word) in list_jobs(user, JobFilter(query=word[:-1]), limit=1)[0].title


APP = """
import sys
from jobtui.config import load_settings
from jobtui.session import open_session
from jobtui.tui.app import JobtuiApp
JobtuiApp(open_session(load_settings(db=sys.argv[1], user="bench")), background=False).run()
"""

BARE = """
from textual.app import App
from textual.widgets import DataTable, Footer, Input

class Bare(App):
    def compose(self):
        yield Input()
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Fit", "Title", "Company", "Location", "Remote", "Salary", "Posted")
        table.add_rows([(str(i % 101), f"Senior Python Engineer {i}", f"Company {i % 997}",
                         "Berlin", "yes", "$50k-$90k", "2026-11-20") for i in range(1000)])
        self.query_one(Input).focus()

Bare().run()
"""

HEADER = re.compile(r"Fit\s+Title\s+Company")
POSITION = re.compile(r"([\d,]+) of ([\d,]+)")


def table_rows(term: Terminal) -> list[str]:
    """The table's visible rows (right of the searches pane), [] before the table."""
    lines = term.lines()
    for index, line in enumerate(lines[:-1]):
        found = HEADER.search(line)
        if found:
            rows = []
            for below in lines[index + 1:]:
                if below[found.start() - 2:found.start()].strip() in ("╰", "╰─"):
                    break
                rows.append(below[found.start():])
            return rows
    return []


def first_row(term: Terminal) -> str:
    rows = table_rows(term)
    return rows[0] if rows else ""


def position(term: Terminal) -> tuple[int, int] | None:
    """The table's "N of M" (cursor among all matching jobs) on its bottom border."""
    for line in term.lines():
        if "╰" in line and (found := POSITION.search(line)):
            return tuple(int(g.replace(",", "")) for g in found.groups())
    return None


def counted(term: Terminal, query: str | None) -> bool:
    """The status bar shows the count of ``query``'s matches (the table has settled)."""
    status = term.lines()[-2]
    search = f" · search: {query} · " if query else " · sort: rating · Ollama"
    return re.search(r"[\d,]+ jobs · sort: rating", status) is not None and search in status \
        and (query is not None or "search:" not in status)


def timed(term: Terminal, keys: tuple[str, ...], shown, what: str) -> float:
    """Milliseconds from sending ``keys`` to the screen showing ``shown``, which must not
    hold before."""
    assert not shown(term), f"{what} already shown before the key"
    sent = term.press(*keys)
    return (term.wait(shown, what=what) - sent) * 1000


def typed(term: Terminal, word: str, shown, what: str) -> float:
    """Milliseconds from the first key of ``word`` (typed KEY_GAP apart) to ``shown``."""
    assert not shown(term), f"{what} already shown before the first key"
    sent = term.press(word[0])
    for letter in word[1:]:
        time.sleep(KEY_GAP)
        term.press(letter)
    return (term.wait(shown, what=what) - sent) * 1000


def pages(term: Terminal, count: int, key: str = "pagedown") -> list[float]:
    times = []
    for _ in range(count):
        before = first_row(term)
        times.append(timed(term, (key,), lambda t, b=before: first_row(t) != b, key))
        term.drain(PAUSE)
    return times


def run_app(db: Path) -> dict:
    term = Terminal([sys.executable, "-c", APP, str(db)])
    try:
        first = (term.wait(lambda t: TOP in first_row(t), what="the first jobs")
                 - term.started)
        term.wait(lambda t: counted(t, None), what="the count")
        term.drain(0.5)
        keys, burst = [], []
        for word in SEARCHED:  # the last letter of a word, the rest typed before it
            open_search(term)
            term.press(word[:-1])
            term.wait(lambda t, w=word: prefix_tag(w) in first_row(t) and counted(t, w[:-1]),
                      what=f"the results for {word[:-1]}")
            term.drain(2 * PAUSE)
            keys.append(timed(term, (word[-1],), lambda t, w=word: full_tag(w) in first_row(t),
                              f"the results for {word}"))
            term.wait(lambda t, w=word: counted(t, w), what=f"the count for {word}")
            clear(term)
        for word in SEARCHED:  # a word typed fast: from its first key to its results
            open_search(term)
            burst.append(typed(term, word, lambda t, w=word: full_tag(w) in first_row(t),
                               f"the results for {word}"))
            term.wait(lambda t, w=word: counted(t, w), what=f"the count for {word}")
            clear(term)
        term.drain(1.0)
        paged = pages(term, PAGES // 2)
        rss_mid, _, anon_mid = term.memory_mb()
        rows_mid = position(term)[0]
        paged += pages(term, PAGES // 2)
        rss_end, _, anon_end = term.memory_mb()
        rows_end, total = position(term)
        # Textual's own bounded caches (geometry, strips) fill over the first ~5,000 rows
        # scrolled; past them a leak would still grow, a full cache no longer does.
        pages(term, STEADY_AFTER)
        _, _, anon_warm = term.memory_mb()
        rows_warm = position(term)[0]
        pages(term, PAGES // 2)
        _, _, anon_steady = term.memory_mb()
        rows_steady = position(term)[0]
        ends, homes = [], []
        for _ in range(3):
            term.wait(lambda t: LAST not in "".join(t.lines()), what="no last job")
            ends.append(timed(term, ("end",), lambda t: LAST in "".join(table_rows(t)),
                              "the last"))
            term.wait(lambda t: position(t) == (total, total), what="the cursor on the last")
            term.drain(REST)
            homes.append(timed(term, ("home",), lambda t: TOP in first_row(t), "the first"))
            term.wait(lambda t: position(t) == (1, total), what="the cursor on the first")
            term.drain(REST)
        _, peak, _ = term.memory_mb()
    finally:
        term.close()
    return {"first_frame": first, "keystroke_ms": keys, "burst_ms": burst, "pagedown_ms": paged,
            "end_ms": ends, "home_ms": homes, "total": total, "peak_mb": peak,
            "rss_mid": rss_mid, "rss_end": rss_end, "anon_mid": anon_mid, "anon_end": anon_end,
            "rows_mid": rows_mid, "rows_end": rows_end, "anon_warm": anon_warm,
            "anon_steady": anon_steady, "rows_warm": rows_warm, "rows_steady": rows_steady}


def open_search(term: Terminal) -> None:
    term.press("/")
    term.wait(lambda t: "search titles" in "".join(t.lines()), what="the search box")


def clear(term: Terminal) -> None:
    """Esc: the search box closes and the table is back at the unfiltered list."""
    term.press("escape")
    term.wait(lambda t: TOP in first_row(t) and counted(t, None)
              and "search titles" not in "".join(t.lines()), what="the cleared search")
    term.drain(PAUSE)


def input_shows(term: Terminal, value: str) -> bool:
    """The bare app's Input (its top three lines) holds exactly ``value``."""
    return re.sub(r"[▊▎\s]", "", term.lines()[1]) == value


def run_bare() -> dict:
    term = Terminal([sys.executable, "-c", BARE])
    try:
        first = (term.wait(lambda t: "Senior Python Engineer 0 " in first_row(t),
                           what="the first rows") - term.started)
        term.drain(0.5)
        value, echo, burst = "", [], []
        for letter in "".join(SEARCHED):
            value += letter
            echo.append(timed(term, (letter,), lambda t, v=value: input_shows(t, v),
                              repr(value)))
            term.drain(PAUSE)
        for word in SEARCHED:
            value += word
            burst.append(typed(term, word, lambda t, v=value: input_shows(t, v),
                               repr(value)))
            term.drain(PAUSE)
        term.press("tab")  # to the table
        term.drain(0.5)
        paged = []
        for _ in range(4):  # 1,000 rows: page through most of them, then back to the top
            paged += pages(term, PAGES // 8)
            term.press("\x1b[1;5H")  # ctrl+home
            term.wait(lambda t: "Senior Python Engineer 0 " in first_row(t), what="the top")
            term.drain(PAUSE)
    finally:
        term.close()
    return {"first_frame": first, "echo_ms": echo, "burst_ms": burst, "pagedown_ms": paged}


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def row(what: str, figure: str, baseline: str, target: str, met: bool) -> bool:
    print(f"| {what} | {figure} | {baseline} | {target} | {'met' if met else 'NOT met'} |")
    return met


def test_tui_at_100k_jobs_against_a_bare_textual_app(tmp_path):
    db = tmp_path / "big.db"
    build_database(db)
    check_markers(db)
    run_bare()  # warm the OS file cache
    bare, ours = [], []
    for _ in range(2):  # alternating, so both see the same load on a shared machine
        bare.append(run_bare())
        ours.append(run_app(db))
    med = statistics.median
    first, first_bare = med(r["first_frame"] for r in ours), med(r["first_frame"] for r in bare)
    keys = [ms for r in ours for ms in r["keystroke_ms"]]
    burst = [ms for r in ours for ms in r["burst_ms"]]
    echo = [ms for r in bare for ms in r["echo_ms"]]
    burst_bare = [ms for r in bare for ms in r["burst_ms"]]
    paged = [ms for r in ours for ms in r["pagedown_ms"]]
    paged_bare = [ms for r in bare for ms in r["pagedown_ms"]]
    end = med(ms for r in ours for ms in r["end_ms"])
    home = med(ms for r in ours for ms in r["home_ms"])
    peak = max(r["peak_mb"] for r in ours)
    def per_row(key: str, start: str = "mid", end: str = "end") -> float:  # KB per row scrolled
        return med((r[f"{key}_{end}"] - r[f"{key}_{start}"]) * 1024
                   / max(1, r[f"rows_{end}"] - r[f"rows_{start}"]) for r in ours)
    growth, growth_rss = per_row("anon"), per_row("rss")
    steady = per_row("anon", "warm", "steady")
    span = [med(r[f"rows_{at}"] for r in ours) for at in ("mid", "end", "warm", "steady")]
    print(f"\n{JOBS:,} jobs (half rated); {os.cpu_count()} CPUs, {platform.platform()}, "
          f"Python {platform.python_version()}; 2 runs in a pseudo-terminal, alternating with "
          f"the baseline; key sent → the screen shows it; {KEY_GAP * 1000:.0f} ms between the "
          "keys of a word typed fast")
    print("| what | jobtui | baseline (same run) | target | |")
    print("|---|---|---|---|---|")
    results = [
        row("`/` search: keystroke → table updated, p50 / p95",
            f"{med(keys):.0f} / {p95(keys):.0f} ms",
            f"bare Input echo {med(echo):.0f} / {p95(echo):.0f} ms", "p95 ≤ 100 ms",
            p95(keys) <= 100),
        row("typing a word fast: first key → table shows the word, p50 / p95",
            f"{med(burst):.0f} / {p95(burst):.0f} ms",
            f"bare Input, same keys {med(burst_bare):.0f} / {p95(burst_bare):.0f} ms",
            "p95 ≤ bare + 100 ms", p95(burst) <= p95(burst_bare) + 100),
        row("PageDown in the jobs table, p50", f"{med(paged):.0f} ms",
            f"bare DataTable {med(paged_bare):.0f} ms "
            f"(ratio {med(paged) / med(paged_bare):.2f}x)", "≤ 1.5x the bare table",
            med(paged) <= 1.5 * med(paged_bare)),
        row(f"End / Home: to the last / first of {ours[0]['total']:,} jobs, median",
            f"{end:.0f} / {home:.0f} ms, one key", f"one PageDown {med(paged):.0f} ms",
            "one key, ≤ 100 ms", max(end, home) <= 100),
        row("TUI memory: peak; growth while scrolling",
            f"{peak:.0f} MB; {growth:+.2f} KB per row scrolled past over rows "
            f"{span[0]:,.0f}–{span[1]:,.0f} (own memory; with the database pages SQLite maps "
            f"{growth_rss:+.2f} KB), {steady:+.2f} KB per row over rows "
            f"{span[2]:,.0f}–{span[3]:,.0f}", "—",
            "≤ 300 MB, flat (≤ 0.5 KB per row once Textual's bounded caches are full)",
            peak <= 300 and steady <= 0.5),
        row("first frame (start → first jobs on screen)", f"{first:.2f} s",
            f"bare Textual app {first_bare:.2f} s (ratio {first / first_bare:.2f}x)",
            "≤ 1.5x", first <= 1.5 * first_bare),
    ]
    assert all(results), "a target of issue 18 is not met (see the table above)"
