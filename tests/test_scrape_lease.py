"""`jobtui scrape` takes the worker's lease like `jobtui run` and `jobtui rate`: it never
scrapes while another worker holds the database."""

from __future__ import annotations

from jobtui.cli import main
from jobtui.db.models import ScrapeRun
from jobtui.store.lease import acquire


def test_scrape_refuses_while_another_worker_holds_the_lease(session, capsys):
    assert main(["search", "add", "python", "--sites", "indeed"]) == 0
    assert acquire("otherhost:4242") is None
    assert main(["scrape", "--all"]) == 2
    err = capsys.readouterr().err
    assert "another jobtui worker uses this database (held by otherhost:4242 since" in err
    assert ScrapeRun.select().count() == 0  # no board was asked
