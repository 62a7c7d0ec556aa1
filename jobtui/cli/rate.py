"""``jobtui rate``: drain the rating queue once with the local model, then print a summary."""

from __future__ import annotations

import argparse
import sys

from jobtui.cli.common import session_from_args
from jobtui.cli.signals import stop_on_signals
from jobtui.errors import JobtuiError


class RatingPaused(JobtuiError):
    """Rating could not go on (Ollama down, model missing, ...)."""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "rate", help="rate the queued jobs against your active resume with the local model")
    p.add_argument("--limit", type=int, metavar="N", help="rate at most N jobs")
    p.add_argument("--model", metavar="M", help="Ollama model to use (default: rating.model)")
    p.add_argument("--all", action="store_true", dest="rate_all",
                   help="also the jobs below rating.min_prerank (unlikely fits)")
    p.set_defaults(func=run)


def progress_printer(stream=None):
    """An event handler drawing a one-line progress bar (a line per update when not a tty)."""
    from jobtui.events import Notice, Progress, RatingFailed

    stream = stream or sys.stderr
    tty = stream.isatty()
    state = {"drawn": False}

    def show(event) -> None:
        if isinstance(event, Progress) and event.total:
            width = 24
            filled = width * event.done // event.total
            line = f"[{'#' * filled}{'.' * (width - filled)}] {event.activity}"
            if tty:
                stream.write(f"\r{line}\x1b[K")
                state["drawn"] = True
            elif event.done == event.total or event.done % max(1, event.total // 20) == 0:
                stream.write(line + "\n")  # a log gets about twenty lines, not one per job
        elif isinstance(event, RatingFailed | Notice):
            text = f"failed: {event.message}" if isinstance(event, RatingFailed) else (
                f"note: {event.message}")
            stream.write(("\r\x1b[K" if state["drawn"] else "") + text + "\n")
        stream.flush()

    def finish() -> None:
        if state["drawn"]:
            stream.write("\n")
            stream.flush()

    show.finish = finish  # type: ignore[attr-defined]
    return show


def run(args: argparse.Namespace) -> int:
    from jobtui.rating.processor import RatingProcessor
    from jobtui.store.lease import LeaseKeeper
    from jobtui.store.resumes import active_resume

    if args.limit is not None and args.limit < 1:
        raise JobtuiError("--limit must be at least 1")
    session = session_from_args(args)
    if active_resume(session.user) is None:
        session.close()
        raise JobtuiError("no active resume to rate against: add one with "
                          "`jobtui resume add FILE`")
    printer = progress_printer()
    try:
        with stop_on_signals() as stop, LeaseKeeper(on_lost=stop.set):
            processor = RatingProcessor(session, model=args.model, emit=printer, stop=stop,
                                        rate_all=args.rate_all)
            summary = processor.drain(limit=args.limit)
    finally:
        printer.finish()
        session.close()
    if summary.attempted:
        print(summary.describe())
    elif not summary.paused and not summary.stopped:
        print(summary.describe_idle())
        return 0
    if summary.paused:
        raise RatingPaused(summary.paused)
    if summary.stopped:
        print("stopped; the rest stays queued", file=sys.stderr)
        return 130
    return 1 if summary.failed and not summary.rated else 0
