"""The key bar, without a leak in Textual's ``Footer``."""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """Textual's ``Footer``, minus its leak: every recompose (each focus change) binds the
    new keys to the footer's ``compact`` and keeps the bindings of the keys it removed until
    ``compact`` changes, so each focus change kept ~20 dead keys and their styles alive (and
    every full garbage collection walked them all)."""

    async def recompose(self) -> None:
        await super().recompose()
        self.mutate_reactive(TextualFooter.compact)  # drops the removed keys' bindings
