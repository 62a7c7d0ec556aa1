"""Shared by the resume-redaction tests: the people the rules find in a text (the ``privacy``
settings fixture is in conftest.py)."""

from __future__ import annotations

from jobtui.resume.people import person_spans


def found(text: str) -> set[str]:
    return {text[s:e] for s, e in person_spans(text)}
