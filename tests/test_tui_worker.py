"""The real background worker in the app's thread: it rates through the fake Ollama server and
the new ratings appear in the table without a restart."""

from __future__ import annotations

from jobtui.db.models import Job, Rating, Search, utcnow
from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.jobs_table import JobsTable
from jobtui.tui.widgets.status_bar import StatusBar
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


async def test_worker_thread_rates_jobs_and_the_table_updates(fake_ollama):
    demo = demo_session()
    # The searches just ran (nothing is due, so nothing is scraped) and their jobs wait for
    # rating.
    Search.update(last_search=utcnow(), last_processed=None).execute()
    # Read before the app starts: with warm imports the worker can rate both jobs before the
    # table is first read.
    unrated = {job.id for job in Job.select().where(
        Job.duplicate_of.is_null() & Job.id.not_in(Rating.select(Rating.job)))}
    assert len(unrated) == 2
    try:
        app = JobtuiApp(demo.session)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            table = app.screen.query_one(JobsTable)
            assert unrated <= {r.id for r in table.job_rows}
            await wait_for(pilot, lambda: app.background is not None)
            # Generous bounds: the worker's first cycle imports JobSpy and pandas.
            await wait_for(pilot, lambda: app.worker_state == "idle", seconds=240)
            await wait_for(pilot, lambda: all(
                r.rating is not None for r in table.job_rows if r.id in unrated), seconds=120)
            await settle(pilot)
            assert sum(1 for e in app.activity_log if "rated" in e.plain) >= 2
            bar = str(app.screen.query_one(StatusBar).render())
            assert "worker idle" in bar and "Ollama ✓ llama3.1:8b" in bar
            assert fake_ollama.requests  # the real client talked to the fake server
        assert not app.background.running  # stopped with the app
    finally:
        demo.close()


async def test_a_second_app_reports_the_lease_holder(fake_ollama):
    from jobtui.store.lease import LeaseKeeper

    demo = demo_session()
    Search.update(last_search=utcnow()).execute()
    try:
        with LeaseKeeper(holder="another-host:4242"):
            app = JobtuiApp(demo.session)
            async with app.run_test(size=(120, 40)) as pilot:
                await wait_for(pilot, lambda: app.worker_state == "locked", seconds=120)
                assert "worker locked" in str(app.screen.query_one(StatusBar).render())
    finally:
        demo.close()


async def test_rerate_key_drops_the_rating_so_the_worker_rates_again():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            job_id = app.screen.query_one(JobsTable).current_job_id
            assert Rating.select().where(Rating.job == job_id).exists()
            await pilot.press("r")
            await settle(pilot)
            assert not Rating.select().where(Rating.job == job_id).exists()
            assert any("re-rating" in n.message for n in app._notifications)
    finally:
        demo.close()
