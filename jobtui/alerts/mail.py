"""The digest by e-mail through the user's SMTP server, and when it is next due.

The e-mail carries only each job's title, company, rating and link (no justification:
it is written from your resume and an e-mail leaves the machine)."""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from jobtui.alerts.digest import render
from jobtui.alerts.message import AlertError, clean
from jobtui.config import AlertSettings
from jobtui.paths import ensure_private_dir, locations
from jobtui.store.matches import Match

TIMEOUT = 30.0  # seconds for the SMTP conversation


def digest_email(matches: Sequence[Match], alerts: AlertSettings, *, since: datetime,
                 min_rating: int) -> EmailMessage:
    """The digest as a text + HTML e-mail, without the model's justifications."""
    message = EmailMessage()
    n = len(matches)
    message["Subject"] = f"jobtui: {n} new strong match{'es' if n != 1 else ''}"
    message["From"] = alerts.email_from or alerts.smtp_user or alerts.email_to
    message["To"] = alerts.email_to
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="jobtui.local")
    kwargs = {"since": since, "min_rating": min_rating, "reasons": False}
    message.set_content(render(matches, "text", **kwargs))
    message.add_alternative(render(matches, "html", **kwargs), subtype="html")
    return message


def smtp_password(alerts: AlertSettings, env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    return env.get("JOBTUI_SMTP_PASSWORD") or alerts.smtp_password


def send_email(message: EmailMessage, alerts: AlertSettings) -> None:
    """Send through ``alerts.smtp_*``; raises AlertError with one line on any failure."""
    if not alerts.smtp_host or not alerts.email_to:
        raise AlertError("e-mail: set alerts.email_to and alerts.smtp_host first")
    where = f"{alerts.smtp_host}:{alerts.smtp_port}"
    try:
        context = ssl.create_default_context()
        if alerts.smtp_security == "ssl":
            server = smtplib.SMTP_SSL(alerts.smtp_host, alerts.smtp_port, timeout=TIMEOUT,
                                      context=context)
        else:
            server = smtplib.SMTP(alerts.smtp_host, alerts.smtp_port, timeout=TIMEOUT)
        with server:
            if alerts.smtp_security == "starttls":
                server.starttls(context=context)
            if alerts.smtp_user:
                server.login(alerts.smtp_user, smtp_password(alerts))
            server.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise AlertError(f"e-mail: {where} refused the login for {alerts.smtp_user!r} "
                         "(check alerts.smtp_user and the password)") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise AlertError(f"e-mail: {where} does not support that ({clean(str(exc), 120)}); "
                         "check alerts.smtp_security") from None
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise AlertError(f"e-mail: sending through {where} failed "
                         f"({type(exc).__name__}: {clean(str(exc), 160)})") from None


class DigestSchedule:
    """When the e-mailed digest was last sent for one database and user (a small JSON file
    in the state folder, so a restarted daemon does not send it again)."""

    def __init__(self, db_path: Path, user: str, path: Path | None = None) -> None:
        self.path = path or locations().state_dir / "digest-sent.json"
        self.key = f"{db_path}|{user}"

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def last_sent(self) -> datetime | None:
        value = self._read().get(self.key)
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def due_since(self, now: datetime, every_hours: float) -> datetime | None:
        """The start of the next digest if one is due at ``now``, else None."""
        if every_hours <= 0:
            return None
        every = timedelta(hours=every_hours)
        last = self.last_sent()
        if last is None:
            return now - every
        return last if now - last >= every else None

    def mark_sent(self, now: datetime) -> None:
        data = self._read()
        data[self.key] = now.isoformat()
        ensure_private_dir(self.path.parent)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        tmp.replace(self.path)
