"""Parallel preparation of big JSONL imports: worker processes parse and normalize chunks
of lines while this process stores the previous ones (parsing and normalizing is pure
Python, so threads would not overlap it with SQLite)."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from jobtui.scrape.ingest import BATCH_SIZE, PreparedBatch, content_hash, prepare_batch

MIN_BYTES = 8_000_000  # smaller files are stored before worker processes would have started
IN_FLIGHT = 4  # chunks handed to workers ahead of the one being stored (bounds memory)


def worth_it(path: Path) -> bool:
    """Whether a worker process pays off for this file on this machine."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= MIN_BYTES and (os.cpu_count() or 1) >= 2


def prepare_jsonl_lines(first_line: int, lines: list[str]) -> PreparedBatch:
    """Parse and prepare JSONL lines numbered from ``first_line``; problems carry line
    numbers (malformed JSON, a value that is not an object, a record that cannot be stored)."""
    records: list[tuple[int, object]] = []
    hashes: dict[int, int] = {}
    problems: list[tuple[int, str]] = []
    for number, text in enumerate(lines, first_line):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append((number, f"not valid JSON ({exc.msg})"))
            continue
        except RecursionError:  # nested thousands deep: no job record looks like that
            problems.append((number, "not a job record (JSON nested too deep)"))
            continue
        if not isinstance(record, dict):
            problems.append((number, f"expected a JSON object, got {type(record).__name__}"))
            continue
        records.append((number, record))
        hashes[number] = content_hash(text.strip())
    rows, bad, _seen = prepare_batch(records, hashes)
    return rows, problems + bad, []


def _chunks(handle, size: int) -> Iterator[tuple[int, list[str]]]:
    first = 1
    while lines := list(islice(handle, size)):
        yield first, lines
        first += len(lines)


Known = Callable[[list[int]], dict[int, tuple[int, str | None]]]


def _leave_out_known(lines: list[str], known: Known) -> tuple[list[str], list]:
    """Blank the lines whose content hash ``known`` finds stored (blank lines are skipped,
    so line numbers stay right); returns the lines and the (job id, site) of those left out."""
    hashes = [content_hash(text.strip()) if text.strip() else None for text in lines]
    found = known([h for h in hashes if h is not None])
    if not found:
        return lines, []
    kept = ["\n" if h in found else text for h, text in zip(hashes, lines, strict=True)]
    return kept, [found[h] for h in hashes if h in found]


def prepared_jsonl(path: Path, *, size: int = BATCH_SIZE, workers: int = 1,
                   known: Known | None = None) -> Iterator[PreparedBatch]:
    """Prepared batches of a JSONL file, in file order, made by ``workers`` processes.
    ``known`` (see ``ingest.find_seen``) picks lines stored unchanged before: this process
    leaves them out rather than have them parsed and normalized again."""
    context = multiprocessing.get_context("spawn")  # no inherited database handles
    with path.open(encoding="utf-8-sig") as handle, ProcessPoolExecutor(
            workers, mp_context=context) as pool:
        pending: deque[tuple[Future, list]] = deque()
        for first, lines in _chunks(handle, size):
            seen: list = []
            if known is not None:
                lines, seen = _leave_out_known(lines, known)
            pending.append((pool.submit(prepare_jsonl_lines, first, lines), seen))
            if len(pending) > IN_FLIGHT:
                yield _with_seen(*pending.popleft())
        while pending:
            yield _with_seen(*pending.popleft())


def _with_seen(future: Future, seen: list) -> PreparedBatch:
    rows, problems, _none = future.result()
    return rows, problems, seen
