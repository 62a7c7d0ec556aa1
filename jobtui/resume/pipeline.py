"""From a resume file to the text jobtui stores: read, redact, trim. Nothing is stored here.

The CLI and the TUI's resume screen both call ``prepare_resume`` (the TUI in a worker thread:
the first call builds the Presidio engine, which takes a moment).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jobtui.config import PrivacySettings
from jobtui.paths import expand_user
from jobtui.patterns import PLACEHOLDER
from jobtui.resume.extract import ResumeError, read_resume_text

__all__ = ["PLACEHOLDER", "PreparedResume", "ResumeError", "prepare_resume"]


@dataclass(frozen=True)
class PreparedResume:
    """A resume ready to store: only redacted, trimmed text and facts about it."""

    text: str
    """The redacted and trimmed text (the only content ever stored or sent to a model)."""
    tokens_before: int
    """cl100k tokens of the redacted text before tidying and trimming."""
    tokens_after: int
    """cl100k tokens of ``text``."""
    counts: dict[str, int]
    """How many spans of each placeholder type were removed (never the values)."""
    content_hash: str
    """sha256 of ``text``: the same resume added twice is stored once."""
    source_path: Path
    """The file read (in memory only)."""
    file_url: str
    """The path as stored: the user's name and extra terms removed from it."""
    token_budget: int
    spans: tuple[tuple[int, int, str], ...] = field(default=())
    """(start, end, type) of each placeholder in ``text``, for highlighting."""


def placeholder_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where the ``<TYPE>`` placeholders are in ``text``."""
    return tuple((m.start(), m.end(), m.group()[1:-1]) for m in PLACEHOLDER.finditer(text))


def prepare_resume(
    path: str | Path,
    privacy: PrivacySettings,
    token_budget: int,
    extra_terms: Sequence[str] = (),
) -> PreparedResume:
    """Read the resume at ``path``, remove personal data, and trim it to ``token_budget``
    tokens. Raises ResumeError (one line) when the file cannot be used."""
    from jobtui.resume.redact import redact, redact_path
    from jobtui.resume.tokens import count_tokens
    from jobtui.resume.trim import tidy, trim_to_budget

    if token_budget < 1:
        raise ResumeError(f"the token budget must be a positive number, got {token_budget}")
    source = expand_user(path)
    raw = read_resume_text(source)
    redaction = redact(raw, privacy, extra_terms, file_name=source.name)
    tidied = tidy(redaction.text)
    if not PLACEHOLDER.sub("", tidied).strip():
        raise ResumeError(f"{source}: nothing is left after removing personal data")
    text = trim_to_budget(tidied, token_budget)
    return PreparedResume(
        text=text,
        tokens_before=count_tokens(redaction.text),
        tokens_after=count_tokens(text),
        counts=redaction.counts,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_path=source,
        file_url=redact_path(str(source.resolve()), privacy, redaction.names, extra_terms),
        token_budget=token_budget,
        spans=placeholder_spans(text),
    )
