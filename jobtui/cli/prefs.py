"""``jobtui prefs``: rules that filter jobs out before the model sees them."""

from __future__ import annotations

import argparse

from jobtui.cli.common import cli_session

# option -> preference; each takes what the app's form takes (lists comma-separated).
OPTIONS = (
    ("--exclude-title", "exclude_title", "WORDS", "titles with any of these are filtered out"),
    ("--require-title", "require_title", "WORDS", "titles must have one of these"),
    ("--exclude-company", "exclude_company", "NAMES", "companies never to see"),
    ("--remote-only", "remote_only", "yes|no", "only remote jobs"),
    ("--locations", "locations", "PLACES", "acceptable places ('remote' accepts remote jobs)"),
    ("--min-salary", "min_salary", "AMOUNT", "yearly pay at least, e.g. 90k or '70k EUR'"),
    ("--currency", "currency", "CODE", "currency of --min-salary (default USD)"),
    ("--rates", "rates", "CODE=USD,...", "override the built-in exchange rates"),
    ("--job-types", "job_types", "TYPES", "fulltime, parttime, contract, internship, "
     "temporary"),
    ("--max-age", "max_age_days", "DAYS", "jobs posted longer ago are filtered out"),
)


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "prefs", help="rules that filter jobs out before the model rates them",
        description="Jobs that fail a rule are kept with the reason and never sent to the "
        "model; see them with `jobtui jobs --filtered`. Empty text turns a rule off.")
    actions = p.add_subparsers(dest="prefs_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="your rules and how many jobs they filter out")
    show.set_defaults(func=run_show)
    change = actions.add_parser("set", help="change some rules (the others stay)")
    for option, dest, metavar, text in OPTIONS:
        change.add_argument(option, dest=dest, metavar=metavar, help=text)
    change.set_defaults(func=run_set)
    clear = actions.add_parser("clear", help="turn every rule off")
    clear.set_defaults(func=run_clear)


def _print(prefs, filtered: int) -> None:
    from jobtui.preferences import describe_prefs

    for name, value in describe_prefs(prefs):
        print(f"{name:16} {value}")
    print(f"{filtered} jobs filtered out (jobtui jobs --filtered)")


def run_show(args: argparse.Namespace) -> int:
    from jobtui.store.prefs import filtered_count, get_prefs

    with cli_session(args) as session:
        _print(get_prefs(session.user), filtered_count(session.user))
    return 0


def run_set(args: argparse.Namespace) -> int:
    from jobtui.errors import JobtuiError
    from jobtui.preferences import with_text
    from jobtui.store.prefs import get_prefs, save_prefs

    given = [(dest, getattr(args, dest)) for _, dest, _, _ in OPTIONS
             if getattr(args, dest) is not None]
    if not given:
        raise JobtuiError("nothing to change; see `jobtui prefs set --help`")
    with cli_session(args) as session:
        prefs = get_prefs(session.user)
        # Rates, then currency, then the rest: "--rates XYZ=2 --currency XYZ" knows XYZ, and
        # "--min-salary 70k --currency EUR" reads 70k as euros.
        first = {"rates": 0, "currency": 1}
        for dest, text in sorted(given, key=lambda item: first.get(item[0], 2)):
            prefs = with_text(prefs, dest, text)
        filtered = save_prefs(session.user, prefs)
        _print(prefs, filtered)
    return 0


def run_clear(args: argparse.Namespace) -> int:
    from jobtui.preferences import Preferences
    from jobtui.store.prefs import save_prefs

    with cli_session(args) as session:
        save_prefs(session.user, Preferences())
        print("every rule is off; no job is filtered out")
    return 0
