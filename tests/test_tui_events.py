"""Worker events reach the UI as messages from another thread and update the status bar, the
activity log, notifications and the table."""

from __future__ import annotations

import threading

from jobtui import events
from jobtui.db.models import Rating
from jobtui.tui import messages
from jobtui.tui.app import JobtuiApp
from jobtui.tui.background import BackgroundWorker
from jobtui.tui.widgets.jobs_table import JobsTable
from jobtui.tui.widgets.status_bar import StatusBar
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


def test_every_event_type_has_its_message():
    assert isinstance(messages.message_for(events.WorkerState("idle")),
                      messages.BackgroundStateChanged)
    assert isinstance(messages.message_for(events.Progress("rating 1/2")),
                      messages.BackgroundProgress)
    assert isinstance(messages.message_for(events.BoardError(1, "linkedin", "429")),
                      messages.BoardFailed)
    assert isinstance(messages.message_for(events.JobsScraped(1, 3, 1)), messages.JobsArrived)
    assert isinstance(messages.message_for(events.JobRated(1, 1, 90)),
                      messages.JobRatedMessage)
    assert isinstance(messages.message_for(events.RatingFailed(1, "x")),
                      messages.RatingFailedMessage)
    assert isinstance(messages.message_for(events.ErrorEvent("x")), messages.BackgroundFailed)
    newer = messages.message_for(events.Progress("a"))
    assert newer.can_replace(messages.message_for(events.Progress("b")))


async def test_events_from_a_thread_update_status_log_notifications_and_table():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, background=False)
        seen: list[type] = []
        async with app.run_test(size=(120, 40), notifications=True,
                                message_hook=lambda m: seen.append(type(m))) as pilot:
            await settle(pilot)
            bridge = BackgroundWorker(demo.session, app.post_message)
            table = app.screen.query_one(JobsTable)
            unrated = next(r for r in table.job_rows if r.rating is None)
            resume_id = Rating.select().first().resume_id
            Rating.create(job=unrated.id, resume=resume_id, model="m", rating=95)

            def worker_thread() -> None:
                bridge.emit(events.WorkerState("running", "scraping due searches"))
                bridge.emit(events.Progress("scraping linkedin for 'data engineer'"))
                bridge.emit(events.BoardError(2, "linkedin", "429 rate limited"))
                bridge.emit(events.JobsScraped(1, 25, 4))
                bridge.emit(events.Progress("rating 12/40 · 3.1 s/job · ETA 1 min"))
                bridge.emit(events.JobRated(unrated.id, resume_id, 95, unrated.title, "Vireo"))
                bridge.emit(events.RatingFailed(7, "model answered broken JSON"))

            thread = threading.Thread(target=worker_thread)
            thread.start()
            thread.join()
            # The coalesced table reload and notification fire on timers: wait for both. The
            # notification is noted when seen: on a busy machine it may time out before the end.
            notified: set[str] = set()

            def shown() -> bool:
                notified.update(n.title for n in app._notifications)
                return "New strong match" in notified and next(
                    r for r in table.job_rows if r.id == unrated.id).rating == 95

            await wait_for(pilot, shown)
            await settle(pilot)

            bar = str(app.screen.query_one(StatusBar).render())
            assert "worker running" in bar
            assert "rating 12/40 · 3.1 s/job · ETA 1 min" in bar
            assert "job 7: model answered broken JSON" in bar
            log = [entry.plain for entry in app.activity_log]
            assert any("search #2 linkedin: 429 rate limited" in line for line in log)
            assert any("25 jobs found, 4 new" in line for line in log)
            assert any("rated 95" in line for line in log)
            assert next(r for r in table.job_rows if r.id == unrated.id).rating == 95
            assert messages.BackgroundStateChanged in seen and messages.JobRatedMessage in seen
    finally:
        demo.close()


async def test_a_burst_of_strong_matches_pops_one_notification():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, background=False)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            for n, rating in enumerate((85, 97, 40, 90)):
                app.post_message(messages.message_for(
                    events.JobRated(n + 1, 1, rating, f"Job {n}", "Acme")))
            await wait_for(pilot, lambda: any(
                "strong match" in n.title for n in app._notifications))
            await settle(pilot)
            strong = [n for n in app._notifications if "strong match" in n.title]
            assert [(n.title, n.message) for n in strong] == [
                ("3 new strong matches", "best 97: Job 1 · Acme")]
    finally:
        demo.close()


async def test_a_notice_shows_in_the_status_bar_and_the_log():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, background=False)
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot)
            app.post_message(messages.message_for(events.Notice(
                "rating.concurrency is 3 but Ollama serves 1 request(s) at a time")))
            await settle(pilot)
            bar = str(app.screen.query_one(StatusBar).render())
            assert "rating.concurrency is 3 but Ollama serves 1" in bar
            assert any("rating.concurrency is 3" in e.plain for e in app.activity_log)
    finally:
        demo.close()
