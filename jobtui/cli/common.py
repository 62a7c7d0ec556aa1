"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse

from jobtui.config import Settings, load_settings
from jobtui.session import Session, open_session


def settings_from_args(args: argparse.Namespace) -> Settings:
    return load_settings(config=args.config, db=args.db, user=args.user)


def session_from_args(args: argparse.Namespace) -> Session:
    """Settings resolved from flags/env/file, the database opened, the user selected."""
    return open_session(settings_from_args(args))
