"""Phone numbers written the national way, without a country code: "655 201 834" (Spain),
"612 34 56 78", "98102 33871" (India), "912 34 567" (Norway), "(11) 98765-4321" (Brazil).

Presidio's phone recognizer reads numbers by the rules of a few regions; a national number of
another country (no "+34", no trunk "0") is no number to it. Such a number is found by what
stands before it instead: a phone label in one of many languages ("Tel.", "Móvil", "Handy",
"Tlf", "Puh", "M:") or a phone symbol. A bare number alone in a contact-block segment is
handled with the other contact-block rules (postal.py).
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

# Labels are matched on accent-folded text: "Teléfono" -> "Telefono", "Móvil" -> "Movil".
_LABELS = (
    r"phone|telephone|tel|telefon|telefono|telefone|telf|tfno|fono|mobile?|mobil|movil"
    r"|cell(?:phone|ulare)?|cel|celular|handy|gsm|mob|tlf|tlfn|puh(?:elin)?|matkapuhelin|whatsapp"
    r"|telemovel|movel|tm|numero|nr[ \t]+tel|tel\.?[ \t]+kom|komorka|mobiltelefon"
    r"|contact(?:[ \t]+(?:no|number))|ph|telephone[ \t]+portable|portable|numer[ \t]+telefonu"
    r"|cislo|telefonszam|cep[ \t]+tel(?:efonu)?"
)
PHONE_LABEL = re.compile(
    rf"(?<![\w@./-])(?:(?i:{_LABELS})\.?(?:[ \t]*/[ \t]*[^\W\d_]+\.?)?"  # "Tel/Fax"
    r"(?:[ \t]*\((?i:mobile?|home|work|cell|m|h|w)\))?"
    r"(?:[ \t]*(?i:no|nr|number|num|n[o°º])\.?)?[ \t]*[:.#-]?"
    r"|[MTPH][ \t]*:|[\u260e\u260f\u2706\U0001f4de\U0001f4f1\U0001f4f2])"
    r"[ \t]*(?P<phone>\(?\+?\d[\d \t().\-/]{5,20}\d)(?![\d])"
)
# "09/2014 – 02/2019", "2013 - 2019": a date range, never a phone.
_DATES = re.compile(r"(?:\d{1,2}[/.-])?(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:\d{1,2}[/.-])?"
                    r"(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}")


def phone_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "PHONE_NUMBER") of every number after a phone label or symbol."""
    spans = []
    for match in PHONE_LABEL.finditer(fold(text)):
        number = match.group("phone").rstrip(" \t(").strip()
        digits = re.sub(r"\D", "", number)
        # Seven digits (a local number) only after a colon: "GSM 900 1800" is a band plan.
        shortest = 7 if ":" in match.group()[:match.start("phone") - match.start()] else 8
        if shortest <= len(digits) <= 15 and not _DATES.fullmatch(number.strip("()")):
            start = match.start("phone")
            spans.append((start, start + len(number), "PHONE_NUMBER"))
    return spans


def national_number(segment: str) -> bool:
    """``segment`` is nothing but a phone number of 8 to 13 digits in any national shape
    ("655 201 834", "(11) 98765-4321", "0321-7654321"), not a date or a date range."""
    digits = re.sub(r"\D", "", segment)
    return (bool(re.fullmatch(r"\(?\+?\d[\d \t().\-/]{6,20}\d", segment))
            and 8 <= len(digits) <= 13 and not _DATES.fullmatch(segment))
