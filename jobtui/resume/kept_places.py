"""The place after an employer is a fact, not a person: "Alicorp S.A.A. – Lima", "Betsson Group,
Ta' Xbiex", "John Keells IT, Colombo 02 (Jan 2022 – Present)".

Surnames such as Lima, Colombo or Florence are also cities; after a named employer (a run with
a company, institution or legal-form word, kept_institutions.py) and a separator, one to three
capitalised words (with their particles and a district number) up to the end of the part are the
employer's place. A given name and a surname there ("…, Anna Kowalska") is still a person.
"""

from __future__ import annotations

import re

from jobtui.resume.kept_institutions import HONORIFIC
from jobtui.resume.letters import UPPER

# One place word: "Lima", "Ta'", "Xbiex", "Il-Ħamrun", "St.", "São"; particles join them.
# Accented letters too: "Asunción", "Bogotá", "Ħamrun".
_WORD = rf"[{UPPER}À-ÖØ-ÞĀ-ſ][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*"
_PARTICLE = r"(?:de|del|da|do|dos|la|le|les|el|al|am|an|im|sur|upon|on|di)"
PLACE = re.compile(
    rf"[ \t]*[,–—|-][ \t]*(?P<place>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,2}}"
    rf"(?:[ \t]+\d{{1,3}})?)[ \t]*(?=$|\n|[(|,;–—]|[ \t]{{2}})")
# A legal form written after the run ("Alicorp S.A.A.", "Virtusa (Pvt) Ltd") sits between the
# named run and the separator.
TAIL = re.compile(r"(?:[ \t]*\([A-Za-z.]{2,6}\)|[ \t]*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.)*"
                  r"|[ \t]+(?:Ltd|Limited|Inc|LLC|PLC|plc|GmbH|AG|SE|AB|AS|ASA|Oy|Bhd|Tbk))*")


# A state or province code after the place: "…, WA", "…, PR", "…, NSW".
STATE_CODE = re.compile(r"[ \t]*,[ \t]*[A-Z]{2,3}(?![\w])")


def employer_places(text: str, employers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the place written right after each employer span in ``employers``."""
    from jobtui.resume.cities import CITIES
    from jobtui.resume.kept_lines import _a_person, _folded
    from jobtui.resume.names import gazetteer

    first_names = gazetteer()[0]
    spans = []
    for _, end in set(employers):
        tail = TAIL.match(text, end)
        found = PLACE.match(text, tail.end() if tail else end)
        words = found["place"].split() if found else []
        if words and (STATE_CODE.match(text, found.end("place"))
                      or _folded(found["place"]).lower() in CITIES):
            spans.append(found.span("place"))  # "Rio Tinto – Tom Price, WA", "… — Asunción"
            continue
        if not words or any(HONORIFIC.match(w) for w in words) or any(
                _a_person(words[i:]) for i in range(len(words))) or len(words) > 1 and len(
                _folded(words[0])) > 2 and _folded(words[0]) in first_names:
            continue  # "…, Mrs. Folake Ogunleye", "…, Anna Kowalska": a person, not a place
        spans.append(found.span("place"))
    return spans
