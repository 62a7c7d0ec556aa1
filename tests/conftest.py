"""Shared fixtures: an isolated home for every test, a network guard, a fake Ollama server."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

from tests.fake_ollama import FakeOllama

FIXTURES = Path(__file__).parent / "fixtures"
CLOSED_PORT_HOST = "127.0.0.1:9"  # the discard port: nothing listens, so connections are refused


class NetworkBlocked(OSError):
    """A test tried to reach a non-loopback address."""


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX path
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def network_guard(monkeypatch, request):
    """Fail any test that opens a connection to (or resolves) a non-loopback address."""
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(address) -> None:
        if not _is_loopback(address):
            attempts.append(repr(address))
            raise NetworkBlocked(f"network access blocked in tests: {address!r}")

    def connect(self, address):
        check(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        check(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and not _is_loopback((name,)):
            attempts.append(f"DNS {name}")
            raise NetworkBlocked(f"DNS lookup blocked in tests: {name}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    if attempts and "allow_blocked_network" not in request.keywords:
        pytest.fail(f"test tried to reach the network: {', '.join(attempts)}")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own config/data/state/cache folders and no Ollama."""
    home = tmp_path / "jobtui-home"
    monkeypatch.setenv("JOBTUI_HOME", str(home))
    for name in ("JOBTUI_CONFIG", "JOBTUI_DB", "JOBTUI_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OLLAMA_HOST", CLOSED_PORT_HOST)
    return home


@pytest.fixture(autouse=True)
def quiet_desktop(tmp_path, monkeypatch) -> Path:
    """Desktop alerts reach a silent stand-in notify-send/osascript, never the real desktop."""
    bin_dir = tmp_path / "quiet-bin"
    bin_dir.mkdir()
    for name in ("notify-send", "osascript"):
        (bin_dir / name).write_text("#!/bin/sh\nexit 0\n")
        (bin_dir / name).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return bin_dir


@pytest.fixture
def fake_ollama(monkeypatch):
    """A running fake Ollama server; OLLAMA_HOST points at it."""
    from jobtui.rating.capabilities import forget_models

    forget_models()  # a reused port must not inherit another test's models
    server = FakeOllama().start()
    monkeypatch.setenv("OLLAMA_HOST", server.host)
    yield server
    server.stop()


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Modules that set ``BOTH_ENGINES = True`` run each test using ``db_engine`` (``session``
    does) on SQLite and on PostgreSQL."""
    if (getattr(metafunc.module, "BOTH_ENGINES", False) and "db_engine" in metafunc.fixturenames
            and not metafunc.definition.get_closest_marker("sqlite_only")):
        metafunc.parametrize("db_engine", ENGINES, indirect=True)


@pytest.fixture
def db_engine(request, isolated_home, monkeypatch):
    """The database the test's session opens: None for the default SQLite file, or the URL
    of a fresh PostgreSQL database (skipped when no test server is configured), which
    JOBTUI_DB names too so the CLI under test opens it."""
    from tests import pg

    if getattr(request, "param", "sqlite") == "sqlite":
        yield None
        return
    if pg.server_url() is None:
        pytest.skip(pg.SKIP_REASON)
    with pg.fresh_database() as url:
        monkeypatch.setenv("JOBTUI_DB", url)
        yield url


def pytest_sessionfinish(session):
    from tests import pg

    if pg.server_url() is not None:
        pg.drop_template()


@pytest.fixture
def settings(isolated_home, db_engine):
    from jobtui.config import load_settings

    return load_settings(user="tester", db=db_engine)


@pytest.fixture
def session(settings):
    """An opened database in the isolated home, with user "tester"."""
    from jobtui.session import open_session

    s = open_session(settings)
    yield s
    s.close()


@pytest.fixture
def privacy():
    """Redaction settings without a spaCy model (the resume tests' default)."""
    from jobtui.config import PrivacySettings

    return PrivacySettings(spacy_model="jobtui_no_such_model")
