"""jobtui: a private, keyboard-driven job search app."""

__version__ = "0.1.0"
