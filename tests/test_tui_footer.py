"""The key bar shows the keys that work where the focus is, without rebuilding itself for
each focus change."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from jobtui.tui.app import JobtuiApp
from jobtui.tui.widgets.footer import Footer
from tests.tui_demo import demo_session, settle


def bar(app) -> list[FooterKey]:
    return list(app.screen.query_one(Footer).query(FooterKey))


def shown(app) -> list[str]:
    return [key.key_display for key in bar(app) if key.display]


def active(app) -> list[str]:
    """The keys Textual's own Footer would show now (and the command palette's)."""
    keys = []
    for _node, binding, _enabled, _tip in app.screen.active_bindings.values():
        display = app.get_key_display(binding)
        if (binding.show or binding.key == app.COMMAND_PALETTE_BINDING) and display not in keys:
            keys.append(display)
    return keys


async def test_focus_changes_show_the_active_keys_without_rebuilding_the_bar():
    demo = demo_session()
    try:
        app = JobtuiApp(demo.session, demo=True)
        async with app.run_test(size=(160, 40)) as pilot:
            await settle(pilot)
            table_keys, widgets = shown(app), bar(app)
            assert "/" in table_keys and sorted(table_keys) == sorted(active(app))
            await pilot.press("slash")  # the search box takes the letters: s, f... go
            await settle(pilot, rounds=2)
            assert app.focused is app.screen.query_one("#search")
            assert sorted(shown(app)) == sorted(active(app)) and "s" not in shown(app)
            await pilot.press("escape")
            await settle(pilot, rounds=2)
            assert shown(app) == table_keys and bar(app) == widgets  # the same widgets
            app.set_keymap({"search": "ctrl+f"})  # a key changes: the bar is rebuilt
            await settle(pilot, rounds=2)
            assert "^f" in shown(app) and "/" not in shown(app)
            assert sorted(shown(app)) == sorted(active(app))
    finally:
        demo.close()
