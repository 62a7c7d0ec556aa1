"""The key bar, without a leak in Textual's ``Footer`` and without rebuilding it for nothing."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Textual's ``Footer``, minus its leak: every recompose (each focus change) binds the
    new keys to the footer's ``compact`` and keeps the bindings of the keys it removed until
    ``compact`` changes, so each focus change kept ~20 dead keys and their styles alive (and
    every full garbage collection walked them all).

    It also recomposes only when the keys it would show change: Textual rebuilds it (twice)
    on every focus change, ~20 widgets mounted, styled and laid out again, and the search
    box taking focus shows the same keys as the table (their own keys are hidden), so that
    work landed on the first letters typed after ``/``."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown_keys: tuple | None = None  # what the last compose showed
        self._recompose_due = False  # a recompose is scheduled: later changes join it

    def shown_keys(self, screen: Screen) -> tuple:
        """Everything ``compose`` reads from the bindings, for the keys it shows."""
        app = screen.app
        return tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action,
             enabled, tooltip, binding.group, binding.show)
            for (_node, binding, enabled, tooltip) in screen.active_bindings.values()
            if binding.show or binding.key == app.COMMAND_PALETTE_BINDING
        )

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return super().bindings_changed(screen)
        if self._recompose_due:
            return  # the recompose on its way reads the keys when it runs
        if self._shown_keys is not None and self.shown_keys(screen) == self._shown_keys:
            return
        super().bindings_changed(screen)
        self._recompose_due = screen.app.app_focus  # Textual recomposes only with focus

    def compose(self):
        self._recompose_due = False
        if self._bindings_ready:
            self._shown_keys = self.shown_keys(self.screen)
        return super().compose()

    async def recompose(self) -> None:
        await super().recompose()
        self.mutate_reactive(TextualFooter.compact)  # drops the removed keys' bindings
