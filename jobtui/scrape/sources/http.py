"""The one HTTP layer of the company career pages and remote-job feeds: a User-Agent naming
jobtui, timeouts, retries with growing pauses on 429 and 5xx answers, a base URL per provider
that settings can override (tests, corporate mirrors) and the configured proxies."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from jobtui import __version__

log = logging.getLogger(__name__)

USER_AGENT = (f"jobtui/{__version__} (personal job search; "
              "+https://github.com/jobtui/jobtui)")
DEFAULT_TIMEOUT = 20.0
RETRY_DELAYS = (2.0, 8.0)  # seconds before the 2nd and 3rd try of a 429/5xx answer
MAX_RETRY_AFTER = 30.0  # a longer Retry-After is not waited for: the source backs off instead
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
HOST_SPACING = 1.0  # seconds between two requests to one host (Lever asks Crawl-delay: 1)


class SourceError(Exception):
    """A source could not be read; ``http_status`` is set for an HTTP error answer."""

    def __init__(self, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.http_status = http_status


def parse_base_urls(entries: Sequence[str]) -> dict[str, str]:
    """``["greenhouse=http://mirror:8080", ...]`` as {provider: base URL}; raises ValueError
    naming a malformed entry."""
    result: dict[str, str] = {}
    for entry in entries:
        name, sep, url = str(entry).partition("=")
        name, url = name.strip().lower(), url.strip().rstrip("/")
        if not sep or not name or not url.startswith(("http://", "https://")):
            raise ValueError(f"source URL {entry!r} must look like "
                             "\"greenhouse=https://host[:port][/path]\"")
        result[name] = url
    return result


def _proxy_url(proxy: str) -> str:
    """JobSpy's "user:pass@host:port" form, or a full URL, as an httpx proxy URL."""
    return proxy if "://" in proxy else f"http://{proxy}"


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:  # an HTTP date: treat as "too long to wait here"
        return MAX_RETRY_AFTER + 1


class SourceClient:
    """Blocking GETs for the sources. Thread-safe enough for the worker (one caller at a
    time); close it (or use ``with``) when done."""

    def __init__(self, *, proxies: Sequence[str] = (), base_urls: dict[str, str] | None = None,
                 retry_delays: Sequence[float] | None = None,
                 stop: threading.Event | None = None) -> None:
        import httpx

        self.base_urls = dict(base_urls or {})
        self.retry_delays = tuple(RETRY_DELAYS if retry_delays is None else retry_delays)
        self.stop = stop or threading.Event()
        self.spacing = HOST_SPACING
        self._last_request: dict[str, float] = {}
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, */*;q=0.5"}
        proxy_urls = [_proxy_url(p) for p in proxies] or [None]
        self._clients = [httpx.Client(headers=headers, proxy=p, follow_redirects=True)
                         for p in proxy_urls]
        self._next_client: Callable[[], Any] = itertools.cycle(self._clients).__next__

    def __enter__(self) -> SourceClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for client in self._clients:
            client.close()

    def base(self, provider: str, default: str) -> str:
        """The provider's base URL: the configured override, else ``default``."""
        return self.base_urls.get(provider, default).rstrip("/")

    def get(self, url: str, *, params: dict | None = None,
            timeout: float = DEFAULT_TIMEOUT):
        """The answer to GET ``url`` (2xx), retrying 429/5xx and network errors with pauses;
        raises SourceError with a one-line message otherwise."""
        import httpx

        attempts = len(self.retry_delays) + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            self._space(url)
            try:
                response = self._next_client().get(url, params=params, timeout=timeout)
            except httpx.TimeoutException:  # "timeout": a network error, not a crash
                error = SourceError(f"{_host(url)} did not answer in time (timeout)")
            except httpx.HTTPError as exc:  # "connection": a network error, not a crash
                error = SourceError(f"cannot connect to {_host(url)}: {type(exc).__name__} "
                                    "(connection failed: offline, DNS or proxy?)")
            else:
                if response.is_success:
                    return response
                status = response.status_code
                error = SourceError(f"HTTP {status} {response.reason_phrase} from "
                                    f"{_host(url)}", status)
                if status not in RETRY_STATUSES:
                    raise error
                wait = _retry_after(response.headers.get("Retry-After"))
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise error  # the source asks for a long pause: back off, don't block
            if last or self.stop.is_set():
                raise error
            delay = self.retry_delays[attempt]
            log.info("%s; retrying in %.0f s", error, delay)
            if self.stop.wait(delay):
                raise error
        raise AssertionError("unreachable")

    def _space(self, url: str) -> None:
        """Wait until ``spacing`` seconds have passed since the last request to this host."""
        import time

        host = _host(url)
        last = self._last_request.get(host)
        if last is not None:
            remaining = self.spacing - (time.monotonic() - last)
            if remaining > 0 and self.stop.wait(remaining):
                raise SourceError(f"stopped before asking {host}")
        self._last_request[host] = time.monotonic()

    def get_json(self, url: str, *, params: dict | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> Any:
        """GET ``url`` and decode its JSON answer (SourceError when it is not JSON)."""
        response = self.get(url, params=params, timeout=timeout)
        try:
            return response.json()
        except ValueError:
            raise SourceError(f"{_host(url)} answered with something that is not JSON") from None

    def get_text(self, url: str, *, params: dict | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> str:
        """GET ``url`` as text (RSS feeds)."""
        return self.get(url, params=params, timeout=timeout).text


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url
