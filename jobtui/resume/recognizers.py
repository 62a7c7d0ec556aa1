"""jobtui's own Presidio recognizers: what a resume leaks that a blank spaCy pipeline cannot see.

All are plain regular expressions (no model, no network). A pattern may mark the part to remove
with a ``pii`` group, so "Austin, TX 78741" loses only the postal code and keeps the region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from jobtui.resume.header import PARTICLES, header_name
from jobtui.resume.names import fold, transliterations
from jobtui.resume.scripts import ARABIC_JOINERS

__all__ = ["header_name", "person_recognizer", "static_recognizers", "terms_recognizer"]

SCORE = 0.85

STREET_SUFFIXES = (
    "Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
    "Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Row|Close|"
    "Crescent|Cres|Alley|Plaza|Strasse|Straße|Grove|Gardens|Mews|Rise|Vale|Wharf|Parade|Hill"
)
# Spaces, not \s: an address never runs across a line break.
STREET_ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'.-]*[ \t]+){0,4}"
    rf"(?:{STREET_SUFFIXES})\b\.?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|#)\.?[ \t]*#?[\w-]+)?"
)
# A house number with what follows it in many countries: "77bis", "12 ter", "5a", "103/2/14",
# "12-III" and "12 hs" (NL), "12 B" (Nordic). A lone letter is upper case after a space.
HOUSE_NUMBER = (r"\d{1,5}(?:[ \t]?(?:bis|ter|quater)(?![\w])|[a-zA-Z](?![\w]))?"
                r"(?:/(?:\d{1,4}[a-zA-Z]?|[A-Z](?![\w]))){0,3}"
                r"(?:[-–]\d{1,4}[a-zA-Z]?(?![\w]))?"  # a range: "12a-14"
                # Colombian "Calle 45 # 12-34".
                r"(?:[ \t]*(?:#|No\.?|N[º°o])[ \t]*\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3})?"
                r"(?:[ \t-](?:hs|huis|bg|I{1,3}|[A-H])(?![\w'’-]))?"
                # A flat after it: PL "8 m. 15", ES/PT "22, 4º izq.", DK "12, 2. tv".
                r"(?:,?[ \t]*(?:(?:m|lok|kv|app|apt)\.[ \t]*\d{1,4}"
                r"|\d{1,2}[º°ª][ \t]*(?:(?i:izq(?:uierda)?|dcha|der(?:echa)?|esq|dto|dta|frt)\.?"
                r"|[A-Z](?![\w]))?|\d{1,2}\.?[ \t]*(?:tv|th|mf)(?![\w])"
                r"|\d{1,2}(?:r|n|t|º)[ \t]+\d{1,2}(?:a|ª)(?![\w])))?")  # CA "3r 2a"
# Street name first, number after: "Calle Mayor 12", "Rue de Rivoli 45", "Hauptstraße 5a".
EUROPEAN_STREET = re.compile(
    r"\b(?:(?:Calle|Avenida|Avda\.|Av\.|Calzada|Carretera|Rua|Carrer|Paseo|Plaza|Via|Viale"
    r"|Corso|Piazza|Rue|Chemin|C/|Carrera|Cra\.|Cl\.|Diagonal|Transversal"
    # "Mariahilfer Straße 103": a German street adjective ends in -er.
    r"|(?:[A-ZÄÖÜ][\wäöüß]+er[ \t]+)?(?:Straße|Strasse|Platz|Weg|Gasse|Allee)|Ulica|ul\.)"
    r"[ \t]*(?<=[ \t/])(?:[\w'’.-]+[ \t]+){0,3}?"
    r"|[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gade|vej"
    r"|gracht|kade|singel|dijk|plein|steeg|markt|gatan|vägen|vagen|gata|gränd|torget|veien"
    r"|gate)[ \t]+"
    # Compound street names of NL, DE, DK, NO, SE, FI after three letters at least
    # ("Kerkpad", "Uferdamm", "Mannerheimintie", "Hämeenkatu"): rarer words, so a longer stem.
    r"|[A-ZÄÖÜÅ][\wäöüßåø-]{2,}(?:dreef|baan|hof|wal|haven|damm|ufer|chaussee|stieg|pfad"
    r"|twiete|stræde|straede|torv|vegen|plass|backen|stigen|katu|kuja|polku|tie|tori|kaari"
    r"|rinne|ranta)[ \t]+)"
    rf"{HOUSE_NUMBER}"
)
PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.IGNORECASE)
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
POSTAL_CODES = (
    re.compile(rf"\b(?:{US_STATES}),?\s+(?P<pii>\d{{5}}(?:-\d{{4}})?)\b"),  # "TX 78741"
    # The code has a digit; a second part must start with one ("SW1A 1AA", "80203-1234") or be
    # two capitals ("1015 CJ"), so the city after it ("Zip: 10115 Rome") stays.
    re.compile(r"\b(?:zip|postal\s*code|post\s*code|postcode)\s*(?:code)?\s*[:#]?\s*"
               r"(?P<pii>(?=[A-Z]{0,2}[ -]?\d)[A-Z0-9]{2,5}"
               r"(?:[ -](?:\d[A-Z0-9]{1,3}|(?-i:[A-Z]{2})))?)\b",
               re.IGNORECASE),
    # After a comma or at a line start, so "(2019) QA Lead" is not taken for a postal code.
    re.compile(r"(?:^|,)[ \t]*(?P<pii>\d{5})\s+[A-ZÀ-Þ][a-zà-ÿ]+", re.MULTILINE),  # EU
    re.compile(r"(?:^|,)[ \t]*(?P<pii>\d{4}\s?[A-Z]{2})\s+[A-Z][a-z]+", re.MULTILINE),  # NL
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"),  # UK: "SW1A 1AA"
    re.compile(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),  # Canada: "K1A 0B1"
    # Portugal "4150-012 Porto", Poland "31-042 Kraków": before a place, after a comma or at a
    # line start.
    re.compile(r"(?:^|,)[ \t]*(?P<pii>\d{4}-\d{3}|\d{2}-\d{3})[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+",
               re.MULTILINE),
)

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # DE, FR, ES, NL, PL (genitive), PT, IT month names, the common spellings.
    r"|Januar|Februar|März|Marz|Maerz|Mai|Juni|Juli|Oktober|Dezember|Jänner|Janner|Feber"
    r"|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre"
    r"|januari|februari|maart|mei|augustus|oktober"
    r"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia"
    r"|października|pazdziernika|listopada|grudnia"
    r"|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    # ID, RO, HU, TR, the Nordics, CS (genitive), accent-folded as the text is matched.
    r"|maret|agustus|desember|nopember|ianuarie|februarie|martie|aprilie|iunie|iulie"
    r"|septembrie|octombrie|noiembrie|decembrie|marcius|aprilis|majus|junius|julius"
    r"|augusztus|szeptember|ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim"
    r"|kasim|aralik|maj|marts|augusti|ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari"
    r"|rijna|listopadu|prosince"
    # UK, RU (genitive).
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    # FI (partitive), ET, LV, LT (genitive), HR (genitive), IS: accent-folded.
    r"|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesakuuta|heinakuuta|elokuuta"
    r"|syyskuuta|lokakuuta|marraskuuta|joulukuuta|jaanuar|veebruar|aprill|juuni|juuli"
    r"|oktoober|detsember|janvari[s]?|februari[s]?|marta|aprili[s]?|maija|junija|julija"
    r"|augusta|septembri[s]?|oktobri[s]?|novembri[s]?|decembri[s]?|sausio|vasario|kovo"
    r"|balandzio|geguzes|birzelio|liepos|rugpjucio|rugsejo|spalio|lapkricio|gruodzio"
    r"|sijecnja|veljace|ozujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca"
    r"|agust|nov)\.?"
)
DATE = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{MONTHS},?\s+(?:de\s+)?\d{{4}}"
    rf"|\d{{4}}\.?\s+{MONTHS}\s+\d{{1,2}}\.?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{4}"  # CZ, SK, DE with spaces: "5. 9. 1990"
    # A Roman month (PL, CZ, HU, RO): "23.II.1995", "23 II 1995".
    r"|\d{1,2}[. ]\s?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[. ]\s?\d{4}"
    rf"|{MONTHS}\s+\d{{4}}|\d{{4}})"
)
# Birth-date labels in many languages, accent-folded: "Date of birth", "Geboortedatum", "Née le",
# "Fecha de nacimiento", "Data urodzenia", "Tanggal lahir", "Születési idő", "Doğum tarihi",
# "Data nașterii", "Дата народження", "Ngày sinh", "生年月日", "생년월일" ...
DOB_LABEL = (
    r"D\.?O\.?B\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+(?:on|in))?"
    r"|geboren(?:\s+(?:am|op))?|geb\.(?:\s+am)?|geburtsdatum|geboortedatum|n[ée]e?\s+le|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|nacid[oa]\s+el|data\s+urodzenia|urodzon[ya]|data\s+de\s+nascimento"
    r"|nascid[oa]\s+(?:em|a)|data\s+di\s+nascita|nat[oa]\s+il"
    r"|(?:tempat\s*[,/]\s*)?(?:tanggal|tgl\.?)\s+lahir|tarikh\s+lahir|szuletesi\s+(?:ido|datum)"
    r"|szuletett|dogum\s+tarihi|data\s+nasterii|nascut[aă]?\s+(?:la|pe)|datum\s+narozeni"
    r"|narozen[aá]?|datum\s+rodenja|fodselsdato|fodt|fodelsedatum|fodd|syntymaaika"
    r"|ngay\s+sinh|petsa\s+ng\s+kapanganakan|tarehe\s+ya\s+kuzaliwa"
    # "Born" as a participle: FI, ET, LV, LT, IS; ID "TTL" (tempat, tanggal lahir).
    r"|syntynyt|sundinud|dzimis|dzimusi|gimes|gimusi|fadd(?:ur)?|faedd(?:ur)?|ttl"
    # Abbreviated and combined labels: PL "ur.", CZ/SK "nar.", HU "szül.", ES "F. nac.",
    # PT "Dt. nasc.", "Place and date of birth", "Lieu et date de naissance", year-only labels.
    r"|ur\.|urodz\.|urodzona|urodzony|nar\.|narodeny|narodena|datum\s+narodenia|szul\."
    r"|(?:f(?:echa)?|fec)\.?\s*(?:de\s+)?nac(?:imiento|\.)|d(?:ata|t)\.?\s*(?:de\s+)?nasc\."
    r"|(?:place|lieu|lugar|local|luogo|miejsce|ort|plaats)\s+(?:and|et|y|e|i|und|en)\s+"
    r"(?:date|fecha|data|datum)\s+(?:of|de|di)?\s*(?:birth|naissance|nacimiento|nascimento"
    r"|nascita|urodzenia)"
    r"|(?:date|fecha|data)\s+(?:and|et|y|e|i)\s+(?:place|lieu|lugar|local|luogo|miejsce)"
    r"\s+(?:of|de|di)\s+(?:birth|naissance|nacimiento|nascimento|nascita)"
    r"|data\s+i\s+miejsce\s+urodzenia|geburtsdatum\s+und\s+-?ort|geburtsort\s+und\s+-?datum"
    r"|geboortedatum\s+en\s+-?plaats|geboorteplaats\s+en\s+-?datum"
    r"|n[ée]e?\s*(?:\(e\))?\s+(?:a\s+[\w' -]{2,30}?\s+)?le|nacid[oa]\s+en\s+[\w ]{2,30}?\s+el"
    r"|nat[oa]\s+a\s+[\w' ]{2,30}?\s+il|nascid[oa]\s+(?:em|a)\s+[\w ]{2,30}?\s+(?:em|a)"
    r"|year\s+of\s+birth|birth\s+year|geburtsjahr|jahrgang|annee\s+de\s+naissance"
    r"|ano\s+de\s+(?:nacimiento|nascimento)|anno\s+di\s+nascita|geboortejaar|rok\s+urodzenia"
    r"|fodelsear|fodselsar|fodselsdag|fodelsedag|syntymavuosi|syntynyt|dogum\s+yili"
    r"|anul\s+nasterii|data\s+nasterii|nascut[aă]?|szuletesi\s+ev"
    r"|geb\.?-?\s?datum|nasc\.|nacimiento|nascimento|dogum(?:\s+yeri)?(?:\s+tarihi)?"
    r"|rod(?:j)?en[ai]?|datum\s+rod(?:j)?enja"
    r"|дата\s+народження|дата\s+рождения|народил(?:ся|ася)|родил(?:ся|ась)"
    r"|ημερομηνια\s+γεννησης|ημερομηνία\s+γέννησης|生年月日|出生日期|생년월일|تاريخ\s+الميلاد"
)
# What may follow a birth label: a second label ("Geburtsdatum/-ort", "Geburtsdatum, -ort",
# "Doğum Yeri/Tarihi") or a gender ending ("Narozen(a)", "Né(e)").
LABEL_TAIL = r"(?:\s*/\s*-?[^\W\d_]+|,[ \t]*-[^\W\d_]+|\s*\([a-z]{1,3}\))?"
DATE_OF_BIRTH = re.compile(
    rf"(?<![\w])(?:{DOB_LABEL}){LABEL_TAIL}\s*[:\-–]?\s*(?P<pii>{DATE})(?![\d/-]|\.\d)",
    re.IGNORECASE,
)
# "Date of birth: 1368/06/15 (6 September 1989)", "Tempat, Tanggal Lahir: Bandung, 17 Agustus
# 1992": after a label and a colon, the whole value up to the next separator (| ; • ·) is the
# birth date.
LABELLED_BIRTH = re.compile(
    rf"(?<![\w])(?:{DOB_LABEL}){LABEL_TAIL}[ \t]*[:：][ \t]*(?P<pii>[^|;•·\n]*?\d[^|;•·\n]*?)"
    # A dash between spaces or a wide gap ends the value too: a two-column PDF puts the other
    # column on the same line ("Geburtsdatum: 03.05.1987 - Pair-Programming mit …").
    r"(?=[ \t]*(?:[|;•·\n]|$)|[ \t]+[-–—][ \t]+|[ \t]{3,}"
    # ... and so does a capitalised word right after a year ("05-02-1995 Junior Developer,").
    r"|(?<=\d{4})[ \t]+(?!(?:\(|[A-Z][a-z]*\b[ \t]*\d))[A-Z][a-z]+[ \t,]"
    # ... and a comma after the year, before the place of birth ("1990, Jihlava").
    r"|(?<=\d{4}),(?=[ \t]*[^\W\d_]))",
    re.IGNORECASE,
)

PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.|[a-z]{2}\.)?"
    r"(?:linkedin\.com/(?:in|pub)/[\w%.-]+|github\.com/[\w.-]+|gitlab\.com/[\w.-]+"
    r"|bitbucket\.org/[\w.-]+|(?:twitter|x)\.com/@?\w+|stackoverflow\.com/users/\d+(?:/[\w-]+)?"
    r"|medium\.com/@[\w.-]+|behance\.net/[\w.-]+|dribbble\.com/[\w.-]+"
    r"|kaggle\.com/[\w.-]+|[\w-]+\.github\.io)"
    r"(?:/[^\s|,;)]*)?",
    re.IGNORECASE,
)
# "LinkedIn : in/jpbouchardlevesque": the site named by its label only.
LINKEDIN_HANDLE = re.compile(r"(?<=linkedin)[ \t]*:?[ \t]*(?P<pii>/?in/[\w%.-]*\w)",
                             re.IGNORECASE)


class RegexRecognizer(LocalRecognizer):
    """Reports every match of its patterns (or the ``pii`` group of a match) as one entity."""

    def __init__(self, entity: str, patterns: Sequence[re.Pattern[str]], name: str,
                 folded: bool = False):
        self.patterns = list(patterns)
        self.folded = folded
        """Match against the text with accents removed (the patterns are folded too)."""
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        """Nothing to load: the patterns are compiled already."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """Every match in ``text`` as a RecognizerResult."""
        entity = self.supported_entities[0]
        if self.folded:
            text = fold(text)  # same length: the offsets hold in the original text
        results = []
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                group = "pii" if "pii" in pattern.groupindex else 0
                start, end = match.span(group)
                if end > start:
                    results.append(RecognizerResult(entity, start, end, SCORE))
        return results


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, validated against tldextract's bundled suffix snapshot.

    Presidio calls the module-level ``tldextract.extract``, whose default extractor downloads
    the public-suffix list on first use. Subclassing keeps that download impossible without
    patching Presidio's module; and an address whose domain is not on the list (say
    ``name@company.internal``) is still personal, so it keeps the pattern score instead of
    being dropped.
    """

    _extractor = None

    @classmethod
    def extractor(cls):
        """A TLDExtract that only reads the snapshot shipped inside the package."""
        if cls._extractor is None:
            import tldextract

            cls._extractor = tldextract.TLDExtract(
                suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
            )
        return cls._extractor

    def validate_result(self, pattern_text: str) -> bool | None:
        """True for a known public suffix; None (keep the score) otherwise."""
        return True if self.extractor()(pattern_text).fqdn else None


def static_recognizers() -> list[LocalRecognizer]:
    """The recognizers that do not depend on who the user is."""
    return [
        RegexRecognizer("ADDRESS", [STREET_ADDRESS, EUROPEAN_STREET, PO_BOX],
                        "jobtui street address"),
        RegexRecognizer("POSTAL_CODE", POSTAL_CODES, "jobtui postal code"),
        RegexRecognizer("DATE_OF_BIRTH", [DATE_OF_BIRTH, LABELLED_BIRTH], "jobtui date of birth",
                        folded=True),
        RegexRecognizer("PROFILE_URL", [PROFILE_URL, LINKEDIN_HANDLE], "jobtui profile link"),
    ]


def name_parts(names: Iterable[str]) -> list[str]:
    """The distinct words (2+ letters) of the given names, longest first."""
    parts: dict[str, None] = {}
    for name in names:
        words = [w for w in re.split(r"[\s,]+", name) if w]
        for index, word in enumerate(words):
            if word in ARABIC_JOINERS:
                # "عبد الحميد" (Abd al-Hamid) is one name; "عبد" alone is in many others
                # ("مدرسة جمال عبد الناصر").
                if index + 1 < len(words):
                    parts[f"{word} {fold(words[index + 1])}".lower()] = None
                continue
            # "Gonzalez-Smith" is also written "Gonzalez" or "Smith" alone.
            for piece in (word, *word.split("-"), _german_spelling(word),
                          *transliterations(fold(word).lower())):
                piece = fold(piece.strip("."))
                if (len(piece) >= 2 and re.search(r"[^\W\d_]", piece)
                        and piece.lower() not in PARTICLES):
                    parts[piece.lower()] = None
    return sorted(parts, key=len, reverse=True)


def _german_spelling(word: str) -> str:
    """"Schäfer" as a German writes it without umlauts: "Schaefer" (file names, e-mails)."""
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                            ("Ü", "Ue"), ("ß", "ss")):
        word = word.replace(umlaut, spelled)
    return word


def _letters_bounded(term: str) -> str:
    """``term`` matched case-insensitively, not inside a longer word."""
    escaped = r"\s+".join(re.escape(w) for w in term.split())
    return rf"(?<![^\W\d_]){escaped}(?![^\W\d_])"


def person_recognizer(names: Sequence[str], handles: bool = True) -> RegexRecognizer | None:
    """The user's name: the full name in either order, every part alone, and (``handles``)
    user names and e-mail local parts that contain a part of 4+ letters."""
    parts = name_parts(names)
    if not parts:
        return None
    patterns = []
    for name in names:
        words = [w for w in re.split(r"[\s,]+", fold(name)) if w]
        if len(words) >= 2:
            orders = {" ".join(words), " ".join(words[::-1]), f"{words[-1]}, {words[0]}"}
            # "van der Linden" / "Van der Linden's": the surname with its particles.
            particle = next((i for i, w in enumerate(words) if w.lower() in PARTICLES), None)
            if particle:
                orders.add(" ".join(words[particle:]))
            patterns.extend(
                re.compile(_letters_bounded(o).replace(",", r",?"), re.IGNORECASE)
                for o in orders
            )
    patterns.append(re.compile("|".join(_letters_bounded(p) for p in parts), re.IGNORECASE))
    if handles:
        # An initial glued to a part in a handle ("jroe_dev", "@amorgan"); a plain word such
        # as "Bash" or "Award" is left alone even for a user called Ash or Ward.
        alternatives = "|".join(re.escape(p) for p in parts)
        patterns.append(re.compile(
            rf"(?<![^\W\d_])[^\W\d_](?:{alternatives})(?=[\d_-]|\.\w)"
            rf"|(?<=@)[^\W\d_]?(?:{alternatives})(?![^\W\d_])",
            re.IGNORECASE,
        ))
    long_parts = [re.escape(p) for p in parts if len(p) >= 4]
    if handles and long_parts:
        # A handle such as "amorgan-codes" or "alex_m87": a run with a digit, dot, dash or
        # underscore that contains a name part.
        patterns.append(re.compile(
            rf"(?<![\w@.-])(?=[\w.-]*(?:\d|[._-]\w))[\w.-]*?(?:{'|'.join(long_parts)})"
            r"(?:[\w.-]*\w)?(?![\w@])",
            re.IGNORECASE,
        ))
    return RegexRecognizer("PERSON", patterns, "jobtui user name", folded=True)


def terms_recognizer(terms: Sequence[str]) -> RegexRecognizer | None:
    """Extra words or phrases the user wants removed, matched in any case."""
    cleaned = sorted({fold(t.strip()) for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    pattern = re.compile("|".join(_letters_bounded(t) for t in cleaned), re.IGNORECASE)
    return RegexRecognizer("CUSTOM", [pattern], "jobtui extra terms", folded=True)
