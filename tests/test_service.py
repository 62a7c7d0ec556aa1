"""`jobtui service install|uninstall|status` with stand-in systemctl/launchctl on PATH and
a temporary XDG config home / HOME; the unit is checked by `systemd-analyze verify`."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys

import pytest

from jobtui.cli import main
from jobtui.service import systemd_unit
from tests.alert_servers import calls_of, stand_in_command


@pytest.fixture
def service_env(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return bin_dir


def cli(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def verify_unit(unit, tmp_path):
    """`systemd-analyze --user verify` with a private runtime dir; skipped where missing."""
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed here")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([tool, "--user", "verify", str(unit)], capture_output=True,
                          text=True, env=env, timeout=60)
    return done.returncode, done.stderr


def test_systemd_install_status_uninstall(service_env, capsys, tmp_path, isolated_home):
    systemctl = stand_in_command(service_env, "systemctl", stdout="active\n")
    config = isolated_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[ui]\nnotify_rating = 85\n")
    code, out, _ = cli(capsys, "--user", "jo doe", "service", "install")
    unit = tmp_path / "xdg" / "systemd" / "user" / "jobtui.service"
    assert code == 0 and out.startswith(f"wrote {unit}\nstarted;")
    assert "journalctl --user -u jobtui.service -f" in out
    text = unit.read_text()
    db = isolated_home / "data" / "jobtui.db"
    assert (f"ExecStart={sys.executable} -m jobtui --config {config} --db {db} "
            '--user "jo doe" run') in text
    assert f"Environment=JOBTUI_HOME={isolated_home}" in text
    assert "OLLAMA_HOST" in text  # the tests' OLLAMA_HOST is set: passed on
    assert calls_of(systemctl) == [["--user", "daemon-reload"],
                                   ["--user", "enable", "--now", "jobtui.service"]]
    code, stderr = verify_unit(unit, tmp_path)
    assert code == 0, stderr

    code, out, _ = cli(capsys, "service", "status")
    assert code == 0 and out.splitlines()[:2] == [f"installed: {unit}", "state: running (active)"]
    code, out, _ = cli(capsys, "service", "uninstall")
    assert code == 0 and out == f"removed {unit}\n" and not unit.exists()
    assert calls_of(systemctl)[-2:] == [["--user", "disable", "--now", "jobtui.service"],
                                        ["--user", "daemon-reload"]]
    code, out, _ = cli(capsys, "service", "status")
    assert code == 1 and out.startswith("not installed")
    code, _, err = cli(capsys, "service", "uninstall")
    assert code == 2 and err.startswith("jobtui: no jobtui service installed")


def test_without_systemctl_it_says_what_to_run(service_env, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(service_env))  # an empty bin: no systemctl
    code, out, _ = cli(capsys, "service", "install")
    assert code == 0
    assert "could not run `systemctl --user daemon-reload`: systemctl not found" in out
    assert ("start it by hand with: systemctl --user daemon-reload && "
            "systemctl --user enable --now jobtui.service") in out


def test_verify_rejects_a_broken_unit(tmp_path):
    """The check above can fail: a relative ExecStart is refused."""
    unit = tmp_path / "broken.service"
    unit.write_text(systemd_unit(["relative/python", "-m", "jobtui", "run"], {}))
    code, stderr = verify_unit(unit, tmp_path)
    assert code != 0 and "relative/python" in stderr


def test_unit_quoting_of_odd_paths(tmp_path):
    text = systemd_unit(["/opt/my env/bin/python", "--db", '/d/50% "x"$HOME.db'], {"A": "b c"})
    assert ('ExecStart="/opt/my env/bin/python" --db "/d/50%% \\"x\\"$$HOME.db"') in text
    assert 'Environment="A=b c"' in text
    unit = tmp_path / "odd.service"
    unit.write_text(text.replace("/opt/my env/bin/python", sys.executable))
    code, stderr = verify_unit(unit, tmp_path)
    assert code == 0, stderr


def test_launchd_agent_install_status_uninstall(service_env, capsys, tmp_path):
    launchctl = stand_in_command(service_env, "launchctl", stdout="state = running")
    code, out, _ = cli(capsys, "--user", "tester", "service", "install", "--kind", "launchd")
    plist = tmp_path / "home" / "Library" / "LaunchAgents" / "io.github.jobtui.run.plist"
    assert code == 0 and out.startswith(f"wrote {plist}\nstarted;")
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == "io.github.jobtui.run"
    assert agent["ProgramArguments"][:3] == [sys.executable, "-m", "jobtui"]
    assert agent["ProgramArguments"][-3:] == ["--user", "tester", "run"]
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] == {"SuccessfulExit": False}
    assert agent["StandardOutPath"].endswith("service.log")
    assert "JOBTUI_HOME" in agent["EnvironmentVariables"]
    uid = os.getuid()
    assert calls_of(launchctl) == [["bootstrap", f"gui/{uid}", str(plist)]]
    code, out, _ = cli(capsys, "service", "status", "--kind", "launchd")
    assert code == 0 and "state: running" in out and "tail -f" in out
    code, out, _ = cli(capsys, "service", "uninstall", "--kind", "launchd")
    assert code == 0 and not plist.exists()
    assert calls_of(launchctl)[-1] == ["bootout", f"gui/{uid}/io.github.jobtui.run"]


def test_no_start_only_writes_the_file(service_env, capsys, tmp_path):
    systemctl = stand_in_command(service_env, "systemctl")
    code, out, _ = cli(capsys, "service", "install", "--no-start")
    assert code == 0 and "start it with: systemctl --user daemon-reload" in out
    assert calls_of(systemctl) == []
