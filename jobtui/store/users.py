"""Users: who follows which searches and owns which resumes."""

from __future__ import annotations

from jobtui.db.models import User


def get_or_create_user(name: str) -> User:
    """The user called ``name``, created on first use."""
    name = name.strip() or "me"
    user, _ = User.get_or_create(name=name)
    return user

