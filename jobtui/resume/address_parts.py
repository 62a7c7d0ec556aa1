"""Where the candidate lives: marked address parts, contact sections, places named after home.

The street rules (postal.py, contact.py) remove the street and the postcode and keep the city,
but an address names more: the flat, the estate, the street without its number ("Unit 17,
Bougainvillea Villas", "Riverside Drive", "3.º izq."). In an address line of the contact area
a part with such a marker goes too; a plain district or colonia before the city ("Sea Point",
"Col. Roma Norte") stays, like the city: it tells where the candidate can work. A sidebar's
contact section ("CONTACT", "KONTAKT", "PERSONAL PARTICULARS") is read like the contact block
wherever the two-column layout put it. A birthplace that a narrow column wrapped below the
birth date goes, and a birthplace or home town goes from the school or club named after it too
("Hoërskool KwaMhlanga").
"""

from __future__ import annotations

import re

from jobtui.resume.cities import CITIES
from jobtui.resume.home_address import digital_address_spans, home_address_spans
from jobtui.resume.home_lines import home_line_spans
from jobtui.resume.names import PLACES, fold
from jobtui.resume.postal import _line_spans
from jobtui.resume.sections import is_heading, references_spans

CONTACT_LINES = 12
SECTION_LINES = 15  # a sidebar's contact section is short; prose below it is not contact data
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
    # Baltic, Slavic (Latin and Cyrillic), Greek, Turkish, Hungarian, Romanian, Indonesian/Malay,
    # Tagalog, Vietnamese.
    "kontaktai", "kontaktinformācija", "kontaktid", "kontaktandmed", "kontakti", "kontakty",
    "контакти", "контакты", "контакт", "επικοινωνία", "iletişim", "iletişim bilgileri",
    "kapcsolat", "elérhetőség", "date de contact", "kontak", "maklumat hubungan",
    "thông tin liên hệ", "liên hệ",
    # Europass's "Personal information" and its like in the languages CVs are written in.
    "información personal", "informacion personal", "información de contacto",
    "datos personales y de contacto",
    "informazioni personali", "informação pessoal", "informações pessoais", "angaben zur person",
    "persönliche informationen", "persoonlijke informatie", "informacje osobiste", "osobní údaje",
    "osobné údaje", "osobni podaci", "osebni podatki", "lični podaci", "лични подаци",
    "личне информације", "лична информация", "лични данни", "личные данные", "особисті дані",
    "особиста інформація", "προσωπικές πληροφορίες", "προσωπικα στοιχεια", "προσωπικά στοιχεία",
    "kişisel bilgiler", "személyes adatok", "személyes információk", "informații personale",
    "date personale", "asmeninė informacija", "asmens duomenys", "personiskā informācija",
    "personas dati", "isikuandmed", "isikuinfo", "personlige oplysninger", "personlig information",
    "personlige opplysninger", "persónuupplýsingar", "informazzjoni personali",
    "henkilökohtaiset tiedot",
    "thông tin cá nhân", "maklumat peribadi", "data pribadi", "data diri", "informasi pribadi",
    "impormasyong personal", "personal background", "personal data sheet",
    "البيانات الشخصية", "المعلومات الشخصية", "معلومات شخصية", "פרטים אישיים", "מידע אישי",
}
# A line opening with a year or a month and year starts the work history: the section ends.
WORK_LINE = re.compile(r"^\s*(?:\d{1,2}[/.][ \t]?)?(?:19|20)\d\d(?!\d)")
# Any label that ends in an address word: "Physical address:", "Dirección particular:".
ANY_ADDRESS_LABEL = re.compile(
    r"^[ \t]*(?:[^\W\d_][\w'’-]*[ \t]+){0,2}(?i:address|adres|adresse|adresa|dirección"
    r"|direccion|domicilio|endereço|endereco|morada|indirizzo|anschrift|wohnort|osoite"
    r"|postadresse|residence|residencia|alamat|adresas|naslov|adrese|ünvan|ünvanı)"
    r"(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*[:：][ \t]*")
# A flat or floor: "3.º izq.", "2º B", "#08-241" (SG/MY unit), "Int. 8" is a street word.
FLAT = re.compile(
    r"(?<![\w])\d{1,2}[.]?[ \t]*[ºª°][ \t]*(?:(?i:izq|izda|dcha|der|dch|centro|ctro|pta)\.?"
    r"|[A-Z](?![\w]))?|(?<![\w#])#[ \t]?\d{1,3}-\d{1,5}(?![\w-])")
# "6448 2095 (home)": a bare number with its kind in brackets, on a contact line.
KIND_NUMBER = re.compile(
    r"(?<![\w+])(\+?[\d][\d ()./-]{5,18}\d)[ \t]*\((?i:home|work|office|mobile|cell|private"
    r"|privat|casa|domicile|hjem|koti|fixe|residence|res\.?|h|m|o|w)\)")
# A line that opens with a flat or unit number is an address line ("Apartment C7, ...").
UNIT = re.compile(r"(?i:apartment|apt|flat|unit|suite|blk|block|house|villa|plot)\.?[ \t]*"
                  r"(?:(?i:no)\.?[ \t]*)?[A-Z]?\d{1,4}[A-Z]?(?![\w])")
# "14 Alwyne Villas", "9 Protea Heights": a house number, a name and a marker word.
NUMBERED_MARKER = re.compile(
    r"(?:^|,)[ \t]*\d{1,4}[A-Za-z]?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?i:villas|gardens|estate"
    r"|heights|mansions|terrace|crescent|close|mews|grove|row)(?=[ \t]*(?:,|$))")
# A contact line opening with a street word, a name and a house number, no year: "Jr. Los
# Pinos 245" (Peru), "Jl. Kemang Raya No. 8" (Indonesia), "Av. Arequipa 1020".
STREET_FIRST = re.compile(
    r"(?i:jr|jirón|jiron|jl|jalan|av|avda|avenida|calle)\.?[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+)"
    r"{1,5}(?:(?i:no)\.?[ \t]*)?(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?(?![\w])")
POSTCODE_ONLY = re.compile(r"(?:[A-Z]{1,2}-?)?\d[\d -]{2,9}")
# A contact line opening with a named building or giving a floor, with no house number:
# "Immeuble Nahas, 3e étage, rue Gouraud, Gemmayzé, Beyrouth".
BUILDING_FIRST = re.compile(
    r"^[ \t]*(?i:immeuble|imm\.|r[ée]sidence|b[âa]timent|bldg\.?|edificio|edif[íi]cio)[ \t]+"
    r"[A-Z0-9]|(?<![\w])\d{1,2}(?:e|[èe]me|er|re|st|nd|rd|th)[ \t]+(?i:[ée]tage|floor)(?![\w])")
# Words that mark a part of an address as the candidate's own block: a flat or unit, an
# estate or building, a nagar, a street (its number may sit in another part).
LOCALITY_MARKER = re.compile(
    r"(?<![\w])(?i:apartment|apt|flat|unit|suite|block|blk|house|villa|room|piso|puerta"
    r"|villas|gardens|estate|residency|apartments|towers|heights|mansions|condominium"
    r"|nagar|colony|layout|enclave|vihar|mohalla|mohallah|p\.?[ \t]?o\.?[ \t]+box|box"
    r"|street|road|avenue|drive|lane|crescent|close|gate|gata|gatan|vei|veien|vej"
    r"|straße|strasse|calle|rua|rue|immeuble|imm|résidence|bâtiment|étage|floor|bloc"
    # Latin America and Indonesia: a flat, a building, an estate, a street, a neighbourhood unit.
    r"|apto|dpto|depto|departamento|edificio|edif|torre|torres|conjunto|urb|urbanización"
    r"|urbanizacion|jr|jirón|jiron|jl|jalan|gang|gg|blok|perumahan|komplek|rt|rw"
    # a borough or neighbourhood: "Alcaldía Coyoacán", "Col. Copilco", "Bairro Batel"
    r"|alcaldía|alcaldia|delegación|delegacion|colonia|col|barrio|bairro|comuna"
    # South Asian and East African administrative units: "Dist: Noakhali", "Upazila: …"
    r"|dist|district|upazila|thana|tehsil|taluk|taluka|mandal|vill|village|woreda|kebele"
    r"|sub-city)(?![\w])\.?")
PART = re.compile(r"[^,–—]+")


def address_part_spans(text: str,
                       spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Marked address parts and flats of the contact area, the contact section's details and
    the schools and clubs named after a birthplace. ``spans`` are the findings so far:
    a line holding one of their addresses is an address line."""
    found = contact_section_spans(text)
    addresses = [(s, e) for s, e, kind in [*spans, *found] if kind == "ADDRESS"]
    # Lines these rules find are address lines too ("GA-184-2291, Dzorwulu, Accra"); a
    # referee's line with an extension ("— (02) 381 5100 ext. 2214") is no home address.
    referees = references_spans(text)
    home = [(s, e, kind) for s, e, kind in home_line_spans(text, addresses)
            if not any(a <= s < b for a, b in referees)] + digital_address_spans(text)
    addresses += [(s, e) for s, e, kind in home if kind == "ADDRESS"]
    offset = 0
    area_end = _contact_area_end(text)
    home_lines: list[tuple[int, int]] = []
    for line in text.splitlines(keepends=True):
        end = offset + len(line.rstrip("\r\n"))
        body = line.rstrip("\r\n")
        label = ANY_ADDRESS_LABEL.match(body)
        in_area = offset < area_end and (any(offset <= s < end for s, _ in addresses)
                                         or UNIT.match(body.strip()) is not None
                                         or NUMBERED_MARKER.search(body) is not None
                                         or STREET_FIRST.match(body.strip()) is not None
                                         or BUILDING_FIRST.search(body) is not None
                                         or _district_and_city(body))
        if label or in_area:
            start = label.end() if label else 0
            found += _locality_parts(body, offset, start, labelled=bool(label))
            home_lines.append((offset + start, end))
        elif home_lines and home_lines[-1][1] == offset - 1 and body.startswith((" ", "\t")) \
                and text[home_lines[-1][1] - 1] == ",":
            home_lines[-1] = (home_lines[-1][0], end)  # an address wrapped to an indented line
        offset += len(line)
    found += home_address_spans(text, home_lines, [*spans, *found])
    return found + home + birthplace_mentions(text)


def contact_section_spans(text: str) -> list[tuple[int, int, str]]:
    """The contact block's rules applied to a contact section anywhere in the text, and the
    flats and bracketed-kind numbers in it."""
    spans: list[tuple[int, int, str]] = []
    offset, inside, seen = 0, False, 0
    for line in text.splitlines(keepends=True):
        plain = line.strip().strip("#*_:= ").lower()
        if plain in CONTACT_HEADINGS:
            inside, seen = True, 0
        elif (is_heading(line) and not re.match(r"\s*#\s?\d", line)
              or not line.strip() and seen or seen >= SECTION_LINES or WORK_LINE.match(line)):
            inside = False  # a blank line or a heading ends it ("#08-241" is a flat)
        elif inside and line.strip():
            seen += 1
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


def _locality_parts(line: str, base: int, start: int,
                    labelled: bool) -> list[tuple[int, int, str]]:
    """The parts of an address line's segment marked as the candidate's block (a flat, an
    estate, a street: "3.º izq.", "Riverside Gardens"), and on a labelled line the
    bare postcodes ("Sunninghill, 2191")."""
    segment = re.split(r"[ \t]*(?:[|•·;]|\t|[ \t]{3,})[ \t]*", line[start:])[0]
    parts = [(m.start() + start, m.group()) for m in PART.finditer(segment)]
    spans = [(base + start + m.start(), base + start + m.end(), "ADDRESS")
             for m in FLAT.finditer(segment)]
    # A plain district no list knows before a known city: "GA-184-2291, Dzorwulu, Accra".
    city = next((i for i, (_, raw) in enumerate(parts) if _known_place(raw)), None)
    for index, (at, raw) in enumerate(parts):
        part = raw.strip()
        district = CITY_DISTRICT.search(raw)  # "602 00 Brno-Žabovřesky": the district goes
        if district and _known_place(district.group("city")):
            spans.append((base + at + district.start("district"),
                          base + at + district.end("district"), "ADDRESS"))
        if city is not None and index < city and PLAIN_PLACE.fullmatch(part) \
                and not _known_place(part):
            lead = len(raw) - len(raw.lstrip())
            spans.append((base + at + lead, base + at + lead + len(part), "ADDRESS"))
            continue
        if labelled and POSTCODE_ONLY.fullmatch(part):
            lead = len(raw) - len(raw.lstrip())
            spans.append((base + at + lead, base + at + lead + len(part), "POSTAL_CODE"))
        if not part or _kept_part(part):
            continue
        lead = len(raw) - len(raw.lstrip())
        spans.append((base + at + lead, base + at + lead + len(part), "ADDRESS"))
    return spans


def _district_and_city(line: str) -> bool:
    """A contact line opening with a district and its known city: "Çankaya, Ankara, Türkiye ·
    +90 505 736 21 48 · …" (the e-mail or phone on it makes it the candidate's)."""
    if not re.search(r"@|\+?\d[\d ()-]{7,}", line):
        return False
    parts = PART.findall(re.split(r"[ \t]*(?:[|•·;]|\t|[ \t]{3,})[ \t]*", line)[0])
    return (len(parts) >= 2 and PLAIN_PLACE.fullmatch(parts[0].strip()) is not None
            and not _known_place(parts[0]) and _known_place(parts[1]))


def _known_place(part: str) -> bool:
    key = fold(re.sub(r"\d[\d -]*", "", part)).strip().lower()
    return key in PLACES or key in CITIES or _country(key)


def _kept_part(part: str) -> bool:
    """Known places (a city, a region, a country, a district that lists know: "Shibuya",
    "Sea Point") stay, and so do postcodes (a postcode rule takes them) and what reads as no
    place; a flat, an estate, a street, a city's district ("Brno-střed", "XIII. kerület")
    go."""
    key = fold(part).lower()
    if "@" in part or key in PLACES or _country(key) or POSTCODE_ONLY.fullmatch(part):
        return True
    if LOCALITY_MARKER.search(part):
        return False
    # "Brno-střed", "XIII. kerület": a district of a known city, or a numbered one.
    return not (DISTRICT.fullmatch(part) or "-" in key and key.split("-")[0] in PLACES
                and PLAIN_PLACE.fullmatch(part))


CITY_DISTRICT = re.compile(r"(?<![\w-])(?P<city>[^\W\d_]{3,})-(?P<district>[^\W\d_][\w-]*)[ \t]*$")
# A plain place name of one to three capitalised words, and a numbered district.
PLAIN_PLACE = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}")
DISTRICT = re.compile(r"[IVXL]{1,5}\.[ \t]*(?i:kerület|ker\.|arrondissement|bezirk)"
                      r"|\d{1,2}(?:e|er|\.)[ \t]*(?i:arrondissement|bezirk)")


def _country(key: str) -> bool:
    from jobtui.resume.header import _country as country

    return country(key)


# A birth date whose place a narrow column wrapped to the next line ("Geboren am 12.07.1990" /
# "in Rosenheim"): birthplace.py reads one line at a time.
WRAPPED_BIRTHPLACE = re.compile(
    r"(?i:\b(?:born|geboren|født|fødd|född|syntynyt|n[ée]e?|nacid[oa]|nascid[oa]|urodzon[ya]))"
    r"\b[^\n|•·;]{0,40}\d[^\n]{0,3}\n[ \t]*(?:in|i|te|à|a|en|em|w)[ \t]+"
    r"(?P<place>[A-ZÀ-ÞĀ-Ž][\w'’.-]*(?:[ \t-]+[A-ZÀ-ÞĀ-Ž][\w'’.-]*){0,2})")
def _work_place(folded: str, place: str, birth_lines: set[int]) -> bool:
    """``place`` stands after a comma or a dash on a line that gives no birthplace: a place of
    work or study."""
    after = re.compile(rf"(?:,|[ \t][–—-])[ \t]*{re.escape(fold(place))}(?![\w-])")
    return any(folded.rfind("\n", 0, m.start()) + 1 not in birth_lines
               for m in after.finditer(folded))


# A capitalised word right before a mention of the place: a school or club named after it.
GLUED = re.compile(r"(?<![\w])[A-Z][\w'’-]*$")


def birthplace_mentions(text: str) -> list[tuple[int, int, str]]:
    """A birthplace wrapped to the line after the birth date, and the schools and clubs named
    after it or after a home town birthplace.py finds ("Hoërskool KwaMhlanga"). A mention
    after a comma ("Michelin, Clermont-Ferrand": where the candidate worked) and a known city
    elsewhere in the text stay; so do the schools named after a birthplace the text gives as a
    place of work on another line ("Banco Mercantil — Barquisimeto")."""
    from jobtui.resume.birth_labels import birth_places, inflected_spans
    from jobtui.resume.birthplace import birthplace_spans

    spans = [(m.start("place"), m.end("place"), "ADDRESS")
             for m in WRAPPED_BIRTHPLACE.finditer(text)]
    found = [(s, e) for s, e, kind in [*spans, *birthplace_spans(text)] if kind == "ADDRESS"]
    places = {text[s:e].split(",")[0].strip() for s, e in found}
    folded = fold(text)
    spans += inflected_spans(text, {p for p in places | birth_places(text)
                                    if fold(p).lower() not in PLACES})
    birth_lines = {text.rfind("\n", 0, s) + 1 for s, _ in found}
    for place in places:
        key = fold(place).lower()
        if not place or key in PLACES or _country(key) or _work_place(folded, place, birth_lines):
            continue
        named = re.compile(rf"(?<=[^\W\d_])[ \t]+({re.escape(fold(place))})(?![\w-])")
        spans += [(m.start(1), m.end(1), "ADDRESS") for m in named.finditer(folded)
                  if GLUED.search(folded, max(0, m.start() - 30), m.start())]
    return spans
