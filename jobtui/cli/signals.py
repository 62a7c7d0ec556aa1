"""SIGINT/SIGTERM as a stop request, so long commands end cleanly between items."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, systemd), handled like Ctrl-C."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated


@contextlib.contextmanager
def terminate_like_ctrl_c() -> Iterator[None]:
    """Within the block SIGTERM raises ``Terminated`` in the main thread, so a command stops
    the way Ctrl-C stops it (transactions rolled back, worker processes ended, a line said)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """Within the block, Ctrl-C or SIGTERM sets the yielded event instead of raising;
    a second Ctrl-C interrupts at once."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handle(signum, frame) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
