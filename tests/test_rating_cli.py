"""``jobtui rate`` and ``jobtui run`` as a user runs them."""

import os
import signal
import subprocess
import sys
import time

from jobtui.cli import main
from jobtui.db.models import Rating
from jobtui.store.lease import acquire
from tests.rating_data import seed_rateable


def test_rate_prints_progress_and_a_summary(fake_ollama, session, capsys):
    seed_rateable(session)
    assert main(["--user", "tester", "rate"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("rated 40, failed 0 · tokens in ")
    assert " / out " in out and " s/job" in out
    assert "rating 40/40 · " in err and "[########################]" in err
    assert main(["--user", "tester", "rate"]) == 0
    assert capsys.readouterr().out == "nothing to rate\n"


def test_rate_limit_and_model(fake_ollama, session, capsys):
    seed_rateable(session)
    assert main(["--user", "tester", "rate", "--limit", "3", "--model", "qwen2.5:7b"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("rated 3, failed 0") and "37 still queued" in out
    assert {r.model for r in Rating.select()} == {"qwen2.5:7b"}
    assert main(["--user", "tester", "rate", "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err


def test_rate_with_ollama_down_says_so_in_one_line(session, capsys):
    seed_rateable(session, fixture=False)
    assert main(["--user", "tester", "rate"]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == (
        "jobtui: Ollama is not reachable at http://127.0.0.1:9")
    assert Rating.select().count() == 0


def test_rate_with_a_missing_model_lists_the_servers_models(fake_ollama, session, capsys):
    seed_rateable(session, fixture=False)
    assert main(["--user", "tester", "rate", "--model", "mistral"]) == 2
    assert capsys.readouterr().err.strip().endswith(
        "jobtui: model mistral missing: run: ollama pull mistral "
        "(server has: llama3.1:8b, qwen2.5:7b)")


def test_rate_refuses_while_another_worker_holds_the_lease(fake_ollama, session, capsys):
    seed_rateable(session, fixture=False)
    assert acquire("otherhost:4242") is None
    assert main(["--user", "tester", "rate"]) == 2
    err = capsys.readouterr().err
    assert "another jobtui worker uses this database (held by otherhost:4242 since" in err
    assert Rating.select().count() == 0


def test_rate_refuses_a_remote_host(session, capsys, monkeypatch):
    seed_rateable(session, fixture=False)
    monkeypatch.setenv("OLLAMA_HOST", "http://192.0.2.7:11434")
    assert main(["--user", "tester", "rate"]) == 2
    assert "set rating.allow_remote = true" in capsys.readouterr().err


def test_run_once_scrapes_then_rates(fake_ollama, session, capsys, monkeypatch):
    seed_rateable(session)
    calls = []
    monkeypatch.setattr("jobtui.worker.scrape_due_searches",
                        lambda s, **kw: calls.append(kw) or [])
    assert main(["--user", "tester", "run", "--once"]) == 0
    out = capsys.readouterr().out
    assert calls and calls[0]["force"] is False
    assert "scraped 0 searches; rated 40, failed 0" in out
    assert "idle: rated 40" in out


def test_run_stops_cleanly_on_sigterm(fake_ollama, session, tmp_path):
    seed_rateable(session)
    fake_ollama.set_mode("slow")
    fake_ollama.delay = 0.3
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "OLLAMA_HOST": fake_ollama.host,
           "JOBTUI_DB": str(session.settings.db_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobtui", "--user", "tester", "run"], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120  # start-up imports are slow on a loaded machine
    while Rating.select().count() < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Traceback" not in out + err
    assert out.strip().splitlines()[-1].endswith("stopped")
    rated = Rating.select().count()
    assert 2 <= rated < 40
    assert all(r.status == "ok" and r.rating is not None for r in Rating.select())
    from jobtui.store.lease import current_holder

    assert current_holder() is None  # the lease was released


def test_run_says_who_holds_the_lease(session, capsys):
    assert acquire("server9:77") is None
    assert main(["--user", "tester", "run", "--once"]) == 2
    assert "(held by server9:77 since " in capsys.readouterr().err
    assert main(["--user", "tester", "run"]) == 1
    out, err = capsys.readouterr()
    assert "locked: held by server9:77 since " in out
    assert err.startswith("jobtui: another worker runs (held by server9:77 since ")
