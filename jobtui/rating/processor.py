"""Draining the rating queue: prompts per pair, answers from Ollama, rows stored one by one.

All database work happens on the calling thread; only the HTTP calls run in helper threads,
so a stop request can abandon an answer in flight without writing anything for it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from datetime import datetime

from jobtui.db.engine import is_postgres
from jobtui.db.errors import retry_busy
from jobtui.db.models import Job, utcnow
from jobtui.errors import JobtuiError
from jobtui.events import Event, JobRated, Notice, Progress, RatingFailed
from jobtui.rating.capabilities import answer_budget, concurrency_warning
from jobtui.rating.prompts import num_ctx_for, system_prompt, user_prompt
from jobtui.rating.rater import (
    RETRY_DELAYS,
    ModelMissing,
    OllamaUnavailable,
    Rater,
    RaterResult,
    RatingFailure,
)
from jobtui.resume.tokens import count_tokens
from jobtui.session import Session
from jobtui.store import claims, prefs, prerank, ratings, resumes
from jobtui.store.ratings import QueueItem, RatingRecord

log = logging.getLogger(__name__)

BATCH = 50  # queue rows read at a time
PAUSE_AFTER_SERVER_FAILURES = 3  # consecutive 5xx/timeout failures that pause rating
RATING_WRITE_ATTEMPTS = 12  # each waits out SQLite's 10 s busy timeout: two minutes in all


@dataclass
class RatingSummary:
    """What one drain did."""

    rated: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    remaining: int = 0  # pairs still queued when the drain ended
    paused: str = ""  # why rating stopped early (Ollama down, model missing...); empty if not
    stopped: bool = False  # a stop was requested
    # PostgreSQL: other workers hold what is left; the first of their claims expires then, the
    # earliest a claim could take a pair over (None: nothing waits on them).
    retry_at: datetime | None = None
    held_back: int = 0  # pairs waiting below ``rating.min_prerank`` when nothing else was queued
    floor: float | None = None  # that ``rating.min_prerank``

    @property
    def attempted(self) -> int:
        return self.rated + self.failed

    @property
    def seconds_per_job(self) -> float:
        return self.seconds / self.attempted if self.attempted else 0.0

    def describe(self) -> str:
        """One line: "rated 37, failed 2 · tokens in 52,340 / out 3,900 · 1.2 s/job"."""
        per_job = self.seconds_per_job
        line = (
            f"rated {self.rated}, failed {self.failed} · tokens in {self.prompt_tokens:,}"
            f" / out {self.completion_tokens:,} · {per_job:.{1 if per_job >= 1 else 2}f} s/job"
        )
        if self.remaining:
            line += f" · {self.remaining} still queued"
        return line

    def describe_idle(self) -> str:
        """Why nothing was rated, and what to do when jobs wait below the pre-rank floor."""
        if not self.held_back:
            return "nothing to rate"
        jobs = "job waits" if self.held_back == 1 else "jobs wait"
        return (f"nothing to rate: {self.held_back} {jobs} below rating.min_prerank = "
                f"{self.floor:g} (`jobtui rate --all` rates them too)")


def format_eta(seconds: float) -> str:
    if seconds < 60:
        return f"{max(seconds, 1):.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


@dataclass(frozen=True)
class _SystemPrompt:
    text: str
    prompt_id: int
    num_ctx: int


class _CallPool:
    """Daemon threads that run the HTTP calls: an abandoned call (after a stop) must not keep
    the process alive, and nothing here touches the database."""

    def __init__(self, size: int) -> None:
        self._calls: queue.SimpleQueue = queue.SimpleQueue()
        for n in range(size):
            threading.Thread(target=self._serve, name=f"jobtui-rate-{n}", daemon=True).start()
        self._size = size

    def _serve(self) -> None:
        while True:
            call = self._calls.get()
            if call is None:
                return
            future, fn = call
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the waiting thread, which decides
                future.set_exception(exc)

    def submit(self, fn: Callable[[], RaterResult]) -> Future:
        future: Future = Future()
        self._calls.put((future, fn))
        return future

    def close(self) -> None:
        """Let the threads end once their current call (if any) returns."""
        for _ in range(self._size):
            self._calls.put(None)


class RatingProcessor:
    """Rates queued (job, resume) pairs until the queue is empty, a limit is reached, rating
    has to pause, or ``stop`` is set."""

    def __init__(
        self,
        session: Session,
        *,
        model: str | None = None,
        emit: Callable[[Event], None] = lambda e: None,
        stop: threading.Event | None = None,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        claimant: claims.Claimant | None = None,
        rate_all: bool = False,
    ) -> None:
        self.session = session
        self.claimant = claimant or claims.Claimant()  # PostgreSQL: pairs are claimed
        self.settings = session.settings.rating
        self.model = model or self.settings.model
        self.emit = emit
        self.stop = stop or threading.Event()
        self.retry_delays = retry_delays
        self._system: dict[int, _SystemPrompt] = {}
        # ``rating.min_prerank`` holds back unlikely fits unless everything was asked for.
        self.floor = None if rate_all else self.settings.min_prerank
        self.rate_all = rate_all
        self._answer_budget = self.settings.answer_tokens  # num_predict, set once ready

    def _system_prompt(self, resume_id: int) -> _SystemPrompt | None:
        cached = self._system.get(resume_id)
        if cached is None:
            content = resumes.resume_content(resume_id)
            if content is None:
                return None
            text = system_prompt(content)
            cached = _SystemPrompt(
                text, ratings.save_prompt(text),
                self.settings.num_ctx or num_ctx_for(
                    count_tokens(text), self.settings.job_tokens, self._answer_budget),
            )
            self._system[resume_id] = cached
        return cached

    def drain(self, limit: int | None = None) -> RatingSummary:
        """Rate up to ``limit`` queued pairs (all when None). Raises ``RemoteHostRefused``."""
        summary = RatingSummary()
        max_attempts = self.settings.max_attempts
        started = utcnow()
        if self.rate_all:  # jobs held back by the floor sit in searches already processed
            ratings.make_all_due()
        prerank.score_missing()  # jobs stored outside ingest get their score before ordering
        prefs.refresh_stale()  # the posting-age rule moves with the calendar
        total = ratings.queue_size(max_attempts=max_attempts, min_prerank=self.floor)
        if limit is not None:
            total = min(total, limit)
        if total == 0:
            ratings.mark_searches_processed(started, max_attempts=max_attempts,
                                            min_prerank=self.floor)
            if self.floor is not None:
                summary.floor = self.floor
                summary.held_back = prerank.below_floor(self.floor, max_attempts)
            return summary
        rater = Rater(self.settings, model=self.model, retry_delays=self.retry_delays,
                      warn=lambda message: self.emit(Notice(message)))
        clock = time.perf_counter()
        pool = _CallPool(self.settings.concurrency)
        try:
            self._answer_budget = answer_budget(self.settings, rater.check_ready())
            warning = concurrency_warning(self.settings.concurrency)
            if warning:
                self.emit(Notice(warning))
            self._rate_all(rater, pool, summary, total, limit)
        except (OllamaUnavailable, ModelMissing) as exc:
            summary.paused = str(exc)
        finally:
            summary.seconds = time.perf_counter() - clock
            summary.stopped = self.stop.is_set()
            pool.close()
            if not summary.stopped:  # an abandoned call may still use the client
                rater.close()
        claims.release_all(self.claimant)  # pairs claimed but not rated go back
        ratings.mark_searches_processed(started, max_attempts=max_attempts, min_prerank=self.floor)
        if summary.paused or summary.stopped or (limit is not None and summary.attempted >= limit):
            summary.remaining = ratings.queue_size(max_attempts=max_attempts,
                                                   min_prerank=self.floor)
        return summary

    def _rate_all(self, rater: Rater, pool: _CallPool, summary: RatingSummary, total: int,
                  limit: int | None) -> None:
        seen: set[tuple[int, int]] = set()
        in_flight: dict[Future, tuple[QueueItem, RatingRecord, Job]] = {}
        pending: list[QueueItem] = []
        server_failures = 0
        jobs: dict[int, Job] = {}
        exhausted = False  # the last read returned less than a batch: nothing more to read
        read_nothing = False  # the last read brought no new pair
        clock = time.perf_counter()
        while not self.stop.is_set():
            started = summary.attempted + len(in_flight)
            if not pending and not exhausted and (limit is None or started < limit):
                size = self._batch_size()
                batch = claims.claim_pairs(self.claimant, size,
                                           max_attempts=self.settings.max_attempts,
                                           min_prerank=self.floor)
                exhausted = len(batch) < size
                pending = [i for i in batch if (i.job_id, i.resume_id) not in seen]
                read_nothing = not pending
                jobs = {j.id: j for j in Job.select().where(Job.id.in_(
                    [i.job_id for i in pending]))}
            while pending and len(in_flight) < self.settings.concurrency and (
                    limit is None or summary.attempted + len(in_flight) < limit):
                item = pending.pop(0)
                seen.add((item.job_id, item.resume_id))
                submitted = self._submit(rater, pool, item, jobs.get(item.job_id))
                if submitted is not None:
                    in_flight[submitted[0]] = submitted[1:]
            if not in_flight:
                if limit is not None and started >= limit:
                    return
                if read_nothing or not is_postgres():  # the rest (if any) others hold: done
                    summary.retry_at = claims.next_expiry(self.claimant)
                    return
                exhausted = False  # read once more: claims may have expired or come back since
                continue
            done, _ = wait(list(in_flight), timeout=0.25, return_when=FIRST_COMPLETED)
            for future in done:
                item, record, job = in_flight.pop(future)
                exc = future.exception()
                if isinstance(exc, JobtuiError):  # OllamaUnavailable, ModelMissing
                    raise exc  # nothing was written for this pair; it stays queued
                if self.stop.is_set():
                    return  # abandon: no row for an answer that came in after the stop
                if exc is None:
                    server_failures = 0
                    self._store_answer(record, future.result(), job, summary)
                else:
                    failure = exc if isinstance(exc, RatingFailure) else RatingFailure(
                        f"unexpected error: {type(exc).__name__}: {exc}")
                    if not isinstance(exc, RatingFailure):
                        log.error("rating job %s failed", item.job_id, exc_info=exc)
                    self._store_failure(record, failure, job, summary)
                    server_failures = server_failures + 1 if failure.transient else 0
                    if server_failures >= PAUSE_AFTER_SERVER_FAILURES:
                        raise OllamaUnavailable(
                            f"rating paused: Ollama at {rater.host} keeps failing: {failure}")
                self._progress(summary, total, clock)

    def _batch_size(self) -> int:
        """SQLite reads ahead; on PostgreSQL a worker claims only what it is about to rate,
        so the other workers get the rest."""
        return 2 * self.settings.concurrency if is_postgres() else BATCH

    def _submit(self, rater: Rater, pool: _CallPool, item: QueueItem, job: Job | None):
        system = self._system_prompt(item.resume_id)
        if job is None or system is None:  # deleted since the queue was read
            return None
        prompt = user_prompt(job, self.settings.job_tokens)
        record = RatingRecord(
            job_id=item.job_id, resume_id=item.resume_id, model=rater.model,
            token_limit=system.num_ctx, system_prompt_id=system.prompt_id,
            user_prompt=prompt, temperature=self.settings.temperature,
            attempts=item.attempts + 1,
        )
        future = pool.submit(
            lambda: rater.rate(system.text, prompt, system.num_ctx, self.stop)
        )
        return future, item, record, job

    def _store_answer(self, record: RatingRecord, result: RaterResult, job: Job,
                      summary: RatingSummary) -> None:
        answer = result.answer
        record.rating, record.justification = answer.rating, answer.justification
        record.relevant_data = answer.relevant_data()
        if not (job.description or "").strip():  # waited in vain for one (see rating_queue)
            record.relevant_data["without_description"] = True
        record.prompt_tokens, record.completion_tokens = (
            result.prompt_tokens, result.completion_tokens)
        record.total_ms, record.load_ms = result.total_ms, result.load_ms
        record.prompt_eval_ms, record.eval_ms = result.prompt_eval_ms, result.eval_ms
        # A finished answer is worth waiting for: a busy database (a big import) is retried.
        retry_busy(lambda: ratings.save_rating(record), attempts=RATING_WRITE_ATTEMPTS)
        claims.release_pair(self.claimant, record.job_id, record.resume_id)
        summary.rated += 1
        summary.prompt_tokens += result.prompt_tokens or 0
        summary.completion_tokens += result.completion_tokens or 0
        self.emit(JobRated(job.id, record.resume_id, answer.rating, title=job.title,
                           company=job.company or ""))

    def _store_failure(self, record: RatingRecord, failure: RatingFailure, job: Job,
                       summary: RatingSummary) -> None:
        ratings.save_failure(record, str(failure))
        claims.release_pair(self.claimant, record.job_id, record.resume_id)
        summary.failed += 1
        self.emit(RatingFailed(job.id, f"{job.title}: {failure}"))

    def _progress(self, summary: RatingSummary, total: int, clock: float) -> None:
        done = summary.attempted
        total = max(total, done)
        per_job = (time.perf_counter() - clock) / done
        eta = "done" if done >= total else f"ETA {format_eta(per_job * (total - done))}"
        self.emit(Progress(f"rating {done}/{total} · {per_job:.1f} s/job · {eta}", done, total))
