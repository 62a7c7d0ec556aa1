"""``jobtui`` with no command: the full-screen app."""

from __future__ import annotations

import argparse

from jobtui.cli.common import session_from_args


def run(args: argparse.Namespace) -> int:
    from jobtui.tui.app import JobtuiApp

    session = session_from_args(args)
    try:
        JobtuiApp(session).run()
    finally:
        session.close()
    return 0
