"""How a parse worker hands a prepared batch to the storing process: the rows and problems
as one ``marshal`` blob (plain tuples of text, numbers and None: several times cheaper to
write and read than pickled objects, and the blob itself crosses the pipe as bytes)."""

from __future__ import annotations

import marshal

from jobtui.scrape.prepare import PreparedRow

_VERSION = 4  # marshal's format with shared references (a repeated site name is sent once)


def encode_batch(rows: list[PreparedRow], problems: list[tuple[int, str]]) -> bytes:
    """One prepared batch's rows and (line, reason) problems as bytes."""
    return marshal.dumps((rows, problems), _VERSION)


def decode_batch(blob: bytes) -> tuple[list[PreparedRow], list[tuple[int, str]]]:
    """The rows and problems ``encode_batch`` was given, value for value."""
    rows, problems = marshal.loads(blob)
    return rows, problems
