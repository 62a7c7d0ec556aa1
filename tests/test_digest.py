"""`jobtui digest` (text, Markdown, HTML, -o, --email) and the daemon's scheduled e-mail,
through a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import html.parser
from datetime import timedelta

import pytest

from jobtui.alerts.burst import build_alerts
from jobtui.cli import main
from jobtui.db.models import Application, Rating, utcnow
from jobtui.events import Notice
from jobtui.worker import Worker
from tests.alert_servers import SMTPServer
from tests.rating_data import add_job, add_resume, add_search
from tests.test_alerts import JUSTIFICATION, RESUME_TEXT, no_scrape, resume_fragments
from tests.test_worker import Recorder

REASON = "Strong Python and PostgreSQL match; Kubernetes depth unclear."


def seed(session):
    """Four rated jobs: 95 and 85 today, 99 a week ago, 60 today; plus a hidden 97."""
    search = add_search(session.user, last_search=utcnow())
    resume = add_resume(session.user, RESUME_TEXT)
    now = utcnow()
    rows = [(1, 95, now - timedelta(hours=2)), (2, 85, now - timedelta(hours=20)),
            (3, 99, now - timedelta(days=7)), (4, 60, now - timedelta(hours=1)),
            (5, 97, now - timedelta(hours=1))]
    for n, rating, when in rows:
        job = add_job(search, n, title=f"Data Engineer <{n}> & [lead]", company=f"Initrode {n}")
        Rating.create(job=job, resume=resume, model="m", rating=rating, justification=REASON,
                      created_at=when, updated_at=when)
        if n == 5:
            Application.create(user=session.user, job=job, status="hidden")


@pytest.fixture
def seeded(session):
    seed(session)
    session.close()


def digest(capsys, *args):
    code = main(["--user", "tester", "digest", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_text_digest_lists_new_strong_matches_with_reasons(seeded, capsys):
    code, out, _ = digest(capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("jobtui digest: 2 strong matches rated at least 80 since ")
    assert " 95  Data Engineer <1> & [lead] · Initrode 1 · Austin, TX" in lines
    assert "     https://example.com/job/1" in lines and f"     {REASON}" in lines
    assert "Initrode 2" in out and "Initrode 3" not in out  # a week old
    assert "Initrode 4" not in out and "Initrode 5" not in out  # weak; hidden
    assert out.index("Initrode 1") < out.index("Initrode 2")  # best first


def test_since_min_rating_and_markdown(seeded, capsys):
    code, out, _ = digest(capsys, "--since", "8d", "--min-rating", "50", "--format", "markdown")
    assert code == 0
    assert out.startswith("# jobtui digest\n\n4 strong matches rated at least 50 since ")
    assert "## 99 · [Data Engineer \\<3\\> & \\[lead\\]](<https://example.com/job/3>)" in out
    assert f"> {REASON}" in out


def test_html_file_from_the_suffix_is_escaped_and_private(seeded, capsys, tmp_path):
    target = tmp_path / "digest.html"
    code, out, _ = digest(capsys, "-o", str(target))
    assert code == 0 and out == f"wrote 2 matches to {target} (html)\n"
    page = target.read_text()
    assert "Data Engineer &lt;1&gt; &amp; [lead]" in page and "<1>" not in page
    assert '<a href="https://example.com/job/1">' in page
    html.parser.HTMLParser().feed(page)
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "yesterday"], "--since 'yesterday': use a duration like 24h"),
    (["--min-rating", "101"], "--min-rating 101: use 0 to 100"),
    (["-o", "/nonexistent-dir/x.md"], "cannot write /nonexistent-dir/x.md"),
    (["--email"], "e-mail: set alerts.email_to and alerts.smtp_host first"),
])
def test_bad_digest_options_are_one_line(seeded, capsys, args, message):
    code, _, err = digest(capsys, *args)
    assert code == 2 and err.startswith(f"jobtui: {message}") and err.count("\n") == 1


@pytest.fixture
def smtp():
    server = SMTPServer().start()
    yield server
    server.stop()


def mail_config(isolated_home, smtp, every=24):
    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'[alerts]\ndesktop = false\nemail_to = "me@example.com"\nemail_every_hours = {every}\n'
        f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp.port}\nsmtp_security = "none"\n')


def assert_private(message):
    text = message.get_body(("plain",)).get_content()
    page = message.get_body(("html",)).get_content()
    for fragment in resume_fragments() + [REASON, JUSTIFICATION]:
        assert fragment not in text and fragment not in page, fragment
    return text, page


def test_digest_email_now(seeded, capsys, isolated_home, smtp):
    mail_config(isolated_home, smtp)
    code, out, _ = digest(capsys, "--email")
    assert code == 0 and out == "e-mailed 2 matches to me@example.com\n"
    (message,) = smtp.messages
    assert message["Subject"] == "jobtui: 2 new strong matches"
    assert smtp.envelopes == [("me@example.com", ["me@example.com"])]
    text, page = assert_private(message)
    assert "95  Data Engineer <1> & [lead] · Initrode 1" in text
    assert "https://example.com/job/2" in text and "Data Engineer &lt;2&gt;" in page


def test_the_daemon_emails_the_digest_once_per_interval(session, isolated_home, smtp):
    from jobtui.config import load_settings

    mail_config(isolated_home, smtp, every=24)
    session.settings = load_settings(user="tester")
    seed(session)
    events = Recorder()
    worker = Worker(session, events, scrape=no_scrape, alerts=build_alerts(session))
    worker.run_once()
    assert len(smtp.messages) == 1
    assert_private(smtp.messages[0])
    assert [e.message for e in events.events if isinstance(e, Notice)] == [
        "digest e-mailed to me@example.com: 2 matches"]
    worker.run_once()  # the next cycle, minutes later: not due again
    assert len(smtp.messages) == 1


def test_an_unreachable_smtp_server_is_a_notice_and_retried(session, isolated_home):
    from jobtui.config import load_settings

    path = isolated_home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[alerts]\ndesktop = false\nemail_to = "me@example.com"\n'
                    'smtp_host = "127.0.0.1"\nsmtp_port = 9\nsmtp_security = "none"\n')
    session.settings = load_settings(user="tester")
    seed(session)
    events = Recorder()
    worker = Worker(session, events, scrape=no_scrape, alerts=build_alerts(session))
    worker.run_once()
    worker.run_once()
    notices = [e.message for e in events.events if isinstance(e, Notice)]
    assert len(notices) == 2  # not marked as sent: the next cycle tries again
    assert notices[0].startswith("digest not sent: e-mail: sending through 127.0.0.1:9 failed")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_login_uses_the_password_from_the_environment(seeded, capsys, isolated_home,
                                                           monkeypatch):
    server = SMTPServer(credentials=("me", "s3cret")).start()
    try:
        mail_config(isolated_home, server)
        path = isolated_home / "config" / "config.toml"
        path.write_text(path.read_text() + 'smtp_user = "me"\nsmtp_password = "wrong"\n')
        code, _, err = digest(capsys, "--email")
        assert code == 2 and err.startswith(
            f"jobtui: e-mail: 127.0.0.1:{server.port} refused the login for 'me'")
        monkeypatch.setenv("JOBTUI_SMTP_PASSWORD", "s3cret")
        code, out, _ = digest(capsys, "--email")
        assert code == 0 and len(server.messages) == 1
    finally:
        server.stop()
