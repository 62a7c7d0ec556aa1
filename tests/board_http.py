"""Job boards at the HTTP level: JobSpy's real scrapers run, only its HTTP sessions are stubbed.

JobSpy 1.4.1 makes a fresh session per scraper and per call (``jobspy.util.create_session``
around ``RequestsRotating``, a ``requests.Session``, for LinkedIn, Indeed and Google, and
``TLSRotating``, a ``curl_cffi`` session, for Glassdoor, ZipRecruiter and the rest). The stub
replaces the two places where those sessions touch the network:
``requests.adapters.HTTPAdapter.send`` (so requests still encodes parameters and bodies and
parses the answer) and ``curl_cffi.requests.Session.request``. Routes answer realistic pages:
LinkedIn's guest search fragment and job pages, Indeed's GraphQL answer, a captcha page.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Answer:
    """One HTTP answer: a status, a body, headers; or ``curl_error`` to fail like curl."""

    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    curl_error: str | None = None


Route = Callable[[str, str, bytes | None], Answer | None]


class BoardServer:
    """Routes (method, url regex) -> Answer; records every request JobSpy made."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern, Callable[..., Answer]]] = []
        self.requests: list[tuple[str, str, bytes | None]] = []
        self.lock = threading.Lock()

    def route(self, method: str, pattern: str, answer: Answer | Callable[..., Answer]) -> None:
        """Answer ``method`` requests whose URL matches ``pattern`` (the latest route wins)."""
        handler = answer if callable(answer) else (lambda url, body: answer)
        self.routes.insert(0, (method.upper(), re.compile(pattern), handler))

    def answer(self, method: str, url: str, body: bytes | None) -> Answer:
        with self.lock:
            self.requests.append((method.upper(), url, body))
        for route_method, pattern, handler in self.routes:
            if route_method == method.upper() and pattern.search(url):
                return handler(url, body)
        return Answer(404, "<html><body>Not Found</body></html>")

    def urls(self, pattern: str = "") -> list[str]:
        return [url for _m, url, _b in self.requests if re.search(pattern, url)]


def _requests_send(server: BoardServer):
    import requests
    from requests.structures import CaseInsensitiveDict

    def send(adapter, request, **kwargs):
        body = request.body.encode() if isinstance(request.body, str) else request.body
        answer = server.answer(request.method, request.url, body)
        if answer.curl_error:
            raise requests.ConnectionError(answer.curl_error, request=request)
        response = requests.Response()
        response.status_code = answer.status
        response._content = answer.body.encode()
        response.headers = CaseInsensitiveDict(
            {"content-type": "text/html; charset=utf-8", **answer.headers})
        response.encoding = "utf-8"
        response.url = request.url
        response.request = request
        response.reason = {200: "OK", 403: "Forbidden", 404: "Not Found",
                           429: "Too Many Requests"}.get(answer.status, "")
        return response

    return send


def _curl_request(server: BoardServer):
    from curl_cffi.requests import Response
    from curl_cffi.requests.exceptions import DNSError

    def request(session, method, url, params=None, data=None, json=None, **kwargs):
        body = None if json is None else __import__("json").dumps(json).encode()
        answer = server.answer(method, url, body)
        if answer.curl_error:
            raise DNSError(answer.curl_error, 6)
        response = Response()
        response.status_code = answer.status
        response.content = answer.body.encode()
        response.url = url
        response.headers.update({"content-type": "text/html; charset=utf-8", **answer.headers})
        return response

    return request


def install(monkeypatch) -> BoardServer:
    """The boards JobSpy talks to, answering from this process (no network, no sleeps);
    a test module makes this its ``boards`` fixture."""
    import curl_cffi.requests
    import requests.adapters

    server = BoardServer()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", _requests_send(server))
    monkeypatch.setattr(curl_cffi.requests.Session, "request", _curl_request(server))
    return server


# --- LinkedIn ---------------------------------------------------------------------------

LINKEDIN_SEARCH = r"linkedin\.com/jobs-guest/jobs/api/seeMoreJobPostings/search"
LINKEDIN_JOB = r"linkedin\.com/jobs/view/(\d+)"


def linkedin_card(job_id: int, title: str, company: str, place: str, posted: date) -> str:
    """One job card as LinkedIn's guest search API renders it."""
    slug = f"{title.lower().replace(' ', '-')}-at-{company.lower()}"
    refs = "&amp;refId=AbC1dEf2GhI3jKl4mNo5pQ%3D%3D&amp;trackingId=xYz9w8V7u6T5s4R3q2P1oA%3D%3D"
    return f"""
<li>
  <div class="base-card relative w-full hover:no-underline focus:no-underline base-card--link
      base-search-card base-search-card--link job-search-card"
      data-entity-urn="urn:li:jobPosting:{job_id}" data-impression-id="jobs-search-result-0"
      data-reference-id="AbC1dEf2GhI3jKl4mNo5pQ==" data-tracking-id="xYz9w8V7u6T5s4R3q2P1oA==">
    <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]"
       href="https://www.linkedin.com/jobs/view/{slug}-{job_id}?position=1&amp;pageNum=0{refs}"
       data-tracking-control-name="public_jobs_jserp-result_search-card">
      <span class="sr-only">{title}</span>
    </a>
    <div class="search-entity-media">
      <img class="artdeco-entity-image artdeco-entity-image--square-4"
           data-delayed-url="https://media.licdn.com/dms/image/logo-{job_id}.png" alt="{company}">
    </div>
    <div class="base-search-card__info">
      <h3 class="base-search-card__title">
            {title}
      </h3>
      <h4 class="base-search-card__subtitle">
          <a class="hidden-nested-link"
             href="https://www.linkedin.com/company/{company.lower()}?trk=public_jobs_jserp-result_job-search-card-subtitle"
             data-tracking-control-name="public_jobs_jserp-result_job-search-card-subtitle">
            {company}
          </a>
      </h4>
      <div class="base-search-card__metadata">
          <span class="job-search-card__location">
            {place}
          </span>
          <time class="job-search-card__listdate" datetime="{posted.isoformat()}">
            1 day ago
          </time>
      </div>
    </div>
  </div>
</li>"""


def linkedin_search_page(cards: list[tuple[int, str, str, str, date]]) -> str:
    return "<!DOCTYPE html>\n\n<!---->" + "".join(linkedin_card(*card) for card in cards)


def linkedin_job_page(title: str, description_html: str,
                      employment_type: str = "Full-time") -> str:
    """A public LinkedIn job page with its description and criteria list."""
    return f"""<!DOCTYPE html><html lang="en"><head><title>{title} | LinkedIn</title></head>
<body><main class="main" id="main-content" role="main">
<section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px]">
  <div class="decorated-job-posting__details">
    <section class="core-section-container my-3 description">
      <div class="core-section-container__content break-words">
        <div class="description__text description__text--rich">
          <section class="show-more-less-html" data-max-lines="5">
            <div class="show-more-less-html__markup show-more-less-html__markup--clamp-after-5
                relative overflow-hidden">
              {description_html}
            </div>
          </section>
        </div>
        <ul class="description__job-criteria-list">
          <li class="description__job-criteria-item">
            <h3 class="description__job-criteria-subheader">
              Seniority level
            </h3>
            <span class="description__job-criteria-text description__job-criteria-text--criteria">
              Mid-Senior level
            </span>
          </li>
          <li class="description__job-criteria-item">
            <h3 class="description__job-criteria-subheader">
              Employment type
            </h3>
            <span class="description__job-criteria-text description__job-criteria-text--criteria">
              {employment_type}
            </span>
          </li>
        </ul>
      </div>
    </section>
  </div>
</section></main></body></html>"""


LINKEDIN_429 = Answer(429, "", {"content-type": "text/html", "retry-after": "60"})

# What LinkedIn (behind its bot check) answers instead of the jobs.
CAPTCHA_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Security Verification | LinkedIn</title>
<meta name="robots" content="noindex, nofollow"></head>
<body><div id="app__container" class="app__content">
<main><h1>Let's do a quick security check</h1>
<p>We just need to make sure you're not a robot.</p>
<form id="captcha-challenge" method="post" action="/checkpoint/challenge/verify">
<input type="hidden" name="csrfToken" value="ajax:0123456789">
<iframe id="captcha-internal" src="/checkpoint/challengesV2/captcha"></iframe>
</form></main></div></body></html>"""


# --- Indeed -----------------------------------------------------------------------------

INDEED_GRAPHQL = r"apis\.indeed\.com/graphql"


def indeed_job(key: str, title: str, company: str, city: str, state: str, posted_ms: int,
               description_html: str | None) -> dict:
    """One result of Indeed's jobSearch GraphQL answer (the fields JobSpy asks for)."""
    return {"job": {
        "key": key, "title": title, "sourceEmployerName": company,
        "dateOnIndeed": posted_ms,
        "description": {"html": description_html},
        "location": {"countryCode": "US", "admin1Code": state, "city": city},
        "compensation": {
            "estimated": None,
            "baseSalary": {"unitOfWork": "YEAR", "range": {"min": 120000, "max": 150000}},
            "currencyCode": "USD",
        },
        "attributes": [{"key": "CF3CP"}, {"key": "DSQF7"}],
        "employer": {
            "relativeCompanyPageUrl": f"/cmp/{company.replace(' ', '-')}",
            "name": company,
            "ugcStats": {"ratings": {"overallRating": {"value": 4.1, "count": 312}}},
            "dossier": {
                "employerDetails": {"addresses": ["1 Main St, Austin, TX"],
                                    "industry": "INFORMATION_TECHNOLOGY",
                                    "employeesLocalizedLabel": "501 to 1,000",
                                    "revenueLocalizedLabel": "$100M to $500M (USD)",
                                    "briefDescription": f"{company} builds software."},
                "images": {"squareLogoUrl": "https://d2q79iu7y748jz.cloudfront.net/logo.png"},
                "links": {"corporateWebsite": "https://www.example.com"},
            },
        },
        "recruit": {"viewJobUrl": f"https://careers.example.com/jobs/{key}?src=indeed"},
    }}


def indeed_answer(jobs: list[dict], next_cursor: str | None = None) -> Answer:
    return Answer(200, json.dumps({"data": {"jobSearch": {
        "pageInfo": {"nextCursor": next_cursor}, "results": jobs}}}),
        {"content-type": "application/json"})


GLASSDOOR_DNS_ERROR = ("Failed to perform, curl: (6) Could not resolve host: www.glassdoor.com. "
                       "See https://curl.se/libcurl/c/libcurl-errors.html first for more "
                       "details.")
