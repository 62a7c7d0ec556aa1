"""The items of a skills section: "Cadence Virtuoso, Mathematica" under "EDV-Kenntnisse" are
tools, not a person called Cadence Virtuoso.

Under a skills heading (in the languages CVs are written in), up to the next blank line or
heading, every item of a list line (a comma, semicolon, bar or bullet between items, each at
most four words) is a fact when the line names a technology the lists know. A line of prose or
with a cue ("mentored by") is not a list, and a line with an e-mail address or a phone-like
number is a referee's.
"""

from __future__ import annotations

import re

from jobtui.resume.names import TECH, fold
from jobtui.resume.sections import is_heading

# Headings of a skills or tools section, folded and lower-cased ("EDV-Kenntnisse").
ENGLISH_HEADING = re.compile(
    r"(?:(?:technical|technology|it|computer|digital|software|core|key|professional|hard)"
    r"[ \t]+)?(?:skills?|tools|software|technologies|tech[ \t]+stack|stack|toolbox|expertise"
    r"|competenc(?:ies|es)|proficienc(?:y|ies))(?:[ \t]*(?:&|and)[ \t]*tools)?")
SKILL_HEADINGS = {
    "kenntnisse", "edv-kenntnisse", "edv kenntnisse", "it-kenntnisse", "it kenntnisse",
    "computerkenntnisse", "softwarekenntnisse", "fahigkeiten", "kompetenzen", "werkzeuge",
    "competencias", "competencias digitales", "competencias informaticas",
    "competencias tecnicas", "habilidades", "herramientas", "competences",
    "competences informatiques", "competences techniques", "competences numeriques", "outils",
    "logiciels", "competenze", "competenze informatiche", "competenze digitali",
    "competenze tecniche", "competencias digitais", "ferramentas", "conhecimentos",
    "conhecimentos tecnicos", "vaardigheden", "ict-vaardigheden", "kennis", "umiejetnosci",
    "dovednosti", "pocitacove dovednosti", "zrucnosti", "keszsegek", "ismeretek",
    "szamitogepes ismeretek", "beceriler", "yetkinlikler", "teknik beceriler", "fardigheter",
    "faerdigheder", "ferdigheter", "taidot", "osaaminen", "oskused", "prasmes", "igudziai",
    "vjestine", "vestine", "spretnosti", "kemahiran", "keterampilan", "keahlian", "ky nang",
    "навыки", "навички", "умения", "вештине", "вјештине", "умения и компетенции",
    "δεξιότητες", "abilitati", "competente", "competente digitale",
}
ITEM = re.compile(r"[^,;|•·]+")
PROSE = re.compile(r"[.!?][ \t]+[A-Z]|(?i:\b(?:with|by|mit|von|con|avec|par|por|reference"
                   r"|referee|mentor))\b")


def skill_item_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every item of the list lines in a skills section."""
    spans: list[tuple[int, int]] = []
    inside, offset = False, 0
    for raw in text.splitlines(keepends=True):
        at, offset = offset, offset + len(raw)
        body = raw.rstrip("\r\n")
        plain = fold(body).strip().strip("#*_:= ").lower()
        if plain in SKILL_HEADINGS or ENGLISH_HEADING.fullmatch(plain):
            inside = True
            continue
        if not body.strip() or is_heading(body):  # a blank line ends the list: a heading the
            inside = False  # rules do not know ("Referanser", "Atsauksmes") may follow it
            continue
        if not inside or PROSE.search(body) or "@" in body or re.search(r"\d{3}[ \t]?\d{3}", body):
            continue
        value_at = body.index(":") + 1 if ":" in body[:40] else 0  # "Tools: Cadence, SAP PM"
        items = list(ITEM.finditer(body, value_at))
        if not any(word in TECH for item in items for word in fold(item.group()).lower().split()):
            continue  # no tool the lists know: a hobby or a referee's line the section ran into
        for item in items:
            words = item.group().split()
            if 1 <= len(words) <= 4:
                lead = len(item.group()) - len(item.group().lstrip())
                spans.append((at + item.start() + lead,
                              at + item.start() + lead + len(item.group().strip())))
    return spans
