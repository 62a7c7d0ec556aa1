"""An ingest into a store that held no jobs when it began need not ask the database about
every record: while no other connection has written to the store (SQLite tells, by
``PRAGMA data_version``), every job stored is one this ingest stored. It keeps their
fingerprints (the cross-post candidates, as the database would give them) and their URLs'
hashes; only a record whose URL may be one stored earlier in the ingest is looked up.
"""

from __future__ import annotations

from typing import Any

# Past this many fingerprints the ingest goes back to asking the database (bounded memory:
# ~250 bytes each).
MAX_PRINTS = 250_000


class OwnRows:
    """What one ingest has stored: ``candidates`` maps a fingerprint to its canonical jobs,
    (id, site, posting date or the day first seen), first stored first; ``urls`` holds the
    Python hashes of the URLs (a collision only costs a look-up: the database answers)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.version = self._data_version()
        self.urls: set[int] = set()
        self.candidates: dict[str, list[tuple[int, str | None, Any]]] = {}

    @classmethod
    def start(cls, conn, stored_jobs: bool, sqlite: bool) -> OwnRows | None:
        """Call at the start of an ingest's first transaction, after its first read."""
        return cls(conn) if sqlite and not stored_jobs else None

    def _data_version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def still_valid(self) -> bool:
        """Call at the start of each later transaction, after its first read: whether no
        other connection has committed since the ingest began (its own commits do not
        count) and the fingerprints kept are few enough."""
        return (len(self.candidates) <= MAX_PRINTS
                and self._data_version() == self.version)

    def urls_to_look_up(self, urls: list[str]) -> list[str]:
        """Of these URLs, those that may be stored (by this ingest)."""
        stored = self.urls
        return [url for url in urls if hash(url) in stored]

    def add_urls(self, urls) -> None:
        """Record the URLs of jobs just stored."""
        self.urls.update(map(hash, urls))
