"""Other people's names in running text, found by rules (no model).

A capitalised run is a person when a cue precedes it ("reported to", "mentored by", "Referee:",
"Dr.", a dash after a quotation) or when it starts with a known first name (the Faker gazetteer,
see names.py) and goes on with a plausible surname. Runs that hold an organisation or title word,
start with a technology or a place, or belong to a firm named after people ("Morgan Stanley")
are not people. Once a person is found, the other mentions of their surname go too, unless the
mention is part of such a firm ("Kevin Morgan" does not take "Morgan Stanley" with him).

Matching runs on the accent-folded text (same length, so offsets hold) with ASCII classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobtui.resume.header import LOWER_PARTICLES, PARTICLES
from jobtui.resume.names import FIRMS, NOT_NAMES, ORG_WORDS, PLACES, TECH, fold, gazetteer

_PARTICLE = "|".join(sorted(PARTICLES | LOWER_PARTICLES, key=len, reverse=True))
# One name word: "Nowak", "O'Connor", "Vries-Bakker", "McAllister", "Al-Mansouri".
_WORD = r"[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|'[A-Z][a-z]+)(?:-[A-Z]?[a-z]+)*"
NAME_RUN = re.compile(
    rf"(?<![\w@./'-]){_WORD}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+)*{_WORD}){{0,3}}(?![\w@'-])"
)
CUE = re.compile(
    r"(?i:\b(?:reported|reporting|reports|report)\s+(?:directly\s+)?to"
    r"|\b(?:mentored|supervised|managed|coached|hired|trained|advised|recommended|referred"
    r"|interviewed|endorsed|nominated|led)\s+by"
    r"|\b(?:worked|working|collaborated|collaborating|partnered|teamed\s+up)"
    r"\s+(?:closely\s+)?(?:with|alongside)"
    r"|\b(?:line\s+manager|manager|supervisor|referee|reference|referenz|référence|referencia"
    r"|referência|referente|contact\s+person|mentor|advisor|adviser|tutor|thesis\s+supervisor)"
    r"\s*:)"
    r"[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Herr|Frau|Sra|Dra)\.?[ \t]+)*"
    r"|(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Mlle|Herr|Frau|Sra|Dra)\.?[ \t]+"
    r"(?:(?:Dr|Prof)\.?[ \t]+)*"
    r"|[\"”“][ \t]*[.,]?[ \t]*(?:—|–|--?)[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)*"
)
# A signature line under a testimonial: "— Sanne Jansen, VP Engineering" (a dash bullet is not
# one: the name must end the line or meet a comma).
SIGNATURE = re.compile(r"^[ \t]*(?:—|–)[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)*", re.MULTILINE)


@lru_cache(maxsize=1)
def _firm_pattern() -> re.Pattern[str]:
    alternatives = sorted((re.escape(fold(f)) for f in FIRMS), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


def firm_spans(text: str) -> list[tuple[int, int]]:
    """Where firms and schools named after people are mentioned ("Goldman Sachs")."""
    return [m.span() for m in _firm_pattern().finditer(fold(text))]


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _blocked(word: str) -> bool:
    key = _key(word)
    return key in ORG_WORDS or key in TECH or key in PLACES


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every other person's name in ``text``, surname mentions included."""
    folded = fold(text)
    firms = firm_spans(text)
    multiword_firms = [(s, e) for s, e in firms if " " in folded[s:e].strip()]
    first_names, last_names = gazetteer()
    found: list[tuple[int, int, list[str]]] = []

    cued_starts = {m.end() for m in CUE.finditer(folded)}
    cued_starts |= {m.end() for m in SIGNATURE.finditer(folded)
                    if re.match(rf"{NAME_RUN.pattern}[ \t]*(?:,|$)", folded[m.end():],
                                re.MULTILINE)}
    for match in NAME_RUN.finditer(folded):
        starts = [match.start() + m.start() for m in re.finditer(r"\S+", match.group())]
        words = match.group().split()
        if match.start() in cued_starts:
            person = _cued(words, first_names, last_names)
            offset = 0
        else:
            offset, person = _from_gazetteer(words, first_names)
        if not person:
            continue
        # The person is a stretch of the run's words: from ``offset``, ``len(person)`` long.
        start = starts[offset]
        end = starts[offset + len(person) - 1] + len(person[-1])
        if any(s < end and start < e for s, e in multiword_firms):
            continue
        if len(person) == 1 and any((s, e) == (start, end) for s, e in firms):
            continue
        found.append((start, end, person))

    spans = [(s, e) for s, e, _ in found]
    surnames = {part for _, _, person in found if len(person) > 1
                for part in _surname_parts(person)}
    if surnames:
        pattern = re.compile(
            rf"(?<![\w@.'-])(?:{'|'.join(re.escape(s) for s in sorted(surnames, key=len))})"
            rf"(?![\w@'-])"
        )
        # A mention inside a capitalised run with an organisation word is an institution
        # named after someone ("Taras Shevchenko National University"), not the colleague.
        institutions = [m.span() for m in NAME_RUN.finditer(folded)
                        if any(_key(w) in ORG_WORDS for w in m.group().split())]
        for mention in pattern.finditer(folded):
            if not any(s <= mention.start() and mention.end() <= e and (s, e) != mention.span()
                       for s, e in [*firms, *institutions]):
                spans.append(mention.span())
    return spans


def _cued(words: list[str], first_names, last_names) -> list[str]:
    """The person after a cue: the run up to the first organisation word."""
    if any(_key(word) in ORG_WORDS for word in words):
        return []
    person = list(words)
    while person and person[-1].lower() in PARTICLES:
        person.pop()
    if not person or _key(person[0]) in TECH or _key(person[0]) in PLACES:
        return []
    if len(person) == 1 and _key(person[0]) not in first_names | last_names:
        return []
    return person


def _from_gazetteer(words: list[str], first_names) -> tuple[int, list[str]]:
    """(index, person) for a run holding a known first name followed by a surname."""
    if any(_key(w) in ORG_WORDS for w in words):
        return 0, []
    for index, word in enumerate(words[:-1]):
        key = _key(word)
        if key in first_names and key not in NOT_NAMES and not _blocked(word):
            person = [word]
            for following in words[index + 1:]:
                if _blocked(following) or following.isupper() and len(following) > 1:
                    break
                person.append(following)
            while person and person[-1].lower() in PARTICLES:
                person.pop()
            if len(person) >= 2:
                return index, person
    return 0, []


def _surname_parts(person: list[str]) -> set[str]:
    """The surname's spellings to remove elsewhere: "de Vries-Bakker" -> Vries-Bakker, Vries,
    Bakker (and with its particles); never the first name, never a particle alone."""
    rest = person[1:]
    parts = {" ".join(rest)}
    for word in rest:
        if word.lower() in PARTICLES or word in LOWER_PARTICLES:
            continue
        parts.add(word)
        parts.update(p for p in re.split(r"[-']", word) if len(p) >= 3)
    return {p for p in parts
            if len(p) >= 2 and p.lower() not in PARTICLES and p not in LOWER_PARTICLES}
