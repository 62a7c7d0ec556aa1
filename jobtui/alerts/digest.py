"""The digest: new strong matches since a moment, as text, Markdown or HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from jobtui.alerts.message import clean
from jobtui.errors import JobtuiError
from jobtui.store.matches import Match

FORMATS = ("text", "markdown", "html")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([mhdw])")


class DigestError(JobtuiError):
    """A digest option that cannot be used (one line)."""


def parse_since(text: str, now: datetime) -> datetime:
    """``24h``, ``90m``, ``7d``, ``2w`` before ``now`` (naive UTC), or a local date/time such
    as ``2026-11-20`` or ``2026-11-20T08:00``; returns naive UTC."""
    raw = text.strip().lower()
    match = _DURATION.fullmatch(raw)
    if match:
        try:
            return now - timedelta(**{_UNITS[match[2]]: float(match[1])})
        except OverflowError:  # further back than any date
            raise DigestError(f"--since {text!r}: too far back; use a date like "
                              "2026-11-20") from None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise DigestError(f"--since {text!r}: use a duration like 24h, 90m, 7d, 2w or a date "
                          "like 2026-11-20") from None
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone()  # a plain date/time is the user's local time
        return moment.astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError):  # 0001-01-01 in UTC falls before year 1
        raise DigestError(f"--since {text!r}: too far back; use a date like "
                          "2026-11-20") from None


def format_for(path: str | None, chosen: str | None) -> str:
    """The chosen format, else the one the file name suggests (.md, .html), else text."""
    if chosen:
        return chosen
    suffix = (path or "").lower().rsplit(".", 1)[-1]
    return {"md": "markdown", "markdown": "markdown", "html": "html", "htm": "html"}.get(
        suffix, "text")


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _headline(matches: Sequence[Match], since: datetime, min_rating: int) -> str:
    n = len(matches)
    what = "1 strong match" if n == 1 else f"{n or 'No'} strong matches"
    return f"{what} rated at least {min_rating} since {_local(since)}"


def _safe_link(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else ""


def render(matches: Sequence[Match], fmt: str, *, since: datetime, min_rating: int,
           reasons: bool = True) -> str:
    """The digest in ``fmt``; ``reasons`` adds the model's justification of each rating
    (kept out of e-mails, which leave the machine)."""
    if fmt not in FORMATS:
        raise DigestError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    headline = _headline(matches, since, min_rating)
    return {"text": _text, "markdown": _markdown, "html": _html}[fmt](
        matches, headline, reasons)


def _where(m: Match) -> str:
    return " · ".join(clean(p, 80) for p in (m.company, m.location) if p)


def _text(matches: Sequence[Match], headline: str, reasons: bool) -> str:
    lines = [f"jobtui digest: {headline}", ""]
    for m in matches:
        lines.append(f"{m.rating:3d}  {clean(m.title, 120)}" + (
            f" · {_where(m)}" if _where(m) else ""))
        if m.url:
            lines.append(f"     {clean(m.url, 2000)}")
        if reasons and m.justification:
            lines.append(f"     {clean(m.justification, 600)}")
    return "\n".join(lines).rstrip() + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+|!~])")


def _md(text: str, limit: int = 200) -> str:
    return _MD_SPECIAL.sub(r"\\\1", clean(text, limit))


def _markdown(matches: Sequence[Match], headline: str, reasons: bool) -> str:
    lines = ["# jobtui digest", "", headline + ".", ""]
    for m in matches:
        title = _md(m.title, 120)
        link = _safe_link(m.url)
        lines.append(f"## {m.rating} · " + (f"[{title}](<{link}>)" if link else title))
        if _where(m):
            lines += ["", _md(_where(m))]
        if reasons and m.justification:
            lines += ["", "> " + _md(m.justification, 600)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _html(matches: Sequence[Match], headline: str, reasons: bool) -> str:
    def e(text: str, limit: int = 200) -> str:
        return html.escape(clean(text, limit))

    items = []
    for m in matches:
        link = _safe_link(m.url)
        title = e(m.title, 120)
        if link:
            title = f'<a href="{html.escape(link)}">{title}</a>'
        parts = [f"<li><strong>{m.rating}</strong> · {title}"]
        if _where(m):
            parts.append(f"<br>{e(_where(m))}")
        if reasons and m.justification:
            parts.append(f"<br><em>{e(m.justification, 600)}</em>")
        items.append("".join(parts) + "</li>")
    body = f"<ul>\n{chr(10).join(items)}\n</ul>" if items else ""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>jobtui digest</title></head>\n<body>\n<h1>jobtui digest</h1>\n"
        f"<p>{html.escape(headline)}.</p>\n{body}\n</body></html>\n"
    )
