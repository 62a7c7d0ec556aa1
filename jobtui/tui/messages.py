"""Textual messages: the worker's events (jobtui.events) as they arrive on the UI thread, and
the app's own notifications between widgets."""

from __future__ import annotations

from textual.message import Message

from jobtui import events


class BackgroundEvent(Message):
    """An event the background worker emitted, delivered on the UI thread."""

    def __init__(self, event: events.Event) -> None:
        super().__init__()
        self.event = event


class BackgroundStateChanged(BackgroundEvent):
    """The worker started, went idle, paused, stopped, or found another process's lease."""


class BackgroundProgress(BackgroundEvent):
    """What the worker is doing now; a newer one replaces an unprocessed older one."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, BackgroundProgress)


class BoardFailed(BackgroundEvent):
    """One board of one search answered with an error (the others went on)."""


class BoardWarned(BackgroundEvent):
    """A board answered but JobSpy warned (job pages refused, an option ignored...)."""


class JobsArrived(BackgroundEvent):
    """A search run stored jobs (some may be new)."""


class JobRatedMessage(BackgroundEvent):
    """A job got its rating."""


class RatingFailedMessage(BackgroundEvent):
    """A job could not be rated this time."""


class NoticeMessage(BackgroundEvent):
    """Something to know that stops nothing (e.g. more concurrency than Ollama serves)."""


class BackgroundFailed(BackgroundEvent):
    """A step stopped with an error (Ollama unreachable, model missing...)."""


_BY_EVENT: dict[type, type[BackgroundEvent]] = {
    events.WorkerState: BackgroundStateChanged,
    events.Progress: BackgroundProgress,
    events.BoardError: BoardFailed,
    events.BoardWarning: BoardWarned,
    events.JobsScraped: JobsArrived,
    events.JobRated: JobRatedMessage,
    events.RatingFailed: RatingFailedMessage,
    events.ErrorEvent: BackgroundFailed,
    events.Notice: NoticeMessage,
}


def message_for(event: events.Event) -> BackgroundEvent:
    """The message that carries ``event`` (a plain BackgroundEvent for newer event types)."""
    for event_type in type(event).__mro__:
        if event_type in _BY_EVENT:
            return _BY_EVENT[event_type](event)
    return BackgroundEvent(event)


class JobsChanged(Message):
    """Stored jobs changed (a status, a note, a new search): the table should reload."""

    def __init__(self, keep_job_id: int | None = None) -> None:
        super().__init__()
        self.keep_job_id = keep_job_id
