"""Generic contact-block rules: postal addresses and labelled numbers of any country.

Per-country shapes (contact.py) miss the next country's; these rules read the shape instead.
Within the contact block (the lines before the first section heading) and on any line labelled
Address/Adresse/Dirección/住所/..., a segment (between "|", "•", ";" or a spaced dash) is an
address when it is labelled so, when a street word meets a number ("Storgata 12B", "Ngõ 45"),
or when it has comma parts and a house number beside a capitalised word ("Vinohradská
1511/230, 100 00 Praha 10"). In an address the street parts go whole and later parts lose only
their postcode-like tokens, so the city survives ("0155 Oslo" -> "<POSTAL_CODE> Oslo").
A `Label: value` segment whose label is not a known fact, phone, date or link label loses its
value when that holds 5+ digits or a letter-digit token ("Rodné číslo: 880512/1234").
"""

from __future__ import annotations

import re

from jobtui.resume.localities import UK_POSTCODE, flat_part, locality_part
from jobtui.resume.names import PLACES
from jobtui.resume.phones import national_number
from jobtui.resume.sections import is_heading

CONTACT_LINES = 6  # a resume without headings: only its first lines are the contact block
ADDRESS_LABEL = re.compile(
    r"^(?i:(?:home|postal|mailing|street|current|permanent)?[ \t]*(?:address|adres|adresse|adresa"
    r"|dirección|direccion|domicilio|endereço|endereco|morada|indirizzo|anschrift|wohnort|osoite"
    r"|lakc[íi]m|[áa]lland[óo][ \t]+lakc[íi]m|címe?|cim|adressi|zip(?:[ \t]*code)?"
    r"|post[ \t]?code|postal[ \t]+code|plz|cep"
    r"|địa[ \t]+chỉ|dia[ \t]+chi|διεύθυνση|adresă|住所|주소|地址|العنوان))"
    r"[ \t]*[:：][ \t]*"
)
# Labels whose values are facts or are handled by their own rules (phones, dates, links).
KEEP_LABELS = re.compile(
    r"(?i:\b(?:phone|tel|telefon|teléfono|telefone|telefono|mobile?|mobil|móvil|cell|fax|gsm|whatsapp"
    r"|e-?mail|correo|web|website|site|linkedin|github|gitlab|portfolio|url|born|birth|dob|d\.o\.b"
    r"|date|datum|fecha|data|geboren|née?|nacimiento|nascimento|experience|years|salary"
    r"|availability|available|notice|languages?|skills?|gpa|grade|citizenship|nationality"
    r"|visa|location|city|country|relocation|role|title|position|employer|company|education"
    r"|degree|school|university|stack|tools?|certifications?|licen[cs]e[ \t]+class|viber"
    r"|telegram|skype|signal|wechat|weixin|line|kakaotalk|discord|threema|passport|reisepass"
    r"|pasaporte|passeport|paszport|passaporto|passaporte|paspoort))"
)
LABEL = re.compile(r"^(?P<label>[^\W\d_][\w .'’()/-]{0,40}?)[ \t]*[:：][ \t]*(?=\S)")
# A spaced slash separates two values too ("010-4827-3915 / +82 10-4827-3915"); an unspaced
# one is part of a house number ("1511/230").
SEGMENT = re.compile(r"(?:(?![ \t]/[ \t])[^|•·;\t])+")
STREET_WORDS = (
    r"street|st\.?|road|rd\.?|avenue|ave\.?|av\.?|avenida|boulevard|blvd\.?|lane|drive|dr\.?|way"
    r"|close|court|ct\.?|place|pl\.?|square|quay|terrace|crescent|parkway|highway|calle|c/|carrera"
    r"|rua|via|viale|piazza|corso|straße|strasse|str\.?|gasse|weg|platz|allee|gata|gatan|gate"
    r"|vägen|veien|vei|vej|gade|straat|laan|plein|ulica|ul\.?|utca|út|tér|ulitsa|sokak|sokağı"
    r"|cadde|caddesi|mahallesi|odos|leoforos|phố|pho|đường|duong|ngõ|ngo|ngách|hẻm|số|soi|jalan"
    r"|jl\.?|blk|lot|depto\.?|dpto\.?|piso|apt\.?|apartment|flat|unit|suite|floor|house|no\.?|nr\.?"
    # TR "Cad."/"Sk.", RO "Str."/"Calea", ID "Gg.", PH "Brgy.", MX "Col."/"Int.", UA/RU "вул."
    r"|cad\.?|sk\.?|sok\.?|bulvari|strada|calea|bulevardul|soseaua|aleea|gg\.?|brgy\.?"
    r"|barangay|colonia|col\.?|int\.?|rue|app\.?|woreda|kebele|вул\.?|вулиця|ул\.?|улица"
    r"|просп\.?|проспект|пров\.?|провулок|бул\.?|кв\.?|οδός|λεωφόρος"
    # Baltic and South Slavic: LT "pr."/"g.", LV "iela", EE "mnt"/"tn"/"pst", SI "cesta",
    # HR/RS "trg"/"bulevar"; BG housing estates and blocks ("ж.к.", "бл.", "вх.", "ап.").
    r"|pr\.|prospektas|gatv[ėe]|g\.(?=[ \t]*\d)|iela|prospekts|mnt|maantee|tn|t[äa]nav"
    r"|pst|puiestee|cesta|trg|bulevar|ж\.к\.|бл\.?|вх\.?|ет\.?|ап\.?"
)
STREET_WORD = re.compile(rf"(?<![\w])(?i:{STREET_WORDS})(?![\w])")
# A house number ("77bis", "103/2/14"); a Hungarian one ends with a dot ("Váci utca 12.").
NUMBER = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d\d-(?:19|20)?\d\d(?!\d))"
                    r"\d{1,5}(?:bis|ter|quater|[A-Za-z])?(?:/\d{1,5}[A-Za-z]?){0,2}"
                    r"(?:-\d{1,4}[A-Za-z]?)?(?![\w/-])(?!\.\w)")  # "176-32": a house and flat
# A house number after its abbreviation: "д. 7" (RU), "nº 28" (PT), "Nr. 14", "č. p. 12".
HOUSE = re.compile(r"(?i:д|дом|no|nr|n[º°o]|num|č(?:\.[ \t]*p)?|bl|ap)\.?[ \t]*\d{1,5}[a-zA-Z]?")
# A postcode-like token: 3-10 characters with a digit, or two short digit groups ("151 25").
POSTCODE = re.compile(
    r"(?<![\w+/.-])(?:\d{3}[ \t]\d{2}|[A-Z]\d{2}[ \t][A-Z0-9]{4}|(?=[A-Z0-9-]*\d)[A-Z0-9-]{3,12})"
    r"(?![\w/.-])"
)
STATE_CODE = re.compile(r"(?<![\w])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+$")
# "Born on July 4, 1990", "4 July": a date, not a house number.
# The month is a whole word: "17 Marchmont Crescent" is a street.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
DATE = re.compile(rf"(?i:\b{_MONTH}\.?[ \t]+\d|\d(?:st|nd|rd|th)?[ \t]+{_MONTH})")
YEAR = re.compile(r"(?:19|20)\d\d")
BUILDING = re.compile(r"(?<![\w])(?i:r[ée]sidence|residencia|residencial|immeuble|edificio|edif\."
                      r"|conjunto|condominium|condominio|apartments|mansions?|estate|compound"
                      r"|villa|villas|torre|tower|block|bloc|lotissement|complex)(?![\w])")
COLUMN_GAP = re.compile(r"[ \t]+[-–—][ \t]+|[ \t]{3,}")
BIRTH_LIKE = re.compile(r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
                        r"|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})\s*$")
CAPITALISED = re.compile(r"(?<![\w])[^\W\d_][\w'’.-]*")
MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
ID_VALUE = re.compile(r"\d(?:\D{0,2}\d){4}|(?=\w*\d)(?=\w*[^\W\d_])\w{5,}")


def generic_contact_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of addresses, postcodes and labelled numbers in the contact block
    and on address-labelled lines anywhere."""
    spans: list[tuple[int, int, str]] = []
    offset, seen, in_block = 0, 0, True
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            # The first line is the name, even in capitals ("SIDDHARTH RAO NAIR").
            if (is_heading(line) and seen > 1) or seen > CONTACT_LINES:
                in_block = False
        if in_block or ADDRESS_LABEL.match(line.strip()):
            spans += _line_spans(line.rstrip("\r\n"), offset)
        offset += len(line)
    return spans


def _line_spans(line: str, base: int) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for seg in SEGMENT.finditer(line):
        start, body = seg.start(), seg.group()
        lead = len(body) - len(body.lstrip())
        start, body = start + lead, body.strip()
        if not body or "@" in body or "http" in body or "www." in body:
            continue
        address = ADDRESS_LABEL.match(body)
        label = LABEL.match(body)
        if address:
            spans += _address(body[address.end():], base + start + address.end(), labelled=True)
        elif label and STREET_WORD.search(label.group("label")) and NUMBER.search(body):
            spans += _address(body, base + start, labelled=True)  # "Bağdat Cad. No: 215"
        elif label:
            if BIRTH_LIKE.search(body[label.end():]) and not KEEP_LABELS.search(label.group(0)):
                # An unknown label on a date in the contact block ("Ngày sinh: 12/05/1989")
                # is a birth date, not an ID number.
                spans.append((base + start + label.end(), base + start + len(body),
                              "DATE_OF_BIRTH"))
            elif not KEEP_LABELS.search(label.group("label")):
                # A dash between spaces or a wide gap ends the value: a two-column PDF puts
                # the other column on the same line ("Geburtsdatum: 03.05.1987 - Pair-…").
                value = COLUMN_GAP.split(body[label.end():])[0]
                # "Completed (ROK Army, Sergeant, 2012.02 - 2013.11)": words, not an ID
                if (ID_VALUE.search(value) and not _years_only(value)
                        and len(re.findall(r"[^\W\d_]{3,}", value)) < 2):
                    end = label.end() + len(value.rstrip())
                    spans.append((base + start + label.end(), base + start + end,
                                  "NATIONAL_ID"))
        elif BIRTH_LIKE.match(body.lstrip(":： ")):
            # A bare full date among the contact details is the birth date (its label may be
            # in a script the PDF font lacked: ": 1993.07.18").
            spans.append((base + start + len(body) - len(body.lstrip(":： ")),
                          base + start + len(body), "DATE_OF_BIRTH"))
        elif national_number(body.lstrip(":： ")):  # "+972 52-123-4567", "655 201 834"
            # (a colon left of a label in a script the PDF font lacked: ": 010-4827-3915").
            lead = len(body) - len(body.lstrip(":： "))
            spans.append((base + start + lead, base + start + len(body), "PHONE_NUMBER"))
        elif numbers := _side_by_side_numbers(body):  # "+34 654 21 87 93    93 217 45 60"
            spans += [(base + start + a, base + start + b, "PHONE_NUMBER") for a, b in numbers]
        elif not re.fullmatch(r"[+\d()\s./-]+", body) and not DATE.search(body):
            spans += _address(body, base + start, labelled=False)
    return spans


def _side_by_side_numbers(body: str) -> list[tuple[int, int]]:
    """(start, end) of each phone number in ``body`` when it is nothing but numbers set apart by
    a column gap (a mobile and a landline on one line), else []."""
    cells, at = [], 0
    for gap in [*re.finditer(r"[ \t]{3,}", body), None]:
        end = gap.start() if gap else len(body)
        cells.append((at, end))
        at = gap.end() if gap else at
    if len(cells) < 2 or not all(national_number(body[a:b]) for a, b in cells):
        return []
    return cells


def _address(body: str, base: int, labelled: bool) -> list[tuple[int, int, str]]:
    """Spans of an address segment: street parts whole, postcode-like tokens elsewhere."""
    parts = [(m.start(), m.group()) for m in re.finditer(r"[^,]+", body)]
    for index in range(len(parts) - 2, -1, -1):
        (at, part), (_, following) = parts[index], parts[index + 1]
        if STREET_WORD.search(part) and not NUMBER.search(part) and (
                NUMBER.fullmatch(following.strip()) or HOUSE.fullmatch(following.strip())):
            # "вул. Хрещатик, 22": the house number after a comma belongs to the street.
            parts[index:index + 2] = [(at, body[at:at + len(part) + 1 + len(following)])]
    numbered = [i for i, (_, p) in enumerate(parts) if NUMBER.search(p)]
    keyword = any(STREET_WORD.search(p) and NUMBER.search(p) for _, p in parts)
    # Without a street word, a house number needs a postcode beside it ("10 Downing-level SLAs,
    # 4 QA engineers" is work history).
    housed = (len(parts) >= 2 and any(_house(parts[i][1]) for i in numbered)
              and bool(_postcodes(body, 0, beside_place=False) or UK_POSTCODE.search(body)))
    spans: list[tuple[int, int, str]] = []
    if labelled or keyword or housed:
        for index, (at, part) in enumerate(parts):
            if (_street_part(part, first=bool(numbered) and index == numbered[0],
                             last=index == len(parts) - 1)
                    or flat_part(part) or locality_part(part, parts[index + 1:])) and not (
                        POSTCODE_CITY.match(part) and any(STREET_WORD.search(p) and NUMBER.search(p)
                                                          for _, p in parts[index + 1:])):
                lead = len(part) - len(part.lstrip())
                spans.append((base + at + lead, base + at + len(part.rstrip()), "ADDRESS"))
            else:
                spans += _postcodes(part, base + at, beside_place=False)
    else:
        spans += _postcodes(body, base, beside_place=True)
    return spans


# A postcode and a city written before the street ("1117 Budapest, Bartók Béla út 64."): the
# city stays, the postcode goes by its own rule.
POSTCODE_CITY = re.compile(r"^[ \t]*\d{4,5}[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?"
                           r"[ \t]*$")


def _street_part(part: str, first: bool, last: bool) -> bool:
    """A street, house or flat part (not "Sydney NSW 2000", "Dublin 2" or "0155 Oslo")."""
    words = CAPITALISED.findall(part)
    if words and words[0].lower() in PLACES:
        return False
    if BUILDING.search(part) and not last:
        return True  # "Résidence Al Amal", "Sunrise Apartments": a named building
    if STREET_WORD.search(part) and NUMBER.search(part):
        return True
    if re.search(r"(?<![\w])(?<!\d[ \t])\d{1,2}[A-Za-z]?[ \t]+[^\W\d_]", part):
        return True  # "3 Grand Canal Quay", "Ngõ 45 Phố Huế": a short house number, then words
    return first and not last and bool(NUMBER.search(part)) and bool(words)


def _house(part: str) -> bool:
    return bool(NUMBER.search(part)) and bool(CAPITALISED.search(part))


def _postcodes(part: str, base: int, beside_place: bool) -> list[tuple[int, int, str]]:
    """Postcode-like tokens in ``part``; outside an address only next to a capitalised word."""
    spans = []
    for m in POSTCODE.finditer(part):
        token = m.group()
        # "Glebe NSW 2037": after a state code a year-shaped number is a postcode.
        year = YEAR.fullmatch(token) and not STATE_CODE.search(part[:m.start()])
        if year or token.isalpha() or len(re.sub(r"\D", "", token)) < 3:
            continue
        if beside_place and not _beside_place(part, m.start(), m.end()):
            continue
        spans.append((base + m.start(), base + m.end(), "POSTAL_CODE"))
    return spans


def _beside_place(part: str, start: int, end: int) -> bool:
    before = re.search(r"([^\W\d_][\w'’.-]*)[ \t]+$", part[:start])
    after = re.match(r"[ \t]+([^\W\d_][\w'’.-]*)", part[end:])
    words = [w.group(1) for w in (before, after) if w]
    return any(w[0].isupper() and w[:3].lower() not in MONTHS for w in words)


def _years_only(value: str) -> bool:
    groups = re.findall(r"\d+", value)
    return all(YEAR.fullmatch(g) for g in groups)


# A Korean or Chinese city, province or district written before the street: "서울특별시",
# "마포구", "台北市", "大安區". Like a city in a Latin address, it stays.
ADMIN_UNIT = re.compile(r"(?<![\w])(?:[\uac00-\ud7af]{1,5}(?:시|도|구|군)"
                        r"|[\u3400-\u9fff]{1,5}[市区區県縣省])(?=[ \t])")


def keep_admin_units(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with the CJK city and district words taken out of each address span
    ("(03925) 서울특별시 마포구 월드컵북로 396" keeps "서울특별시 마포구")."""
    kept = []
    for start, end, entity in spans:
        units = list(ADMIN_UNIT.finditer(text, start, end)) if entity == "ADDRESS" else []
        if not units:
            kept.append((start, end, entity))
            continue
        cursor = start
        for piece_end, next_start in [*((u.start(), u.end()) for u in units), (end, end)]:
            piece = text[cursor:piece_end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                kept.append((cursor + lead, cursor + len(piece.rstrip()), entity))
            cursor = next_start
    return kept
