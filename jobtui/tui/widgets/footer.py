"""The key bar, without a leak in Textual's ``Footer`` and without rebuilding it on every
focus change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

PALETTE = "palette"  # marks the command palette's key in a list of shown keys


class Footer(TextualFooter):
    """Textual's ``Footer``, minus its leak: every recompose binds the new keys to the
    footer's ``compact`` and keeps the bindings of the keys it removed until ``compact``
    changes, so each rebuild kept ~20 dead keys and their styles alive (and every full
    garbage collection walked them all).

    Nor does it rebuild (unmount, mount, style and lay out ~20 widgets, twice) on each focus
    change: when the keys to show are some of those it shows already, in the same order (the
    search box taking focus hides the letter keys; leaving it shows them again), it hides
    and shows them; only other keys make it recompose, once however often they change."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._keys: dict[tuple, FooterKey] = {}  # the composed keys by what they show, in order
        self._recompose_due = False  # a recompose is scheduled: later changes join it

    @staticmethod
    def planned(screen: Screen) -> list[tuple] | None:
        """What ``compose`` would show for ``screen``'s active bindings, one tuple per key
        in order; None when a binding group is among them (only a recompose shows those)."""
        app = screen.app
        by_action: dict[str, tuple] = {}
        palette = None
        for _node, binding, enabled, tooltip in screen.active_bindings.values():
            shown = (binding.key, app.get_key_display(binding), binding.description,
                     binding.action, enabled, tooltip)
            if binding.key == app.COMMAND_PALETTE_BINDING:
                palette = (PALETTE, *shown)
            if binding.show:
                if binding.group is not None:
                    return None
                by_action.setdefault(binding.action, shown)  # the first key of an action
        return [*by_action.values(), *([palette] if palette else [])]

    def compose(self) -> ComposeResult:
        self._recompose_due = False
        plan = self.planned(self.screen) if self._bindings_ready else None
        widgets = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey)]
        self._keys = dict(zip(plan, keys, strict=True)) \
            if plan is not None and len(plan) == len(keys) == len(widgets) else {}
        yield from widgets

    def _show_only(self, plan: list[tuple]) -> bool:
        """Show just the keys of ``plan`` if they are composed already, in that order."""
        wanted = set(plan)
        if not self._keys or not wanted <= self._keys.keys() \
                or [shown for shown in self._keys if shown in wanted] != plan:
            return False
        for shown, key in self._keys.items():
            key.display = shown in wanted
        return True

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return super().bindings_changed(screen)
        if self._recompose_due:
            return  # the recompose on its way reads the keys when it runs
        plan = self.planned(screen)
        if plan is not None and self._show_only(plan):
            return
        super().bindings_changed(screen)
        self._recompose_due = screen.app.app_focus  # Textual recomposes only with focus

    async def recompose(self) -> None:
        await super().recompose()
        self.mutate_reactive(TextualFooter.compact)  # drops the removed keys' bindings
