"""Letter classes for regular expressions over the scripts the name rules read (Latin, Cyrillic
including Ukrainian, Central Asian and Mongolian letters, Greek with its accented capitals), for
use inside ``[...]``."""

from __future__ import annotations

# The extended Cyrillic block pairs each capital with its small letter (even, odd code
# points): Tajik "Ҳ"/"ҳ", "Ӯ"/"ӯ", "Ҷ"/"ҷ", Kazakh "Қ"/"қ", Mongolian "Ө"/"ө".
_EXTENDED = range(0x0490, 0x0500, 2)
UPPER = "A-Z\u0400-\u042f\u0386-\u038f\u0391-\u03a9" + "".join(chr(c) for c in _EXTENDED)
LOWER = ("a-z\u0430-\u045f\u0491\u0454\u0456\u0457\u03ac-\u03ce"
         + "".join(chr(c + 1) for c in _EXTENDED))
