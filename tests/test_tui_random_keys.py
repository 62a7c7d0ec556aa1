"""Keys pressed faster than the app draws: delivered in bursts (as a terminal read hands them
over), not one at a time as ``pilot.press`` does. Nothing may crash."""

from __future__ import annotations

import os
import random
import traceback

import pytest
from textual import events

from jobtui.tui.app import JobtuiApp
from tests.tui_demo import demo_session, settle

CHARACTERS = {"comma": ",", "plus": "+", "slash": "/", "question_mark": "?", "space": " ",
              "minus": "-", "full_stop": ".", "enter": "\r", "tab": "\t"}
# Every key some screen binds, plus typing and moving; q (and ctrl+q/c) would end the run.
KEYS = (list("asdfghjklzxcvbnmwertyuiop") + ["R", "E", "A", "0", "5", "9"]
        + list(CHARACTERS) + ["escape", "backspace", "up", "down", "left", "right", "home",
                              "end", "pageup", "pagedown", "shift+tab", "f1", "ctrl+p",
                              "ctrl+s", "ctrl+r", "ctrl+o", "ctrl+t", "ctrl+a", "ctrl+e"])
KEY_COUNT = int(os.environ.get("JOBTUI_RANDOM_KEYS", "2000"))  # more for a soak run
SEED = 14


def key_event(key: str) -> events.Key:
    character = CHARACTERS.get(key, key if len(key) == 1 else None)
    return events.Key(key, character)


@pytest.fixture
def demo(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))  # export and file browsing stay in here
    demo = demo_session()
    yield demo
    demo.close()


async def burst(app, pilot, keys) -> None:
    for key in keys:
        app.post_message(key_event(key))
    await pilot.pause()


@pytest.mark.parametrize("then", ["u", "comma", "plus", "f", "n", "e", "E", "l",
                                  "question_mark"])
async def test_keys_queued_behind_q_do_not_crash(demo, then):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, ["q", then])
    assert app.return_code == 0


@pytest.mark.parametrize("keys", [["ctrl+p", "pagedown"], ["ctrl+p", "pageup"],
                                  ["ctrl+p", "pagedown", "pageup", "pagedown"]])
async def test_paging_the_palette_before_it_is_drawn(demo, keys):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, keys)
        await settle(pilot)
    assert app.return_code in (None, 0)


async def test_enter_pressed_again_after_the_palette_closed(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, ["ctrl+p"])
        await settle(pilot)
        await burst(app, pilot, ["enter", "enter", "enter"])
        await settle(pilot)
    assert app.return_code in (None, 0)


async def test_a_key_reaching_the_app_after_its_last_screen_closed_is_dropped(demo):
    # Under load a burst's key was handled after shutdown had closed every screen.
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, ["ctrl+p", "q", "u", "i", "t"])
        await settle(pilot)
        await burst(app, pilot, ["enter"])
    assert app.return_code == 0 and not app.screen_stack
    await app.on_event(key_event("j"))


@pytest.mark.allow_blocked_network  # a host typed at random is "tested" (ctrl+t): refused
async def test_thousands_of_random_keys_in_bursts_crash_nothing(demo):
    rng = random.Random(SEED)
    app = JobtuiApp(demo.session, demo=True)
    opened: list[str] = []
    app.open_url = lambda url, **kwargs: opened.append(url)  # no browser in a test
    quits: list[str] = []

    async def stay_open() -> None:  # the palette's Quit, picked by chance, must not end the run
        quits.append("quit")

    app.action_quit = stay_open
    sent = 0
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        while sent < KEY_COUNT and app.is_running:
            keys = [rng.choice(KEYS) for _ in range(rng.randint(1, 12))]
            await burst(app, pilot, keys)
            sent += len(keys)
            if rng.random() < 0.1:  # now and then, let workers and timers catch up
                await settle(pilot, rounds=1)
        await settle(pilot)
        crash = app._exception  # what stopped it, if an error did: shown with the failure
        assert app.is_running, f"the app stopped after {sent} keys: " + (
            "".join(traceback.format_exception(crash)) if crash else "no error recorded")
    # Leaving run_test re-raises any exception the app met; reaching here means none.
    assert sent >= KEY_COUNT


async def test_a_word_typed_right_after_slash_goes_into_the_search_box(demo):
    # A terminal hands "/python" over in one read; the letters must not reach the table's
    # bindings (n opened the note editor, o the job's page) before the box has the focus.
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, ["slash", *"python"])
        await settle(pilot)
        assert app.screen.query_one("#search").value == "python"
        assert type(app.screen).__name__ == "MainScreen"  # no note editor opened


async def test_slash_typed_in_the_search_box_is_text(demo):
    app = JobtuiApp(demo.session, demo=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await burst(app, pilot, ["slash", "u", "i", "slash", "u", "x"])
        await settle(pilot)
        assert app.screen.query_one("#search").value == "ui/ux"
