"""The one place that decides "an institution, prize or firm named after a person stays".

A CV names its employers, schools and prizes, and many of them carry a person's name
("Koç Holding A.Ş.", "Uniwersytet Medyczny im. Karola Marcinkowskiego", "Premiul „Grigore
Moisil“", "Gottfried Wilhelm Leibniz-Preis", "Walter and Eliza Hall Institute"). The shapes, in
the languages CVs are written in (word tables in kept_words.py):

- a run of capitalised words that holds an institution, prize, contest or company word (also
  as a compound's head: "Förderpreis", "Goethe-Zertifikat") or ends in a legal form;
- a run that opens with such a word and goes on with capitalised words, connectors ("of",
  "im.", "імені"), names joined by "and" ("Fondation Marcelle et Jean Coutu"), an ordinal
  ("Rīgas Valsts 1. ģimnāzija") or a quoted name ("Concursul de informatică „Grigore Moisil”");
- a product or firm joined by "&" ("Harmony Email & Collaboration"), an abbreviation given in
  brackets after a named run ("(UET)") wherever it recurs;
- a name before a lower-case institution noun ("Rīgas Stradiņa universitāte") or beside a
  "named after" phrase ("Jakob Hurda nimeline stipendium", "imienia").

kept_lines.py drops the person findings inside these spans.
"""

from __future__ import annotations

import re

from jobtui.resume.kept_facts import ROLE_WORDS
from jobtui.resume.kept_words import (
    AFTER_PHRASES,
    AND,
    BEFORE_PHRASES,
    COMPOUND_TAILS,
    CONNECTORS,
    ENGLISH_WORDS,
    INSTITUTION_NOUNS,
    INSTITUTION_WORDS,
    LEGAL_FORM,
)
from jobtui.resume.letters import LOWER, UPPER
from jobtui.resume.names import fold

HONORIFIC = re.compile(r"(?i)^(?:mr|mrs|ms|dr|prof|sir|dame|herr|frau|mme|sra?|dña|bapak|ibu|pak"
                       r"|bu|encik|puan|tuan|khun|engr|eng|ing|lic|dra)\.?$")
WORD = re.compile(r"[„“”\"«»‚‘’']?[^\W\d_][\w.'’&/-]*[„“”\"«»‚‘’']?|&|\d{1,2}\.(?=[ \t])")
ORDINAL = re.compile(r"\d{1,2}\.")  # "Rīgas Valsts 1. ģimnāzija", "XV. gimnazija"
QUOTE = "„“”\"«»‚‘’'"
PART = re.compile(r"[^,;()\n|•·–—]+")


def _folded(word: str) -> str:
    return fold(word.strip(QUOTE + ".,")).lower()


def is_noun(word: str) -> bool:
    """An institution, prize or company word, alone or as a hyphenated tail
    ("Leibniz-Preis", "Bosch-Stiftung")."""
    tail = _folded(word).rsplit("-", 1)[-1]
    if tail in INSTITUTION_WORDS:
        return True
    if any(tail.endswith(t) and len(tail) >= len(t) + 3 for t in COMPOUND_TAILS):
        return True  # "Förderpreis", "Scriptieprijs", "Forskningspriset": a compound's head
    # an inflected form of a long word: "Ülikooli", "uniwersytetu", "университета", and one
    # whose last letter changed: "Fundacji" (fundacja), "Gimnáziumot" (a stem of six letters
    # or more: "Mostafa" is no inflected "most"); a known surname is none ("Palacios")
    return len(tail) > 6 and not _known_surname(tail) and (tail[:-1] in _STEMS or any(
        tail[:cut] in INSTITUTION_WORDS for cut in range(max(6, len(tail) - 3), len(tail))))


# Long institution words in -a without it: "fundacj" for "Fundacji" / "Fundację" (Slavic and
# Baltic case endings). Only -a words: "college" must not make Italian "collega" a school.
_STEMS = frozenset(word[:-1] for word in INSTITUTION_WORDS if len(word) >= 7 and word[-1] == "a")


def _lower_noun(word: str) -> bool:
    """A lower-case institution word that goes on a name, as Baltic, Slavic and Nordic CVs write
    it ("Rīgas Stradiņa universitāte", "Софийски университет"); an English one ("the bank")
    ends the run."""
    return is_noun(word) and (not word.isascii() or _folded(word) not in ENGLISH_WORDS)


def capital(word: str) -> bool:
    stripped = word.strip(QUOTE)
    return bool(stripped) and (stripped[0].isupper() or stripped[0] == "&")


def named_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of capitalised words and connectors in a part of a line that
    holds an institution, prize or company word or ends in a legal form."""
    runs = []
    for part in PART.finditer(text):
        words = list(WORD.finditer(part.group()))
        run: list[re.Match] = []
        person = 0  # words left of a person's name after an honorific
        for index, word in enumerate([*words, None]):
            if person:
                person -= 1
                continue
            fits = word is not None and (
                capital(word.group()) or _folded(word.group()) in CONNECTORS | AND
                or bool(run) and ORDINAL.fullmatch(word.group())
                or word.group()[0] in QUOTE or (run and _lower_noun(word.group())))
            if fits and run and part.group()[run[-1].end():word.start()].strip(" \t" + QUOTE):
                fits = False  # "Scholar: Jan", "Fund by Jan": only spaces and quotes join
            # "Lycée Dr Benzerdjeb", "Hospital Dr. Sótero del Río": a school or hospital named
            # after a doctor keeps the title in its name.
            if fits and HONORIFIC.match(word.group()) and not (run and is_noun(run[-1].group())):
                fits = False  # "Prof. Anna Nowak" is a person, not a name of a thing
                person = _honoured_name(words[index + 1:])
            if fits:
                run.append(word)
                continue
            runs += [(part.start() + piece[0].start(), part.start() + piece[-1].end())
                     for piece in _things(part.group(), run)]
            run = [word] if word is not None and capital(word.group()) else []
    return runs


def _honoured_name(after: list[re.Match]) -> int:
    """How many words after an honorific are a person's name and nothing else: "Mr. Rajesh
    Nair of Siemens Energy" -> 2 (the thing is "Siemens Energy"); 0 when the name runs into a
    noun ("Dr. José Rizal Memorial Hospital" is a thing named after him)."""
    count = 0
    for word in after:
        if not capital(word.group()):
            break  # "of", "at", "from": the name has ended
        if is_noun(word.group()):
            return 0
        count += 1
    return count


def _holds_noun(part: str, run: list[re.Match]) -> bool:
    tail = part[run[-1].end():]
    if LEGAL_FORM.match(tail.lstrip(" ,")) or LEGAL_FORM.fullmatch(run[-1].group()):
        return True
    # "Clinical Nurse Educator Josephine Tavener-Kaur": a noun before a role word is part of
    # the role, and a role before a name makes no institution.
    return any(is_noun(word.group()) and not (
        index + 1 < len(run) and _folded(run[index + 1].group()) in ROLE_WORDS)
        for index, word in enumerate(run))


def _trimmed(run: list[re.Match]) -> list[re.Match]:
    while run and _folded(run[-1].group()) in CONNECTORS:
        run = run[:-1]
    while run and _folded(run[0].group()) in CONNECTORS:
        run = run[1:]
    return run


TEAM_AFTER = re.compile(r"[ \t]+(?i:unit|team|department|dept|squad|desk|group)\b")


def _things(part: str, run: list[re.Match]) -> list[list[re.Match]]:
    """The named things in a run. One joined by "and" is one thing ("Walter and Eliza Hall
    Institute", "Procter & Gamble") only when it is the whole part; elsewhere each side of the
    "and" is judged alone ("Anna Nowak and the Foundation team" is a person and a team)."""
    run = _trimmed(run)
    if (len(run) >= 3 and _folded(run[1].group()) == "of" and not is_noun(run[0].group())
            and TEAM_AFTER.match(part, run[-1].end())):
        return []  # "Emeka of the IT unit": a colleague and the team they belong to
    if len(run) == 1 and "-" in run[0].group() and is_noun(run[0].group()):
        return [run]  # "Goethe-Zertifikat", "Leibniz-Preis": a compound named after someone
    whole = run and not part[:run[0].start()].strip(" -•*") and not part[run[-1].end():].strip(" .")
    # A head-first institution joins the names after it: "Fondation Marcelle et Jean Coutu".
    whole = whole or bool(run) and is_noun(run[0].group()) and not any(
        is_noun(w.group()) for w in run[1:])
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


# A capitalised word or an abbreviated title ("Sv.", "Св.", "St.", "Dr."), in any of the scripts.
_WORD = rf"[{UPPER}](?:[{LOWER}'-]+\.?|[{LOWER}]?\.)"
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:de|da|di|van|von|la|le|del|dos)[ \t]+)?{_WORD}){{0,4}}"
BEFORE = re.compile(rf"(?<![\w])(?i:{BEFORE_PHRASES})[ \t]+(?P<run>{_RUN})")
AFTER = re.compile(rf"(?P<run>{_RUN})[ \t]+(?i:{AFTER_PHRASES})(?![\w])")
QUOTED = re.compile(r"(?P<quote>„[^“”\"\n]{2,80}[“”\"]|“[^”\n]{2,80}”|«[^»\n]{2,80}»"
                    r"|\"[^\"\n]{2,80}\"|‚[^‘’\n]{2,80}[‘’])")
# A school's type in capitals, then its namesake: Spain's "IES Miguel de Unamuno", "CEIP …",
# Malaysia's "SMK Sultan Ismail Petra", Indonesia's "SMA …".
SCHOOL_TYPE = re.compile(rf"(?<![\w])(?:IES|CEIP|CEIPSO|IESO|CIFP|SMK|SMJK|SMKA|SK|SMA|SMP|SMAN"
                         rf"|SMPN|SMKN|CBTIS|CETIS|CONALEP|EPET|EEST|ETEC)[ \t]+(?P<run>{_RUN})")
# A numbered school and its namesake: Argentina's "Escuela Técnica N° 1 Otto Krause",
# "Colegio Nacional N.º 2 Domingo Faustino Sarmiento", "… No. 5 Gral. Martín de Güemes".
NUMBERED_SCHOOL = re.compile(
    rf"(?<![\w])(?i:escuela|colegio|liceo|instituto|escola|school|lycee|gimnazija|gimnazjum)"
    rf"(?:[ \t]+{_WORD}){{0,3}}[ \t]+(?:N\.?[°ºo]\.?|No\.|Nr\.|#)[ \t]*\d{{1,4}}[ \t]+"
    rf"(?:(?:Gral|Gen|Dr|Ing|Prof|Pte|Cnel|Tte)\.[ \t]+)?(?P<run>{_RUN})")
# A capitalised run before a lower-case institution noun ("Rīgas Stradiņa universitāte").
BEFORE_NOUN = re.compile(rf"(?P<run>{_RUN})[ \t]+(?P<noun>[{LOWER}]+)")


def _known_surname(word: str) -> bool:
    from jobtui.resume.names import gazetteer

    return word in gazetteer()[1]


def _known_name(word: str) -> bool:
    from jobtui.resume.names import gazetteer

    first_names, last_names = gazetteer()
    return word.lower() in first_names or word.lower() in last_names


def eponym_spans(text: str) -> list[tuple[int, int]]:
    """Where the names inside institutions, prizes and scholarships named after people are."""
    folded = fold(text)
    spans = [m.span("run") for pattern in (BEFORE, AFTER) for m in pattern.finditer(folded)]
    for match in QUOTED.finditer(folded):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        # the last four words of the clause before the quote: "Concursul de informatică „…”"
        # ("No. 6" is no sentence end: 'Escuela Nacional Preparatoria No. 6 "Antonio Caso"')
        clause = re.split(r"[,;:()]|(?<![Nn]o)(?<![Nn]r)\.\s",
                          folded[max(line_start, match.start() - 60):match.start()])
        before = re.findall(r"[^\W\d_]+", clause[-1])[-4:]
        # "ПМГ „Гео Милев“", "СОУ „Христо Ботев“": a school's acronym before the quote.
        # 'MARCUS "TREY" DELGADO', 'GIORGI "GIO" BERIDZE': a nickname inside a name.
        nickname = bool(re.match(r"[ \t]+[A-Z][A-Z'-]+(?![\w])", folded[match.end():]))
        acronym = (bool(before) and before[-1].isupper() and 2 <= len(before[-1]) <= 6
                   and not _known_name(before[-1]) and not nickname)
        if acronym or any(w.lower() in INSTITUTION_NOUNS or is_noun(w) and (
                w[0].isupper() or w.lower() not in ENGLISH_WORDS) for w in before):
            spans.append(match.span("quote"))
    spans += [m.span("run") for m in BEFORE_NOUN.finditer(folded)
              if m.group("noun") in INSTITUTION_NOUNS]
    spans += [m.span("run") for m in (*SCHOOL_TYPE.finditer(folded),
                                      *NUMBERED_SCHOOL.finditer(folded))]
    return spans
