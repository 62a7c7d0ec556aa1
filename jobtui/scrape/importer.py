"""Import JobSpy's own output files (.csv, .json, .jsonl) through the normal ingest path."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from jobtui.db.models import Job, Search
from jobtui.errors import JobtuiError
from jobtui.paths import expand_user
from jobtui.scrape.ingest import IngestResult, find_seen, ingest_prepared, ingest_rows
from jobtui.scrape.jsonl import parse_jsonl_line
from jobtui.scrape.normalize import REQUIRED_FIELDS

FORMATS = (".csv", ".json", ".jsonl")


class ImportFileError(JobtuiError):
    """The file cannot be imported at all (missing, unreadable, not JobSpy's shape)."""


@dataclass(frozen=True)
class ImportReport:
    """What an import stored; ``problems`` are (line number, reason) of skipped records."""

    path: Path
    found: int
    new: int
    updated: int
    duplicates: int
    skipped: int
    problems: list[tuple[int, str]] = field(default_factory=list)


def _check_shape(path: Path, names) -> None:
    missing = [name for name in REQUIRED_FIELDS if name not in names]
    if missing:
        raise ImportFileError(
            f"{path} is not JobSpy output: missing column {', '.join(repr(m) for m in missing)}"
            " (JobSpy's records have job_url and title)")


class _Reader:
    """Yields records and remembers the line each one came from; bad lines go to problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[int] | None = []
        self.problems: list[tuple[int, str]] = []
        self.checked = False

    def _record(self, record, line: int) -> dict | None:
        if not isinstance(record, dict):
            self.problems.append((line, f"expected a JSON object, got {type(record).__name__}"))
            return None
        if not self.checked:
            _check_shape(self.path, record.keys())
            self.checked = True
        self.lines.append(line)
        return record

    def jsonl(self, handle) -> Iterator[dict]:
        for number, text in enumerate(handle, 1):
            record, problem = parse_jsonl_line(text)
            if problem:
                self.problems.append((number, problem))
            elif record is not None and (record := self._record(record, number)) is not None:
                yield record

    def json(self, handle) -> Iterator[dict]:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as exc:
            raise ImportFileError(f"{self.path}: not valid JSON at line {exc.lineno} "
                                  f"({exc.msg})") from None
        except RecursionError:
            raise ImportFileError(f"{self.path}: not JobSpy output (JSON nested too deep)") \
                from None
        if isinstance(data, dict):
            data = data.get("jobs", [data])
        if not isinstance(data, list):
            raise ImportFileError(f"{self.path}: expected a JSON list of job records")
        for number, record in enumerate(data, 1):  # a JSON array has no useful line numbers
            if (record := self._record(record, number)) is not None:
                yield record

    def csv(self, handle) -> Iterator[dict]:
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # long descriptions
        reader = csv.DictReader(handle)
        _check_shape(self.path, reader.fieldnames or [])
        self.checked = True
        line = reader.line_num + 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self.problems.append((reader.line_num, f"not valid CSV ({exc})"))
                return  # the csv module cannot resynchronise after a broken quote
            if None in record:  # more cells than the header has
                self.problems.append((line, "more values than columns"))
            else:
                self.lines.append(line)
                yield record
            line = reader.line_num + 1


def _first_record_keys(path: Path) -> list[str] | None:
    """The keys of the first JSON object in a JSONL file (None if there is none)."""
    with path.open(encoding="utf-8-sig") as handle:
        for text in handle:
            try:
                record = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                continue
            if isinstance(record, dict):
                return list(record)
    return None


def import_file(path: str | Path, search: Search, *, parallel: bool | None = None,
                worker: bool | None = None) -> ImportReport:
    """Import a JobSpy .csv/.json/.jsonl file into ``search``; malformed records are skipped
    and reported by line (record number for .json), the rest is stored.

    A big .jsonl file is read in batches of lines (``parallel``: None decides by file size
    and CPU count), parsed by a worker process while this one stores (``worker`` True), in
    this process (False), or in this process until a CPU core is measured spare (None;
    ``parallel=True`` alone means a worker).
    """
    from jobtui.scrape import parallel as workers

    path = expand_user(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ImportFileError(f"{path}: use a .csv, .json or .jsonl file from JobSpy")
    if path.exists() and not path.is_file() and not path.is_dir():  # reading would hang
        raise ImportFileError(f"{path}: not a regular file (a pipe or device); save the "
                              "JobSpy output to a file first")
    reader = _Reader(path)
    if worker is None and parallel:
        worker = True  # asked for in so many words
    try:
        if parallel is None:
            parallel = suffix == ".jsonl" and workers.worth_it(path)
        keys = _first_record_keys(path) if parallel and suffix == ".jsonl" else None
        if keys is not None:
            _check_shape(path, keys)
            # Into a store without jobs no line can be stored unchanged: none is looked up.
            # (An import reports no counts by site: the sites of those found are not read.)
            known = partial(find_seen, sites=False) if Job.select().exists() else None
            result: IngestResult = ingest_prepared(
                workers.prepared_jsonl(path, known=known, worker=worker), search)
            reader.lines = None  # problems already carry line numbers
        else:
            with path.open(encoding="utf-8-sig",
                           newline="" if suffix == ".csv" else None) as handle:
                records = getattr(reader, suffix[1:])(handle)
                result = ingest_rows(records, search)
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise ImportFileError(f"{path}: not UTF-8 text (JobSpy writes UTF-8)") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    problems = reader.problems + [
        (index if reader.lines is None else reader.lines[index], reason)
        for index, reason in result.problems]
    problems.sort()
    return ImportReport(
        path=path, found=result.found, new=result.new, updated=result.updated,
        duplicates=result.duplicates, skipped=len(problems), problems=problems,
    )
