"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from jobtui.config import Settings, load_settings
from jobtui.session import Session, open_session


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
