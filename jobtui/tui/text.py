"""Turning scraped text into something safe to show: literal (never parsed as markup), free of
terminal escapes and control characters, and cut to size; plus the table's cell formats."""

from __future__ import annotations

import re
from datetime import date, datetime

from rich.text import Text

from jobtui.patterns import ANSI

# C0/C1 controls except tab and newline, DEL, and the bidi overrides/isolates that can reorder
# what the terminal shows (RTL letters themselves are fine and kept).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")

TITLE_CHARS = 120
DESCRIPTION_CHARS = 40_000


def clean(value: object, limit: int | None = None) -> str:
    """``value`` as text with escape sequences and control characters removed, cut to ``limit``."""
    if value is None:
        return ""
    text = _CONTROL.sub("", ANSI.sub("", str(value))).replace("\t", "    ")
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def one_line(value: object, limit: int | None = TITLE_CHARS) -> str:
    """Clean text on one line (newlines and runs of spaces collapsed), cut to ``limit``."""
    if value is None:
        return ""
    return clean(_SPACES.sub(" ", clean(value)).strip(), limit)


def literal(value: object, limit: int | None = TITLE_CHARS, style: str = "") -> Text:
    """A Rich Text shown exactly as written: brackets stay brackets, nothing is interpreted."""
    return Text(one_line(value, limit), style=style, no_wrap=True, overflow="ellipsis")


def markdown_source(description: str | None) -> str:
    """A job description ready for the Markdown widget: cleaned, bounded, and with raw HTML
    kept as text (a board's HTML is shown, never interpreted)."""
    text = clean(description, DESCRIPTION_CHARS).strip()
    return text or "*No description was scraped for this job.*"


def rating_style(rating: int | None) -> str:
    """The colour of a rating: green is a strong fit, red a poor one."""
    if rating is None:
        return "dim"
    if rating >= 80:
        return "bold green"
    if rating >= 60:
        return "green"
    if rating >= 40:
        return "yellow"
    return "red"


def rating_text(rating: int | None) -> Text:
    return Text("–" if rating is None else str(rating), style=rating_style(rating),
                justify="right")


def prerank_label(score: float | None) -> str:
    """A pre-rank in words, marked "≈" so it never reads as the model's rating."""
    if score is None:
        return ""
    return "≈ likely fit" if score >= 50 else "≈ maybe" if score >= 25 else "≈ unlikely"


def fit_text(rating: int | None, prerank: float | None) -> Text:
    """The fit column: the model's rating, or for an unrated job "≈N" (pre-rank) in italics."""
    if rating is not None or prerank is None:
        return rating_text(rating)
    return Text(f"≈{prerank:.0f}", style="dim italic", justify="right")


def _money(amount: float) -> str:
    if amount >= 1000:
        return f"{amount / 1000:.0f}k"
    return f"{amount:,.0f}" if amount >= 100 else f"{amount:.2f}".rstrip("0").rstrip(".")


_INTERVALS = {"yearly": "yr", "monthly": "mo", "weekly": "wk", "daily": "day", "hourly": "hr"}
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$", "INR": "₹"}


def salary(min_amount: float | None, max_amount: float | None, currency: str | None = None,
           interval: str | None = None) -> str:
    """"$120k–150k/yr"; empty when the board gave no salary."""
    if min_amount is None and max_amount is None:
        return ""
    code = (currency or "").upper()
    symbol = _CURRENCY.get(code, one_line(code, 4) + " " if code else "")
    low, high = min_amount, max_amount
    if low is not None and high is not None and low != high:
        span = f"{_money(low)}–{_money(high)}"
    else:
        span = _money(high if high is not None else low)
    unit = _INTERVALS.get((interval or "").lower())
    return f"{symbol}{span}" + (f"/{unit}" if unit else "")


def remote(is_remote: bool | None) -> str:
    return {True: "remote", False: "on-site", None: ""}[is_remote]


def posted(day: date | None) -> str:
    return day.isoformat() if day else ""


def when(moment: datetime | None) -> str:
    """A stored (UTC) timestamp as "2026-11-26 14:05"; "never" when missing."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "never"


STATUS_STYLES = {
    "interested": "cyan", "applied": "bold blue", "interviewing": "bold magenta",
    "offer": "bold green", "rejected": "red", "hidden": "dim",
}


def status_text(status: str | None) -> Text:
    status = status if status and status != "new" else ""
    return Text(status, style=STATUS_STYLES.get(status, ""))
