"""Professional registration, licence and membership numbers: "RPEQ No. 18734", "GMC number
7123456", "Colegiado nº 28/45123", "Registration No.: EN-20931", "Kammer-Nr. 41822".

The body's name stays (it says what the candidate is qualified for); the number identifies the
candidate in that body's public register, so it goes like an ID.
"""

from __future__ import annotations

import re

# A registration word in the languages CVs come in, or a body's acronym ("RPEQ", "GMC", "NMC").
_REGISTER = (
    r"(?i:registration|registered|reg|licen[cs]e|license|licencia|licença|licenza|lizenz"
    r"|membership|member|mitglieds|kammer|matr[ií]cula|colegiad[oa]|inscri[cç][aã]o|ordine"
    r"|ordre|iscrizione|numéro[ \t]+d'inscription|rpps|adeli|cédula[ \t]+profesional"
    r"|registro|registrace|rejestracja|nr[ \t]+prawa[ \t]+wykonywania[ \t]+zawodu|pwz"
    r"|big|ahpra|practising[ \t]+certificate|pin|lic|licencia|lic\.[ \t]*prof)"
    r"|(?<![\w.-])[A-Z]{2,6}(?![\w.-])"
)
REGISTRATION = re.compile(
    rf"(?:{_REGISTER})\.?[ \t-]*(?i:no|nr|number|num|n[º°o]|#|pin|id)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<number>(?=[A-Z0-9/-]*\d{4})[A-Z0-9][A-Z0-9/-]{3,14}[A-Z0-9])(?![\w/-])"
)


def registration_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "NATIONAL_ID") of numbers after a registration word or a body's acronym and
    "No."/"Nr."/"#"."""
    return [(m.start("number"), m.end("number"), "NATIONAL_ID")
            for m in REGISTRATION.finditer(text)
            if not re.fullmatch(r"(?:19|20)\d\d", m.group("number"))]
