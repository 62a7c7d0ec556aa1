"""Name shapes that need no name list, round 14: a family name in capitals after a form of
address ("M. ATANGANA Jean-Pierre", "Mme EKANI née BELINGA Sylvie", as administrations in
Cameroon, Senegal or Côte d'Ivoire write them), a quoted nickname before a known surname
('“Kiko” Ramos', "el “Pochi” Giménez"), and a nickname in brackets after a person found by
other rules ("Simbarashe Mhlanga (Simba)"). Also what is no person in a name run: a job title
before the name, a ship named after the shipping firm's family. Matching runs on the
accent-folded text.
"""

from __future__ import annotations

import re

from jobtui.resume.header import JOB_WORDS
from jobtui.resume.letters import LOWER, UPPER
from jobtui.resume.name_shapes import blocked, common_word, word_key
from jobtui.resume.names import fold, gazetteer

_CAPS = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_GIVEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A form of address, the family name in capitals (a maiden name after "née"), the given names
# (the maiden name may come after them: "Mme KOFFI Aya Bernadette née YAO").
CAPS_AFTER_TITLE = re.compile(
    rf"(?<![\w])(?:M|Mme|Mlle|MM|Dr|Pr|Prof|Mr|Mrs|Ms|Me|Ing|Sr|Sra)\.?[ \t]+"
    rf"(?P<name>{_CAPS}(?:[ \t]+{_CAPS})?(?:[ \t]+(?:nee|epouse|ep\.)[ \t]+{_CAPS})?"
    rf"(?:[ \t]+{_GIVEN}){{1,2}}(?:[ \t]+(?:nee|epouse|ep\.)[ \t]+{_CAPS})?)(?![\w-])")
QUOTED_BEFORE_SURNAME = re.compile(r"[\"“”«„]([A-Z][a-z]{1,11})[\"”“»][ \t]+([A-Z][a-z]{2,15})"
                                   r"(?![\w-])")
# A maiden name after "née" in many languages: "(roz. Pokorná)", "z domu Nowak", "geb. Maier".
MAIDEN = re.compile(rf"(?<![\w])(?:roz\.|rozen[aá]|roden[aá]|z[ \t]+domu|n[eé]e|geb\.|geborene"
                    rf"|nata|szul\.|szuletett|урожд\.|урожденная|урождённая|рођена|рођ\.|dd\."
                    # Lithuanian and Polish "maiden name", Latvian "born"
                    rf"|mergautine[ \t]+pavarde|nazwisko[ \t]+panienskie|dzimusi)[ \t]*[–—:-]?"
                    rf"[ \t]+(?P<name>[{UPPER}](?:[{LOWER}]+|[{UPPER}]+)(?:-[{UPPER}][{LOWER}]+)?)"
                    rf"(?![\w])")
BRACKETED = re.compile(rf"[ \t]*\(([{UPPER}][{LOWER}]{{1,11}})\)")


def named_shapes(text: str, found: list[tuple[int, int, list[str]]]) -> list[
        tuple[int, int, list[str]]]:
    """(start, end, words) of the people these shapes name, given the people ``found`` so
    far; a nickname found here goes wherever it recurs."""
    folded = fold(text)
    last_names = gazetteer()[1]
    spans = []
    for match in CAPS_AFTER_TITLE.finditer(folded):
        words = [w for w in match.group("name").split() if w.lower() not in ("nee", "epouse")]
        if not any(blocked(w) for w in words):
            spans.append((match.start("name"), match.end("name"), words))
    spans += [(m.start("name"), m.end("name"), [m.group("name")]) for m in MAIDEN.finditer(folded)
              if not blocked(m.group("name"))]
    nicknames = set()
    for match in QUOTED_BEFORE_SURNAME.finditer(folded):
        nickname, surname = match.group(1), match.group(2)
        if word_key(surname) in last_names and not blocked(surname) and not blocked(nickname):
            spans.append((match.start(2), match.end(2), [surname]))
            nicknames.add(nickname)
    first_names = gazetteer()[0]
    for _, end, person in found:
        bracket = BRACKETED.match(folded, end)
        # "Simbarashe Mhlanga (Simba)", "(Tendai)"; never "Verena Oberhuber (Controlling)".
        if len(person) < 2 or not bracket or blocked(bracket.group(1)):
            continue
        nickname = bracket.group(1)
        # A shortened name of theirs is one even when it is an English word ("Alex", "Will").
        if (len(nickname) >= 3 and any(fold(w).startswith(nickname) for w in person)) or (
                word_key(nickname) in first_names and not common_word(nickname)):
            nicknames.add(nickname)
    for nickname in nicknames:
        spans += [(m.start(), m.end(), [nickname]) for m in
                  re.finditer(rf"(?<![\w'-]){re.escape(nickname)}(?:['’]s)?(?![\w'-])", folded)]
    return spans


# Job titles in title case before a name in a run ("Maintenance Superintendent Craig Dunstan").
ROLE_HEADS = JOB_WORDS | {
    "superintendent", "manager", "director", "engineer", "supervisor", "lead", "head", "officer",
    "president", "chief", "principal", "analyst", "consultant", "specialist", "administrator",
    "architect", "scientist", "designer", "developer", "foreman", "intensivista", "gerente",
    "directora", "jefe", "jefa", "ingeniero", "ingeniera", "leiter", "leiterin",
}


SHIPPING = {"shipmanagement", "carriers", "shipping", "tankers", "maritime", "reederei"}


def namesake_firm_on_line(folded: str, at: int, surname: str) -> bool:
    """The line at ``at`` names a shipping firm after ``surname`` ("… Schulte Shipmanagement"):
    a run with that surname is one of its ships, named after the owner's family, not a
    colleague ("Taras Shevchenko National University" beside Andriy Shevchenko is no firm)."""
    line_start = folded.rfind("\n", 0, at) + 1
    line_end = folded.find("\n", at)
    line = folded[line_start:line_end if line_end >= 0 else len(folded)]
    return any(word_key(m.group(1)) in SHIPPING for m in re.finditer(
        rf"(?<![\w-]){re.escape(surname)}[ \t]+([A-Z][\w-]*)", line))
