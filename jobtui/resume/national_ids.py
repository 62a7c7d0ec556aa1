"""Checksummed national ID numbers of more countries, found without a label.

Each shape is rare in a resume and carries check digits (or a birth date that must be a real
date), so a match is an ID with little risk of taking a phone number, an amount or a year range.
IDs whose digits pass a check only about one time in ten (Luhn on nine digits, mod 11 on ten)
count only with a label on the same line. Sources: the public descriptions of each scheme
(python-stdnum documents the same algorithms).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from presidio_analyzer import LocalRecognizer, RecognizerResult


def _digits(value: str) -> list[int]:
    return [int(c) for c in re.sub(r"\D", "", value)]


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn(value: str) -> bool:
    total = 0
    for index, digit in enumerate(reversed(_digits(value))):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _tr_kimlik(value: str) -> bool:
    """Turkey, T.C. Kimlik No: two check digits over the first nine."""
    d = _digits(value)
    tenth = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return d[0] != 0 and d[9] == tenth and d[10] == sum(d[:10]) % 10


def _ro_cnp(value: str) -> bool:
    """Romania, CNP: sex digit, birth date, weighted mod 11."""
    d = _digits(value)
    total = sum(a * b for a, b in zip(d[:12], (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9), strict=True))
    check = total % 11
    century = {1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000, 7: 1900, 8: 1900}
    return (d[0] in century and (1 if check == 10 else check) == d[12]
            and _real_date(century[d[0]] + d[1] * 10 + d[2], d[3] * 10 + d[4], d[5] * 10 + d[6]))


def _kr_rrn(value: str) -> bool:
    """South Korea, resident registration number: birth date, weighted mod 11."""
    d = _digits(value)
    total = sum(a * b for a, b in zip(d[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    century = 1900 if d[6] in (1, 2, 5, 6) else 2000
    return ((11 - total % 11) % 10 == d[12]
            and _real_date(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]))


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _mx_curp(value: str) -> bool:
    """Mexico, CURP: birth date and a weighted check digit over 17 characters."""
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(value[:17]))
    return (10 - total % 10) % 10 == int(value[17]) and _real_date(
        2000 + int(value[4:6]) if value[16].isalpha() else 1900 + int(value[4:6]),
        int(value[6:8]), int(value[8:10]))


def _cl_rut(value: str) -> bool:
    """Chile, RUT/RUN: mod 11 with weights 2..7, check digit 0-9 or K."""
    body, check = re.sub(r"\D", "", value[:-1]), value[-1].upper()
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    expected = {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11))
    return expected == check


def _ie_pps(value: str) -> bool:
    """Ireland, PPS number: seven digits, a check letter (mod 23), maybe a second letter."""
    d = _digits(value)
    letters = re.sub(r"[^A-Z]", "", value.upper())
    total = sum(n * (8 - i) for i, n in enumerate(d[:7]))
    if len(letters) == 2:
        total += 9 * (ord(letters[1]) - 64) if letters[1] != "W" else 0
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == letters[0]


def _za_id(value: str) -> bool:
    """South Africa, ID number: birth date and Luhn."""
    d = _digits(value)
    return _luhn(value) and _real_date(1900 + d[0] * 10 + d[1], d[2] * 10 + d[3],
                                       d[4] * 10 + d[5])


def _cn_resident(value: str) -> bool:
    """China, resident identity card: birth date and ISO 7064 mod 11-2."""
    d = _digits(value[:17])
    total = sum(n * w for n, w in zip(d, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2),
                                      strict=True))
    return ("10X98765432"[total % 11] == value[17].upper()
            and _real_date(int(value[6:10]), int(value[10:12]), int(value[12:14])))


def _eg_national(value: str) -> bool:
    """Egypt, national ID: century digit, a real birth date, a governorate code."""
    d = _digits(value)
    year = (1900 if d[0] == 2 else 2000) + d[1] * 10 + d[2]
    return _real_date(year, d[3] * 10 + d[4], d[5] * 10 + d[6]) and (
        1 <= d[7] * 10 + d[8] <= 35 or d[7] * 10 + d[8] == 88)


def _sg_nric(value: str) -> bool:
    """Singapore, NRIC/FIN: weighted sum, a check letter per series."""
    d = _digits(value)
    total = sum(n * w for n, w in zip(d, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if value[0] in "TG" else 3 if value[0] == "M" else 0
    table = ("JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK" if value[0] in "FG"
             else "KLJNPQRTUWX")
    return table[total % 11] == value[8]


def _se_personnummer(value: str) -> bool:
    """Sweden, personnummer: birth date (day + 60 for a co-ordination number) and Luhn."""
    d = _digits(value)[-10:]
    day = d[4] * 10 + d[5]
    return _luhn("".join(map(str, d))) and _real_date(
        2000 + d[0] * 10 + d[1], d[2] * 10 + d[3], day - 60 if day > 60 else day)


def _no_fodselsnummer(value: str) -> bool:
    """Norway, fødselsnummer: two mod 11 check digits."""
    d = _digits(value)
    first = 11 - sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=False)) % 11
    second = 11 - sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False)) % 11
    return (first % 11, second % 11) == (d[9], d[10]) and first != 10 and second != 10


def _fr_nir(value: str) -> bool:
    """France, NIR (numéro de sécurité sociale): 13 digits and a mod 97 key."""
    d = re.sub(r"\D", "", value)
    return d[0] in "12" and 97 - int(d[:13]) % 97 == int(d[13:15])


def _be_national(value: str) -> bool:
    """Belgium, national register number: mod 97 (born before or after 2000)."""
    d = re.sub(r"\D", "", value)
    base, check = int(d[:9]), int(d[9:])
    return check in (97 - base % 97, 97 - int("2" + d[:9]) % 97)


def _fi_hetu(value: str) -> bool:
    """Finland, henkilötunnus: birth date, century sign, mod 31 check character."""
    number = int(value[:6] + value[7:10])
    return ("0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31] == value[10].upper()
            and _real_date(2000 if value[6] in "ABCDEF" else 1900,
                           int(value[2:4]), int(value[:2])))


# Taiwan: a letter for the issuing place (A=10 ... with I, O, W, X, Y, Z out of order), a sex
# digit, seven digits and a check digit; weights 1, 9, 8 ... 1 over the place's two digits
# and the rest, the sum a multiple of 10.
_TW_PLACES = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def _tw_national(value: str) -> bool:
    code = _TW_PLACES.index(value[0].upper()) + 10
    digits = [code // 10, code % 10, *map(int, value[1:])]
    return sum(d * w for d, w in zip(digits, (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1),
                                     strict=True)) % 10 == 0


def _lt_asmens(value: str) -> bool:
    """Lithuania, asmens kodas: century-and-sex digit, birth date, mod 11 with a second pass
    of shifted weights when the first gives 10 (Estonia's isikukood uses the same scheme)."""
    d = _digits(value)
    check = sum(a * b for a, b in zip(d[:10], (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
    if check == 10:
        check = sum(a * b for a, b in zip(d[:10], (3, 4, 5, 6, 7, 8, 9, 1, 2, 3),
                                          strict=True)) % 11 % 10
    century = 1800 + 100 * ((d[0] - 1) // 2)
    return check == d[10] and _real_date(century + d[1] * 10 + d[2], d[3] * 10 + d[4],
                                         d[5] * 10 + d[6])


def _labelled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# (name, shape, check, label that must precede it on its line or None).
CHECKED_IDS: list[tuple[str, str, Callable[[str], bool], re.Pattern[str] | None]] = [
    ("TR kimlik", r"(?<![\d.-])[1-9]\d{10}(?![\d.-])", _tr_kimlik, None),
    ("RO CNP", r"(?<![\d.-])[1-8]\d{12}(?![\d.-])", _ro_cnp, None),
    ("KR RRN", r"(?<![\d-])\d{6}-?[1-8]\d{6}(?![\d-])", _kr_rrn, None),
    ("MX CURP", r"\b[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b", _mx_curp, None),
    ("CL RUT", r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w])", _cl_rut, None),
    ("IE PPS", r"\b\d{7}[A-W][A-IW]?\b", _ie_pps, None),
    ("ZA ID", r"(?<![\d.-])\d{13}(?![\d.-])", _za_id, None),
    ("CN resident ID", r"(?<![\d.-])[1-9]\d{16}[\dXx](?![\d.-])", _cn_resident, None),
    ("EG national ID", r"(?<![\d.-])[23]\d{13}(?![\d.-])", _eg_national, None),
    ("SG NRIC", r"\b[STFGM]\d{7}[A-Z]\b", _sg_nric, None),
    ("SE personnummer", r"(?<![\d.-])(?:19|20)?\d{6}[-+]\d{4}(?![\d.-])", _se_personnummer,
     None),
    ("NO fodselsnummer", r"(?<![\d.-])\d{6}[ ]?\d{5}(?![\d.-])", _no_fodselsnummer, None),
    ("FR NIR", r"(?<![\d.-])[12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}(?![\d.-])",
     _fr_nir, None),
    ("BE national number", r"(?<![\d.-])\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}(?![\d.-])",
     _be_national, None),
    ("FI HETU", r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b", _fi_hetu, None),
    ("LT/EE personal code", r"(?<![\d.-])[1-6]\d{10}(?![\d.-])", _lt_asmens, None),
    ("TW national ID", r"\b[A-Z][12]\d{8}\b", _tw_national, None),
    # Weak checks: only with their label on the line.
    ("CA SIN", r"(?<![\d.-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d.-])", _luhn,
     _labelled(r"\b(?:SIN|NAS|social\s+insurance|assurance\s+sociale)\b")),
]


class CheckedIdRecognizer(LocalRecognizer):
    """Every ID shape of CHECKED_IDS whose check passes (and whose label, if any, is there)."""

    def __init__(self):
        self.checks = [(re.compile(shape), check, label) for _, shape, check, label in CHECKED_IDS]
        super().__init__(supported_entities=["NATIONAL_ID"], name="jobtui checksummed IDs",
                         supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """Every ID in ``text`` that passes its check."""
        results = []
        for pattern, check, label in self.checks:
            for match in pattern.finditer(text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                if label and not label.search(text[line_start:match.start()]):
                    continue
                try:
                    valid = check(match.group())
                except (ValueError, IndexError):
                    valid = False
                if valid:
                    results.append(RecognizerResult("NATIONAL_ID", *match.span(), 1.0))
        return results
