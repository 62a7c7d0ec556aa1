"""Stored resumes: content-hash dedup and exactly one active resume per user."""

from __future__ import annotations

import hashlib
from pathlib import Path

import peewee
import pytest

from jobtui.db.models import Resume
from jobtui.resume.extract import ResumeError
from jobtui.resume.pipeline import PreparedResume
from jobtui.store.resumes import (
    activate_resume,
    active_resume,
    get_resume,
    list_resumes,
    save_resume,
)
from jobtui.store.users import get_or_create_user

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def prepared(text: str) -> PreparedResume:
    return PreparedResume(
        text=text, tokens_before=10, tokens_after=8, counts={"EMAIL": 1},
        content_hash=hashlib.sha256(text.encode()).hexdigest(), source_path=Path("/x/cv.txt"),
        file_url="/x/cv.txt", token_budget=1000,
    )


def test_save_is_idempotent_and_activates(session):
    first, created = save_resume(session.user, prepared("Python engineer"))
    assert created and first.is_active
    again, created = save_resume(session.user, prepared("Python engineer"))
    assert not created and again.id == first.id
    assert Resume.select().count() == 1
    assert again.redaction == {"EMAIL": 1} and again.token_count == 8


def test_exactly_one_active_per_user(session):
    a, _ = save_resume(session.user, prepared("A"))
    b, _ = save_resume(session.user, prepared("B"))
    assert active_resume(session.user).id == b.id
    c, _ = save_resume(session.user, prepared("C"), activate=False)
    assert not c.is_active and active_resume(session.user).id == b.id
    assert activate_resume(session.user, a.id).is_active
    actives = Resume.select().where(Resume.is_active == True)  # noqa: E712
    assert [r.id for r in actives] == [a.id]
    assert [r.id for r in list_resumes(session.user)] == [c.id, b.id, a.id]


def test_readding_an_old_resume_makes_it_active(session):
    a, _ = save_resume(session.user, prepared("A"))
    save_resume(session.user, prepared("B"))
    again, created = save_resume(session.user, prepared("A"))
    assert not created and again.id == a.id and again.is_active


def test_users_are_separate(session):
    other = get_or_create_user("other")
    mine, _ = save_resume(session.user, prepared("same text"))
    theirs, created = save_resume(other, prepared("same text"))
    assert created and theirs.id != mine.id
    assert active_resume(session.user).id == mine.id and active_resume(other).id == theirs.id
    assert get_resume(other, mine.id) is None
    with pytest.raises(ResumeError, match="no resume"):
        activate_resume(other, mine.id)
    assert active_resume(other).id == theirs.id


def test_partial_unique_index_refuses_two_active(session):
    save_resume(session.user, prepared("A"))
    with pytest.raises(peewee.IntegrityError):
        Resume.create(user=session.user, content="B", content_hash="b", is_active=True)
