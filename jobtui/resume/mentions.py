"""Other mentions of people already found, and people the running-text rules let through.

Once "Arjun Menon" is found, a later "Arjun and Siti now run the pod" names him again: a found
person's given name goes wherever it stands alone (not beside another capitalised word, so a
colleague "Grace Lee" does not take "Grace Hopper Award"). Two known given names joined by
"and" (in any language) are two people ("Rhiannon and Mateo", "Jonas und Leonie"). A title
word after an honorific is still a name ("Ms Jasmine Teo": Jasmine is also a test framework).
A known given name and a capitalised word after a job title are a person ("under Nurse
Educator Maureen Gallant"). Finnish inflects a -nen surname on a -s- stem ("Lehtonen" ->
"Lehtosen", "Lehtoselle").
"""

from __future__ import annotations

import re

from jobtui.resume.name_shapes import blocked, common_word
from jobtui.resume.names import ORG_WORDS, fold, gazetteer
from jobtui.resume.nicknames import own_short_forms
from jobtui.resume.people import firm_spans

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Two given names joined by a conjunction of any of the resume languages.
JOINED = re.compile(
    rf"(?<![\w'’-])({_WORD})[ \t]*,?[ \t]+(?:and|&|und|et|y|e|og|och|ja|en|i|és|ve|și|si)"
    rf"\s+({_WORD})(?![\w'’-])")
HONORIFIC_RUN = re.compile(
    rf"(?<![\w])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \t]+"
    rf"(?P<run>{_WORD}(?:[ \t]+{_WORD}){{0,3}})")
# A job title in title case, then a given name and a surname ("Nurse Educator Maureen Gallant").
ROLE_TITLE = (r"(?:Manager|Director|Educator|Lead|Head|Officer|Supervisor|Coordinator|Engineer"
              r"|Nurse|Professor|Lecturer|Partner|Owner|Consultant|Architect|Analyst"
              r"|Scientist|Designer|Mentor|Coach|Chair|President|Founder|Editor|Advisor)")
AFTER_ROLE = re.compile(rf"(?<![\w])(?:[A-Z][a-z]+[ \t]+)?{ROLE_TITLE}[ \t]+({_WORD})[ \t]+"
                        rf"({_WORD})(?![\w'’-])")
FINNISH_ENDINGS = ("en", "ta", "tä", "elle", "ella", "ellä", "elta", "eltä", "essa", "essä",
                   "esta", "estä", "eksi", "een", "ine")


def mention_spans(text: str, people: list[tuple[int, int]],
                  names: list[str]) -> list[tuple[int, int, str]]:
    """Spans of people found here and of the lone given names and Finnish case forms of the
    people in ``people`` (found by people.py) and ``names`` (the candidate's)."""
    first_names = gazetteer()[0]
    spans: list[tuple[int, int, str]] = []
    found = list(people)
    joined: set[str] = set()
    for match in JOINED.finditer(text):
        following = re.match(r"[ \t]+([A-Z][\w'’-]*)", text[match.end(2):])
        # "Victoria and Albert Museum" is a museum; "Svenja und Till Einführung" two people.
        if _joined_names(match.group(1), match.group(2), first_names) and not (
                following and (fold(following.group(1)).lower() in ORG_WORDS
                               or blocked(following.group(1)))):
            found += [match.span(1), match.span(2)]
            joined |= {match.group(1), match.group(2)}
    for match in HONORIFIC_RUN.finditer(text):
        words = match.group("run").split()
        # "Dr." also opens "Dr. Oetker": a known given name must follow it.
        if fold(words[0]).lower() in first_names and not any(
                w.lower() in ORG_WORDS or blocked(w) for w in words[1:]):
            found.append(match.span("run"))
    for match in AFTER_ROLE.finditer(text):
        given, surname = match.group(1), match.group(2)
        if _given(given, first_names) and not blocked(surname) and (
                surname.lower() not in ORG_WORDS):
            found.append((match.start(1), match.end(2)))
    spans += [(s, e, "PERSON") for s, e in found[len(people):]]
    lone = _lone_given_names(text, found, joined, first_names)
    spans += lone + _wrapped(text, [*found[len(people):], *((s, e) for s, e, _ in lone)])
    spans += _finnish_forms(text, found, names) + own_short_forms(text, names)
    firms = firm_spans(text)  # "Johnson & Johnson", "Morgan Stanley": no people
    return [(s, e, kind) for s, e, kind in spans
            if not any(fs <= s and e <= fe for fs, fe in firms)]


def _given(word: str, first_names) -> bool:
    """A known given name that is no technology, place, organisation or everyday word."""
    key = fold(word).lower()
    return key in first_names and not blocked(key) and not (
        common_word(word.lower()) and common_word(word))


def _joined_names(first: str, second: str, first_names) -> bool:
    """Two known given names, no technology or place, at most one an everyday word too
    ("Svenja und Till")."""
    keys = [fold(w).lower() for w in (first, second)]
    return (all(k in first_names and not blocked(k) for k in keys)
            and (_given(first, first_names) or _given(second, first_names)))


def _lone_given_names(text: str, people: list[tuple[int, int]], given: set[str],
                      first_names) -> list[tuple[int, int, str]]:
    """Mentions of a found person's given name (or of a name in ``given``) standing alone."""
    given = set(given)
    for start, end in people:
        words = text[start:end].split()
        if len(words) >= 2 and _given(words[0], first_names):
            given.add(words[0])
    if not given:
        return []
    # A possessive may follow: "Marloes' aanpak", "Danny's feature".
    pattern = re.compile(rf"(?:(?<![\w'’@.-])|(?<=\b[ln]'))"  # Catalan "l'Oriol"
                         rf"(?:{'|'.join(map(re.escape, sorted(given)))})"
                         rf"(?![\w@-])(?!['’](?!s\b)\w)")
    return [(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if not re.match(r"[ \t]+[A-Z]", text[m.end():])
            and not re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start() - 30):m.start()])]


# A surname wrapped to the next line after a given name: "und Leonie\nAschenbrenner drei".
WRAPPED = re.compile(rf"[ \t]*\n[ \t]*({_WORD})(?=[ \t]+[a-zäöüåæø]|[;,.)])")


def _wrapped(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Surnames that a line break parted from a given name found here."""
    spans = []
    for _, end in found:
        match = WRAPPED.match(text, end)
        if match and not blocked(match.group(1)) and not common_word(match.group(1).lower()):
            spans.append((match.start(1), match.end(1), "PERSON"))
    return spans


def _finnish_forms(text: str, people: list[tuple[int, int]],
                   names: list[str]) -> list[tuple[int, int, str]]:
    """Case forms of found -nen surnames: "Lehtonen" -> "Lehtosen", "Korhoselle"."""
    words = {w.strip(".,") for s, e in people for w in text[s:e].split()}
    words |= {w for n in names for w in n.split()}
    stems = {w[:-3] + "s" for w in words if len(w) >= 6 and w.lower().endswith("nen")}
    if not stems:
        return []
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(stems)))})"
                         rf"(?:{'|'.join(FINNISH_ENDINGS)})(?![\w-])", re.IGNORECASE)
    return [(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)]
