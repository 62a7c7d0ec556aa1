"""The detail pane: rating and why, skills, salary, type, links, and the description as Markdown."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Static

from jobtui.tui import text
from jobtui.tui.data import JobView

SAFE_SCHEMES = ("http://", "https://")


def summary_text(job: JobView) -> Text:
    """The part above the description, built from literal text only."""
    out = Text()
    out.append(text.one_line(job.title, 300) or "(untitled)", style="bold")
    out.append("\n")
    place = " · ".join(
        p for p in (text.one_line(job.company, 100), text.one_line(job.location, 100),
                    text.remote(job.is_remote)) if p
    )
    out.append(place + "\n", style="italic")
    out.append("Fit ", style="dim")
    if job.rating is None and job.rating_status == "failed":
        out.append("rating failed: " + text.one_line(job.rating_error, 200), style="red")
    elif job.rating is None:
        out.append("not rated yet", style="dim")
        if job.prerank is not None:
            out.append(f"  {text.prerank_label(job.prerank)} ({job.prerank:.0f}/100 from your "
                       "resume's words, no model)", style="italic")
    else:
        out.append(f"{job.rating}/100", style=text.rating_style(job.rating))
        if job.model:
            out.append(f"  ({text.one_line(job.model, 40)})", style="dim")
    if job.filtered:
        out.append("\nFiltered by your preferences: " + text.one_line(job.filtered, 200),
                   style="yellow")
    if job.justification:
        out.append("\n" + text.clean(job.justification, 1500).strip())
    fit = dict(job.relevant_data or {})
    if fit.pop("without_description", False):
        out.append("\nRated without a description (none arrived within 24 h)", style="yellow")
    elif job.description_wanted_since is not None and job.rating is None:
        out.append("\nNo description yet: rating waits for a later scrape to bring it "
                   "(at most 24 h)", style="yellow")
    matched, missing = fit.pop("matched_skills", None), fit.pop("missing_skills", None)
    if matched:
        out.append("\nMatched: ", style="green")
        out.append(text.one_line(", ".join(map(str, matched)), 500))
    if missing:
        out.append("\nMissing: ", style="yellow")
        out.append(text.one_line(", ".join(map(str, missing)), 500))
    for key, value in list(fit.items())[:6]:
        if value not in (None, "", [], {}):
            label = text.one_line(str(key).replace("_", " "), 30).capitalize()
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            out.append(f"\n{label}: ", style="dim")
            out.append(text.one_line(shown, 300))
    facts = [
        ("Salary", text.salary(job.min_amount, job.max_amount, job.currency, job.interval)),
        ("Type", text.one_line(job.job_type, 40)),
        ("Posted", text.posted(job.date_posted)),
        ("Status", job.status if job.status and job.status != "new" else ""),
    ]
    line = "   ".join(f"{k}: {v}" for k, v in facts if v)
    if line:
        out.append("\n" + line)
    for posting in job.postings:
        out.append(f"\n{text.one_line(posting.site or 'board', 20)}: ", style="dim")
        out.append(text.one_line(posting.job_url, 300), style="underline")
    if job.note:
        out.append("\nNote: ", style="bold cyan")
        out.append(text.clean(job.note, 2000))
    return out


class JobDetail(VerticalScroll):
    """Shows one stored job; links in its description open only if they are http(s)."""

    can_focus = True

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.job: JobView | None = None
        self._description = ""
        self._description_due = False
        self._rendered: str | None = None  # the description the Markdown widget shows

    def compose(self) -> ComposeResult:
        yield Static(Text("Select a job to see its details.", style="dim"), id="detail-summary")
        # The Markdown widget (and its parser) is created with the first description shown:
        # importing it is a noticeable part of the app's start.

    def _show_description(self, source: str) -> None:
        # Rendered after the next frame, and only the latest: moving fast through the jobs
        # parses no Markdown for the ones passed over.
        self._description = source
        if not self._description_due:
            self._description_due = True
            self.call_after_refresh(self._render_description)

    def _render_description(self) -> None:
        self._description_due = False
        source = self._description
        if source == self._rendered:
            return  # the same text (the same job after a status change): its blocks stay
        self._rendered = source
        try:
            self.query_one("#detail-description").update(source)
        except NoMatches:
            from textual.widgets import Markdown

            self.mount(Markdown(source, id="detail-description", open_links=False))

    def show(self, job: JobView | None, hint: str = "No job selected.") -> None:
        summary = self.query_one("#detail-summary", Static)
        self.job = job
        if job is None:
            summary.update(Text(hint, style="dim"))
            self._show_description("")
            return
        summary.update(summary_text(job))
        self._show_description(text.markdown_source(job.description))
        self.scroll_home(animate=False)

    def on_markdown_link_clicked(self, event) -> None:  # Markdown.LinkClicked
        event.stop()
        href = text.one_line(event.href, 2000)
        if href.lower().startswith(SAFE_SCHEMES):
            self.app.open_url(href)
        else:
            self.notify(f"Not opening a non-web link: {href[:80]}", severity="warning")
