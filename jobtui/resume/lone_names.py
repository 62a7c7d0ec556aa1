"""Lone given names in running text, round 9: the shapes the cue rules of people.py miss.

- Two given names joined by "and" ("mentored two new grads, Aaliyah and Deshawn"): both known
  to the gazetteer, or one known right after a cue ("With Yoav and Shira, built ...").
- A Vietnamese form of address before a name ("chị Hằng", "anh Minh"): the pronoun is the
  cue, as "Mr"/"Ms" is in English.
- A name in a case form: Hungarian "-val/-vel" ("Gergővel és Zsófival"), and Polish after a
  relative in the instrumental ("z bratem Krzyśkiem").
- A self-introduction ("I'm Tam", "je m'appelle Lou", "me llamo Nacho"), and the name someone
  goes by ('called "Tunde"', 'Lachlan ("Lockie")', "(PJ voor collega's)").
- A peer named by a pairing role ("onboarding buddy Yuto", "lab partner Esperanza").

Matching runs on the accent-folded text (names.fold), like people.py.
"""

from __future__ import annotations

import re

from jobtui.resume.cues import NAME_WORD, WEAK_CUE
from jobtui.resume.name_shapes import (
    GIVEN_NAME_SHAPE,
    NOT_A_PERSON,
    blocked,
    common_word,
    known,
    lone_given_name,
    word_key,
)
from jobtui.resume.names import fold, gazetteer

_JOIN = r"(?:,[ \t]*)?(?:&|\b(?:and|und|et|y|e|i|en|och|og|si|oraz|ve|es|va|a)\b)"
# Two name words joined by "and", neither inside a longer capitalised run.
PAIR = re.compile(rf"(?<![\w'-])({NAME_WORD})[ \t]*{_JOIN}[ \t]+({NAME_WORD})"
                  r"(?![\w'-])")
# A Vietnamese pronoun of address (lower case, in the original spelling), then the name.
VIETNAMESE_ADDRESS = re.compile(
    r"(?<![\w])(?:anh|chị|cô|chú|bác|ông|bà|em|bạn|thầy)[ \t]+"
    r"([A-ZÀ-ỸĐ][\wÀ-ỹđ]*(?:[ \t]+[A-ZÀ-ỸĐ][\wÀ-ỹđ]*){0,3})")
VIETNAMESE = re.compile(r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
# Hungarian instrumental: "Gergővel", "Zsófival", "Rékával", "Péterrel" (folded).
HUNGARIAN_WITH = re.compile(r"(?<![\w-])([A-Z][a-z]{2,12}?)(?:v|([bcdfghjklmnprstz]))[ae]l"
                            r"(?![\w-])")
HUNGARIAN = re.compile(r"[őűŐŰ]|(?<![\w])(?:és|közösen|együtt|csapat|vezetőm)(?![\w])")
# Polish: a relative or colleague in the instrumental, then the name ("z bratem Krzyśkiem").
POLISH_KIN = re.compile(
    r"(?<![\w])(?i:z|ze)[ \t]+(?i:bratem|siostra|siostrą|zona|żoną|mezem|mężem|synem|corka"
    r"|córką|ojcem|tata|tatą|mama|mamą|kuzynem|kuzynka|kuzynką|przyjacielem|przyjaciolka"
    r"|przyjaciółką|kolega|kolegą|kolezanka|koleżanką|partnerem|partnerka|partnerką"
    r"|narzeczona|narzeczoną|narzeczonym|szwagrem|dziewczyna|dziewczyną|chlopakiem|chłopakiem)"
    r"[ \t]+([A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż]+)")
# "I'm Tam", "je m'appelle Lou", "me llamo Nacho", "my name is Tam", "call me Bex".
SELF_INTRO = re.compile(
    r"(?:\bI'm|\bI[ \t]+am|(?i:\bmy[ \t]+name[ \t]+is|\bcall[ \t]+me|\bje[ \t]+m'appelle"
    r"|\bme[ \t]+llamo|\bmi[ \t]+chiamo|\bich[ \t]+hei(?:ss|ß|s)e|\bchamo-me|\bme[ \t]+chamo"
    r"|\bmam[ \t]+na[ \t]+imie|\bnazywam[ \t]+sie))[ \t]+"
    rf"({NAME_WORD})(?=[ \t]*(?:[,.;:!)(—–-]|[ \t]and\b|[ \t]et\b|[ \t]y\b|[ \t]e\b|$))",
    re.MULTILINE)

# The name someone goes by: quoted after "called"/"call me" ('called "Tunde" or "Otunba"'),
# quoted in brackets after a given name ('Lachlan ("Lockie")'), before a "goes by" phrase
# ("Pieter-Jan (PJ voor collega's)", "Flor (así me dicen)"), or with an article and the team
# ("A Lelê do time", "la Fefa del equipo").
_NICK = r"(?P<nick>[A-Z][a-z]{1,11}|[A-Z]{2,3}|[A-Z][a-z]+-[A-Z][a-z]+)"
_GOES_BY = (r"(?:voor|pour|para|for|to|fur|per|dla|among|by)[ \t]+(?:(?:de|les|los|las|os|as|my|mes"
            r"|mis|meine|mijn|i|the|his|her)[ \t]+)?(?:collega'?s|vrienden|collegues|amis|amigos"
            r"|colegas|companeros|friends|colleagues|team|kollegen|freunde|colleghi|amici|znajomych)"
            r"|(?:asi|como)[ \t]+me[ \t]+(?:dicen|llaman|chamam)|as[ \t]+(?:friends|colleagues"
            r"|everyone)[ \t]+call[ \t]+me|for[ \t]+short")
NICKNAMES = [re.compile(pattern) for pattern in (
    rf"(?i:\bcall(?:ed|s)?(?:[ \t]+me)?|\bgoes[ \t]+by|\bme[ \t]+(?:dicen|llaman|chamam))[ \t]+"
    rf"[\"“'‘]{_NICK}[\"”'’]"
    rf"(?:[ \t]+(?:or|and|ou|o|y|et|of)[ \t]+[\"“'‘](?P<nick2>[A-Z][a-z]{{1,11}})[\"”'’])?",
    rf"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]*\([ \t]*[\"“'‘]{_NICK}[\"”'’][ \t]*\)",
    rf"(?<![\w-]){_NICK}[ \t]*\([ \t]*(?i:{_GOES_BY})\b",
    rf"\([ \t]*{_NICK}[ \t]+(?i:{_GOES_BY})\b",
    rf"(?<![\w-])(?:[OA]|[Ee]l|[Ll]a)[ \t]+{_NICK}[ \t]+(?:do|da|del|de[ \t]+la)[ \t]+"
    r"(?i:time|equipe|equipo|squad|grupo|escritorio|oficina)\b")]

# A peer named by their pairing role, without a determiner: "onboarding buddy Yuto", "lab
# partner Esperanza", "my mentee Tomás" (a firm is a "partner" as often, so it takes "lab",
# "study", "pairing" or "sparring").
PEER = re.compile(r"(?<![\w-])(?i:buddy|mentee|apprentice|(?:lab|study|pairing|sparring|running"
                  rf"|climbing|tennis|squash|chess)[ \t]+partner)[ \t]+({NAME_WORD})(?![\w-])")


def _name(word: str, first_names) -> bool:
    """A known given name that is no technology, place, organisation or ordinary word."""
    return known(word, first_names) and lone_given_name(word)


def lone_name_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the lone given names these shapes find in ``text``."""
    folded = fold(text)
    first_names, _ = gazetteer()
    cue_ends = {m.end() for m in WEAK_CUE.finditer(folded)}
    found: list[tuple[int, int, list[str]]] = []
    for match in PAIR.finditer(folded):
        one, two = match.group(1), match.group(2)
        if not (GIVEN_NAME_SHAPE.fullmatch(one) and GIVEN_NAME_SHAPE.fullmatch(two)):
            continue
        if one == two or not (lone_given_name(one) and lone_given_name(two)):
            continue
        cued = match.start(1) in cue_ends
        if not cued and re.search(r"[A-Z][\w'-]*[ \t]+$", folded[max(0, match.start() - 30):
                                                                 match.start()]):
            continue  # "Marcus Delgado and ...": the end of a longer name, people.py's
        both = _name(one, first_names) and _name(two, first_names)
        either = _name(one, first_names) or _name(two, first_names)
        if both or cued and either:
            found += [(match.start(1), match.end(1), [one]), (match.start(2), match.end(2), [two])]
    if VIETNAMESE.search(text):
        for match in VIETNAMESE_ADDRESS.finditer(text):
            words = fold(match.group(1)).split()
            found.append((match.start(1), match.end(1), words))
            after = re.match(r"[ \t]+(?:và|,)[ \t]+([A-ZÀ-ỸĐ][\wÀ-ỹđ]*)(?![ \t]+[A-ZÀ-ỸĐ])",
                             text[match.end():])
            if after:  # "chị Hằng và Khánh": the second name shares the pronoun
                start = match.end() + after.start(1)
                found.append((start, start + len(after.group(1)), [fold(after.group(1))]))
    if HUNGARIAN.search(text):
        for match in HUNGARIAN_WITH.finditer(folded):
            stem = match.group(1) + (match.group(2) or "")
            doubled = match.group(2) and match.group(1).endswith(match.group(2))
            stems = {stem, match.group(1)} if doubled else {stem}
            stems |= {s + "a" for s in stems}  # "Zsófival" -> Zsófi, Zsófia
            if any(_name(s.capitalize(), first_names) for s in stems):
                found.append((match.start(), match.end(), [match.group()]))
    found += [(m.start(1), m.end(1), [fold(m.group(1))]) for m in POLISH_KIN.finditer(text)
              if not common_word(m.group(1)) or _name(fold(m.group(1)), first_names)]
    found += [(m.start(1), m.end(1), [m.group(1)]) for m in PEER.finditer(folded)
              if lone_given_name(m.group(1)) and (_name(m.group(1), first_names)
                                                  or not common_word(m.group(1)))]
    for match in SELF_INTRO.finditer(folded):
        word = match.group(1)
        if lone_given_name(word) and (_name(word, first_names) or not common_word(word)
                                      or re.match(r"[ \t]*,[ \t]+(?:a|an|the)\b",
                                                  folded[match.end():])):
            found += _mentions(folded, word)
    for match in (m for pattern in NICKNAMES for m in pattern.finditer(folded)):
        for group in ("nick", "nick2"):
            word = match.groupdict().get(group)
            if (word and not blocked(word) and word_key(word) not in NOT_A_PERSON
                    and (match.re not in (NICKNAMES[0], NICKNAMES[3]) or word.isupper()
                         or _name(word, first_names) or not common_word(word))):
                found += _mentions(folded, word)
    return found


def _mentions(folded: str, word: str) -> list[tuple[int, int, list[str]]]:
    """Every mention of the name someone goes by (it recurs: '"Tam is ..." — a referee')."""
    return [(m.start(), m.end(), [word])
            for m in re.finditer(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", folded)]
