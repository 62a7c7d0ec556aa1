"""Scanning a database for the test set's personal strings, accent- and case-insensitively.

Independent of jobtui's own folding on purpose: the check must not share the code it checks.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from pathlib import Path

# Letters NFKD does not take apart.
SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                         "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(text: str) -> str:
    """Lower-case ASCII-ish text: accents dropped, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.translate(SPECIAL).replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def database_text(db_path: Path) -> str:
    """Every byte of the database and its WAL (after a checkpoint), decoded leniently."""
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = db_path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data.decode("utf-8", errors="ignore")


# A letter or digit of a script that writes spaces between words (Latin, Greek, Cyrillic,
# Armenian, Hebrew, Arabic, Georgian): "Νίκο" inside "μηχανικούς" is not a leak. CJK and Thai
# run words together, so their letters are no word edge. The Arabic comma, semicolon,
# question mark, percent and full stop are punctuation.
WORD_CHAR = ("[a-z0-9\u0370-\u03ff\u0400-\u052f\u0530-\u060b\u060d-\u061a\u061c-\u061e"
             "\u0620-\u0669\u066e-\u06d3\u06d5-\u06ff\u10a0-\u10ff]")


def leaked(secrets: list[str], haystack: str) -> list[str]:
    """The ``secrets`` found in ``haystack`` as whole words (a name inside a longer word, like
    "Ana" in "Analytics", is not a leak)."""
    folded = fold(haystack)
    return [s for s in secrets
            if re.search(rf"(?<!{WORD_CHAR}){re.escape(fold(s))}(?!{WORD_CHAR})", folded)]


def stored_resumes(db_path: Path) -> list[str]:
    """The stored (redacted) resume texts, oldest first."""
    con = sqlite3.connect(db_path)
    try:
        return [row[0] for row in con.execute("SELECT content FROM resume ORDER BY id")]
    finally:
        con.close()
