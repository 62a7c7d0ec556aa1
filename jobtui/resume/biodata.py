"""Personal-data forms inside a resume: relatives, nicknames and local address units.

Philippine, South Asian and Latin American resumes often carry a "biodata" block: the
parents' names ("Father's Name: Rogelio M. de Guzman (OFW, Riyadh)"), an emergency contact,
the barangay in the address ("Brgy. Molino III"). And a nickname is often given in prose:
'Known on the team as "DJ"', "la Feña, para el equipo", 'Ernesto "Boyet" Dimaculangan'. None
of these has a cue the running-text rules look for.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A label that names a relative or a contact person; its value up to a bracket, a bar, a
# comma or the line's end is a person ("Mother's Name: Lorna B. de Guzman (Teacher)").
RELATIVE = re.compile(
    r"(?i:\b(?:(?:father|mother|spouse|husband|wife|guardian|parent|sibling)(?:'s|’s)?"
    r"(?:[ \t]+(?:full|maiden))?[ \t]+name|name[ \t]+of[ \t]+(?:father|mother|spouse|guardian)"
    r"|nombre[ \t]+del?[ \t]+(?:padre|madre|c[oó]nyuge|esposo|esposa)"
    r"|nome[ \t]+d[oa][ \t]+(?:pai|m[aã]e|c[oô]njuge)|name[ \t]+des[ \t]+(?:vaters|ehepartners)"
    r"|name[ \t]+der[ \t]+mutter|nom[ \t]+du[ \t]+(?:p[eè]re|conjoint)"
    r"|nom[ \t]+de[ \t]+la[ \t]+m[eè]re|emergency[ \t]+contact(?:[ \t]+(?:person|name))?"
    r"|contact[ \t]+person|next[ \t]+of[ \t]+kin"
    # A bare relation as the label: "Guardian: Mr. V. Srinivasan", "Father: Jeong Dong-su".
    r"|guardian|father|mother|brothers?|sisters?"
    # HU, PL, CS/SK, RO, TR, VN: "Anyja neve:", "Imię ojca:", "Jméno matky:", "Họ tên cha:".
    r"|(?:anyja|apja)(?:[ \t]+sz[üu]let[ée]si)?[ \t]+neve|imi[ęe][ \t]+(?:ojca|matki)"
    r"|nazwisko[ \t]+rodowe[ \t]+matki|jm[ée]no[ \t]+(?:otce|matky)|meno[ \t]+(?:otca|matky)"
    r"|numele[ \t]+(?:tat[ăa]lui|mamei)|prenumele[ \t]+(?:tat[ăa]lui|mamei)"
    r"|h[ọo][ \t]+t[êe]n[ \t]+(?:cha|m[ẹe])|(?:baba|anne)[ \t]+ad[ıi]))[ \t]*[:：][ \t]*"
    r"(?P<pii>[^\W\d_][^|(\n;,:]*?)(?=[ \t]*(?:[|(\n;,]|$|[ \t]-[ \t]|[ \t]–[ \t]))")
# A barangay (PH), purok or sitio and its name: "Brgy. Molino III", "Barangay San Isidro".
BARANGAY = re.compile(
    r"(?<![\w])(?:Brgy|Bgy|Barangay|Purok|Sitio)\.?[ \t]+"
    r"(?:[A-Z0-9][\w.'’-]*)(?:[ \t]+(?:[A-Z0-9][\w.'’-]*|de|del|ng))*")
# A nickname in prose: 'known on the team as "DJ"', "a.k.a. Beto", "nicknamed Podge".
KNOWN_AS = re.compile(
    r"(?i:\b(?:known|called|referred[ \t]+to)\b[^.\n\"“]{0,30}?\bas"
    r"|\ba\.?k\.?a\.?|\bnicknamed|\bapodad[oa]|\bgenannt)"
    r"[ \t]+(?P<quote>[\"“'‘«]?)[ \t]*(?P<pii>[A-Z][\w.'’-]{0,20})(?=[\"”'’»]|[ \t]*[,.;)\n]|$)")

# "la Feña, para el equipo", "(Kate to my friends)": the name a person goes by among others,
# after a bracket or an article (a bullet's first word "Onboarding for the team" is no name).
GOES_BY = re.compile(
    r"(?:\((?:[ \t]*(?:la|el|il|lo|le|o|a)[ \t]+)?|(?<![\w])(?:la|el|il|lo|le)[ \t]+)"
    r"(?P<pii>[A-Z][\w'’-]{1,20}),?\s+(?:para|pour|per|for|to|für)[ \t]+"
    r"(?:(?:el|la|los|las|les|le|il|the|my|mis|mes|i|meine|die|den)[ \t]+)?"
    r"(?:equipo|[ée]quipe|team|amigos|amis|friends|colegas|colleagues|coll[eè]gues"
    r"|compañeros|companeros|colleghi|amici|freunde|kollegen)\b")
# A nickname in quotes beside a given name: 'Prof. Ernesto "Boyet" Dimaculangan',
# 'con el "Pelao" Ignacio'.
QUOTED_NICKNAME = re.compile(
    r"(?:(?P<before>[A-Z][\w'’-]+)[ \t]+)?[\"“](?P<nick>[A-Z][\w.'’-]{1,15})[\"”]"
    r"(?:[ \t]+(?P<after>[A-Z][\w'’-]+))?")

# A relative named in prose: "with my brother Colm", "med min sambo Elin", "avec mon frère Luc".
RELATIVE_IN_PROSE = re.compile(
    r"(?<![\w])(?i:my|our|min|mitt|mina|mon|ma|mes|mi|mis|mein|meine|meinem|meiner|mijn|moje"
    r"|mój|moja|mio|mia)[ \t]+(?i:brother|sister|wife|husband|partner|father|mother|son"
    r"|daughter|cousin|uncle|aunt|fianc[ée]e?|sambo|fru|man|bror|syster|pappa|mamma|frère"
    r"|frere|sœur|soeur|femme|mari|hermano|hermana|esposa|esposo|bruder|schwester|frau|mann"
    r"|partnerin|broer|zus|vrouw|fratello|sorella|moglie|marito)"
    r"[ \t]+(?P<pii>[A-ZÀ-ÞĀ-Ž][\w'’-]+)")


def biodata_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of relatives and contact persons named after a label, barangays, and nicknames
    given in prose."""
    spans = [(m.start("pii"), m.end("pii"), "PERSON") for m in RELATIVE.finditer(text)]
    spans += [(m.start(), m.end(), "ADDRESS") for m in BARANGAY.finditer(text)]
    spans += [(m.start("pii"), m.end("pii"), "PERSON") for m in KNOWN_AS.finditer(text)
              if _nickname(m.group("pii"), quoted=bool(m.group("quote")))]
    spans += [(m.start("pii"), m.end("pii"), "PERSON") for m in RELATIVE_IN_PROSE.finditer(text)
              if _nickname(m.group("pii"), quoted=True)]
    spans += [(m.start("pii"), m.end("pii"), "PERSON") for m in GOES_BY.finditer(text)
              if _nickname(m.group("pii"), quoted=True)]
    for match in QUOTED_NICKNAME.finditer(text):
        names = [g for g in ("before", "after") if match.group(g)
                 and _nickname(match.group(g), quoted=False)]
        if names == ["before"] and match.group("after") and _nickname(match.group("after"), True):
            names.append("after")  # 'Ramon "Bong" Villareal': the surname after the nickname
        if names and _nickname(match.group("nick"), quoted=True):
            spans += [(match.start(g), match.end(g), "PERSON") for g in ("nick", *names)]
    return spans


@lru_cache(maxsize=1)
def _firms() -> frozenset[str]:
    from jobtui.resume.names import FIRMS, fold

    return frozenset(fold(f).lower() for f in FIRMS)


def _nickname(word: str, quoted: bool) -> bool:
    """A quoted word, or a known first name, that is no technology, firm or organisation
    word: 'formerly known as Facebook' names a firm, 'known as "DJ"' a person."""
    from jobtui.resume.names import ORG_WORDS, TECH, fold, gazetteer

    plain = fold(word).lower().strip(".")
    if plain in TECH or plain in ORG_WORDS or plain in _firms():
        return False
    return quoted or plain in gazetteer()[0]
