"""Turn one JobSpy-shaped record (from a DataFrame, CSV, JSON or JSONL) into the values
jobtui stores: missing values as None, dates as dates, numbers as floats, text free of
control characters and ANSI escapes, and JobSpy's other fields kept in ``extra``."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from jobtui.patterns import ANSI
from jobtui.salary import currency_in, parse_amount, parse_range
from jobtui.scrape.urls import InvalidURL, canonical_url

# JobSpy 1.4's JobPost fields, in its column order (tests check this against jobspy.model).
JOBSPY_FIELDS = (
    "id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted",
    "job_type", "salary_source", "interval", "min_amount", "max_amount", "currency",
    "is_remote", "job_level", "job_function", "listing_type", "emails", "description",
    "company_industry", "company_url", "company_logo", "company_url_direct",
    "company_addresses", "company_num_employees", "company_revenue", "company_description",
    "skills", "experience_range", "company_rating", "company_reviews_count", "vacancy_count",
    "work_from_home_type",
)
REQUIRED_FIELDS = ("job_url", "title")
# Fields with their own column; every other JobSpy field goes to ``extra``.
_OWN = {"id", "site", "job_url", "job_url_direct", "title", "company", "location",
        "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency",
        "is_remote", "description"}
EXTRA_FIELDS = tuple(f for f in JOBSPY_FIELDS if f not in _OWN)
_EXTRA_SET = frozenset(EXTRA_FIELDS)
INTERVALS = ("yearly", "monthly", "weekly", "daily", "hourly")
MAX_TEXT = {"title": 500, "company": 300, "location": 300, "description": 200_000}

# Escape sequences (jobtui.patterns.ANSI), then every C0/C1 control except tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
# ASCII text is clean when deleting these bytes leaves nothing (one C pass over its bytes).
_CLEAN_ASCII = bytes(range(0x20, 0x7f)) + b"\t\n"
_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f"}


class InvalidRow(ValueError):
    """A record that cannot be stored (no title, no usable URL); the message says why."""


_MISSING_WORDS = frozenset({"nan", "none", "null", "nat", "<na>"})


def is_missing(value: Any) -> bool:
    """None, NaN, NaT, pandas NA or an empty/"nan" string."""
    if value is None:
        return True
    kind = type(value)
    if kind is str:
        text = value.strip()
        return not text or (len(text) <= 4 and text.lower() in _MISSING_WORDS)
    if kind is float:
        return value != value  # NaN
    if kind in (int, bool):
        return False
    if kind.__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and math.isnan(value)


def clean_text(value: Any, *, single_line: bool = False, limit: int | None = None) -> str | None:
    """Text with ANSI escapes and control characters removed; None when empty."""
    if value is None:
        return None
    if type(value) is not str:
        if is_missing(value):
            return None
        value = str(value)
    if value.isprintable():  # no control characters, tabs or newlines: the common case
        text = value.strip()
        if single_line and "  " in text:
            text = _SPACES.sub(" ", text)
        if not text or (len(text) <= 4 and text.lower() in _MISSING_WORDS):
            return None
        return text[:limit] if limit is not None and len(text) > limit else text
    text = value
    # Most multi-line text has only newlines and tabs: a C scan rules out the rest at once.
    if (value.encode().translate(None, _CLEAN_ASCII) if value.isascii()
            else not value.replace("\n", "").replace("\t", "").isprintable()
            and _CONTROL.search(text)):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROL.sub("", ANSI.sub("", text))
    if single_line and ("  " in text or "\t" in text or "\n" in text or "\xa0" in text):
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if not text or (len(text) <= 4 and text.lower() in _MISSING_WORDS):
        return None
    if limit is not None and len(text) > limit:
        text = text[:limit]
    return text


def to_date(value: Any) -> date | None:
    """A date from a date, datetime, pandas Timestamp or ISO-like string; None otherwise."""
    if type(value) is str:  # the common case ("nan", "" and "None" are no ISO dates either)
        return _date_text(value.strip()[:10])
    if is_missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        try:
            return value.date()
        except (TypeError, ValueError):
            return None
    return _date_text(str(value).strip()[:10])


@lru_cache(maxsize=4096)
def _date_text(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def to_float(value: Any) -> float | None:
    """A finite number, or None ("$79,000", "79000.0", "79k" and "€ 79.000" read as 79000.0)."""
    if type(value) is float:  # the common case: NaN and infinities leave a NaN here
        return value if value - value == 0.0 else None
    if is_missing(value) or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    return parse_amount(str(value))


def pay_range(low: Any, high: Any, currency: Any) -> tuple[float | None, float | None, Any]:
    """(min, max, currency) from JobSpy's amount fields; a range written in one field
    ("85k–105k") is split instead of read as 85105, and "€ 70.000" gives its currency."""
    if type(low) is not str and type(high) is not str:  # numbers: the common case
        return to_float(low), to_float(high), currency
    text = " ".join(str(v) for v in (low, high) if not is_missing(v))
    if is_missing(high) and not is_missing(low):
        first, second = parse_range(str(low))
    else:
        first, second = to_float(low), to_float(high)
    if is_missing(currency):
        currency = currency_in(text)
    return first, second, currency


def to_bool(value: Any) -> bool | None:
    """True/False from bools, numbers and words; None when unknown."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def job_types(value: Any) -> str | None:
    """JobSpy job types as "fulltime, contract" (a list or JobSpy's comma string)."""
    if is_missing(value):
        return None
    if isinstance(value, str):
        return _job_types_text(value)
    return _job_types(value)


@lru_cache(maxsize=256)
def _job_types_text(value: str) -> str | None:
    return _job_types(value.split(","))


def _job_types(items) -> str | None:
    if not isinstance(items, list | tuple):
        items = str(items).split(",")
    names = []
    for item in items:
        name = getattr(item, "value", item)
        name = re.sub(r"[^a-z]", "", str(name).lower())
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def location_text(value: Any) -> str | None:
    """JobSpy's display location; a {city, state, country} mapping is joined the same way."""
    if isinstance(value, dict):
        parts = [value.get("city"), value.get("state"), value.get("country")]
        value = ", ".join(str(p).strip() for p in parts if not is_missing(p))
    return clean_text(value, single_line=True, limit=MAX_TEXT["location"])


def _plain(value: Any) -> Any:
    """An extra field as a JSON-friendly value (NaN dropped, lists kept, dates as text)."""
    if isinstance(value, list | tuple):
        items = [_plain(v) for v in value]
        return [v for v in items if v is not None] or None
    if is_missing(value):
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if hasattr(value, "item"):  # numpy scalar
        return _plain(value.item())
    return clean_text(str(value))


def _word(value: Any) -> str | None:
    """A short code (board, interval, currency) lower-cased; cached, as they repeat."""
    if value is None:
        return None
    return _word_text(value) if type(value) is str else _word_text(str(value))


@lru_cache(maxsize=512)
def _word_text(value: str) -> str | None:
    text = clean_text(value, single_line=True)
    return text.lower() if text else None


# The fields of a normalized row, in the order ``normalized_values`` gives them.
NORMALIZED_FIELDS = (
    "site", "site_job_id", "job_url", "job_url_direct", "title", "company", "location",
    "date_posted", "job_type", "interval", "min_amount", "max_amount", "currency",
    "is_remote", "description", "extra",
)


def normalize_row(row: dict[str, Any]) -> dict[str, Any]:
    """The stored form of one JobSpy record; raises InvalidRow when it cannot be stored.

    Idempotent: a normalized row normalizes to itself.
    """
    return dict(zip(NORMALIZED_FIELDS, normalized_values(row), strict=True))


def _extra(row: dict[str, Any]) -> dict[str, Any] | None:
    extra = row.get("extra")
    if isinstance(extra, dict):
        return extra or None
    extra = {}
    for name, value in row.items():  # the record's own order (JobSpy's column order)
        if value is None or name not in _EXTRA_SET:
            continue
        value = clean_text(value) if type(value) is str else _plain(value)
        if value is not None:
            extra[name] = value
    return extra or None


def normalized_values(row: dict[str, Any]) -> tuple:
    """``normalize_row``'s values as a tuple in ``NORMALIZED_FIELDS`` order (no dict: the
    bulk import's hot path)."""
    get = row.get
    title = clean_text(get("title"), single_line=True, limit=MAX_TEXT["title"])
    if title is None:
        raise InvalidRow("no title")
    raw_url = get("job_url")
    if is_missing(raw_url):
        raise InvalidRow("no job_url")
    try:
        url = canonical_url(clean_text(raw_url, single_line=True) or "")
    except InvalidURL as exc:
        raise InvalidRow(str(exc)) from None
    site = _word(get("site"))
    interval = _word(get("interval"))
    low, high, currency = pay_range(get("min_amount"), get("max_amount"), get("currency"))
    currency = _word(currency)
    return (
        site,  # lower-case like JobSpy's Site values
        clean_text(get("site_job_id", get("id")), single_line=True, limit=200),
        url,
        clean_text(get("job_url_direct"), single_line=True),
        title,
        clean_text(get("company"), single_line=True, limit=MAX_TEXT["company"]),
        location_text(get("location")),
        to_date(get("date_posted")),
        job_types(get("job_type")),
        interval if interval in INTERVALS else None,
        low,
        high,
        currency.upper()[:10] if currency else None,
        to_bool(get("is_remote")),
        clean_text(get("description"), limit=MAX_TEXT["description"]),
        _extra(row),
    )
