"""The base class for failures shown to the user as one line (never a traceback)."""


class JobtuiError(Exception):
    """A failure the user can act on; ``str(exc)`` is the whole message."""


class ResumeError(JobtuiError):
    """The resume cannot be read, or the stored resume asked for does not exist (here, below
    both, so the store and the resume package raise the same class)."""
