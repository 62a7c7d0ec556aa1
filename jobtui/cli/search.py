"""``jobtui search``: add, list, edit and remove saved searches."""

from __future__ import annotations

import argparse
import json
import sys

from jobtui.cli.common import cli_session
from jobtui.cli.jobs import fit, render_table, terminal_width


def _add_parameters(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--location", metavar="L", help="city, state or country ('' for none)")
    p.add_argument("--sites", metavar="LIST", help="comma list of boards, e.g. indeed,linkedin "
                   "(default: scraping.boards setting)")
    p.add_argument("--results", type=int, metavar="N", help="results per board and term "
                   "(1-1000)")
    p.add_argument("--country", metavar="C", help="country for Indeed/Glassdoor (default usa)")
    p.add_argument("--distance", type=int, metavar="MI", help="miles around the location")
    remote = p.add_mutually_exclusive_group()
    remote.add_argument("--remote", dest="remote", action="store_true", default=None,
                        help="remote jobs only")
    if editing:
        remote.add_argument("--no-remote", dest="remote", action="store_false",
                            help="not only remote jobs")
    p.add_argument("--job-type", metavar="T", help="fulltime, parttime, contract, ... "
                   "('' for any)")
    p.add_argument("--hours-old", type=int, metavar="H", help="only jobs posted in the last H "
                   "hours")
    p.add_argument("--every", type=float, metavar="HOURS", help="hours between runs (default: "
                   "scraping.interval_hours setting)")
    p.add_argument("--name", metavar="TEXT", help="a label for the search")


def register(subparsers) -> None:
    p = subparsers.add_parser("search", help="saved searches: add, list, edit, rm")
    sub = p.add_subparsers(dest="search_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="save a new search and print its id")
    add.add_argument("terms", nargs="+", metavar="TERM", help="search terms (one scrape each)")
    _add_parameters(add, editing=False)
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="saved searches with last run, job counts, board status")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(func=run_list)
    edit = sub.add_parser("edit", help="change a saved search")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--terms", metavar="LIST", help="comma list of search terms")
    _add_parameters(edit, editing=True)
    edit.set_defaults(func=run_edit)
    rm = sub.add_parser("rm", help="stop following a search (its jobs stay)")
    rm.add_argument("id", type=int, metavar="ID")
    rm.set_defaults(func=run_rm)
    countries = sub.add_parser("countries", help="the countries and boards JobSpy knows")
    countries.set_defaults(func=run_countries)


def validated_fields(args: argparse.Namespace, defaults: dict | None) -> dict:
    """The search fields given on the command line, validated (all of them when adding:
    ``defaults`` fills what was not given)."""
    from jobtui.scrape import boards

    fields: dict = {}
    terms = getattr(args, "terms", None)
    if isinstance(terms, str):
        terms = terms.split(",")
    if terms is not None:
        fields["search_term"] = boards.validate_terms(terms)
    if args.sites is not None:
        fields["job_source"] = boards.validate_sites(args.sites.split(","))
    if args.results is not None:
        fields["results_wanted"] = boards.validate_results(args.results)
    if args.country is not None:
        fields["country"] = boards.validate_country(args.country)
    if args.location is not None:
        fields["location"] = " ".join(args.location.split()) or None
    if args.distance is not None:
        fields["distance"] = boards.validate_non_negative(args.distance, "distance")
    if args.remote is not None:
        fields["is_remote"] = args.remote
    if args.job_type is not None:
        fields["job_type"] = boards.validate_job_type(args.job_type)
    if args.hours_old is not None:
        fields["hours_old"] = boards.validate_non_negative(args.hours_old, "hours-old") or None
    if args.every is not None:
        fields["interval_hours"] = boards.validate_interval(args.every)
    if args.name is not None:
        fields["name"] = args.name.strip() or None
    if defaults is not None:
        for key, value in defaults.items():
            fields.setdefault(key, value)
    return fields


def _warn_sites(sites: list[str]) -> None:
    from jobtui.scrape.boards import site_warnings

    for warning in site_warnings(sites):
        print(f"jobtui: warning: {warning}", file=sys.stderr)


def _warn_options(search) -> None:
    """Say now which board will ignore or skip which option of the saved search."""
    from jobtui.scrape.boards import option_warnings

    for warning in option_warnings(list(search.job_source), is_remote=bool(search.is_remote),
                                   job_type=search.job_type, country=search.country):
        print(f"jobtui: warning: {warning}", file=sys.stderr)


def run_add(args: argparse.Namespace) -> int:
    from jobtui.scrape import boards
    from jobtui.store.searches import find_or_create_search

    with cli_session(args) as session:
        scraping = session.settings.scraping
        fields = validated_fields(args, {
            "job_source": boards.validate_sites(scraping.boards),
            "results_wanted": scraping.results_wanted,
            "country": boards.validate_country(scraping.country),
        })
        _warn_sites(fields["job_source"])
        search = find_or_create_search(session.user, **fields)
        _warn_options(search)
        print(search.id)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from jobtui.store.searches import update_search, user_search

    with cli_session(args) as session:
        search = user_search(session.user, args.id)
        fields = validated_fields(args, None)
        if not fields:
            print("jobtui: nothing to change; give at least one option (see --help)",
                  file=sys.stderr)
            return 2
        if "job_source" in fields:
            _warn_sites(fields["job_source"])
        result = update_search(search, session.user, **fields)
        _warn_options(result)
        note = "" if result.id == search.id else f" (now search {result.id})"
        print(f"search {args.id} updated{note}")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    from jobtui.store.searches import unfollow_search, user_search

    with cli_session(args) as session:
        search = user_search(session.user, args.id)
        unfollow_search(session.user, search)
        print(f"search {args.id} removed (its jobs stay in the database)")
    return 0


def _when(value) -> str:
    from jobtui.store.runs import local_time

    return local_time(value) if value else "never"


def _terms(o) -> str:
    terms = ", ".join(o.terms)
    return f"{o.name}: {terms}" if o.name and o.terms != [o.name] else terms


def run_list(args: argparse.Namespace) -> int:
    from jobtui.store.searches import search_overview

    with cli_session(args) as session:
        overview = search_overview(session.user)
    if args.json:
        print(json.dumps([{**o.__dict__, "last_search": o.last_search.isoformat()
                           if o.last_search else None} for o in overview],
                         ensure_ascii=False, indent=2))
        return 0
    if not overview:
        print("no saved searches; add one with: jobtui search add \"python developer\" "
              "--location Austin")
        return 0
    width = terminal_width()
    rows = [[str(o.id), _terms(o), o.location or "-", _when(o.last_search), str(o.total_jobs),
             str(o.new_jobs), "-" if o.best_rating is None else str(o.best_rating)]
            for o in overview]
    headers = ["ID", "TERMS", "LOCATION", "LAST RUN", "JOBS", "NEW", "BEST"]
    lines = render_table(headers, rows, width, flexible={1: 2, 2: 1},
                         right={0, 4, 5, 6}).splitlines()
    print(lines[0])
    for o, line in zip(overview, lines[1:], strict=True):
        print(line)
        for site, status in o.board_status.items():
            print(fit(f"      {site}: {status}", width))
            for warning in o.board_warnings.get(site, []):
                print(fit(f"        warning: {warning}", width))
    return 0


def run_countries(args: argparse.Namespace) -> int:
    import textwrap

    from jobtui.scrape import boards

    width = min(terminal_width(), 100)
    print("boards:")
    print(textwrap.fill(", ".join(boards.SITES), width, initial_indent="  ",
                        subsequent_indent="  "))
    from jobtui.scrape.sources.feeds import FEEDS

    print("remote-job feeds (filtered locally by the search's terms and location):")
    print(textwrap.fill(", ".join(FEEDS), width, initial_indent="  ", subsequent_indent="  "))
    print("countries (for Indeed and Glassdoor):")
    print(textwrap.fill(", ".join(boards.COUNTRIES), width, initial_indent="  ",
                        subsequent_indent="  "))
    aliases = ", ".join(f"{a} = {c}" for a, c in boards.COUNTRY_ALIASES.items())
    print(textwrap.fill(f"aliases: {aliases}", width, initial_indent="  ",
                        subsequent_indent="  "))
    print("job types:")
    print(textwrap.fill(", ".join(boards.JOB_TYPES), width, initial_indent="  ",
                        subsequent_indent="  "))
    return 0
