"""`jobtui resume ...` end to end, offline, with no spaCy model: the acceptance test."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from jobtui.cli import main
from jobtui.config import load_settings
from tests.conftest import FIXTURES

RESUMES = FIXTURES / "resumes"
PII = json.loads((RESUMES / "alex_morgan.pii.json").read_text())


def db_file_bytes() -> bytes:
    """Every byte of the database after a checkpoint: the main file and any WAL left."""
    path = load_settings().db_path
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def stored_contents() -> list[str]:
    con = sqlite3.connect(load_settings().db_path)
    try:
        return [row[0] for row in con.execute("SELECT content FROM resume ORDER BY id")]
    finally:
        con.close()


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_add_stores_no_personal_data(fmt, isolated_home, capsys, network_guard):
    # The acceptance case is "no spaCy model installed": pin a model name that cannot exist.
    config = isolated_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[privacy]\nspacy_model = "jobtui_model_not_installed"\n')
    code = main(["resume", "add", str(RESUMES / f"alex_morgan.{fmt}")])
    out = capsys.readouterr().out
    assert code == 0
    assert "removed: " in out and "PERSON" in out and "EMAIL" in out and "PHONE" in out
    assert "tokens:  " in out and "before" in out and "after" in out
    assert "stored as resume #1 (active)" in out

    raw = db_file_bytes().lower()
    printed = out.lower()
    for secret in PII["must_not_appear"]:
        assert secret.lower().encode() not in raw, secret
        assert secret.lower() not in printed, secret
    # The log handler is set up once per process, possibly in another test's home.
    log_files = [Path(h.baseFilename) for h in logging.getLogger().handlers
                 if getattr(h, "_jobtui", False)]
    assert log_files
    logged = b"".join(f.read_bytes() for f in log_files if f.exists()).lower()
    for secret in PII["must_not_appear"]:
        assert secret.lower().encode() not in logged, secret
    (content,) = stored_contents()
    for keep in PII["must_survive"]:
        assert keep in content, keep
    from jobtui.resume.redact import analyzer

    engine = analyzer(load_settings().privacy)
    assert engine.nlp_engine.get_nlp("en").pipe_names == []  # the blank pipeline did this
    assert network_guard == []


def test_readd_is_a_noop_and_show_list_activate(capsys):
    txt, pdf = str(RESUMES / "alex_morgan.txt"), str(RESUMES / "alex_morgan.pdf")
    assert main(["resume", "add", txt]) == 0
    assert main(["resume", "add", txt]) == 0
    assert "already stored as resume #1" in capsys.readouterr().out
    assert main(["resume", "add", pdf, "--redact", "Initech", "--no-activate", "--show"]) == 0
    out = capsys.readouterr().out
    assert "stored as resume #2 (not active)" in out
    assert "REDACTED 1" in out and "<REDACTED>" in out and "Initech" not in out
    assert len(stored_contents()) == 2

    assert main(["resume", "list"]) == 0
    out = capsys.readouterr().out
    assert "* #1" in out and "  #2" in out and "alex" not in out.lower()

    assert main(["resume", "activate", "2"]) == 0
    assert main(["resume", "show"]) == 0
    out = capsys.readouterr().out
    assert "resume #2 (active)" in out and "<REDACTED>" in out
    assert main(["resume", "show", "1"]) == 0
    assert "resume #1 (not active)" in capsys.readouterr().out


def test_full_name_setting_and_settings_terms(isolated_home, tmp_path, capsys):
    config = isolated_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[privacy]\nfull_name = "Jordan Blake"\nredact_terms = ["Skunkworks"]\n')
    cv = tmp_path / "cv.md"
    cv.write_text("## Summary\nBLAKE, Jordan: engineer on Skunkworks at Globex.\n")
    assert main(["resume", "add", str(cv), "--show"]) == 0
    out = capsys.readouterr().out
    assert "<PERSON>: engineer on <REDACTED> at Globex." in out
    assert b"blake" not in db_file_bytes().lower()


@pytest.mark.parametrize("name", ["missing.pdf", "empty.txt"])
def test_bad_file_is_one_line_and_stores_nothing(name, tmp_path, capsys):
    path = tmp_path / name
    if name == "empty.txt":
        path.write_bytes(b"")
    assert main(["resume", "add", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jobtui: ") and err.count("\n") == 1 and "Traceback" not in err
    assert stored_contents() == []


def test_show_and_activate_without_resumes(capsys):
    assert main(["resume", "show"]) == 2
    assert "no active resume" in capsys.readouterr().err
    assert main(["resume", "activate", "7"]) == 2
    assert "no resume #7" in capsys.readouterr().err
    assert main(["resume", "list"]) == 0
    assert "no resumes yet" in capsys.readouterr().out
