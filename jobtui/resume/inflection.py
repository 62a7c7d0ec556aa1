"""Names in their case forms: Czech, Slovak, Baltic and South Slavic declension, the Nordic
and German genitive.

Czech declines names: "Ing. Petra Koudelková" in the references is "s Petrou Koudelkovou"
in the text, "doc. Ladislav Hrubeš" is "pod vedením doc. Hrubeše", and a colleague is named
in the instrumental after "s kolegou" / "s kolegyní" ("s kolegou Honzou"). Once a person is
found, their case forms go too; and a capitalised word after a colleague noun in the
instrumental is a person. Swedish, Danish, Norwegian and German write the genitive without
an apostrophe: "Bengt-Åke Lundqvist" is "Bengt-Åkes designregler".
"""

from __future__ import annotations

import re

from jobtui.resume.case_endings import a_place, case_ending_spans

# A colleague, mentor or boss in the instrumental or dative, then the person's name.
COLLEAGUE = re.compile(
    r"(?<![\w])(?i:kolegou|kolegyní|kolegyni|kolegy|kolegům|kolegyněmi|kolegyňou|kolegom"
    r"|vedoucím|vedúcim|mentorem|mentorom|mentorkou|šéfem|šéfom|šéfkou|nadřízeným|nadriadeným)"
    r"[ \t]+(?P<pii>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)?)")
# "pod vedením doc. Hrubeše", "pod vedením Radima Chalupníka": under someone's guidance.
GUIDANCE = re.compile(
    r"(?<![\w])(?i:pod[ \t]+vedením|pod[ \t]+vedenim)[ \t]+"
    r"(?:(?:doc|prof|ing|mgr|bc|dr|rndr|phdr)\.[ \t]*)*"
    r"(?P<pii>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)?)")


# Letters only Czech and Slovak use among the Latin-script languages.
CZECH_OR_SLOVAK = re.compile(r"[ěřůťďňľĺŕôĚŘŮŤĎŇĽĹŔ]")


def case_forms(word: str) -> set[str]:
    """The Czech and Slovak case forms of a name word: "Koudelková" -> "Koudelkovou",
    "Koudelkové"; "Hrubeš" -> "Hrubeše", "Hrubešovi", "Hrubešem"; "Petra" -> "Petrou"..."""
    if len(word) < 4 or not word[0].isupper():
        return set()
    if word.endswith("ová"):
        return {word[:-1] + "ou", word[:-1] + "é"}
    if word.endswith(("ý", "í")) and word[-2] not in "aeiouyáéíóúý":
        return {word[:-1] + "ého", word[:-1] + "ému", word[:-1] + "ým"}
    if word.endswith("ie"):
        return {word[:-1] + "í", word[:-1] + "i"}  # "Lucie" -> "Lucií", "Lucii"
    if word.endswith("a"):
        return {word[:-1] + ending for ending in ("ou", "y", "u", "ovi")}
    if word[-1].isalpha() and word[-1] not in "aeiouyáéíóúůýě":
        return {word + ending for ending in ("a", "e", "ovi", "em", "u", "i")}
    return set()


# Letters of Lithuanian, Latvian and the South Slavic languages written in Latin script
# (Slovene, Croatian, Serbian, Bulgarian transliterated), which decline names too.
BALTIC_OR_SOUTH_SLAVIC = re.compile(r"[ąęėįųūāēīļņķģčšžćđĄĘĖĮŲŪĀĒĪĻŅĶĢČŠŽĆĐ]")


def baltic_slavic_forms(word: str) -> set[str]:
    """The Lithuanian, Latvian and South Slavic case forms of a name word: "Petrauskas" ->
    "Petrauskui", "Petrausko"; "Kazlauskaitė" -> "Kazlauskaitės"; "Gregor" -> "Gregorju",
    "Gregorjem"; "Zupan" -> "Zupanu", "Zupana"; "Bērziņš" -> "Bērziņam"; "Ana" -> "Ano"."""
    if len(word) < 3 or not word[0].isupper():
        return set()
    stem, last = word[:-1], word[-1]
    if word.endswith(("as", "is", "ys", "us")) and len(word) >= 5:  # Lithuanian masculine
        base = word[:-2]
        soft = base + "i" if word.endswith(("is", "ys")) else base
        return {soft + "o", soft + "ui", soft + "u", base + "ą", base + "ai", base + "aus",
                base + "ų", base + "e", base + "iui", base + "io", base + "im", base + "a"}
    if last in "sš" and len(word) >= 5:  # Latvian masculine: "Bērziņš", "Kalniņš", "Ozols"
        return {stem, stem + "a", stem + "am", stem + "u"}
    if last == "ė":
        return {stem + "ės", stem + "ei", stem + "ę", stem + "e"}
    if last == "a":
        return {stem + e for e in ("os", "ai", "ą", "e", "i", "o", "u", "om", "as")}
    if last == "e" and len(word) >= 4:
        return {stem + e for e in ("es", "ei", "i")}
    if last.isalpha() and last not in "aeiouyąęėįųūāēīō" and len(word) >= 4:
        soft = word + "j" if last == "r" else word  # Slovene "Gregor" -> "Gregorja"
        return {end for s_ in {word, soft}
                for end in (s_ + "a", s_ + "u", s_ + "om", s_ + "em", s_ + "e")}
    return set()


# Letters of Nordic languages and German: a name there takes a bare genitive "-s".
NORDIC_OR_GERMAN = re.compile(r"[åäöüøæßÅÄÖÜØÆ]")


def inflection_spans(text: str, people: list[tuple[int, int]],
                 names: list[str]) -> list[tuple[int, int, str]]:
    """Spans of the case forms of people already found (full names of two or more words, and
    the candidate's names) and of colleagues named after a Czech or Slovak colleague noun."""
    from jobtui.resume.names import ORG_WORDS, PLACES, TECH, fold, gazetteer

    spans = [(m.start("pii"), m.end("pii"), "PERSON")
             for pattern in (COLLEAGUE, GUIDANCE) for m in pattern.finditer(text)]
    words: set[str] = set()
    for start, end in people:
        found = text[start:end].split()
        if len(found) >= 2:  # a colleague "Hana Tesfaye" leaves "SAP HANA" alone
            words.update(w for w in found if fold(w).lower().strip(".,") not in TECH)
    for name in names:
        # "ОЛЕГ ВІКТОРОВИЧ КОВАЛЬЧУК" in the header is "Олега" in a quotation.
        words.update(w if not w.isupper() else w.capitalize() for w in name.split()
                     if not w.isupper() or len(w) >= 3 and w.isalpha())
    words = {w.strip(".,") for w in words}
    spans += case_ending_spans(text, words)
    czech, nordic = CZECH_OR_SLOVAK.search(text), NORDIC_OR_GERMAN.search(text)
    baltic = BALTIC_OR_SOUTH_SLAVIC.search(text)
    if not (czech or nordic or baltic):
        return spans  # other languages do not decline names this way ("Bell" -> "Belle")
    forms = {form for word in words for form in case_forms(word)} if czech else set()
    if baltic:
        forms |= {form for word in words for form in baltic_slavic_forms(word)}
    genitives = set()
    if nordic:
        genitives = {f"{word}s" for word in words if len(word) >= 4 and word[-1] not in "sxz"}
    forms = {form for form in forms if fold(form).lower() not in ORG_WORDS | TECH | PLACES
             and not a_place(text, form)}  # "Rīga" beside "Swedbank AS, Rīga": a city
    # "in Gerhards Abwesenheit": a given name's genitive after "in" is no place.
    given = gazetteer()[0]
    # "in Bräsemanns Team": a genitive before a noun is no place either.
    forms |= {form for form in genitives if fold(form).lower() not in ORG_WORDS | TECH | PLACES
              and (fold(form[:-1]).lower() in given or not a_place(text, form)
                   or re.search(rf"(?<![\w]){re.escape(form)}[ \t]+[A-ZÄÖÜ][a-zäöüß]", text))}
    if forms:
        alternatives = "|".join(map(re.escape, sorted(forms)))
        pattern = re.compile(rf"(?<![\w@.-])(?:{alternatives})(?![\w@-])")
        spans += [(m.start(), m.end(), "PERSON") for m in pattern.finditer(text)]
    return spans
