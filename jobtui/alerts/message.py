"""The content of an alert: only title, company, rating and link of each job."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jobtui.errors import JobtuiError

SHOWN = 5  # jobs listed in one alert's text; the rest are counted
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+")


class AlertError(JobtuiError):
    """An alert could not be delivered through one channel (one line)."""


def clean(text: str, limit: int = 120) -> str:
    """One line without control characters, cut to ``limit`` characters."""
    line = " ".join(_CONTROL.sub(" ", text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class AlertItem:
    """Everything an alert may say about a job."""

    title: str
    company: str
    rating: int
    url: str

    def line(self) -> str:
        """"92 · Senior Python Engineer · Acme"."""
        company = f" · {clean(self.company, 60)}" if self.company else ""
        return f"{self.rating} · {clean(self.title, 100)}{company}"

    def as_dict(self) -> dict[str, object]:
        return {"title": clean(self.title, 300), "company": clean(self.company, 200),
                "rating": self.rating, "url": self.url}


@dataclass(frozen=True)
class Alert:
    """One alert for a burst of strong matches, best first."""

    items: tuple[AlertItem, ...]

    @classmethod
    def of(cls, items: Sequence[AlertItem]) -> Alert:
        return cls(tuple(sorted(items, key=lambda i: -i.rating)))

    @property
    def title(self) -> str:
        n = len(self.items)
        return "jobtui: a new strong match" if n == 1 else f"jobtui: {n} new strong matches"

    @property
    def best(self) -> AlertItem:
        return self.items[0]

    def lines(self, with_links: bool = True) -> list[str]:
        """The text lines: the best jobs (with their links), then how many more there are."""
        lines: list[str] = []
        for item in self.items[:SHOWN]:
            lines.append(item.line())
            if with_links and item.url:
                lines.append(item.url)
        if len(self.items) > SHOWN:
            lines.append(f"… and {len(self.items) - SHOWN} more (jobtui digest)")
        return lines

    def text(self, with_links: bool = True) -> str:
        return "\n".join(self.lines(with_links))
