"""File logging in the state dir: details (tracebacks included) go here, never to the screen."""

from __future__ import annotations

import logging
import logging.handlers

from jobtui.paths import ensure_private_dir, locations


def setup_logging(level: int = logging.INFO) -> None:
    """Log to ``<state dir>/jobtui.log`` (rotated); safe to call more than once."""
    root = logging.getLogger()
    if any(getattr(h, "_jobtui", False) for h in root.handlers):
        return
    log_file = locations().log_file
    try:
        ensure_private_dir(log_file.parent)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return  # a read-only home still lets the app run
    handler._jobtui = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
