"""``jobtui resume``: add a resume (read, redact, trim, store), show, list and activate."""

from __future__ import annotations

import argparse

from jobtui.cli.common import cli_session


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "resume", help="add, show, list or activate your resume (personal data removed)",
        description="Only the redacted, trimmed text of a resume is stored or sent to a model.",
    )
    actions = p.add_subparsers(dest="resume_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="read a PDF, DOCX, TXT or Markdown resume, remove "
                             "personal data, trim it to the token budget and store it")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--redact", metavar="TERM", action="append", default=[],
                     help="also remove this word or phrase (repeatable)")
    add.add_argument("--show", action="store_true", help="print the redacted text")
    add.add_argument("--no-activate", action="store_true",
                     help="store it without making it the resume jobs are rated against")
    add.set_defaults(func=run_add)

    show = actions.add_parser("show", help="print a stored resume (default: the active one)")
    show.add_argument("id", metavar="ID", type=int, nargs="?")
    show.set_defaults(func=run_show)

    listing = actions.add_parser("list", help="list your stored resumes")
    listing.set_defaults(func=run_list)

    activate = actions.add_parser("activate", help="rate jobs against resume ID from now on")
    activate.add_argument("id", metavar="ID", type=int)
    activate.set_defaults(func=run_activate)


def _counts_line(counts: dict[str, int]) -> str:
    if not counts:
        return "nothing"
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))


def run_add(args: argparse.Namespace) -> int:
    from jobtui.resume.pipeline import prepare_resume
    from jobtui.store.resumes import save_resume

    with cli_session(args) as session:
        settings = session.settings
        budget = settings.rating.resume_tokens
        prepared = prepare_resume(args.file, settings.privacy, budget, args.redact)
        resume, created = save_resume(session.user, prepared, activate=not args.no_activate)
    print(f"removed: {_counts_line(prepared.counts)}")
    print(f"tokens:  {prepared.tokens_before} before, {prepared.tokens_after} after "
          f"(budget {budget})")
    state = "active" if resume.is_active else "not active"
    if created:
        print(f"stored as resume #{resume.id} ({state})")
    else:
        print(f"already stored as resume #{resume.id} ({state}); nothing new was saved")
    if args.show:
        print()
        print(prepared.text)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from jobtui.resume.extract import ResumeError
    from jobtui.store.resumes import active_resume, get_resume

    with cli_session(args) as session:
        if args.id is None:
            resume = active_resume(session.user)
            if resume is None:
                raise ResumeError("no active resume; add one with `jobtui resume add FILE`")
        else:
            resume = get_resume(session.user, args.id)
            if resume is None:
                raise ResumeError(f"no resume #{args.id}; see `jobtui resume list`")
    state = "active" if resume.is_active else "not active"
    print(f"resume #{resume.id} ({state}), {resume.token_count} tokens, added "
          f"{resume.date_uploaded:%Y-%m-%d %H:%M} from {resume.file_url or '?'}")
    print(f"removed: {_counts_line(resume.redaction or {})}")
    print()
    print(resume.content)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from jobtui.store.resumes import list_resumes

    with cli_session(args) as session:
        resumes = list_resumes(session.user)
    if not resumes:
        print("no resumes yet; add one with `jobtui resume add FILE`")
        return 0
    for resume in resumes:
        marker = "*" if resume.is_active else " "
        print(f"{marker} #{resume.id:<4} {resume.date_uploaded:%Y-%m-%d %H:%M}  "
              f"{resume.token_count:>5} tokens  {resume.file_url or ''}")
    print("* = active (jobs are rated against it)")
    return 0


def run_activate(args: argparse.Namespace) -> int:
    from jobtui.store.resumes import activate_resume

    with cli_session(args) as session:
        resume = activate_resume(session.user, args.id)
    print(f"resume #{resume.id} is now active; jobs will be rated against it")
    return 0
