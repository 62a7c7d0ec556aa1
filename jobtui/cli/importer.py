"""``jobtui import FILE``: JobSpy's .csv/.json/.jsonl output into the job store."""

from __future__ import annotations

import argparse
import sys

from jobtui.cli.common import cli_session

SHOWN_PROBLEMS = 20
WORKER_CHOICES = {"auto": None, "always": True, "never": False}


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="import JobSpy output (.csv, .json, .jsonl)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--search", type=int, metavar="ID", help="link the jobs to this saved "
                   "search (default: your 'imported' search)")
    p.add_argument("--parse-worker", choices=WORKER_CHOICES, default="auto",
                   help="parse a big .jsonl file in a worker process: auto (when a CPU core "
                   "is spare, measured as the import runs), always, or never")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jobtui.scrape.importer import import_file
    from jobtui.store.searches import imported_search, user_search

    with cli_session(args) as session:
        search = (user_search(session.user, args.search) if args.search is not None
                  else imported_search(session.user))
        report = import_file(args.file, search,
                             worker=WORKER_CHOICES[args.parse_worker])
    unit = "record" if str(args.file).lower().endswith(".json") else "line"
    for line, reason in report.problems[:SHOWN_PROBLEMS]:
        print(f"jobtui: {report.path}: {unit} {line}: {reason} (skipped)", file=sys.stderr)
    if report.skipped > SHOWN_PROBLEMS:
        print(f"jobtui: ... and {report.skipped - SHOWN_PROBLEMS} more skipped",
              file=sys.stderr)
    if report.found == 0 and not report.skipped:
        print(f"jobtui: {report.path} holds no job records: nothing imported", file=sys.stderr)
    print(f"imported {report.path}: {report.found} jobs read, {report.new} new, "
          f"{report.duplicates} cross-posts of stored jobs, {report.updated} already stored, "
          f"{report.skipped} skipped (search {search.id})")
    return 1 if report.found == 0 and report.skipped else 0
