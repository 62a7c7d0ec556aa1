"""Small mistakes get one line (never "unexpected error", a traceback or a hang): numbers
SQLite cannot hold, infinite settings, a spaCy model given as a path, an unreadable config
folder, a read-only database, a FIFO or an empty file to import, a log file that cannot be
written any more."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jobtui import logs
from jobtui.cli import main
from jobtui.config import ConfigError, load_settings
from tests.faults import small_tmpfs

TOO_BIG = str(2**63)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [
    ["search", "edit", TOO_BIG, "--results", "3"],
    ["search", "rm", TOO_BIG],
    ["jobs", "--limit", TOO_BIG],
    ["jobs", "--search", TOO_BIG],
    ["import", "--search", TOO_BIG, "x.jsonl"],
])
def test_numbers_of_2_to_the_63_or_more_are_one_line(capsys, args):
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.startswith(f"jobtui: {TOO_BIG} is too large for ")
    assert err.strip().endswith(f"(at most {2**63 - 1})")


def test_an_infinite_number_on_the_command_line_is_one_line(capsys):
    code, _, err = run(capsys, "search", "add", "python", "--every", "inf")
    assert code == 2 and "must be a finite number, not inf" in err


def config(isolated_home: Path, text: str) -> None:
    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("text, message", [
    ("[rating]\ntimeout = inf\n", "'rating.timeout' must be a number, got inf"),
    ("[scraping]\ninterval_hours = nan\n", "'scraping.interval_hours' must be a number"),
    (f"[ui]\npage_size = {2**63}\n", "'ui.page_size' must be a whole number"),
    ('[privacy]\nspacy_model = "./models/en_core_web_lg"\n',
     "'privacy.spacy_model' must be the name of an installed spaCy package"),
])
def test_settings_no_run_can_use_are_one_line(isolated_home, capsys, text, message):
    config(isolated_home, text)
    code, _, err = run(capsys, "jobs")
    assert code == 2 and message in err and "unexpected" not in err


def test_an_unreadable_config_folder_is_one_line(isolated_home, monkeypatch):
    def refused(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_file", refused)  # root may read anything: EACCES stands in
    with pytest.raises(ConfigError, match="cannot be read .*Permission denied.* check the "
                                          "permissions of its folder"):
        load_settings()


def test_a_read_only_database_is_one_line_even_for_jobs(tmp_path, capsys):
    with small_tmpfs(tmp_path, "4m") as disk:
        db = disk / "jobs.db"
        assert main(["--db", str(db), "search", "add", "python"]) == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        capsys.readouterr()
        code, _, err = run(capsys, "--db", str(db), "jobs")
    assert code == 2
    assert f"{db} is read-only (the file, its folder or its disk)" in err


def test_importing_a_fifo_is_refused_instead_of_hanging(tmp_path, isolated_home):
    fifo = tmp_path / "jobs.jsonl"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    result = subprocess.run([sys.executable, "-m", "jobtui", "import", str(fifo)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "not a regular file (a pipe or device)" in result.stderr


def test_an_empty_jsonl_says_nothing_was_imported(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    code, out, err = run(capsys, "import", str(empty))
    assert code == 0 and "0 jobs read" in out
    assert f"jobtui: {empty} holds no job records: nothing imported" in err


def test_a_log_file_that_cannot_be_written_is_one_line(tmp_path, capsys):
    handler = logs._LogFile(tmp_path / "jobtui.log", maxBytes=1000, backupCount=1)
    log = logging.getLogger("jobtui.test-log-file")
    log.addHandler(handler)
    logging.getLogger().addHandler(handler)  # the handler removes itself from the root
    try:
        handler.stream.close()  # as when its folder was replaced by a file mid-run
        handler.stream = open(os.devnull, "rb")  # noqa: SIM115 (writes fail on it)
        log.error("first")
        log.removeHandler(handler)
        logging.getLogger().error("second")
    finally:
        handler.stream.close()
        log.removeHandler(handler)
        logging.getLogger().removeHandler(handler)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Logging error" not in err
    assert err.count("jobtui: cannot write the log file") == 1
