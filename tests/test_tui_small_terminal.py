"""Form errors stay readable on an 80x24 terminal, where the dialogs scroll."""

from __future__ import annotations

from jobtui.tui.app import JobtuiApp
from tests.test_tui_forms import open_form
from tests.tui_demo import demo_session, settle


def shown(widget) -> bool:
    """True when ``widget`` is on screen inside its scrolling dialog."""
    region = widget.region
    return bool(region.area) and widget.parent.scrollable_content_region.contains_region(region)


async def test_filters_error_scrolls_into_view():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("f")
            await settle(pilot)
            app.screen.query_one("#min-rating").value = "999"
            await pilot.press("ctrl+s")
            await settle(pilot)
            error = app.screen.query_one("#filters-error")
            assert "100" in str(error.render())
            assert shown(error)
    finally:
        demo.close()


async def test_settings_error_scrolls_into_view():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("comma")
            await settle(pilot)
            assert type(app.screen).__name__ == "SettingsScreen"
            app.screen.query_one("#host").value = "localhost:abc"
            await pilot.press("ctrl+s")
            await settle(pilot)
            error = app.screen.query_one("#settings-error")
            assert "localhost:abc" in str(error.render())
            assert shown(error)
            assert type(app.screen).__name__ == "SettingsScreen"
    finally:
        demo.close()


async def test_search_form_error_scrolls_into_view():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_form(pilot, "plus")
            form = app.screen
            form.query_one("#terms").value = "rust developer"
            form.query_one("#interval").value = "0"
            await pilot.press("ctrl+s")
            await settle(pilot)
            error = form.query_one("#interval-error")
            assert "interval" in str(error.render()).lower()
            assert shown(error)
    finally:
        demo.close()
