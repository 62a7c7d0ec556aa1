"""The settings screen: models from the server, validation, test connection, save."""

from __future__ import annotations

import tomllib

import pytest

from jobtui.tui.app import JobtuiApp
from tests.test_tui_resume import wait_for
from tests.tui_demo import demo_session, settle


@pytest.fixture
def demo():
    demo = demo_session()
    yield demo
    demo.close()


async def open_settings(app, pilot):
    """Open the settings screen (`,`) once the app has settled; returns that screen."""
    await settle(pilot)
    await pilot.press("comma")
    return app.screen


async def connected_settings(app, pilot):
    """The settings screen once its connection check has answered."""
    screen = await open_settings(app, pilot)
    await wait_for(pilot, lambda: "answers" in str(screen.query_one("#connection").render()))
    return screen


async def test_settings_lists_models_validates_and_saves(fake_ollama, demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await connected_settings(app, pilot)
        assert "2 models" in str(screen.query_one("#connection").render())
        model = screen.query_one("#model")
        model.value = "qwen2.5:7b"  # Select refuses a value that is not one of its options
        screen.query_one("#temperature").value = "5"
        await pilot.press("ctrl+s")
        assert "temperature" in str(screen.query_one("#settings-error").render())
        screen.query_one("#temperature").value = "0.3"
        screen.query_one("#host").value = "http://10.1.2.3:11434"
        await pilot.press("ctrl+s")
        assert "allow_remote" in str(screen.query_one("#settings-error").render())
        screen.query_one("#host").value = fake_ollama.host
        screen.query_one("#proxies").value = "user:pw@proxy.example:8080, , "
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
    saved = tomllib.loads(demo.session.settings.config_path.read_text())
    assert saved["rating"]["model"] == "qwen2.5:7b"
    assert saved["rating"]["temperature"] == 0.3
    assert saved["scraping"]["proxies"] == ["user:pw@proxy.example:8080"]
    assert demo.session.settings.rating.model == "qwen2.5:7b"


async def test_test_connection_reports_an_unreachable_host(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(110, 40)) as pilot:
        await open_settings(app, pilot)
        await settle(pilot)
        assert "not reachable" in str(app.screen.query_one("#connection").render())
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MainScreen"


async def test_try_model_runs_the_labelled_trial_off_the_ui_thread(fake_ollama, demo):
    from tests.fake_ollama_models import skill_answer

    fake_ollama.answer = skill_answer
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await connected_settings(app, pilot)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: "passed" in str(
            screen.query_one("#connection").render()))
        line = str(screen.query_one("#connection").render())
        assert line.startswith("llama3.1:8b passed: ")
        assert "9/9 valid, 8/8 in the expected band" in line
        assert len(fake_ollama.chat_requests()) == 9
        await pilot.press("escape")


async def test_settings_show_and_save_the_alerts_section(fake_ollama, demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await connected_settings(app, pilot)
        screen.query_one("#host").value = fake_ollama.host
        assert screen.query_one("#notify-rating").value == "80"
        assert screen.query_one("#alerts-desktop").value is True
        screen.query_one("#ntfy-url").value = "https://ntfy.sh/"
        await pilot.press("ctrl+s")
        assert "alerts.ntfy_url" in str(screen.query_one("#settings-error").render())
        screen.query_one("#ntfy-url").value = "https://ntfy.sh/my-jobs-4f9c"
        screen.query_one("#email-to").value = "me@example.com"
        await pilot.press("ctrl+s")
        assert "alerts.smtp_host" in str(screen.query_one("#settings-error").render())
        screen.query_one("#smtp-host").value = "smtp.example.com"
        screen.query_one("#notify-rating").value = "90"
        screen.query_one("#alerts-desktop").value = False
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
    saved = tomllib.loads(demo.session.settings.config_path.read_text())
    assert saved["ui"]["notify_rating"] == 90
    assert saved["alerts"]["ntfy_url"] == "https://ntfy.sh/my-jobs-4f9c"
    assert saved["alerts"]["desktop"] is False
    assert saved["alerts"]["smtp_host"] == "smtp.example.com"
    assert demo.session.settings.alerts.email_to == "me@example.com"


USER_CONFIG = """# my jobtui settings
[rating]
timeout = 120.0  # my slow laptop
"""


@pytest.fixture
def demo_with_model_from_env(monkeypatch):
    monkeypatch.setenv("JOBTUI_MODEL", "qwen2.5:7b")  # for this shell only, set before start
    demo = demo_session()
    yield demo
    demo.close()


async def test_saving_keeps_the_files_comments_and_writes_only_what_changed(
        fake_ollama, demo_with_model_from_env):
    demo = demo_with_model_from_env
    path = demo.session.settings.config_path
    path.write_text(USER_CONFIG, encoding="utf-8")
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(110, 40)) as pilot:
        await open_settings(app, pilot)
        await settle(pilot)
        app.screen.query_one("#temperature").value = "0.4"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "MainScreen"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(USER_CONFIG)  # comments and layout untouched
    assert text[len(USER_CONFIG):].strip() == "temperature = 0.4"
    assert "qwen2.5" not in text and fake_ollama.host not in text  # env values stay out
    assert oct(path.stat().st_mode & 0o777) == "0o600"
