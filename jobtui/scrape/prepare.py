"""The database-free half of ingest: a raw record becomes the column values jobtui stores
(normalized, fingerprinted, hashed). Worker processes import only this (and what it needs),
so they start without the database layer."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from jobtui.scrape.dedup import fingerprint
from jobtui.scrape.normalize import InvalidRow, normalize_row

BATCH_SIZE = 2000  # records prepared and stored together
# The job columns a prepared row's values follow, in order.
VALUE_COLUMNS = (
    "site", "site_job_id", "job_url", "job_url_direct", "title", "company", "location",
    "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency",
    "is_remote", "description", "extra",
)
# One encoder for every row (json.dumps with options builds a new one per call).
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"))
_RAW_JSON = json.JSONEncoder(ensure_ascii=False, default=str, separators=(",", ":"),
                             check_circular=False)

# A prepared row: (canonical url, site, fingerprint, date posted, column values, content
# hash) where the values follow VALUE_COLUMNS; a prepared batch adds (index, reason)
# problems and the (job id, site) of records skipped as unchanged (see ``ingest.find_seen``).
PreparedRow = tuple[str, str | None, str | None, date | None, tuple, int | None]
PreparedBatch = tuple[list[PreparedRow], list[tuple[int, str]], list[tuple[int, str | None]]]


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def content_hash(text: str) -> int:
    """A signed 64-bit hash of a record's raw text (a JSONL line, or a record as JSON)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big",
                          signed=True)


def record_hash(raw: Any) -> int | None:
    """``content_hash`` of a record read as a mapping (None when it cannot be encoded)."""
    try:
        return content_hash(_RAW_JSON.encode(raw))
    except (TypeError, ValueError, RecursionError):
        return None


def prepare_batch(batch: list[tuple[int, Any]], hashes: dict[int, int | None] | None = None,
                  seen: list[tuple[int, str | None]] | None = None) -> PreparedBatch:
    """Normalize, fingerprint and lay out the column values of each row; rows that cannot
    be stored become (index, reason) problems. ``hashes``: each row's content hash by index
    (computed from the record if missing); ``seen`` is passed through. Prepared batches are
    plain tuples, so another process can make them."""
    hashes = hashes or {}
    rows: list[PreparedRow] = []
    problems: list[tuple[int, str]] = []
    for index, raw in batch:
        try:
            r = normalize_row(raw)
        except InvalidRow as exc:
            problems.append((index, str(exc)))
            continue
        except (TypeError, AttributeError) as exc:  # not a mapping at all
            problems.append((index, f"not a job record ({type(exc).__name__})"))
            continue
        extra = r["extra"]
        rows.append((r["job_url"], r["site"],
                     fingerprint(r["company"], r["title"], r["location"]), r["date_posted"], (
            r["site"], r["site_job_id"], r["job_url"], r["job_url_direct"], r["title"],
            r["company"], r["location"], _sql_value(r["date_posted"]), r["job_type"],
            r["interval"], r["min_amount"], r["max_amount"], r["currency"],
            _sql_value(r["is_remote"]), r["description"],
            _EXTRA_JSON.encode(extra) if extra else None,
        ), hashes[index] if index in hashes else record_hash(raw)))
    return rows, problems, seen or []
