"""One JSONL line read as a job record or a problem: the one parser the importer and its
parallel workers share, so a fix lands in both."""

from __future__ import annotations

import json


def parse_jsonl_line(text: str) -> tuple[dict | None, str | None]:
    """(record, None) for a JSON object, (None, problem) for a bad line, (None, None) for a
    blank one."""
    if not text.strip():
        return None, None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})"
    except RecursionError:  # nested thousands deep: no job record looks like that
        return None, "not a job record (JSON nested too deep)"
    if not isinstance(record, dict):
        return None, f"expected a JSON object, got {type(record).__name__}"
    return record, None
