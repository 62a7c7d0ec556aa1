"""Alerts: one per burst through every channel (stand-in notify-send, ntfy and webhook on
127.0.0.1), only title/company/rating/link in them, failures reported, never raised."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from jobtui.alerts.burst import AlertBurst, build_alerts
from jobtui.alerts.desktop import DesktopNotifier
from jobtui.alerts.message import Alert, AlertItem
from jobtui.config import ConfigError, load_settings
from jobtui.db.models import Rating, utcnow
from jobtui.events import JobRated, Notice
from jobtui.store.users import get_or_create_user
from jobtui.worker import Worker
from tests.alert_servers import (
    FakeNotificationService,
    RecordingServer,
    calls_of,
    stand_in_command,
)
from tests.fake_ollama import default_answer
from tests.rating_data import FIXTURES, add_job, add_resume, add_search
from tests.test_worker import Recorder

RESUME_TEXT = (FIXTURES / "resumes" / "alex_morgan.txt").read_text(encoding="utf-8")
PII = json.loads((FIXTURES / "resumes" / "alex_morgan.pii.json").read_text())["must_not_appear"]
JUSTIFICATION = default_answer({})["justification"]


def resume_fragments() -> list[str]:
    """Every resume line long enough to be recognisable, plus its PII strings."""
    lines = [" ".join(line.split()) for line in RESUME_TEXT.splitlines()]
    return [line for line in lines if len(line) >= 25] + PII


@pytest.fixture
def channels(tmp_path, monkeypatch):
    """A stand-in notify-send on PATH and a server standing in for ntfy and the webhook."""
    bin_dir = tmp_path / "bin"
    notify_calls = stand_in_command(bin_dir, "notify-send")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    server = RecordingServer().start()
    yield notify_calls, server
    server.stop()


def strong_session(session, fake_ollama, server, jobs=20, rating=95):
    """The fixture resume (PII and all) active, ``jobs`` jobs queued, every answer ``rating``,
    ntfy and webhook pointing at ``server``."""
    session.settings.rating.host = fake_ollama.host
    fake_ollama.answer = lambda request: {**default_answer(request), "rating": rating}
    search = add_search(session.user, last_search=utcnow())
    add_resume(session.user, RESUME_TEXT)
    for n in range(1, jobs + 1):
        add_job(search, n, title=f"Backend Engineer {n}", company=f"Globex {n}")
    alerts = session.settings.alerts
    alerts.ntfy_url = f"{server.url}/jobtui-topic"
    alerts.ntfy_token = "tk_secret"
    alerts.webhook_url = f"{server.url}/hook"
    return search


def no_scrape(session, **kwargs):
    return []


def test_a_burst_of_20_strong_ratings_sends_one_alert_per_channel(
        fake_ollama, session, channels):
    notify_calls, server = channels
    strong_session(session, fake_ollama, server)
    events = Recorder()
    summary = Worker(session, events, scrape=no_scrape, alerts=build_alerts(session)).run_once()
    assert summary.rating.rated == 20
    assert len([e for e in events.events if isinstance(e, JobRated)]) == 20

    (desktop,) = calls_of(notify_calls)
    assert desktop[desktop.index("--") + 1] == "jobtui: 20 new strong matches"
    assert "95 · Backend Engineer" in desktop[-1] and "… and 15 more" in desktop[-1]

    ntfy = [p for p in server.posts if p.path == "/"]
    hook = [p for p in server.posts if p.path == "/hook"]
    assert len(ntfy) == 1 and len(hook) == 1
    message = ntfy[0].json()
    assert message["topic"] == "jobtui-topic" and message["title"] == desktop[-2]
    assert ntfy[0].headers["Authorization"] == "Bearer tk_secret"
    assert message["click"].startswith("https://example.com/job/")
    assert len(message["actions"]) == 3
    payload = hook[0].json()
    assert payload["count"] == 20
    assert {tuple(sorted(m)) for m in payload["matches"]} == {
        ("company", "rating", "title", "url")}
    assert sorted(m["title"] for m in payload["matches"]) == sorted(
        f"Backend Engineer {n}" for n in range(1, 21))

    sent = "\n".join([json.dumps(desktop)] + [p.body.decode() for p in server.posts])
    for fragment in resume_fragments() + [JUSTIFICATION]:
        assert fragment not in sent, fragment
    assert not any(isinstance(e, Notice) for e in events.events)


def test_ratings_below_the_threshold_send_nothing(fake_ollama, session, channels):
    notify_calls, server = channels
    strong_session(session, fake_ollama, server, jobs=3, rating=79)
    Worker(session, Recorder(), scrape=no_scrape, alerts=build_alerts(session)).run_once()
    assert calls_of(notify_calls) == [] and server.posts == []


def test_a_failing_channel_is_a_notice_and_the_others_still_get_the_alert(
        fake_ollama, session, channels):
    notify_calls, server = channels
    strong_session(session, fake_ollama, server, jobs=2)
    server.status = 500
    events = Recorder()
    summary = Worker(session, events, scrape=no_scrape, alerts=build_alerts(session)).run_once()
    assert summary.rating.rated == 2
    notices = [e.message for e in events.events if isinstance(e, Notice)]
    assert len(notices) == 2
    assert notices[0].startswith("alert not delivered: ntfy: http://127.0.0.1:")
    assert "answered 500" in notices[0] and notices[1].startswith("alert not delivered: webhook")
    assert len(calls_of(notify_calls)) == 1


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class RecordingNotifier:
    name = "recording"

    def __init__(self):
        self.alerts: list[Alert] = []

    def send(self, alert):
        self.alerts.append(alert)


def test_a_long_drain_alerts_once_per_window_and_only_for_the_users_own_ratings(session):
    search = add_search(session.user)
    mine = add_resume(session.user)
    other_user = get_or_create_user("someone-else")
    theirs = add_resume(other_user, "Another resume entirely")
    jobs = [add_job(search, n) for n in range(1, 6)]
    for job in jobs:
        for resume in (mine, theirs):
            Rating.create(job=job, resume=resume, model="m", rating=90, justification="x")
    session.settings.alerts.coalesce_minutes = 10
    clock, notifier = Clock(), RecordingNotifier()
    burst = AlertBurst(session, lambda: [notifier], clock=clock)
    for minute, job in zip((0, 4, 9, 10, 12), jobs, strict=True):
        clock.now = minute * 60
        burst.observe(JobRated(job.id, mine.id, 90, title=job.title))
    burst.observe(JobRated(jobs[0].id, theirs.id, 99))  # the other user's: ignored
    assert [len(a.items) for a in notifier.alerts] == [4]  # minute 10 closed the first burst
    burst.end_cycle()
    assert [len(a.items) for a in notifier.alerts] == [4, 1]
    burst.end_cycle()
    assert len(notifier.alerts) == 2  # nothing pending, nothing sent


def test_notify_send_gets_an_escaped_body_and_osascript_gets_arguments(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    notify_calls = stand_in_command(bin_dir, "notify-send")
    osa_calls = stand_in_command(bin_dir, "osascript")
    monkeypatch.setenv("PATH", str(bin_dir))
    alert = Alert.of([AlertItem('R&D <b>lead</b> "x"', "Acme\x1b[31m", 91, "https://e.x/1")])
    DesktopNotifier("linux").send(alert)
    (call,) = calls_of(notify_calls)
    assert call[-1] == '91 · R&amp;D &lt;b&gt;lead&lt;/b&gt; "x" · Acme [31m\nhttps://e.x/1'
    DesktopNotifier("darwin").send(alert)
    (call,) = calls_of(osa_calls)
    assert call[-2:] == ["jobtui: a new strong match",
                         '91 · R&D <b>lead</b> "x" · Acme [31m\nhttps://e.x/1']
    assert "display notification (item 2 of argv)" in " ".join(call)


def test_a_failing_notifier_command_is_one_line(tmp_path, monkeypatch):
    from jobtui.alerts.message import AlertError

    bin_dir = tmp_path / "bin"
    stand_in_command(bin_dir, "notify-send", stdout="cannot open display", exit_code=1)
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(AlertError, match="^desktop: notify-send failed: cannot open display$"):
        DesktopNotifier("linux").send(Alert.of([AlertItem("t", "c", 90, "")]))


@pytest.mark.parametrize(("toml", "expected"), [
    ('ntfy_url = "ntfy.sh/topic"', "'alerts.ntfy_url' must be a topic URL"),
    ('ntfy_url = "https://ntfy.sh/"', "'alerts.ntfy_url' must be a topic URL"),
    ('webhook_url = "ftp://x/y"', "'alerts.webhook_url' must be an http(s) URL or empty"),
    ('email_to = "me@example.com"', "'alerts.smtp_host' must be set when alerts.email_to"),
    ('smtp_security = "tls"', "'alerts.smtp_security' must be starttls, ssl or none"),
    ('smtp_port = 0', "'alerts.smtp_port' must be 1 to 65535"),
    ('coalesce_minutes = -1', "'alerts.coalesce_minutes' must be 0 or more"),
    ('desktop = "yes"', "'alerts.desktop' must be true or false"),
    ('sms = true', "unknown key 'alerts.sms'"),
])
def test_alert_settings_are_validated_in_one_line(tmp_path, toml, expected):
    path = tmp_path / "config.toml"
    path.write_text(f"[alerts]\n{toml}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(config=path, env={})
    assert expected in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed")
def test_without_notify_send_the_notification_goes_over_d_bus(tmp_path, monkeypatch):
    service = FakeNotificationService(tmp_path).start()
    try:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", service.address)
        monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no notify-send
        DesktopNotifier("linux").send(Alert.of([AlertItem("A <b>", "Acme", 93, "https://e/1")]))
        (call,) = service.calls
        assert call[0] == "jobtui" and call[3] == "jobtui: a new strong match"
        assert call[4] == "93 · A &lt;b&gt; · Acme\nhttps://e/1"
    finally:
        service.stop()


def test_without_any_notifier_the_error_says_what_to_install(tmp_path, monkeypatch):
    from jobtui.alerts.message import AlertError

    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(AlertError, match="install notify-send or turn alerts.desktop off"):
        DesktopNotifier("linux").send(Alert.of([AlertItem("t", "c", 90, "")]))


def test_jobtui_run_once_sends_one_desktop_alert(fake_ollama, session, channels, monkeypatch,
                                                 capsys):
    from jobtui.cli import main

    notify_calls, server = channels
    strong_session(session, fake_ollama, server, jobs=20)
    monkeypatch.setenv("OLLAMA_HOST", fake_ollama.host)
    monkeypatch.setattr("jobtui.worker.scrape_due_searches", no_scrape)
    session.close()
    assert main(["--user", "tester", "run", "--once"]) == 0
    assert "rated 20, failed 0" in capsys.readouterr().out
    (call,) = calls_of(notify_calls)
    assert call[-2] == "jobtui: 20 new strong matches"
    assert server.posts == []  # ntfy and webhook were set on the test's settings, not the file
