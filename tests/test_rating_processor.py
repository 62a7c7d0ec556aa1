"""Draining the queue end to end: fake Ollama server, real client, real database."""

import threading
import time

import pytest

from jobtui.db.models import Prompt, Rating
from jobtui.events import JobRated, Notice, Progress, RatingFailed
from jobtui.rating.processor import RatingProcessor
from jobtui.rating.prompts import system_prompt
from jobtui.store import prerank, ratings
from tests.rating_data import RESUME, add_fixture_jobs, add_job, add_resume, add_search

FAST = (0.01, 0.01)


@pytest.fixture
def rating_session(fake_ollama, session):
    session.settings.rating.host = fake_ollama.host
    search = add_search(session.user)
    resume = add_resume(session.user)
    jobs = add_fixture_jobs(search)
    return session, resume, jobs

BOTH_ENGINES = True  # store code: run on SQLite and PostgreSQL (tests/conftest.py)


def drain(session, **kw):
    events = []
    limit = kw.pop("limit", None)
    processor = RatingProcessor(session, emit=events.append, retry_delays=FAST, **kw)
    return processor.drain(limit=limit), events


def assert_no_half_rows():
    """Every row is either a whole success or a whole failure."""
    for row in Rating.select():
        assert row.user_prompt and row.model and row.system_prompt_id
        if row.status == "ok":
            assert 0 <= row.rating <= 100 and row.justification and row.error is None
            assert row.prompt_tokens and row.completion_tokens
        else:
            assert row.status == "failed" and row.rating is None and row.error
            assert row.next_attempt_at is not None


def test_every_queued_job_is_rated_and_stored(rating_session, fake_ollama):
    session, resume, jobs = rating_session
    summary, events = drain(session)
    assert (summary.rated, summary.failed, summary.remaining) == (40, 0, 0)
    assert summary.prompt_tokens > 0 and summary.completion_tokens > 0
    assert Rating.select().where(Rating.status == "ok").count() == 40
    assert_no_half_rows()
    row = Rating.get(Rating.job == jobs[0].id)
    assert (row.llm, row.model, row.temperature) == ("ollama", "llama3.1:8b", 0.1)
    assert row.relevant_data["seniority_fit"] == "match"
    assert row.total_ms == 1200.0 and row.token_limit >= 2048
    # The system prompt is stored once and the exact request can be rebuilt from the row.
    assert Prompt.select().count() == 1
    assert row.system_prompt.text == system_prompt(RESUME)
    sent = fake_ollama.chat_requests()
    assert len(sent) == 40
    assert {r["messages"][0]["content"] for r in sent} == {system_prompt(RESUME)}
    rebuilt = [{"role": "system", "content": row.system_prompt.text},
               {"role": "user", "content": row.user_prompt}]
    assert rebuilt in [r["messages"] for r in sent]
    assert len({r["options"]["num_ctx"] for r in sent}) == 1  # no model reloads
    rated = [e for e in events if isinstance(e, JobRated)]
    assert len(rated) == 40 and rated[0].title
    progress = [e for e in events if isinstance(e, Progress)]
    assert progress[-1].done == progress[-1].total == 40
    assert progress[-1].activity.startswith("rating 40/40 · ")
    assert progress[-1].activity.endswith(" s/job · done")
    assert " s/job · ETA " in progress[0].activity
    # Nothing left: a second drain sends nothing.
    again, _ = drain(session)
    assert again.attempted == 0 and len(fake_ollama.chat_requests()) == 40


def test_limit_rates_the_queue_head_first(rating_session):
    session, resume, jobs = rating_session
    prerank.score_missing()  # what the drain does first: the queue is ordered by pre-rank
    expected = [i.job_id for i in ratings.rating_queue(5)]
    summary, _ = drain(session, limit=5)
    assert summary.rated == 5 and summary.remaining == 35
    assert sorted(r.job_id for r in Rating.select()) == sorted(expected)


def test_broken_answers_are_stored_as_failures_and_the_loop_goes_on(rating_session,
                                                                      fake_ollama):
    session, resume, jobs = rating_session
    fake_ollama.set_mode("broken_json", fail_times=4)  # two jobs fail twice each
    summary, events = drain(session)
    assert (summary.rated, summary.failed) == (38, 2)
    failed = list(Rating.select().where(Rating.status == "failed"))
    assert len(failed) == 2 and all("not valid JSON" in r.error for r in failed)
    assert [e for e in events if isinstance(e, RatingFailed)][0].message.endswith(
        "(after 2 answers)")
    assert_no_half_rows()
    assert summary.remaining == 0  # the failures wait out their backoff


def test_out_of_range_answers_fail_the_job_with_the_reason(rating_session, fake_ollama):
    session, _, _ = rating_session
    fake_ollama.set_mode("out_of_range", fail_times=2)
    summary, _ = drain(session, limit=3)
    assert (summary.rated, summary.failed) == (2, 1)
    assert "'rating' must be 0 to 100, got 250" in Rating.get(Rating.status == "failed").error


def test_server_errors_retry_then_fail_then_pause(rating_session, fake_ollama):
    session, _, _ = rating_session
    fake_ollama.set_mode("http500")
    summary, events = drain(session)
    # Three jobs fail after their retries; then rating pauses instead of failing all 40.
    assert summary.failed == 3 and summary.rated == 0
    assert "keeps failing" in summary.paused and "HTTP 500" in summary.paused
    assert len(fake_ollama.chat_requests()) == 9
    assert_no_half_rows()
    fake_ollama.set_mode("ok")
    summary, _ = drain(session)
    assert summary.rated == 37 and summary.remaining == 0  # 3 wait for their backoff


def test_a_slow_server_times_out_without_half_rows(rating_session, fake_ollama):
    session, _, _ = rating_session
    session.settings.rating.timeout = 1.5  # room for the fast answer on a busy machine
    fake_ollama.set_mode("slow", fail_times=3)
    fake_ollama.delay = 600  # the slow calls never answer in time
    summary, _ = drain(session, limit=2)
    assert (summary.rated, summary.failed) == (1, 1)
    assert "no answer within 1.5 s" in Rating.get(Rating.status == "failed").error
    assert_no_half_rows()


def test_a_missing_model_pauses_with_the_pull_command_and_writes_nothing(rating_session):
    session, _, _ = rating_session
    summary, _ = drain(session, model="mistral:7b")
    assert summary.paused == ("model mistral:7b missing: run: ollama pull mistral:7b "
                              "(server has: llama3.1:8b, qwen2.5:7b)")
    assert Rating.select().count() == 0 and summary.remaining == 40


def test_a_model_removed_mid_drain_pauses_without_a_row_for_that_job(rating_session,
                                                                       fake_ollama):
    session, _, _ = rating_session
    real_answer = fake_ollama.answer

    def answer_then_vanish(request):
        if len(fake_ollama.chat_requests()) >= 3:
            fake_ollama.set_mode("missing_model")
        return real_answer(request)

    fake_ollama.answer = answer_then_vanish
    summary, _ = drain(session)
    assert summary.rated == 3 and summary.failed == 0
    assert "run: ollama pull llama3.1:8b" in summary.paused
    assert Rating.select().count() == 3 and summary.remaining == 37


def test_server_down_pauses_with_a_clear_message(session):
    search = add_search(session.user)
    add_resume(session.user)
    add_job(search, 1)
    summary, _ = drain(session)
    assert summary.paused == "Ollama is not reachable at http://127.0.0.1:9"
    assert Rating.select().count() == 0 and summary.remaining == 1


def test_server_going_down_mid_drain_keeps_the_rest_queued(rating_session, fake_ollama):
    session, _, _ = rating_session
    real_answer = fake_ollama.answer

    def answer_then_die(request):
        if len(fake_ollama.chat_requests()) >= 6:
            if fake_ollama._server is not None:
                fake_ollama.stop()  # no new connections ...
            raise ConnectionResetError  # ... and the open one drops without an answer
        return real_answer(request)

    fake_ollama.answer = answer_then_die
    summary, _ = drain(session)
    assert summary.paused == f"Ollama is not reachable at {fake_ollama.host}"
    assert summary.rated == 5 and summary.failed == 0
    assert_no_half_rows()
    assert Rating.select().where(Rating.status == "ok").count() == summary.rated
    assert summary.rated + summary.remaining + summary.failed == 40


def test_stop_abandons_the_answer_in_flight_without_a_row(rating_session, fake_ollama):
    session, _, _ = rating_session
    fake_ollama.set_mode("slow")
    fake_ollama.delay = 600  # answered only when the test releases it
    stop = threading.Event()

    def stop_once_asked() -> None:
        while not fake_ollama.chat_requests():
            time.sleep(0.01)
        stop.set()

    threading.Thread(target=stop_once_asked, daemon=True).start()
    summary, _ = drain(session, stop=stop)
    assert not fake_ollama.released.is_set()  # returned while the answer was still pending
    assert summary.stopped and summary.attempted == 0
    assert Rating.select().count() == 0 and summary.remaining == 40


def test_a_remote_host_warns_when_allowed(rating_session, monkeypatch):
    session, _, _ = rating_session
    session.settings.rating.allow_remote = True
    monkeypatch.setattr("jobtui.rating.rater.is_loopback_host", lambda host: False)
    summary, events = drain(session, limit=1)
    assert summary.rated == 1
    assert [e.message for e in events if isinstance(e, Notice)] == [
        f"rating with {session.settings.rating.host}: your redacted resume is sent to that "
        "machine"]


def test_concurrency_two_rates_everything_once(rating_session, fake_ollama):
    session, _, _ = rating_session
    session.settings.rating.concurrency = 2
    summary, _ = drain(session)
    assert summary.rated == 40 and len(fake_ollama.chat_requests()) == 40
    assert Rating.select().count() == 40
