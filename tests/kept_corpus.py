"""The kept-facts corpus (tests/fixtures/kept_facts_corpus.txt) as CVs to redact.

Each corpus line is a CV line with its facts in ``[[...]]``; ``corpus_cvs`` writes them, a few
countries at a time, into small resumes under made-up candidates from several countries, so the
header, name and place rules are as active as on a real resume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "fixtures" / "kept_facts_corpus.txt"
FACT = re.compile(r"\[\[(.+?)\]\]")
SECTIONS = (("EXPERIENCE", "WB"), ("EDUCATION", "E"), ("AWARDS AND SCHOLARSHIPS", "A"),
            ("SKILLS", "S"), ("REFERENCES", "R"))
# Made-up candidates (name, contact line, town): the name rules run as on a real resume.
CANDIDATES = (
    ("Katarzyna Wójcik-Nowak", "ul. Lipowa 14/3, 30-702 Kraków", "+48 512 334 871"),
    ("Oluwaseun Adebayo-Cole", "17 Adeola Odeku Street, Victoria Island, Lagos",
     "+234 803 555 0192"),
    ("María José Quintero Albarrán", "Calle del Pez 21, 3º B, 28004 Madrid", "+34 611 22 33 44"),
    ("Rahul Venkataraman", "Flat 4B, Lotus Residency, Koramangala, Bengaluru 560034",
     "+91 98450 12345"),
    ("Ingrid Solhaug Berntsen", "Thereses gate 12, 0168 Oslo", "+47 912 34 567"),
    ("Nguyễn Thị Thu Trang", "Số 18 ngõ 42 Trần Quang Diệu, Đống Đa, Hà Nội", "+84 912 345 678"),
    ("Youssef El Amrani", "Résidence Al Manar, Apt 9, Maarif, 20330 Casablanca",
     "+212 661 234 567"),
    ("Siobhán Ní Mhurchú", "22 Belgrave Square, Rathmines, Dublin 6", "+353 87 123 4567"),
    ("Dmytro Kovalchuk", "вул. Саксаганського 41, кв. 7, Київ 01033", "+380 67 123 4567"),
    ("Ana Beatriz Figueiredo Lacerda", "Rua Augusta 1508, apto 62, São Paulo - SP, 01304-001",
     "+55 11 98765-4321"),
)


@dataclass(frozen=True)
class CorpusLine:
    country: str
    kind: str
    text: str
    """The line as a CV writes it (no brackets)."""
    facts: tuple[str, ...]


def load_corpus(path: Path = CORPUS) -> list[CorpusLine]:
    """Every corpus line with the facts it must keep."""
    lines, country = [], ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("== "):
            country = raw[3:].strip()
            continue
        kind, _, body = raw.partition(": ")
        lines.append(CorpusLine(country, kind, FACT.sub(r"\1", body),
                                tuple(FACT.findall(body))))
    return lines


def corpus_cvs(lines: list[CorpusLine], per_cv: int = 60) -> list[tuple[str, list[CorpusLine]]]:
    """(resume text, its corpus lines): about ``per_cv`` lines a resume, whole countries
    together, candidates taken in turn."""
    batches: list[list[CorpusLine]] = [[]]
    for line in lines:
        if len(batches[-1]) >= per_cv and line.country != batches[-1][-1].country:
            batches.append([])
        batches[-1].append(line)
    cvs = []
    for number, batch in enumerate(batches):
        name, address, phone = CANDIDATES[number % len(CANDIDATES)]
        handle = name.split()[0].lower()
        text = [name, address, f"{phone} | {handle}.cv{number}@example.com", "",
                "PROFILE", "Engineer and analyst with international experience.", ""]
        for heading, kinds in SECTIONS:
            chosen = [line.text for line in batch if line.kind in kinds]
            if chosen:
                text += [heading, *chosen, ""]
        cvs.append(("\n".join(text), batch))
    return cvs
