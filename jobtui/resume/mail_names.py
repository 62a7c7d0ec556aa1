"""People whose own e-mail address spells their name beside it.

"Zedome Churetsa, directeur technique, Ubisoft — zedome.churetsa@ubisoft.com": a run of name
words on the address's line (or the line above it) that the address's local part spells is the
address's owner, a person whether or not a name list knows the words; the rules then remove
the name wherever else it stands. A word the domain spells too belongs to a firm
("ubisoft.careers@ubisoft.com" names nobody).
"""

from __future__ import annotations

import re

from jobtui.resume.anchor import EMAIL, MAIL_WORDS
from jobtui.resume.cues import NAME_RUN
from jobtui.resume.name_shapes import blocked, word_key
from jobtui.resume.names import fold

_INITIAL = re.compile(r"[A-Z]\.")


def emailed_people(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the name runs the e-mail addresses beside them spell."""
    folded = fold(text)
    found = []
    for mail in EMAIL.finditer(folded):
        local, domain = mail.group(1).lower(), folded[mail.end(1) + 1:mail.end()].lower()
        pieces = {p for p in re.split(r"[._+-]", local)
                  if len(p) >= 3 and p.isalpha() and p not in MAIL_WORDS and p not in domain}
        if not pieces:
            continue
        line_start = folded.rfind("\n", 0, mail.start()) + 1
        above = folded.rfind("\n", 0, max(0, line_start - 1)) + 1
        for run in NAME_RUN.finditer(folded, above, mail.start()):
            words = [w for w in run.group().split() if not _INITIAL.fullmatch(w)]
            keys = [word_key(w) for w in words]
            if (2 <= len(words) <= 4 and any(k in pieces for k in keys)
                    and not any(blocked(w) for w in words)):
                found.append((run.start(), run.end(), words))
    return found
