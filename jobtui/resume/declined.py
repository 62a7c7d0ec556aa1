"""Given names in a case form in Greek, Cyrillic and Latin-script Slavic and Romanian text,
and the surname after them.

Greek, Ukrainian, Russian and Bulgarian decline names, so a colleague is rarely written the way
a name list spells them: "με τον Νίκο Σαββίδη" (Νίκος), "του καθ. Γεωργίου" (Γεώργιος), "з
Андрієм Мельником" (Андрій), "для Ірини та Богдана" (Ірина, Богдан). A capitalised word whose
nominative (its ending swapped for a nominative one) is a given name of the gazetteer is a
person, and a capitalised word right after it is their surname. A word inside an institution
("Фонду Віктора Пінчука", "імені Івана Франка", "Αγίας Σοφίας") stays: it follows another
capitalised word or an "in the name of" abbreviation. In Polish, Czech, Slovak, the South
Slavic languages and Romanian ("z Piotrem Nowakiem", "s Petrem", "s Ivanom", "echipa
Ioanei") only a true case form counts (the nominative may be an everyday word or a place), and
only in running text: after a lower-case word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Case endings and the nominative endings they may stand for (Greek, accents and final sigma
# normalised; Cyrillic lower case). Longest endings are tried first.
GREEK_ENDINGS = {"ου": ("ος",), "ο": ("ος",), "ε": ("ος",), "η": ("ης", ""), "α": ("ας", ""),
                 "ας": ("α",), "ης": ("η",), "ς": ("",)}
CYRILLIC_ENDINGS = {
    "ією": ("ія",), "ией": ("ия",), "ії": ("ія",), "ии": ("ия",), "ію": ("ія",),
    "ию": ("ия",), "ієї": ("ія",), "єм": ("й",), "ем": ("", "й", "ь"), "ом": ("",),
    "ові": ("",), "еві": ("й", "ь"), "єві": ("й",), "ови": ("",), "ою": ("а",), "ей": ("а", "я"),
    "ой": ("а",), "ею": ("я",), "а": ("",), "я": ("й", "ь"), "у": ("", "а"), "ю": ("й", "ь", "я"),
    "и": ("а",), "ы": ("а",), "і": ("а", ""), "е": ("а", ""), "о": ("а",),
}
# An "in the name of"/"saint" word before a name makes it an institution's or a street's.
INSTITUTION_CUE = re.compile(
    r"(?:ім\.|імені|им\.|имени|св\.|святого|святої|святой|Αγίου|Αγίας|Αγίων|Αγ\.|οδός|οδ\.|вул\."
    r"|ул\.|улица|вулиця|пр\.|просп\.|бульв\.|пл\.)[ \t]*$", re.IGNORECASE)
WORD = re.compile(r"(?<![\w'’-])([\u0386-\u03ce\u0400-\u04ff][\u0370-\u03ff\u0400-\u04ff]+)"
                  r"(?![\w-])")
NEXT_WORD = re.compile(r"[ \t]+([\u0386-\u038f\u0391-\u03a9\u0400-\u042f\u0404\u0406\u0407"
                       r"\u0490][\u0370-\u03ff\u0400-\u04ff]+)(?![\w-])")
# Institutions named after someone, whose noun comes first: "Фонду Віктора Пінчука",
# "Університет імені ...", "Премія Івана Франка", "Ίδρυμα Ωνάση", "Βραβείο Γεωργίου ...".
INSTITUTION_STEMS = ("фонд", "универс", "універс", "институт", "інститут", "академ", "лице",
                     "ліце", "гимназ", "гімназ", "школ", "прем", "стипенд", "музе", "центр",
                     "библиот", "бібліот", "проспект", "улиц", "вулиц", "площ", "парк",
                     "ιδρυμ", "πανεπιστ", "βραβει", "υποτροφ", "σχολ", "κολλεγ", "μουσει",
                     "λεωφορ", "οδο", "πλατει", "κεντρ", "ινστιτουτ", "ακαδημ")


# Cities and everyday words that are also given names: "в София", "Καλή γνώση" (good
# knowledge), "Ελπίδα" (hope), "Віра" (faith), "Слава" (glory), "Роман" (a novel).
CITIES = {"софия", "софии", "софию", "σοφια", "καλη", "καλης", "ελπιδα", "ειρηνη", "νικη",
          "αγαπη", "χαρα", "δοξα", "ζωη", "αρετη", "ανθη", "віра", "віри", "вера", "веры",
          "надія", "надії", "надежда", "надежды", "любов", "любовь", "слава", "слави", "славы",
          "роман", "романа", "лев", "мир", "мира", "злата", "марта", "березня", "травня"}


def plain(word: str) -> str:
    """Lower case without accents, final sigma as sigma: "Γεώργιος" -> "γεωργιοσ"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("ς", "σ")


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    from jobtui.resume.names import gazetteer

    first, _ = gazetteer()
    return frozenset(plain(n) for n in first
                     if re.fullmatch(r"[\u0370-\u03ff\u0400-\u04ff-]+", n))


def nominatives(word: str) -> set[str]:
    """The nominatives ``word`` may be a case form of (plain spelling), itself included."""
    key = plain(word)
    greek = "\u0370" <= key[0] <= "\u03ff"
    endings = GREEK_ENDINGS if greek else CYRILLIC_ENDINGS
    found = {key}
    for ending, replacements in sorted(endings.items(), key=lambda e: -len(e[0])):
        ending = plain(ending)
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            found |= {plain(key[: len(key) - len(ending)] + r) for r in replacements}
    return found


def declined_name(word: str) -> bool:
    """``word`` is a Greek or Cyrillic given name, in any case form."""
    return word[:1].isupper() and not word.isupper() and bool(nominatives(word) & _given())


# A year right after the word: a month's name ("Август 2017", "Май 2019"), not a person's.
YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?!\d)")


def declined_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of each declined given name, with the surname after it."""
    from jobtui.resume.name_shapes import blocked

    if not re.search(r"[\u0370-\u03ff\u0400-\u04ff]", text):
        return []
    found: list[tuple[int, int, list[str]]] = []
    institution_end: int | None = None
    for match in WORD.finditer(text):
        word = match.group(1)
        if not declined_name(word) or blocked(word) or plain(word) in CITIES:
            continue
        if YEAR_AFTER.match(text, match.end()):
            continue  # "Август 2017 — Август 2021": a month, though also a given name
        before = text[max(0, match.start() - 40):match.start()]
        line_before = before.rsplit("\n", 1)[-1]
        previous = plain(line_before.split()[-1]) if line_before.split() else ""
        if (INSTITUTION_CUE.search(line_before) or previous.startswith(INSTITUTION_STEMS)
                or institution_end is not None
                and not text[institution_end:match.start()].strip(" \t")):
            # "Фонду Віктора Пінчука", "імені Івана Франка": an institution's name
            institution_end = match.end()
            continue
        words, end = [word], match.end()
        surname = NEXT_WORD.match(text, end)
        if surname and not surname.group(1).isupper() and not blocked(surname.group(1)):
            words.append(surname.group(1))
            end = surname.end()
        elif plain(word) not in _given() and not line_before.strip(" \t-•*"):
            continue  # "Виши инжењер" (senior engineer): a case form opens no line alone
        found.append((match.start(), end, words))
    return found


# Letters of the Latin-script languages that decline given names.
LATIN_DECLINING = re.compile(r"[łśźżńąęěřůťďňľĺŕôčćđšžăâșțşţėįųūāēīļņķģ"
                             r"ŁŚŹŻŃĄĘĚŘŮŤĎŇĽĹŔČĆĐŠŽĂÂȘȚŞŢĖĮŲŪĀĒĪĻŅĶĢ]")
# Letters of Turkish and Azerbaijani alone: their "ş" is no Romanian one, and they do not decline
# names this way.
TURKISH = re.compile(r"[ıİğĞəƏ]")
# Folded case endings and the nominative endings they may stand for: Polish/Czech/Slovak/
# Croatian/Slovene instrumental, genitive, dative, accusative, locative; Romanian genitive.
LATIN_ENDINGS = {"iem": ("",), "em": ("",), "om": ("", "a"), "owi": ("",), "ovi": ("",),
                 "ou": ("a",), "ei": ("a",), "ie": ("a", ""), "u": ("", "a", "as"), "a": ("",),
                 "y": ("a",), "i": ("a",), "e": ("a",), "im": ("i", "is"), "ovou": ("ova",),
                 # Lithuanian and Latvian: "Jonui", "Jono", "Joną" (Jonas), "Jānim" (Jānis),
                 # "Pauliumi" (Paulius), "Mindaugu" (Mindaugas).
                 "ui": ("as", "is", "us"), "o": ("as",), "iui": ("is", "ius"), "am": ("s", "a"),
                 "ai": ("a",), "os": ("a",), "es": ("e",), "umi": ("us",), "iumi": ("ius",)}
LATIN_WORD = re.compile(r"(?<=[a-ząćęłńóśźżčďěňřšťůžćđăâîșț,][ \t])([A-Z][a-z]{2,14})(?![\w'-])")
LATIN_INSTITUTION = re.compile(r"(?:im|ul|al|pl|os|sv|bd|str|blvd|nám|nam|trg)\.[ \t]*$"
                               r"|(?i:imienia|imeni|jmena)[ \t]+$")
LATIN_SURNAME = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'-])")


def latin_declined_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of given names in a case form in Polish, Czech, Slovak, South
    Slavic and Romanian running text ("z Piotrem Nowakiem"), with the surname after them."""
    from jobtui.resume.name_shapes import blocked, common_word
    from jobtui.resume.names import fold, gazetteer

    if not LATIN_DECLINING.search(text):
        return []
    first, _ = gazetteer()
    folded = fold(text)
    found = []
    for match in LATIN_WORD.finditer(folded):
        word = match.group(1).lower()
        line_start = folded.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = line_end if line_end >= 0 else len(text)
        if (not LATIN_DECLINING.search(text, line_start, line_end)
                or TURKISH.search(text, line_start, line_end)):
            continue  # the line is in another language ("Gerente de Marca", "Veri Bilimci")
        if word in first or blocked(word) or common_word(match.group(1)):
            continue
        stems = {word[: len(word) - len(end)] + r for end, reps in LATIN_ENDINGS.items()
                 if word.endswith(end) and len(word) - len(end) >= 2 for r in reps}
        # The "e" a Polish or Czech name drops in its cases: "Pawłem" (Paweł), "Marka" (Marek).
        stems |= {s[:-1] + "e" + s[-1] for s in stems
                  if len(s) >= 3 and s[-1] not in "aeiouy" and s[-2] not in "aeiouy"}
        if not stems & first:
            continue
        if LATIN_INSTITUTION.search(folded, max(0, match.start() - 12), match.start()):
            continue  # "ul. Jana Pawła II", "im. Adama Mickiewicza": a street, a school
        end, words = match.end(), [match.group(1)]
        surname = LATIN_SURNAME.match(folded, end)
        if surname and not blocked(surname.group(1)):
            words.append(surname.group(1))
            end = surname.end()
        found.append((match.start(), end, words))
    return found
