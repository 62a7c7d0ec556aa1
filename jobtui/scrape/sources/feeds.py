"""Remote-job feeds as boards of a saved search: each feed is read at most once per its
polite interval (the answer is kept in the cache folder), then filtered locally by the
search's terms, location, age and result count."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from jobtui.db.models import utcnow
from jobtui.scrape.sources import (
    arbeitnow,
    current_settings,
    hackernews,
    new_client,
    remoteok,
    remotive,
    weworkremotely,
)
from jobtui.scrape.sources.common import stored
from jobtui.scrape.sources.http import SourceError

log = logging.getLogger(__name__)

FEED_MODULES = {m.NAME: m for m in (remotive, remoteok, arbeitnow, weworkremotely, hackernews)}
FEEDS = tuple(FEED_MODULES)
# A job whose location says one of these is open to anyone, wherever the search looks.
_ANYWHERE = re.compile(r"worldwide|anywhere|global|^remote$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
# Remotive and Remote OK publish jobs a day after they were posted: allow for it in "since".
FEED_DELAY = timedelta(hours=24)


def _cache_file(name: str) -> Path:
    from jobtui.paths import ensure_private_dir, locations

    folder = locations().cache_dir / "feeds"
    ensure_private_dir(folder)
    return folder / f"{name}.json"


def _cached(name: str, max_age: float) -> Any | None:
    path = _cache_file(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fresh = isinstance(data, dict) and time.time() - float(data.get("fetched", 0)) < max_age
    return data.get("payload") if fresh else None


def _store(name: str, payload: Any) -> None:
    path = _cache_file(name)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"fetched": time.time(), "payload": payload}), encoding="utf-8")
    os.replace(tmp, path)


def feed_payload(name: str, client) -> Any:
    """The feed's last answer if it is younger than the feed's interval, else a new one."""
    module = FEED_MODULES[name]
    payload = _cached(name, module.MIN_INTERVAL)
    if payload is None:
        payload = module.fetch(client)
        _store(name, payload)
    return payload


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def matches(row: dict[str, Any], term: str, location: str | None,
            since: datetime | None) -> bool:
    """Whether a feed job fits a search: every word of the term in its title or tags, its
    location open to anyone or naming a word of the search's location, posted after
    ``since``."""
    haystack = _words(f"{row.get('title')} {row.get('_match')}")
    if not _words(term) <= haystack:
        return False
    place = row.get("location") or ""
    if location and place and not _ANYWHERE.search(place.strip()):
        wanted = {w for w in _words(location) if len(w) > 1}
        if wanted and not wanted & _words(place):
            return False
    posted = row.get("_posted_at")
    return not (since and posted and posted < since)


def scrape_feeds(sites: list[str], kwargs: dict[str, Any], *,
                 now: datetime | None = None) -> tuple[list[dict], dict[str, str]]:
    """Jobs of the feeds ``sites`` matching one JobSpy-style request (``search_term``,
    ``location``, ``hours_old``, ``results_wanted``) and each failing feed's error. One
    feed failing never loses the others."""
    now = now or utcnow()
    hours = kwargs.get("hours_old")
    since = now - timedelta(hours=hours) - FEED_DELAY if hours else None
    limit = kwargs.get("results_wanted") or 20
    rows: list[dict] = []
    errors: dict[str, str] = {}
    settings = current_settings()
    if kwargs.get("proxies") is not None:
        settings = dataclasses.replace(settings, proxies=list(kwargs["proxies"]))
    with new_client(settings) as client:
        for name in sites:
            try:
                found = FEED_MODULES[name].parse(feed_payload(name, client))
            except SourceError as exc:
                errors[name] = str(exc)
                continue
            except Exception as exc:  # noqa: BLE001 - a feed's surprise must not lose the others
                log.warning("reading %s failed", name, exc_info=True)
                errors[name] = f"{type(exc).__name__}: {exc}"
                continue
            chosen = [r for r in found
                      if matches(r, kwargs.get("search_term") or "", kwargs.get("location"),
                                 since)]
            rows += [stored(r) for r in chosen[:limit]]
    return rows, errors


def fetch_feed_board(kwargs: dict[str, Any], captured=None):
    """The runner's per-board step for a feed (see ``runner.board_step``): one feed, one
    term, answered as a ``BoardFetch``."""
    from jobtui.scrape.runner import BoardFetch

    site = kwargs["site_name"][0]
    rows, errors = scrape_feeds([site], kwargs)
    return BoardFetch(site, rows, errors.get(site))
