"""Addresses in the contact block at the top of a resume: UK, DE, FR, NL, IN, BR, PL, PT, SE, IE,
AR, ZA and JP shapes.

Street shapes that are safe anywhere (French "12 rue des Lilas", Brazilian "Av. Paulista, 1578")
are whole-text patterns; shapes that would also match ordinary resume text ("Flat 4", "2nd Cross
Road", a six-digit PIN after a city, "00-514") count only inside the contact block.
"""

from __future__ import annotations

import re

from jobtui.resume.cities import CITIES
from jobtui.resume.names import PLACES, fold
from jobtui.resume.postal import STREET_WORD
from jobtui.resume.sections import is_heading

FRENCH_STREET = re.compile(
    r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|allée|allee"
    r"|chemin|impasse|quai|route|cours|passage|square)(?:[ \t]+[\w'’-]+){1,5}"
)
# An Irish-language street name: "3 Ard na Gréine", "12 Bóthar an Chnoic", "Páirc na Coille".
IRISH_STREET = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?[ \t]+(?:Ard|Árd|Bóthar|Bothar|Sráid|Sraid|Páirc|Pairc|Cnoc|Gleann"
    r"|Radharc|Ascaill|Cúirt|Cuirt|Plás|Plas|Lána|Lana|Garrán|Garran|Bóithrín|Boithrin)"
    r"(?:[ \t]+(?:na|an|a|Uí|Mhic|[A-ZÁÉÍÓÚ][\w'’-]+)){1,3}"
)
BRAZILIAN_STREET = re.compile(
    r"\b(?:Av\.|Avenida|Rua|R\.|Alameda|Al\.|Travessa|Estrada|Rodovia|Praça|Largo)"
    r"(?:[ \t]+[\w'’.-]+){1,5}?,[ \t]*(?:n[º°o]\.?[ \t]*)?\d{1,5}\b"
)
CONTACT_ADDRESS = (
    re.compile(r"\b(?:Flat|Apt\.?|Apartment|Room|Unit|Suite|Plot|House|Villa|Block|No\.|#)"
               r"[ \t]*\d+[A-Za-z]?\b"),
    # A house number after a hash opening the line, then a comma: "#42, 3rd Cross" (India).
    re.compile(r"(?m)^[ \t]*#[ \t]?\d{1,4}[A-Za-z]?(?:/\d{1,3})?(?=[ \t]*,)"),
    # Indian streets: "2nd Cross Road", "5th Main", "Sector 21".
    re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:[A-Z]\w*[ \t]+){0,3}"
               r"(?:Cross|Main|Road|Street|Block|Stage|Phase|Floor|Avenue|Lane)\b"),
    re.compile(r"\bSector[ \t]+\d{1,3}\b"),
    # A Kerala house name on its own line, and the village post office: "Puthenpurackal
    # House", "Thammanam P.O., Kochi - 682032".
    re.compile(r"(?m)^[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:House|Bhavan"
               r"|Bhavanam|Nivas|Nivasam|Manzil|Veedu|Illam)(?=[ \t]*,?[ \t]*$)"),
    re.compile(r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+P\.[ \t]?O\.(?=[ \t]*(?:,|$))",
               re.MULTILINE),
    # A named building or estate after the flat: "Apt 14, The Maltings, Bishop Street".
    re.compile(r"(?<=\d,)[ \t]*The[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?=,)"),
    # A floor and door (ES, PT, CA): "2º Esq.", "1º A", "3r 2a".
    re.compile(r"(?<![\w])\d{1,2}(?:[º°ª][ \t]*(?:(?i:izq(?:uierda)?|dcha|der(?:echa)?|esq"
               r"|dto|dta|frt)\.?|[A-Z](?![\w]))|[rnt][ \t]+\d{1,2}a(?![\w]))"),
    re.compile(r"(?<![\w-])\d{1,4}-\d{1,4}-\d{1,4}[ \t]+[A-Z][a-z]+\b"),  # Japan "3-2-1 Roppongi"
    re.compile(r"\b\d{1,4}[a-zA-Z]?,?[ \t]+[A-Z][\w'’-]+[ \t]+(?:Way|Road|Street|Close|Lane)\b"),
    # Street words then a house number, with more of the address after a comma:
    # "Drottninggatan 45, 111 21 Stockholm" (a city with a postcode ends its segment instead).
    re.compile(r"(?<![\w.])[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t]+"
               r"\d{1,5}(?:bis|ter|quater|[a-zA-Z])?(?:/\d{1,4})?(?=,[ \t]*\w)"),
)
CONTACT_POSTAL = (
    re.compile(r"(?<=[A-Za-z][ \t])[1-9]\d{5}\b"),  # India PIN, China: "Bengaluru 560038"
    re.compile(r"(?<=[A-Za-z][ \t][-–][ \t])[1-9]\d{5}\b"),  # "Kochi - 682032"
    re.compile(r"(?<![\d-])\d{5}-\d{3}(?![\d-])"),  # Brazil CEP "01310-200"
    re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])"),  # Poland "00-514"
    re.compile(r"(?<![\d-])\d{4}-\d{3}(?![\d-])"),  # Portugal "1100-053"
    re.compile(r"(?<![\w-])\d{4}[ \t]?[A-Z]{2}(?![\w])"),  # Netherlands "1016 GV"
    re.compile(r"(?<![\w+-])(?<!ISO[ \t])\d{5}(?=[ \t]+[A-ZÀ-Þ][a-zà-ÿ])"),  # "69003 Lyon"
    re.compile(r"(?<![\d+-])\d{3}[ \t]\d{2}(?=[ \t]+[A-ZÀ-Þ][a-zà-ÿ])"),  # SE "111 21 Stockholm"
    re.compile(r"\b[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}\b"),  # Ireland "D02 X285"
    re.compile(r"\b[A-HJ-NP-Z]\d{4}(?:[A-Z]{3})?\b"),  # Argentina "C1043"
    re.compile(r"(?<=[A-Za-z][ \t])\d{3}-\d{4}\b"),  # Japan "Tokyo 106-0032"
    # Japan, its 〒 mark lost (a PDF font without it): "158-0094 東京都…" opening a line.
    re.compile(r"(?m)^[ \t]*\d{3}-\d{4}(?=[ \t]+\S)"),
    # Four digits after a city, not a year: South Africa, Australia, Belgium ("Johannesburg 2196").
    re.compile(r"(?<=[a-z][ \t])(?!19\d\d|20\d\d)\d{4}(?=[ \t]*(?:$|[|,;]))", re.MULTILINE),
)


# "05-02-1995 Junior Developer": a date, then the other column of a PDF row, is no house number.
FULL_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}\b")


def contact_block_spans(text: str, header_end: int) -> list[tuple[int, int, str]]:
    """(start, end, entity) of address parts and postal codes in ``text[:header_end]``."""
    block = text[:min(header_end, _first_heading(text))]
    # "Dublin 2, D02 X285": a city with its district number is not a street.
    spans = [(m.start(), m.end(), "ADDRESS") for p in CONTACT_ADDRESS[:-1]
             for m in p.finditer(block) if m.group().split()[0].lower() not in PLACES
             and not FULL_DATE.match(m.group())]
    for m in CONTACT_ADDRESS[-1].finditer(block):
        if FULL_DATE.match(m.group()):
            continue
        line_start = block.rfind("\n", 0, m.start()) + 1
        # "Plot 12, Admiralty Way, Lekki Phase 1": after the street, a numbered district stays.
        if m.group().split()[0].lower() in PLACES or not STREET_WORD.search(m.group()) and any(
                line_start <= s < m.start() for s, _, _ in spans):
            continue
        spans.append((m.start(), m.end(), "ADDRESS"))
    spans += [(m.start(), m.end(), "POSTAL_CODE") for p in CONTACT_POSTAL
              for m in p.finditer(block)]
    spans += [(m.start(1), m.end(1), "ADDRESS") for m in DISTRICT_AFTER_CITY.finditer(block)]
    spans += [(m.start(2), m.end(2), "ADDRESS") for m in DISTRICT_JOINED.finditer(block)
              if fold(m.group(1)).lower() in CITIES]  # "80687 München-Laim"
    return spans


# A district in brackets after a postcode and its city: "41011 Sevilla (Los Remedios)".
DISTRICT_AFTER_CITY = re.compile(r"(?<![\w-])\d{4,5}[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
                                 r"[ \t]*\(([A-Z][^()\n]{2,40})\)")
# A district joined to its city by a hyphen after the postcode: "80687 München-Laim".
DISTRICT_JOINED = re.compile(r"(?<![\w-])\d{4,5}[ \t]+([A-Z][^\W\d_]+)-([A-Z][^\W\d_]+)(?![\w-])")


def _first_heading(text: str) -> int:
    """Offset of the first section heading line: "Java 17, Spring" below it is no street."""
    offset, seen = 0, 0
    for line in text.splitlines(keepends=True):
        seen += bool(line.strip())
        if is_heading(line) and seen > 1:  # the first line is the name, even in capitals
            return offset
        offset += len(line)
    return offset


def street_spans(text: str) -> list[tuple[int, int, str]]:
    """French, Brazilian and Irish-language street addresses anywhere in ``text``."""
    return [(m.start(), m.end(), "ADDRESS")
            for p in (FRENCH_STREET, BRAZILIAN_STREET, IRISH_STREET)
            for m in p.finditer(text)]
