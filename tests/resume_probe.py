"""Shared by the resume-redaction tests: the people the rules find in a text, and a check that
a redaction removed its secrets and kept its facts (the ``privacy`` settings fixture is in
conftest.py)."""

from __future__ import annotations

from jobtui.resume.people import person_spans
from jobtui.resume.redact import redact


def found(text: str) -> set[str]:
    return {text[s:e] for s, e in person_spans(text)}


def check_redaction(privacy, body: str, secrets: list[str], facts: list[str]) -> None:
    """Every secret is gone from the redacted ``body`` and every fact is still in it."""
    text = redact(body, privacy).text
    assert [s for s in secrets if s in text] == []
    assert [f for f in facts if f not in text] == []
