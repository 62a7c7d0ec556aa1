"""More forms of the candidate's own name: labelled fields, stated nicknames, short forms and
transliterated spellings.

A missed candidate name is stored everywhere it appears, so every form the resume itself gives
counts: a personal-details form ("Surname: Mahlangu", "First names: Thandiwe (Thandi)",
"Etternavn:", "Sukunimi:"), a title line ("CURRICULUM VITAE: THANDIWE MAHLANGU"), a nickname
stated in prose ("friends call me Shiku", '"AK" to my teammates'), the short form of a given
name used in a quotation ("Karthik" for Karthikeyan), and the ASCII spelling of Nordic and
German letters that file names and e-mails use ("Saether" for Sæther, "Haakon" for Håkon).
"""

from __future__ import annotations

import re

from jobtui.resume.header import (
    CREDENTIALS,
    GIVEN_ABBREVIATIONS,
    NOT_NAME_WORDS,
    PARTICLES,
    TITLES,
    _name_word,
    _plain,
)

# Labels of a name part in a personal-details form, in the languages resumes come in. The
# value after the colon is the candidate's (a relative's name has its own label, biodata.py).
PART_LABEL = re.compile(
    r"^[ \t]*(?:full[ \t]+names?|name[ \t]+in[ \t]+full|surnames?|last[ \t]+names?"
    r"|family[ \t]+names?|maiden[ \t]+name"
    r"|first[ \t]+names?|given[ \t]+names?|other[ \t]+names?|middle[ \t]+names?|forenames?"
    r"|christian[ \t]+names?|preferred[ \t]+(?:first[ \t]+)?name|known[ \t]+as|nickname"
    r"|apellidos?|nombres?|nombre\(s\)|apellido\(s\)|primer[ \t]+apellido|segundo[ \t]+apellido"
    r"|nachname|vorname[n]?|familienname|rufname|geburtsname|nom[ \t]+de[ \t]+famille"
    r"|pr[ée]noms?|nom[ \t]+d'usage|cognome|nome|sobrenome|apelido|achternaam|voornamen?"
    r"|roepnaam|nazwisko|imi[ęe]|imiona|etternavn|fornavn|mellomnavn|efternavn|efternamn"
    r"|f[öo]rnamn|tilltalsnamn|sukunimi|etunimet|etunimi|kutsumanimi|eesnimi|perekonnanimi"
    r"|p[řr][íi]jmen[íi]|jm[ée]no|priezvisko|vezet[ée]kn[ée]v|keresztn[ée]v|prezime|ime"
    r"|soyad[ıi]|ad[ıi]|apelyido|pangalan)[ \t]*[:：][ \t]*",
    re.IGNORECASE)
# "CURRICULUM VITAE: NAME", "RESUME – Name", "CV of Name": a title, then the name.
TITLE_PREFIX = re.compile(
    r"^[ \t#*_]*(?:curriculum[ \t]+vitae|curriculum|resume|résumé|cv|lebenslauf|hoja[ \t]+de"
    r"[ \t]+vida|currículo|curr[íi]culum)[ \t]*(?:[:|–—-]|[ \t](?:of|de|von|van|di|da))[ \t]*",
    re.IGNORECASE)
# A nickname in brackets or quotes after the value: "Thandiwe Nomvula (Thandi)".
BRACKETED = re.compile(r"[(\"“«]\s*([^\W\d_][\w'’-]{1,20})\s*[)\"”»]")
SEPARATOR = re.compile(r"[ \t]*(?:[|•·;/]|[ \t]-[ \t]|[ \t]–[ \t]|\t|[ \t]{3,}\S)")
# Nicknames stated in prose: "friends call me Shiku", '"AK" to my teammates', "goes by Tom".
_NICK = r"(?P<quote>[\"“'‘«]?)(?P<nick>[A-Z][\w'’.-]{0,20}?)[\"”'’»]?"
CALL_ME = re.compile(
    rf"(?i:\b(?:call[s]?[ \t]+me|goes[ \t]+by|go[ \t]+by|known[^.\n\"“]{{0,30}}?\bas"
    rf"|nicknamed|a\.?k\.?a\.?|kutsuvat[ \t]+minua|nennen[ \t]+mich|m'appellent|me[ \t]+llaman)"
    rf")\s+{_NICK}(?=[\s,.;:)!]|$)")
TO_MY = re.compile(
    r"[\"“«](?P<nick>[A-Z][\w'’.-]{0,20})[\"”»][ \t]+(?:to|for|among|with)[ \t]+(?:my|our|the)"
    r"[ \t]+(?:team(?:mates)?|colleagues|friends|co-?workers|peers|family|unit|crew|squad)\b"
    r"|\b(?P<bare>[A-Z][\w'’-]{1,20})[ \t]+to[ \t]+(?:my|our)[ \t]+(?:friends|colleagues"
    r"|teammates|team|co-?workers)\b")
# Letters that ASCII spellings write as two ("Sæther" -> "Saether", "Müller" -> "Mueller").
DIGRAPHS = {"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa", "ä": "ae",
            "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue", "ß": "ss"}
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")


def extra_names(text: str, names: list[str], file_name: str = "") -> list[str]:
    """Forms of the candidate's name beyond ``names`` (the header's and the settings'):
    labelled name fields, a name after a "CURRICULUM VITAE:" title, the file name's name
    below a PDF's empty layout lines, stated nicknames, short forms of a given name and
    two-letter spellings of Nordic and German letters."""
    from jobtui.resume.filename import name_from_file

    found: list[str] = []
    # A two-column PDF puts the sidebar and many empty lines above the name line.
    squeezed = "\n".join(line for line in text.splitlines() if line.strip())
    from_file = name_from_file(squeezed, file_name) if file_name else None
    for name in [*labelled_names(text), *([from_file] if from_file else []),
                 *stated_nicknames(text)]:
        if name not in names and name not in found:
            found.append(name)
    known = [*names, *found]
    signed = [n for n in signatures(text, known) if n not in known]
    found += signed
    known += signed
    for name in [*short_forms(text, known), *spelling_variants(known)]:
        if name not in known and name not in found:
            found.append(name)
    return found


def labelled_names(text: str) -> list[str]:
    """Name parts given in labelled fields of a personal-details form (South Asian CVs end with
    theirs), and the name after a CV title on one of the first lines."""
    found = []
    for index, line in enumerate(text.splitlines()):
        label = PART_LABEL.match(line)
        if not label and index < 5:
            label = TITLE_PREFIX.match(line)
        if not label:
            continue
        value = SEPARATOR.split(line[label.end():])[0].strip()
        nicknames = BRACKETED.findall(value)
        words = BRACKETED.sub(" ", value).replace(",", " ").split()
        if not 1 <= len(words) <= 5 or not all(_name_word(w) or w.lower() in PARTICLES
                                               for w in words):
            continue
        if any(_plain(w) in NOT_NAME_WORDS or _listed(w) for w in words):
            continue
        found.append(" ".join([*words, *(n for n in nicknames if not _listed(n))]))
    return found


def stated_nicknames(text: str) -> list[str]:
    """Nicknames the resume states: "friends call me Shiku", 'known on the unit as "Shiv"',
    '"AK" to my teammates'."""
    found = []
    for match in CALL_ME.finditer(text):
        nick = match.group("nick").rstrip(".")
        if not (_listed(nick) if match.group("quote") else _blocked(nick)):
            found.append(nick)
    for match in TO_MY.finditer(text):
        nick = match.group("nick") or match.group("bare")
        if not (_listed(nick) if match.group("nick") else _blocked(nick)):
            found.append(nick)
    return found


# A signature at a line's end, often in brackets: "Place: Chennai      (ANIL KUMAR REDDY)".
SIGNATURE = re.compile(r"(?:^|[ \t]{2,}|\()[ \t]*\(?[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)"
                       r"{1,3})[ \t]*\)?[ \t]*$", re.MULTILINE)


def signatures(text: str, names: list[str]) -> list[str]:
    """A signature line's name that holds a part of the candidate's name: the initial in the
    header ("R. KARTHIK") is spelt out there ("(KARTHIK RAMAN)")."""
    parts = {fold_lower(w) for n in names for w in n.split() if len(w.strip(".")) >= 3}
    found = []
    for match in SIGNATURE.finditer(text):
        words = [w for w in match.group(1).split()
                 if _plain(w) not in TITLES | CREDENTIALS and w not in GIVEN_ABBREVIATIONS]
        if (len(words) >= 2 and any(fold_lower(w) in parts for w in words)
                and all(_name_word(w) and not _listed(w) for w in words)):
            found.append(" ".join(words))
    return found


def fold_lower(word: str) -> str:
    from jobtui.resume.names import fold

    return fold(word).lower().strip(".,")


def short_forms(text: str, names: list[str]) -> list[str]:
    """Capitalised words of the text that shorten a given name of the candidate ("Karthik" for
    Karthikeyan, "Franzi" for Franziska): at least four letters, two fewer than the name, and
    not the first word of a longer capitalised run ("Santa Clara" is no short Santiago)."""
    from jobtui.resume.names import fold

    parts = {fold(p).lower() for n in names for w in n.split() for p in w.split("-")
             if len(p) >= 6 and p.isalpha()}
    found: dict[str, None] = {}
    for match in CAPITALISED.finditer(text):
        word = match.group()
        key = fold(word).lower()
        if not any(p.startswith(key) and len(p) - len(key) >= 2 for p in parts):
            continue
        if re.match(r"[ \t]+[A-Z]", text[match.end():]) or _blocked(word):
            continue
        found[word] = None
    return list(found)


def spelling_variants(names: list[str]) -> list[str]:
    """Each name with Nordic and German letters spelt as two ASCII letters ("Håkon Sæther"
    -> "Haakon Saether"), or with a hyphenated given name joined ("Ji-hoon" -> "Jihoon"), as
    file names, e-mails and other documents write them."""
    table = str.maketrans(DIGRAPHS)
    variants = [name.translate(table) for name in names if any(c in DIGRAPHS for c in name)]
    # A Korean or Chinese given name is written joined too: "So-yeon" is "Soyeon".
    variants += [joined for name in names
                 if (joined := re.sub(r"(?<=[a-z])-(?=[a-z])", "", name)) != name]
    return variants


def _first_name(word: str) -> bool:
    from jobtui.resume.names import fold, gazetteer

    return fold(word).lower() in gazetteer()[0]


def _listed(word: str) -> bool:
    """A technology, organisation word, place or heading word: never a name part."""
    from jobtui.resume.name_shapes import blocked
    from jobtui.resume.names import fold

    key = fold(word).lower().strip(".,")
    return blocked(key) or key in NOT_NAME_WORDS


def _blocked(word: str) -> bool:
    """Listed, or an everyday word that is no known first name ("Data", "Cloud")."""
    from jobtui.resume.name_shapes import common_word

    return _listed(word) or (common_word(word.lower()) and not _first_name(word))
