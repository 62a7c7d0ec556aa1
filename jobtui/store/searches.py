"""Saved searches and which users follow them."""

from __future__ import annotations

from jobtui.db.migrations import search_signature
from jobtui.db.models import Search, User, UserSearch, database


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
        UserSearch.get_or_create(user=user, search=search)
    return search


def get_search(search_id: int) -> Search | None:
    return Search.get_or_none(Search.id == search_id)


def searches_for_user(user: User) -> list[Search]:
    """The searches ``user`` follows, oldest first."""
    return list(
        Search.select()
        .join(UserSearch)
        .where(UserSearch.user == user)
        .order_by(Search.id)
    )


def unfollow_search(user: User, search: Search) -> None:
    """Drop the user's link; the search (and its jobs) stay for anyone else following it."""
    with database.atomic():
        UserSearch.delete().where(
            (UserSearch.user == user) & (UserSearch.search == search)
        ).execute()
        if not UserSearch.select().where(UserSearch.search == search).exists():
            Search.update(enabled=False).where(Search.id == search.id).execute()
