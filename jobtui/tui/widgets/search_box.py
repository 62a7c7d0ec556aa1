"""The search box over the jobs table."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input


class SearchBox(Input):
    """An ``Input`` that hands each new value to ``changed`` as it is set: the ``Changed``
    message reaches the screen only after it has bubbled up through the containers, and
    after the frame echoing the key, 5-20 ms later, and a search key's query starts then."""

    def __init__(self, changed: Callable[[str], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self._changed = changed

    def watch_value(self, value: str) -> None:
        self._changed(value)
