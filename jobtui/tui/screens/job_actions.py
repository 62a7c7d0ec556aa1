"""The main screen's actions on the highlighted job: open, mark, note, re-rate."""

from __future__ import annotations

import logging
from dataclasses import replace

from textual import work

from jobtui.errors import JobtuiError
from jobtui.tui import data
from jobtui.tui.data import JobFilter
from jobtui.tui.widgets.job_detail import SAFE_SCHEMES

log = logging.getLogger(__name__)


class JobActions:
    """Mixed into MainScreen: each action reads the highlighted row of ``self.jobs`` and
    writes on a worker thread, reporting a failed write on the status line."""

    def action_open_job(self) -> None:
        row = self.jobs.current_row
        if row is None:
            self.notify("No job selected.", severity="warning")
        elif not row.job_url.lower().startswith(SAFE_SCHEMES):
            self.notify("This job's link is not a web address; not opening it.",
                        severity="warning")
        else:
            self.app.open_url(row.job_url)

    def action_mark(self, status: str) -> None:
        row = self.jobs.current_row
        if row is None:
            self.notify("No job selected.", severity="warning")
            return
        # Pressing the same key again undoes it.
        new_status = "new" if (row.status or "new") == status else status
        self.save_status(row.id, new_status)

    @work(thread=True, group="writes", exit_on_error=False, description="saving status")
    def save_status(self, job_id: int, status: str) -> None:
        try:
            data.set_status(self.session.user, job_id, status)
            flt = self.jobs.filter
        except Exception as exc:
            self._write_failed(f"Could not mark the job {status}", exc)
            return
        self.app.call_from_thread(self._status_saved, job_id, status, flt)

    def _write_failed(self, what: str, exc: Exception) -> None:
        """A write that did not land says so (on the UI thread) and leaves a log line."""
        if not isinstance(exc, JobtuiError):
            log.error("%s", what, exc_info=exc)
        line = f"{what}: {data.failure_message(exc)}"
        self.app.call_from_thread(self.app.report_failure, line)

    def _status_saved(self, job_id: int, status: str, flt: JobFilter) -> None:
        table = self.jobs
        row = next((r for r in table.job_rows if r.id == job_id), None)
        if row is None:
            return
        hidden_now = status == "hidden" and flt.status != "hidden"
        shown_elsewhere = flt.status is not None and flt.status != status
        if hidden_now or shown_elsewhere:
            table.remove_job(job_id)
        else:
            table.update_row(replace(row, status=status))
        self._row_changed(force=True)
        self.notify(f"Marked {status}: {row.title[:60]}", timeout=2, markup=False)

    def action_note(self) -> None:
        row = self.jobs.current_row
        if row is None:
            self.notify("No job selected.", severity="warning")
            return
        self.open_later("note")
        self.load_note(row.id, row.title)

    @work(thread=True, exclusive=True, group="note", exit_on_error=False,
          description="reading the note")
    def load_note(self, job_id: int, title: str) -> None:
        # Read now rather than from the detail pane, which may still be loading another job.
        note = data.note_for(self.session.user, job_id)
        self.app.call_from_thread(self._edit_note, job_id, title, note)

    def _edit_note(self, job_id: int, title: str, note: str) -> None:
        from jobtui.tui.screens.note import NoteScreen

        if not self.still_wanted("note"):
            return

        def save(note: str | None) -> None:
            if note is not None:
                self.save_note(job_id, note)

        self.app.push_screen(NoteScreen(title, note), save)

    @work(thread=True, group="writes", exit_on_error=False, description="saving note")
    def save_note(self, job_id: int, note: str) -> None:
        try:
            data.set_note(self.session.user, job_id, note)
        except Exception as exc:
            self._write_failed("Could not save the note", exc)
            return
        self.app.call_from_thread(self._row_changed, True)
        self.app.call_from_thread(self.notify, "Note saved.", timeout=2)

    def action_rerate(self) -> None:
        row = self.jobs.current_row
        if row is None:
            self.notify("No job selected.", severity="warning")
            return
        self.app.rerate(row.id)
