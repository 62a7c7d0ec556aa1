"""Validation of search parameters against JobSpy's own lists (boards, countries, job types).

JobSpy is imported lazily (it pulls in pandas): ``SITES``, ``COUNTRIES`` and ``JOB_TYPES``
are computed on first access, so importing this module stays cheap.
"""

from __future__ import annotations

import difflib
from functools import cache

from jobtui.errors import JobtuiError

RESULTS_MIN, RESULTS_MAX = 1, 1000

# Boards that answer but currently return no jobs in JobSpy 1.4.
BOARD_WARNINGS = {
    "google": "google returns no jobs in current JobSpy; other boards are more useful",
}


class SearchParameterError(JobtuiError, ValueError):
    """A search parameter is not one JobSpy accepts (one line, says what is allowed)."""


@cache
def _jobspy_lists() -> tuple[list[str], list[str], dict[str, str], list[str]]:
    from jobspy.model import Country, JobType, Site, country_aliases

    return (
        [s.value for s in Site],
        [c.value for c in Country],
        dict(country_aliases),
        [t.value for t in JobType],
    )


_LAZY = {"SITES": 0, "COUNTRIES": 1, "COUNTRY_ALIASES": 2, "JOB_TYPES": 3}


def __getattr__(name: str):
    """SITES, COUNTRIES, COUNTRY_ALIASES and JOB_TYPES, read from JobSpy on first use."""
    if name in _LAZY:
        value = _jobspy_lists()[_LAZY[name]]
        return dict(value) if isinstance(value, dict) else list(value)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _site_key(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def all_boards() -> list[str]:
    """JobSpy's boards, then the remote-job feeds a search can also use."""
    from jobtui.scrape.sources.feeds import FEEDS

    return _jobspy_lists()[0] + list(FEEDS)


def validate_sites(names: list[str]) -> list[str]:
    """Board and feed names, lower-cased and de-duplicated in order; raise on an unknown
    one."""
    sites = all_boards()
    aliases = {"ziprecruiter": "zip_recruiter", "zip": "zip_recruiter", "remote_ok": "remoteok",
               "wwr": "weworkremotely", "hn": "hackernews", "hacker_news": "hackernews"}
    result: list[str] = []
    for raw in names:
        key = _site_key(raw)
        if not key:
            continue
        key = aliases.get(key, key)
        if key not in sites:
            close = difflib.get_close_matches(key, sites, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise SearchParameterError(
                f"unknown board '{raw.strip()}'{hint}; boards: {', '.join(sites)}"
            )
        if key not in result:
            result.append(key)
    if not result:
        raise SearchParameterError(f"choose at least one board: {', '.join(sites)}")
    return result


def site_warnings(sites: list[str]) -> list[str]:
    """Advice for boards that are accepted but known not to help (e.g. google)."""
    return [BOARD_WARNINGS[s] for s in sites if s in BOARD_WARNINGS]


@cache
def _board_support() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """From JobSpy's own tables: the job types each board can filter by, the boards that
    ignore the remote filter, and the countries Glassdoor serves."""
    from jobspy.bayt.constant import job_type_codes as bayt
    from jobspy.bdjobs.constant import job_type_codes as bdjobs
    from jobspy.glassdoor.constant import domains
    from jobspy.glassdoor.constant import job_type_codes as glassdoor
    from jobspy.hellowork.constant import job_type_params as hellowork
    from jobspy.indeed.constant import job_type_codes as indeed
    from jobspy.model import JobType
    from jobspy.ziprecruiter.constant import job_type_codes as zip_recruiter

    def values(table) -> frozenset[str]:
        return frozenset(t.value for t in table)

    job_types = {
        "indeed": values(indeed), "glassdoor": values(glassdoor), "bayt": values(bayt),
        "bdjobs": values(bdjobs), "hellowork": values(hellowork),
        # ZipRecruiter adds "internship" to the search words; Naukri has only that filter.
        "zip_recruiter": values(zip_recruiter) | {JobType.INTERNSHIP.value},
        "naukri": frozenset({JobType.INTERNSHIP.value}),
        "google": frozenset({"fulltime", "parttime", "internship", "contract"}),
        "linkedin": frozenset(),  # JobSpy 1.4 warns "job_type isn't supported, ignoring it"
    }
    return job_types, frozenset({"linkedin"}), frozenset(c.value for c in domains)


REMOTE_ONLY_FEEDS = frozenset({"remotive", "remoteok", "weworkremotely"})


def option_warnings(sites: list[str], *, is_remote: bool = False, job_type: str | None = None,
                    country: str | None = None) -> list[str]:
    """What each board will ignore or skip of a search's options, known before any run
    (e.g. "linkedin ignores --job-type: JobSpy cannot filter it by job type")."""
    from jobtui.scrape.sources.feeds import FEEDS

    job_types, no_remote, glassdoor_countries = _board_support()
    warnings = []
    for site in sites:
        if site in FEEDS:  # a feed is filtered only by the terms and the location
            if job_type:
                warnings.append(f"{site} ignores --job-type {job_type}: a feed is filtered "
                                "only by terms and location")
            if is_remote and site not in REMOTE_ONLY_FEEDS:
                warnings.append(f"{site} ignores --remote: it lists on-site jobs too")
            continue
        if job_type and site in job_types and job_type not in job_types[site]:
            warnings.append(f"{site} ignores --job-type {job_type}: JobSpy cannot filter it "
                            "by that job type")
        if is_remote and site in no_remote:
            warnings.append(f"{site} ignores --remote: JobSpy cannot filter it by remote")
        if site == "glassdoor" and country and country not in glassdoor_countries:
            warnings.append(f"glassdoor does not serve {country}: it will be skipped (its "
                            f"countries: {', '.join(sorted(glassdoor_countries))})")
    return warnings


def validate_country(name: str) -> str:
    """JobSpy's country value for ``name`` (aliases such as "us", "uae", "turkey" accepted)."""
    _sites, countries, aliases, _types = _jobspy_lists()
    key = " ".join(str(name).strip().lower().split())
    key = aliases.get(key, key)
    if key in countries:
        return key
    candidates = countries + list(aliases)
    close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.75)
    if close:
        names = ", ".join(dict.fromkeys(aliases.get(c, c) for c in close))
        hint = f"did you mean {names}? (`jobtui search countries` lists them all)"
    else:
        hint = "`jobtui search countries` lists the countries JobSpy knows"
    raise SearchParameterError(f"unknown country '{str(name).strip()}': {hint}")


def validate_job_type(name: str | None) -> str | None:
    """JobSpy's job type value (e.g. "fulltime"), or None for any type."""
    if name is None or not str(name).strip():
        return None
    job_types = _jobspy_lists()[3]
    key = str(name).strip().lower().replace("-", "").replace("_", "").replace(" ", "")
    if key in job_types:
        return key
    raise SearchParameterError(
        f"unknown job type '{str(name).strip()}'; job types: {', '.join(job_types)}"
    )


def validate_results(value: int) -> int:
    """Results per board and term: a whole number from 1 to 1000."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = None
    if number is None or number != value or not RESULTS_MIN <= number <= RESULTS_MAX:
        raise SearchParameterError(
            f"results must be a whole number from {RESULTS_MIN} to {RESULTS_MAX}, got {value!r}"
        )
    return number


def validate_terms(terms: list[str]) -> list[str]:
    """Search terms, stripped and de-duplicated; at least one."""
    result = list(dict.fromkeys(" ".join(t.split()) for t in terms if t and t.strip()))
    if not result:
        raise SearchParameterError("give at least one search term, e.g. \"python developer\"")
    return result


def validate_interval(hours: float | None) -> float | None:
    """Hours between runs (None: the setting's default); more than 0 and at most 30 days."""
    if hours is None:
        return None
    if not isinstance(hours, int | float) or isinstance(hours, bool) or not 0 < hours <= 720:
        raise SearchParameterError(f"interval must be more than 0 and at most 720 hours, "
                                   f"got {hours!r}")
    return float(hours)


MOST_NON_NEGATIVE = 1_000_000  # far beyond any real distance or age; fits the database


def validate_non_negative(value: int | None, what: str) -> int | None:
    """Distance or hours-old: a whole number from 0 to ``MOST_NON_NEGATIVE``, or None."""
    if value is None:
        return None
    if (not isinstance(value, int) or isinstance(value, bool)
            or not 0 <= value <= MOST_NON_NEGATIVE):
        raise SearchParameterError(f"{what} must be a whole number of at least 0 and at most "
                                   f"{MOST_NON_NEGATIVE:,}, got {value!r}")
    return value
