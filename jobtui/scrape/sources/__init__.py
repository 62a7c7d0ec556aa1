"""Job sources besides JobSpy's boards: company career pages on applicant-tracking systems
(one module per system) and remote-job feeds (one module per feed), read through one HTTP
layer (``http``) into JobSpy-shaped records that the usual ingest path stores.

``configure`` hands the scraping settings (proxies, base-URL overrides) to the feeds, which
the JobSpy runner calls per search term without them."""

from __future__ import annotations

import threading

from jobtui.config import ScrapingSettings

_settings = ScrapingSettings()
_lock = threading.Lock()


def configure(settings: ScrapingSettings) -> None:
    """Use these scraping settings for the feeds from now on (scrape_due calls it)."""
    global _settings
    with _lock:
        _settings = settings


def current_settings() -> ScrapingSettings:
    with _lock:
        return _settings


def new_client(settings: ScrapingSettings, stop: threading.Event | None = None):
    """A SourceClient with the settings' proxies and base-URL overrides."""
    from jobtui.scrape.sources.http import SourceClient, parse_base_urls

    return SourceClient(proxies=settings.proxies,
                        base_urls=parse_base_urls(settings.source_urls), stop=stop)
