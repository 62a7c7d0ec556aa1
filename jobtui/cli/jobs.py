"""``jobtui jobs``: the job list with ratings and statuses (a table, or ``--json``)."""

from __future__ import annotations

import argparse
import json
import shutil
import unicodedata

from jobtui.cli.common import cli_session
from jobtui.db.models import APPLICATION_STATUSES
from jobtui.store.listing import MIN_RATING_RANGE, SORTS


def terminal_width() -> int:
    return max(60, shutil.get_terminal_size(fallback=(80, 24)).columns)


def _cell_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c)
               else 1 for c in text)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal cells, with "…" when cut."""
    if _cell_width(text) <= width:
        return text
    out, used = "", 0
    for char in text:
        w = _cell_width(char)
        if used + w > width - 1:
            break
        out += char
        used += w
    return out + "…"


def _pad(text: str, width: int, right: bool) -> str:
    text = fit(text, width)
    space = " " * (width - _cell_width(text))
    return space + text if right else text + space


def render_table(headers: list[str], rows: list[list[str]], width: int, *,
                 flexible: dict[int, int], right: set[int] = frozenset()) -> str:
    """A plain-text table no wider than ``width``: fixed columns take what they need and
    the ``flexible`` ones (index -> share) split the rest, cut with "…"."""
    count = len(headers)
    natural = [max([_cell_width(headers[i])] + [_cell_width(r[i]) for r in rows])
               for i in range(count)]
    widths = list(natural)
    fixed = sum(natural[i] for i in range(count) if i not in flexible) + (count - 1) * 2
    room = max(width - fixed, 4 * len(flexible))
    shares = sum(flexible.values())
    for index, share in flexible.items():
        widths[index] = max(3, min(natural[index], room * share // shares))
    spare = room - sum(widths[i] for i in flexible)
    for index in flexible:  # give what one flexible column does not need to the others
        extra = min(spare, natural[index] - widths[index])
        widths[index] += extra
        spare -= extra
    lines = []
    for cells in [headers, *rows]:
        line = "  ".join(_pad(cells[i], widths[i], i in right) for i in range(count))
        lines.append(line.rstrip())
    return "\n".join(lines)


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The job filters shared by ``jobs`` and ``export``."""
    p.add_argument("--search", type=int, metavar="ID", help="only this saved search")
    p.add_argument("--min-rating", type=int, metavar="N", help="rating at least N (0-100)")
    p.add_argument("--status", choices=APPLICATION_STATUSES, metavar="S",
                   help=f"application status: {', '.join(APPLICATION_STATUSES)}")
    p.add_argument("--query", metavar="TEXT", help="full-text search in title, company, "
                   "description")
    p.add_argument("--remote", action="store_true", default=None, help="remote jobs only")
    p.add_argument("--site", metavar="S", help="posted on this board")
    p.add_argument("--min-salary", metavar="AMOUNT", help="yearly pay at least this, e.g. "
                   "90k or '70k EUR' (hourly and monthly pay are annualised)")
    p.add_argument("--filtered", action="store_true",
                   help="only the jobs your preferences filter out, with the reason")
    p.add_argument("--sort", choices=SORTS, default="rating", help="rating (default), date, "
                   "company, prerank (likely fit without the model)")


def job_filter(args: argparse.Namespace, session):
    """The JobFilter the arguments describe (the search must be the user's)."""
    from jobtui.errors import JobtuiError
    from jobtui.salary import SalaryError, parse_minimum
    from jobtui.store.listing import JobFilter
    from jobtui.store.prefs import get_prefs
    from jobtui.store.searches import user_search

    if args.search is not None:
        user_search(session.user, args.search)
    low, high = MIN_RATING_RANGE
    if args.min_rating is not None and not low <= args.min_rating <= high:
        raise JobtuiError(f"--min-rating must be {low} to {high}, got {args.min_rating}")
    salary, currency = None, get_prefs(session.user).currency
    if args.min_salary is not None:
        try:
            salary, currency = parse_minimum(args.min_salary, currency)
        except SalaryError as exc:
            raise JobtuiError(f"--min-salary: {exc}") from None
    return JobFilter(search_id=args.search, min_rating=args.min_rating, status=args.status,
                     query=args.query, remote=args.remote,
                     site=args.site.strip().lower() if args.site else None, sort=args.sort,
                     min_salary=salary, salary_currency=currency, filtered=args.filtered)


def register(subparsers) -> None:
    p = subparsers.add_parser("jobs", help="list jobs with their rating and status")
    add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON list, machine-readable")
    p.set_defaults(func=run)


def _salary(row) -> str:
    low, high = row.min_amount, row.max_amount
    if low is None and high is None:
        return ""

    def short(v):
        return f"{v / 1000:.0f}k" if v >= 1000 else f"{v:.0f}"

    text = short(low) if high is None or low == high else (
        short(high) if low is None else f"{short(low)}-{short(high)}")
    return text


def _fit(row) -> str:
    """The model's rating, or for an unrated job its pre-rank marked "≈" (not a rating)."""
    if row.rating is not None:
        return str(row.rating)
    return "-" if row.prerank is None else f"≈{row.prerank:.0f}"


MIN_FLEXIBLE = 50  # cells kept for title, company and location before optional columns
REASON_ROOM = 50  # cells kept for why a job is filtered out, before optional columns


def jobs_table(rows, width: int) -> str:
    """The jobs as a table that fits ``width``: remote, pay and boards columns appear only
    when title, company and location keep enough room."""
    columns = [
        ("ID", lambda r: str(r.id), True),
        ("RATE", _fit, True),
        ("TITLE", lambda r: r.title, False),
        ("COMPANY", lambda r: r.company or "", False),
        ("LOCATION", lambda r: r.location or "", False),
        ("POSTED", lambda r: r.date_posted.strftime("%m-%d") if r.date_posted else "", False),
        ("STATUS", lambda r: r.status or "new", False),
    ]
    optional = [
        ("REMOTE", lambda r: "yes" if r.is_remote else "", False),
        ("PAY", _salary, True),
        ("BOARDS", lambda r: ",".join(r.sites), False),
    ]
    flexible_names = ("TITLE", "COMPANY", "LOCATION")

    def fixed_width(cols) -> int:
        return sum(max([len(name)] + [len(fn(r)) for r in rows]) + 2
                   for name, fn, _ in cols if name not in flexible_names)

    filtered = any(r.filtered for r in rows)
    room = MIN_FLEXIBLE + (REASON_ROOM if filtered else 0)  # the reason comes before pay
    for column in optional:
        if width - fixed_width(columns + [column]) >= room:
            columns.insert(len(columns) - 2, column)
    if filtered:
        columns.append(("FILTERED BECAUSE", lambda r: r.filtered or "", False))
    headers = [name for name, _, _ in columns]
    table = [[fn(r) for _, fn, _ in columns] for r in rows]
    # The reason shares the room too: a long one must not squeeze the title to nothing.
    shares = {"TITLE": 3, "COMPANY": 2, "LOCATION": 2, "FILTERED BECAUSE": 7}
    return render_table(headers, table, width,
                        flexible={i: shares[n] for i, n in enumerate(headers) if n in shares},
                        right={i for i, (_, _, right) in enumerate(columns) if right})


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from jobtui.errors import JobtuiError
    from jobtui.store.listing import list_jobs, list_jobs_with_total

    if args.limit < 1:
        raise JobtuiError(f"--limit must be at least 1, got {args.limit}")
    with cli_session(args) as session:
        flt = job_filter(args, session)
        if args.json:
            rows, total = list_jobs(session.user, flt, limit=args.limit), None
        else:
            rows, total = list_jobs_with_total(session.user, flt, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, default=str, indent=1))
        return 0
    if not rows:
        print("no job your preferences filter out matches (`jobtui prefs show` lists the rules)"
              if args.filtered else
              "no jobs match; try fewer filters, or add a search: jobtui search add TERM")
        return 0
    print(jobs_table(rows, terminal_width()))
    if any(r.rating is None and r.prerank is not None for r in rows):
        print("≈N: likely fit from the words of your resume (no model); N: the model's rating")
    print(f"{len(rows)} of {total} jobs" + (" (--limit for more)" if total > len(rows) else ""))
    return 0
