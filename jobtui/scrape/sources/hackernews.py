"""Hacker News "Ask HN: Who is hiring?" through the Algolia HN Search API: ``GET
/api/v1/search_by_date?tags=story,author_whoishiring`` finds the newest monthly thread, ``GET
/api/v1/items/{id}`` returns it with its ``children`` (comments: ``id``, ``created_at``,
``author``, ``text`` as HTML). Each top-level comment is one job; by the thread's convention
its first line reads "Company | Role | Location | REMOTE | Salary"."""

from __future__ import annotations

import re
from typing import Any

from jobtui.scrape.sources.common import job_row, markdown, parse_time, plain

NAME = "hackernews"
DEFAULT_BASE = "https://hn.algolia.com"
MIN_INTERVAL = 3 * 3600
_ROLE = re.compile(r"engineer|developer|scientist|designer|manager|architect|analyst|lead|"
                   r"devops|sre|programmer|researcher|head of|director|intern", re.IGNORECASE)
_WORK_MODE = re.compile(r"remote|onsite|on-site|hybrid", re.IGNORECASE)


def fetch(client) -> Any:
    """The newest "Who is hiring?" thread with its comments."""
    base = client.base(NAME, DEFAULT_BASE)
    found = client.get_json(f"{base}/api/v1/search_by_date",
                            params={"tags": "story,author_whoishiring", "hitsPerPage": 10},
                            timeout=30.0)
    for hit in found.get("hits") or []:
        if str(hit.get("title") or "").lower().startswith("ask hn: who is hiring"):
            return client.get_json(f"{base}/api/v1/items/{hit.get('objectID')}",
                                   timeout=90.0)
    return {"children": []}


def _fields(first_line: str) -> tuple[str, str | None, str | None]:
    """Company, role and place from a "Company | Role | Place | ..." line."""
    parts = [p.strip() for p in first_line.split("|") if p.strip()]
    company = parts[0] if parts else first_line[:80]
    rest = parts[1:]
    role = next((p for p in rest if _ROLE.search(p)), rest[0] if rest else None)
    others = [p for p in rest if p != role]
    place = next((p for p in others if "," in p),  # "Boston, MA" over a bare "ONSITE"
                 next((p for p in others if _WORK_MODE.search(p)), None))
    return company, role, place


def parse(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows from the thread's top-level comments (deleted ones have no text)."""
    rows = []
    for comment in payload.get("children") or []:
        body = comment.get("text") or ""
        if not body:
            continue
        text = plain(body.replace("<p>", "\n"))
        first = text.strip().splitlines()[0] if text.strip() else ""
        company, role, place = _fields(first)
        rows.append(job_row(
            site=NAME, job_id=comment.get("id"),
            url=f"https://news.ycombinator.com/item?id={comment.get('id')}",
            title=role or first[:120], company=company, location=place,
            posted=parse_time(comment.get("created_at")), description=markdown(body),
            is_remote="remote" in first.lower(), match_text=text,
        ))
    return rows
