"""A colleague named by one word after "together with" in some forty languages.

CV writers name the people they worked with by a given name or a nickname alone: "Paired
weekly with Jasmine", "zusammen mit Till", "Kopā ar Māri", "Koos Priiduga", "Заедно с Мартин",
"μαζί με τον Γιώργο", "kasama si Jomar". A phrase that can only mean company ("together with",
"zusammen mit", "kopā ar") is a strong cue: one capitalised word after it, in any script, that
is no technology, organisation or place is a person. A bare preposition ("with", "mit", "с")
is weak: the word must be a known given name, one in a case form of a known one, a
nickname, or a word named once that ends in a vowel like most given names of Africa and Asia
("with Nkechi and two interns"). Names joined by "and" after one cue count alike ("Bersama
Dimas dan Intan"), and a title marks a person ("con el Ing. Ruiz y la Arq. Fiorella").
Languages that inflect put the name in a case form (Estonian "-ga", Latvian "-u", Slavic
instrumental "-om"/"-em"/"-ом"), so the word's stems are looked up too; Finnish and Estonian
may put the postposition after the name ("Mikon kanssa", "Priiduga koos").

Matching runs on the accent-folded text (names.fold): Latin cues are written unaccented.
"""

from __future__ import annotations

import re

from jobtui.resume.letters import LOWER, UPPER
from jobtui.resume.name_shapes import NOT_A_PERSON, blocked, common_word, known, word_key
from jobtui.resume.names import NICKNAMES, NOT_NAMES, ORG_WORDS, case_stems, fold, gazetteer

# Phrases that can only mean "together with", per language (folded, lower case).
STRONG = (
    "together with", "along with", "alongside", "jointly with", "side by side with",
    "hand in hand with", "in tandem with",
    "zusammen mit", "gemeinsam mit", "mit hilfe von", "aux cotes de", "de concert avec",
    "conjointement avec", "en binome avec", "en duo avec", "main dans la main avec",
    "junto con", "junto a", "junto com", "juntamente com", "juntamente con", "ao lado de",
    "al lado de", "codo a codo con", "em dupla com", "en pareja con", "insieme a", "insieme con",
    "assieme a", "in coppia con", "fianco a fianco con", "samen met", "tezamen met",
    "tillsammans med", "ihop med", "sammen med", "saman med", "yhdessa", "razem z", "razem ze",
    "wspolnie z", "wspolnie ze", "spolu s", "spolu se", "spolu so", "spolecne s", "spolecne se",
    "skupaj z", "skupaj s", "zajedno s", "zajedno sa", "zajedno z", "impreuna cu",
    "alaturi de", "kopa ar", "kopigi ar", "kartu su", "drauge su", "koos", "egyutt",
    "birlikte", "beraber", "bersama", "bersama dengan", "bersama-sama dengan", "kasama si",
    "kasama ni", "kasama", "cung voi", "cung", "saam met", "juntament amb", "pamoja na",
    "μαζι με", "μαζί με",
    "разом з", "разом із",
    "спільно з",
    "вместе с", "вместе со",
    "совместно с",
    "заедно с", "заедно със",
    "заедно со",
    "заједно са",
    "заједно с",
)
# "with" alone, per language: the word after it must be a known name (people.py's WEAK_CUE
# covers the Latin ones; these add Cyrillic, Greek and Baltic).
WEAK = (
    "with", "mit", "avec", "con", "com", "met", "med", "z", "ze", "s", "se", "so", "sa", "cu",
    "ar", "su", "dengan", "amb",
    "με", "с", "со", "със", "з", "із",
    "са",
)
# Verbs that make a later "with" in the same clause a strong cue: "Co-led the guild with Nok".
VERBS = re.compile(r"(?i:\b(?:co-?led|co-?leads|co-?lead|co-?authored|co-?wrote|co-?founded"
                   r"|co-?organi[sz]ed|co-?presented|co-?taught|co-?ran|co-?hosted|co-?designed"
                   r"|co-?built|co-?developed|co-?owned|paired|pair-programmed|partnered"
                   r"|teamed\s+up|collaborated|worked)\b)")
# An article (Spanish, Portuguese, Italian, Greek) and a professional title may stand before
# the name: "con el Ing. Ruiz", "με τον Γιώργο", "y la Arq. Fiorella".
_LEAD = (r"(?:(?:el|la|o|a|il|lo|the|\u03c4\u03bf\u03bd|\u03c4\u03b7\u03bd|\u03c4\u03b7"
         r"|\u03c4\u03bf)[ \t]+)?(?P<title>(?:Ing|Arq|Lic|Dr|Dra|Prof|Mgr|Eng|Engr|Ir|Dott)\.?"
         r"[ \t]+)?")
WORD = rf"[{UPPER}][{LOWER}]{{1,15}}(?:-[{UPPER}][{LOWER}]{{1,15}})?"


def _alternatives(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t]+")
                    for p in sorted(phrases, key=len, reverse=True))


CUED = re.compile(rf"(?<![\w-])(?i:(?P<strong>{_alternatives(STRONG)})|(?P<weak>"
                  rf"{_alternatives(WEAK)}))[ \t]+{_LEAD}(?P<name>{WORD})"
                  rf"(?![\w'-]|[ \t]+[{UPPER}])")
# "and" between two colleagues after one cue: "Bersama Dimas dan Intan", "Z Ano in Jurijem".
# "in", "en" and "a" are also prepositions elsewhere: the second word must be a known name.
JOINED = re.compile(rf"[ \t]*(?:,[ \t]*)?(?:(?P<sure>and|und|et|y|e|i|ir|ja|dan|at|va|ve|es"
                    r"|si|og|och|oraz|un|\u0438|\u0456|\u0442\u0430|\u03ba\u03b1\u03b9)"
                    rf"|in|en|a)[ \t]+{_LEAD}(?P<name>{WORD})(?![\w'-]|[ \t]+[{UPPER}])")
# The postposition after the name: Finnish "Mikon kanssa", Estonian "Priiduga koos",
# Hungarian "Gergővel együtt", Turkish "Onur'la birlikte".
AFTER = re.compile(rf"(?<![\w-])(?P<name>{WORD})(?::n|:lla)?[ \t]+(?i:kanssa|koos|egyutt"
                   r"|birlikte|beraber)\b")
# Case endings a name takes after "with" in the inflecting languages, longest first: Estonian
# comitative, Finnish genitive, Latvian/Lithuanian accusative and instrumental, Slavic
# instrumental (Latin and Cyrillic), Greek accusative (the final -ς dropped).
ENDINGS = {
    "ga": ("", "e", "i", "u", "a"), "n": ("",), "iem": ("", "e"), "em": ("",), "om": ("", "a"),
    "u": ("s", "is", "a", "as", "us", ""), "i": ("s", "is", "a", "e"), "o": ("a", "as", "os"),
    "ą": ("a",), "ę": ("a",), "ju": ("",), "jem": ("",),
    "ом": ("",), "ем": ("", "й"), "ой": ("а",),
    "ей": ("я",), "ою": ("а",), "ею": ("я",),
    "ью": ("ь",), "им": ("",), "ым": ("",),
    "ο": ("ος",), "η": ("ης",), "α": ("ας",),
}


def stems(word: str) -> list[str]:
    """The nominative forms a name in a case form may come from ("Priiduga" -> "Priidu",
    "Māri" -> "Māris", "Мартином" -> "Мартин", "Γιώργο" -> "Γιώργος")."""
    found = list(case_stems(word))
    lower = word.lower()
    for ending, replacements in ENDINGS.items():
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            found += [word[:len(word) - len(ending)] + r for r in replacements]
    return found


def _latin(word: str) -> bool:
    return word.isascii()


def plausible(word: str) -> bool:
    """A capitalised word that may be a given name: no technology, organisation, place,
    everyday word or clause opener ("with Stakeholders", "con Google")."""
    key = word_key(word)
    return not (blocked(word) or key in NOT_NAMES or key in NOT_A_PERSON
                or any(blocked(s) for s in stems(word) if len(s) > 3))


def company_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of colleagues named by one word after "with" or "together with"."""
    folded = fold(text)
    first_names, _ = gazetteer()
    verbs = [m.end() for m in VERBS.finditer(folded)]
    found = []
    for match in CUED.finditer(folded):
        strong = (bool(match.group("strong") or match.group("title"))
                  or _after_verb(folded, match.start(), verbs))
        accepted = _colleague(folded, match, strong, first_names)
        end = match.end()
        # "Bersama Dimas dan Intan": a name joined by "and" to an accepted one after the cue.
        while accepted and (joined := JOINED.match(folded, end)):
            found.append(accepted)
            accepted = _colleague(folded, joined, strong and bool(joined.group("sure"))
                                  or bool(joined.group("title")), first_names)
            end = joined.end()
        if accepted:
            found.append(accepted)
    for match in AFTER.finditer(folded):
        word = match.group("name")
        line_start = folded.rfind("\n", 0, match.start()) + 1
        opens = not folded[line_start:match.start()].strip(" \t-•*–")
        if plausible(word) and (opens or re.search(r"[.;:,(][ \t]*$", folded[line_start:
                                                                              match.start()])
                                 or any(known(s, first_names) for s in [word, *stems(word)])):
            found.append((match.start("name"), match.end("name"), [word]))
    return found


def _colleague(folded: str, match: re.Match, strong: bool,
               first_names) -> tuple[int, int, list[str]] | None:
    """The name in ``match`` when it is a colleague's: a known given name, a case form of one
    or a nickname after any cue; after a strong cue, any name-shaped word the text names once
    that is no everyday English word, technology, organisation or place."""
    start, end, word = match.start("name"), match.end("name"), match.group("name")
    if not plausible(word):
        return (start, end, [word]) if strong and _named_once(folded, word, end,
                                                               first_names) else None
    named = (known(word, first_names) or word_key(word) in NICKNAMES
             or any(known(s, first_names) for s in stems(word)))
    titled = bool(match.group("title"))  # "con el Ing. Ruiz": a title marks a person
    once = folded.count(word) == 1 and not (
        _latin(word) and common_word(word) and not _inflected(word))
    if named or titled or once and (strong or _weak_name_shape(folded, word, end)):
        return start, end, [word]
    return None


# Verbs that pair systems and firms, not people: "Integrated with Deliveroo".
SYSTEM_VERBS = re.compile(r"(?i:\b(?:integrat|connect|sync|deploy|partner|contract|negotiat"
                          r"|compatib|interfac|replac|migrat|power|host|bundl|ship|launch|sign"
                          r"|compar|interoperat|certif|accredit|licen[cs])\w*)")


def _weak_name_shape(folded: str, word: str, end: int) -> bool:
    """After a bare "with": a word named once that ends in a vowel like most given names of
    Africa, Asia and southern Europe ("with Bongani", "with Chiamaka", "with Nok" is a
    nickname), before a lower-case word or a stop ("with Deliveroo" recurs in the job lines;
    a product is rarely named once), and not after a verb that pairs systems or firms."""
    clause_start = max(folded.rfind(c, 0, end) for c in ".;\n") + 1
    return (len(word) >= 4 and word[-1].lower() in "aeiou"
            and not SYSTEM_VERBS.search(folded, clause_start, end)
            and bool(re.match(r"[ \t]*(?:[,.;:()–—]|$|[ \t]+[a-z])", folded[end:end + 3])))


def _named_once(folded: str, word: str, end: int, first_names) -> bool:
    """"Paired with Jasmine on accessibility": a given name that is also a technology or a
    place, after a strong cue, before "on"/"for"/"to" and named nowhere else (a framework or a
    city recurs in the skills and job lines)."""
    key = word_key(word)
    return (known(word, first_names) and key not in ORG_WORDS and key not in NOT_NAMES
            and folded.count(word) == 1
            and bool(re.match(r"[ \t]+(?:on|for|to|during|in)\b", folded[end:])))


def _inflected(word: str) -> bool:
    """The word ends in a case ending no English word has ("Priiduga")."""
    return word.lower().endswith(("ga", "ksi", "lle", "ssa"))


def _after_verb(folded: str, start: int, verbs: list[int]) -> bool:
    """A collaboration verb earlier in the same clause (no full stop or semicolon between)."""
    clause_start = max(folded.rfind(c, 0, start) for c in ".;\n") + 1
    return any(clause_start <= end <= start for end in verbs)
