"""``jobtui company``: watch company career pages (Greenhouse, Lever, Ashby, Workable,
SmartRecruiters, Recruitee) on the saved searches' schedule."""

from __future__ import annotations

import argparse
import json

from jobtui.cli.common import cli_session
from jobtui.cli.jobs import fit, render_table, terminal_width


def register(subparsers) -> None:
    p = subparsers.add_parser("company", help="watched company career pages: add, list, rm")
    sub = p.add_subparsers(dest="company_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="watch a company, e.g. greenhouse:stripe or its careers "
                         "page URL")
    add.add_argument("spec", metavar="SYSTEM:SLUG", help="greenhouse, lever, ashby, workable, "
                     "smartrecruiters or recruitee, then the board name from its address")
    add.add_argument("--name", metavar="TEXT", help="the company's name as job boards write "
                     "it (used to spot the same job on LinkedIn & co.; default: from the slug)")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="watched companies with last run, jobs and status")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(func=run_list)
    rm = sub.add_parser("rm", help="stop watching a company (its jobs stay)")
    rm.add_argument("ref", metavar="ID|SYSTEM:SLUG")
    rm.set_defaults(func=run_rm)


def run_add(args: argparse.Namespace) -> int:
    from jobtui.scrape.sources.companies import default_name, parse_company
    from jobtui.store.companies import watch_company

    ats, slug = parse_company(args.spec)
    name = " ".join((args.name or "").split()) or None
    with cli_session(args) as session:
        company = watch_company(session.user, ats, slug, name, default_name=default_name(slug))
        print(f"watching {ats}:{slug} as \"{company.name}\" (company {company.id}); "
              "`jobtui scrape` reads it now, the worker on the usual schedule")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    from jobtui.store.companies import find_company, unwatch_company

    with cli_session(args) as session:
        company = find_company(session.user, args.ref)
        unwatch_company(session.user, company)
        print(f"stopped watching {company.ats}:{company.slug} (its jobs stay in the database)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from jobtui.store.companies import company_overview
    from jobtui.store.runs import local_time

    with cli_session(args) as session:
        overview = company_overview(session.user)
    if args.json:
        print(json.dumps([{**o.__dict__, "last_run": o.last_run.isoformat() if o.last_run
                           else None} for o in overview], ensure_ascii=False, indent=2))
        return 0
    if not overview:
        print("no watched companies; add one with: jobtui company add greenhouse:stripe")
        return 0
    width = terminal_width()
    rows = [[str(o.id), o.spec, o.name, local_time(o.last_run) if o.last_run else "never",
             str(o.total_jobs), str(o.new_jobs), "-" if o.best_rating is None
             else str(o.best_rating)] for o in overview]
    lines = render_table(["ID", "COMPANY PAGE", "NAME", "LAST RUN", "JOBS", "NEW", "BEST"],
                         rows, width, flexible={1: 2, 2: 1}, right={0, 4, 5, 6}).splitlines()
    print(lines[0])
    for o, line in zip(overview, lines[1:], strict=True):
        print(line)
        print(fit(f"      {o.ats}: {o.status}", width))
    return 0
