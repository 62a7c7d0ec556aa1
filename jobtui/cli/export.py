"""``jobtui export FILE``: jobs in JobSpy's formats, with rating, justification and status."""

from __future__ import annotations

import argparse

from jobtui.cli.common import cli_session
from jobtui.cli.jobs import add_filter_arguments, job_filter


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="write jobs to .csv, .json or .jsonl (JobSpy's "
                              "columns plus rating, justification, status)")
    p.add_argument("file", metavar="FILE", help="FILE.csv, FILE.json or FILE.jsonl")
    add_filter_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jobtui.scrape.exporter import export_jobs

    with cli_session(args) as session:
        count = export_jobs(session.user, job_filter(args, session), args.file)
    print(f"exported {count} jobs to {args.file}")
    return 0
