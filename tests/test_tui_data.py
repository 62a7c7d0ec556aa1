"""tui/data.py, the TUI's one door into the core: each call owns its connection, screens get
plain views, and a superseded read can be stopped."""

from __future__ import annotations

import threading

from jobtui.db.models import database
from jobtui.tui import data
from tests.rating_data import add_job, add_search


def on_a_thread(func):
    """Run ``func`` on a fresh thread (as a screen's @work does); its result and whether the
    thread's connection was closed afterwards."""
    out = {}

    def run():
        out["result"] = func()
        out["closed"] = database.is_closed()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    return out["result"], out["closed"]


def test_each_call_opens_and_closes_its_own_connection(session):
    search = add_search(session.user)
    add_job(search, 1)
    total, closed = on_a_thread(lambda: data.job_count(session.user, data.JobFilter()))
    assert total == 1 and closed
    rows, closed = on_a_thread(lambda: data.job_page(session.user, data.JobFilter(), limit=5))
    assert [r.title for r in rows] == ["Python Developer 1"] and closed


def test_the_search_form_gets_a_plain_view(session):
    search = add_search(session.user, "data engineer")
    view, closed = on_a_thread(lambda: data.search_for_edit(search.id))
    assert isinstance(view, data.SearchView) and closed
    assert view.search_term == ["data engineer"] and view.job_source == ["indeed"]
    assert not view.is_company
    assert on_a_thread(lambda: data.search_for_edit(search.id + 99))[0] is None


def test_an_interrupted_read_returns_none_and_frees_its_connection(session):
    queries = data.Queries()
    endless = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
               " SELECT count(*) FROM n")
    out = {}

    def read():
        out["result"] = queries.run(lambda: database.execute_sql(endless).fetchone())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    for _ in range(1200):  # an interrupt only stops a statement already running
        queries.interrupt()
        thread.join(0.05)
        if not thread.is_alive():
            break
    assert not thread.is_alive(), "the endless read was never interrupted"
    assert out == {"result": None}
    assert not queries._connections
