"""Names of the candidate's family in a personal-details line: "zwei Kinder (Nando, Ladina)",
"én datter (Maren)", "сын Алдияр (3 года)", "married, two children: Ana and Tomás", and a
relative named before the relation in brackets ("Rosa Gómez (madre)").

Europe's and Central Asia's CVs give the family under marital status; the names come after
the word for children, son, daughter or spouse, in brackets, after a colon or right after the
word. A partner is left out ("Partner: Deloitte" is a firm). Without a possessive ("my son",
relations.py) the noun alone is the cue, so a name must follow it directly: "daughter
company" or "Kinderuni" name nobody.
"""

from __future__ import annotations

import re

from jobtui.resume.letters import LOWER, UPPER

# Children, son, daughter, spouse and partner, per language (folded: names.fold).
_KIN = (
    r"children|child|kids|sons?|daughters?|wife|husband|spouse"
    r"|kinder|kind|sohne?|tochter|ehefrau|ehemann|lebensgefahrt(?:e|in)"
    r"|enfants?|fils|filles?|epouse|epoux|conjointe?"
    r"|hij[oa]s?|espos[oa]|conyuge|conjuge|filh[oa]s?|marido|figli[oa]?|moglie|marito"
    # Married to, mother or father of: "Gift med Vilja, mor til Alma (8) og Viggo (5)".
    r"|married[ \t]+to|gift[ \t]+med|verheiratet[ \t]+mit|getrouwd[ \t]+met|casad[oa][ \t]+com"
    r"|sposat[oa][ \t]+con|(?:mother|father)[ \t]+of|(?:mor|far)[ \t]+till?|(?:mere|pere)[ \t]+de"
    r"|kinderen|zoon|dochter|echtgenote?"
    r"|barn|barnen|born(?=[ \t]*\()|dotter|dottrar|dotre|datter|dotrene|sonn|sonner|drenge|piger"
    r"|hustru|sambo|samboer"
    r"|kareste|kjareste|lapset|lapsi|poika|tytar|vaimo|puoliso|dottir|sonur|synir|daetur"
    r"|deti|dcera|dcery|syn|synove|manzel(?:ka)?|dzieci|corka|corki|zona|maz|dieta"
    # Serbian, Croatian and Bosnian in Latin letters (folded): wife, husband, daughter, children.
    r"|supruga|suprug|supruznik|supruznica|cerka|kcerka|kci|deca|djeca|sinovi"
    r"|сын|сына|сыновья|дочь|дочка|дочери|дети|детей|жена|муж|супруга|супруг|син|сина|донька"
    r"|дітей"
    r"|доньки|діти|дружина|чоловік|дъщеря|деца|съпруга|съпруг|ћерка|ћерке|кћи|супруг"
    r"|o['ʻ’]g['ʻ’]li|qizi|farzandlari"
    # Lithuanian, Latvian and Estonian spouse, son, daughter, children (folded).
    r"|vyras|zmona|dukra|sunus|vaikai|virs|sieva|meita|dels|abikaasa|tutar|poeg"
    # Mongolian husband, wife, son, daughter: "нөхөр Ганзоригийн Тэмүүлэн".
    r"|нөхөр|эхнэр|хүү|охин"
)
_NAME = rf"[{UPPER}][{LOWER}]{{1,14}}(?:-[{UPPER}]?[{LOWER}]+)?"  # "Hye-won" too
# "and" between two names, per language.
_AND = r"(?:and|und|et|y|e|en|og|och|ja|a|i|и|і|та|ва|va)"
# Full names too: "Spouse: Grace Wanjiru".
# A year or an age may follow each name: "två barn (Ella 2016, Viggo 2019)", "Aisyah (6)".
# "Two (Ethan, 7 yrs and Neha, 4 yrs)", "2 Kinder (Emma, 6; Jakob, 3)", "(Ruan, 9 and Mia, 6)",
# "(Emil, 2016; Clara, 2019)": the age or year may follow a comma, the count open the list, a
# semicolon part the children.
# Initials may open a name: "Spouse : G. Swathi" (South India).
_FULL = (rf"(?:[{UPPER}]\.[ \t]*){{0,2}}{_NAME}(?:[ \t]+(?!(?i:{_AND})[ \t]){_NAME}){{0,3}}"
         r"(?:[ \t]+\d{1,4}|[ \t]*\((?:\d{1,2}|(?:19|20)\d\d)[^()\n]{0,8}\)"
         r"|,[ \t]*\d{1,2}[ \t]*(?i:yrs?|years?|ans|anos|años|jahre|jaar|år)\.?"
         # a birth year may carry its abbreviation: "(Алихан, 2018 г.р.; …)"
         rf"|,[ \t]*(?:\d{{1,2}}|(?:19|20)\d\d(?:[ \t]*г\.[ \t]?р\.)?)"
         rf"(?=[ \t]*(?:[;)]|(?i:{_AND})[ \t])))?")
# How many, before the bracketed names: "Children: Two (…)", "Kinder: 2 (…)".
_COUNT = r"(?i:one|two|three|four|five|\d)[ \t]*"
_LIST = rf"{_FULL}(?:[ \t]*[,;][ \t]*{_FULL})*(?:[ \t]+{_AND}[ \t]+{_FULL})?"
# "one daughter, Jana", "une fille, Lina": after a count, a comma may stand before the names.
_HOW_MANY = r"(?i:one|two|three|a|an|un|une|deux|trois|\d)"
FAMILY = re.compile(
    rf"(?<![\w])(?:(?P<count>{_HOW_MANY})[ \t]+)?(?i:{_KIN})"
    rf"(?:[ \t]*(?::[ \t]*{_COUNT})?\([ \t]*(?P<bracketed>{_LIST})"
    r"[ \t]*[,;)]"
    rf"|[ \t]*(?::|[—–]|[ \t]-)[ \t]*(?P<listed>{_LIST})"  # "супруг — Жумабаев Данияр"
    rf"|,[ \t]*(?P<counted>{_LIST})(?=[ \t]*(?:\(|\)|,|;|\.|$)|[ \t]+(?i:{_AND})[ \t])"
    rf"|[ \t]+(?P<named>{_LIST})"
    rf"(?=[ \t]*(?:\(|\)|,|;|\.|$)|[ \t]+(?i:{_AND})[ \t]))",
    re.MULTILINE)


# A relative named first, the relation in brackets after: "Sitrambum Hahomul (madre) – Cel.",
# "Gira Hetse (husband), +260 …".
RELATIVE_AFTER = re.compile(
    rf"(?<![\w])({_NAME}(?:[ \t]+{_NAME}){{0,3}})[ \t]*\([ \t]*(?i:{_KIN}|madre|padre|mae|pai"
    r"|mere|pere|mother|father|brother|sister|herman[oa]|irma|irmao|ti[oa]|aunt|uncle"
    r"|abuel[oa]|grandmother|grandfather|cousin|prim[oa]|mutter|vater|bruder|schwester)"
    r"[ \t]*\)")


def family_names(folded: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, [name]) of each family member named in the accent-folded text."""
    from jobtui.resume.name_shapes import blocked
    from jobtui.resume.names import gazetteer

    first_names = gazetteer()[0]
    found = []
    for match in FAMILY.finditer(folded):
        group = next(g for g in ("bracketed", "listed", "named", "counted") if match.group(g))
        if group == "counted" and not _given_names(match.group(group), first_names, match):
            continue  # "two children, Microsoft Teams": after a comma, only given names count
        for name in re.finditer(_NAME, match.group(group)):
            # a child called Santiago or Florence is a child: a known given name is one here
            if re.fullmatch(_AND, name.group(), re.IGNORECASE) or (
                    blocked(name.group()) and name.group().lower() not in first_names):
                continue
            start = match.start(group) + name.start()
            found.append((start, start + len(name.group()), [name.group()]))
    for match in RELATIVE_AFTER.finditer(folded):
        words = match.group(1).split()
        if not any(blocked(w) for w in words):
            found.append((match.start(1), match.end(1), words))
    return found


def _given_names(listed: str, first_names: set[str], match: re.Match) -> bool:
    """Whether a list after a count and a comma names children: each item one word, or opening
    with a known given name ("one daughter, Rima", "two sons, Adam and Karim")."""
    if not match.group("count"):
        return False  # "children, Jana" without a count is no list of them
    items = re.split(rf"[ \t]*[,;][ \t]*|[ \t]+(?i:{_AND})[ \t]+", listed)
    named = [words for item in items if (words := re.findall(_NAME, item))]  # not "9" of "Ruan, 9"
    return all(len(words) == 1 or words[0].lower() in first_names for words in named)
