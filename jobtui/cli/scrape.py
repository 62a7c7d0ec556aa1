"""``jobtui scrape``: run the due saved searches now (``--all`` / ``--search ID`` force)."""

from __future__ import annotations

import argparse
import sys
import threading

from jobtui.cli.common import cli_session


def register(subparsers) -> None:
    p = subparsers.add_parser("scrape", help="scrape the saved searches and watched companies "
                              "that are due")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every saved search, due or not")
    which.add_argument("--search", type=int, metavar="ID", help="this search, due or not")
    p.set_defaults(func=run)


def _printer(event) -> None:
    from jobtui.events import BoardError, Progress

    if isinstance(event, Progress):
        print(f"  {event.activity}", file=sys.stderr, flush=True)
    elif isinstance(event, BoardError):
        print(f"  {event.site}: {event.message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from jobtui.scrape.runner import scrape_due
    from jobtui.store.companies import companies_for_user
    from jobtui.store.searches import user_search

    stop = threading.Event()
    with cli_session(args) as session:
        if args.search is not None:
            user_search(session.user, args.search)
        summaries = scrape_due(session, search_id=args.search, force=args.all,
                               emit=_printer, stop=stop)
        labels = {c.search_id: f"company {c.ats}:{c.slug}"
                  for c in companies_for_user(session.user)}
    if not summaries:
        print("nothing is due; `jobtui scrape --all` runs every search now")
        return 0
    for s in summaries:
        errors = "; ".join(f"{site}: {msg}" for site, msg in s.errors.items())
        label = labels.get(s.search_id, f"search {s.search_id}")
        print(f"{label}: {s.found} jobs found, {s.new} new"
              + (f" ({errors})" if errors else ""))
    failed = all(s.found == 0 and s.errors for s in summaries)
    return 1 if failed else 0
