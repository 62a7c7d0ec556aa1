"""``jobtui scrape``: run the due saved searches now (``--all`` / ``--search ID`` force)."""

from __future__ import annotations

import argparse
import sys

from jobtui.cli.common import cli_session
from jobtui.cli.signals import stop_on_signals

EXIT_OK = 0
EXIT_ALL_FAILED = 1  # no board of any search answered
EXIT_PARTIAL = 3  # some boards or searches failed, were skipped or are backing off
EXIT_STATUS = ("exit status: 0 every board of every search answered; 3 some boards or "
               "searches failed (or were skipped while backing off); 1 none answered; "
               "2 bad input")


def register(subparsers) -> None:
    p = subparsers.add_parser("scrape", help="scrape the saved searches and watched companies "
                              "that are due", epilog=EXIT_STATUS)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every saved search, due or not")
    which.add_argument("--search", type=int, metavar="ID", help="this search, due or not")
    p.set_defaults(func=run)


def _printer(event) -> None:
    from jobtui.events import BoardError, BoardWarning, Progress

    if isinstance(event, Progress):
        print(f"  {event.activity}", file=sys.stderr, flush=True)
    elif isinstance(event, BoardError):
        print(f"  {event.site}: {event.message}", file=sys.stderr, flush=True)
    elif isinstance(event, BoardWarning):
        print(f"  {event.site}: warning: {event.message}", file=sys.stderr, flush=True)


def exit_status(summaries) -> int:
    """0 when every board answered, 1 when none did, 3 in between (a summary without
    errors counts as answered)."""
    if not any(s.errors for s in summaries):
        return EXIT_OK
    if not any(s.answered or not s.errors for s in summaries):
        return EXIT_ALL_FAILED
    return EXIT_PARTIAL


def run(args: argparse.Namespace) -> int:
    from jobtui.scrape.runner import scrape_due
    from jobtui.store.companies import companies_for_user
    from jobtui.store.lease import LeaseKeeper
    from jobtui.store.searches import user_search

    with cli_session(args) as session:
        if args.search is not None:
            user_search(session.user, args.search)
        # The worker's lease, as `jobtui run` and `jobtui rate` take it: never two scrapers on
        # one database; Ctrl-C stops between boards and keeps what was stored.
        with stop_on_signals() as stop, LeaseKeeper(on_lost=stop.set):
            summaries = scrape_due(session, search_id=args.search, force=args.all,
                                   emit=_printer, stop=stop)
        labels = {c.search_id: f"company {c.ats}:{c.slug}"
                  for c in companies_for_user(session.user)}
    if not summaries:
        print("nothing is due; `jobtui scrape --all` runs every search now")
        return EXIT_OK
    for s in summaries:
        errors = "; ".join(f"{site}: {msg}" for site, msg in s.errors.items())
        label = labels.get(s.search_id, f"search {s.search_id}")
        print(f"{label}: {s.found} jobs found, {s.new} new"
              + (f" ({errors})" if errors else ""))
    return exit_status(summaries)
