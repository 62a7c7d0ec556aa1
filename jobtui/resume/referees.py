"""Referees named in a references section, so that their names go wherever else they stand.

The section's lines are removed whole (redact.py), but the same people are often named in
running text as well ("Jefe inmediato: Tukwufe Kiheton", "worked with Kwono Hotan"), where
only a cue or a name list finds them. A line of the section that opens with two to four
name words, before its role, employer or contact, names a person by its position alone, so
names no list knows are found too.
"""

from __future__ import annotations

import re

from jobtui.resume.cues import _HONORIFIC, NAME_RUN
from jobtui.resume.kept_facts import ROLE_WORDS, merge_roles, role_parts
from jobtui.resume.kept_lines import reference_employers
from jobtui.resume.name_shapes import blocked, common_word, known, word_key
from jobtui.resume.names import fold, gazetteer
from jobtui.resume.sections import reference_roles, references_spans

# Bullets and numbering before an entry: "• ", "- ", "1. ", "2) ".
_LEAD = re.compile(r"[ \t]*(?:[•·*▪◦–-]|\d{1,2}[.)])?[ \t]*")
# Titles before the name: "Ing.", "Lic.", "Eng.º", "doc. RNDr.", "Dr".
_TITLE = re.compile(rf"(?:(?:{_HONORIFIC})\.?|[A-Za-z]{{1,6}}\.º?)[ \t]+")
# What may follow the name on its line: a separator before the role or contact, or nothing.
_AFTER = re.compile(r"[ \t]*(?:[,;(|–—:/]|[ \t]-[ \t]|$)", re.MULTILINE)
_INITIAL = re.compile(r"[A-Z]\.")


def referee_names(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the people who open the entries of ``text``'s references
    sections."""
    folded = fold(text)
    first_names, last_names = gazetteer()
    found = []
    for start, end in references_spans(text):
        end = start + len(text[start:end].rstrip())
        roles = merge_roles(reference_roles(text, start, end), role_parts(text, start, end)
                            + reference_employers(text, start, end))
        for line in re.finditer(r"[^\n]+", folded[start:end]):
            at = _LEAD.match(folded, start + line.start()).end()
            while title := _TITLE.match(folded, at):
                at = title.end()
            run = NAME_RUN.match(folded, at)
            if not run or not _AFTER.match(folded, run.end()):
                continue
            words = [w for w in run.group().split() if not _INITIAL.fullmatch(w)]
            if any(s < run.end() and run.start() < e for s, e in roles):
                continue  # the employer or role opens the line ("Bancolombia – Medellín")
            if _named(words, first_names, last_names):
                found.append((run.start(), run.end(), words))
    return found


def _named(words: list[str], first_names: frozenset[str], last_names: frozenset[str]) -> bool:
    """Two to four words that make a name: none is a role, a technology, a place or an
    organisation word, and not all are everyday words no name list knows ("Available Upon")."""
    capitalised = [w for w in words if w[0].isupper()]
    if not 2 <= len(capitalised) <= 4:
        return False
    if any(blocked(w) or word_key(w) in ROLE_WORDS for w in capitalised):
        return False
    return not all(common_word(w) and not (known(w, first_names) or known(w, last_names))
                   for w in capitalised)
