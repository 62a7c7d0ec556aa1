"""Addresses in the contact block at the top of a resume, in UK/DE/FR/NL/IN/BR/PL/PT shapes.

Street shapes that are safe anywhere (French "12 rue des Lilas", Brazilian "Av. Paulista, 1578")
are whole-text patterns; shapes that would also match ordinary resume text ("Flat 4", "2nd Cross
Road", a six-digit PIN after a city, "00-514") count only inside the contact block.
"""

from __future__ import annotations

import re

FRENCH_STREET = re.compile(
    r"\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?i:rue|avenue|av\.|boulevard|bd|place|allée|allee"
    r"|chemin|impasse|quai|route|cours|passage|square)(?:[ \t]+[\w'’-]+){1,5}"
)
BRAZILIAN_STREET = re.compile(
    r"\b(?:Av\.|Avenida|Rua|R\.|Alameda|Al\.|Travessa|Estrada|Rodovia|Praça|Largo)"
    r"(?:[ \t]+[\w'’.-]+){1,5}?,[ \t]*(?:n[º°o]\.?[ \t]*)?\d{1,5}\b"
)
CONTACT_ADDRESS = (
    re.compile(r"\b(?:Flat|Apt\.?|Apartment|Room|Unit|Suite|Plot|House|Villa|Block|No\.|#)"
               r"[ \t]*\d+[A-Za-z]?\b"),
    # Indian streets: "2nd Cross Road", "5th Main", "Sector 21".
    re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:[A-Z]\w*[ \t]+){0,3}"
               r"(?:Cross|Main|Road|Street|Block|Stage|Phase|Floor|Avenue|Lane)\b"),
    re.compile(r"\bSector[ \t]+\d{1,3}\b"),
    re.compile(r"\b\d{1,4}[a-zA-Z]?,?[ \t]+[A-Z][\w'’-]+[ \t]+(?:Way|Road|Street|Close|Lane)\b"),
)
CONTACT_POSTAL = (
    re.compile(r"(?<=[A-Za-z][ \t])[1-9]\d{5}\b"),  # India PIN, China: "Bengaluru 560038"
    re.compile(r"(?<![\d-])\d{5}-\d{3}(?![\d-])"),  # Brazil CEP "01310-200"
    re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])"),  # Poland "00-514"
    re.compile(r"(?<![\d-])\d{4}-\d{3}(?![\d-])"),  # Portugal "1100-053"
    re.compile(r"(?<![\w-])\d{4}[ \t]?[A-Z]{2}(?![\w])"),  # Netherlands "1016 GV"
    re.compile(r"(?<![\w+-])\d{5}(?=[ \t]+[A-ZÀ-Þ][a-zà-ÿ])"),  # DE/FR/ES/IT "69003 Lyon"
)


def contact_block_spans(text: str, header_end: int) -> list[tuple[int, int, str]]:
    """(start, end, entity) of address parts and postal codes in ``text[:header_end]``."""
    block = text[:header_end]
    spans = [(m.start(), m.end(), "ADDRESS") for p in CONTACT_ADDRESS for m in p.finditer(block)]
    spans += [(m.start(), m.end(), "POSTAL_CODE") for p in CONTACT_POSTAL
              for m in p.finditer(block)]
    return spans


def street_spans(text: str) -> list[tuple[int, int, str]]:
    """French and Brazilian street addresses anywhere in ``text``."""
    return [(m.start(), m.end(), "ADDRESS") for p in (FRENCH_STREET, BRAZILIAN_STREET)
            for m in p.finditer(text)]
