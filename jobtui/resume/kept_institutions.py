"""Facts that look like people: employers, schools, prizes and credentials named after someone.

A CV names its employers, schools and prizes, and many of them carry a person's name
("Koç Holding A.Ş.", "Uniwersytet Medyczny im. Karola Marcinkowskiego", "Premiul „Grigore
Moisil“", "Gottfried Wilhelm Leibniz-Preis", "Walter and Eliza Hall Institute"). Four classes
of such a fact are kept here, in the languages CVs are written in:

- a run of capitalised words that ends in an institution, prize or company word, or in a legal
  form ("... Holding A.Ş.", "... Knowledge Award", "... Diamond Company");
- a run that opens with an institution or prize word and goes on with capitalised words,
  connectors ("of", "im.", "імені", "named after") or a quoted name ("Premiul „Grigore Moisil“");
- the employer of a work line shaped "<title>, <employer>, <place> (<dates>)" when the title
  holds no person ("Risk Analyst, Julius Bär, Zürich (2012 – 2014)");
- a language with its level ("Te Reo Māori (conversational)") and a dotted degree ("P.Eng.").

Only person findings are dropped inside these facts, and never one holding a part of the
candidate's own name; a national ID without a digit ("Researcher") is a word, never an ID.
"""

from __future__ import annotations

import re

from jobtui.resume.kept_facts import ROLE_WORDS
from jobtui.resume.kept_shapes import (
    before_tech_noun,
    bullet_verbs,
    caseless_names,
    tech_compound_cut,
    tech_lists,
    trade_titles,
)
from jobtui.resume.kept_words import (
    _AFTER,
    _BEFORE,
    AND,
    COMPANY_WORDS,
    COMPOUND_TAILS,
    CONNECTORS,
    ENGLISH_WORDS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    LEGAL_FORM,
)
from jobtui.resume.names import fold

HONORIFIC = re.compile(r"(?i)^(?:mr|mrs|ms|dr|prof|sir|dame|herr|frau|mme|sra?|dña)\.?$")
WORD = re.compile(r"[„“”\"«»‚‘’']?[^\W\d_][\w.'’&/-]*[„“”\"«»‚‘’']?|&")
QUOTE = "„“”\"«»‚‘’'"
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
PART = re.compile(r"[^,;()\n|•·–—]+")
DATES = re.compile(r"(?:19|20)\d\d")


def _folded(word: str) -> str:
    return fold(word.strip(QUOTE + ".,")).lower()


def _is_noun(word: str) -> bool:
    """An institution, prize or company word, alone or as a hyphenated tail
    ("Leibniz-Preis", "Bosch-Stiftung")."""
    tail = _folded(word).rsplit("-", 1)[-1]
    if tail in INSTITUTION_WORDS:
        return True
    if any(tail.endswith(t) and len(tail) >= len(t) + 3 for t in COMPOUND_TAILS):
        return True  # "Förderpreis", "Scriptieprijs", "Forskningspriset": a compound's head
    # an inflected form of a long word: "Ülikooli", "uniwersytetu", "университета"
    # (a stem of six letters or more: "Mostafa" is no inflected "most")
    return len(tail) > 6 and any(tail[:cut] in INSTITUTION_WORDS
                                 for cut in range(max(6, len(tail) - 3), len(tail)))


def _lower_noun(word: str) -> bool:
    """A lower-case institution word that goes on a name, as Baltic, Slavic and Nordic CVs write
    it ("Rīgas Stradiņa universitāte", "Софийски университет"); an English one ("the bank")
    ends the run."""
    return _is_noun(word) and (not word.isascii() or _folded(word) not in ENGLISH_WORDS)


def _capital(word: str) -> bool:
    stripped = word.strip(QUOTE)
    return bool(stripped) and (stripped[0].isupper() or stripped[0] == "&")


def named_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of capitalised words and connectors in a part of a line that
    holds an institution, prize or company word or ends in a legal form."""
    runs = []
    for part in PART.finditer(text):
        words = list(WORD.finditer(part.group()))
        run: list[re.Match] = []
        for word in [*words, None]:
            fits = word is not None and (
                _capital(word.group()) or _folded(word.group()) in CONNECTORS
                or word.group()[0] in QUOTE or (run and _lower_noun(word.group())))
            if fits and run and part.group()[run[-1].end():word.start()].strip(" \t" + QUOTE):
                fits = False  # "Scholar: Jan", "Fund by Jan": only spaces and quotes join
            if fits and HONORIFIC.match(word.group()):
                fits = False  # "Prof. Anna Nowak" is a person, not a name of a thing
            if fits:
                run.append(word)
                continue
            runs += [(part.start() + piece[0].start(), part.start() + piece[-1].end())
                     for piece in _things(part.group(), run)]
            run = [word] if word is not None and _capital(word.group()) else []
    return runs


def _holds_noun(part: str, run: list[re.Match]) -> bool:
    tail = part[run[-1].end():]
    if LEGAL_FORM.match(tail.lstrip(" ,")) or LEGAL_FORM.fullmatch(run[-1].group()):
        return True
    return any(_is_noun(word.group()) for word in run)


def _trimmed(run: list[re.Match]) -> list[re.Match]:
    while run and _folded(run[-1].group()) in CONNECTORS:
        run = run[:-1]
    while run and _folded(run[0].group()) in CONNECTORS:
        run = run[1:]
    return run


def _things(part: str, run: list[re.Match]) -> list[list[re.Match]]:
    """The named things in a run. One joined by "and" is one thing ("Walter and Eliza Hall
    Institute", "Procter & Gamble") only when it is the whole part; elsewhere each side of the
    "and" is judged alone ("Anna Nowak and the Foundation team" is a person and a team)."""
    run = _trimmed(run)
    if len(run) == 1 and "-" in run[0].group() and _is_noun(run[0].group()):
        return [run]  # "Goethe-Zertifikat", "Leibniz-Preis": a compound named after someone
    whole = run and not part[:run[0].start()].strip(" -•*") and not part[run[-1].end():].strip(" .")
    if whole or not any(_folded(w.group()) in AND for w in run):
        return [run] if len(run) > 1 and (_holds_noun(part, run) or _ampersand_thing(run)) else []
    pieces: list[list[re.Match]] = [[]]
    for word in run:
        if _folded(word.group()) in AND and word.group() != "&":
            pieces.append([])
        else:
            pieces[-1].append(word)
    pieces = [p for piece in map(_trimmed, pieces)
              for p in ([piece] if _ampersand_thing(piece) else _split_at_ampersand(piece))]
    return [p for p in pieces if len(p) > 1 and (_holds_noun(part, p) or _ampersand_thing(p))]


def _split_at_ampersand(run: list[re.Match]) -> list[list[re.Match]]:
    pieces: list[list[re.Match]] = [[]]
    for word in run:
        if word.group() == "&":
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [_trimmed(p) for p in pieces]


def _ampersand_thing(run: list[re.Match]) -> bool:
    """A run joined by "&" to one capitalised word no name list knows ("Harmony Email &
    Collaboration", "Procter & Gamble"): people are joined by "and", firms and products by "&"."""
    from jobtui.resume.names import gazetteer

    words = [w.group() for w in run]
    if len(words) < 3 or "&" not in words[1:-1] or words.index("&") != len(words) - 2:
        return False
    first_names, surnames = gazetteer()
    return _folded(words[-1]) not in first_names | surnames


# An institution's abbreviation in brackets after its name: "University of Engineering and
# Technology (UET)"; the abbreviation is the institution wherever it recurs.
ABBREVIATION = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,6}[A-Z])\)")


def abbreviations(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of every mention of an abbreviation given in brackets after a named run."""
    spans = []
    for short in {m.group(1) for _, end in runs if (m := ABBREVIATION.match(text, end))}:
        spans += [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(short)}(?![\w])", text)]
    return spans


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
        parts = [p for p in re.finditer(r"[^,|;]+", line.group()[offset:].split("(")[0])
                 if p.group().strip()]
        if len(parts) < 2 or DATES.search(parts[0].group()) or DATES.search(parts[1].group()):
            continue
        if INITIAL.match(parts[0].group()) or INITIAL.match(parts[1].group()) \
                or re.search(r"[\"“”„«»:]", line.group()):
            continue  # authors ("M. Hosseini, L. Karimi. "…", 2022") and labelled fields
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


def employer_first_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the employer in work lines shaped "<employer>, <place> — <title>
    (<dates>)", when the title holds a job-title word, the employer opens with no honorific
    and is no person ("Marek Wiśniewski, Kraków — Team Lead": a given name and a surname with
    no company word). An employer with a company word or legal form keeps the place after
    its dash too ("Mercado Libre S.R.L. – Saavedra, CABA (2020 – …)") when it opens with no
    given name."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        shape = EMPLOYER_FIRST.match(line.group())
        if (not shape or not shape["employer"].strip() or not DATES.search(line.group())
                or DATES.search(shape["employer"])):
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
    return bool(LEGAL_FORM.search(raw)) or any(_is_noun(w) for w in raw.split())


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


# An all-capital abbreviation opening a referee's employer: "UET Lahore", "IIT Bombay", "KTH".
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}(?:[ \t]+[A-Z][^\W\d_]+)?$")
REFERENCE_PART = re.compile(r"[^,;|\n—–]+")


def reference_employers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the referee's employer or school in a references section between
    ``start`` and ``end``: a part after the first of its line, without digits or "@", that
    holds an institution word or a legal form ("Karolinska Institutet", "Tata Consultancy
    Services") or that the resume names outside its references too ("Flutterwave")."""
    from jobtui.resume.names import gazetteer

    first_names = gazetteer()[0]
    outside = text[:start] + text[end:]
    kept = []
    for part in REFERENCE_PART.finditer(text, start, end):
        raw = part.group().strip()
        line_start = text.rfind("\n", 0, part.start()) + 1
        words = raw.split()
        if (not words or not text[line_start:part.start()].strip() or not _capital(raw)
                or any(c.isdigit() or c == "@" for c in raw) or HONORIFIC.match(words[0])):
            continue
        named = _named(raw) or bool(ACRONYM.match(raw))
        if not named and (_folded(words[0]) in first_names or not re.search(
                rf"(?<![\w]){re.escape(raw)}(?![\w])", outside)):
            continue  # a bare name the resume never gives as an employer may be a person
        lead = len(part.group()) - len(part.group().lstrip())
        kept.append((part.start() + lead, part.start() + lead + len(raw)))
    return kept


_UP = "A-Z\u0400-\u042f\u0386-\u038f\u0391-\u03a9"
_LO = "a-z\u0430-\u045f\u0491\u0454\u0456\u0457\u03ac-\u03ce"
# A capitalised word or an abbreviated title ("Sv.", "Св.", "St.", "Dr."), in any of the scripts.
_WORD = rf"[{_UP}](?:[{_LO}'-]+\.?|[{_LO}]?\.)"
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:de|da|di|van|von|la|le|del|dos)[ \t]+)?{_WORD}){{0,4}}"
BEFORE = re.compile(rf"(?<![\w])(?i:{_BEFORE})[ \t]+(?P<run>{_RUN})")
AFTER = re.compile(rf"(?P<run>{_RUN})[ \t]+(?i:{_AFTER})(?![\w])")
QUOTED = re.compile(r"(?P<quote>„[^“”\"\n]{2,80}[“”\"]|“[^”\n]{2,80}”|«[^»\n]{2,80}»"
                    r"|\"[^\"\n]{2,80}\"|‚[^‘’\n]{2,80}[‘’])")
# A capitalised run before a lower-case institution noun ("Rīgas Stradiņa universitāte").
BEFORE_NOUN = re.compile(rf"(?P<run>{_RUN})[ \t]+(?P<noun>[{_LO}]+)")


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Where the names inside institutions, prizes and scholarships named after people are."""
    folded = fold(text)
    spans = [m.span("run") for pattern in (BEFORE, AFTER) for m in pattern.finditer(folded)]
    for match in QUOTED.finditer(folded):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        # the last four words of the clause before the quote: "Concursul de informatică „…”"
        clause = re.split(r"[,;:()]|\.\s",
                          folded[max(line_start, match.start() - 60):match.start()])
        before = re.findall(r"[^\W\d_]+", clause[-1])[-4:]
        if any(w.lower() in INSTITUTION_NOUNS or _is_noun(w) and (
                w[0].isupper() or w.lower() not in ENGLISH_WORDS) for w in before):
            spans.append(match.span("quote"))
    spans += [m.span("run") for m in BEFORE_NOUN.finditer(folded)
              if m.group("noun") in INSTITUTION_NOUNS]
    return spans


def kept_institution_spans(text: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that is a fact named after someone (see the module doc), and
    every later mention of an employer a work line gave ("… for Julius Bär's clients")."""
    employers = employer_parts(text) + employer_first_parts(text)
    runs = named_runs(text)
    again = abbreviations(text, runs)
    for name in {text[s:e] for s, e in employers if e - s >= 4}:
        again += [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text)]
    return (runs + employers + again + language_parts(text) + bullet_verbs(text)
            + trade_titles(text) + tech_lists(text) + caseless_names(text))


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
    kept = []
    for start, end, entity in spans:
        value = text[start:end]
        if entity == "PERSON" and any(s <= start and end <= e for s, e in eponyms):
            continue
        if entity in NATIONAL_ID_ENTITIES and not any(c.isdigit() for c in value):
            continue  # "Researcher", "Specialist": ten letters, no ID
        if entity in ("ADDRESS", "PERSON") and any(s <= start and end <= e for s, e in degrees):
            if entity == "ADDRESS" or not _words(value) & own:
                continue
        if entity == "PERSON" and not _words(value) & own:
            if (any(s <= start and end <= e for s, e in protected)
                    or before_tech_noun(text, start, end) or _joined_to_thing(
                        text, start, end, protected)):
                continue
            end = tech_compound_cut(text, start, end)
            if end <= start:
                continue
        kept.append((start, end, entity))
    return kept


JOINED = re.compile(r"[ \t]*(?:,|&|\b(?:and|und|y|et|e|i|en|og|och|ve)\b)[ \t]*$")


def _joined_to_thing(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> bool:
    """A lone word no name list knows, joined by "and" to a named thing ("… Harmony Email &
    Collaboration and Quantum"): the rule that joined it to a "person" was wrong."""
    from jobtui.resume.names import gazetteer

    first_names, surnames = gazetteer()
    if " " in text[start:end] or _folded(text[start:end]) in first_names | surnames:
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
