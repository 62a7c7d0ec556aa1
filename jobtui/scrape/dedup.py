"""Duplicate detection across boards: the same company, title and location posted on two
boards within a few days is one job (the first one seen stays canonical)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from functools import lru_cache

CROSS_POST_DAYS = 3  # boards show the same posting with dates a day or two apart

_COMPANY_SUFFIXES = re.compile(
    r"\b(incorporated|inc|llc|l l c|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|sas|"
    r"bv|plc|pty|srl|spa|ab|oy|as|kk)\b"
)
_COUNTRY_TAIL = re.compile(r"\b(usa|us|united states( of america)?|uk|united kingdom)$")
_TITLE_WORDS = {"sr": "senior", "jr": "junior", "mgr": "manager", "eng": "engineer",
                "dev": "developer", "ii": "2", "iii": "3"}
_NON_WORD = re.compile(r"[^\w]+")


def _fold(text: str | None) -> str:
    """Lower-case, accents removed, punctuation as spaces, single spaces."""
    if not text:
        return ""
    text = text.casefold()
    if not text.isascii():  # the common ASCII case needs no accent folding
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text).split())


# Companies, titles and places repeat across jobs: caching their folded forms pays off.
@lru_cache(maxsize=8192)
def normalized_company(company: str | None) -> str:
    return " ".join(_COMPANY_SUFFIXES.sub(" ", _fold(company)).split())


@lru_cache(maxsize=8192)
def normalized_title(title: str | None) -> str:
    return " ".join(_TITLE_WORDS.get(w, w) for w in _fold(title).split())


@lru_cache(maxsize=8192)
def normalized_location(location: str | None) -> str:
    text = _fold(location)
    return _COUNTRY_TAIL.sub("", text).strip() if text else ""


def fingerprint_key(company: str | None, title: str | None, location: str | None) -> str | None:
    """The readable cross-board identity "company|title|location" (normalized); None when
    the company or title is unknown (too little to tell two postings apart)."""
    company_key, title_key = normalized_company(company), normalized_title(title)
    if not company_key or not title_key:
        return None
    return f"{company_key}|{title_key}|{normalized_location(location)}"


def fingerprint(company: str | None, title: str | None, location: str | None) -> str | None:
    """The stored fingerprint: a 64-bit hash of ``fingerprint_key`` as 16 hex digits
    (short keys keep the fingerprint index small and bulk inserts fast)."""
    key = fingerprint_key(company, title, location)
    if key is None:
        return None
    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


def is_cross_post(site: str | None, posted: date | None, other_site: str | None,
                  other_posted: date | None, *, days: int = CROSS_POST_DAYS) -> bool:
    """Whether a job on ``site`` is the same posting as a fingerprint match on ``other_site``.

    Two postings on the same board are separate jobs (a board lists a job once). Callers
    pass the date a job was first seen when it has no posting date.
    """
    if site and other_site and site == other_site:
        return False
    if posted is None or other_posted is None:
        return True
    return abs((posted - other_posted).days) <= days
