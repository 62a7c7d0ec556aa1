"""``jobtui run`` as a login service: a systemd user unit (Linux) or a launchd agent
(macOS) that runs it with the current settings, database and user."""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jobtui.config import Settings
from jobtui.errors import JobtuiError
from jobtui.paths import ensure_private_dir, locations

UNIT_NAME = "jobtui.service"
LAUNCHD_LABEL = "io.github.jobtui.run"
KINDS = ("systemd", "launchd")
# Environment that changes what `jobtui run` does; passed on to the service when set.
PASSED_ENV = ("JOBTUI_HOME", "OLLAMA_HOST", "JOBTUI_MODEL")
_SYSTEMD_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


class ServiceError(JobtuiError):
    """The service cannot be written or managed here (one line)."""


def default_kind(platform: str | None = None) -> str:
    """launchd on macOS, systemd elsewhere (Linux)."""
    return "launchd" if (platform or sys.platform) == "darwin" else "systemd"


def run_argv(settings: Settings, python: str | None = None) -> list[str]:
    """The command line of the service: this Python, this settings file, database, user."""
    argv = [python or sys.executable, "-m", "jobtui"]
    if settings.config_path.is_file():  # defaults need no file; --config requires one
        argv += ["--config", str(settings.config_path.resolve())]
    db = settings.db_path if isinstance(settings.db_path, str) else str(settings.db_path.resolve())
    return argv + ["--db", db, "--user", settings.user, "run"]


def service_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    env = os.environ if env is None else env
    return {name: env[name] for name in PASSED_ENV if env.get(name)}


def _systemd_quote(word: str) -> str:
    if "\n" in word or "\r" in word:
        raise ServiceError(f"cannot put a line break into a systemd unit: {word!r}")
    word = word.replace("%", "%%").replace("$", "$$")  # specifiers and variable expansion
    if _SYSTEMD_PLAIN.fullmatch(word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_unit(argv: list[str], env: Mapping[str, str]) -> str:
    """The text of the user unit that runs ``argv`` with ``env``."""
    lines = [
        "[Unit]",
        "Description=jobtui: scrape saved job searches and rate new jobs",
        "",
        "[Service]",
        "Type=simple",
        "ExecStart=" + " ".join(_systemd_quote(a) for a in argv),
        *(f"Environment={_systemd_quote(f'{k}={v}')}" for k, v in sorted(env.items())),
        "Restart=on-failure",
        "RestartSec=60",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def launchd_plist(argv: list[str], env: Mapping[str, str], log_file: Path) -> bytes:
    """The launchd agent that runs ``argv`` at login and again if it fails."""
    agent = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": argv,
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},
        "ThrottleInterval": 60,
        "StandardOutPath": str(log_file),
        "StandardErrorPath": str(log_file),
    }
    if env:
        agent["EnvironmentVariables"] = dict(env)
    return plistlib.dumps(agent)


@dataclass(frozen=True)
class Service:
    """Where the service file of ``kind`` lives and how it is controlled."""

    kind: str
    path: Path
    log_hint: str

    def control(self, action: str) -> list[list[str]]:
        """The commands for ``action`` (start, stop, status) on this platform."""
        if self.kind == "systemd":
            return {
                "start": [["systemctl", "--user", "daemon-reload"],
                          ["systemctl", "--user", "enable", "--now", UNIT_NAME]],
                "stop": [["systemctl", "--user", "disable", "--now", UNIT_NAME]],
                "status": [["systemctl", "--user", "is-active", UNIT_NAME]],
            }[action]
        target = f"gui/{os.getuid()}"
        return {
            "start": [["launchctl", "bootstrap", target, str(self.path)]],
            "stop": [["launchctl", "bootout", f"{target}/{LAUNCHD_LABEL}"]],
            "status": [["launchctl", "print", f"{target}/{LAUNCHD_LABEL}"]],
        }[action]


def service_for(kind: str, env: Mapping[str, str] | None = None) -> Service:
    """The service of ``kind`` for this user (XDG_CONFIG_HOME and HOME are honoured)."""
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or Path.home())
    if kind == "systemd":
        config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
        return Service(kind, config_home / "systemd" / "user" / UNIT_NAME,
                       f"journalctl --user -u {UNIT_NAME} -f")
    if kind == "launchd":
        log_file = locations().state_dir / "service.log"
        return Service(kind, home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist",
                       f"tail -f {log_file}")
    raise ServiceError(f"unknown service kind {kind!r} (use {' or '.join(KINDS)})")


def service_text(service: Service, settings: Settings,
                 env: Mapping[str, str] | None = None) -> bytes:
    """The unit or plist for ``settings``."""
    argv, passed = run_argv(settings), service_env(env)
    if service.kind == "systemd":
        return systemd_unit(argv, passed).encode("utf-8")
    log_file = locations().state_dir / "service.log"
    ensure_private_dir(log_file.parent)
    return launchd_plist(argv, passed, log_file)


def write_service(service: Service, settings: Settings,
                  env: Mapping[str, str] | None = None) -> Path:
    """Write the service file (replacing an older one) and return its path."""
    data = service_text(service, settings, env)
    try:
        service.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = service.path.with_name(service.path.name + ".tmp")
        tmp.write_bytes(data)
        os.chmod(tmp, 0o644)
        tmp.replace(service.path)
    except OSError as exc:
        raise ServiceError(f"cannot write {service.path}: {exc.strerror or exc}") from None
    return service.path


def run_control(argv: list[str]) -> tuple[bool, str]:
    """Run one control command; (succeeded, its one-line output). Missing tool: False."""
    if shutil.which(argv[0]) is None:
        return False, f"{argv[0]} not found"
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    output = " ".join((done.stdout.strip() or done.stderr.strip()).split())[:300]
    return done.returncode == 0, output
