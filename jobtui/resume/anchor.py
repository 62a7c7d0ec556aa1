"""The candidate's name line, found through the file name and the e-mail address.

A two-column resume often puts a sidebar of contacts first, so the name line comes far below
the top ("MARÍA FERNANDA SOLÍS BAHAMONDES" after 25 sidebar lines) and the header rules miss
it. The file name ("CV_Maria_Fernanda_Solis_Bahamondes.pdf") and the candidate's own e-mail
("jp.bouchardlevesque@...") usually spell the name, without accents: a capitalised line in
the first part of the document whose words match those tokens is the name line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import PurePath

from jobtui.resume.filename import CAMEL_CASE
from jobtui.resume.header import (
    CREDENTIALS,
    MARRIED,
    NOT_NAME_WORDS,
    PARTICLES,
    TITLES,
    _name_word,
    _plain,
    before_credentials,
)
from jobtui.resume.names import ORG_WORDS, PLACES, TECH, fold

# Words of a resume's file name that are never a part of a name.
FILE_WORDS = {
    "cv", "resume", "résumé", "lebenslauf", "curriculum", "vitae", "vita", "zivotopis",
    "rirekisho", "shokumu", "keirekisho", "curriculo", "currículo", "hoja", "vida",
    "federal", "final", "updated", "update", "new", "latest", "draft", "version", "copy",
    "english", "en", "eng", "de", "fr", "es", "it", "nl", "pl", "pt", "docx", "pdf", "txt",
    "doc", "cover", "letter", "profile", "portfolio", "job", "application", "bewerbung",
    "candidature", "candidatura", "my", "the", "and", "europass", "resumo", "biodata",
    "автобиография", "резюме", "backend", "frontend", "fullstack", "developer", "engineer",
    "manager", "analyst", "devops", "data", "senior", "junior",
}
LINES_TO_CHECK = 60
EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# Pieces of an e-mail address that are no name: "shilan.omer.eng@", "cv.maria@", "info@".
MAIL_WORDS = {"eng", "engr", "dev", "info", "mail", "contact", "work", "jobs", "job", "resume",
              "official", "pro", "arch", "med", "law", "design", "dr", "mr", "mrs", "ms"}
# A nickname or initials in quotes, guillemets or brackets: « J.-P. », "Kalle", (Sasha).
QUOTED = re.compile(r"[«\"“„(\[]\s*([^«»\"“”„()\[\]\n]{1,30}?)\s*[»\"”“)\]]")


def anchor_tokens(text: str, source_name: str = "") -> set[str]:
    """Name-like tokens of the file name and of the e-mail addresses at the top, folded and
    lower-cased: "CV_JP_Bouchard-Levesque_2026" gives {"jp", "bouchard", "levesque"}."""
    head = "\n".join(text.splitlines()[:LINES_TO_CHECK])
    pieces = re.split(r"[\W_\d]+", fold(CAMEL_CASE.sub("_", source_name)).lower())
    # The first address is the candidate's; a referee's further down names someone else.
    for match in list(EMAIL.finditer(head))[:1]:
        pieces += re.split(r"[\W_\d]+", fold(match.group(1)).lower())
    return {p for p in pieces if len(p) >= 2 and p not in FILE_WORDS and p not in PARTICLES}


def anchored_name(text: str, source_name: str = "") -> str | None:
    """The name line among the first lines whose words match the file name's or the e-mail's
    name tokens (two words at least, or two parts of a hyphenated one), with every nickname
    in quotes or brackets on it; None when no line matches."""
    tokens = anchor_tokens(text, source_name)
    if len(tokens) < 2:
        return None
    from jobtui.resume.script_anchor import SEGMENTS

    for line in text.splitlines()[:LINES_TO_CHECK]:
        for segment in SEGMENTS.split(line):  # "آرش کریمی‌نژاد | Arash Kariminejad"
            name = _matching_line(segment.strip(), tokens)
            if name:
                return name
    return None


def _matching_line(line: str, tokens: set[str]) -> str | None:
    line = before_credentials(MARRIED.sub(r" \1", line).split(",")[0])  # "… épouse YAO"
    nicknames = [n.strip() for n in QUOTED.findall(line)]
    # "DARNELL WHITFIELD JR.", "Ing. Vojtěch ŠŤASTNÝ", "…, ECE": titles and degrees are no name.
    words = [w for w in QUOTED.sub(" ", line).split(",")[0].split()
             if _plain(w) not in CREDENTIALS and _plain(w) not in TITLES]
    counted = [w for w in words if w.lower() not in PARTICLES]
    if not 2 <= len(counted) <= 6 or not all(_name_word(w) or w.lower() in PARTICLES
                                           for w in words):
        return None
    plain = [fold(w).lower().strip(".") for w in counted]
    if any(p in NOT_NAME_WORDS or p in ORG_WORDS or p in TECH or p in PLACES for p in plain):
        return None
    if " ".join(plain) in _firms():
        return None  # "Goldman Sachs" for a j.goldman@… mailbox: a firm named after people
    matched = 0
    for word in plain:
        parts = [p for p in re.split(r"[-'’.]", word) if p]
        # "fournierbeaulieu" spells both parts of "FOURNIER-BEAULIEU"; "ld" is "Louis-David".
        # "terharutyunyan" spells both parts of "TER-HARUTYUNYAN", though "ter" is a particle.
        hits = max(sum(p in tokens for p in parts), len(parts) * ("".join(parts) in tokens)) or (
            len(parts) > 1 and "".join(p[0] for p in parts) in tokens)
        matched += int(hits)
    # "DELA CRUZ" is "delacruz" in "RESUME_DELACRUZ_JOMAR": a particle glued to the surname.
    every = [fold(w).lower().strip(".") for w in words]
    pairs = zip(every, every[1:], strict=False)
    matched += sum(a in PARTICLES and a + b in tokens for a, b in pairs)
    # "MA. KRISTINE JOY B. SARMIENTO" for kaye.sarmiento@…: a header in capitals of three
    # name words or more needs only its surname spelled (the e-mail uses a nickname).
    if matched < 2 and not (matched == 1 and line.isupper() and len(counted) >= 3
                            and any(len(p) >= 5 and p in tokens for p in plain)):
        return None
    # "(the Bobajiro of Ijebu-Igbo)": of a bracketed title only its capitalised words are names,
    # so "of" does not become a name part removed from "University of Lagos".
    nickname_words = [w.strip("\"“”'‘’«»") for n in nicknames for w in n.split()
                      if w.strip("\"“”'‘’«»")[:1].isupper()]  # '("Denno")' is Denno
    return " ".join([*words, *nickname_words])


@lru_cache(maxsize=1)
def _firms() -> frozenset[str]:
    from jobtui.resume.names import FIRMS

    return frozenset(fold(f).lower() for f in FIRMS)


def candidate_names(text: str, full_name: str = "", file_name: str = "") -> list[str]:
    """Every form of the candidate's name to remove: the one in the settings, the header's,
    the run the file name spells (filename.py), the line the file name's or e-mail's tokens
    point at, the names their e-mails go by, and the name in another script."""
    from jobtui.resume.filename import name_from_file
    from jobtui.resume.header import header_name
    from jobtui.resume.name_fields import extra_names
    from jobtui.resume.script_anchor import script_name

    names: list[str] = []
    stem = PurePath(file_name).stem if file_name else ""
    for name in (full_name.strip(), header_name(text), _after_sidebar(text, stem),
                 name_from_file(text, file_name),
                 anchored_name(text, stem),
                 script_name(text.splitlines()[:LINES_TO_CHECK], anchor_tokens(text, stem))):
        if name and name not in names:
            names.append(name)
    names += latin_file_name(stem, names)
    names += initials_spelled(stem, names)
    names += email_name_variants(text, names)
    names += nicknames_after(text, names)
    names += extra_names(text, names, file_name)
    return names + script_variants(text, names) + unhyphenated(names)


# A nickname in brackets or quotes right after the name: 'DENNIS OCHIENG ("Denno")'.
# Another script's spelling in brackets may stand between: 'Park Ji-hoon (박지훈) "Jay"'.
_NICKNAME_AFTER = (r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*"
                   r"(?:\([ \t]*[\"“'‘«]?([^\W\d_][^\W\d_'’-]{1,15})[\"”'’»]?[ \t]*\)"
                   r"|[\"“'‘«]([^\W\d_][^\W\d_'’-]{1,15})[\"”'’»])")


def nicknames_after(text: str, names: list[str]) -> list[str]:
    """The nicknames written in brackets or quotes right after one of ``names``."""
    found = []
    for name in names:
        if not name:
            continue
        spaced = r"[ \t]+".join(map(re.escape, name.split()))
        for match in re.finditer(spaced + _NICKNAME_AFTER, text):
            nickname = match.group(1) or match.group(2)  # "(MBA)", "(JR)": capitals are none
            if not nickname.isupper() and nickname not in names and nickname not in found:
                found.append(nickname)
    return found


def initials_spelled(stem: str, names: list[str]) -> list[str]:
    """The words of the file name that spell out an initial of the name, standing right after
    another word of it: "Matías I. Fuenzalida" saved as "CV_Matias_Ignacio_Fuenzalida"."""
    pieces = [p for p in re.split(r"[\W_\d]+", stem) if p]
    keys = [fold(p).lower() for p in pieces]
    found = []
    for name in names:
        words = [fold(w).lower() for w in name.split()]
        initials = {w[0] for w in words if re.fullmatch(r"[a-z]\.", w)}
        full = {w for w in words if len(w) >= 3}
        for index, key in enumerate(keys[1:], start=1):
            if (key[0] in initials and len(key) >= 3 and keys[index - 1] in full
                    and key not in FILE_WORDS and pieces[index] not in found):
                found.append(pieces[index])
    return found


def latin_file_name(stem: str, names: list[str]) -> list[str]:
    """The file name's words, when two of them spell the candidate's name found in another
    script: "Mireille_Khoury_Azar_CV" for "ميراي نقولا خوري-عازار" gives all three (the French
    "Mireille" spells no Arabic word, but stands beside the two that do); with one, that one
    if it is long enough to be no accident."""
    from jobtui.resume.script_anchor import latin_spellings

    pieces = [p for p in re.split(r"[\W_\d]+", stem)
              if len(p) >= 3 and fold(p).lower() not in FILE_WORDS | PARTICLES]
    spelled = latin_spellings(pieces, names)
    if len(spelled) >= 2:
        return [p for p in pieces if p not in names]
    return [p for p in spelled if len(p) >= 5 and p not in names]  # "CV_Enkhtuya_B"


def _after_sidebar(text: str, stem: str) -> str | None:
    """The name opening a block below a sidebar of contacts, skills and languages (a
    two-column template copied out as text): among the first 40 lines, the first block after
    a first one holding an e-mail address or a phone number whose first line is a name with
    a word the e-mail or the file name spells."""
    from jobtui.resume.header import header_name

    # A PDF puts the other column's empty rows between them: many blank lines count as one.
    squeezed = re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", text)
    head = "\n".join(squeezed.splitlines()[:LINES_TO_CHECK // 3 * 2])
    blocks = re.split(r"\n[ \t]*\n", head)
    if not re.search(r"@|\+?\d[\d ()-]{7,}\d", blocks[0]):
        return None
    tokens = anchor_tokens(text, stem)
    for block in blocks[1:]:
        name = header_name(block, lines_to_check=1)
        words = [fold(w).lower().replace("-", "") for w in (name or "").split()]
        # a word, or two or three run together ("CV_LuisAlberto_DeLaCuadra")
        spelled = {"".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))}
        if name and spelled & tokens:
            return name
    return None


def unhyphenated(names: list[str]) -> list[str]:
    """A hyphenated name part also written without its hyphen: "PARK Seo-yeon" is "Seoyeon"
    in a file name ("Resume_Park_Seoyeon.pdf"), "Al-Shehri" is "alshehri" in an e-mail."""
    joined = [re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", "", name) for name in names]
    return [j for j in joined if j not in names]


# Patronymic endings, Latin (UA/RU passports) and Cyrillic: "Mykolaivna", "Миколаївна",
# "Sergeyevich", "Петрович".
PATRONYMIC = re.compile(
    r"[A-ZА-ЯЄІЇҐ][a-zа-яєіїґ'’]+(?:ivna|yivna|ovna|ievna|yevna|evna|ovych|ovich|evich|ievich"
    r"|yevich|ivych|yovych|івна|ївна|овна|евна|ович|евич|йович|ійович)(?![\w])")
CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff][\u0370-\u03ff\u0400-\u04ff'’]+")


def script_variants(text: str, names: list[str]) -> list[str]:
    """The candidate's name in another script and their patronymic: "Олександра" for a
    candidate called Oleksandra, and the "Mykolaivna" written right after a part of it."""
    from jobtui.resume.names import transliterations

    parts = {fold(p).lower() for n in names for w in n.split() for p in (w, *w.split("-"))
             if len(p) >= 3}
    if not parts:
        return []
    found: dict[str, None] = {}
    for match in CYRILLIC_OR_GREEK.finditer(text):
        word = match.group()
        if transliterations(word.lower()) & parts:
            found[word] = None
    alternatives = "|".join(re.escape(p) for p in sorted(parts | {w.lower() for w in found}))
    after_name = re.compile(rf"(?i:(?<![\w])(?:{alternatives}))[ \t]+({PATRONYMIC.pattern})")
    for match in after_name.finditer(fold(text)):
        found[text[match.start(1):match.end(1)]] = None
    found.update(dict.fromkeys(beside_name(text, names)))
    return list(found)


# What separates a name from the same name in another script on a header line.
_BESIDE = re.compile(r"[|/()（）•·]|[ \t]{2,}")


def _other_script(segment: str) -> bool:
    """One to four words of letters, none of them Latin: "ريان ماجد الشهري", "欧阳思琪"."""
    words = segment.split()
    return (1 <= len(words) <= 4 and len(segment) <= 40
            and all(unicodedata.category(c)[0] in "LM" and "LATIN" not in unicodedata.name(c, "")
                    for w in words for c in w.replace("\u200c", "")))  # "کریمی‌نژاد"


def beside_name(text: str, names: list[str]) -> list[str]:
    """The candidate's name in another script beside the Latin one on the same line
    ("Eng. Rayan Majed Al-Shehri | ريان ماجد الشهري"): no transliteration needed."""
    found = []
    for line in text.splitlines():
        parts = [p.strip() for p in _BESIDE.split(line) if p.strip()]
        named = [i for i, p in enumerate(parts)
                 if any(name and name.lower() in p.lower() for name in names)]
        # Only the part right before or after the name: "Wang Wei | 北京市" names a city.
        found += [parts[j] for i in named for j in (i - 1, i + 1)
                  if 0 <= j < len(parts) and _other_script(parts[j])
                  and parts[j][-1] not in "市区區省县縣県都府州道"]
    return found



def email_name_variants(text: str, names: list[str], lines_to_check: int = 10) -> list[str]:
    """Other spellings of the candidate's name found in their own e-mail addresses at the top:
    in "emeka.obiokafor@..." for Chukwuemeka Obi-Okafor, "obiokafor" is the surname, so
    "emeka" is the name they go by and is removed too. Only pieces of 3+ letters count, and
    only when another piece of the same address is a part of the known name."""
    known = {fold(p).lower() for n in names for w in n.split() for p in (w, w.replace("-", ""),
                                                                        *w.split("-"))}
    # "jon.vanderberg@" for Jonathan R. van der Berg: a surname with its particles run together.
    known |= {fold("".join(words[i:])).lower() for n in names if (words := n.split())
              for i in range(len(words) - 1)}
    variants: list[str] = []
    head = "\n".join(text.splitlines()[:lines_to_check])
    for match in EMAIL.finditer(head):
        # "raghu.kulkarni88@": a year or number glued to a piece is no part of the name
        pieces = [p for p in re.split(r"[._+-]|\d+", fold(match.group(1)).lower()) if p]
        if any(p in known for p in pieces):
            # "rafael.figueiredo.sre@": a trade or a technology is no name
            # "sam.okafor.lagos@": a city is no name either
            variants += [p for p in pieces if p not in known and len(p) >= 3 and p.isalpha()
                         and p not in PARTICLES and p not in MAIL_WORDS
                         and p not in ORG_WORDS and p not in TECH and p not in PLACES]
    return variants
