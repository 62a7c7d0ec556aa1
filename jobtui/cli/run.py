"""``jobtui run``: the background worker without the app (for cron, systemd or a terminal)."""

from __future__ import annotations

import argparse
import sys

from jobtui.cli.common import cli_session
from jobtui.cli.signals import stop_on_signals
from jobtui.errors import JobtuiError
from jobtui.events import HINT_ADD_RESUME


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "run", help="scrape due searches and rate new jobs on a schedule, without the app")
    p.add_argument("--once", action="store_true", help="run one cycle and exit (for cron)")
    p.add_argument("--ollama-host", metavar="URL",
                   help="the Ollama server this worker rates with (overrides rating.host)")
    p.add_argument("--claim-seconds", metavar="S", type=float,
                   help="shared PostgreSQL store: how long this worker's claims outlive it "
                        "(overrides rating.claim_seconds)")
    p.set_defaults(func=run)


# How the CLI words the worker's hints (the TUI names its keys instead).
HINTS = {HINT_ADD_RESUME: " (jobtui resume add FILE)"}


def describe_event(event) -> str | None:
    """A log line for an event, or None for events not worth a line."""
    from jobtui.events import (
        BoardError,
        BoardWarning,
        ErrorEvent,
        JobRated,
        JobsScraped,
        Notice,
        Progress,
        RatingFailed,
        WorkerState,
    )

    stamp = f"{event.at:%H:%M:%S}"
    if isinstance(event, WorkerState):
        text = event.state + (f": {event.detail}" if event.detail else "")
        text += HINTS.get(event.hint, "")
    elif isinstance(event, JobsScraped):
        text = f"search {event.search_id}: {event.found} jobs found, {event.new} new"
    elif isinstance(event, BoardError):
        text = f"search {event.search_id}: {event.site}: {event.message}"
    elif isinstance(event, BoardWarning):
        text = f"search {event.search_id}: {event.site}: warning: {event.message}"
    elif isinstance(event, JobRated):
        text = f"rated {event.rating:3d}  {event.title} · {event.company}"
    elif isinstance(event, RatingFailed):
        text = f"rating failed: {event.message}"
    elif isinstance(event, ErrorEvent):
        text = f"error: {event.message}"
    elif isinstance(event, Notice):
        text = f"note: {event.message}"
    elif isinstance(event, Progress):
        return None  # the per-job lines say enough in a log
    else:
        text = repr(event)
    return f"{stamp} {text}"


def print_event(event) -> None:
    line = describe_event(event)
    if line is not None:
        print(line, flush=True)


def _apply_worker_flags(settings, args: argparse.Namespace) -> None:
    """This worker's own Ollama host and claim lifetime (several workers, one store)."""
    from jobtui.config import ConfigError, normalize_host

    if args.ollama_host:
        settings.rating.host = normalize_host(args.ollama_host)
    if args.claim_seconds is not None:
        if args.claim_seconds < 1:
            raise ConfigError("--claim-seconds must be at least 1")
        settings.rating.claim_seconds = args.claim_seconds


def run(args: argparse.Namespace) -> int:
    from jobtui.alerts.burst import build_alerts
    from jobtui.worker import Worker

    with cli_session(args) as session:
        _apply_worker_flags(session.settings, args)
        worker = Worker(session, emit=print_event, alerts=build_alerts(session))
        with stop_on_signals() as stop:
            if args.once:
                summary = worker.run_once(stop=stop)
                rating = summary.rating
                print(f"scraped {len(summary.searches)} searches; "
                      + (rating.describe() if rating.attempted else "nothing to rate"))
                if summary.rating.paused:
                    raise JobtuiError(summary.rating.paused)
                return 0
            locked: list[str] = []

            def emit(event) -> None:
                from jobtui.events import WorkerState

                if isinstance(event, WorkerState) and event.state == "locked":
                    locked.append(event.detail)
                print_event(event)

            worker.emit = emit
            worker.run(stop)
            if locked and not stop.is_set():
                print(f"jobtui: another worker runs ({locked[0]})", file=sys.stderr)
                return 1
            return 0
