"""One JSONL line read as a job record or a problem: the one parser the importer and its
parallel workers share, so a fix lands in both."""

from __future__ import annotations

import json

import orjson

# orjson reads an integer beyond 64 bits as a float, json keeps it exact: a number this
# large sends the line to json.
_HUGE = 9.2e18


def parse_jsonl_line(text: str | bytes) -> tuple[dict | None, str | None]:
    """(record, None) for a JSON object, (None, problem) for a bad line, (None, None) for a
    blank one. ``text`` may be the line's UTF-8 bytes (a line that is not UTF-8 raises
    UnicodeDecodeError, as reading the file as text would)."""
    try:  # a blank line fails here too, and is told apart below
        record = orjson.loads(text)  # several times faster than json on the common case
        if type(record) is dict and _has_huge_number(record):
            raise orjson.JSONDecodeError("an integer beyond 64 bits", "", 0)
    except orjson.JSONDecodeError:
        if not text.strip():
            return None, None
        # What orjson refuses json may read (NaN, huge integers, lone surrogates, deep
        # nesting), and json words the problems: the same result as before, either way.
        if type(text) is bytes:
            text = text.decode()
            if not text.strip():  # Unicode spaces only: blank, as read as text
                return None, None
        record, problem = _parse_with_json(text)
        if problem:
            return None, problem
    if not isinstance(record, dict):
        return None, f"expected a JSON object, got {type(record).__name__}"
    return record, None


def _parse_with_json(text: str) -> tuple[object, str | None]:
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg})"
    except RecursionError:  # nested thousands deep: no job record looks like that
        return None, "not a job record (JSON nested too deep)"


def _has_huge_number(value: dict | list) -> bool:
    for item in value.values() if type(value) is dict else value:
        kind = type(item)
        if kind is float:
            if not -_HUGE < item < _HUGE:
                return True
        elif (kind is dict or kind is list) and _has_huge_number(item):
            return True
    return False
