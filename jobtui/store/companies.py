"""Watched company career pages. Each one is backed by a search row (signature
``company:<ats>:<slug>``) that users follow like a saved search, so its jobs are linked,
counted, listed and rated exactly like a saved search's; the backing search is never run by
JobSpy (it stays disabled) and is scraped by ``jobtui.scrape.sources.companies``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from jobtui.db.models import Search, User, UserSearch, WatchedCompany, database, utcnow
from jobtui.errors import JobtuiError

COMPANY_PREFIX = "company:"


class CompanyNotFound(JobtuiError, LookupError):
    """The user watches no such company."""


@dataclass(frozen=True)
class CompanyOverview:
    """One line of the companies list (CLI table, TUI screen)."""

    id: int
    ats: str
    slug: str
    name: str
    search_id: int
    last_run: datetime | None
    total_jobs: int
    new_jobs: int
    best_rating: int | None
    status: str

    @property
    def spec(self) -> str:
        return f"{self.ats}:{self.slug}"


def signature(ats: str, slug: str) -> str:
    return f"{COMPANY_PREFIX}{ats}:{slug.lower()}"


def watch_company(user: User, ats: str, slug: str, name: str | None = None, *,
                  default_name: str | None = None) -> WatchedCompany:
    """Follow ``ats:slug`` (validated by the caller); an already watched one is reused and a
    given ``name`` replaces the stored one (``default_name`` names a new one otherwise)."""
    with database.atomic():
        search, _ = Search.get_or_create(
            signature=signature(ats, slug),
            defaults=dict(name=f"{ats}:{slug}", search_term=[f"{ats}:{slug}"],
                          job_source=[ats], enabled=False, location=None))
        company = WatchedCompany.get_or_none(WatchedCompany.search == search)
        if company is None:
            company = WatchedCompany.create(ats=ats, slug=slug, name=name or default_name,
                                            search=search)
        elif name and company.name != name:
            company.name = name
            company.save()
        UserSearch.get_or_create(user=user, search=search)
    return company


def _followed(user: User):
    return (WatchedCompany.select(WatchedCompany, Search).join(Search).join(UserSearch)
            .where(UserSearch.user == user))


def companies_for_user(user: User) -> list[WatchedCompany]:
    """The companies ``user`` watches, oldest first."""
    return list(_followed(user).order_by(WatchedCompany.id))


def find_company(user: User, ref: str) -> WatchedCompany:
    """A watched company by id or by "ats:slug"; CompanyNotFound otherwise."""
    ref = ref.strip()
    query = _followed(user)
    if ref.isdigit():  # an id; one beyond SQLite's integers names no row
        found = query.where(WatchedCompany.id == int(ref)).first() if int(ref) < 2**63 else None
    else:
        ats, _, slug = ref.partition(":")
        found = query.where((WatchedCompany.ats == ats.lower())
                            & (Search.signature == signature(ats.lower(), slug))).first()
    if found is None:
        raise CompanyNotFound(f"you watch no company '{ref}'; `jobtui company list` shows them")
    return found


def unwatch_company(user: User, company: WatchedCompany) -> None:
    """Stop following the company; its jobs stay (and others may still follow it)."""
    UserSearch.delete().where((UserSearch.user == user)
                              & (UserSearch.search == company.search_id)).execute()


def is_company_search(search_id: int) -> bool:
    """Whether ``search_id`` is the backing search of a watched company."""
    return WatchedCompany.select().where(WatchedCompany.search == search_id).exists()


def due_companies(now: datetime | None = None, *, interval_hours: float = 3.0,
                  force: bool = False, search_id: int | None = None) -> list[WatchedCompany]:
    """Followed companies never read or read longer ago than their interval (``force``:
    all of them; ``search_id``: that one), oldest first."""
    now = now or utcnow()
    followed = UserSearch.select(UserSearch.search)
    query = (WatchedCompany.select(WatchedCompany, Search).join(Search)
             .where(Search.id.in_(followed))
             .order_by(Search.last_search.is_null(False), Search.last_search,
                       WatchedCompany.id))
    if search_id is not None:
        return list(query.where(Search.id == search_id))
    return [c for c in query if force or c.search.last_search is None
            or c.search.last_search + timedelta(hours=c.search.interval_hours
                                                or interval_hours) <= now]


def company_overview(user: User, now: datetime | None = None) -> list[CompanyOverview]:
    """Every company ``user`` watches with job counts, best rating and last run's status."""
    from jobtui.store.runs import describe_run
    from jobtui.store.searches import overview_inputs

    now = now or utcnow()
    found = companies_for_user(user)
    counts, latest, backoffs = overview_inputs(user, [c.search_id for c in found], now)
    result = []
    for c in found:
        total, new, best = counts.get(c.search_id, (0, 0, None))
        result.append(CompanyOverview(
            id=c.id, ats=c.ats, slug=c.slug, name=c.name or c.slug, search_id=c.search_id,
            last_run=c.search.last_search, total_jobs=total, new_jobs=new, best_rating=best,
            status=describe_run(latest.get(c.search_id, {}).get(c.ats), backoffs.get(c.ats)),
        ))
    return result
