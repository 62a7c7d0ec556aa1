"""The candidate's name line, found through the file name and the e-mail address.

A two-column resume often puts a sidebar of contacts first, so the name line comes far below
the top ("MARÍA FERNANDA SOLÍS BAHAMONDES" after 25 sidebar lines) and the header rules miss
it. The file name ("CV_Maria_Fernanda_Solis_Bahamondes.pdf") and the candidate's own e-mail
("jp.bouchardlevesque@...") usually spell the name, without accents: a capitalised line in
the first part of the document whose words match those tokens is the name line.
"""

from __future__ import annotations

import re

from jobtui.resume.header import EMAIL, NOT_NAME_WORDS, PARTICLES, _name_word
from jobtui.resume.names import ORG_WORDS, PLACES, TECH, fold

# Words of a resume's file name that are never a part of a name.
FILE_WORDS = {
    "cv", "resume", "résumé", "lebenslauf", "curriculum", "vitae", "vita", "zivotopis",
    "rirekisho", "shokumu", "keirekisho", "curriculo", "currículo", "hoja", "vida",
    "federal", "final", "updated", "update", "new", "latest", "draft", "version", "copy",
    "english", "en", "eng", "de", "fr", "es", "it", "nl", "pl", "pt", "docx", "pdf", "txt",
    "doc", "cover", "letter", "profile", "portfolio", "job", "application", "bewerbung",
    "candidature", "candidatura", "my", "the", "and",
}
LINES_TO_CHECK = 60
# A nickname or initials in quotes, guillemets or brackets: « J.-P. », "Kalle", (Sasha).
QUOTED = re.compile(r"[«\"“„(\[]\s*([^«»\"“”„()\[\]\n]{1,30}?)\s*[»\"”“)\]]")


def anchor_tokens(text: str, source_name: str = "") -> set[str]:
    """Name-like tokens of the file name and of the e-mail addresses at the top, folded and
    lower-cased: "CV_JP_Bouchard-Levesque_2026" gives {"jp", "bouchard", "levesque"}."""
    head = "\n".join(text.splitlines()[:LINES_TO_CHECK])
    pieces = re.split(r"[\W_\d]+", fold(source_name).lower())
    for match in EMAIL.finditer(head):
        pieces += re.split(r"[\W_\d]+", fold(match.group(1)).lower())
    return {p for p in pieces if len(p) >= 2 and p not in FILE_WORDS and p not in PARTICLES}


def anchored_name(text: str, source_name: str = "") -> str | None:
    """The name line among the first lines whose words match the file name's or the e-mail's
    name tokens (two words at least, or two parts of a hyphenated one), with every nickname
    in quotes or brackets on it; None when no line matches."""
    tokens = anchor_tokens(text, source_name)
    if len(tokens) < 2:
        return None
    for line in text.splitlines()[:LINES_TO_CHECK]:
        name = _matching_line(line.strip(), tokens)
        if name:
            return name
    return None


def _matching_line(line: str, tokens: set[str]) -> str | None:
    nicknames = [n.strip() for n in QUOTED.findall(line)]
    words = QUOTED.sub(" ", line).replace(",", " ").split()
    counted = [w for w in words if w.lower() not in PARTICLES]
    if not 2 <= len(counted) <= 6 or not all(_name_word(w) or w.lower() in PARTICLES
                                           for w in words):
        return None
    plain = [fold(w).lower().strip(".") for w in counted]
    if any(p in NOT_NAME_WORDS or p in ORG_WORDS or p in TECH or p in PLACES for p in plain):
        return None
    matched = 0
    for word in plain:
        parts = [p for p in re.split(r"[-'’.]", word) if p]
        hits = sum(p in tokens for p in parts) or int(word.replace("-", "") in tokens)
        matched += hits
    if matched < 2:
        return None
    return " ".join([*words, *(n for n in nicknames if any(c.isalpha() for c in n))])


def candidate_names(text: str, full_name: str = "", source_name: str = "") -> list[str]:
    """Every form of the candidate's name to remove: the one in the settings, the header's,
    the line the file name or e-mail points at, and the names their e-mails go by."""
    from jobtui.resume.header import email_name_variants, header_name

    names: list[str] = []
    for name in (full_name.strip(), header_name(text), anchored_name(text, source_name)):
        if name and name not in names:
            names.append(name)
    return names + email_name_variants(text, names)
