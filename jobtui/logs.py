"""File logging in the state dir: details (tracebacks included) go here, never to the screen."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from jobtui.paths import ensure_private_dir, locations


class _LogFile(logging.handlers.RotatingFileHandler):
    """A log file that, once it cannot be written (its folder replaced or removed, a full
    disk), says so in one line and stops, instead of a traceback per message."""

    _jobtui = True

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        logging.getLogger().removeHandler(self)
        print(f"jobtui: cannot write the log file {self.baseFilename} ({error}); "
              "logging stopped", file=sys.stderr)


def setup_logging(level: int = logging.INFO) -> None:
    """Log to ``<state dir>/jobtui.log`` (rotated); safe to call more than once."""
    root = logging.getLogger()
    if any(getattr(h, "_jobtui", False) for h in root.handlers):
        return
    log_file = locations().log_file
    try:
        ensure_private_dir(log_file.parent)
        handler = _LogFile(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only home still lets the app run
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
