"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from jobtui.config import Settings, load_settings
from jobtui.session import Session, open_session

MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger number cannot name a stored row


def record_id(text: str) -> int:
    """An argparse type for a stored row's id: a whole number from 1 to ``MAX_ID``."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids are 1 to {MAX_ID})")
    return value


def settings_from_args(args: argparse.Namespace) -> Settings:
    return load_settings(config=args.config, db=args.db, user=args.user)


def session_from_args(args: argparse.Namespace) -> Session:
    """Settings resolved from flags/env/file, the database opened, the user selected."""
    return open_session(settings_from_args(args))


@contextmanager
def cli_session(args: argparse.Namespace) -> Iterator[Session]:
    """``session_from_args`` for a ``with`` block: the database is closed however it ends."""
    session = session_from_args(args)
    try:
        yield session
    finally:
        session.close()
