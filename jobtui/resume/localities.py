"""Where the candidate lives and comes from: address localities, contact sections, birthplaces.

The street rules (postal.py, contact.py) remove the street and the postcode and keep the city,
but an address names more: the suburb, the estate, the colonia, the flat ("Unit 17,
Bougainvillea Villas, ..., Sunninghill, 2191"; "Col. Valle Oriente"; "3.º izq."). In an address
line of the contact area every part that is not a known place, a region code, a country or the
city before them goes too. A sidebar's contact section ("CONTACT", "KONTAKT", "PERSONAL
PARTICULARS") is read like the contact block wherever the two-column layout put it. A
birthplace or home town ("Place of Birth: Nyeri", "Born 3 August 1989 in Kuopio", "Født ... i
Ålesund", "Hometown: KwaMhlanga") is removed with its other mentions ("Hoërskool KwaMhlanga",
"Sportsklubben Rap, Ålesund"): it says where the candidate grew up.
"""

from __future__ import annotations

import re

from jobtui.resume.names import PLACES, fold
from jobtui.resume.postal import ADDRESS_LABEL, _line_spans
from jobtui.resume.sections import is_heading

CONTACT_LINES = 12
# Headings of a contact or personal-details section, in the languages resumes come in.
CONTACT_HEADINGS = {
    "contact", "contacts", "contact details", "contact information", "contact info",
    "personal details", "personal particulars", "personal information", "personal data",
    "personal info", "datos personales", "datos de contacto", "contacto", "persönliche daten",
    "persönliche angaben", "kontakt", "kontaktdaten", "coordonnées", "informations personnelles",
    "état civil", "dati personali", "contatti", "contato", "contatos", "dados pessoais",
    "persoonlijke gegevens", "contactgegevens", "personalia", "dane osobowe", "dane kontaktowe",
    "personopplysninger", "kontaktinformasjon", "personuppgifter", "kontaktuppgifter",
    "henkilötiedot", "yhteystiedot", "biodata", "bio data", "personal profile data",
}
# Any label that ends in an address word: "Physical address:", "Dirección particular:".
ANY_ADDRESS_LABEL = re.compile(
    r"^[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,2}(?i:address|adres|adresse|adresa|dirección"
    r"|direccion|domicilio|endereço|endereco|morada|indirizzo|anschrift|wohnort|osoite"
    r"|postadresse|residence|residencia)(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*[:：][ \t]*")
# A flat or floor: "3.º izq.", "2º B", "#08-241" (SG/MY unit), "Int. 8" is a street word.
FLAT = re.compile(
    r"(?<![\w])\d{1,2}[.]?[ \t]*[ºª°][ \t]*(?:(?i:izq|izda|dcha|der|dch|centro|ctro|pta)\.?"
    r"|[A-Z](?![\w]))?|(?<![\w#])#[ \t]?\d{1,3}-\d{1,5}(?![\w-])")
# "6448 2095 (home)": a bare number with its kind in brackets, on a contact line.
KIND_NUMBER = re.compile(
    r"(?<![\w+])(\+?[\d][\d ()./-]{5,18}\d)[ \t]*\((?i:home|work|office|mobile|cell|private"
    r"|privat|casa|domicile|hjem|koti|fixe|residence|res\.?|h|m|o|w)\)")
REGION = re.compile(r"(?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.?)(?:[ \t]+[A-Z0-9][A-Z0-9 ]{2,8})?")
POSTCODE_ONLY = re.compile(r"(?:[A-Z]{1,2}-?)?\d[\d -]{2,9}")
PART = re.compile(r"[^,–—]+")


def locality_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Address localities and flats of the contact area, the contact section's details and
    the birthplace with its other mentions. ``spans`` are the findings so far: a line holding
    one of their addresses is an address line."""
    found = contact_section_spans(text)
    addresses = [(s, e) for s, e, kind in [*spans, *found] if kind == "ADDRESS"]
    offset = 0
    area_end = _contact_area_end(text)
    for line in text.splitlines(keepends=True):
        end = offset + len(line.rstrip("\r\n"))
        body = line.rstrip("\r\n")
        label = ANY_ADDRESS_LABEL.match(body)
        in_area = offset < area_end and any(offset <= s < end for s, _ in addresses)
        if label or in_area:
            start = label.end() if label else 0
            found += _locality_parts(body, offset, start)
        offset += len(line)
    return found + birthplace_spans(text)


def contact_section_spans(text: str) -> list[tuple[int, int, str]]:
    """The contact block's rules applied to a contact section anywhere in the text, and the
    flats and bracketed-kind numbers in it."""
    spans: list[tuple[int, int, str]] = []
    offset, inside = 0, False
    for line in text.splitlines(keepends=True):
        plain = line.strip().strip("#*_:= ").lower()
        if plain in CONTACT_HEADINGS:
            inside = True
        elif is_heading(line) and not re.match(r"\s*#\s?\d", line):
            inside = False  # "#08-241" is a flat, not a Markdown heading
        elif inside and line.strip():
            body = line.rstrip("\r\n")
            spans += _line_spans(body, offset)
            spans += [(offset + m.start(), offset + m.end(), "ADDRESS")
                      for m in FLAT.finditer(body)]
            spans += [(offset + m.start(1), offset + m.end(1), "PHONE_NUMBER")
                      for m in KIND_NUMBER.finditer(body)]
        offset += len(line)
    return spans


def _contact_area_end(text: str) -> int:
    """Offset after the first CONTACT_LINES non-empty lines: where the header may end."""
    seen = offset = 0
    for line in text.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen >= CONTACT_LINES:
                break
    return offset


def _locality_parts(line: str, base: int, start: int) -> list[tuple[int, int, str]]:
    """The parts of an address line's segment that name a locality or a flat (a suburb, an
    estate, "3.º izq."): all but known places, region codes, countries, bare postcodes and the
    city written before a region code or with its postcode."""
    segment = re.split(r"[ \t]*(?:[|•·;]|\t|[ \t]{3,})[ \t]*", line[start:])[0]
    parts = [(m.start() + start, m.group()) for m in PART.finditer(segment)]
    spans = [(base + start + m.start(), base + start + m.end(), "ADDRESS")
             for m in FLAT.finditer(segment)]
    for index, (at, raw) in enumerate(parts):
        part = raw.strip()
        if not part or _kept_part(part, [p for _, p in parts[index + 1:index + 2]]):
            continue
        lead = len(raw) - len(raw.lstrip())
        spans.append((base + at + lead, base + at + lead + len(part), "ADDRESS"))
    return spans


def _kept_part(part: str, following: list[str]) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.-]*", part)
    if not words or POSTCODE_ONLY.fullmatch(part) or REGION.fullmatch(part):
        return True
    if "@" in part:
        return True
    key = fold(" ".join(w for w in words if not any(c.isdigit() for c in w))).lower()
    if key in PLACES or _country(key) or any(fold(w).lower() in PLACES for w in words):
        return True
    nxt = following[0].strip() if following else ""
    city_before = bool(nxt) and (REGION.fullmatch(nxt) is not None or _country(fold(nxt).lower()))
    with_code = bool(re.search(r"\d{3,}", part)) and len(words) <= 3 and not re.search(
        r"(?i:unit|flat|apt|apartment|suite|box|no\.?|nr\.?)", part)
    return city_before or with_code


def _country(key: str) -> bool:
    from jobtui.resume.header import _country as country

    return country(key)


# A birthplace or home town after its label or cue, in the languages resumes come in.
_PLACE = r"(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[ \t-]+(?:de|del|la|am|an|der|upon|on|sur)?[ \t]*[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2})"
BIRTHPLACE = re.compile(
    r"(?i:\b(?:place[ \t]+of[ \t]+birth|birth[ \t]?place|home[ \t]?town|native[ \t]+place"
    r"|place[ \t]+of[ \t]+origin|lugar[ \t]+de[ \t]+nacimiento|lieu[ \t]+de[ \t]+naissance"
    r"|geburtsort|fødested|födelseort|syntymäpaikka|kotipaikka|luogo[ \t]+di[ \t]+nascita"
    r"|naturalidade|local[ \t]+de[ \t]+nascimento|miejsce[ \t]+urodzenia|geboorteplaats"
    r"|doğum[ \t]+yeri|místo[ \t]+narození|születési[ \t]+hely|heimatort)[ \t]*[:：]?[ \t]*"
    r"|\b(?:born|geboren|født|född|syntynyt|nacid[oa]|née?|nascid[oa]|urodzon[ya]"
    r"|grew[ \t]+up|originally[ \t]+from|hails[ \t]+from)\b[^\n|•·;]{0,40}?"
    r"\s(?:in|en|à|a|em|w|i|te|from|aus|von)\s+)" + _PLACE)


def birthplace_spans(text: str) -> list[tuple[int, int, str]]:
    """The birthplace or home town and every other mention of it as a whole word, unless it
    is a city the resume works in (a known place)."""
    spans: list[tuple[int, int, str]] = []
    for match in BIRTHPLACE.finditer(text):
        place = match.group("place").rstrip(".")
        key = fold(place).lower()
        if key in PLACES or _country(key) or any(c.isdigit() for c in place):
            continue
        spans += [(m.start(), m.end(), "ADDRESS") for m in re.finditer(
            rf"(?<![\w-]){re.escape(fold(place))}(?![\w-])", fold(text))]
    return spans
