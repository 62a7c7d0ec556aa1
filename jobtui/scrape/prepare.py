"""The database-free half of ingest: a raw record becomes the column values jobtui stores
(normalized, fingerprinted, hashed). Worker processes import only this (and what it needs),
so they start without the database layer."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

import orjson

from jobtui.scrape.dedup import fingerprint
from jobtui.scrape.normalize import NORMALIZED_FIELDS, InvalidRow, normalized_values

BATCH_SIZE = 2000  # records prepared and stored together
# The job columns of a prepared row's first values, in order (``normalized_values``' order).
VALUE_COLUMNS = NORMALIZED_FIELDS
# A prepared row: a flat tuple of these columns' values, ready for SQL (dates as ISO text,
# booleans as 0/1, extra as JSON), so it crosses between processes as plain data.
ROW_COLUMNS = (*VALUE_COLUMNS, "fingerprint", "content_hash")
URL, SITE, POSTED, FINGERPRINT, CONTENT_HASH = (
    ROW_COLUMNS.index(name)
    for name in ("job_url", "site", "date_posted", "fingerprint", "content_hash"))
# One encoder for every row (json.dumps with options builds a new one per call).
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"))
_SAME_IN_BOTH = frozenset({str, int, bool})  # types orjson and json write alike
_RAW_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"),
                             check_circular=False)

PreparedRow = tuple
# Prepared rows, (index, reason) problems and the (job id, site) of records skipped as
# unchanged (see ``ingest.find_seen``).
PreparedBatch = tuple[list[PreparedRow], list[tuple[int, str]], list[tuple[int, str | None]]]


def content_hash(text: str) -> int:
    """A signed 64-bit hash of a record's raw text (a JSONL line, or a record as JSON)."""
    return _digest(text.encode())


def _digest(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big", signed=True)


def line_hash(line: bytes) -> int | None:
    """``content_hash`` of a JSONL line read as UTF-8 bytes and stripped (None for a blank
    line). Equal to hashing the line read as text: ASCII ends need no decoding."""
    stripped = line.strip()
    if stripped and 0x20 < stripped[0] < 0x80 and 0x20 < stripped[-1] < 0x80:
        return _digest(stripped)
    text = line.decode().strip()  # Unicode spaces at either end, as str.strip sees them
    return content_hash(text) if text else None


def record_hash(raw: Any) -> int | None:
    """``content_hash`` of a record read as a mapping (None when it cannot be encoded)."""
    try:
        return content_hash(_RAW_JSON.encode(raw))
    except (TypeError, ValueError, RecursionError):
        return None


def prepared_row(raw: Any, digest: int | None) -> PreparedRow:
    """One record's stored values (``ROW_COLUMNS``); raises InvalidRow when it cannot be
    stored, TypeError or AttributeError when it is no mapping."""
    (site, site_job_id, url, direct, title, company, location, posted, job_type, interval,
     low, high, currency, remote, description, extra) = normalized_values(raw)
    return (site, site_job_id, url, direct, title, company, location,
            posted.isoformat() if posted is not None else None, job_type, interval, low, high,
            currency, None if remote is None else int(remote), description,
            _extra_json(extra) if extra else None,
            fingerprint(company, title, location), digest)


def _extra_json(extra: dict) -> str:
    """``extra`` as compact JSON. orjson writes text, whole numbers and booleans (and lists
    of them) exactly as json does, ten times faster; anything else goes to json."""
    for value in extra.values():
        kind = type(value)
        if kind is list:
            if any(type(item) not in _SAME_IN_BOTH for item in value):
                return _EXTRA_JSON.encode(extra)
        elif kind not in _SAME_IN_BOTH:
            return _EXTRA_JSON.encode(extra)
    try:
        return orjson.dumps(extra).decode()
    except (TypeError, ValueError):  # an integer beyond 64 bits, a lone surrogate...
        return _EXTRA_JSON.encode(extra)


def prepare_batch(batch: list[tuple[int, Any]], hashes: dict[int, int | None] | None = None,
                  seen: list[tuple[int, str | None]] | None = None) -> PreparedBatch:
    """Prepare each row (see ``prepared_row``); rows that cannot be stored become (index,
    reason) problems. ``hashes``: each row's content hash by index (computed from the
    record if missing); ``seen`` is passed through."""
    hashes = hashes or {}
    rows: list[PreparedRow] = []
    problems: list[tuple[int, str]] = []
    for index, raw in batch:
        try:
            rows.append(prepared_row(raw, hashes[index] if index in hashes
                                     else record_hash(raw)))
        except InvalidRow as exc:
            problems.append((index, str(exc)))
        except (TypeError, AttributeError) as exc:  # not a mapping at all
            problems.append((index, f"not a job record ({type(exc).__name__})"))
    return rows, problems, seen or []


def posted_day(value: str | date | None) -> date | None:
    """A prepared or stored posting date as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])
