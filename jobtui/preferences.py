"""Preferences decided by rules, before any model: title words to exclude or require, companies
to exclude, remote only or acceptable places, a minimum yearly salary, job types and a maximum
posting age. A job that fails one gets a short reason ("salary below 90k USD/yr") and is never
sent to the model. Pure functions: the store applies them to every job at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from jobtui.errors import JobtuiError
from jobtui.salary import USD_PER_UNIT, SalaryError, best_annual, describe, parse_minimum

JOB_TYPES = ("fulltime", "parttime", "contract", "internship", "temporary")


class PreferenceError(JobtuiError, ValueError):
    """A preference value that cannot be used (one line, names the preference)."""


@dataclass(frozen=True)
class Preferences:
    """One user's rules. Empty lists and None mean "no rule"."""

    exclude_title: tuple[str, ...] = ()
    """A job whose title has any of these words or phrases is filtered."""
    require_title: tuple[str, ...] = ()
    """When set, the title must have at least one of these."""
    exclude_company: tuple[str, ...] = ()
    """Companies never to see (matched as words, ignoring case)."""
    remote_only: bool = False
    locations: tuple[str, ...] = ()
    """Acceptable places (a job's location must contain one; "remote" accepts remote jobs)."""
    min_salary: float | None = None
    """Yearly, in ``currency``; jobs that state no pay pass."""
    currency: str = "USD"
    rates: Mapping[str, float] = field(default_factory=dict)
    """US dollars per unit, overriding the built-in table for salary comparisons."""
    job_types: tuple[str, ...] = ()
    """Acceptable JobSpy job types; jobs that state none pass."""
    max_age_days: int | None = None
    """Jobs posted longer ago are filtered; jobs without a date pass."""

    def is_empty(self) -> bool:
        return self == Preferences(currency=self.currency, rates=self.rates)

    def to_mapping(self) -> dict[str, Any]:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Preferences:
        """Preferences from stored or typed values; raises ``PreferenceError``."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise PreferenceError(f"unknown preference {sorted(unknown)[0]!r}; known: "
                                  f"{', '.join(sorted(known))}")
        return validate(cls(**{k: _frozen(v) for k, v in data.items()}))


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _words(items: Iterable[str], name: str) -> tuple[str, ...]:
    out = []
    for item in items:
        if not isinstance(item, str):
            raise PreferenceError(f"{name}: expected words, got {item!r}")
        text = " ".join(item.split())
        if text and text.casefold() not in (o.casefold() for o in out):
            out.append(text)
    return tuple(out)


def validate(prefs: Preferences) -> Preferences:
    """The same preferences cleaned (spaces, duplicates, case of codes) or a
    ``PreferenceError`` naming the bad one."""
    currency = str(prefs.currency).strip().upper()
    rates = {}
    for code, rate in dict(prefs.rates).items():
        if not isinstance(rate, int | float) or isinstance(rate, bool) or rate <= 0:
            raise PreferenceError(f"rates: {code} must be a positive number of USD, got {rate!r}")
        rates[str(code).strip().upper()] = float(rate)
    if currency not in {**USD_PER_UNIT, **rates}:
        raise PreferenceError(f"currency: unknown {currency!r}; add a rate (--rate {currency}="
                              "1.0) or use one of " + ", ".join(sorted(USD_PER_UNIT)))
    kinds = _words(prefs.job_types, "job_types")
    for kind in kinds:
        if kind.lower() not in JOB_TYPES:
            raise PreferenceError(f"job_types: {kind!r} is not one of {', '.join(JOB_TYPES)}")
    if prefs.min_salary is not None and (
            isinstance(prefs.min_salary, bool) or not isinstance(prefs.min_salary, int | float)
            or prefs.min_salary < 0):
        raise PreferenceError(f"min_salary: expected a yearly amount, got {prefs.min_salary!r}")
    if prefs.max_age_days is not None and (
            isinstance(prefs.max_age_days, bool) or not isinstance(prefs.max_age_days, int)
            or prefs.max_age_days < 1):
        raise PreferenceError(f"max_age_days: expected whole days (1 or more), "
                              f"got {prefs.max_age_days!r}")
    return Preferences(
        exclude_title=_words(prefs.exclude_title, "exclude_title"),
        require_title=_words(prefs.require_title, "require_title"),
        exclude_company=_words(prefs.exclude_company, "exclude_company"),
        remote_only=bool(prefs.remote_only),
        locations=_words(prefs.locations, "locations"),
        min_salary=None if not prefs.min_salary else float(prefs.min_salary),
        currency=currency, rates=rates,
        job_types=tuple(k.lower() for k in kinds),
        max_age_days=prefs.max_age_days,
    )


def salary_setting(text: str, currency: str) -> tuple[float | None, str]:
    """A typed minimum ("90k", "70k EUR", "" for none) as (amount, currency)."""
    if not text.strip():
        return None, currency
    try:
        return parse_minimum(text, currency)
    except SalaryError as exc:
        raise PreferenceError(f"min_salary: {exc}") from None


LIST_FIELDS = ("exclude_title", "require_title", "exclude_company", "locations", "job_types")


def with_text(prefs: Preferences, name: str, text: str) -> Preferences:
    """``prefs`` with one preference set from what a user typed (the CLI and the app's form
    both use this): lists comma-separated, "yes"/"no", "90k" or "70k EUR", days, and
    rates as "EUR=1.08, GBP=1.27". Empty text turns the rule off."""
    text = text.strip()
    data = prefs.to_mapping()
    if name in LIST_FIELDS:
        data[name] = [part.strip() for part in text.split(",") if part.strip()]
    elif name == "remote_only":
        if text.lower() not in ("yes", "no", "true", "false", "on", "off", ""):
            raise PreferenceError(f"remote_only: say yes or no, not {text!r}")
        data[name] = text.lower() in ("yes", "true", "on")
    elif name == "min_salary":
        data["min_salary"], data["currency"] = salary_setting(text, prefs.currency)
    elif name == "currency":
        data["currency"] = text.upper() or "USD"
    elif name == "max_age_days":
        if text and not text.isdigit():
            raise PreferenceError(f"max_age_days: expected whole days, got {text!r}")
        data[name] = int(text) if text else None
    elif name == "rates":
        rates = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            code, _, value = part.partition("=")
            try:
                rates[code.strip().upper()] = float(value)
            except ValueError:
                raise PreferenceError(f"rates: write CODE=USD per unit, e.g. EUR=1.08, "
                                      f"not {part!r}") from None
        data[name] = rates
    else:
        raise PreferenceError(f"unknown preference {name!r}")
    return Preferences.from_mapping(data)


def describe_prefs(prefs: Preferences) -> list[tuple[str, str]]:
    """(preference, value as text) for showing; "-" when the rule is off."""
    def words(items: tuple[str, ...]) -> str:
        return ", ".join(items) or "-"

    return [
        ("exclude_title", words(prefs.exclude_title)),
        ("require_title", words(prefs.require_title)),
        ("exclude_company", words(prefs.exclude_company)),
        ("remote_only", "yes" if prefs.remote_only else "no"),
        ("locations", words(prefs.locations)),
        ("min_salary", "-" if prefs.min_salary is None
         else describe(prefs.min_salary, prefs.currency)),
        ("currency", prefs.currency),
        ("rates", ", ".join(f"{k}={v:g}" for k, v in sorted(prefs.rates.items())) or "-"),
        ("job_types", words(prefs.job_types)),
        ("max_age_days", "-" if prefs.max_age_days is None else str(prefs.max_age_days)),
    ]


@dataclass(frozen=True)
class JobFacts:
    """What the rules look at, straight from the job's columns."""

    title: str
    company: str | None
    location: str | None
    is_remote: bool | None
    job_type: str | None
    interval: str | None
    min_amount: float | None
    max_amount: float | None
    currency: str | None
    date_posted: date | None


def _pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    """One case-insensitive regex matching any phrase as whole words."""
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


class Rules:
    """Preferences compiled once, then applied to many jobs (``reason`` per job)."""

    def __init__(self, prefs: Preferences, today: date) -> None:
        self.prefs = prefs
        self.exclude_title = _pattern(prefs.exclude_title)
        self.require_title = _pattern(prefs.require_title)
        self.exclude_company = _pattern(prefs.exclude_company)
        self.places = tuple(p.casefold() for p in prefs.locations)
        self.oldest = None if prefs.max_age_days is None else today - timedelta(
            days=prefs.max_age_days)
        self.kinds = set(prefs.job_types)

    def reason(self, job: JobFacts) -> str | None:
        """Why ``job`` is filtered out, or None when it passes every rule."""
        p = self.prefs
        if self.exclude_title and (hit := self.exclude_title.search(job.title)):
            return f"title has {hit.group(0)!r}"
        if self.require_title and not self.require_title.search(job.title):
            return "title has none of " + ", ".join(p.require_title)
        if self.exclude_company and job.company and self.exclude_company.search(job.company):
            return f"company {job.company} excluded"
        if p.remote_only and job.is_remote is not True:
            return "not remote"
        if self.places and not self._place_ok(job):
            return f"location {job.location or 'unknown'} not in " + ", ".join(p.locations)
        if self.kinds and job.job_type:
            offered = {k.strip() for k in job.job_type.split(",")}
            if not offered & self.kinds:
                return f"job type {job.job_type}"
        if self.oldest is not None and job.date_posted is not None and (
                job.date_posted < self.oldest):
            return f"posted {job.date_posted.isoformat()}, over {p.max_age_days} days ago"
        if p.min_salary is not None:
            pay = best_annual(job.min_amount, job.max_amount, job.interval, job.currency,
                              p.currency, p.rates)
            if pay is not None and pay < p.min_salary:
                return f"salary below {describe(p.min_salary, p.currency)}"
        return None

    def _place_ok(self, job: JobFacts) -> bool:
        if job.is_remote and "remote" in self.places:
            return True
        where = (job.location or "").casefold()
        return any(place in where for place in self.places)
