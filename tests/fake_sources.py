"""Company career-page APIs and remote-job feeds on 127.0.0.1 for tests: recorded answers
(written from each provider's documented shape, in tests/fixtures/sources) served under one
path prefix per provider, reached through jobtui's real HTTP layer via base-URL overrides.
Answers can be switched to failures (a status for the next N requests) per path."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

SOURCES = Path(__file__).parent / "fixtures" / "sources"

# Request path (below the provider's prefix) -> recorded answer file.
ROUTES = {
    "/greenhouse/v1/boards/acme/jobs": "greenhouse_acme.json",
    "/lever/v0/postings/betapay": "lever_beta.json",
    "/lever_eu/v0/postings/betapay": "lever_beta.json",
    "/ashby/posting-api/job-board/gamma": "ashby_gamma.json",
    "/workable/api/v1/widget/accounts/delta": "workable_delta.json",
    "/smartrecruiters/v1/companies/EpsilonLogistics/postings":
        "smartrecruiters_epsilon_list.json",
    "/smartrecruiters/v1/companies/EpsilonLogistics/postings/744000012345678":
        "smartrecruiters_epsilon_detail.json",
    "/recruitee/zeta/api/offers/": "recruitee_zeta.json",
    "/remotive/api/remote-jobs": "remotive.json",
    "/remoteok/api": "remoteok.json",
    "/arbeitnow/api/job-board-api": "arbeitnow.json",
    "/weworkremotely/remote-jobs.rss": "weworkremotely.rss",
    "/hackernews/api/v1/search_by_date": "hackernews_search.json",
    "/hackernews/api/v1/items/45770001": "hackernews_item.json",
}
PROVIDERS = ("greenhouse", "lever", "lever_eu", "ashby", "workable", "smartrecruiters",
             "recruitee", "remotive", "remoteok", "arbeitnow", "weworkremotely", "hackernews")
NOT_FOUND = b'{"ok":false,"error":"Document not found"}'


@dataclass
class Seen:
    path: str
    query: str
    user_agent: str


@dataclass
class FakeSources:
    requests: list[Seen] = field(default_factory=list)
    failures: dict[str, list[int]] = field(default_factory=dict)  # path -> statuses to send
    retry_after: str | None = None
    port: int = 0
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def source_urls(self) -> list[str]:
        """``scraping.source_urls`` entries pointing every provider at this server."""
        entries = [f"{name}={self.url}/{name}" for name in PROVIDERS if name != "recruitee"]
        return entries + [f"recruitee={self.url}/recruitee/{{slug}}"]

    def fail(self, path: str, *statuses: int) -> None:
        """Answer the next requests for ``path`` with these statuses, in order."""
        with self._lock:
            self.failures[path] = list(statuses)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def start(self) -> FakeSources:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                with fake._lock:
                    fake.requests.append(Seen(parts.path, parts.query,
                                              self.headers.get("User-Agent", "")))
                    pending = fake.failures.get(parts.path)
                    status = pending.pop(0) if pending else None
                if status is not None:
                    self.send_response(status)
                    if fake.retry_after is not None:
                        self.send_header("Retry-After", fake.retry_after)
                    self._body(b'{"error":"failing on purpose"}', "application/json")
                    return
                name = ROUTES.get(parts.path)
                if name is None:
                    self.send_response(404)
                    self._body(NOT_FOUND, "application/json")
                    return
                self.send_response(200)
                kind = "application/rss+xml" if name.endswith(".rss") else "application/json"
                self._body((SOURCES / name).read_bytes(), kind)

            def _body(self, body: bytes, kind: str) -> None:
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-sources",
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def write_config(server: FakeSources, **scraping) -> Path:
    """A config.toml in the test's jobtui home pointing every source at ``server``."""
    import tomli_w

    from jobtui.paths import locations

    path = locations().config_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps({"scraping": {"source_urls": server.source_urls(),
                                                **scraping}}), encoding="utf-8")
    return path
