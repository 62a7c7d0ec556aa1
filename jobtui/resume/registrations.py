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
    r"|big|ahpra|practising[ \t]+certificate|pin|lic|licencia|lic\.[ \t]*prof|permis|permit)"
    r"|(?<![\w.-])[A-Z]{2,6}(?![\w.-])"
)
# The body's name may follow in brackets: "RPEQ (Registered Professional Engineer of
# Queensland) no. 21844".
_EXPANDED = r"(?:[ \t]*\([^()\n]{1,60}\))?"
# "No.", "n.º", "ID", "Code"; the number may wrap onto the next line ("PSPTB Reg. No.").
_NUMBER_WORD = (r"\.?\)?,?[ \t-]*(?i:no|nr|number|num|n\.?[º°o]|#|pin|id|code)\.?[ \t]*[:#]?"
                r"[ \t]*\n?[ \t]*")
# Letters, digits, slashes and dashes with four digits or more ("PSPTB/CPSP/2015/0734",
# "1-2H8QW45", "R.34712"), or a number with thousands dots ("29.471").
_NUMBER = (r"(?P<number>(?=(?:[A-Z/.-]*\d){4})[A-Z0-9](?:[A-Z0-9/-]|\.(?=\d)){3,24}[A-Z0-9]"
           r"|\d{1,3}(?:\.\d{3})+)(?![\w/-])")
# The body's acronym may stand between "No." and the number: "Reg. No. KNMC 71452".
_BODY = r"(?:[A-Z]{2,6}[ \t]+(?=\d))?"
REGISTRATION = re.compile(rf"(?:{_REGISTER}){_EXPANDED}{_NUMBER_WORD}{_BODY}{_NUMBER}")
# A registration number under its own label: "State Code: FC/13B/4472" (Nigeria's national
# youth service), "Contact ID: 1-2H8QW45" (CIMA).
_DRIVING = r"driving[ \t]+licen[cs]e|driver'?s[ \t]+licen[cs]e"
# A driving licence's number after its class letter: "Driving Licence : B 3971026 (Light
# vehicles)"; the class alone ("Driving licence: B") stays.
LABELLED = re.compile(rf"(?<![\w])(?i:state[ \t]+code|contact[ \t]+id|member(?:ship)?[ \t]+id"
                      rf"|(?:{_DRIVING})(?:[ \t]+(?:no\.?|number))?)"
                      rf"[ \t]*:[ \t]*(?:[A-Z]{{1,3}}[ \t]+(?=\d))?{_NUMBER}")
# A driving licence's number after its class: "UAE Driving License: Light Vehicle (No. 2284716)",
# "Permis de conduire B, n° 12/84573".
DRIVING_LICENCE = re.compile(rf"(?<![\w])(?i:{_DRIVING}|permis[ \t]+de[ \t]+conduire"
                             r"|f[üu]hrerschein|licencia[ \t]+de[ \t]+conduc(?:ir|cir)"
                             r"|carta[ \t]+de[ \t]+condu[çc][ãa]o)"
                             r"[^\n]{0,40}?(?<![\w])(?i:no|nr|number|n[º°o])\.?[ \t]*[:#]?[ \t]*"
                             rf"{_NUMBER}")
# An Indian driving licence: state, office, year of issue, serial ("MH12 20110045873").
INDIAN_LICENCE = re.compile(rf"(?<![\w])(?i:{_DRIVING})[^\n:]{{0,20}}:"
                            r"[ \t]*(?P<number>[A-Z]{2}[ \t-]?\d{2}[ \t-]?(?:19|20)\d\d[ \t-]?"
                            r"\d{7})(?![\w])")
# A body's number in brackets after its name: "Member, AusIMM (No. 318842)".
BRACKETED = re.compile(rf"\((?i:no|nr|n[º°o]|number|member(?:ship)?[ \t]+no)\.?[ \t]*:?[ \t]*"
                       rf"{_NUMBER}\)")


def registration_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "NATIONAL_ID") of numbers after a registration word or a body's acronym and
    "No."/"Nr."/"#"."""
    return [(m.start("number"), m.end("number"), "NATIONAL_ID")
            for pattern in (REGISTRATION, LABELLED, DRIVING_LICENCE, INDIAN_LICENCE,
                            BRACKETED)
            for m in pattern.finditer(text)
            if not re.fullmatch(r"(?:19|20)\d\d", m.group("number"))]
