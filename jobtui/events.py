"""Small event objects the worker emits to whoever listens (TUI, CLI, daemon log)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from jobtui.clock import utcnow


@dataclass(frozen=True)
class Event:
    at: datetime = field(default_factory=utcnow, kw_only=True)


@dataclass(frozen=True)
class WorkerState(Event):
    """The worker started, went idle, paused or stopped; ``detail`` says why, ``hint`` names
    what the user can do (each front end words it its own way: a command, a key)."""

    state: str  # running | idle | paused | stopped | locked
    detail: str = ""
    hint: str = ""  # "" or a HINT_* key


HINT_ADD_RESUME = "add_resume"  # no active resume: nothing can be rated


@dataclass(frozen=True)
class Progress(Event):
    """What the worker is doing now, e.g. "rating 12/40"."""

    activity: str
    done: int = 0
    total: int = 0


@dataclass(frozen=True)
class BoardError(Event):
    search_id: int
    site: str
    message: str


@dataclass(frozen=True)
class BoardWarning(Event):
    """A board answered but JobSpy warned (job pages refused, an option ignored...)."""

    search_id: int
    site: str
    message: str


@dataclass(frozen=True)
class JobsScraped(Event):
    search_id: int
    found: int
    new: int


@dataclass(frozen=True)
class JobRated(Event):
    job_id: int
    resume_id: int
    rating: int
    title: str = ""
    company: str = ""


@dataclass(frozen=True)
class RatingFailed(Event):
    job_id: int
    message: str


@dataclass(frozen=True)
class ErrorEvent(Event):
    """A failure that stopped a step (Ollama unreachable, model missing...)."""

    message: str


@dataclass(frozen=True)
class Notice(Event):
    """Something the user should know that stops nothing (e.g. a remote Ollama host in use)."""

    message: str
