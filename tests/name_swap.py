"""A person of the privacy set with every name word swapped for an invented one.

The rules find many names because a list knows them; a candidate or colleague from a country
the lists cover badly has names no list knows. Swapping each capitalised word of the letters-only
personal strings for an invented word of the same case shape (the same word everywhere it
stands: text, sidebar, file name, manifest) keeps the resume's layout and cues and takes the
lists away, so what is left is found by position and context alone.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace

from jobtui.resume.names import fold, gazetteer
from tests.privacy_people import Person

WORD = re.compile(r"[^\W\d_]+")
ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "ts",
          "nd", "mb", "kw", "dr", "tr"]
VOWELS = ["a", "e", "i", "o", "u"]
# Particles, patronymic markers and titles stay: they are grammar, not the name itself.
KEEP = {"bin", "binti", "bint", "ibn", "van", "von", "der", "den", "del", "della", "dos", "das",
        "des", "ter", "ten", "abu", "oglu", "kyzy", "uulu", "mrs", "miss", "prof", "sir", "the"}
# A letters-only personal string: a name, not a number, address or e-mail.
NAME_ENTRY = re.compile(r"[^\W\d_][^\W\d_ '’.\"-]*(?:[ '’.\"-]+[^\W\d_]+)*\.?")


def invented(key: str, taken: set[str]) -> str:
    """A word of two or three syllables no name list knows, the same for the same ``key``."""
    known = gazetteer()[0] | gazetteer()[1]
    seed = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    while True:
        word = "".join(ONSETS[(seed >> (8 * i)) % len(ONSETS)] + VOWELS[(seed >> (8 * i + 5)) % 5]
                       for i in range(2 + seed % 2))
        if len(word) >= 4 and word not in known and word not in taken:
            taken.add(word)
            return word
        seed = int(hashlib.sha256(str(seed).encode()).hexdigest(), 16)


def swapped(person: Person) -> Person:
    """``person`` with the name words of its personal strings invented afresh."""
    facts = {_key(w) for fact in person.must_survive for w in WORD.findall(fact)}
    # Words outside e-mails and URLs: a name written only in another script keeps its Latin
    # spelling there, or the link between the two spellings would break.
    prose = {_key(w) for w in WORD.findall(re.sub(r"\S*[@/]\S*", " ", person.full_text()))}
    taken: set[str] = set()
    mapping = {}
    for entry in person.must_not_appear:
        if not NAME_ENTRY.fullmatch(entry):
            continue
        for word in WORD.findall(entry):
            key = _key(word)
            if (len(key) >= 3 and word[0].isupper() and key.isascii() and key in prose
                    and key not in facts and key not in KEEP):
                mapping.setdefault(key, invented(key, taken))

    def swap(text: str) -> str:
        return WORD.sub(lambda m: _shaped(m.group(), mapping[_key(m.group())])
                        if _key(m.group()) in mapping else m.group(), text)

    return replace(person, stem=swap(person.stem), text=swap(person.text),
                   sidebar=swap(person.sidebar),
                   must_not_appear=list(dict.fromkeys(map(swap, person.must_not_appear))))


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", fold(word)).lower()


def _shaped(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    return word.capitalize() if template[0].isupper() else word
