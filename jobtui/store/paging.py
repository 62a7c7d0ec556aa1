"""Keyset pagination for the job list: each sort is a few segments whose ORDER BY an index
can walk, and a page starts after (or before) a row's sort key instead of at an OFFSET, so
the last page of 100,000 jobs costs what the first one does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


class SortRow(Protocol):
    id: int
    rating: int | None
    prerank: float | None
    date_posted: Any
    company: str | None
    title: str


@dataclass(frozen=True)
class Segment:
    """Rows matching ``where``, in ``order``: (SQL expression, descending) pairs whose values
    are never NULL inside the segment, so a key compares with plain < and >."""

    where: str
    order: tuple[tuple[str, bool], ...]
    # How the FROM clause must start so SQLite walks the index in this order instead of
    # sorting every match (the planner often prefers the FTS match set, then sorts it).
    source: str = " FROM job j INDEXED BY job_date_posted"


_DATE_DESC = (("j.date_posted", True), ("j.id", True))
_NO_DATE = (("j.id", True),)
_BY_COMPANY = " FROM job j INDEXED BY job_company_title"
# The active resume's pre-rank of a job ({resume} is replaced by its id, an int).
_PRERANK = "(SELECT score FROM prerank WHERE job_id = j.id AND resume_id = {resume})"
# Per sort, the segments in the order they are shown (NULL keys go last, as they always did).
SEGMENTS: dict[str, tuple[Segment, ...]] = {
    "rating": (
        # Walks the rating index (resume, status, rating); ties sorted per rating value.
        Segment("r.rating IS NOT NULL", (("r.rating", True),
                                         ("COALESCE(j.date_posted, '')", True), ("j.id", True)),
                " FROM rating r INDEXED BY rating_resume_id_status_rating CROSS JOIN job j"),
        Segment("r.rating IS NULL AND j.date_posted IS NOT NULL", _DATE_DESC),
        Segment("r.rating IS NULL AND j.date_posted IS NULL", _NO_DATE),
    ),
    "date": (
        Segment("j.date_posted IS NOT NULL", _DATE_DESC),
        Segment("j.date_posted IS NULL", _NO_DATE),
    ),
    "prerank": (
        # A sort of the scored matches (no index holds this order); then by date, as "rating".
        Segment(f"{_PRERANK} IS NOT NULL", ((_PRERANK, True),
                                            ("COALESCE(j.date_posted, '')", True),
                                            ("j.id", True)), " FROM job j"),
        Segment(f"{_PRERANK} IS NULL AND j.date_posted IS NOT NULL", _DATE_DESC),
        Segment(f"{_PRERANK} IS NULL AND j.date_posted IS NULL", _NO_DATE),
    ),
    "company": (
        Segment("j.company IS NOT NULL", (("j.company COLLATE NOCASE", False),
                                          ("j.title COLLATE NOCASE", False), ("j.id", False)),
                _BY_COMPANY),
        Segment("j.company IS NULL", (("j.title COLLATE NOCASE", False), ("j.id", False)),
                _BY_COMPANY),
    ),
}


_PLAIN = " FROM job j"


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def sort_key(sort: str, row: SortRow) -> tuple[int, tuple]:
    """Which segment of ``sort`` the row is in, and its key values there."""
    posted = _iso(row.date_posted) if row.date_posted is not None else None
    if sort == "rating":
        if row.rating is not None:
            return 0, (row.rating, posted or "", row.id)
        return (1, (posted, row.id)) if posted else (2, (row.id,))
    if sort == "prerank":
        if row.prerank is not None:
            return 0, (row.prerank, posted or "", row.id)
        return (1, (posted, row.id)) if posted else (2, (row.id,))
    if sort == "date":
        return (0, (posted, row.id)) if posted else (1, (row.id,))
    return (0, (row.company, row.title, row.id)) if row.company is not None \
        else (1, (row.title, row.id))


def _beyond(order: Sequence[tuple[str, bool]], values: tuple, backwards: bool
            ) -> tuple[str, list]:
    """SQL for "comes after ``values``" (before, when ``backwards``) in ``order``: a range on
    the first column, which an index can seek to, then the exact lexicographic test."""
    def op(desc: bool, strict: bool) -> str:
        later = "<" if desc != backwards else ">"
        return later if strict else later + "="

    expr, desc = order[0]
    nested, nested_params = "", []
    for e, d, v in reversed([(e, d, v) for (e, d), v in zip(order, values, strict=True)]):
        test = f"{e} {op(d, True)} ?"
        if nested:
            nested = f"({test} OR ({e} = ? AND {nested}))"
            nested_params = [v, v, *nested_params]
        else:
            nested, nested_params = test, [v]
    sql = f"{expr} {op(desc, False)} ? AND {nested}"
    params = [values[0], *nested_params]
    return sql, params


def page_ids(execute: Callable[[str, list], list], sort: str, from_where: str, params: list,
             limit: int, *, start: tuple[int, tuple] | None = None,
             backwards: bool = False, rated_only: bool = False,
             resume_id: int | None = None) -> list[int]:
    """Up to ``limit`` job ids in ``sort`` order from ``from_where`` (" FROM job j LEFT JOIN
    rating r ON ... WHERE ...": each segment swaps in its own start of the FROM clause).

    ``start``: a ``sort_key``; the page begins just after it (ends just before it when
    ``backwards``). Without it the page is the first one (the last one when ``backwards``).
    ``rated_only``: the filter needs a rating, so segments of unrated jobs are not walked.
    ``resume_id``: the active resume (the pre-rank sort reads its scores).
    """
    segments = list(enumerate(SEGMENTS[sort]))
    if backwards:
        segments.reverse()
    ids: list[int] = []
    started = start is None
    for index, segment in segments:
        if (not started and index != start[0]) or (rated_only
                                                    and "r.rating IS NULL" in segment.where):
            continue
        joined = segment.source + from_where.removeprefix(_PLAIN)
        if segment.source.endswith("CROSS JOIN job j"):  # the rating drives: join it inner
            joined = joined.replace(" LEFT JOIN rating r", "", 1)
        sql = f"SELECT j.id{joined} AND {segment.where}"
        args = list(params)
        if not started:
            started = True
            beyond, more = _beyond(segment.order, start[1], backwards)
            sql += f" AND {beyond}"
            args += more
        flip = backwards
        sql += " ORDER BY " + ", ".join(
            f"{e} {'DESC' if d != flip else 'ASC'}" for e, d in segment.order) + " LIMIT ?"
        sql = sql.replace("{resume}", str(int(resume_id or 0)))
        ids += [row[0] for row in execute(sql, [*args, limit - len(ids)])]
        if len(ids) >= limit:
            break
    return ids[::-1] if backwards else ids
