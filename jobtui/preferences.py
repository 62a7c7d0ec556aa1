"""Preferences decided by rules, before any model: title words to exclude or require, companies
to exclude, remote only or acceptable places, a minimum yearly salary, job types and a maximum
posting age. A job that fails one gets a short reason ("salary below 90k USD/yr") and is never
sent to the model. Pure functions: the store applies them to every job at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from typing import Any

from jobtui.errors import JobtuiError
from jobtui.salary import USD_PER_UNIT, SalaryError, annual_sql, describe, parse_minimum

JOB_TYPES = ("fulltime", "parttime", "contract", "internship", "temporary")


MAX_AGE_DAYS = 36_500  # a century; a date further back cannot be computed for every number


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
        raise PreferenceError(f"currency: unknown {currency!r}; add a rate (--rates {currency}="
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
            or not 1 <= prefs.max_age_days <= MAX_AGE_DAYS):
        raise PreferenceError(f"max_age_days: expected whole days (1 to {MAX_AGE_DAYS:,}), "
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


def salary_setting(text: str, currency: str,
                   extra_codes: Iterable[str] = ()) -> tuple[float | None, str]:
    """A typed minimum ("90k", "70k EUR", "" for none) as (amount, currency);
    ``extra_codes`` are currencies the user gave a rate for."""
    if not text.strip():
        return None, currency
    try:
        return parse_minimum(text, currency, extra_codes)
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
        data["min_salary"], data["currency"] = salary_setting(text, prefs.currency,
                                                              tuple(prefs.rates))
    elif name == "currency":
        data["currency"] = text.upper() or "USD"
    elif name == "max_age_days":
        if text and not (text.isdigit() and int(text) <= MAX_AGE_DAYS):
            raise PreferenceError(f"max_age_days: expected whole days (1 to {MAX_AGE_DAYS:,}), "
                                  f"got {text!r}")
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


def _phrase(text: str) -> str:
    """An FTS5 phrase: the words in order, matched whole and ignoring case and accents."""
    return '"' + text.replace('"', '""') + '"'


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def rules_sql(prefs: Preferences, today: date, alias: str = "j", *,
              postgres: bool = False) -> tuple[str, list]:
    """The rules as one SQL expression over the ``job`` columns (and its parameters): the
    reason a job is filtered out, or NULL when it passes. Words in titles and company names
    are matched through the FTS5 index (whole words, any case; on ``postgres`` the column's
    text search vector); the salary is the same annualised, converted value as
    ``jobs --min-salary``."""
    j = alias
    whens: list[str] = []
    params: list = []
    instr = "strpos" if postgres else "instr"
    not_one = "IS DISTINCT FROM 1" if postgres else "IS NOT 1"

    def fts(column: str, words: tuple[str, ...]) -> str:
        if postgres:
            params.extend(words)
            phrases = " || ".join("phraseto_tsquery('simple', ?)" for _ in words)
            return f"to_tsvector('simple', COALESCE({j}.{column}, '')) @@ ({phrases})"
        params.append(f"{column} : ({' OR '.join(_phrase(w) for w in words)})")
        return f"{j}.id IN (SELECT rowid FROM job_fts WHERE job_fts MATCH ?)"

    for word in prefs.exclude_title:  # one test per word, so the reason names it
        whens.append(f"WHEN {fts('title', (word,))} THEN {_quoted(f'title has {word!r}')}")
    if prefs.require_title:
        whens.append(f"WHEN NOT {fts('title', prefs.require_title)} THEN "
                     + _quoted("title has none of " + ", ".join(prefs.require_title)))
    if prefs.exclude_company:
        whens.append(f"WHEN {fts('company', prefs.exclude_company)} THEN 'company ' ||"
                     f" {j}.company || ' excluded'")
    if prefs.remote_only:
        whens.append(f"WHEN {j}.is_remote {not_one} THEN 'not remote'")
    if prefs.locations:
        places = [p.lower() for p in prefs.locations]
        tests = " OR ".join(f"{instr}(lower({j}.location), ?) > 0" for _ in places)
        remote = f"{j}.is_remote = 1 OR " if "remote" in places else ""
        whens.append(f"WHEN NOT ({remote}COALESCE({tests}, {'false' if postgres else 0}))"
                     " THEN 'location ' ||"
                     f" COALESCE({j}.location, 'unknown') || "
                     + _quoted(" not in " + ", ".join(prefs.locations)))
        params += places
    if prefs.job_types:
        kinds = " OR ".join(f"{instr}({j}.job_type, ?) > 0" for _ in prefs.job_types)
        whens.append(f"WHEN {j}.job_type IS NOT NULL AND NOT ({kinds}) THEN 'job type ' ||"
                     f" {j}.job_type")
        params += list(prefs.job_types)
    if prefs.max_age_days is not None:
        oldest = today - timedelta(days=prefs.max_age_days)
        whens.append(f"WHEN {j}.date_posted < ? THEN 'posted ' || {j}.date_posted || "
                     + _quoted(f", over {prefs.max_age_days} days ago"))
        params.append(oldest.isoformat())
    if prefs.min_salary is not None:
        annual, annual_params = annual_sql(prefs.currency, prefs.rates, alias)
        whens.append(f"WHEN {annual} < ? THEN "
                     + _quoted(f"salary below {describe(prefs.min_salary, prefs.currency)}"))
        params += [*annual_params, prefs.min_salary]
    if not whens:
        return "NULL", []
    return f"(CASE {' '.join(whens)} END)", params
