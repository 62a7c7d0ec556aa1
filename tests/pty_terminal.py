"""A program running in a real pseudo-terminal, read through a terminal emulator (pyte), for
the TUI benchmark: keys go in as the bytes a terminal sends, and a change counts as seen when
the bytes the program wrote make the emulated screen show it (stamped as they arrive)."""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable

import pyte

KEYS = {"pagedown": b"\x1b[6~", "end": b"\x1b[F", "home": b"\x1b[H", "escape": b"\x1b",
        "tab": b"\t"}


class Timeout(AssertionError):
    """The screen never showed what was waited for."""


class Terminal:
    """``argv`` in a ``columns`` x ``lines`` pseudo-terminal; ``wait`` reads its screen."""

    def __init__(self, argv: list[str], columns: int = 160, lines: int = 50,
                 env: dict | None = None) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        environ = {**os.environ, **(env or {}), "TERM": "xterm-256color",
                   "COLORTERM": "truecolor", "COLUMNS": str(columns), "LINES": str(lines)}
        self.screen = pyte.Screen(columns, lines)
        self._stream = pyte.ByteStream(self.screen)
        self._master = master
        self._chunks: list[tuple[float, bytes]] = []  # (arrival time, bytes), not yet fed
        self._arrived = threading.Condition()
        self.raw = b""  # the last bytes written, for a failure's message
        sys.setswitchinterval(0.0005)  # the reader thread stamps a chunk as soon as it lands
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave,
                                        env=environ, start_new_session=True, close_fds=True)
        os.close(slave)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self._master, 1 << 16)
            except OSError:  # the program exited: the pty is gone
                data = b""
            stamp = time.perf_counter()
            with self._arrived:
                self._chunks.append((stamp, data))
                self._arrived.notify()
            if not data:
                return

    def press(self, *keys: str) -> float:
        """Send ``keys`` (names in KEYS or literal text) at once; the time they were sent."""
        sent = time.perf_counter()
        os.write(self._master, b"".join(KEYS.get(k, k.encode()) for k in keys))
        return sent

    def lines(self) -> list[str]:
        return self.screen.display

    def wait(self, shown: Callable[[Terminal], bool], timeout: float = 60.0,
             what: str = "") -> float:
        """Feed the program's output to the screen until ``shown(self)`` holds; the arrival
        time of the bytes that made it true."""
        deadline = time.monotonic() + timeout
        if shown(self):
            return time.perf_counter()
        while True:
            with self._arrived:
                while not self._chunks:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise Timeout(f"the screen never showed {what or shown}:\n"
                                      + "\n".join(self.lines()))
                    self._arrived.wait(left)
                chunks, self._chunks = self._chunks, []
            for index, (stamp, data) in enumerate(chunks):
                self._feed(data, what or str(shown))
                if shown(self):
                    with self._arrived:  # the rest is fed next time
                        self._chunks[:0] = chunks[index + 1:]
                    return stamp

    def drain(self, seconds: float) -> None:
        """Read for ``seconds`` (the screen catches up with whatever the program writes)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            with self._arrived:
                if not self._chunks:
                    self._arrived.wait(left)
                chunks, self._chunks = self._chunks, []
            for _, data in chunks:
                self._feed(data, "the pause")

    def _feed(self, data: bytes, what: str) -> None:
        if not data:
            raise Timeout(f"the program exited ({self.process.wait()}) before {what}:\n"
                          + self.raw.decode(errors="replace"))
        self.raw = (self.raw + data)[-4000:]
        self._stream.feed(data)

    def memory_mb(self) -> tuple[float, float, float]:
        """The program's resident memory now, at its peak, and its own part now (without the
        pages of mapped files, such as the database SQLite reads through mmap), in MB."""
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                name, _, value = line.partition(":")
                fields[name] = value
        return tuple(int(fields[name].split()[0]) / 1024
                     for name in ("VmRSS", "VmHWM", "RssAnon"))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        try:
            os.close(self._master)
        except OSError:
            pass
