"""Parallel preparation of big JSONL imports: worker processes parse and normalize chunks
of lines while this process stores the previous ones (parsing and normalizing is pure
Python, so threads would not overlap it with SQLite). The worker processes end with this
one, however it ends (Ctrl-C, SIGTERM, kill -9)."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from jobtui.scrape.jsonl import parse_jsonl_line
from jobtui.scrape.normalize import InvalidRow
from jobtui.scrape.prepare import (
    BATCH_SIZE,
    PreparedBatch,
    PreparedRow,
    line_hash,
    prepared_row,
)
from jobtui.scrape.spare_cpu import WorkerChoice, run_times
from jobtui.scrape.wire import decode_batch, encode_batch

MIN_BYTES = 8_000_000  # smaller files are stored before worker processes would have started
IN_FLIGHT = 4  # chunks handed to workers ahead of the one being stored (bounds memory)
PARENT_CHECK_SECONDS = 0.2  # how soon a worker notices that its parent is gone
# A chunk's records live until its batch is stored or sent and form no cycles: collecting
# less often saves ~5% of the parsing time (and ~0.1 s of a 100k import parsed in-process).
_FEWER_COLLECTIONS = (50_000, 20, 20)


def worth_it(path: Path) -> bool:
    """Whether a worker process pays off for this file on this machine."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= MIN_BYTES and (os.cpu_count() or 1) >= 2


def prepare_lines(first_line: int, lines: list[bytes],
                  line_hashes: list[int | None] | None = None
                  ) -> tuple[list[PreparedRow], list[tuple[int, str]]]:
    """Parse and prepare JSONL lines (UTF-8 bytes) numbered from ``first_line``: the rows
    and the (line number, reason) problems (malformed JSON, a value that is not an object, a
    record that cannot be stored). ``line_hashes``: each line's ``line_hash`` when the
    caller has it already."""
    rows: list[PreparedRow] = []
    problems: list[tuple[int, str]] = []
    bad: list[tuple[int, str]] = []
    add = rows.append  # this loop runs per line: one call per record, no list in between
    for position, line in enumerate(lines):
        record, problem = parse_jsonl_line(line)
        if record is None:
            if problem:
                problems.append((first_line + position, problem))
            continue
        digest = line_hashes[position] if line_hashes is not None else None
        try:
            add(prepared_row(record, digest if digest is not None else line_hash(line)))
        except InvalidRow as exc:
            bad.append((first_line + position, str(exc)))
        except (TypeError, AttributeError) as exc:  # not a mapping at all
            bad.append((first_line + position, f"not a job record ({type(exc).__name__})"))
    return rows, problems + bad


def prepare_jsonl_lines(first_line: int, lines: list[bytes],
                        line_hashes: list[int | None] | None = None) -> bytes:
    """``prepare_lines``' result as ``wire.encode_batch`` bytes."""
    return encode_batch(*prepare_lines(first_line, lines, line_hashes))


def _prepare_in_worker(first_line: int, lines: list[bytes],
                       line_hashes: list[int | None] | None
                       ) -> tuple[bytes, tuple[float, float] | None]:
    """``prepare_jsonl_lines`` in a worker process, with its ``run_times()``."""
    return prepare_jsonl_lines(first_line, lines, line_hashes), run_times()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)  # orphaned (the parent was killed): nobody will read our results


def _start_worker(parent: int) -> None:
    """In each worker process: leave Ctrl-C and SIGTERM to the parent (it stops the pool),
    and exit as soon as the parent is gone, even after a kill -9."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    gc.set_threshold(*_FEWER_COLLECTIONS)
    threading.Thread(target=_watch_parent, args=(parent,), name="jobtui-parent-watch",
                     daemon=True).start()


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a submit may start a worker process: a spawn cut short
    leaves the child to die with a traceback on the terminal. They arrive right after."""
    held = {signal.SIGINT, signal.SIGTERM}
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_BOM = b"\xef\xbb\xbf"


def _chunks(handle, size: int) -> Iterator[tuple[int, list[bytes]]]:
    """Numbered chunks of a binary file's lines, split and numbered as reading it as text
    would (a UTF-8 BOM dropped; a lone carriage return ends a line too)."""
    first = 1
    while lines := list(islice(handle, size)):
        if first == 1 and lines[0].startswith(_BOM):
            lines[0] = lines[0][len(_BOM):]
        if any(b"\r" in line for line in lines):  # readline splits at "\n" only
            lines = b"".join(lines).splitlines(keepends=True)
        yield first, lines
        first += len(lines)


Known = Callable[[list[int]], dict[int, tuple[int, str | None]]]


def _leave_out_known(lines: list[bytes], known: Known
                     ) -> tuple[list[bytes], list[int | None], list]:
    """Blank the lines whose content hash ``known`` finds stored (blank lines are skipped,
    so line numbers stay right); returns the lines, their hashes (for the worker, which
    need not hash them again) and the (job id, site) of those left out."""
    hashes = [line_hash(line) for line in lines]
    found = known([h for h in hashes if h is not None])
    if not found:
        return lines, hashes, []
    kept = [b"\n" if h in found else line for h, line in zip(hashes, lines, strict=True)]
    return kept, hashes, [found[h] for h in hashes if h in found]


def prepared_jsonl(path: Path, *, size: int = BATCH_SIZE, workers: int = 1,
                   known: Known | None = None, worker: bool | None = True
                   ) -> Iterator[PreparedBatch]:
    """Prepared batches of a JSONL file, in file order, made by ``workers`` processes
    (``worker`` True), by this process (False), or by this process until a CPU core is
    measured spare (None: see ``spare_cpu``; the workers take the rest of the file).
    ``known`` (see ``ingest.find_seen``) picks lines stored unchanged before: this process
    leaves them out rather than have them parsed and normalized again."""
    choice = WorkerChoice(worker)
    pool: ProcessPoolExecutor | None = None
    collections = gc.get_threshold()
    gc.set_threshold(*_FEWER_COLLECTIONS)
    try:
        with path.open("rb", buffering=1 << 20) as handle:  # the parser decodes UTF-8
            pending: deque[tuple[Future, list]] = deque()
            for first, lines in _chunks(handle, size):
                seen: list = []
                hashes = None
                if known is not None:
                    lines, hashes, seen = _leave_out_known(lines, known)
                if all(not line.strip() for line in lines):
                    pending.append((_done(None), seen))
                elif not choice.use_worker():
                    pending.append((_done(prepare_lines(first, lines, hashes)), seen))
                else:
                    with _signals_held():
                        if pool is None:
                            pool = _start_pool(workers)
                        pending.append((pool.submit(_prepare_in_worker, first, lines,
                                                    hashes), seen))
                if len(pending) > (IN_FLIGHT if choice.using else 0):
                    yield _with_seen(*pending.popleft(), choice)
            while pending:
                yield _with_seen(*pending.popleft(), choice)
    finally:  # on an interrupt too: chunks not started are dropped, not prepared
        gc.set_threshold(*collections)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes (started by the first submit) that end with this one."""
    context = multiprocessing.get_context("spawn")  # no inherited database handles
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(os.getpid(),))


def _done(result) -> Future:
    """A chunk prepared here, or with nothing to parse (every line blank or stored
    unchanged: no worker process is asked, nor started on a re-import adding nothing)."""
    done: Future = Future()
    done.set_result(result)
    return done


def _with_seen(future: Future, seen: list, choice: WorkerChoice) -> PreparedBatch:
    result = future.result()
    if result is None:
        rows, problems = [], []
    elif type(result[0]) is bytes:  # from a worker process
        rows, problems = decode_batch(result[0])
        choice.worker_reported(result[1])
    else:
        rows, problems = result
    return rows, problems, seen
