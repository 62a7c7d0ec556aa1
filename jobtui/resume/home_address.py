"""The candidate's home address below the city: street, unit, estate, suburb, district.

A home address narrows a person down to a few houses; the city (or the region) tells where the
candidate can work and stays. In an address line of the contact area, or on a line labelled as
an address, the parts are read right to left: first what may close an address (a postcode, a
state or region, a country, a state code: "GA 30310", "Selangor", "CDMX"), then the city
("Cardiff CF14 6NP", "Medellín", "São Paulo/SP"); every part before the city goes, as long as
a street or house part stands before it ("12 Heol y Felin, Rhiwbina, Cardiff" loses
"Rhiwbina"). The same shape covers the world's addresses: a district after the street and
before the city ("El Poblado", "Nasr City", "Gangnam-gu", "Santiago de Surco", "East Legon"),
a district before the city behind a slash ("34740 Kadıköy/İstanbul"), a postcode after the
city ("Lima 15038"). A Malaysian town before its state ("47300 Petaling Jaya, Selangor") is a
suburb of the Klang Valley: it goes, and the state stays.
"""

from __future__ import annotations

import re

from jobtui.resume.cities import CITIES
from jobtui.resume.names import fold
from jobtui.resume.postal import STREET_WORD

# Where a home address line's parts are told apart: commas and spaced dashes; a segment
# ends at a bar, a bullet, a semicolon or a wide gap.
SEGMENT = re.compile(r"(?:[^|•·;\t ]|[ ](?! )|(?<=\n)[ ]+)+")  # a wrapped line's indent joins
# A month and year or a year range: work history a two-column PDF put beside the address.
WORK_DATE = re.compile(r"(?<!\d)\d{1,2}[/.](?:19|20)\d\d(?!\d)|(?:19|20)\d\d[ \t]*[–—-]")
# A city's words are capitalised, save joining particles ("Frankfurt am Main", "Tel Aviv-Yafo").
PART = re.compile(r"[^,]+?(?=[ \t]*(?:,|[ \t][–—-][ \t]|$))")
# Postcodes of many countries: "30310", "CF14 6NP", "LV-1011", "151 25", "C1043AAB", "H2J 2L4",
# "01304-001", "1016 DZ", "D02 X285", "(03925)", "Dhaka-1209"; a word may say what it is.
POSTCODE = (r"(?:(?i:c\.?[ \t]?p\.?|cep|plz|pin|zip|post[ \t]?code|p\.?o\.?[ \t]?box)[ \t:]*)?"
            r"\(?(?:[A-Z]{1,3}-\d{3,6}|\d{3,6}(?:[- ]\d{2,4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
            r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d{4}[A-Z]{0,3}|\d{4}[ \t]?[A-Z]{2}"
            r"|[A-Z]\d{2}[ \t]?[A-Z0-9]{4})\)?")
POSTCODE_ONLY = re.compile(rf"[ \t]*(?:{POSTCODE})[ \t]*")
POSTCODE_TOKEN = re.compile(rf"(?<![\w-])(?:{POSTCODE})(?![\w])|(?<=[^\W\d_]-)\d{{3,6}}(?![\w])")
# A state or region code: "GA", "QLD", "N.L.", "CDMX", "(QC)", "SP".
CODE = re.compile(r"[ \t]*\(?(?:[A-Z]{2,4}|[A-Z]\.[ \t]?[A-Z]\.?)\)?[ \t]*")
# Words that name a region, state, province or county, and regions often written alone.
REGION_WORD = re.compile(
    r"(?<![\w])(?i:region|regi[oó]n|r[ée]gion|regione|province|provincia|prov[ií]ncia|state"
    r"|estado|county|condado|prefecture|oblast|область|voivodeship|wojew[oó]dztwo|departamento"
    r"|governorate|muhafazat|emirate|territory|bundesland|kanton|canton|comunidad|metro"
    r"|greater|distrito[ \t]+federal|dki|daerah[ \t]+istimewa|wilayah)(?![\w])")
REGIONS = {
    # US and Australian states, Canadian provinces, written out.
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "new south wales", "victoria", "queensland", "western australia", "south australia",
    "tasmania", "ontario", "quebec", "québec", "british columbia", "alberta", "manitoba",
    "saskatchewan", "nova scotia", "new brunswick",
    # India, Pakistan, Bangladesh, Sri Lanka.
    "maharashtra", "karnataka", "tamil nadu", "kerala", "telangana", "andhra pradesh",
    "uttar pradesh", "madhya pradesh", "gujarat", "rajasthan", "west bengal", "haryana",
    "punjab", "bihar", "odisha", "delhi", "goa", "assam", "jharkhand", "uttarakhand", "sindh",
    "khyber pakhtunkhwa", "balochistan", "western province",
    # Malaysia (see MALAYSIAN_STATES), Indonesia, the Philippines, Thailand, Vietnam, China.
    "jawa barat", "jawa tengah", "jawa timur", "banten", "bali", "metro manila", "ncr",
    "cavite", "laguna", "rizal", "bulacan", "cebu", "davao del sur", "guangdong", "zhejiang",
    "jiangsu", "sichuan",
    # Nigeria, Ghana, Kenya, South Africa.
    "lagos state", "fct", "greater accra", "ashanti", "gauteng", "western cape",
    "kwazulu-natal", "nairobi county",
    # Latin America, Spain, Italy, Germany.
    "antioquia", "cundinamarca", "valle del cauca", "nuevo león", "nuevo leon", "jalisco",
    "cdmx", "edomex", "estado de méxico", "santa catarina", "minas gerais", "rio grande do sul",
    "paraná", "parana", "bahia", "pernambuco", "región metropolitana", "córdoba", "cordoba",
    "mendoza", "catalunya", "cataluña", "comunidad de madrid", "andalucía", "lombardia",
    "lazio", "bayern", "hessen", "nordrhein-westfalen", "baden-württemberg",
}
MALAYSIAN_STATES = {"selangor", "johor", "penang", "pulau pinang", "perak", "kedah", "kelantan",
                    "melaka", "malacca", "negeri sembilan", "pahang", "terengganu", "perlis",
                    "sabah", "sarawak"}
# A house number opening a part ("12 Heol y Felin", "No. 8", "#08-241", "B-204").
HOUSE_FIRST = re.compile(r"^(?:(?i:no|nr|n[º°o]|house|plot|villa|flat|unit|apt|room)\.?[ \t]*)?"
                         r"#?[A-Z]?-?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?(?![\w])")


def home_address_spans(text: str, lines: list[tuple[int, int]],
                       spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Address parts below the city on the home address ``lines`` ((start, end) offsets);
    ``spans`` are the findings so far (an address span marks a part as a street)."""
    addresses = [(s, e) for s, e, kind in spans if kind == "ADDRESS"]
    found: list[tuple[int, int, str]] = []
    for line_start, line_end in lines:
        below = CITY_LINE.match(text, line_end + 1)
        city_below = bool(below) and _plain(fold(below.group(1))) in CITIES
        for segment in SEGMENT.finditer(text, line_start, line_end):
            found += _segment_spans(text, segment.start(), segment.end(), addresses,
                                    city_below)
    return found


# A postal district's number after the city: "Dublin 6", "Dublin 6W".
POSTAL_DISTRICT = re.compile(r"(?<=[^\W\d_])[ \t]+(\d{1,2}[A-Z]?)$")
# A district in brackets after the city: "41011 Sevilla (Los Remedios)"; not a state code.
BRACKETED_DISTRICT = re.compile(r"[ \t]*\(([^\W\d_][^()\n]{2,40})\)[ \t]*$")
# The line below a street that holds the postcode and the city: "20330 Casablanca".
CITY_LINE = re.compile(rf"[ \t]*(?:{POSTCODE})[ \t]+([^\W\d_][^\d\n,]*?)[ \t]*$", re.MULTILINE)


def _segment_spans(text: str, start: int, end: int, addresses: list[tuple[int, int]],
                   city_below: bool = False) -> list[tuple[int, int, str]]:
    if WORK_DATE.search(text, start, end):
        return []
    parts = [(m.start(), m.end()) for m in PART.finditer(text, start, end)
             if m.group().strip(" \t-–—")]
    parts = [(s + len(text[s:e]) - len(text[s:e].lstrip(" \t\n-–—")), e) for s, e in parts]
    kinds = [_kind(text[s:e], any(a < e and s < b for a, b in addresses)) for s, e in parts]
    if "street" not in kinds:
        return []
    last_street = max(i for i, k in enumerate(kinds) if k == "street")
    named = [i for i, k in enumerate(kinds) if k == "named" and i > last_street]
    if not named:
        return []
    # A known city before a country no list knows ("Ankara, Türkiye") is the city.
    known = [i for i in named if _plain(fold(text[parts[i][0]:parts[i][1]])) in CITIES]
    city = known[-1] if known else named[-1]
    city_start, city_end = parts[city]
    body = text[city_start:city_end]
    if not _city_like(body):
        return []  # "…, 100 millió felhasználó": prose, not a city
    spans = [(parts[i][0], parts[i][1], "ADDRESS") for i in range(city)]
    spans += [(city_start + m.start(), city_start + m.end(), "POSTAL_CODE")
              for m in POSTCODE_TOKEN.finditer(body) if re.search(r"\d{3}", m.group())]
    if district_number := POSTAL_DISTRICT.search(body):  # "Dublin 6": the district's number
        spans.append((city_start + district_number.start(1), city_start + district_number.end(1),
                      "POSTAL_CODE"))
    bracketed = BRACKETED_DISTRICT.search(body)
    if bracketed and not CODE.fullmatch(bracketed.group()):  # "Sevilla (Los Remedios)"
        spans.append((city_start + bracketed.start(1), city_start + bracketed.end(1), "ADDRESS"))
    district = re.match(r"(.*?[^\W\d_][^/]*?)[ \t]*/[ \t]*(?=[^\W\d_]{4,})", body)
    later = [_plain(text[s:e]) for s, e in parts[city + 1:]]
    if any(p in MALAYSIAN_STATES for p in later):
        spans.append((city_start, city_end, "ADDRESS"))  # "47300 Petaling Jaya, Selangor"
    elif district:  # "34740 Kadıköy/İstanbul": the district before the city goes
        spans.append((city_start, city_start + district.end(1), "ADDRESS"))
    elif city_below and not known and not POSTCODE_TOKEN.search(body):
        # "23, Rue Ibnou Mounir, Maârif" above "20330 Casablanca": a district, not a city
        spans.append((city_start, city_end, "ADDRESS"))
    return spans


def _kind(part: str, marked: bool) -> str:
    """"tail" (a postcode, a code, a region, a country), "street" (a street, house or flat
    part) or "named" (a city, a suburb, a district)."""
    plain = _plain(part)
    if (POSTCODE_ONLY.fullmatch(part) or CODE.fullmatch(part) or plain in REGIONS
            or plain in MALAYSIAN_STATES or REGION_WORD.search(part) or _country(plain)):
        return "tail"
    words = POSTCODE_TOKEN.sub(" ", part).strip()
    if CODE.fullmatch(words) or _plain(words) in REGIONS or _country(_plain(words)):
        return "tail"  # "GA 30310", "BC V6Z 2S3", "Uttar Pradesh 201309"
    if marked or STREET_WORD.search(part) or HOUSE_FIRST.match(part.strip()):
        if not (re.fullmatch(r"[^\W\d_][\w'’.() /-]*", words) and words != part.strip()
                and not STREET_WORD.search(words)):
            return "street"
    if not re.search(r"[^\W\d_]", words):
        return "tail"
    return "named"


_PARTICLES = {"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "am", "an",
              "im", "upon", "on", "sur", "y", "e", "i", "na", "nad", "pod", "bei", "en", "el"}


def _city_like(body: str) -> bool:
    """Every word of ``body`` is capitalised, a particle, a code or a number."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", body)
    return bool(words) and len(words) <= 6 and all(
        w[0].isupper() or w.lower() in _PARTICLES for w in words)


def _plain(part: str) -> str:
    return re.sub(r"[ \t]+", " ", part.strip(" \t()")).lower()


def _country(key: str) -> bool:
    from jobtui.resume.header import _country as country

    return bool(key) and country(key)


# A Ghana Post GPS digital address ("GA-492-7731", "AK-039-5028"): a house's own code.
DIGITAL_ADDRESS = re.compile(r"(?<![\w-])[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])")


def digital_address_spans(text: str) -> list[tuple[int, int, str]]:
    """Every digital address (a house's code) in ``text``."""
    return [(m.start(), m.end(), "ADDRESS") for m in DIGITAL_ADDRESS.finditer(text)]
