"""Saved searches and which users follow them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from jobtui.db.migrations import search_signature
from jobtui.db.models import Search, User, UserSearch, database, utcnow
from jobtui.errors import JobtuiError
from jobtui.store.companies import COMPANY_PREFIX

# The parameters that define what a scrape asks the boards (they make the signature).
SIGNATURE_FIELDS = (
    "job_source", "search_term", "location", "results_wanted", "country", "distance",
    "is_remote", "job_type", "hours_old",
)
# Per-search settings that do not change what is asked.
SETTING_FIELDS = ("name", "interval_hours", "enabled")
NEW_JOBS_WINDOW = timedelta(hours=24)


class SearchNotFound(JobtuiError, LookupError):
    """No search with that id is followed by the user."""


def find_or_create_search(
    user: User,
    *,
    search_term: list[str],
    job_source: list[str],
    location: str | None = None,
    results_wanted: int = 20,
    country: str = "usa",
    distance: int | None = 50,
    is_remote: bool = False,
    job_type: str | None = None,
    hours_old: int | None = None,
    interval_hours: float | None = None,
    name: str | None = None,
) -> Search:
    """Follow a search with these parameters; an identical existing search is reused."""
    params = dict(
        job_source=list(job_source), search_term=list(search_term), location=location,
        results_wanted=results_wanted, country=country, distance=distance,
        is_remote=is_remote, job_type=job_type, hours_old=hours_old,
    )
    signature = search_signature(**params)
    with database.atomic():
        search = Search.get_or_none(Search.signature == signature)
        if search is None:
            search = Search.create(
                signature=signature, interval_hours=interval_hours, name=name, **params
            )
        elif not search.enabled:  # a search everyone had left comes back to life
            search.enabled = True
            search.save()
        UserSearch.get_or_create(user=user, search=search)
    return search


def get_search(search_id: int) -> Search | None:
    return Search.get_or_none(Search.id == search_id)


@dataclass(frozen=True)
class SearchView:
    """A saved search's own settings, as the search form shows them."""

    id: int
    search_term: list[str]
    location: str | None
    job_source: list[str]
    country: str | None
    results_wanted: int
    is_remote: bool
    job_type: str | None
    interval_hours: float | None
    name: str | None = None
    is_company: bool = False  # the backing search of a watched company (not edited here)


def search_view(search_id: int) -> SearchView | None:
    """Search ``search_id`` as a plain view; None when there is none."""
    search = get_search(search_id)
    if search is None:
        return None
    return SearchView(search.id, list(search.search_term), search.location,
                      list(search.job_source), search.country, search.results_wanted,
                      bool(search.is_remote), search.job_type, search.interval_hours,
                      search.name, (search.signature or "").startswith(COMPANY_PREFIX))


def user_search(user: User, search_id: int) -> Search:
    """The search ``search_id`` if ``user`` follows it; SearchNotFound otherwise."""
    search = (Search.select().join(UserSearch)
              .where((UserSearch.user == user) & (Search.id == search_id)).first())
    if search is None:
        raise SearchNotFound(f"no saved search {search_id}; `jobtui search list` shows yours")
    return search


def searches_for_user(user: User) -> list[Search]:
    """The searches ``user`` follows, oldest first."""
    return list(
        Search.select()
        .join(UserSearch)
        .where(UserSearch.user == user)
        .order_by(Search.id)
    )


def due_searches(now: datetime, default_hours: float) -> list[Search]:
    """Enabled, followed searches never run or last run longer ago than their interval
    (the search's own, else ``default_hours``), oldest first."""
    followed = UserSearch.select(UserSearch.search)
    candidates = (Search.select().where(Search.enabled == True, Search.id.in_(followed))  # noqa: E712
                  .order_by(Search.last_search.is_null(False), Search.last_search, Search.id))
    return [s for s in candidates if s.last_search is None
            or s.last_search + timedelta(hours=s.interval_hours or default_hours) <= now]


def mark_searched(search_id: int, at: datetime) -> None:
    """Record that search ``search_id`` ran at ``at`` (its next run is due an interval later)."""
    Search.update(last_search=at).where(Search.id == search_id).execute()


def unfollow_search(user: User, search: Search) -> None:
    """Drop the user's link; the search (and its jobs) stay for anyone else following it."""
    with database.atomic():
        UserSearch.delete().where(
            (UserSearch.user == user) & (UserSearch.search == search)
        ).execute()
        if not UserSearch.select().where(UserSearch.search == search).exists():
            Search.update(enabled=False).where(Search.id == search.id).execute()


def _followers(search: Search) -> list[int]:
    return [row[0] for row in UserSearch.select(UserSearch.user).where(
        UserSearch.search == search).tuples()]


def update_search(search: Search, user: User | None = None, **fields) -> Search:
    """Change a search's parameters (the ``find_or_create_search`` keywords); returns the
    search the user now follows.

    When the change alters what is asked of the boards and someone else follows the same
    search, ``user``'s link moves to a search with the new parameters (found or created)
    and the others keep the old one. An edit by its only follower changes it in place and
    makes it due at once. Values must already be validated (``jobtui.scrape.boards``).
    """
    unknown = set(fields) - set(SIGNATURE_FIELDS) - set(SETTING_FIELDS)
    if unknown:
        raise TypeError(f"update_search() got unknown fields: {', '.join(sorted(unknown))}")
    search = Search.get_by_id(search.id)  # fresh values, not a stale copy
    if search.signature.startswith(IMPORTED_PREFIX):
        raise JobtuiError(f"search {search.id} holds imported jobs and is never scraped; "
                          "add a new search instead")
    if search.signature.startswith("company:"):
        raise JobtuiError(f"search {search.id} is the watched company {search.name}; "
                          "change it with `jobtui company add/rm`")
    current = {name: getattr(search, name) for name in SIGNATURE_FIELDS}
    params = {**current, **{k: v for k, v in fields.items() if k in SIGNATURE_FIELDS}}
    settings = {k: v for k, v in fields.items() if k in SETTING_FIELDS}
    with database.atomic():
        if params == current or search_signature(**params) == search.signature:
            for name, value in {**params, **settings}.items():
                setattr(search, name, value)
            search.save()
            return search
        followers = _followers(search)
        if user is None and len(followers) > 1:
            raise JobtuiError(f"search {search.id} is followed by {len(followers)} users; "
                              "say which user edits it")
        if user is None:
            user = User.get_by_id(followers[0]) if followers else None
        signature = search_signature(**params)
        target = Search.get_or_none(Search.signature == signature)
        others = [uid for uid in followers if user is None or uid != user.id]
        if target is None and not others:
            for name, value in {**params, **settings}.items():
                setattr(search, name, value)
            search.signature = signature
            search.last_search = search.last_processed = None  # new parameters: run soon
            search.save()
            return search
        keep = {"interval_hours": search.interval_hours, "name": search.name, **settings}
        if target is None:
            target = Search.create(signature=signature, **params, **keep)
        else:
            for name, value in {**settings, "enabled": True}.items():
                setattr(target, name, value)
            target.save()
        if user is not None:
            UserSearch.delete().where(
                (UserSearch.user == user) & (UserSearch.search == search)).execute()
            UserSearch.get_or_create(user=user, search=target)
        if not UserSearch.select().where(UserSearch.search == search).exists():
            Search.update(enabled=False).where(Search.id == search.id).execute()
        return target


@dataclass(frozen=True)
class SearchOverview:
    """One line of the searches list (CLI table, TUI pane).

    ``new_jobs`` counts the jobs this search found for the first time in the last
    24 hours; ``best_rating`` is for the user's active resume (None without one).
    ``board_status`` maps each board to "ok: 12 found, 3 new (...)", "not run yet",
    an error, or e.g. "429 rate limited, retrying after 2026-11-26 18:00";
    ``board_warnings`` holds JobSpy's warnings of each board's latest run (boards without
    any are left out).
    """

    id: int
    terms: list[str]
    location: str | None
    sites: list[str]
    last_search: datetime | None
    total_jobs: int
    new_jobs: int
    best_rating: int | None
    board_status: dict[str, str] = field(default_factory=dict)
    name: str | None = None
    country: str = "usa"
    results_wanted: int = 20
    is_remote: bool = False
    job_type: str | None = None
    interval_hours: float | None = None
    enabled: bool = True
    board_warnings: dict[str, list[str]] = field(default_factory=dict)


def _job_counts(search_ids: list[int], resume_id: int | None,
                since: datetime) -> dict[int, tuple[int, int, int | None]]:
    if not search_ids:
        return {}
    marks = ",".join("?" * len(search_ids))
    rows = database.execute_sql(
        "SELECT sj.search_id, COUNT(DISTINCT COALESCE(j.duplicate_of_id, j.id)),"
        " COUNT(DISTINCT CASE WHEN sj.first_seen >= ? THEN COALESCE(j.duplicate_of_id, j.id)"
        " END), MAX(r.rating)"
        " FROM search_job sj JOIN job j ON j.id = sj.job_id"
        " LEFT JOIN rating r ON r.job_id = COALESCE(j.duplicate_of_id, j.id)"
        " AND r.resume_id = ? AND r.status = 'ok'"
        f" WHERE sj.search_id IN ({marks}) GROUP BY sj.search_id",
        [str(since), resume_id, *search_ids],
    ).fetchall()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def overview_inputs(user: User, search_ids: list[int], now: datetime) -> tuple[dict, dict, dict]:
    """What an overview row needs besides its search: job counts (total, new, best rating) per
    search, each search's latest run per board, and the boards backing off now."""
    from jobtui.store.listing import active_resume_id
    from jobtui.store.runs import active_backoffs, latest_runs

    counts = _job_counts(search_ids, active_resume_id(user), now - NEW_JOBS_WINDOW)
    return counts, latest_runs(search_ids), active_backoffs(now)


def search_overview(user: User, now: datetime | None = None) -> list[SearchOverview]:
    """Every search ``user`` follows with its job counts, best rating and board status."""
    from jobtui.store.runs import describe_run

    now = now or utcnow()
    found = searches_for_user(user)
    counts, runs, backoffs = overview_inputs(user, [s.id for s in found], now)
    result = []
    for s in found:
        total, new, best = counts.get(s.id, (0, 0, None))
        latest = runs.get(s.id, {})
        result.append(SearchOverview(
            id=s.id, terms=list(s.search_term), location=s.location, sites=list(s.job_source),
            last_search=s.last_search, total_jobs=total, new_jobs=new, best_rating=best,
            board_status={site: describe_run(latest.get(site), backoffs.get(site))
                          for site in s.job_source},
            name=s.name, country=s.country, results_wanted=s.results_wanted,
            is_remote=bool(s.is_remote), job_type=s.job_type, interval_hours=s.interval_hours,
            enabled=bool(s.enabled),
            board_warnings={site: list(latest[site].warnings) for site in s.job_source
                            if site in latest and latest[site].warnings},
        ))
    return result


IMPORTED_NAME = "imported"
IMPORTED_PREFIX = "imported:"


def imported_search(user: User) -> Search:
    """The user's own search that imported jobs are linked to (never scraped)."""
    with database.atomic():
        search, _ = Search.get_or_create(
            signature=f"{IMPORTED_PREFIX}{user.id}",  # per user, so imports stay private
            defaults=dict(name=IMPORTED_NAME, search_term=[IMPORTED_NAME], job_source=[],
                          enabled=False, location=None),
        )
        UserSearch.get_or_create(user=user, search=search)
    return search
