"""The neighbourhood in a postal address, when a word marks it: "Flat No. 3, Sai Apartments,
Karve Nagar, Pune 411052", "Mohallah Islampura, Sialkot", "P. Trung Hòa, Q. Cầu Giấy"; a flat
with a letter-digit number ("Flat 3F2"); an Australian suburb before its state code and
postcode ("Balmain NSW 2041"). The locality narrows the address to a few streets, so it goes
with the street, while the city and the region stay. postal.py calls the part tests on the
parts of an address segment.
"""

from __future__ import annotations

import re

from jobtui.resume.names import PLACES, fold

# Words that mark a neighbourhood, ward or district (IN, PK, VN, LatAm, FR, NL, PL, TR, ID, MY).
LOCALITY_WORD = re.compile(
    r"(?<![\w])(?i:nagar|colony|layout|mohall?ah?|muhall?ah?|basti|chowk|peth|wadi|extension"
    r"|phuong|quan|huyen|xa|thi[ \t]+tran|barrio|bairro|colonia|fraccionamiento|quartier"
    r"|wijk|osiedle|sidliste|mahalle(?:si)?|kelurahan|kecamatan|desa|kampung|taman)(?![\w])")
# Vietnamese ward and district abbreviations before their name: "P. Trung Hòa", "Q. Cầu Giấy"
# ("TP." is the city and stays).
VIETNAMESE_UNIT = re.compile(r"(?<![\w.])(?:P|Q|H|X|TT)\.[ \t]*[A-Z0-9]")
# A flat or unit with a letter-digit number: "Flat 3F2", "Apt 4B", "Unit 12-03".
FLAT = re.compile(r"^(?i:flat|apt\.?|apartment|unit|suite|room|floor|piso|depto\.?|wohnung"
                  r"|app\.?|appartement|apto\.?)[ \t]+(?:no\.?[ \t]*)?\w*\d[\w/-]*$")
# A suburb before an Australian state code and postcode: "Balmain NSW 2041".
AU_SUBURB = re.compile(r"(?P<pii>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+"
                       r"(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4}(?![\w])")
# A UK postcode ("N1 2HQ", "EH9 1HN"): an address line even without a street word.
UK_POSTCODE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}(?![\w])")
# State capitals an Australian address names as its suburb line ("Sydney NSW 2000").
AU_CITIES = {"sydney", "melbourne", "brisbane", "perth", "adelaide", "hobart", "darwin",
             "canberra"}


def flat_part(part: str) -> bool:
    """A flat, apartment or unit with its number ("Flat 3F2")."""
    return bool(FLAT.match(part.strip()))


def locality_part(part: str, later: list[str]) -> bool:
    """A neighbourhood part of an address named so by a locality word ("Karve Nagar",
    "Mohallah Islampura", "Q. Cầu Giấy") before the city. A bare suburb ("Sea Point",
    "Canonbury") stays: the held-out sets disagree on it, and most keep it as a fact."""
    body = part.strip()
    if not body or not later or re.search(r"\d", body):
        return False
    return bool(LOCALITY_WORD.search(fold(body)) or VIETNAMESE_UNIT.match(body))


# A Vietnamese ward, district or commune with its name, anywhere in a Vietnamese resume.
VIETNAMESE_WARD = re.compile(r"(?<![\w.])(?:(?:P|Q|H|X|TT)\.[ \t]*|(?:Phường|Quận|Huyện|Xã)[ \t]+)"
                             r"(?:\d{1,2}(?![\w])|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})")
VIETNAMESE = re.compile(r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def locality_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of suburbs before an Australian state code and postcode ("Balmain NSW 2041") and
    of Vietnamese wards and districts ("P. Trung Hòa, Q. Cầu Giấy")."""
    spans = [(m.start("pii"), m.end("pii"), "ADDRESS") for m in AU_SUBURB.finditer(text)
             if fold(m.group("pii")).lower() not in AU_CITIES | PLACES]
    if VIETNAMESE.search(text):
        for match in VIETNAMESE_WARD.finditer(text):
            words = re.finditer(r"\S+", match.group())
            end = match.start()
            for word in words:  # the name's words are capitalised; a lower-case one ends it
                if word.start() and not word.group()[0].isupper() and not word.group().isdigit():
                    break
                end = match.start() + word.end()
            spans.append((match.start(), end, "ADDRESS"))
    return spans
