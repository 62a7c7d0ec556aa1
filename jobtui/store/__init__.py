"""Named queries: every read and write the CLI, TUI and worker make goes through here.

One module per subject (users, searches, jobs, ...); import the module you need,
e.g. ``from jobtui.store import searches``.
"""
