"""``jobtui digest``: the new strong matches with their justification, as text, Markdown or
HTML, printed, written to a file or e-mailed."""

from __future__ import annotations

import argparse
import os

from jobtui.cli.common import cli_session
from jobtui.errors import JobtuiError
from jobtui.paths import expand_user


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "digest", help="new strong matches since a moment, with the model's reasons")
    p.add_argument("--since", default="24h", metavar="WHEN",
                   help="a duration (90m, 24h, 7d, 2w) or a local date/time "
                   "(2026-11-20, 2026-11-20T08:00); default 24h")
    p.add_argument("--min-rating", type=int, metavar="N",
                   help="lowest rating to include (default: ui.notify_rating)")
    p.add_argument("--format", choices=("text", "markdown", "html"),
                   help="default: text, or what the -o file name ends with (.md, .html)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of printing")
    p.add_argument("--email", action="store_true",
                   help="e-mail it now through the [alerts] SMTP settings (titles, "
                   "companies, ratings and links only)")
    p.set_defaults(func=run)


def _write(path: str, text: str) -> None:
    target = expand_user(path)
    try:
        # Owner-only: the justifications are written from your resume.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise JobtuiError(f"cannot write {target}: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    from jobtui.alerts.digest import format_for, parse_since, render
    from jobtui.db.models import utcnow
    from jobtui.store.matches import strong_matches

    with cli_session(args) as session:
        min_rating = session.settings.ui.notify_rating if args.min_rating is None \
            else args.min_rating
        if not 0 <= min_rating <= 100:
            raise JobtuiError(f"--min-rating {min_rating}: use 0 to 100")
        since = parse_since(args.since, utcnow())
        matches = strong_matches(session.user, since=since, min_rating=min_rating)
        if args.email:
            from jobtui.alerts.mail import digest_email, send_email

            alerts = session.settings.alerts
            send_email(digest_email(matches, alerts, since=since, min_rating=min_rating),
                       alerts)
            print(f"e-mailed {len(matches)} matches to {alerts.email_to}")
            return 0
        fmt = format_for(args.output, args.format)
        text = render(matches, fmt, since=since, min_rating=min_rating)
    if args.output:
        _write(args.output, text)
        print(f"wrote {len(matches)} matches to {args.output} ({fmt})")
    else:
        print(text, end="")
    return 0
