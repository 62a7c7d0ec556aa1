"""The sources' HTTP layer against a local server: User-Agent, base-URL overrides, retries
with pauses on 429/5xx, a long Retry-After answered by backing off, and the settings check."""

from __future__ import annotations

import threading

import pytest

from jobtui.config import ConfigError, load_settings
from jobtui.scrape.sources.http import SourceClient, SourceError, _proxy_url, parse_base_urls
from tests.fake_sources import FakeSources

PATH = "/remotive/api/remote-jobs"


@pytest.fixture
def server():
    fake = FakeSources().start()
    yield fake
    fake.stop()


def client_for(server, delays=(0.0, 0.0), stop=None) -> SourceClient:
    client = SourceClient(base_urls={"remotive": f"{server.url}/remotive"},
                          retry_delays=delays, stop=stop)
    client.spacing = 0.0
    return client


def test_user_agent_and_base_url_override(server):
    with client_for(server) as client:
        url = f"{client.base('remotive', 'https://remotive.com')}/api/remote-jobs"
        assert client.get_json(url)["job-count"] == 3
        assert client.base("remoteok", "https://remoteok.com/") == "https://remoteok.com"
    [seen] = server.requests
    assert seen.path == PATH and seen.user_agent.startswith("jobtui/")


def test_429_and_5xx_are_retried_a_short_retry_after_is_honoured(server):
    server.fail(PATH, 429, 503)
    server.retry_after = "0"
    with client_for(server) as client:
        assert client.get_json(f"{server.url}{PATH}")["job-count"] == 3
    assert server.paths() == [PATH] * 3


def test_a_long_retry_after_or_repeated_failure_is_one_error(server):
    server.fail(PATH, 429)
    server.retry_after = "7200"
    with client_for(server) as client, pytest.raises(SourceError) as caught:
        client.get_json(f"{server.url}{PATH}")
    assert caught.value.http_status == 429 and server.paths() == [PATH]  # no waiting 2 hours
    assert str(caught.value) == f"HTTP 429 Too Many Requests from 127.0.0.1:{server.port}"
    server.retry_after = None
    server.fail(PATH, 500, 500, 500)
    with client_for(server) as client, pytest.raises(SourceError, match="HTTP 500"):
        client.get_json(f"{server.url}{PATH}")
    with client_for(server) as client, pytest.raises(SourceError, match="not JSON"):
        client.get_json(f"{server.url}/weworkremotely/remote-jobs.rss")


def test_stopping_ends_the_pause_between_tries(server):
    stop = threading.Event()
    stop.set()  # the user quits: no pause, no further try
    server.fail(PATH, 503)
    with client_for(server, delays=(3600.0,), stop=stop) as client, pytest.raises(SourceError):
        client.get(f"{server.url}{PATH}")
    assert server.paths() == [PATH]


def test_unreachable_host_is_one_line():
    with SourceClient(retry_delays=()) as client, pytest.raises(SourceError) as caught:
        client.get("http://127.0.0.1:9/api")
    assert str(caught.value).startswith("cannot connect to 127.0.0.1:9")


def test_settings_and_proxies(isolated_home, tmp_path):
    assert parse_base_urls(["Greenhouse = http://mirror:8080/gh/"]) == {
        "greenhouse": "http://mirror:8080/gh"}
    with pytest.raises(ValueError, match="must look like"):
        parse_base_urls(["greenhouse"])
    assert _proxy_url("user:pass@proxy:3128") == "http://user:pass@proxy:3128"
    assert _proxy_url("socks5://proxy:1080") == "socks5://proxy:1080"
    config = tmp_path / "config.toml"
    config.write_text('[scraping]\nsource_urls = ["greenhouse:http://x"]\n')
    with pytest.raises(ConfigError, match="'scraping.source_urls' entry 'greenhouse:http://x'"):
        load_settings(config=config)
    config.write_text('[scraping]\nsource_urls = ["greenhouse=http://127.0.0.1:8080"]\n')
    assert load_settings(config=config).scraping.source_urls == [
        "greenhouse=http://127.0.0.1:8080"]


class RecordingStop(threading.Event):
    """A stop event that records the pauses asked of it instead of sleeping."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout=None) -> bool:
        self.waits.append(timeout)
        return self.is_set()


def test_requests_to_one_host_are_spaced(server):
    stop = RecordingStop()
    with client_for(server, stop=stop) as client:
        client.spacing = 3600.0
        client.get(f"{server.url}{PATH}")
        assert stop.waits == []  # the first request to a host does not wait
        client.get(f"{server.url}{PATH}")
        [pause] = stop.waits
        assert 3000 < pause <= 3600.0  # the rest of the spacing (no real sleep here)
        stop.set()  # quitting never waits out the spacing
        with pytest.raises(SourceError, match="stopped before asking"):
            client.get(f"{server.url}{PATH}")
    assert server.paths() == [PATH, PATH]


def test_configured_proxies_carry_the_requests(server):
    proxy = FakeSources().start()  # answers absolute-URI requests the way a proxy forwards them
    try:
        with SourceClient(proxies=[f"user:secret@127.0.0.1:{proxy.port}"], retry_delays=(),
                          base_urls={"remotive": "http://127.0.0.1:9/remotive"}) as client:
            assert client.get_json(f"{client.base('remotive', '')}/api/remote-jobs")[
                "job-count"] == 3
        assert proxy.paths() == [PATH] and server.requests == []
    finally:
        proxy.stop()
