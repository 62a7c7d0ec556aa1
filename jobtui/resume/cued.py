"""Deciding whether the capitalised run after a cue is a person: a strong cue ("reported to",
"Referee:") takes one name-shaped word, a weak one ("with", "approved by") a known given name
or a full name; names joined by "and", names before "said" or a role apposition.
"""

from __future__ import annotations

import re

from jobtui.resume.cues import BEFORE_JOINT, JOINT, PAIR_BEFORE_JOINT
from jobtui.resume.header import PARTICLES
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
from jobtui.resume.names import NOT_NAMES, ORG_WORDS, PLACES, TECH, case_stems


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
