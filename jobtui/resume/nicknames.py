"""The name someone goes by, stated in any of some thirty languages, and the short forms of
the candidate's own given name.

"colleagues call her "Elu"" is 'kolēģi Elīnu sauc par "Elu"' in Latvian, "meeskonnas
kutsutakse teda Kats" in Estonian, "в екипа ме наричат Деси" in Bulgarian: a phrase that
says "is called", maybe a pronoun, then the name, quoted or not. Once stated, the nickname is
removed wherever it recurs. The candidate's own name also has short forms nobody states
("Деси" for Десислава, "Lachie" for Lachlan); only the prefix shapes are safe to guess: a
capitalised word that opens the given name (three letters or more), perhaps with a diminutive
ending.

Matching runs on the accent-folded text (names.fold).
"""

from __future__ import annotations

import re

from jobtui.resume.letters import LOWER, UPPER
from jobtui.resume.name_shapes import NOT_A_PERSON, blocked, common_word, word_key
from jobtui.resume.names import NICKNAMES, NOT_NAMES, fold, gazetteer

# "is called" / "known as" / "nickname", per language (folded, lower case).
CALLED = (
    # EN, DE, FR, ES, PT, IT, NL
    r"known[ \t]+as|better[ \t]+known[ \t]+as|nicknamed|nick[ \t]?name|goes[ \t]+by|go[ \t]+by"
    r"|a\.?k\.?a\.?|call(?:s|ed)?(?:[ \t]+(?:me|him|her|them))?"
    r"|genannt|spitzname|rufname|nennen[ \t]+(?:mich|ihn|sie)|nennt[ \t]+(?:mich|ihn|sie)"
    r"|surnomme|surnommee|on[ \t]+m'appelle|qu'on[ \t]+appelle|appelee?"
    r"|apodad[oa]|conocid[oa][ \t]+como|conocen[ \t]+como|llamad[oa]|(?:le|me|les)[ \t]+dicen"
    r"|mote|alias"
    r"|apelidad[oa](?:[ \t]+de)?|conhecid[oa][ \t]+(?:como|por)|chamad[oa][ \t]+de"
    r"|(?:me|lhe)[ \t]+chamam(?:[ \t]+de)?|apelido"
    r"|soprannominat[oa]|chiamat[oa]|conosciut[oa][ \t]+come|soprannome"
    r"|genaamd|bijnaam|(?:noemen|noemt)[ \t]+(?:me|hem|haar)|bekend[ \t]+als"
    # Nordic, PL, CS/SK, HR/SR/SL, RO, HU
    r"|kallad|kallas|kallat|kaldet|kalt|kaldt|kaldes|smeknamn|kallenavn|kaelenavn"
    r"|kalder|kallar|kaller|kalla"
    r"|zwan[ya]|nazywan[ya]|ksywka|pseudonim|mowia[ \t]+na[ \t]+(?:mnie|niego|nia)"
    r"|prezdivka|prezyvka|(?:rikaji|rikame)[ \t]+(?:mi|mu|ji)|volaju[ \t]+(?:ma|ho|ju)"
    r"|zovu(?:[ \t]+(?:me|ga|je))?|nadimak|nadimkom|klicejo(?:[ \t]+(?:me|ga|jo))?|vzdevek"
    r"|poreclit[a]?|supranumit[a]?|alintat[a]?|becenev(?:em|e)?|hivnak|hivjak|hivtak"
    # FI, ET, LV, LT, TR
    r"|kutsutaan|kutsuvat|lempinimi|kutsumanimi|kutsutakse|kutsuvad|huudnimi|hellitusnimi"
    r"|sauc[ \t]+par|sauca[ \t]+par|iesauka|saukts|saukta|vadina|vadinamas|vadinama|pravarde"
    r"|lakabi|takma[ \t]+adi"
    # EL, RU, UK, BG, SR (Cyrillic)
    r"|\u03bb\u03ad\u03bd\u03b5|\u03c6\u03c9\u03bd\u03ac\u03b6\u03bf\u03c5\u03bd"
    r"|\u03b3\u03bd\u03c9\u03c3\u03c4(?:\u03cc\u03c2|\u03ae)[ \t]+\u03c9\u03c2"
    r"|\u03c0\u03b1\u03c1\u03b1\u03c4\u03c3\u03bf\u03cd\u03ba\u03bb\u03b9"
    r"|\u0437\u043e\u0432\u0443\u0442|\u043d\u0430\u0437\u044b\u0432\u0430\u044e\u0442"
    r"|\u043f\u0440\u043e\u0437\u0432\u0438\u0449\u0435|\u043f\u043e[ \t]+\u043f\u0440\u043e"
    r"\u0437\u0432\u0438\u0449\u0443|\u0437\u0432\u0443\u0442\u044c|\u043a\u043b\u0438\u0447"
    r"\u0443\u0442\u044c|\u043d\u0430\u0437\u0438\u0432\u0430\u044e\u0442\u044c|\u043f\u0440"
    r"\u0456\u0437\u0432\u0438\u0441\u044c\u043a\u043e|\u043d\u0430\u0440\u0438\u0447\u0430"
    r"\u0442|\u0432\u0438\u043a\u0430\u0442|\u043f\u0440\u044f\u043a\u043e\u0440|\u0438\u0437"
    r"\u0432\u0435\u0441\u0442\u0435\u043d[ \t]+\u043a\u0430\u0442\u043e|\u0438\u0437\u0432"
    r"\u0435\u0441\u0442\u043d\u0430[ \t]+\u043a\u0430\u0442\u043e|\u0437\u043e\u0432\u0443"
    r"|\u043d\u0430\u0434\u0438\u043c\u0430\u043a|завуць|кличуть|называют"
    # ID/MS, TL, VI, SW
    r"|dipanggil|panggilan|nama[ \t]+panggilan|dikenal[ \t]+sebagai|palayaw"
    r"|tinatawag[ \t]+(?:na|siyang)|ten[ \t]+goi|biet[ \t]+danh|anaitwa|jina[ \t]+la[ \t]+utani"
)
# Pronouns between the phrase and the name: "kutsutakse teda Kats", "ме наричат", "zovu ga".
_PRONOUN = (r"(?:teda|mind|neid|me|mi|mu|ji|him|her|them|ihn|sie|mich|la|le|lo|ma|ho|ju|ga"
            r"|je|jo|mnie|niego|nia|par|de|como|by|everyone|all|us"
            r"|\u044f|\u0435\u0433\u043e|\u0435\u0435|\u043c\u0435|\u0433\u043e|\u043c\u0443"
            r"|\u0458\u0430|\u043c\u0435\u043d\u0435|\u0457\u0457|\u0439\u043e\u0433\u043e"
            r"|\u03c4\u03bf\u03bd|\u03c4\u03b7\u03bd|\u03bc\u03b5|\u043c\u0435\u043d\u044f"
            r"|\u043d\u0430\u0441|alle|allen|todos|tutti|iedereen|wszyscy|kaikki"
            r"|\u0435\u0451|mig|meg|мяне|мене)")
_NAME = rf"[{UPPER}][{LOWER}]{{1,14}}|[A-Z]{{2,3}}"
STATED = re.compile(
    rf"(?<![\w])(?P<cue>(?i:{CALLED}))[ \t]*:?[ \t]+(?P<pronoun>(?i:{_PRONOUN})[ \t]+)?"
    # An article may open a quoted nickname: 'lo conocen como "el Pato"'.
    rf"(?P<quote>[\"“”'‘’«„]?)(?:(?:el|la|o|a|il|lo)[ \t]+)?(?P<nick>{_NAME})"
    rf"(?P<close>[\"“”'’»]?)(?![\w-])")
# Words that name things as often as people ("a tool called Atlas", "formerly known as
# Facebook", "un proyecto llamado Aurora"): after them, only a pronoun ("called him Kofi") or a
# known given name or nickname makes a person.
GENERIC = re.compile(r"(?i:call(?:s|ed)?|known[ \t]+as|better[ \t]+known[ \t]+as|a\.?k\.?a\.?"
                     r"|genannt|appelee?|llamad[oa]|chiamat[oa]|chamad[oa][ \t]+de|genaamd|alias"
                     r"|kallad|kallas|kallat|kaldet|kalt|kaldt|kaldes|zwan[ya]|nazywan[ya]"
                     r"|saukts|saukta|vadinamas|vadinama)")
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Endings of diminutives after the opening of a given name: "Lach-ie", "Mari-sa", "Pe-pa".
_DIMINUTIVE = ("ie", "y", "i", "ee", "a", "o", "e", "u", "ka", "ko", "ek", "ke", "ito", "ita",
               "ik", "cho", "\u0438", "\u044f", "\u0430", "\u043a\u0430", "\u043a\u043e")


def stated_nicknames(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of every mention of a nickname the text states."""
    folded = fold(text)
    first_names, _ = gazetteer()
    found = []
    for match in STATED.finditer(folded):
        word = match.group("nick")
        quoted = bool(match.group("quote") and match.group("close"))
        key = word_key(word)
        if blocked(word) or key in NOT_A_PERSON or key in NOT_NAMES:
            continue
        listed = key in first_names or key in NICKNAMES
        if GENERIC.fullmatch(match.group("cue")) and not (match.group("pronoun") or listed):
            continue  # "a tool called Atlas": a thing
        if quoted or listed or not (word.isascii() and common_word(word)):
            found += _mentions(folded, word)
    return found


def own_short_forms(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Spans of short forms of the candidate's given names standing alone: "Деси" for
    Десислава, "Lachie" for Lachlan."""
    from jobtui.resume.case_endings import a_place
    from jobtui.resume.short_names import short_forms_of

    # The given name opens the name (a surname-first header is ALL-CAPS, and left out).
    parts = {fold(p) for n in names for w in n.split()[:1] for p in w.split("-")
             if len(p) >= 5 and not p.isupper()}
    spans = [(s, e, "PERSON") for s, e, _ in _customary(text, short_forms_of(names))]
    if not parts:
        return spans
    pattern = re.compile(rf"(?<![\w'-])([{UPPER}][{LOWER}]{{2,9}})(?![\w'-])")
    folded = fold(text)
    for match in pattern.finditer(folded):
        word = match.group(1)
        if not any(_short_form(word, part) for part in parts):
            continue
        key = word_key(word)
        if key in MONTHS or key in NOT_NAMES or blocked(word) or a_place(folded, word):
            continue
        if re.match(rf"[ \t]+[{UPPER}]", folded[match.end():]) or re.search(
                rf"[{UPPER}][\w'-]*[ \t]+$", folded[max(0, match.start() - 30):match.start()]):
            continue  # beside another capitalised word: part of a longer name or a title
        spans.append((match.start(), match.end(), "PERSON"))
    return spans


def _customary(text: str, forms: set[str]) -> list[tuple[int, int, list[str]]]:
    """Mentions of the customary short forms ``forms`` ("Κώστας"), not beside another
    capitalised word and not a place."""
    from jobtui.resume.case_endings import a_place

    folded = fold(text)
    found = []
    for form in forms:
        key = fold(form)
        if word_key(key) in MONTHS or word_key(key) in NOT_NAMES or blocked(key):
            continue
        for start, end, words in _mentions(folded, key):
            if not (re.match(rf"[ \t]+[{UPPER}]", folded[end:]) or a_place(folded, key)):
                found.append((start, end, words))
    return found


def _short_form(word: str, part: str) -> bool:
    """``word`` opens ``part`` ("Деси" of "Десислава") or does and ends in a diminutive
    ending ("Lachie" of "Lachlan")."""
    if word == part or len(word) >= len(part):
        return False
    if part.startswith(word) and len(word) >= 3:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 3
               and part.startswith(word[:len(word) - len(end)]) for end in _DIMINUTIVE)


def _mentions(folded: str, word: str) -> list[tuple[int, int, list[str]]]:
    return [(m.start(), m.end(), [word])
            for m in re.finditer(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", folded)]
