"""Fitting resume text into a token budget without cutting words.

First the text is tidied (whitespace collapsed, empty and boilerplate lines dropped); if it is
still over the budget, low-value sections (interests, references, ...) and lines holding only
placeholders go first, then lines are cut from the end. A single line longer than what is
left is cut at a word boundary.
"""

from __future__ import annotations

import re

from jobtui.patterns import PLACEHOLDER
from jobtui.resume.sections import is_heading
from jobtui.resume.tokens import count_tokens, cut_at_word

BULLETS = "•●▪■◦‣∙·►▶➢✓✔*–—"
BOILERPLATE = re.compile(
    r"^(?:references?\s+(?:are\s+)?(?:available\s+)?(?:up)?on\s+request\.?"
    r"|page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}\s*/\s*\d{1,3}|-?\s*\d{1,3}\s*-?"  # page numbers
    r"|resume|résumé|curriculum\s+vitae|cv|confidential"
    r"|[\W_]+)$",
    re.IGNORECASE,
)
# Words that only label a removed value ("mobile <PHONE>", "Date of birth: <DATE_OF_BIRTH>").
LABEL_WORDS = {
    "mobile", "phone", "tel", "cell", "email", "mail", "date", "of", "birth", "dob", "born",
    "linkedin", "github", "web", "website", "site", "address", "home", "work", "and",
}
LOW_VALUE_SECTIONS = {
    "interests", "hobbies", "references", "professional references", "referees",
    "volunteering", "activities", "publications", "awards", "honors", "languages",
}


def tidy(text: str) -> str:
    """Collapse whitespace, unify bullets, drop empty, boilerplate and repeated lines."""
    lines: list[str] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = re.sub(r"\s+", " ", raw).strip()
        if line and line[0] in BULLETS and (len(line) == 1 or line[1] == " "):
            line = "- " + line[1:].strip()
        if not line or BOILERPLATE.match(line):
            continue
        # A page header ("<PERSON> | <EMAIL>") repeats on every page; keep its first copy.
        # Other repeated lines (a job title held twice) are content and stay.
        if PLACEHOLDER.search(line):
            if line.lower() in seen:
                continue
            seen.add(line.lower())
        lines.append(line)
    return "\n".join(lines)


def _sections(lines: list[str]) -> list[list[str]]:
    sections: list[list[str]] = [[]]
    for line in lines:
        if is_heading(line) and sections[-1]:
            sections.append([])
        sections[-1].append(line)
    return [s for s in sections if s]


def _section_name(section: list[str]) -> str:
    return section[0].strip().strip("#*_:= ").lower()


def _only_placeholders(line: str) -> bool:
    """True for a line that, without its placeholders, holds nothing but labels."""
    if not PLACEHOLDER.search(line):
        return False
    words = re.findall(r"[^\W\d_]+", PLACEHOLDER.sub(" ", line).lower())
    return all(word in LABEL_WORDS for word in words)


def trim_to_budget(text: str, budget: int) -> str:
    """``text`` tidied and cut at line (or, for one long line, word) boundaries to fit
    ``budget`` cl100k tokens."""
    text = tidy(text)
    if count_tokens(text) <= budget:
        return text
    sections = _sections(text.split("\n"))
    kept = [s for s in sections if _section_name(s) not in LOW_VALUE_SECTIONS]
    lines = [line for section in kept for line in section if not _only_placeholders(line)]
    if count_tokens("\n".join(lines)) <= budget:
        return "\n".join(lines)

    out: list[str] = []
    used = 0
    for line in lines:
        cost = count_tokens(line + "\n")
        if used + cost <= budget:
            out.append(line)
            used += cost
            continue
        remaining = budget - used - 1
        if remaining > 20:  # only worth a partial line when a real piece of it fits
            partial = cut_at_word(line, remaining)
            if partial:
                out.append(partial)
        break
    while out and is_heading(out[-1]):  # a heading with nothing under it is noise
        out.pop()
    result = "\n".join(out)
    while out and count_tokens(result) > budget:  # token merges across lines can differ
        out.pop()
        result = "\n".join(out)
    return result
