"""People named by their relation to the writer: a relative after a possessive ("my partner
Imogen", "mijn broer Thijmen", "ma soeur Claire"), and Korean names in hangul after a kinship
word or before a job title ("부 박정호", "최동현 선임"), with the romanised form in brackets
beside them ("(Donghyun Choi)").

The Latin cues match accent-folded text (names.fold); people.py decides what follows them the
way it does after a role in running text (a full name, a known given name, or a name-shaped
word that is no everyday word).
"""

from __future__ import annotations

import re

from jobtui.resume.cjk import CJK_SURNAMES
from jobtui.resume.cues import LIST_COMMA, NAME_WORD
from jobtui.resume.name_shapes import blocked, known, lone_given_name

# A possessive, then a relative (EN, NL, Nordic, DE, FR, ES, PT, IT; folded): "my partner Imogen",
# "mijn schoonbroer Wannes", "meine Schwester Lena", "mon frere Yann", "mi hermana Lucia",
# "a minha irma Ana", "mio fratello Luca". "our partner" is a firm as often, so "partner"
# takes "my" only.
KIN_CUE = re.compile(
    r"(?i:(?<![\w-])(?:(?:my|our)[ \t]+(?:wife|husband|spouse|fiancee?|brother|sister|son"
    r"|daughter|father|mother|dad|mum|mom|cousin|uncle|aunt|nephew|niece|grandfather"
    r"|grandmother|grandson|granddaughter|(?:brother|sister|son|daughter|father|mother)-in-law"
    r"|twin|sibling|stepbrother|stepsister)"
    r"|my[ \t]+(?:partner|girlfriend|boyfriend)"
    # Swedish, Danish, Norwegian (folded): "min sambo Elin", "min bror Anders".
    r"|(?:min|mitt|mina|var)[ \t]+(?:sambo|samboer|fru|man|maka|make|kone|mand|flickvan"
    r"|pojkvan|kjareste|kareste|hustru|bror|syster|soster|son|sonn|dotter|datter|far|mor"
    r"|pappa|mamma|kusin"
    r"|svager|svagerska)"
    r"|(?:mijn|onze)[ \t]+(?:vrouw|man|echtgenote?|partner|vriendin|vriend|broer|zus|zuster"
    r"|zoon|dochter|vader|moeder|schoonbroer|schoonzus|schoonvader|schoonmoeder|zwager"
    r"|neef|nicht|oom|tante|opa|oma)"
    r"|(?:mein|meine|meinem|meiner|meinen|unser|unsere)[ \t]+(?:frau|mann|partnerin|partner"
    r"|bruder|schwester|sohn|tochter|vater|mutter|schwager|schwagerin|cousine|cousin|onkel"
    r"|tante|freundin)"
    r"|(?:mon|ma|notre)[ \t]+(?:femme|mari|epouse|epoux|conjointe?|compagne|compagnon|frere"
    r"|soeur|fils|fille|pere|mere|beau-frere|belle-soeur|cousine?|oncle|tante)"
    r"|(?:mi|nuestr[oa]|(?:[oa][ \t]+)?(?:meu|minha)|(?:il[ \t]+|la[ \t]+)?(?:mio|mia))[ \t]+"
    r"(?:esposa|esposo|marido|mujer|pareja|hermano|hermana|hijo|hija|padre|madre|cunado"
    r"|cunada|primo|prima|tio|tia|irmao|irma|filho|filha|pai|mae|companheira|companheiro"
    r"|moglie|marito|fratello|sorella|figlio|figlia|cugino|cugina|compagna|compagno))"
    r"[ \t]*,?[ \t]+(?=[A-Z]))"
)

_SURNAME = f"[{CJK_SURNAMES[CJK_SURNAMES.index('김'):]}]"
# A Korean name: a family-name syllable and one or two more, standing alone.
_HANGUL_NAME = rf"(?<![\uac00-\ud7af]){_SURNAME}[\uac00-\ud7af]{{1,2}}(?![\uac00-\ud7af])"
# A relative's name after a kinship word ("가족관계: 부 박정호, 모 이미경", "배우자 김지은") or
# before a job title or form of address ("최동현 선임", "한지민 책임연구원", "이민호 대리").
# Before a title the name has three syllables, the last no noun ending ("정보 책임자" is
# "information officer"), and the title ends the word (or takes "님").
_TITLED_NAME = (rf"(?<![\uac00-\ud7af]){_SURNAME}[\uac00-\ud7af]"
                r"(?![자가사들팀부실처단국청])[\uac00-\ud7af]")
HANGUL_PERSON = re.compile(
    rf"(?<![\uac00-\ud7af])(?:부|모|부친|모친|아버지|어머니|배우자|남편|아내|형|누나|언니|오빠"
    rf"|동생|아들|딸|사수|멘토)[ \t]*[:：]?[ \t]+({_HANGUL_NAME})"
    rf"|({_TITLED_NAME})[ \t]*(?:선임|책임|수석|주임|대리|과장|차장|부장|실장|본부장|이사|상무"
    rf"|전무|매니저|연구원|선배|후배|멘토|사원)(?:연구원|님)?(?![\uac00-\ud7af])"
)
# The romanised form in brackets right after (titles between allowed): "(Donghyun Choi)".
_ROMANISED = re.compile(r"[^()\n]{0,12}?[(（][ \t]*([A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){1,2})"
                        r"[ \t]*[)）]")


def hangul_people(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of Korean people found by a kinship word or a title, and of their
    romanised names in brackets beside them (whose words then count as a found name)."""
    found = []
    for match in HANGUL_PERSON.finditer(text):
        group = 1 if match.group(1) else 2
        found.append((match.start(group), match.end(group), [match.group(group)]))
        romanised = _ROMANISED.match(text, match.end())
        if romanised:
            found.append((romanised.start(1), romanised.end(1), romanised.group(1).split()))
    return found


# After a lone given name: "and I" or a speech verb ("Bilal and I shipped", "Ana said").
SPEAKS = re.compile(r"(?i:[ \t]+(?:and[ \t]+I|&[ \t]+I|said|says|wrote|told|asked)\b)")


def lone_actor(words: list[str], first_names) -> list[str]:
    """One known given name before "and I"/"said": a person unless it is a technology, place,
    organisation or ordinary word ("Google and I" is no person)."""
    return words if known(words[0], first_names) and lone_given_name(words[0]) else []


def listed_starts(found, folded: str) -> set[int]:
    """Where the next name of a comma-separated list after a lone found given name would
    start ("with Nikos, Vasilis and ..."; after a full name a comma opens a place or a role)."""
    return {m.end() for _, end, person in found if len(person) == 1
            for m in [LIST_COMMA.match(folded, end)] if m}


# A nickname in quotes between a given name and a surname: 'Ernesto "Boyet" Dimaculangan'.
QUOTED_NICKNAME = re.compile(rf"(?<![\w-])({NAME_WORD})[ \t]+[\"“„«]({NAME_WORD})[\"”“»][ \t]+"
                             rf"({NAME_WORD})(?![\w-])")


# A quoted nickname before a known given name: 'con el "Pelao" Ignacio'.
NICKNAME_FIRST = re.compile(rf"[\"“„«]({NAME_WORD})[\"”“»][ \t]+({NAME_WORD})(?![\w-])")


def nicknamed(folded: str, first_names) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of a person written with a quoted nickname: in the middle of the
    name (the whole stretch goes, and the surname's other mentions with it), or before a
    known given name (the nickname and the name go)."""
    found = [(m.start(), m.end(), [m.group(1), m.group(3)])
             for m in QUOTED_NICKNAME.finditer(folded)
             if known(m.group(1), first_names) and lone_given_name(m.group(1))
             and not blocked(m.group(3))]
    for m in NICKNAME_FIRST.finditer(folded):
        if (known(m.group(2), first_names) and lone_given_name(m.group(2))
                and lone_given_name(m.group(1))):
            found += [(m.start(1), m.end(1), [m.group(1)]), (m.start(2), m.end(2), [m.group(2)])]
    return found


# A surname wrapped onto the next line: a double-barrelled name or a known surname, then
# punctuation ("with co-coach Theodora\nMancuso-Reyes; team placed 4th").
_WRAPPED = re.compile(rf"[ \t]*\n[ \t]*({NAME_WORD})(?=[;,.)]|[ \t]+[a-z])")


def wrapped_surnames(found, folded: str, last_names) -> list[tuple[int, int, list[str]]]:
    """(start, end, [given name, surname]) where a lone found given name ends a line and its
    surname opens the next one."""
    people = []
    for _, end, person in found:
        wrapped = _WRAPPED.match(folded, end) if len(person) == 1 else None
        if not wrapped or blocked(wrapped.group(1)):
            continue
        surname = wrapped.group(1)
        if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", surname) or surname.lower() in last_names:
            people.append((wrapped.start(1), wrapped.end(1), [person[0], surname]))
    return people
