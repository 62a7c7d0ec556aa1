"""Export jobs in JobSpy's own file formats (its columns, plus rating, justification and
application status), so JobSpy users' tools read them and ``jobtui import`` reads them back."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from jobtui.db.models import User
from jobtui.errors import JobtuiError
from jobtui.paths import expand_user
from jobtui.scrape.normalize import JOBSPY_FIELDS
from jobtui.store.listing import JobFilter, iter_full_jobs

FORMATS = (".csv", ".json", ".jsonl")
EXPORT_FIELDS = (*JOBSPY_FIELDS, "rating", "justification", "status")


class ExportError(JobtuiError):
    """The export file cannot be written."""


def _jobspy_value(value):
    """Lists as JobSpy writes them: one comma-separated string."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def export_record(stored: dict) -> dict:
    """One stored job in JobSpy's record shape (None for fields it lacks)."""
    extra = stored.get("extra") or {}
    record = {}
    for name in JOBSPY_FIELDS:
        if name == "id":
            value = stored.get("site_job_id")
        elif name in stored:
            value = stored[name]
        else:
            value = extra.get(name)
        record[name] = _jobspy_value(value)
    record["rating"] = stored.get("rating")
    record["justification"] = stored.get("justification")
    record["status"] = stored.get("status") or "new"
    return record


def _csv_value(value) -> object:
    return "" if value is None else value


def export_jobs(user: User, flt: JobFilter, path: str | Path) -> int:
    """Write the jobs ``user`` sees under ``flt`` to ``path`` (.csv, .json or .jsonl, as
    JobSpy writes them); returns how many. The file appears whole or not at all."""
    path = expand_user(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: use a .csv, .json or .jsonl file name")
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)  # a leftover would keep its own (wider) mode
        # Readable by the user only: the justifications are written from the resume.
        with open(tmp, "w", encoding="utf-8", newline="" if suffix == ".csv" else None,
                  opener=lambda name, flags: os.open(name, flags, 0o600)) as out:
            records = (export_record(row) for row in iter_full_jobs(user, flt))
            if suffix == ".csv":
                writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
                writer.writeheader()
                for record in records:
                    writer.writerow({k: _csv_value(v) for k, v in record.items()})
                    count += 1
            else:
                if suffix == ".json":
                    out.write("[")
                for record in records:
                    compact = {k: v for k, v in record.items() if v is not None}
                    text = json.dumps(compact, ensure_ascii=False, default=str,
                                      separators=(",", ":"))
                    if suffix == ".json":
                        out.write(("," if count else "") + text)
                    else:
                        out.write(text + "\n")
                    count += 1
                if suffix == ".json":
                    out.write("]")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return count
