"""We Work Remotely's RSS feed: ``GET /remote-jobs.rss``; each ``<item>`` has ``<title>``
("Company: Job title"), ``<region>``, ``<category>``, ``<type>``, ``<description>`` (HTML),
``<pubDate>``, ``<link>`` and ``<guid>``. WWR's JSON API is for posting jobs only."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from jobtui.scrape.sources.common import job_row, job_type, markdown, parse_time
from jobtui.scrape.sources.http import SourceError

NAME = "weworkremotely"
DEFAULT_BASE = "https://weworkremotely.com"
MIN_INTERVAL = 3600


def fetch(client) -> Any:
    """The feed's XML text."""
    return client.get_text(f"{client.base(NAME, DEFAULT_BASE)}/remote-jobs.rss",
                           timeout=60.0)


def parse(payload: str) -> list[dict[str, Any]]:
    """Rows from the RSS items; a feed that is not XML is a SourceError."""
    try:
        root = ET.fromstring(payload)
    except ET.ParseError as exc:
        raise SourceError(f"weworkremotely.com sent a feed that is not valid RSS ({exc})") from None
    rows = []
    for item in root.iter("item"):
        def text(tag: str, item=item) -> str:
            return (item.findtext(tag) or "").strip()

        company, sep, title = text("title").partition(":")
        if not sep:
            company, title = "", company
        rows.append(job_row(
            site=NAME, job_id=text("guid") or text("link"), url=text("link"),
            title=title.strip(), company=company.strip() or None,
            location=text("region") or "Remote", posted=parse_time(text("pubDate")),
            description=markdown(text("description")), is_remote=True,
            job_type=job_type(text("type")), match_text=text("category"),
        ))
    return rows
