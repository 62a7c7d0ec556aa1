"""Work-line and references shapes that hold facts, and the step that drops person findings
inside every kept fact (kept_institutions.py decides what is named after someone).

- the employer of a work line shaped "<title>, <employer>, <place> (<dates>)" when the title
  holds no person ("Risk Analyst, Julius Bär, Zürich (2012 – 2014)"), or named first before a
  dash ("Dawson Construction, Leeds — Site Engineer (2016 – 2021)", "Mercado Libre S.R.L. –
  Saavedra, CABA"), never a person written that way ("Marek Wiśniewski, Kraków — Team Lead");
- a referee's employer or school ("Karolinska Institutet", "UET Lahore");
- a language with its level ("Te Reo Māori (conversational)") and a dotted degree ("P.Eng.",
  "Mag. rer. soc. oec.").

- the place after a named employer ("Alicorp S.A.A. – Lima", kept_places.py).

Only person findings are dropped inside these facts, and never one holding a part of the
candidate's own name; a national ID without a digit ("Researcher") is a word, never an ID, and a
"person" made only of credential or tool words ("Wireman's Licence", "Cadence Virtuoso") is none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from jobtui.resume.family import family_names
from jobtui.resume.kept_facts import ROLE_WORDS
from jobtui.resume.kept_institutions import (
    HONORIFIC,
    abbreviations,
    capital,
    eponym_spans,
    is_noun,
    named_runs,
)
from jobtui.resume.kept_places import employer_places
from jobtui.resume.kept_shapes import (
    before_tech_noun,
    bullet_verbs,
    caseless_names,
    client_spans,
    street_names,
    tech_compound_cut,
    tech_lists,
    trade_titles,
)
from jobtui.resume.kept_skills import skill_item_spans
from jobtui.resume.kept_words import COMPANY_WORDS, CREDENTIAL_WORDS, LEGAL_FORM, TOOL_WORDS
from jobtui.resume.names import fold
from jobtui.resume.sections import domain_spells, references_spans

# A language level after a language: "(native)", "(C1)", "(conversational)", "(fluent)".
LEVEL = re.compile(
    r"\((?i:[ABC][12]|native|mother tongue|fluent|conversational|basic|intermediate|advanced"
    r"|professional[^)]{0,40}|good|bilingual|elementary|beginner|limited[^)]{0,30})\)")
# Dotted degrees and professional designations: "P.Eng.", "Ph.D.", "M.Sc.", "Dipl.-Ing.", and
# a title with its Latin faculty abbreviations ("Mag. rer. soc. oec.", "Dr. rer. nat.").
DOTTED_DEGREE = re.compile(
    r"(?<![\w.])[A-Z][a-z]{0,4}\.(?:[ \t]?[a-z]{2,5}\.){1,4}(?![\w])"
    r"|(?<![\w.])(?:P\.Eng|P\.Geo|P\.E|Ph\.D|M\.Sc|B\.Sc|M\.Eng|B\.Eng|M\.A|B\.A|M\.D|LL\.[BM]"
    r"|B\.A\.Sc|M\.A\.Sc|B\.Com|M\.Com|B\.Tech|M\.Tech|Dipl\.-Ing|Dr\.-Ing|Q\.C|K\.C)\.?"
    r"(?![\w])")
# Dates opening a work line before its title: "04.2019 – heute  Projektingenieur, …".
LEADING_DATES = re.compile(r"[\d/.\s]*(?:19|20)\d\d\s*[–—-]\s*[\w/.]+\.?(?:\s{2,}|\t)")
INITIAL = re.compile(r"\s*[^\W\d_]\.\s")
# A year, not four digits inside a phone number ("0811-1962-4850").
DATES = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)(?<!\d-\d{4}(?=-\d))")
BRACKETS = re.compile(r"\([^()\n]{0,40}\)")


def _folded(word: str) -> str:
    return fold(word.strip("„“”\"«»‚‘’'.,")).lower()


def employer_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the employer in work lines shaped "<title>, <employer>, <place>
    (<dates>)" or "<title> | <employer> | <dates>": the second part, when the line holds a year
    and its first part opens with no honorific."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        if not DATES.search(line.group()):
            continue
        head = LEADING_DATES.match(line.group())
        offset = head.end() if head else 0
        # a bracket without a year is blanked, not cut: "Student (hhx), Niels Brock, København"
        body = BRACKETS.sub(lambda m: m.group() if DATES.search(m.group()) else " " * len(
            m.group()), line.group()[offset:]).split("(")[0]
        parts = [p for p in re.finditer(r"[^,|;]+", body) if p.group().strip()]
        if len(parts) < 2 or DATES.search(parts[0].group()) or DATES.search(parts[1].group()):
            continue
        if INITIAL.match(parts[0].group()) or INITIAL.match(parts[1].group()) \
                or re.search(r"[\"“”„«»:]", line.group()):
            continue  # authors ("M. Hosseini, L. Karimi. "…", 2022") and labelled fields
        if family_names(fold(line.group())):
            continue  # "Married, one son, Karim (2015)": a family, not a work line
        first, second = parts[0].group().split(), parts[1].group().split()
        if not first or not second or HONORIFIC.match(first[0]) or HONORIFIC.match(second[0]) \
                or first[0] in ("-", "•", "*"):
            continue
        employer = parts[1]
        raw = employer.group().strip()
        lead = len(employer.group()) - len(employer.group().lstrip())
        start = line.start() + offset + employer.start() + lead
        spans.append((start, start + len(raw)))
    return spans


# A work line that names the employer first: "Dawson Construction, Leeds — Site Engineer (2016 –
# 2021)"; the part after the dash must hold a job-title word.
EMPLOYER_FIRST = re.compile(r"^[ \t]*(?P<employer>[^,\n—–]+?)[ \t]*(?:,[^\n—–]*)?[ \t]+[—–-][ \t]+"
                            r"(?P<title>[^(\n]+)")
TITLE_WORDS = ROLE_WORDS | {"associate", "developer", "assistant", "intern", "accountant",
                            "auditor", "designer", "technician", "programmer", "trainee"}


# A job's title and dates on one line: "Analista de Sistemas | ago 2017 – dic 2020".
TITLE_AND_DATES = re.compile(r"^[ \t]*[^\W\d_][^|\n]{1,60}\|[^|\n]*(?:19|20)\d\d[^|\n]*$")


def employer_header_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of a job's heading line, the employer and where it is, when the next line
    gives the title and the dates: "Jerónimo Martins SGPS — Lisboa" over "Senior Data
    Engineer | setembro de 2019 – presente". Firms named after their founders stand there
    ("Tequila José Cuervo (Casa Cuervo), Guadalajara, Jal."); a person never does."""
    spans = []
    lines = list(re.finditer(r"[^\n]+", text))
    for line, following in zip(lines, lines[1:], strict=False):
        raw = line.group().strip()
        words = raw.split()
        if (not raw or len(words) > 10 or not TITLE_AND_DATES.match(following.group())
                or TITLE_AND_DATES.match(raw) or HONORIFIC.match(words[0])
                or any(c.isdigit() or c in "@:" for c in raw) or words[0][0] in "-•*–—"):
            continue
        start = line.start() + line.group().index(raw)
        spans.append((start, start + len(raw)))
        # The employer alone, and without its legal form, so that its later mentions stay
        # ("… — Inês Tavares, Head of Data Platform, Jerónimo Martins").
        employer = re.split(r"[ \t]+[—–-][ \t]+|[,(]", raw)[0].rstrip()
        bare = re.sub(r"[ \t]+[A-Z]{2,5}\.?$", "", employer)
        spans += [(start, start + len(employer)), (start, start + len(bare))]
        alias = re.match(r"[ \t]*\(([^()]{3,40})\)", raw[len(employer):])  # "(Casa Cuervo)"
        if alias:
            spans.append((start + len(employer) + alias.start(1),
                          start + len(employer) + alias.end(1)))
    return spans


def employer_first_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the employer in work lines shaped "<employer>, <place> — <title>
    (<dates>)", when the title holds a job-title word, the employer opens with no honorific
    and is no person ("Marek Wiśniewski, Kraków — Team Lead": a given name and a surname with
    no company word). An employer with a company word or legal form keeps the place after
    its dash too ("Mercado Libre S.R.L. – Saavedra, CABA (2020 – …)") when it opens with no
    given name."""
    spans = []
    referees = references_spans(text)  # "Marcelo Tavares Quintela – Gerente de BI, …": a referee
    for line in re.finditer(r"[^\n]+", text):
        shape = EMPLOYER_FIRST.match(line.group())
        if (not shape or not shape["employer"].strip() or not DATES.search(line.group())
                or DATES.search(shape["employer"])
                or any(a <= line.start() < b for a, b in referees)):
            continue
        employer = shape["employer"].split()
        if HONORIFIC.match(employer[0]) or employer[0][0] in "-•*" or _a_person(employer):
            continue
        start = line.start() + shape.start("employer")
        title = shape["title"].rstrip()
        if {w.lower().strip(".,") for w in title.split()} & TITLE_WORDS:
            spans.append((start, start + len(shape["employer"])))
        elif (_named(shape["employer"]) and len(title.split()) <= 4 and not DATES.search(title)
              and not _a_person(title.split(",")[0].split()[:2])):
            spans.append((start, line.start() + shape.start("title") + len(title)))
    return spans


def _named(raw: str) -> bool:
    """The words hold an institution or company word or a legal form."""
    return bool(LEGAL_FORM.search(raw)) or any(is_noun(w) for w in raw.split())


def _a_person(words: list[str]) -> bool:
    """A known given name, then a known surname, and no company word: a person's name."""
    from jobtui.resume.names import gazetteer

    first_names, surnames = gazetteer()
    return (len(words) >= 2 and "&" not in words and _folded(words[0]) in first_names
            and _folded(words[-1]) in surnames and not _named(" ".join(words)))


def language_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of a language before its level: "Te Reo Māori (conversational)"."""
    spans = []
    for level in LEVEL.finditer(text):
        cut = max(text.rfind(c, 0, level.start()) for c in ",;\n:|")
        if len(text[cut + 1:level.start()].split()) <= 4:  # a language is a word or a few
            spans.append((cut + 1, level.end()))
    return spans


# An all-capital abbreviation and a city as a referee's employer: "UET Lahore", "IIT Bombay".
ACRONYM = re.compile(r"([A-Z][A-Z&]{1,5})[ \t]+[A-Z][^\W\d_]+$")
REFERENCE_PART = re.compile(r"[^,;|\n—–]+")


def reference_employers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the referee's employer or school in a references section between
    ``start`` and ``end``: a part after the first of its line, without digits or "@", that
    holds an institution word or a legal form ("Karolinska Institutet", "Tata Consultancy
    Services") or that the resume names outside its references too ("Flutterwave")."""
    from jobtui.resume.names import gazetteer

    first_names, surnames = gazetteer()
    outside = text[:start] + text[end:]
    kept = []
    for part in REFERENCE_PART.finditer(text, start, end):
        raw = part.group().strip()
        line_start = text.rfind("\n", 0, part.start()) + 1
        words = raw.split()
        if (not words or not text[line_start:part.start()].strip() or not capital(raw)
                or any(c.isdigit() or c == "@" for c in raw) or HONORIFIC.match(words[0])):
            continue
        acronym = ACRONYM.match(raw)
        named = _named(raw) or bool(acronym) and _folded(acronym[1]) not in first_names | surnames
        if not named and not domain_spells(text, part.start(), words) and (
                _folded(words[0]) in first_names
                or not re.search(rf"(?<![\w]){re.escape(raw)}(?![\w])", outside)):
            continue  # a bare name the resume never gives as an employer may be a person
        lead = len(part.group()) - len(part.group().lstrip())
        kept.append((part.start() + lead, part.start() + lead + len(raw)))
    return kept


def kept_institution_spans(text: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that is a fact named after someone (see the module doc), and
    every later mention of an employer a work line gave ("… for Julius Bär's clients")."""
    from jobtui.resume.people import firm_spans

    employers = employer_parts(text) + employer_first_parts(text) + employer_header_lines(text)
    runs = named_runs(text)
    again = abbreviations(text, runs)
    for name in {text[s:e] for s, e in employers if e - s >= 4}:
        again += [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text)]
    # "Rio Tinto – Tom Price, WA": the town after a known firm too.
    return (runs + employers + again
            + employer_places(text, runs + employers + firm_spans(text))
            + language_parts(text) + bullet_verbs(text) + trade_titles(text) + tech_lists(text)
            + caseless_names(text) + skill_item_spans(text) + client_spans(text)
            + street_names(text))


# A job's or a school's dates: "2021/03 - present", "(09/2014 – 02/2019)", "Jul 2019 - Till
# Date", "2015 – 2019", "mar/2016 – mai/2021".
DATE_RANGE = re.compile(
    r"(?:19|20)\d\d(?:[/.]\d{1,2})?[ \t]*[-–—][ \t]*"
    r"(?:(?:[A-Za-z]{3,9}(?:\.?[ \t]+|/))?(?:\d{1,2}[/.])?(?:19|20)\d\d"
    r"|(?i:(?:bis[ \t]+|till[ \t]+|to[ \t]+|до[ \t]+)?(?:present|current|now|today"
    r"|date|heute|jetzt|actual|presente|actualidad|actualmente|atual|atualmente|hoy"
    r"|aujourd'hui|ce[ \t]+jour|oggi|nu|heden|dzis|dziś|obecnie|teraz|nyt|nå|idag|ongoing"
    r"|dnes|současnost|dosud|jelenleg|napjainkig|prezent|halen|günümüz|sekarang|kini"
    r"|nykyään|praegu|šiol|dabar|сейчас|н\.[ \t]?в\.|теперь|тепер|даний[ \t]+час)))")


def drop_work_addresses(text: str, spans: list[tuple[int, int, str]],
                        header_end: int) -> list[tuple[int, int, str]]:
    """``spans`` without the addresses below the contact block on a dated line, on a line
    next to one (a job's dates over or under its employer) or after an employer's legal form
    on the line: that is the employer's office or the school ("2021/03 - present   Discovery
    Limited, 1 Discovery Place, Sandton", "Intel Technology Poland Sp. z o.o., ul. Juliusza
    Słowackiego 173, Gdańsk"), not the home; its postcode stays with it."""
    kept = []
    for start, end, entity in spans:
        if entity in ("ADDRESS", "POSTAL_CODE") and start >= header_end:
            line_start = text.rfind("\n", 0, start) + 1
            above = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
            following = text.find("\n", end)
            following = text.find("\n", following + 1) if following >= 0 else -1
            if (DATE_RANGE.search(text, above, following if following >= 0 else len(text))
                    or LEGAL_FORM.search(text, line_start, start)):
                continue
        kept.append((start, end, entity))
    return kept


def drop_institution_findings(text: str, spans: list[tuple[int, int, str]],
                              names: list[str]) -> list[tuple[int, int, str]]:
    """``spans`` without the person findings inside an employer, school, prize or language
    (a technology compound is cut off a finding: "Urs' Jenkins-Pipeline"), without a
    digit-less "ID" and without an address finding on a dotted degree. A finding holding a
    part of the candidate's own name stays, unless it is inside an eponym ("Stipendia „Джон
    Атанасов“")."""
    from jobtui.resume.international import NATIONAL_ID_ENTITIES

    eponyms = eponym_spans(text)
    own = own_parts(names)
    protected = kept_institution_spans(text)
    brands = brand_words(text, protected)
    protected += [(s, e) for s, e, k in spans if k == "PERSON" and _brand(text[s:e], brands)]
    degrees = [m.span() for m in DOTTED_DEGREE.finditer(text)]
    inside = _containment(protected)
    kept = []
    for start, end, entity in spans:
        value = text[start:end]
        if entity == "PERSON" and any(s <= start and end <= e for s, e in eponyms):
            continue
        if entity in NATIONAL_ID_ENTITIES and not any(c.isdigit() for c in value):
            continue  # "Researcher", "Specialist": ten letters, no ID
        if entity == "PERSON" and _credential(value) and not _words(value) & own:
            continue  # "Wireman's Licence", "Cadence Virtuoso", "FRM (GARP)"
        if entity in ("ADDRESS", "PERSON") and any(s <= start and end <= e for s, e in degrees):
            if entity == "ADDRESS" or not _words(value) & own:
                continue
        if entity == "PERSON" and not _words(value) & own:
            if (inside(start, end)
                    or before_tech_noun(text, start, end) or _joined_to_thing(
                        text, start, end, protected)):
                continue
            end = tech_compound_cut(text, start, end)
            if end <= start:
                continue
        kept.append((start, end, entity))
    return kept


def _credential(value: str) -> bool:
    """Every word of a "person" is a credential, licence or tool word: no person."""
    words = [_folded(w).removesuffix("'s").removesuffix("’s") for w in value.split()]
    return bool(words) and all(w in CREDENTIAL_WORDS or w in TOOL_WORDS for w in words)


def _containment(spans: list[tuple[int, int]]):
    """A test "is (start, end) inside one of ``spans``" in log time: among the spans that
    start at or before ``start``, the furthest end decides (a long CV has thousands)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    furthest = list(accumulate((e for _, e in ordered), max))

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start)
        return i > 0 and furthest[i - 1] >= end
    return inside


JOINED = re.compile(r"[ \t]*(?:,|&|\b(?:and|und|y|et|e|i|en|og|och|ve)\b)[ \t]*$")


def _joined_to_thing(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """A lone word no name list knows, joined by "and" to a named thing ("… Harmony Email &
    Collaboration and Quantum"): the rule that joined it to a "person" was wrong."""
    from jobtui.resume.names import gazetteer

    first_names, surnames = gazetteer()
    word = _folded(text[start:end])
    if " " in text[start:end] or word in first_names or word in surnames:
        return False
    return any(e <= start and JOINED.fullmatch(text, e, start) for s, e in protected)


def _words(value: str) -> set[str]:
    return {fold(w).lower().strip(".,'’") for w in value.split()}


def own_parts(names: list[str]) -> set[str]:
    """The candidate's name parts, without titles the header or file name carried ("Mag.
    Hofbauer") and without a lone lower-case token read off an e-mail ("uet")."""
    from jobtui.resume.header import CREDENTIALS, TITLES

    return {fold(w).lower().strip(".,") for n in names if " " in n or not n.islower()
            for w in n.split()} - TITLES - CREDENTIALS


def brand_words(text: str, protected: list[tuple[int, int]]) -> set[str]:
    """First words of the companies of several words ("Lotte" of "Lotte Data Communication
    Company"): the same word opening another run is the brand's ("Lotte Mart"). A school or
    prize named after someone ("Taras Shevchenko University") makes no brand."""
    brands = set()
    for start, end in protected:
        words = text[start:end].split()
        if len(words) >= 2 and (LEGAL_FORM.search(text, end, end + 12) or any(
                _folded(w) in COMPANY_WORDS for w in words)):
            brands.add(words[0])
    return brands


def _brand(value: str, brands: set[str]) -> bool:
    from jobtui.resume.name_shapes import SURNAME_ENDING
    from jobtui.resume.names import gazetteer

    words = value.split()
    rest = {_folded(w) for w in words[1:]}
    return (len(words) >= 2 and words[0] in brands and not rest & gazetteer()[1]
            and not any(SURNAME_ENDING.search(w) for w in rest))
