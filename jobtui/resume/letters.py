"""Letter classes for regular expressions over the scripts the name rules read (Latin, Cyrillic
including Ukrainian letters, Greek with its accented capitals), for use inside ``[...]``."""

from __future__ import annotations

UPPER = "A-Z\u0400-\u042f\u0386-\u038f\u0391-\u03a9"
LOWER = "a-z\u0430-\u045f\u0491\u0454\u0456\u0457\u03ac-\u03ce"
