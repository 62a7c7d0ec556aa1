"""Case forms of found names in more inflecting languages: Estonian and Finnish, Croatian,
Serbian and Bosnian possessives, Polish, Hungarian, Greek, and the Cyrillic-script languages;
and, in any language, a suffix after an apostrophe ("O'Sullivan's", "Mehmet'in", "Lee:n").

A form is the name's stem plus an ending of a language the text is written in (each language
is recognised by its letters or its commonest words), so "Tamm" is also "Tamme" and "Tammega"
in Estonian, "Ivana" is "Ivanin" (her) in Croatian, "Мартин" is "Мартином" in Russian. A form
that the text uses as a place or that is a known place or organisation word stays ("Rīga",
"Saare maakond").
"""

from __future__ import annotations

import re

# How each language is recognised (on the original, unfolded text).
LANGUAGES = {
    "et": re.compile(r"[õÕ]|(?<![\w])(?:ning|koos|ülikool\w*|aastat|töö\w*|eesti|meeskon\w*"
                     r"|kogemus\w*)(?![\w])", re.IGNORECASE),
    "fi": re.compile(r"(?<![\w])(?:ja|sekä|kanssa|että|vuotta|yliopisto\w*|työ\w*)(?![\w])"),
    "hr": re.compile(r"[čćđšžČĆĐŠŽ]"),
    "pl": re.compile(r"[łśźżńŁŚŹŻ]"),
    "hu": re.compile(r"[őűŐŰ]|(?<![\w])(?:és|valamint|egyetem\w*|évig)(?![\w])"),
    "ro": re.compile(r"[ăâșțşţĂÂȘȚŞŢ]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "cyr": re.compile(r"[\u0400-\u04ff]"),
    "uz": re.compile(r"[OoGg][ʻ'’][a-z]|(?<![\w])(?:bilan|uchun|yilda)(?![\w])"),
    "mn": re.compile(r"[өүӨҮ]"),
    "is": re.compile(r"[ðþÐÞ]"),
}
# Endings added to a name's stem, per language. Estonian adds its case endings to the
# genitive, which ends in a vowel ("Tamm" -> "Tamme" -> "Tammega").
_ESTONIAN_CASES = ("", "ga", "le", "lt", "l", "st", "s", "sse", "ks", "ni", "na", "ta", "d")
_FINNISH_CASES = ("n", "lle", "lla", "lta", "ssa", "sta", "ksi", "a", "ä", "sta", "ni", "in")
_CROATIAN_POSSESSIVE = ("in", "ina", "ino", "inu", "ine", "inom", "inoj", "ini", "inih", "inim")
_CROATIAN_MASCULINE = ("ov", "ova", "ovo", "ovu", "ove", "ovom", "ev", "eva", "evo", "evu",
                       "a", "u", "om", "e")
_HUNGARIAN = ("nak", "nek", "val", "vel", "tol", "tól", "től", "hoz", "hez", "höz", "ról",
              "ről", "nál", "nél", "t", "ot", "et", "é", "ék", "ra", "re", "ban", "ben", "ért",
              "ként", "tól")
_CYR_FEMININE = ("ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ин", "ина", "ину", "ине",
                 "ино", "ины", "й", "і", "ай", "яй")  # Belarusian "Алесі Жукоўскай"
_CYR_MASCULINE = ("а", "у", "ом", "е", "ым", "ем", "ов", "ова", "ову", "ове", "ин", "ина",
                  "ину", "ым", "ыми")
# Uzbek genitive, accusative, dative, locative, ablative; Mongolian genitive, accusative,
# comitative ("DILNOZANING", "Yo'ldoshevning", "Батсүхийн", "Доржтой").
_UZBEK = ("ning", "ni", "ga", "da", "dan", "niki")
_MONGOLIAN = ("ийн", "ын", "гийн", "ний", "ийг", "ыг", "тай", "той", "тэй", "д", "аас", "ээс")
# A suffix after an apostrophe or a colon: English possessive, Turkish and Finnish cases.
APOSTROPHE = r"(?:['’][^\W\d_]{1,5}|:[^\W\d_]{1,4})"


# Lower-case place nouns after a word make it a place: "Saare maakond", "Rīgas iela",
# "Tartu linn", "Splitsko-dalmatinska županija", "Pest megye", "Харківська область".
PLACE_NOUN = re.compile(r"[ \t]+(?:maakon\w*|vald\w*|linn\w*|novad\w*|pagast\w*|iela|tanav\w*"
                        r"|ulica|ulice|ulici|utca|katu|gatan|gade|vej|vei|strasse|straße|oblast"
                        r"|obl\.|rajon\w*|zupanij\w*|županij\w*|megye|okrug|powiat|gmina|judet"
                        r"|județ|county|district|province|область|области|район\w*|улица|ул\.)"
                        r"(?![\w])")


def a_place(text: str, form: str) -> bool:
    """The text uses ``form`` as a place: after "in"/a comma, or before a place noun."""
    from jobtui.resume.header import _used_as_place

    return _used_as_place(text, form) or bool(
        re.search(rf"(?<![\w]){re.escape(form)}{PLACE_NOUN.pattern}", text))


def languages(text: str) -> set[str]:
    """The inflecting languages ``text`` seems to be written in."""
    return {lang for lang, pattern in LANGUAGES.items() if pattern.search(text)}


def forms(word: str, langs: set[str]) -> set[str]:
    """The case forms of the name word ``word`` in the languages ``langs``."""
    if len(word) < 3 or not word[0].isupper():
        return set()
    found: set[str] = set()
    last, stem = word[-1], word[:-1]
    vowel = last.lower() in "aeiouyäöüõ"
    if "et" in langs:
        genitives = {word} if vowel else {word + v for v in "eiua"}
        found |= {g + end for g in genitives for end in _ESTONIAN_CASES} - {word}
    if "fi" in langs:
        found |= {(word if vowel else word + "i") + end for end in _FINNISH_CASES}
        # Consonant gradation: "Jukka" is "Jukan", "Matti" is "Matin", "Seppo" "Sepolle".
        if re.search(r"(kk|pp|tt)[aeiouyäö]$", word):
            weak = word[:-3] + word[-3] + word[-1]
            found |= {weak + end for end in ("n", "lle", "lla", "lta", "ssa", "sta", "ksi", "t")}
    if "is" in langs:
        found |= _icelandic(word)
    if "hr" in langs:
        found |= ({stem + end for end in _CROATIAN_POSSESSIVE} if last == "a"
                  else {word + end for end in _CROATIAN_MASCULINE} if not vowel else set())
    if "pl" in langs:
        if word.endswith(("ski", "cki", "dzki")):
            found |= {stem + e for e in ("iego", "iemu", "im")}
        elif word.endswith(("ska", "cka", "dzka")):
            found |= {stem + e for e in ("iej", "ą")}
        elif last == "a":
            found |= {stem + e for e in ("y", "i", "ę", "ą", "o", "ie")}
        elif not vowel:
            found |= {word + e for e in ("a", "owi", "em", "ie", "u")}
    if "hu" in langs:
        long = stem + {"a": "á", "e": "é"}.get(last, last)
        found |= {long + end for end in _HUNGARIAN}
    if "ro" in langs and last == "a" and len(word) >= 4:
        found |= {stem + "ei"}  # the Romanian genitive: "echipa Cristinei" (Cristina)
    if "el" in langs:
        if word.endswith("ος"):
            found |= {word[:-2] + e for e in ("ο", "ου", "ε")}
        elif word.endswith(("ης", "ας")):
            found.add(stem)
        elif last in "αη":
            found |= {word + "ς", stem + "ης"}
    if "cyr" in langs:
        if last in "ая":
            found |= {stem + e for e in _CYR_FEMININE}
        elif word.endswith(("ский", "цкий", "ской", "цкой")) or (
                word.endswith(("ый", "ий")) and len(word) > 6):
            # an adjective surname: "Шимановский" -> "Шимановского", "-ому", "-им", "-ом"
            found |= {word[:-2] + e for e in ("ого", "ому", "им", "ым", "ом")}
        elif last == "й":
            found |= {stem + e for e in ("я", "ю", "ем", "е")}
        elif last.isalpha() and last.lower() not in "еиоуыэюяьъ":
            found |= {word + e for e in _CYR_MASCULINE}
    if "uz" in langs and word.isascii():
        found |= {word + end for end in _UZBEK}
    if "mn" in langs and not word.isascii():
        found |= {word + end for end in _MONGOLIAN}
    return found - {word}


def _icelandic(word: str) -> set[str]:
    """Icelandic genitive, dative and accusative forms: "Sigurðardóttir" -> "Sigurðardóttur",
    "Einarsson" -> "Einarssonar", "Guðrún" -> "Guðrúnar", "Jón" -> "Jóns", "Helga" -> "Helgu"."""
    if word.endswith("dóttir"):
        return {word[:-2] + "ur"}
    if word.endswith("son"):
        return {word + "ar", word[:-3] + "syni"}
    if word.endswith("ur") and len(word) > 4:
        stem = word[:-2]
        return {stem, stem + "s", stem + "i", stem + "ar"}
    if word.endswith("a"):
        return {word[:-1] + "u"}
    return {word + end for end in ("s", "i", "ar", "u")}


def case_ending_spans(text: str, words: set[str]) -> list[tuple[int, int, str]]:
    """Spans of the case forms of ``words`` (found names) and of the names with a suffix after
    an apostrophe; forms that are places or organisation words, or that the text uses as a
    place, are left."""
    from jobtui.resume.names import ORG_WORDS, PLACES, TECH, fold

    words = {w for w in words if len(w) >= 3 and not w.isupper() and w[0].isupper()}
    if not words:
        return []
    langs = languages(text)
    found = {form for word in words for form in forms(word, langs)}
    found = {f for f in found if fold(f).lower() not in ORG_WORDS | TECH | PLACES
             and not a_place(text, f)}
    bases = "|".join(map(re.escape, sorted(words | found, key=len, reverse=True)))
    # Any case: a header in capitals declines too ("DILNOZANING").
    pattern = re.compile(rf"(?<![\w@.'’-])(?:{bases})(?:{APOSTROPHE})?(?![\w@'’-])",
                         re.IGNORECASE)
    return [(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)
            if m.group()[0].isupper() and (m.group() not in words or not m.group().isalpha())]
