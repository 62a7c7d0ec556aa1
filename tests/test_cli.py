import subprocess
import sys

from jobtui import __version__
from jobtui.cli import main


def run_cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "jobtui", *args], capture_output=True, text=True, env=env,
        timeout=60,
    )


def test_version_and_help(capsys):
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"jobtui {__version__}"
    result = run_cli("--help")
    assert result.returncode == 0
    assert "doctor" in result.stdout


def test_malformed_config_is_one_line(isolated_home, capsys):
    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[rating]\ntemprature = 0.2\n")
    code = main(["doctor"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "rating.temprature" in err and str(path) in err
    assert "Traceback" not in err


def test_unreadable_database_is_one_line(tmp_path, capsys):
    bad = tmp_path / "garbage.db"
    bad.write_bytes(b"this is not a database" * 100)
    code = main(["--db", str(bad), "doctor"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"cannot open the database at {bad}" in out


def test_bad_ollama_host_in_config_is_one_line(isolated_home, capsys, monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST")  # the environment would override the file
    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text('[rating]\nhost = "localhost:abc"\n')
    code = main(["jobs"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "localhost:abc" in err and "unexpected error" not in err
