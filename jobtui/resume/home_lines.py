"""Keep only the city: once a line is known to be the candidate's home address, all of it goes
but the city, the region and the country.

Streets, estates, districts and unit words take a thousand shapes across the world ("No. 14,
Adebayo Close, off Admiralty Way, Lekki Phase 1", "Blk 12 Lot 7", "бульв. Лесі Українки, 26,
кв. 71", "Lerchenfelder Straße 64/2/15, 1080 Wien (Josefstadt)"), and a rule per shape never
catches the next country's. What is known is which lines are the home address: a line after an
address label in one of many languages ("Adresse:", "Bydliště", "Διεύθυνση:", "Địa chỉ:"), the
lines under an address heading, and an address-shaped line of the contact block with the lines
that continue it. On such a line every part is removed except known cities, regions, state
codes and countries; when no known city is there, the part standing where a city stands (the
last name before the postcode, region or country of the block's last line) stays.
"""

from __future__ import annotations

import re

from jobtui.resume.cities import CITIES
from jobtui.resume.home_address import (
    CODE,
    MALAYSIAN_STATES,
    POSTCODE_TOKEN,
    REGION_WORD,
    REGIONS,
    WORK_DATE,
    _city_like,
)
from jobtui.resume.names import PLACES, fold
from jobtui.resume.postal import STREET_WORD
from jobtui.resume.sections import SECTION_HEADINGS, is_heading

# Address labels (folded, lower case) in the languages resumes come in.
ADDRESS_WORDS = (
    r"address|home address|residential address|permanent address|current address"
    r"|present address|postal address|mailing address|residence|place of residence|adresse"
    r"|anschrift|wohnort|wohnadresse|wohnsitz|privatadresse|domicile|adresse postale"
    r"|direccion|domicilio|residencia|endereco|morada|residencia|indirizzo|residenza|adres"
    r"|woonadres|adres zamieszkania|miejsce zamieszkania|adresa|bydliste|trvale bydliste"
    r"|bydlisko|lakcim|lakhely|adresa de domiciliu|domiciliu|prebivaliste|naslov|адрес"
    r"|адреса|адрес проживания|место жительства|місце проживання|адреса проживання"
    r"|адреса за пропискою|διευθυνση|διεύθυνση|ikamet|ikametgah|ev adresi|osoite|kotiosoite"
    r"|adress|hemadress|bostadsadress|bosted|bopael|heimilisfang|aadress|elukoht|adrese"
    r"|dzivesvieta|adresas|gyvenamoji vieta|alamat|alamat rumah|tempat tinggal|tirahan"
    r"|dia chi|dia chi thuong tru|noi o|anwani|makazi|العنوان|عنوان|כתובת|نشانی|पता"
    r"|yashash manzili|manzil|гэрийн хаяг|хаяг|أقرب نقطة دالة|اقرب نقطة دالة|عنوان السكن"
    r"|محل السكن|ناونیشان|суроға|нишонӣ|unvan|yasayis unvani|qeydiyyat unvani|آدرس|آدرس منزل"
    r"|محل سکونت|سکونت|آدرس فعلی|آدرس دایمی|آدرس اصلی"
)
# Words before a label that make it someone else's address: "E-mail address", "Office address".
NOT_HOME = re.compile(r"(?i:e-?mail|mail|web|website|ip|mac|wallet|office|work|business"
                      r"|company|billing|employer|firm|correo|courriel|mejl|sähköposti)")
LABEL = re.compile(rf"^[ \t]*(?P<before>(?:[^\W\d_][\w'’.-]*[ \t]+){{0,2}})"
                   rf"(?i:{ADDRESS_WORDS})(?:[ \t]*\([^)\n]{{0,20}}\))?"
                   r"(?:[ \t]*[:：][ \t]*|[ \t]{2,}|\t[ \t]*)(?=\S)")
# A neighbourhood: "B° Nueva Córdoba", "Col. Americana", "Urb. Los Palos Grandes", "Bairro Boa
# Viagem", "Cité Keur Gorgui", "Quartier Bonamoussadi".
NEIGHBOURHOOD_WORD = (r"(?:B[°º]|(?i:bo|col|urb|fracc|res)\.|(?i:barrio|bairro|colonia"
                      r"|urbanizaci[oó]n|reparto|residencial|fraccionamiento|cit[eé]|quartier"
                      r"|lotissement))")
NEIGHBOURHOOD = re.compile(rf"{NEIGHBOURHOOD_WORD}[ \t]*[A-ZÀ-Þ]")
# Or a word after its name: Nigeria's "Nassarawa GRA" (government reserved area), "Lekki
# Phase 1", India's "HSR Layout", "Jayanagar Extension".
NEIGHBOURHOOD_AFTER = re.compile(r"[ \t](?:GRA|(?i:estate|layout|extension|phase[ \t]*\d{1,2}))$")
# A line that starts a home address in the contact block: a unit, a building, a house number
# after its word, a street abbreviation ("Blk 12", "Bldg 302", "House # 47-B", "No. 14,",
# "бульв. Лесі", "Str. Observatorului").
ADDRESS_START = re.compile(
    r"^(?:(?i:apartment|apt|apto|flat|unit|suite|blk|block|bldg|building|house|villa|plot|lot"
    r"|room|no|nr|n[º°o]|дом|кв|бульв|бул|вул|ул|просп|пр-т|пров|пер|мкр|str|ul|al|av|avda)"
    r"\.?[ \t]*#?[ \t]*(?:(?i:no)\.?[ \t]*)?[A-Z]?-?\d{1,5}[A-Za-z]?(?:[/-]\w{1,4})?"
    r"(?![\w])"
    r"|(?i:бульв|бул|вул|ул|просп|пр-т|пров|пер|str|ul|al|av|avda|jl)\.[ \t]*[^\W\d_]"
    rf"|{NEIGHBOURHOOD_WORD}[ \t]*[A-ZÀ-Þ]"  # a neighbourhood opens the line too
    r"|רח'|רחוב|שד'|שדרות)")  # Hebrew "street", "avenue"
# A house number then a name ("45 World Cup buk-ro"): an address only with a place or a
# street word in its block ("6, API (Spring Boot 3.1.5, Kotlin)" is none).
NUMBER_FIRST = re.compile(r"^(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?,?"
                          r"[ \t]+[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω]")
# A street's name then its house number, closing the line or its first part ("Křenová 58,",
# "Chaussée de Louvain 318, boîte 12", "Rua Augusta 1450").
NAME_NUMBER = re.compile(r"^[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?[ \t]+(?:(?i:no|nr|n[º°o])\.?"
                         r"[ \t]*)?(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?(?:/\d{1,4}){0,2}"
                         r"(?=[ \t]*(?:,|$))")
# A line that may continue an address: "Brgy. San Isidro, Cainta", "Rizal 1900", "01133, м. Київ".
CONTINUES = re.compile(r"[,]|(?<![\w+-])\d{3,7}(?:[- ]\d{2,4})?(?![\w@.-])")
NOT_ADDRESS = re.compile(r"@|https?:|www\.|\.com|\.[a-z]{2,3}/|(?i:remote|relocat|linkedin"
                         r"|github|telegram|whatsapp|skype|viber|phone|tel\b|mobile?|cell"
                         r"|e-?mail)|\+\d|\d{3}[ \t.-]?\d{3}[ \t.-]?\d{3,4}|(?:\d[ \t.]?){11,}\d")
# Where a line's parts are told apart: commas, brackets, spaced dashes, a slash between words
# ("São Paulo/SP"); "112/4" is one house number.
SEPARATOR = re.compile(r"[,;()]|[ \t][–—-](?=[ \t])|[–—]|(?<=[^\W\d_])/(?=[^\W\d_])")
# Postcodes home_address.py does not know as one token: "90-006" (PL), "616 00" (CZ, SK).
LOCAL_POSTCODE = re.compile(r"(?<![\w-])(?:\d{2}-\d{3}|\d{3}[ \t]\d{2})(?![\w-])")
# What opens a city's name: "м. Київ", "г. Москва", "TP. Hà Nội", "Kota Bandung".
CITY_PREFIX = re.compile(r"^(?i:м\.|г\.|гр\.|tp\.|kota|city of|stadt|ciudad de|mesto|miasto)"
                         r"[ \t]*")
ADDRESS_HEADING = re.compile(rf"[#*_ \t]*(?i:{ADDRESS_WORDS})[ \t:*_]*")
# Region words home_address.py does not list: EE "maakond", LV "novads", LT "apskritis", HU
# "megye", RO "județul", CS/SK/PL "kraj"/"województwo", FI "maakunta", NO "fylke", SE "län",
# RU/UK/BG "край"/"област", EL "νομός"/"περιφέρεια", TR "ili".
MORE_REGIONS = re.compile(r"(?<![\w])(?i:maakond|novads|apskritis|megye|jude[tț]ul|jude[tț]|kraj"
                          r"|maakunta|fylke|l[äa]n|край|област|νομός|νομος|περιφέρεια"
                          r"|περιφερεια|ili)(?![\w])")
CONTACT_LINES = 12
BLOCK_LINES = 4


def home_line_spans(text: str,
                    addresses: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Every part of the home-address lines of ``text`` below the city; a contact-block line
    holding one of ``addresses`` (streets found so far) opens a home address too."""
    spans: list[tuple[int, int, str]] = []
    streets = [(s, e) for s, e in addresses  # a birthplace ("born … in Lyon") is no street
               if re.search(r"\d", text[s:e]) or STREET_WORD.search(text, s, e)]
    blocks = _blocks(text, streets)
    # "P.O. Box 70412, Dar es Salaam" above "Plot 45, Mbezi Beach, Kinondoni": with a known
    # city in the home address, a name no list knows is the district, not the city.
    known_city = any(kind == "city" for block in blocks for start, end in block
                     for *_, kind in _parts(text, start, end))
    for block in blocks:
        for index, (start, end) in enumerate(block):
            spans += keep_city_spans(text, start, end,
                                     fallback=index == len(block) - 1 and not known_city)
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, offset + len(line.rstrip("\r\n"))))
        offset += len(line)
    return lines


def _blocks(text: str, addresses: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Home-address blocks: each a list of (start, end) values, the city's line last."""
    folded = fold(text)
    lines = _lines(text)
    blocks: list[list[tuple[int, int]]] = []
    seen = index = 0
    contact_at = -9  # the last line with an e-mail, a phone or a link
    under_heading = other_section = False
    while index < len(lines):
        start, end = lines[index]
        body = folded[start:end]
        stripped = body.strip()
        index += 1
        if not stripped:
            other_section = under_heading = False  # a section of skills ends at a blank line
            continue
        seen += 1
        label = LABEL.match(body)
        if label and not NOT_HOME.search(label.group("before")) and not _guarded(body):
            blocks.append([(start + label.end(), end)])
            # "Адреса: вул. Городоцька, 118, кв. 42," / "м. Львів, 79022": the value wraps.
            if stripped.endswith(",") and index < len(lines):
                following = folded[lines[index][0]:lines[index][1]]
                if CONTINUES.search(following) and not NOT_ADDRESS.search(following):
                    blocks[-1].append(lines[index])
                    index += 1
            continue
        if ADDRESS_HEADING.fullmatch(body):
            under_heading = True
            continue
        if is_heading(body):  # a name in capitals is no section: one word or a known title is
            under_heading = False
            other_section = not _contact_heading(body) and (
                len(stripped.split()) == 1 or stripped.strip("#*_:= ").lower() in SECTION_HEADINGS)
            continue
        segments = _segments(folded, start, end)
        if len(segments) > 1:  # "Hauptstraße 5, 1010 Wien | +43 660 …": each part alone
            if seen <= CONTACT_LINES and not other_section:
                blocks += [[segment] for segment in segments
                           if _address_segment(folded, segment, addresses)]
                # "P.O. Box 30719, Nairobi | Residence: Kahawa Sukari": a labelled part.
                blocks += [[(s + label.end(), e)] for s, e in segments[1:]
                           if (label := LABEL.match(folded[s:e]))
                           and not NOT_HOME.search(label.group("before"))]
            under_heading = False
            continue
        # A sidebar of contacts may come far down the page: right under an e-mail or phone
        # line, "Blk 7 Lot 22, Mabini St." is the home address too.
        near_contact = seen <= CONTACT_LINES or seen - contact_at <= 3
        strong = under_heading or near_contact and bool(ADDRESS_START.match(stripped))
        weak = near_contact and not other_section and bool(
            NAME_NUMBER.match(stripped) or NUMBER_FIRST.match(stripped)
            or any(start <= s < end for s, _ in addresses) or _street_and_postcode(stripped)
            or CITY_PREFIX.match(stripped) and "," in stripped)  # "г. Минск, ул. Сурганова"
        if NOT_ADDRESS.search(body):
            contact_at = seen
        if not (strong or weak) or _guarded(body) or NOT_ADDRESS.search(body):
            under_heading = False
            continue
        block = [(start + len(body) - len(body.lstrip()), end)]
        while index < len(lines) and len(block) < BLOCK_LINES:
            start, end = lines[index]
            body = folded[start:end]
            if not (body.strip() and (CONTINUES.search(body) or ADDRESS_START.match(body.strip())
                                      or NUMBER_FIRST.match(body.strip())
                                      or _placed(folded, [(start, end)]))
                    and not NOT_ADDRESS.search(body)
                    and not _guarded(body) and not is_heading(body)):
                break
            block.append((start + len(body) - len(body.lstrip()), end))
            index += 1
        if strong or _placed(folded, block):
            blocks.append(block)
        under_heading = False
    return blocks


def _street_and_postcode(line: str) -> bool:
    """A contact line naming a street (or a city) and a postcode, in whatever order and with a
    house name rather than a number first ("Puthenpurackal House, MG Road, Kochi - 682024")."""
    postcode = re.search(r"(?<![\w.,/-])(?!(?:19|20)\d\d(?!\d))\d{4,6}(?![\w/-])", line)
    # Without a street word, four parts and a known city: '"Sreeragam", TC 14/1123,
    # Kumarapuram, Thiruvananthapuram – 695011, Kerala'.
    return bool(postcode and "," in line and (
        STREET_WORD.search(line) or line.count(",") >= 3
        and any(_kind(part.strip(" .")) in ("city", "tail")
                for part in re.split(r"[,–—()/]", line))))


SEGMENT_GAP = re.compile(r"[ \t]*(?:[|•·;\t]|[ \t]{3,})[ \t]*")


def _segments(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty part of a line between bars, bullets and gaps."""
    found, cursor = [], start
    for gap in [*SEGMENT_GAP.finditer(folded, start, end), None]:
        stop = gap.start() if gap else end
        if folded[cursor:stop].strip():
            found.append((cursor, stop))
        cursor = gap.end() if gap else end
    return found


def _address_segment(folded: str, segment: tuple[int, int],
                     addresses: list[tuple[int, int]]) -> bool:
    """One part of a contact line is a home address: a unit, a house, a street and number or
    a street found so far opens it, and a postcode, a place or a street word is in it ("Room
    101 training" between semicolons is none)."""
    start, end = segment
    body = folded[start:end]
    if NOT_ADDRESS.search(body) or _guarded(body):
        return False
    weak = (ADDRESS_START.match(body) or NAME_NUMBER.match(body) or NUMBER_FIRST.match(body)
            or any(start <= s < end for s, _ in addresses))
    return bool(weak) and _placed(folded, [segment])


def _contact_heading(line: str) -> bool:
    from jobtui.resume.address_parts import CONTACT_HEADINGS

    return line.strip().strip("#*_:= ").lower() in CONTACT_HEADINGS


def _placed(folded: str, block: list[tuple[int, int]]) -> bool:
    """A block opened by a weak sign ("Civil 3D, 12d Model" is software) is an address when
    it names a street word, a postcode, or a known city, region or country."""
    for start, end in block:
        line = folded[start:end]
        if STREET_WORD.search(line) or re.search(r"(?<![\w])\d{4,6}(?![\w])|\d{3} \d{2}", line):
            return True
        if any(_kind(part.strip(" .")) in ("city", "tail") and not CODE.fullmatch(part)
               for part in re.split(r"[,–—()/]", line) if part.strip(" .")):
            return True
    return False


# Chinese, Japanese and Korean addresses have their own rules (cjk.py, japanese.py, postal.py).
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _guarded(line: str) -> bool:
    """Work history a two-column PDF put beside the address, a relocation wish, a residence
    status ("Residence: Permanent resident"), a birth or origin line, or a CJK address."""
    from jobtui.resume.birth_labels import STEM

    return bool(WORK_DATE.search(line) or CJK.search(line) or STEM.search(line)
                or re.search(r"(?i:relocat|remote|open to|resident\b|permit|visa|citizen"
                             r"|authori[sz]|aufenthalt)", line))


def keep_city_spans(text: str, start: int, end: int,
                    fallback: bool) -> list[tuple[int, int, str]]:
    """The parts of the home-address value ``text[start:end]`` that are not a known city,
    region, code or country; with ``fallback`` and no known city, the last name before the
    closing postcode, region or country stays as the city."""
    parts = _parts(text, start, end)
    kinds = [kind for *_, kind in parts]
    if fallback and "city" not in kinds:
        for index in range(len(parts) - 1, -1, -1):
            if kinds[index] == "named":
                kinds[index] = "city"
                break
            if kinds[index] not in ("tail", "postcode"):
                break
    spans = []
    for (part_start, part_end, body, _), kind in zip(parts, kinds, strict=True):
        for match in [*POSTCODE_TOKEN.finditer(body), *LOCAL_POSTCODE.finditer(body)]:
            if re.search(r"\d{3}", match.group()):
                spans.append((part_start + match.start(), part_start + match.end(), "POSTAL_CODE"))
        if kind in ("named", "street"):
            spans.append((part_start, part_end, "ADDRESS"))
    return spans


def _parts(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, text, kind) of each part of the home-address value ``text[start:end]``'s
    first segment, as _kind tells them."""
    segment = re.split(r"[ \t]*(?:[|•·;]|\t|[ \t]{3,})[ \t]*", text[start:end])[0]
    parts = []
    cursor = 0
    for raw in [*SEPARATOR.split(segment)]:
        body = raw.strip(" \t.-–—")
        if body:
            at = start + cursor + raw.index(body)
            # A part with a neighbourhood word is no city: "B° Nueva Córdoba".
            neighbourhood = NEIGHBOURHOOD.match(body) or NEIGHBOURHOOD_AFTER.search(body)
            kind = "street" if neighbourhood else _kind(body)
            parts.append((at, at + len(body), body, kind))
        cursor += len(raw)
        separator = SEPARATOR.match(segment, cursor)
        cursor = separator.end() if separator else cursor
    return parts


def _kind(part: str) -> str:
    """"city" (a known city), "tail" (a region, a code, a country), "postcode", "named" (a
    capitalised name with no digit: a city or a district) or "street" (anything else)."""
    words = POSTCODE_TOKEN.sub(" ", LOCAL_POSTCODE.sub(" ", part)).strip(" \t.")
    if not words:
        return "postcode"
    key = re.sub(r"[ \t]+", " ", fold(CITY_PREFIX.sub("", words))).lower()
    city = re.sub(r" \d{1,2}$", "", key)  # a city's postal district: "Dublin 2", "Wien 22"
    if key in CITIES or key in PLACES or city in CITIES or city in PLACES:
        return "city"
    if (key in REGIONS or key in MALAYSIAN_STATES or _country(key) or CODE.fullmatch(words)
            or (REGION_WORD.search(words) or MORE_REGIONS.search(words))
            and not re.search(r"\d", part)):
        return "tail"
    if re.search(r"\d", words) or STREET_WORD.search(words) or not _city_like(words):
        return "street"
    return "named"


def _country(key: str) -> bool:
    from jobtui.resume.header import _country as country

    return bool(key) and country(key)
