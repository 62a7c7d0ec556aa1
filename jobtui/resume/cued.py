"""Deciding whether the capitalised run after a cue is a person: a strong cue ("reported to",
"Referee:") takes one name-shaped word, a weak one ("with", "approved by") a known given name
or a full name; names joined by "and", names before "said" or a role apposition.
"""

from __future__ import annotations

import re

from jobtui.resume.cues import BEFORE_JOINT, CUE, JOINT, PAIR_BEFORE_JOINT
from jobtui.resume.header import PARTICLES
from jobtui.resume.kept_facts import ROLE_WORDS
from jobtui.resume.name_forms import ROLE_HEADS
from jobtui.resume.name_shapes import (
    GIVEN_NAME_SHAPE,
    NOT_A_PERSON,
    SURNAME_ENDING,
    blocked,
    common_word,
    east_asian_given,
    has_org_word,
    known,
    lone_given_name,
    word_key,
)
from jobtui.resume.names import (
    NOT_NAMES,
    ORG_WORDS,
    PLACES,
    TECH,
    case_stems,
    country_words,
    everyday_words,
)


def joined_starts(found, folded: str) -> set[int]:
    """Where a name joined to a found person by "and"/"&" would start."""
    ends = set()
    for _, end, _ in found:
        joint = JOINT.match(folded, end)
        if joint:
            ends.add(joint.end())
    return ends


def joined_before(found, folded: str, cued: set[int],
                  first_names=frozenset()) -> list[tuple[int, int, list[str]]]:
    """People joined by "and" before a found person: right after a cue, one name-shaped word
    that is no technology, place or ordinary word, whether or not a list knows it; anywhere,
    a known given name ("Burak ve Elif ile birlikte")."""
    joined = []
    for start, _, person in found:
        line_start = folded.rfind("\n", 0, start) + 1
        match = BEFORE_JOINT.search(folded, line_start, start)
        if match and (match.start(1) in cued and len(person) > 1
                      and lone_given_name(match.group(1))
                      or known(match.group(1), first_names)
                      and GIVEN_NAME_SHAPE.fullmatch(match.group(1))
                      and lone_given_name(match.group(1))):
            joined.append((match.start(1), match.end(1), [match.group(1)]))
        pair = PAIR_BEFORE_JOINT.search(folded, line_start, start)
        if pair and len(person) > 1 and all(
                GIVEN_NAME_SHAPE.fullmatch(w) and lone_given_name(w) for w in pair.groups()):
            joined.append((pair.start(1), pair.end(2), list(pair.groups())))
    return joined


def acting(words: list[str], first_names, last_names) -> list[str]:
    """Two or three name-shaped words before "said"/"and I"/", my manager" ("Oluwadamilare
    Adeyemi said"): a person unless a word is a technology, place or organisation word."""
    if not 2 <= len(words) <= 3 or not all(GIVEN_NAME_SHAPE.fullmatch(w) for w in words):
        return []
    if any(blocked(w) or word_key(w) in NOT_NAMES or word_key(w) in NOT_A_PERSON for w in words):
        return []
    return cued(words, first_names, last_names)


def cued(words: list[str], first_names, last_names) -> list[str]:
    """The person after a cue: the run up to the first organisation word."""
    if has_org_word(words, first_names, last_names):
        return []
    if words[0] in PARTICLES and not known(words[-1], last_names):
        return []  # "Tech Lead de Plataforma": the role's unit, not "de Vries"
    person = list(words)
    while person and person[-1].lower() in PARTICLES:
        person.pop()
    if not person or word_key(person[0]) in TECH or (
            word_key(person[0]) in PLACES and not _place_named_person(person, first_names,
                                                                     last_names)):
        return []
    if len(person) == 1 and not (known(person[0], first_names) or known(person[0], last_names)
                                 or lone_given_name(person[0])):
        return []
    return person


def _place_named_person(words: list[str], first_names, last_names) -> bool:
    """A given name that is also a place, then a family name and no other place: "Santiago
    Ospina Vélez", "Sydney Carter", "Florence Nightingale-Smith" (never "Santiago de Chile")."""
    return (len(words) >= 2 and known(words[0], first_names)
            and any(word_key(part) in last_names for part in words[1].split("-"))
            and not any(word_key(w) in PLACES for w in words[1:]))


def place_named_colleague(words: list[str], first_names, folded: str, end: int) -> list[str]:
    """"Paired with Devon on the migration": a given name that is also a place, after a strong
    cue, before "on"/"for"/"to" and named nowhere else (a city recurs in the job lines)."""
    key = word_key(words[0])
    return (words if len(words) == 1 and known(words[0], first_names) and key in PLACES
            and key not in TECH | ORG_WORDS and folded.count(words[0]) == 1
            and re.match(r"[ \t]+(?:on|for|to|during)\b", folded[end:]) else [])



# A double-barrelled surname: "Feldkamp-Ruiz", "Okonkwo-Hale".
DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")


def weakly_cued(words: list[str], first_names, last_names) -> list[str]:
    """After "with"/"con"/"avec" or a role without a colon: two to four name words starting
    with a known first name ("with Tamar Friedman"), or two ending in a family-name ending
    ("with Kavindu Senanayake"); never a technology, place or organisation ("with Monte
    Carlo", "with Microsoft Dynamics", "with Delta Lake")."""
    if (len(words) == 2 and DOUBLE_SURNAME.fullmatch(words[1]) and known(words[0], first_names)
            and GIVEN_NAME_SHAPE.fullmatch(words[0]) and not blocked(words[1])
            and word_key(words[0]) not in TECH | ORG_WORDS):
        return words  # "with Jordan Feldkamp-Ruiz": a given name that is also a place
    if (2 <= len(words) <= 4 and _place_named_person(words, first_names, last_names)
            and not any(blocked(w) for w in words[1:])):
        return cued(words, first_names, last_names)  # "con Santiago Ospina Vélez"
    if not 1 <= len(words) <= 4 or any(blocked(w) for w in words):
        return []
    head = word_key(words[0])
    if len(words) == 1:
        # "launched group orders with Yasmin": a lone known given name is a colleague.
        return (words if (known(words[0], first_names) and GIVEN_NAME_SHAPE.fullmatch(words[0])
                          or east_asian_given(words[0])
                          or any(known(s, first_names) for s in case_stems(words[0])))
                and head not in NOT_NAMES and head not in NOT_A_PERSON else [])
    if not ((known(words[0], first_names) and head not in NOT_NAMES)
            or len(words) <= 3 and rare_run(words)
            or len(words) == 2 and SURNAME_ENDING.search(word_key(words[-1]))
            or len(words) == 2 and word_key(words[-1]) in last_names
            and GIVEN_NAME_SHAPE.fullmatch(words[0]) and head not in NOT_A_PERSON
            and head not in NOT_NAMES and head not in first_names | last_names
            and GIVEN_NAME_SHAPE.fullmatch(words[1])
            # "avec Solenn Le Floch": a particle inside the run marks a family name.
            or len(words) >= 3 and any(w.lower() in PARTICLES for w in words[1:-1])
            and GIVEN_NAME_SHAPE.fullmatch(words[0]) and GIVEN_NAME_SHAPE.fullmatch(words[-1])
            and head not in NOT_A_PERSON and head not in NOT_NAMES):
        return []
    return cued(words, first_names, last_names)


# Before a person in a sentence: a label's colon ("Jefe directo:", "Istri:") or a lower-case
# word that is no preposition of places and firms ("con", "med", "koos", "dont"), then
# perhaps an opening bracket and titles ("Act.", "Univ.-Prof. Dipl.-Ing.", "MBA").
PERSON_SLOT = re.compile(r"(?:(?<![\w-])([a-z\u0430-\u045f]+)|:)[ \t]*\(?[ \t]*"
                         r"((?:(?:(?:[A-Za-z][\w-]{0,8}\.)+(?:[a-z]{1,6}\.?)?|[A-Z]{2,4})"
                         r"[ \t]+)*)$")
# The noun before "de"/"of" that makes the name after it a person's: "l'équipe de", "team of".
TEAM_OF = re.compile(r"(?i:(?:equipo|equipe|team|squad|grupo|groupe|gruppo|zespol\w*|tym|tiimi)"
                     r"[ \t]+(?:de|of|di|do|da)[ \t]+$)")
# "married to", "engaged to": a spouse, not a place, after "to".
WED_TO = re.compile(r"(?i:(?:married|engaged|wed)[ \t]+to[ \t]+$)")
# Prepositions before a place or a firm: "in Venado Tuerto", "at Bajaj Finserv", "chez".
PLACE_PREPOSITIONS = {"in", "at", "for", "of", "from", "near", "to", "into", "via", "en", "a",
                      "au", "aux", "chez", "dans", "pour", "em", "no", "na", "nos", "nas", "para",
                      "bei", "im", "fur", "aus", "nach", "w", "we", "v", "ve", "u", "i", "pa",
                      "op", "te", "per", "presso", "nel", "nella", "del", "de", "di", "da", "do",
                      "dos", "das", "des", "du", "van", "von", "der", "den", "la", "le", "el",
                      "los", "las", "the", "and", "y", "e", "et", "und", "or", "o", "ou"}


def rare_run_in_slot(words: list[str], folded: str, start: int) -> list[str]:
    """Two to four name words no list knows, after a label or a lower-case word of a
    sentence ("Jefe directo: Act. Tendefol Zekar", "töötasin koos Kwofake Chetimbel"): a
    person. Runs of everyday words, technologies, places and firms are not."""
    if not rare_run(words):
        return []
    slot = PERSON_SLOT.search(folded, folded.rfind("\n", 0, start) + 1, start)
    if not slot:
        return []
    end = folded.find(words[-1], start) + len(words[-1])
    if (slot.group(1) in PLACE_PREPOSITIONS and "." not in slot.group(2)
            and not _role_follows(folded, end)
            and not TEAM_OF.search(folded, max(0, slot.start() - 12), start)
            and not WED_TO.search(folded, max(0, slot.start() - 12), start)):
        return []  # "at Bajaj Finserv"; but "leave for Shabebor Vosal, Senior Accountant"
    if slot.group(1) and INSIDE_TITLE.search(folded, folded.rfind("\n", 0, start) + 1, start):
        return []  # "Nagroda Fundacji na rzecz Nauki Polskiej": one institution's name
    if slot.group(1) and "(" in slot.group(0) and not _people_in_brackets(folded, start):
        return []  # "due diligence (Lesieur Cristal, Sothema, secteur immobilier)": clients
    if not slot.group(1) and TITLE_GOES_ON.match(folded, end):
        return []  # "Laureatka: Nagroda Fundacji na rzecz Nauki Polskiej"
    return words


# One entry of a bracketed list: a run of two to four capitalised words, or a role.
BRACKET_ITEM = re.compile(r"\s*[,;]\s*|\s+(?:and|y|e|et|und|i)\s+")
NAME_ITEM = re.compile(r"(?:[A-Z][\w'.-]*\s+){1,3}[A-Z][\w'-]+")


def _people_in_brackets(folded: str, start: int) -> bool:
    """The bracket the run at ``start`` opens lists people, each a full name or a role
    ("graduates (Mpho Rakgoale, Chileshe Bwalya)"), not firms and sectors ("Sothema")."""
    line_end = folded.find("\n", start)
    close = folded.find(")", start, line_end if line_end >= 0 else len(folded))
    inside = folded[start:close if close >= 0 else line_end if line_end >= 0 else None]
    return all(NAME_ITEM.fullmatch(item) or any(word_key(w) in ROLE_KEYS
                                                 for w in re.findall(r"\w+", item))
               for item in BRACKET_ITEM.split(inside.strip()) if item)


# Short lower-case words, no "and", then a capitalised word after a label's run: a longer
# name goes on ("Laureatka: Nagroda Fundacji na rzecz Nauki Polskiej").
TITLE_GOES_ON = re.compile(r"(?:[ \t]+(?!(?:and|y|e|et|und|i|og|och|ja|ve|si)[ \t])[a-z]{1,5})"
                           r"{1,2}[ \t]+[A-Z][a-z]")
# Short lower-case words between two capitalised words after a line's first word: the run
# goes on a longer name ("… Fundacji na rzecz Nauki Polskiej", "Banco do Brasil").
INSIDE_TITLE = re.compile(r"(?<=[^\W\d_])[ \t]+[A-Z][a-z]+(?:[ \t]+[a-z]{1,5}){1,2}[ \t]+$")


ROLE_KEYS = ROLE_WORDS | ROLE_HEADS
# A role after a name, in an apposition or brackets: ", Senior Accountant", " (Teamleiterin)".
ROLE_APPOSITION = re.compile(r"[ \t]*[,(][ \t]*([^,.;()\n]{2,60})")


def _role_follows(folded: str, end: int) -> bool:
    """The run ending at ``end`` is followed by a role ("…, Senior Accountant")."""
    role = ROLE_APPOSITION.match(folded, end)
    return bool(role) and any(word_key(w) in ROLE_KEYS
                              or ROLE_ENDING.search(word_key(w))
                              for w in re.findall(r"\w+", role.group(1)))


# Job-title compounds of German, Dutch, Nordic and Baltic ("Bereichsleiter", "Projectleider",
# "avdelingsleder", "Softwareentwickler"), never a name word.
ROLE_ENDING = re.compile(r"(?:leiter(?:in)?|leider|leder|manager|direktor(?:ius|e)?|director"
                         r"|presiden(?:t|te|ta)|direttor[ei]|direttrice|gerente"
                         r"|ingenieur(?:in)?|ingenjor|ingenior|engineer|entwickler(?:in)?"
                         r"|berater(?:in)?|referent(?:in)?|spezialist(?:in)?|koordinator(?:in)?"
                         r"|vadov(?:as|e)|juht|johtaja|paallikko|architekt(?:in)?|techniker(?:in)?"
                         r"|assistent(?:in)?|sachbearbeiter(?:in)?|meister(?:in)?|chef)$")


def rare_run(words: list[str]) -> bool:
    """Two to four name-shaped words, none an everyday word, technology, place or firm word;
    particles may stand between them ("Shufidrom de Ndavolur"), and two such names may be
    joined by "and" ("Pedol Gigotris e Trupes Tsahen")."""
    names = [[]]
    for word in words:
        if word.lower() in JOINING:
            names.append([])
        elif word.lower() not in PARTICLES and word not in CAP_PARTICLES:
            names[-1].append(word)
    return len(names) <= 2 and all(
        2 <= len(name) <= 4 and all(_rare_name_word(w) for w in name) for name in names)


# "and" inside a run of names; Gaelic particles written with a capital.
JOINING = {"y", "e", "i", "et", "und", "and", "og", "och", "ja", "ve", "si"}
CAP_PARTICLES = {"Ó", "O", "Ní", "Ni", "Nic", "Mac", "Mc", "Ua", "Uí", "Ui"}


def _rare_name_word(word: str) -> bool:
    """A name-shaped word that is no everyday word, technology, place or organisation word:
    the names no list knows ("with Deshani Movur", "con Kwono Nonir Hotan")."""
    key = word_key(word)
    return (lone_given_name(word) and not (common_word(word) or common_word(word.lower()))
            and key not in ROLE_KEYS and not ROLE_ENDING.search(key)
            and key not in country_words()
            # Words of other languages, declined too: "windpark Hollandse Kust Noord",
            # "z Rozporządzeniem Parlamentu Europejskiego" (a short stem matches too much:
            # "Hanom" is no "han").
            and key not in everyday_words()
            and not any(len(stem) >= 6 and word_key(stem) in everyday_words()
                        for stem in case_stems(word)))


# The capitalised run after a cue, roles and units included: "Clinical Nurse Educator Josephine
# Tavener-Kaur", "Head of Data Science Tomasz Wielgosz".
CUED_RUN = re.compile(r"[ \t]*(?:(?i:the|our|my|his|her|their)[ \t]+)?(?P<run>[A-Z][\w'’-]*"
                      r"(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w'’-]*){2,8})")
_JOINERS = {"of", "for", "and", "&"}


def role_then_name(folded: str, first_names, last_names) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the person named after a role of any length that follows a cue
    ("mentored by Clinical Nurse Educator Josephine Tavener-Kaur"): the words after the last
    role word, or after the unit a role "of" opens up to a known given name, two or three of
    them, that make a person after a cue."""
    found = []
    for cue in CUE.finditer(folded):
        run = CUED_RUN.match(folded, cue.end())
        if not run:
            continue
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", run.group("run"))]
        keys = [word_key(w) for _, w in words]
        roles = [i for i, key in enumerate(keys) if key in ROLE_KEYS]
        if not roles:
            continue
        first = roles[-1] + 1
        if first < len(words) and keys[first] in ("of", "for"):
            given = [i for i in range(first + 1, len(words)) if known(words[i][1], first_names)]
            if not given:
                continue
            first = given[0]
        name = words[first:]
        if not 2 <= len(name) <= 3 or any(key in _JOINERS for key in keys[first:]):
            continue
        person = cued([w for _, w in name], first_names, last_names)
        if len(person) == len(name):
            start = run.start("run") + name[0][0]
            found.append((start, run.start("run") + name[-1][0] + len(name[-1][1]), person))
    return found


def named_after_role(words: list[str], first_names, last_names) -> list[str]:
    """The person after a role in running text ("with product owner Michał", "reported to
    the CTO, Ekene"): a full name, a known given name, or one name-shaped word that is no
    common English word ("the engineer Responsible for ..." names nobody)."""
    if len(words) > 1:
        return cued(words, first_names, last_names)
    word = words[0]
    if known(word, first_names) and word_key(word) not in NOT_NAMES and not blocked(word):
        return words
    return words if lone_given_name(word) and not common_word(word) else []
