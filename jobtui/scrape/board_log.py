"""JobSpy's own warnings and errors, caught per board while a scrape runs.

JobSpy logs to ``jobspy.<board module>`` (e.g. ``jobspy.linkedin``); a failed job page is only
logged, never returned. While ``capture()`` is active those records (WARNING and up) are kept
per board, still reach the log file through the root logger, and never reach the screen:
JobSpy adds its own stderr handler only when its logger has no other handler.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

JOBSPY_LOGGER = "jobspy"
MAX_WARNINGS = 6  # distinct lines kept per board and run


def _site_of(logger_name: str) -> str | None:
    """The board a JobSpy logger belongs to ("jobspy.ziprecruiter" -> "zip_recruiter")."""
    parts = logger_name.split(".")
    if len(parts) < 2 or parts[0] != JOBSPY_LOGGER or parts[1] in ("util", "model"):
        return None
    return {"ziprecruiter": "zip_recruiter"}.get(parts[1], parts[1])


class BoardLog(logging.Handler):
    """Keeps JobSpy's records, by board, for every capture that is running."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: dict[str, list[str]] = {}
        self.users = 0  # captures running now
        self.saved_level = logging.NOTSET

    def emit(self, record: logging.LogRecord) -> None:
        site = _site_of(record.name)
        if site is not None:
            self.records.setdefault(site, []).append(record.getMessage())


_handler = BoardLog()
_lock = threading.Lock()


@contextmanager
def capture() -> Iterator[BoardLog]:
    """Collect JobSpy's warnings per board while the block runs (nested or concurrent
    captures share one handler)."""
    logger = logging.getLogger(JOBSPY_LOGGER)
    with _lock:
        if _handler.users == 0:
            _handler.records = {}
            _handler.saved_level = logger.level
            logger.addHandler(_handler)
            logger.setLevel(logging.WARNING)
        _handler.users += 1
    try:
        yield _handler
    finally:
        with _lock:
            _handler.users -= 1
            if _handler.users == 0:
                logger.removeHandler(_handler)
                logger.setLevel(_handler.saved_level)


def take(log: BoardLog, site: str) -> list[str]:
    """The messages logged for ``site`` since the last ``take`` (then forgotten)."""
    with _lock:
        return log.records.pop(site, [])


_JOB_PREFIX = re.compile(r"^job (?:details|[\w-]+): ")


def summarize(messages: list[str]) -> list[str]:
    """Warnings as short distinct lines: "2 job pages: response status code 429 (blocked:
    use a proxy)" instead of one line per job."""
    pages: Counter[str] = Counter()
    others: list[str] = []
    for message in messages:
        text = " ".join(str(message).split())
        if _JOB_PREFIX.match(text):
            pages[_JOB_PREFIX.sub("", text)] += 1
        elif text not in others:
            others.append(text)
    lines = [f"{count} job page{'s' if count != 1 else ''}: {text}"
             for text, count in pages.most_common()]
    return (others + lines)[:MAX_WARNINGS - 1]  # room for the missing-descriptions line
