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
    tech_lists,
    trade_titles,
)
from jobtui.resume.names import fold

# Institution, prize and company words, folded and lower-case, in the languages CVs come in.
INSTITUTION_WORDS = frozenset({
    # schools and research
    "university", "universidad", "universidade", "universita", "universitat", "universite",
    "universiteit", "universitet", "universitetet", "uniwersytet", "univerzita", "univerza",
    "univerzitet", "univerzitetu", "universiteti", "universitatea", "universitate", "egyetem",
    "yliopisto", "ulikool", "universitas", "universiti", "universitaet", "universitaire",
    "college", "colegio", "colegiul", "collegium", "kolegium", "school", "schule", "escuela",
    "escola", "ecole", "scuola", "skola", "szkola", "lyceum", "lycee", "liceo", "liceum",
    "lisesi", "gymnasium", "gimnazija", "gimnazjum", "academy", "academia",
    "akademie", "akademia", "akademija", "academie", "accademia", "institute", "institut",
    "instituto", "istituto", "institutet", "instituttet", "instytut", "institucion", "hochschule",
    "politecnico", "politechnika", "polytechnic", "polytechnique", "politehnica", "faculty",
    "facultad", "faculdade", "fakultet", "fakultat", "wydzial", "centre", "center", "centro",
    "zentrum", "laboratory", "laboratorio", "labor", "observatory", "museum", "library",
    "seminary", "conservatory", "konservatorium", "conservatorio",
    # hospitals and foundations
    "hospital", "hopital", "ospedale", "krankenhaus", "klinikum", "clinic", "clinica",
    "klinik", "szpital", "nemocnice", "bolnica", "infirmary", "foundation", "fondazione",
    "fundacao", "fundacion", "fundacja", "fondation", "stiftung", "stichting", "stiftelse",
    "fond", "fondul", "fundatia", "trust", "society", "sociedad", "gesellschaft", "association",
    "asociacion", "associacao", "verein", "council",
    # prizes and scholarships
    "prize", "award", "awards", "medal", "premio", "premi", "premiul", "premie", "premia",
    "premija", "preis", "prix", "prijs", "pris", "prisen", "nagroda", "nagrada", "nagrade",
    "cena", "dij", "dija", "odulu", "oduli", "scholarship", "scholar", "scholars",
    "fellowship", "fellow", "beca", "bolsa", "borsa", "bourse", "stipendium", "stipendiet",
    "stypendium", "stipendija", "stipendiu", "bursa", "bursasi", "beasiswa", "chair",
    "catedra", "lectureship", "professorship", "trophy", "medalla", "medaille", "medaglia",
    "medalj", "medalje", "medaile", "laureate", "grant", "programme", "program",
    "premiya", "premiia", "премия", "премія", "награда", "нагорода", "стипендия", "стипендія",
    "университет", "університет", "институт", "інститут", "академия", "академія", "колледж",
    "коледж", "лицей", "ліцей", "гимназия", "гімназія", "школа", "фонд", "больница",
    "лікарня", "университетот",
    # sites and works a project bullet names (no street words: those are addresses)
    "airport", "aeropuerto", "aeroporto", "aeroport", "flughafen", "lotnisko", "letiste",
    "havalimani", "bridge", "puente", "ponte", "pont", "brucke", "most", "stadium", "estadio",
    "stadion", "stade", "arena", "metro", "subway", "tunnel", "tunel", "dam", "presa",
    "barragem", "autopista", "autostrada", "autobahn", "autoestrada", "motorway",
    "expressway", "highway", "terminal", "station", "estacion", "estacao", "bahnhof", "gare",
    "theatre", "theater", "teatro", "teatr", "opera", "cathedral", "catedral", "palace",
    "palacio", "palazzo", "cultural", "kulturzentrum",
    # companies
    "holding", "holdings", "group", "groupe", "gruppe", "gruppo", "grupo", "grupa", "grupe",
    "grupul", "grup", "groep", "koncern", "konzern", "company", "companies", "corporation",
    "corp", "industries", "industry", "industrie", "industria", "enterprises", "enterprise",
    "partners", "partnership", "associates", "sons", "brothers", "bros", "freres", "fratelli",
    "hermanos", "hijos", "gebruder", "sohne", "brodrene", "bank", "banka", "banco", "banque",
    "banca", "bankasi", "power", "energy", "energie", "energia", "electric", "airlines",
    "airways", "motors", "motor", "telecom", "pharma", "pharmaceuticals", "foods", "mills",
    "textiles", "mining", "minerals", "petroleum", "oil", "gas", "steel", "cement",
    "systems", "technologies", "solutions", "consulting", "consultancy", "services", "capital",
    "investments",
    "insurance", "assurance", "versicherung", "seguros", "logistics", "shipping", "media",
    "publishing", "verlag", "editorial", "editions", "studio", "studios", "laboratories",
    "labs", "works", "werke", "manufacturing", "precision", "diamond", "diamonds",
    "компания", "корпорация", "холдинг", "группа", "група", "банк",
    "concern", "conglomerate", "cooperative", "co-operative",
    # professional firms: "Roberto Zanetti y Asociados", "Zaha Hadid Architects"
    "asociados", "associados", "associes", "associati", "abogados", "advogados", "avocats",
    "rechtsanwalte", "architects", "architectes", "arquitectos", "architekten", "ateliers",
    "atelier", "productions", "restaurants", "engineers", "ingenieure", "advisors", "advisers",
    # trades and industries: "Dawson Construction", "Hartley Chemicals", "Ramsay Hotels"
    "construction", "constructions", "construcciones", "construtora", "costruzioni", "builders",
    "retail", "supermarket", "supermarkets", "hotels", "resorts", "chemicals", "electronics",
    "automotive", "aerospace", "brewery", "breweries", "trading", "ventures",
})
# Institution words that are also everyday English: in lower case they name nothing.
ENGLISH_WORDS = {w for w in INSTITUTION_WORDS if w.isascii() and w not in {
    "universitet", "universitetet", "universiteit", "universitat", "uniwersytet", "univerzita",
    "univerza", "univerzitet", "universiteti", "universitatea", "universitate", "egyetem",
    "yliopisto", "ulikool", "akademie", "akademia", "akademija", "hochschule", "institutet",
    "instituttet", "instytut", "stipendium", "stipendiet", "stypendium", "stipendija",
    "gimnazija", "gimnazjum", "politechnika", "fakultet", "skola", "szkola", "nagroda",
    "nagrada", "premija", "fond", "fondul", "fundacja", "stiftelse", "stiftung"}}
# Legal forms after a company name ("Richter Gedeon Nyrt.", "Koç Holding A.Ş.").
LEGAL_FORM = re.compile(
    r"(?:GmbH|AG|KG|SE|S\.?A\.?|S\.A\.S\.?|S\.p\.A\.?|S\.r\.l\.?|SARL|SAS|N\.V\.?|B\.V\.?|BV|NV"
    r"|A/S|ApS|AB|ASA|AS|Oy|Oyj|OÜ|SIA|UAB|plc|PLC|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|Co\."
    r"|Pty|Tbk|Bhd|Berhad|Nyrt\.?|Zrt\.?|Kft\.?|Rt\.?|a\.s\.?|s\.r\.o\.?|d\.d\.?|d\.o\.o\.?"
    r"|a\.d\.?|A\.Ş\.?|A\.S\.|JSC|PJSC|OJSC|ПАО|АО|ООО|ОАО|АД|ЕАД|ООД|S\.A\.B\.|S\.A\.I\.C\.?"
    r"|S\.L\.?|S\.A\.U\.?|Lda\.?|Ltda\.?|K\.K\.|Sdn)(?![\w])")
# Words that join a named-after run: "of", "im.", "імені", "named after", "de", "bin".
CONNECTORS = {
    "of", "the", "and", "&", "for", "in", "de", "del", "della", "di", "da", "do", "dos", "das",
    "du", "des", "la", "le", "los", "las", "y", "e", "et", "und", "i", "a", "van", "von", "der",
    "den", "zu", "bin", "bint", "ibn", "al", "el", "ben", "im.", "imienia", "im", "imeni",
    "імені", "имени", "им.", "ім.", "na", "named", "after", "w", "v", "u", "pri",
    "al.", "st.", "sv.", "св.", "san", "santa", "santo", "sao", "são", "saint", "sainte",
    "sf.", "sfantul", "sfanta", "für", "fur", "pour", "per", "para", "por", "studio", "d'", "l'",
    # "named after" in Estonian, Latvian, Lithuanian, Czech, Slovak, Serbo-Croatian
    "nimeline", "nimelise", "nimelisele", "varda", "nosaukta", "vardo", "jmena", "mena",
    "imena", "memorial", "commemorative",
}
AND = {"and", "&", "y", "e", "et", "und", "i", "a", "en", "og", "och", "ve", "va", "и", "і"}
HONORIFIC = re.compile(r"(?i)^(?:mr|mrs|ms|dr|prof|sir|dame|herr|frau|mme|sra?|dña)\.?$")
WORD = re.compile(r"[„“”\"«»‚‘’']?[^\W\d_][\w.'’&/-]*[„“”\"«»‚‘’']?|&")
QUOTE = "„“”\"«»‚‘’'"
# A language level after a language: "(native)", "(C1)", "(conversational)", "(fluent)".
LEVEL = re.compile(
    r"\((?i:[ABC][12]|native|mother tongue|fluent|conversational|basic|intermediate|advanced"
    r"|professional[^)]{0,40}|good|bilingual|elementary|beginner|limited[^)]{0,30})\)")
# Dotted degrees and professional designations: "P.Eng.", "Ph.D.", "M.Sc.", "Dipl.-Ing.".
DOTTED_DEGREE = re.compile(
    r"(?<![\w.])(?:P\.Eng|P\.Geo|P\.E|Ph\.D|M\.Sc|B\.Sc|M\.Eng|B\.Eng|M\.A|B\.A|M\.D|LL\.[BM]"
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
    whole = run and not part[:run[0].start()].strip(" -•*") and not part[run[-1].end():].strip(" .")
    if whole or not any(_folded(w.group()) in AND for w in run):
        return [run] if len(run) > 1 and _holds_noun(part, run) else []
    pieces: list[list[re.Match]] = [[]]
    for word in run:
        if _folded(word.group()) in AND:
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [p for p in map(_trimmed, pieces) if len(p) > 1 and _holds_noun(part, p)]


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
    (<dates>)", when the title holds a job-title word and the employer opens with no
    honorific."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        shape = EMPLOYER_FIRST.match(line.group())
        if (not shape or not shape["employer"].strip() or not DATES.search(line.group())
                or DATES.search(shape["employer"])):
            continue
        title = {w.lower().strip(".,") for w in shape["title"].split()}
        first = shape["employer"].split()[0]
        if title & TITLE_WORDS and not HONORIFIC.match(first) and first[0] not in "-•*":
            start = line.start() + shape.start("employer")
            spans.append((start, start + len(shape["employer"])))
    return spans


def language_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of a language before its level: "Te Reo Māori (conversational)"."""
    spans = []
    for level in LEVEL.finditer(text):
        cut = max(text.rfind(c, 0, level.start()) for c in ",;\n:|")
        if len(text[cut + 1:level.start()].split()) <= 4:  # a language is a word or a few
            spans.append((cut + 1, level.end()))
    return spans


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
        named = any(_is_noun(w) for w in words) or bool(LEGAL_FORM.search(raw))
        if not named and (_folded(words[0]) in first_names or not re.search(
                rf"(?<![\w]){re.escape(raw)}(?![\w])", outside)):
            continue  # a bare name the resume never gives as an employer may be a person
        lead = len(part.group()) - len(part.group().lstrip())
        kept.append((part.start() + lead, part.start() + lead + len(raw)))
    return kept


def kept_institution_spans(text: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that is a fact named after someone (see the module doc), and
    every later mention of an employer a work line gave ("… for Julius Bär's clients")."""
    employers = employer_parts(text) + employer_first_parts(text)
    again = []
    for name in {text[s:e] for s, e in employers if e - s >= 4}:
        again += [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text)]
    return (named_runs(text) + employers + again + language_parts(text) + bullet_verbs(text)
            + trade_titles(text) + tech_lists(text) + caseless_names(text))


def drop_institution_findings(text: str, spans: list[tuple[int, int, str]],
                              names: list[str]) -> list[tuple[int, int, str]]:
    """``spans`` without the person findings inside an employer, school, prize or language,
    without a digit-less "ID" and without an address finding on a dotted degree. A finding
    holding a part of the candidate's own name stays."""
    from jobtui.resume.international import NATIONAL_ID_ENTITIES

    own = {fold(w).lower() for n in names for w in n.split()}
    protected = kept_institution_spans(text)
    degrees = [m.span() for m in DOTTED_DEGREE.finditer(text)]
    kept = []
    for start, end, entity in spans:
        value = text[start:end]
        if entity in NATIONAL_ID_ENTITIES and not any(c.isdigit() for c in value):
            continue  # "Researcher", "Specialist": ten letters, no ID
        if entity == "ADDRESS" and any(s <= start and end <= e for s, e in degrees):
            continue
        if (entity == "PERSON" and (any(s <= start and end <= e for s, e in protected)
                                    or before_tech_noun(text, start, end))
                and not {fold(w).lower().strip(".,'’") for w in value.split()} & own):
            continue
        kept.append((start, end, entity))
    return kept
