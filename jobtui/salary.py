"""Salaries: reading amounts people write ("85k–105k", "€ 70.000", "$79,000"), putting them on
one yearly scale (hourly × 2,080, monthly × 12, ...) and comparing them across currencies.

Used by normalize (stored amounts), the preference rules, ``jobs --min-salary`` and the app's
salary filter, so every place compares the same annualised, currency-aware value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Paid periods in a year; JobSpy's interval names.
PERIODS_PER_YEAR = {"yearly": 1, "monthly": 12, "weekly": 52, "daily": 260, "hourly": 2080}

# US dollars per unit of each currency: rough, built in, overridable by the user's preferences
# (``jobtui prefs set --rate EUR=1.1``). Only used to compare, never shown as a converted price.
USD_PER_UNIT = {
    "USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CAD": 0.73, "AUD": 0.66, "NZD": 0.60, "CHF": 1.13,
    "JPY": 0.0067, "INR": 0.012, "SEK": 0.095, "NOK": 0.093, "DKK": 0.145, "PLN": 0.25,
    "SGD": 0.74, "HKD": 0.128, "MXN": 0.055, "BRL": 0.19, "ZAR": 0.054, "AED": 0.27,
    "CNY": 0.14, "CZK": 0.043, "ILS": 0.27,
}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF",
           "A$": "AUD", "C$": "CAD", "US$": "USD", "NZ$": "NZD", "R$": "BRL", "kr": "SEK"}

_NUMBER = re.compile(r"(\d[\d.,' \u00a0\u202f]*)\s*([kKmM]\b|[kK](?=\W|$))?")
_RANGE_SPLIT = re.compile(r"\s*(?:–|—|-|\bto\b|\bbis\b|\bà\b)\s*")
_CODE = re.compile(r"\b([A-Z]{3})\b")


# What a typed minimum may look like: "90k", "$90,000", "€ 70.000", "70k EUR", "90000 USD/yr".
_MINIMUM = re.compile(r"^\s*(?:[A-Za-z]{1,3}\$|[A-Za-z]{3}|[^\w\s+-]{1,3})?"
                      r"\s*\d[\d.,' ]*\s*[kKmM]?\s*(?:[A-Za-z]{3})?\s*(?:/\s*(?:yr|year))?\s*$")


class SalaryError(ValueError):
    """An amount that cannot be read (the message says what was given)."""


def _digits(text: str) -> float | None:
    """"70.000" -> 70000, "1,234.50" -> 1234.5, "1.234,50" -> 1234.5, "85" -> 85."""
    text = re.sub(r"[' \u00a0\u202f]", "", text).strip(".,")
    if not text:
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:  # the later separator is the decimal one
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        text = text.replace(thousands, "").replace(decimal, ".")
    elif dots + commas:
        sep = "." if dots else ","
        head, *groups = text.split(sep)
        # 70.000 / 1,250,000: groups of exactly three digits are thousands; 12.5 is a decimal.
        if all(len(g) == 3 for g in groups) and (len(groups) > 1 or len(head) <= 3):
            text = text.replace(sep, "")
        elif len(groups) == 1:
            text = f"{head}.{groups[0]}"
        else:
            return None
    try:
        return float(text)
    except ValueError:
        return None


def parse_amount(value: object) -> float | None:
    """One amount as a number: 85000, "85k", "$79,000", "€ 70.000", "1.2M"; None if unreadable.

    A text holding a range ("85k–105k") gives its lower end; use ``parse_range`` for both.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value == value and abs(value) != float("inf") else None
    low, _high = parse_range(str(value))
    return low


def parse_range(text: str) -> tuple[float | None, float | None]:
    """(low, high) from "85k–105k", "$40 - $55", "70.000 € bis 90.000 €"; a single amount gives
    (amount, None). A suffix on the upper end only ("85–105k") applies to both ends."""
    parts = [p for p in _RANGE_SPLIT.split(text.strip(), maxsplit=1) if p]
    amounts: list[tuple[float, str | None]] = []
    for part in parts:
        match = _NUMBER.search(part)
        if match is None:
            continue
        number = _digits(match.group(1))
        if number is not None:
            amounts.append((number, (match.group(2) or "").lower() or None))
    if not amounts:
        return None, None
    suffix = amounts[-1][1]
    scaled = [n * {"k": 1e3, "m": 1e6}.get(s or (suffix if n < 1000 else ""), 1)
              for n, s in amounts]
    return scaled[0], (scaled[1] if len(scaled) > 1 else None)


def currency_in(text: str) -> str | None:
    """The currency a salary text names ("€ 70.000" -> EUR, "90k USD" -> USD), or None."""
    for code in _CODE.findall(text.upper()):
        if code in USD_PER_UNIT:
            return code
    for symbol in sorted(SYMBOLS, key=len, reverse=True):
        if symbol in text:
            return SYMBOLS[symbol]
    return None


def annual_sql(target: str, rates: Mapping[str, float] | None = None,
               alias: str = "j") -> tuple[str, list]:
    """The top of a job's pay range, yearly, in ``target`` currency (no currency: taken as
    ``target``), as an SQL expression over the job columns (and its parameters): NULL when
    the job gives no pay or its currency cannot be converted."""
    table = {**USD_PER_UNIT, **(rates or {})}
    target = target.upper()
    if target not in table:
        raise SalaryError(f"unknown currency {target}; known: {', '.join(sorted(table))}")
    periods = " ".join(f"WHEN '{name}' THEN {n}" for name, n in PERIODS_PER_YEAR.items())
    codes = sorted(table)
    factors = " ".join("WHEN ? THEN ?" for _ in codes)
    sql = (f"(COALESCE({alias}.max_amount, {alias}.min_amount)"
           f" * (CASE COALESCE({alias}.interval, 'yearly') {periods} ELSE 1 END)"
           f" * (CASE COALESCE({alias}.currency, ?) {factors} END))")
    params: list = [target]
    for code in codes:
        params += [code, table[code] / table[target]]
    return sql, params


def parse_minimum(text: str, default_currency: str = "USD",
                  extra_codes: Iterable[str] = ()) -> tuple[float, str]:
    """A minimum salary the user typed ("90k", "90000", "€70.000", "70k EUR") as
    (yearly amount, currency); ``extra_codes`` are currencies known besides the built-in
    ones. Raises ``SalaryError`` with a one-line reason."""
    low, _high = parse_range(text) if _MINIMUM.match(text) else (None, None)
    if low is None or low <= 0:
        raise SalaryError(f"not a salary: {text!r} (try 90000, 90k or 70k EUR)")
    known = set(USD_PER_UNIT) | {code.upper() for code in extra_codes}
    codes = _CODE.findall(text.upper())
    named = next((code for code in codes if code in known), None)
    currency = currency_in(text) or named
    if currency is None and codes:  # "70k XYZ" must not quietly mean 70k USD
        raise SalaryError(f"unknown currency {codes[0]}; known: {', '.join(sorted(known))}")
    currency = currency or default_currency.upper()
    if currency not in known:
        raise SalaryError(f"unknown currency {currency}; known: {', '.join(sorted(known))}")
    return low, currency


def describe(amount: float, currency: str) -> str:
    """"90k USD/yr" (how reasons and filters show a yearly amount)."""
    if amount >= 1000 and amount % 1000 == 0:
        return f"{amount / 1000:,.0f}k {currency}/yr"
    if amount >= 1000:
        return f"{amount / 1000:,.1f}k {currency}/yr"
    return f"{amount:,.0f} {currency}/yr"
