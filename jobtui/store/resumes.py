"""Stored resumes: only redacted, trimmed text; exactly one active resume per user.

Ratings are keyed by (job, resume), so activating a resume the user has not rated with makes
every job rateable again without touching the rating table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from jobtui.db.models import Resume, User, database
from jobtui.errors import ResumeError
from jobtui.store.prerank import score_resume

if TYPE_CHECKING:
    from jobtui.resume.pipeline import PreparedResume


class ResumeNotFound(ResumeError, LookupError):
    """No resume with that id for the user."""


def save_resume(
    user: User, prepared: PreparedResume, *, activate: bool = True
) -> tuple[Resume, bool]:
    """Store ``prepared`` for ``user``; returns (resume, newly created).

    Adding content already stored for the user creates nothing; with ``activate`` it makes
    that stored resume the active one (what the user asked for by adding it again).
    """
    with database.atomic():
        resume = Resume.get_or_none(
            (Resume.user == user) & (Resume.content_hash == prepared.content_hash)
        )
        created = resume is None
        if created:
            resume = Resume.create(
                user=user,
                content=prepared.text,
                file_url=prepared.file_url,
                token_count=prepared.tokens_after,
                content_hash=prepared.content_hash,
                redaction=dict(prepared.counts),
                is_active=False,
            )
        if activate and not resume.is_active:
            resume = _activate(user, resume.id)
    return resume, created


def _activate(user: User, resume_id: int) -> Resume:
    # Clear first: the partial unique index allows one is_active = 1 row per user.
    Resume.update(is_active=False).where(
        (Resume.user == user) & (Resume.is_active == True)  # noqa: E712 (peewee expression)
    ).execute()
    Resume.update(is_active=True).where(Resume.id == resume_id).execute()
    score_resume(resume_id)  # the queue is ordered by pre-rank: score every job now
    return Resume.get_by_id(resume_id)


def activate_resume(user: User, resume_id: int) -> Resume:
    """Make resume ``resume_id`` the user's only active resume (one transaction)."""
    with database.atomic():
        if get_resume(user, resume_id) is None:
            raise ResumeNotFound(
                f"no resume #{resume_id} for {user.name}; see `jobtui resume list`")
        return _activate(user, resume_id)


def active_resume(user: User) -> Resume | None:
    """The resume ratings are made against, if the user has one."""
    return Resume.get_or_none((Resume.user == user) & (Resume.is_active == True))  # noqa: E712


@dataclass(frozen=True)
class ActiveResume:
    """What the screens show of the active resume (never its text)."""

    id: int
    file_url: str | None
    token_count: int
    date_uploaded: datetime


def active_resume_view(user: User) -> ActiveResume | None:
    """The user's active resume as a plain view, if there is one."""
    resume = active_resume(user)
    if resume is None:
        return None
    return ActiveResume(resume.id, resume.file_url, resume.token_count, resume.date_uploaded)


def resume_content(resume_id: int) -> str | None:
    """The redacted text of resume ``resume_id`` (what the model is shown); None when gone."""
    resume = Resume.get_or_none(Resume.id == resume_id)
    return None if resume is None else resume.content


def list_resumes(user: User) -> list[Resume]:
    """The user's resumes, newest first."""
    return list(
        Resume.select()
        .where(Resume.user == user)
        .order_by(Resume.date_uploaded.desc(), Resume.id.desc())
    )


def get_resume(user: User, resume_id: int) -> Resume | None:
    """Resume ``resume_id`` if it belongs to ``user``."""
    return Resume.get_or_none((Resume.user == user) & (Resume.id == resume_id))
