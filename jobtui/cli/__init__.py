"""The ``jobtui`` command. Each subcommand lives in its own module and imports heavy
libraries (pandas, jobspy, presidio, textual) only when it runs."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from jobtui import __version__
from jobtui.errors import JobtuiError

# Subcommand modules under jobtui.cli; each defines register(subparsers).
COMMANDS = ("doctor", "resume", "search", "scrape", "importer", "jobs", "export", "rate", "run",
            "prefs", "digest", "service", "models", "company", "db")

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line (subcommand parsers are made the same)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jobtui",
        description="Watch job boards, keep every job locally, and rate your fit with a "
        "local model. With no command, opens the full-screen app.",
    )
    parser.add_argument("--version", action="version", version=f"jobtui {__version__}")
    parser.add_argument("--config", metavar="FILE", help="settings file (default: config.toml "
                        "in the config dir; env JOBTUI_CONFIG)")
    parser.add_argument("--db", metavar="FILE|URL",
                        help="database file, or postgresql://user@host/dbname (env JOBTUI_DB)")
    parser.add_argument("--user", metavar="NAME", help="whose searches, resume and ratings "
                        "(default: your login name)")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a temporary database filled with sample data")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"jobtui.cli.{name}").register(subparsers)
    return parser


def check_numbers(args: argparse.Namespace) -> None:
    """Numbers SQLite cannot hold (2^63 or more) or that are not finite, as one line."""
    import math

    for name, value in vars(args).items():
        what = name.replace("_", " ")
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
            raise JobtuiError(f"{value} is too large for {what} (at most {2**63 - 1})")
        if isinstance(value, float) and not math.isfinite(value):
            raise JobtuiError(f"{what} must be a finite number, not {value}")


def main(argv: list[str] | None = None) -> int:
    from jobtui.cli.signals import Terminated, terminate_like_ctrl_c
    from jobtui.logs import setup_logging

    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None)
    if handler is None:
        from jobtui.cli.app import run as handler
    try:
        check_numbers(args)
        with terminate_like_ctrl_c():
            return handler(args) or 0
    except JobtuiError as exc:
        print(f"jobtui: {exc}", file=sys.stderr)
        return 2
    except Terminated:
        print("jobtui: stopped (SIGTERM)", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("jobtui: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: one line on screen, the traceback in the log
        log.exception("unexpected error")
        from jobtui.db.errors import describe

        known = describe(exc)  # a full disk, a busy or read-only database
        if known:
            print(f"jobtui: {known}", file=sys.stderr)
            return 1
        print(f"jobtui: unexpected error: {type(exc).__name__}: {exc} "
              "(details in the log file; see `jobtui doctor`)", file=sys.stderr)
        return 1
