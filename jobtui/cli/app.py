"""``jobtui`` with no command: the full-screen app (``--demo``: on sample data)."""

from __future__ import annotations

import argparse

from jobtui.cli.common import cli_session, settings_from_args


def run(args: argparse.Namespace) -> int:
    from jobtui.tui.app import JobtuiApp

    if args.demo:
        from jobtui.demo import DemoSession

        demo = DemoSession(settings_from_args(args))
        try:
            JobtuiApp(demo.session, demo=True).run()
        finally:
            demo.close()
        return 0
    with cli_session(args) as session:
        JobtuiApp(session).run()
    return 0
