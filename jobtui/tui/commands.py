"""The command palette (ctrl+p): every action of the app by name, with its key."""

from __future__ import annotations

from functools import partial

from textual.await_complete import AwaitComplete
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider


def palette_commands(app) -> list[tuple[str, str, str, object]]:
    """(name, key, action, namespace) for every described binding of the main screen and app."""
    from jobtui.tui.screens.main import MainScreen

    main = app.main_screen
    found: list[tuple[str, str, str, object]] = []
    seen: set[str] = set()
    for owner, namespace in ((MainScreen, main), (type(app), app)):
        for binding in owner.BINDINGS:
            if not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            key = binding.key_display or app.get_key_display(binding)
            found.append((binding.description, key, binding.action, namespace))
    return found


class JobtuiCommands(Provider):
    """Lists the same actions as the Footer and the help screen."""

    def _commands(self):
        for name, key, action, namespace in palette_commands(self.app):
            help_text = f"key: {key}"
            yield name, help_text, partial(self.app.run_action, action, namespace)

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class GuardedCommandPalette(CommandPalette):
    """Textual's palette, guarded against keys pressed faster than it draws (Textual 8.2.8,
    the latest release): PageUp/PageDown before its list has lines raised KeyError in
    ``OptionList._move_page``, and Enter pressed again after it closed ScreenStackError."""

    def _action_command_list(self, action: str) -> None:
        try:
            super()._action_command_list(action)
        except KeyError:  # the list has no lines yet: nothing to page through
            pass

    def dismiss(self, result=None) -> AwaitComplete:
        if not self.is_active:  # already closed by an earlier key
            return AwaitComplete.nothing()
        return super().dismiss(result)
