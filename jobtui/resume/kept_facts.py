"""Facts the person rules must leave alone: referees' job titles, dates, awards named after
people.

A references line loses the referee's name, phone and e-mail but keeps what they do ("Nurse
Manager", "Directora de Riesgos", "Chief Risk Officer"): a part of the line that holds a role
word and opens with no given name is a job title. A surname that is also a month abbreviation
("Jun" of "Koh Jun Wei") is no person before a year ("Jul 2014 – Jun 2017"). An award,
prize, chair, scholarship or institute named after a person ("Premio Eugenio Garza Sada",
"Rhodes Scholarship", 'Institut "Jožef Stefan"') is a fact about the candidate, and so is a
place named after one ("San Nicolás de los Garza").
"""

from __future__ import annotations

import re

from jobtui.resume.names import fold

# Role words of job titles in the languages resumes come in: a part holding one is a title.
ROLE_WORDS = {
    "manager", "director", "directora", "head", "lead", "chief", "officer", "president",
    "vp", "partner", "supervisor", "coordinator", "educator", "nurse", "engineer", "analyst",
    "consultant", "architect", "scientist", "professor", "lecturer", "dean", "principal",
    "founder", "owner", "editor", "advisor", "adviser", "specialist", "administrator",
    "teamleder", "teamleiter", "teamleiterin", "leiter", "leiterin", "abteilungsleiter",
    "geschäftsführer", "gerente", "jefe", "jefa", "coordinadora", "coordinador", "responsable",
    "directeur", "directrice", "diretor", "diretora", "socio", "socia", "esimies",
    "johtaja", "päällikkö", "chef", "avdelingsleder", "leder", "direktør", "chefe", "kierownik",
    "dyrektor", "hoofd", "teamleider", "manažer", "intensivist", "physician", "surgeon",
    "cto", "ceo", "cfo", "coo", "cio", "ciso", "cro", "cmo",
}
HONORIFICS = {"mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sra", "d", "dña", "dna", "don",
              "doña", "herr", "frau", "mme", "m", "ing", "lic", "ir"}
PART = re.compile(r"[^,;()\n—–|•·]+")
# Months before a year, abbreviated or in full in the languages CVs are written in: "Julio
# 2017" is a month (the rules may take "Julio" for a name or a short form of "Julián").
MONTH = re.compile(
    r"(?<![\w])(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo"
    r"|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro"
    r"|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio"
    r"|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|février|avril|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober"
    r"|dezember)\.?[ \t]+(?:de[ \t]+)?(?:19|20)\d\d\b")
# A prize, chair or place named after a person: the name is part of its title.
NAMED_AFTER = re.compile(
    r"(?i:premio|prize|award|medal|medalla|médaille|preis|prix|premi|beca|scholarship"
    r"|fellowship|stipendium|bourse|cátedra|catedra|lectureship|trophy"
    r"|institut|institute|instituto|institutet"  # 'Institut "Jožef Stefan"', "Institut Pasteur"
    r"|san|santa|santo|são|saint|sainte|st\.)[ \t]+[\"“„«»]?"
    r"((?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|de|del|la|los|las|da|do|dos|von|van)"
    r"(?:[ \t]+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|de|del|la|los|las|da|do|dos|von|van)){0,5})")


def role_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the job titles in a references section between ``start`` and
    ``end``: parts that hold a role word and do not open with a given name."""
    from jobtui.resume.names import gazetteer

    first_names = gazetteer()[0]
    kept = []
    for part in PART.finditer(text, start, end):
        raw = part.group().strip()
        words = [fold(w).lower().strip(".") for w in raw.split()]
        if not words or any(c.isdigit() or c == "@" for c in raw) or len(words) > 6:
            continue
        if words[0] in HONORIFICS or any(
                w in first_names and w not in ROLE_WORDS and words[i + 1:i + 2] != []
                and words[i + 1] not in ROLE_WORDS for i, w in enumerate(words)):
            continue  # "Dr. Ama Owusu Head of Data": a name comes first ("Ward Manager" is none)
        if any(w in ROLE_WORDS for w in words) and raw[0].isupper():
            lead = len(part.group()) - len(part.group().lstrip())
            kept.append((part.start() + lead, part.start() + lead + len(raw)))
    return kept


def merge_roles(kept: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``kept`` and ``more`` as one sorted list without overlaps (the wider span wins)."""
    merged: list[list[int]] = []
    for start, end in sorted([*kept, *more]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


# Month abbreviations that are also given names, in the languages CVs write dates in ("2015 Mar
# Completed …", "2019 May Joined …", "2020 Mai Wechsel …", "2018 Abril …").
MONTH_NAMES = {"mar", "may", "jun", "june", "jul", "april", "abril", "avril", "aprile", "mai",
               "maj", "maio", "maggio", "mei", "juni", "julia", "julio", "augusta", "august",
               "agosto", "gen", "ene", "lis", "sept", "janvier", "mars", "marzo", "enero"}
YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[ \t.,/-]*$")


def _without_dated_people(text: str, spans: list[tuple[int, int, str]],
                          own: set[str]) -> list[tuple[int, int, str]]:
    """``spans`` without a "person" that opens with a month after a year ("2015 Mar
    Completed Master's …") and without the other mentions of its words ("Master's")."""
    false: set[str] = set()
    for start, end, entity in spans:
        words = [fold(w).lower().strip(".,") for w in text[start:end].split()]
        if (entity == "PERSON" and len(words) > 1 and words[0] in MONTH_NAMES
                and YEAR_BEFORE.search(text, max(0, start - 12), start)):
            false.update(w for w in words if w not in own)
    if not false:
        return spans
    return [(s, e, k) for s, e, k in spans if not (
        k == "PERSON" and {fold(w).lower().strip(".,").removesuffix("'s").removesuffix("’s")
                           for w in text[s:e].split()} <= false)]


def drop_kept_facts(text: str, spans: list[tuple[int, int, str]],
                    names: list[str]) -> list[tuple[int, int, str]]:
    """``spans`` without the person findings inside a date ("Jun 2017") or in the title of
    a prize or place named after someone. The candidate's own name parts are kept findings."""
    own = {fold(w).lower() for n in names for w in n.split()}
    spans = _without_dated_people(text, spans, own)
    protected = [m.span() for m in MONTH.finditer(text)]
    protected += [m.span(1) for m in NAMED_AFTER.finditer(text)]
    if not protected:
        return spans
    kept = []
    for start, end, entity in spans:
        inside = any(s <= start and end <= e for s, e in protected)
        if entity == "PERSON" and inside and fold(text[start:end]).lower() not in own:
            continue
        kept.append((start, end, entity))
    return kept
