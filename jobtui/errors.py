"""The base class for failures shown to the user as one line (never a traceback)."""


class JobtuiError(Exception):
    """A failure the user can act on; ``str(exc)`` is the whole message."""
